import type { z } from 'zod';
import { CHOICE_KEY_MAX, MAX_CHOICES, participantDraft } from '../methods/participants.ts';
import type { ImportChoices, ParticipantRole, WorkshopLevel } from '../model.ts';
import { districtKey, looksLikeVillage, normalizeName, regencyKey, villageKey } from '../names.ts';
import { columnsFromHeader, detectHeaderRow, type ImportField } from './columns.ts';
import { matchGroup, type GroupCandidate, type PlaceContext } from './match-group.ts';
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
  /**
   * How each text of the group column is read (a group id, or null: no group), keyed by
   * `groupValueKey` (the text, with the row's kecamatan and kabupaten when the list has them).
   */
  groups: Record<string, string | null>;
  /** Group keys matched by a near spelling ("Wonosri" → Wonosari): the preview asks "did you mean …?". */
  guessed: Record<string, true>;
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
  /** The row's group was matched by a near spelling the facilitator has not confirmed yet. */
  guessedGroup: boolean;
}

export interface ImportPreview {
  rows: ImportRow[];
  /** Lines that are not people: empty rows, a totals line, the header repeated on a new page. */
  ignoredLines: number[];
}

/**
 * The mapping Rembuk proposes: header and columns from the headings, then for each text of the
 * role and group columns what the facilitator chose for it before in this workshop
 * (`remembered`), else a guessed role and the group it names. Without a "Kelompok" column the
 * groups are read from the place column that names the most of them. `headerRow` overrides the
 * detected header (the facilitator corrected it).
 */
export function suggestMapping(
  rows: readonly string[][],
  options: { groups: readonly GroupCandidate[]; level: WorkshopLevel; headerRow?: number; remembered?: ImportChoices },
): ImportMapping {
  const headerRow = options.headerRow ?? detectHeaderRow(rows);
  const columns = headerRow >= 0 ? columnsFromHeader(rows[headerRow] ?? []) : {};
  const mapping: ImportMapping = { headerRow, columns, roles: {}, groups: {}, guessed: {} };
  const remembered = options.remembered ?? { groups: {}, roles: {} };
  for (const { key, text } of distinctValues(rows, mapping, 'role')) mapping.roles[key] = remembered.roles[key] ?? guessRole(text) ?? 'other';
  if (columns.group === undefined) {
    // A provincial PLM groups by kabupaten, a kabupaten PLM by village or kecamatan: try those first.
    const order: ImportField[] = options.level === 'regency' ? ['village', 'origin', 'district', 'regency'] : ['regency', 'district', 'village', 'origin'];
    const choices = order.flatMap((field) => (columns[field] === undefined ? [] : [columns[field]]));
    columns.group = bestGroupColumn(rows, mapping, choices, options.groups);
  }
  Object.assign(mapping, matchGroups(rows, mapping, options.groups, remembered));
  return mapping;
}

/** The column whose texts name the most groups (the first one on a tie, or when nothing matches). */
function bestGroupColumn(rows: readonly string[][], mapping: ImportMapping, choices: number[], groups: readonly GroupCandidate[]): number | undefined {
  let best = { column: choices[0], matched: 0 };
  for (const column of choices) {
    const trial = { ...mapping, columns: { ...mapping.columns, group: column } };
    const matched = distinctValues(rows, trial, 'group')
      .filter((v) => matchGroup(v.text, v.context, groups)?.how === 'exact')
      .reduce((sum, v) => sum + v.count, 0);
    if (matched > best.matched) best = { column, matched };
  }
  return best.column;
}

function matchGroups(rows: readonly string[][], mapping: ImportMapping, groups: readonly GroupCandidate[], remembered: ImportChoices): Pick<ImportMapping, 'groups' | 'guessed'> {
  const found: Pick<ImportMapping, 'groups' | 'guessed'> = { groups: {}, guessed: {} };
  const known = new Set(groups.map((g) => g.id));
  for (const { key, text, context } of distinctValues(rows, mapping, 'group')) {
    const before = remembered.groups[key];
    if (before !== undefined && (before === null || known.has(before))) {
      found.groups[key] = before;
      continue;
    }
    const match = matchGroup(text, context, groups);
    if (!match) continue;
    found.groups[key] = match.groupId;
    if (match.how === 'near') found.guessed[key] = true;
  }
  return found;
}

