import type { AppErrorData } from './errors.ts';

/**
 * What a facilitator can export: the PDF report (laporan) of a session or of the whole
 * workshop, and the cards or the action plan as a spreadsheet; and the meeting's paperwork:
 * the attendance sheets to sign (daftar hadir), certificates, and the award certificates (piagam).
 */
export const REPORT_CONTENTS = ['report', 'cards', 'action_plan', 'attendance', 'certificates', 'award_certificates'] as const;
export type ReportContent = (typeof REPORT_CONTENTS)[number];

export const REPORT_FORMATS = ['pdf', 'xlsx', 'csv'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The formats each content comes in: a report is a PDF, data exports are spreadsheets. */
export const FORMATS_OF: Record<ReportContent, readonly ReportFormat[]> = {
  report: ['pdf'],
  cards: ['xlsx', 'csv'],
  action_plan: ['xlsx', 'csv'],
  attendance: ['pdf'],
  certificates: ['pdf'],
  award_certificates: ['pdf'],
};

/**
 * Which part of the paperwork to print: the attendance sheets of one day (`null`: every day);
 * the certificates of one group, of the team (`'team'`) or of everyone (`null`), optionally only
 * for people checked in on at least one day; the piagam of one award category (`null`: all).
 */
export interface PaperworkOptions {
  day: number | null;
  certificateGroup: string | null;
  presentOnly: boolean;
  categoryId: string | null;
}

export const REPORT_JOB_STATUSES = ['queued', 'running', 'ready', 'failed', 'cancelled'] as const;
export type ReportJobStatus = (typeof REPORT_JOB_STATUSES)[number];

/**
 * One export being made. The core renders it off the main thread and announces every change
 * as a `report.job` event (a whole snapshot); when it is ready the desktop app saves it with a
 * native dialog and the browser host offers it as a download.
 */
export interface ReportJob {
  id: string;
  workshopId: string;
  /** `null`: the whole workshop. */
  sessionId: string | null;
  content: ReportContent;
  format: ReportFormat;
  status: ReportJobStatus;
  /** 0 to 1. */
  progress: number;
  /** The suggested file name, e.g. "Laporan PLM Provinsi Lampung 2019.pdf". */
  fileName: string;
  /** Bytes, once ready. */
  size: number | null;
  /** Why it failed, when it did. */
  error: AppErrorData | null;
  createdAt: string;
}

/** What saving a ready export did: the desktop app's dialog can also be cancelled. */
export type SaveOutcome = { saved: true; path: string } | { saved: false };
