import { z } from 'zod';
import { CARD_KINDS, LANGUAGES, STRATEGY_TAGS } from './model.ts';
import { GROUP_COLORS } from './palette.ts';

/**
 * Building blocks for the input schemas of every method. Every door validates with these
 * before a handler runs, so a handler can trust its input.
 */
export const CARD_TEXT_MAX = 1000;
export const NAME_MAX = 120;
export const TITLE_MAX = 200;
export const MAX_WORKSHOP_DAYS = 5;

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

export const empty = z.strictObject({});
export const byId = z.strictObject({ id });

/** Days from `start` to `end`, counting both (15 to 17 October is 3 days). */
export function daysInclusive(start: string, end: string): number {
  const ms = Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`);
  return Math.round(ms / 86_400_000) + 1;
}

/** A PLM lasts one to five days and cannot end before it starts. */
export function meetingDatesProblem(start: string, end: string): 'before_start' | 'too_many_days' | null {
  const days = daysInclusive(start, end);
  if (days < 1) return 'before_start';
  if (days > MAX_WORKSHOP_DAYS) return 'too_many_days';
  return null;
}