/**
 * The different texts of one column below the header, with how often each occurs (first spelling
 * kept). A group text is told apart by the row's kecamatan and kabupaten (`context`), when the
 * list has those columns beside it: "Riding Panjang" of Belinyu is not that of Merawang.
 */
export function distinctValues(rows: readonly string[][], mapping: ImportMapping, field: ImportField) {
  const column = mapping.columns[field];
  const found = new Map<string, { key: string; text: string; count: number; context: PlaceContext }>();
  if (column === undefined) return [];
  for (const row of rows.slice(mapping.headerRow + 1)) {
    const text = (row[column] ?? '').trim();
    if (!normalizeName(text)) continue;
    const context = field === 'group' ? placeContext(row, mapping) : {};
    const key = field === 'group' ? groupValueKey(text, context) : normalizeName(text);
    const entry = found.get(key) ?? { key, text, count: 0, context };
    entry.count += 1;
    found.set(key, entry);
  }
  return [...found.values()];
}

/**
 * The row's kecamatan and kabupaten cells, when they say more than the group cell does: a
 * village is told apart by both, a kecamatan by its kabupaten, a kabupaten (unique in its
 * province) or a "Kelompok" cell by nothing, so their values are not split per row.
 */
function placeContext(row: readonly string[], mapping: ImportMapping): PlaceContext {
  const { group, village, origin, district } = mapping.columns;
  const level = group === undefined ? null : group === village || group === origin ? 'village' : group === district ? 'district' : null;
  const cell = (field: 'district' | 'regency') => {
    const column = mapping.columns[field];
    return column === undefined || column === group ? '' : (row[column] ?? '').trim();
  };
  if (level === 'village') return { district: cell('district'), regency: cell('regency') };
  if (level === 'district') return { regency: cell('regency') };
  return {};
}

/** "desa wonosari", or "desa wonosari|bengkalis|bengkalis" with the row's kecamatan and kabupaten. */
export function groupValueKey(text: string, context: PlaceContext): string {
  const district = districtKey(context.district ?? '');
  const regency = regencyKey(context.regency ?? '');
  const key = normalizeName(text);
  return district || regency ? `${key}|${district}|${regency}` : key;
}

/**
 * The mapping's choices as the core remembers them for the next import (`participants.import`'s
 * `choices`): texts too long to be a place or a role are not worth remembering.
 */
export function choicesOf(mapping: ImportMapping): ImportChoices {
  const keep = <T>(record: Record<string, T>) => Object.fromEntries(Object.entries(record).filter(([key]) => key.length <= CHOICE_KEY_MAX).slice(0, MAX_CHOICES));
  return { groups: keep(mapping.groups), roles: keep(mapping.roles) };
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
    const groupKey = groupValueKey(cell('group'), placeContext(row, mapping));
    const { draft, problems } = readRow(cell, groupKey, mapping);
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
    preview.rows.push({ line, status, draft, problems, guessedGroup: Object.hasOwn(mapping.guessed, groupKey) });
  });
  return preview;
}

/** Every field but the name: a row with none of them and no name is an empty row. */
const DATA_FIELDS = ['gender', 'role', 'group', 'regency', 'district', 'village', 'institution', 'origin', 'phone', 'notes'] as const;

/** One row as a roster entry (role and group read through the mapping), and what keeps it out. */
function readRow(
  cell: (field: ImportField) => string,
  groupKey: string,
  mapping: ImportMapping,
): { draft: ParticipantDraftInput & { name: string }; problems: ImportProblem[] } {
  const origin = cell('origin');
  const gender = readGender(cell('gender'));
  const roleText = cell('role');
  const groupText = cell('group');
  const groupKnown = !normalizeName(groupText) || Object.hasOwn(mapping.groups, groupKey);
  const draft = {
    name: cell('name').replace(/\s+/g, ' '),
    gender: gender === 'invalid' ? null : gender,
    role: mapping.roles[normalizeName(roleText)] ?? guessRole(roleText) ?? 'other',
    groupId: normalizeName(groupText) && groupKnown ? (mapping.groups[groupKey] ?? null) : null,
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
