import type { z } from 'zod';
import { participantDraft } from '../methods/participants.ts';
import type { ParticipantRole, WorkshopLevel } from '../model.ts';
import { looksLikeVillage, matchGroupByName, normalizeName, regencyKey, villageKey } from '../names.ts';
import { columnsFromHeader, detectHeaderRow, type ImportField } from './columns.ts';
import { guessRole, isSummaryOrHeaderLine, readGender, readPhone } from './values.ts';

/**
 * From the cells of a sign-in list to roster entries: the mapping the facilitator confirms (which
 * column holds what, what each "Jabatan" and "Kabupaten" text means), and the rows it gives, each
 * ready, already on the roster, or with the problems that keep it out. Pure: the renderer previews
 * with it and the core's import checks the same drafts again.
 */
export interface ImportMapping {
  /** Index of the header row; the rows below it are read. -1: no header (every row is read). */
  headerRow: number;
  /** The column each field is read from; a field without one stays empty. */
  columns: Partial<Record<ImportField, number>>;
  /** How each text of the role column is read, keyed by `normalizeName(text)`; others are guessed. */
  roles: Record<string, ParticipantRole>;
  /** How each text of the group column is read (a group id, or null: no group), keyed by `normalizeName(text)`. */
  groups: Record<string, string | null>;
}

export type ImportProblem =
  | { kind: 'no_name' }
  | { kind: 'unknown_group'; value: string }
  | { kind: 'bad_gender'; value: string }
  | { kind: 'duplicate_in_file'; line: number }
  | { kind: 'invalid'; field: string };

export type ParticipantDraftInput = z.input<typeof participantDraft>;

export interface ImportRow {
  /** The row's number as the spreadsheet shows it (1-based). */
  line: number;
  status: 'ready' | 'already_present' | 'problem';
  draft: ParticipantDraftInput;
  problems: ImportProblem[];
}

export interface ImportPreview {
  rows: ImportRow[];
  /** Lines that are not people: empty rows, a totals line, the header repeated on a new page. */
  ignoredLines: number[];
}

interface GroupChoice {
  id: string;
  name: string;
}

/**
 * The mapping Rembuk proposes: header and columns from the headings, roles guessed, groups matched
 * by name. `headerRow` overrides the detected header (the facilitator corrected it).
 */
export function suggestMapping(
  rows: readonly string[][],
  options: { groups: readonly GroupChoice[]; level: WorkshopLevel; headerRow?: number },
): ImportMapping {
  const headerRow = options.headerRow ?? detectHeaderRow(rows);
  const columns = headerRow >= 0 ? columnsFromHeader(rows[headerRow] ?? []) : {};
  // No "Kelompok" column: a provincial PLM groups by kabupaten, a kabupaten PLM by village.
  if (columns.group === undefined) {
    columns.group = options.level === 'regency' ? (columns.village ?? columns.origin) : columns.regency;
  }
  const mapping: ImportMapping = { headerRow, columns, roles: {}, groups: {} };
  for (const { key, text } of distinctValues(rows, mapping, 'role')) mapping.roles[key] = guessRole(text) ?? 'other';
  for (const { key, text } of distinctValues(rows, mapping, 'group')) {
    const group = matchGroupByName(text, options.groups);
    if (group) mapping.groups[key] = group.id;
  }
  return mapping;
}

/** The different texts of one column below the header, with how often each occurs (first spelling kept). */
export function distinctValues(rows: readonly string[][], mapping: ImportMapping, field: ImportField) {
  const column = mapping.columns[field];
  const found = new Map<string, { key: string; text: string; count: number }>();
  if (column === undefined) return [];
  for (const row of rows.slice(mapping.headerRow + 1)) {
    const text = (row[column] ?? '').trim();
    const key = normalizeName(text);
    if (!key) continue;
    const entry = found.get(key) ?? { key, text, count: 0 };
    entry.count += 1;
    found.set(key, entry);
  }
  return [...found.values()];
}

/**
 * Who a roster entry is, for "importing the same file twice adds nobody twice": the name and where
 * the person comes from, compared loosely ("Kab. X" = "Kabupaten X", "Desa Y" = "Y").
 */
export function participantKey(p: { name: string; regency?: string; village?: string; institution?: string }): string {
  return [normalizeName(p.name), regencyKey(p.regency ?? ''), villageKey(p.village ?? ''), normalizeName(p.institution ?? '')].join('|');
}

export function interpretRows(rows: readonly string[][], mapping: ImportMapping, existingKeys: ReadonlySet<string>): ImportPreview {
  const preview: ImportPreview = { rows: [], ignoredLines: [] };
  const seen = new Map<string, number>();
  rows.forEach((row, index) => {
    if (index <= mapping.headerRow) return;
    const line = index + 1;
    const cell = (field: ImportField) => {
      const column = mapping.columns[field];
      return column === undefined ? '' : (row[column] ?? '').trim();
    };
    const { draft, problems } = readRow(cell, mapping);
    const hasData = DATA_FIELDS.some((f) => cell(f));
    if ((!draft.name && !hasData) || (isSummaryOrHeaderLine(draft.name) && draft.gender === null)) {
      preview.ignoredLines.push(line);
      return;
    }
    const key = participantKey(draft);
    const earlier = seen.get(key);
    if (problems.length === 0 && earlier !== undefined) problems.push({ kind: 'duplicate_in_file', line: earlier });
    const status = problems.length > 0 ? 'problem' : existingKeys.has(key) ? 'already_present' : 'ready';
    if (status === 'ready') seen.set(key, line);
    preview.rows.push({ line, status, draft, problems });
  });
  return preview;
}

/** Every field but the name: a row with none of them and no name is an empty row. */
const DATA_FIELDS = ['gender', 'role', 'group', 'regency', 'village', 'institution', 'origin', 'phone', 'notes'] as const;

/** One row as a roster entry (role and group read through the mapping), and what keeps it out. */
function readRow(cell: (field: ImportField) => string, mapping: ImportMapping): { draft: ParticipantDraftInput & { name: string }; problems: ImportProblem[] } {
  const origin = cell('origin');
  const gender = readGender(cell('gender'));
  const roleText = cell('role');
  const groupText = cell('group');
  const groupKey = normalizeName(groupText);
  const groupKnown = !groupKey || Object.hasOwn(mapping.groups, groupKey);
  const draft = {
    name: cell('name').replace(/\s+/g, ' '),
    gender: gender === 'invalid' ? null : gender,
    role: mapping.roles[normalizeName(roleText)] ?? guessRole(roleText) ?? 'other',
    groupId: groupKey && groupKnown ? (mapping.groups[groupKey] ?? null) : null,
    regency: cell('regency'),
    village: cell('village') || (looksLikeVillage(origin) ? origin : ''),
    institution: cell('institution') || (origin && !looksLikeVillage(origin) ? origin : ''),
    phone: readPhone(cell('phone')),
    notes: cell('notes'),
  };
  const problems: ImportProblem[] = [];
  if (!draft.name) problems.push({ kind: 'no_name' });
  if (gender === 'invalid') problems.push({ kind: 'bad_gender', value: cell('gender') });
  if (!groupKnown) problems.push({ kind: 'unknown_group', value: groupText });
  // Whatever the core would refuse (a name over 120 letters, …) is a problem here already.
  const checked = draft.name ? participantDraft.safeParse(draft) : null;
  if (checked && !checked.success) {
    for (const field of new Set(checked.error.issues.map((i) => String(i.path[0] ?? '')))) problems.push({ kind: 'invalid', field });
  }
  return { draft, problems };
}
