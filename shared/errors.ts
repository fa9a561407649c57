/**
 * Errors cross every door as data, never as thrown strings. The UI owns the wording:
 * it translates `code` (and `details`) into Bahasa Indonesia or English.
 */
export const ERROR_CODES = [
  'invalid_input',
  'unknown_method',
  'not_found',
  'conflict',
  'cross_workshop',
  'board_locked',
  'vote_budget_exceeded',
  'vote_card_limit',
  'vote_no_voters',
  'vote_closed',
  'vote_already_open',
  'link_not_allowed',
  'board_not_empty',
  'unauthorized',
  'forbidden_host',
  'payload_too_large',
  'not_writable',
  'report_not_ready',
  'outside_region',
  'file_too_large',
  'not_a_spreadsheet',
  'old_excel_format',
  'spreadsheet_unreadable',
  'door_closed',
  'door_full',
  'door_address_unavailable',
  'join_code_wrong',
  'too_many_requests',
  'not_an_image',
  'image_too_large',
  'internal',
  'disk_full',
  'backup_unusable',
  'transfer_not_rembuk',
  'transfer_damaged',
  'transfer_checksum',
  'transfer_too_new',
  'transfer_clash',
  'spreadsheet_too_many_rows',
  'spreadsheet_too_many_columns',
  'spreadsheet_cell_too_long',
  'spreadsheet_too_complex',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export const FIELD_PROBLEMS = [
  'required',
  'too_short',
  'too_long',
  'too_small',
  'too_big',
  'invalid',
  'unknown_field',
  'before_start',
  'too_many_days',
  'after_last_day',
  'outside_region',
] as const;
export type FieldProblemKind = (typeof FIELD_PROBLEMS)[number];

/** One problem with one field of an input, e.g. `{ path: 'text', problem: 'too_long', limit: 1000 }`. */
export interface FieldProblem {
  path: string;
  problem: FieldProblemKind;
  limit?: number;
}

export interface AppErrorData {
  code: ErrorCode;
  /** A plain English sentence for logs and developers; users see the translation of `code`. */
  message: string;
  /** What the error is about, for the translation: `{ entity: 'card' }`, or the field problems. */
  details?: { entity?: string; fields?: FieldProblem[]; limit?: number };
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: AppErrorData['details'];

  constructor(code: ErrorCode, message: string, details?: AppErrorData['details']) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  toData(): AppErrorData {
    return this.details ? { code: this.code, message: this.message, details: this.details } : { code: this.code, message: this.message };
  }
}

export function isAppErrorData(value: unknown): value is AppErrorData {
  if (typeof value !== 'object' || value === null) return false;
  const code = (value as { code?: unknown }).code;
  return typeof code === 'string' && (ERROR_CODES as readonly string[]).includes(code);
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: AppErrorData };
