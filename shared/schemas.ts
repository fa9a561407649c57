import { z } from 'zod';
import {
  BOARD_LAYOUTS,
  CARD_KINDS,
  GENDERS,
  KIND_ICONS,
  LANGUAGES,
  PARTICIPANT_ROLES,
  REGION_LEVELS,
  SESSION_KINDS,
  SESSION_TEMPLATES,
  STRATEGY_TAGS,
  VOTE_BUDGET_SCOPES,
  WORKSHOP_LEVELS,
  WORKSHOP_MODES,
} from './model.ts';
import { GROUP_COLORS } from './palette.ts';

/**
 * Building blocks for the input schemas of every method. Every door validates with these
 * before a handler runs, so a handler can trust its input.
 */
export const CARD_TEXT_MAX = 1000;
export const NAME_MAX = 120;
export const TITLE_MAX = 200;
export const MAX_WORKSHOP_DAYS = 5;
export const QUESTION_MAX = 500;
export const FIELD_MAX = 200;
export const KIND_LABEL_MAX = 40;
/** A timer longer than a whole afternoon is a typing mistake. */
export const TIMER_MAX_SECONDS = 4 * 60 * 60;
export const VOTE_BUDGET_MAX = 50;
export const VOTERS_MAX = 500;
/** How many cards one gesture (a multi-select drag, a merge, an undo) may touch. */
export const BATCH_MAX = 500;

export const id = z.uuid();

/** A line of text a person typed: trimmed, not empty, and not too long. */
export function text(max: number) {
  return z.string().trim().min(1).max(max);
}

export function optionalText(max: number) {
  return z.string().trim().max(max);
}

export const cardText = text(CARD_TEXT_MAX);
export const isoDate = z.iso.date();
export const cardKind = z.enum(CARD_KINDS);
export const strategyTag = z.enum(STRATEGY_TAGS);
export const groupColor = z.enum(GROUP_COLORS);
export const language = z.enum(LANGUAGES);
export const sessionKind = z.enum(SESSION_KINDS);
export const sessionTemplate = z.enum(SESSION_TEMPLATES);
export const boardLayout = z.enum(BOARD_LAYOUTS);
export const kindIcon = z.enum(KIND_ICONS);
export const voteBudgetScope = z.enum(VOTE_BUDGET_SCOPES);
/** `HH:MM` on a 24-hour clock, as printed on an agenda ("08:30"). */
export const clockTime = z.string().trim().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
/** A fractional-index order key, as the core hands them out (checked again in the core). */
export const orderKey = z.string().regex(/^[0-9A-Za-z]{1,80}$/);
/** An optional short field (author, PIC, by when, indicator): blank clears it. */
export const optionalField = z
  .string()
  .trim()
  .max(FIELD_MAX)
  .nullable()
  .transform((v) => (v ? v : null));
export const workshopLevel = z.enum(WORKSHOP_LEVELS);
export const workshopMode = z.enum(WORKSHOP_MODES);
export const regionLevel = z.enum(REGION_LEVELS);
export const gender = z.enum(GENDERS);
export const participantRole = z.enum(PARTICIPANT_ROLES);

/** An official region code: `18`, `18.08`, `18.08.01`, `18.08.01.2001`. */
export const regionCode = z.string().trim().regex(/^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/);

export const empty = z.strictObject({});
export const byId = z.strictObject({ id });

/** True when `code` is `scope` itself or lies inside it (`18.08.01` lies inside `18.08` and `18`). */
export function isInsideRegion(code: string, scope: string): boolean {
  return code === scope || code.startsWith(`${scope}.`);
}

/** Days from `start` to `end`, counting both (15 to 17 October is 3 days). */
export function daysInclusive(start: string, end: string): number {
  const ms = Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`);
  return Math.round(ms / 86_400_000) + 1;
}

/** The calendar date of day `day` (1-based) of a meeting starting on `start`. */
export function meetingDay(start: string, day: number): string {
  return new Date(Date.parse(`${start}T00:00:00Z`) + (day - 1) * 86_400_000).toISOString().slice(0, 10);
}

/** The meeting's days as ISO dates, first day first. */
export function meetingDays(start: string, end: string): string[] {
  return Array.from({ length: Math.max(0, daysInclusive(start, end)) }, (_, i) => meetingDay(start, i + 1));
}

/** A PLM lasts one to five days and cannot end before it starts. */
export function meetingDatesProblem(start: string, end: string): 'before_start' | 'too_many_days' | null {
  const days = daysInclusive(start, end);
  if (days < 1) return 'before_start';
  if (days > MAX_WORKSHOP_DAYS) return 'too_many_days';
  return null;
}
