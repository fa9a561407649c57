/**
 * Every workshop-scoped table, and how its rows reach their workshop: the one list the `.rembuk`
 * export, import and merge are driven by. Parents come before their children, and every table
 * after the tables its foreign keys point to (rows are copied in this order).
 *
 * Adding a table to the schema? Add it here (with `updated_at`, set by every change of a row,
 * and `deleted_at` if rows are removed softly; or `writtenOnce`), or to NOT_TRANSFERRED with the
 * reason. A unit test
 * (tests/unit/transfer/registry.test.ts) fails until you do.
 */
export type TransferTable = (
  /** The table has the workshop's id in this column. */
  | { table: string; workshopColumn: string }
  /** Rows belong to a row of a parent table, named by this column. */
  | { table: string; parent: { column: string; table: string } }
) & {
  /**
   * Rows are written once and never changed (they may be removed): no `updated_at` to compare, so
   * a merge only adds the rows this laptop lacks.
   */
  writtenOnce?: true;
};

export const TRANSFERRED_TABLES: readonly TransferTable[] = [
  { table: 'workshops', workshopColumn: 'id' },
  { table: 'groups', workshopColumn: 'workshop_id' },
  { table: 'sessions', workshopColumn: 'workshop_id' },
  { table: 'custom_kinds', parent: { column: 'session_id', table: 'sessions' } },
  { table: 'clusters', parent: { column: 'session_id', table: 'sessions' } },
  { table: 'participants', workshopColumn: 'workshop_id' },
  { table: 'attendance', parent: { column: 'participant_id', table: 'participants' } },
  // The phones that joined, with their cards and dots: a merged board says who wrote what, and a
  // vote's results keep the phones' dots. A device's cookie only opens the door of the laptop it
  // joined (another laptop is another address), so carrying its secret's hash lets no one in.
  { table: 'devices', workshopColumn: 'workshop_id', writtenOnce: true },
  { table: 'cards', workshopColumn: 'workshop_id' },
  { table: 'links', workshopColumn: 'workshop_id' },
  { table: 'vote_rounds', parent: { column: 'session_id', table: 'sessions' } },
  { table: 'votes', parent: { column: 'round_id', table: 'vote_rounds' } },
  { table: 'vote_voters', parent: { column: 'round_id', table: 'vote_rounds' } },
  { table: 'phone_votes', parent: { column: 'round_id', table: 'vote_rounds' } },
  // Where a deleted group's cards and people were, so restoring the group on either laptop works.
  { table: 'group_removals', parent: { column: 'group_id', table: 'groups' }, writtenOnce: true },
  // What the workshop's sign-in lists' texts mean: the next import on the other laptop needs no mapping.
  { table: 'import_choices', workshopColumn: 'workshop_id' },
  { table: 'photos', workshopColumn: 'workshop_id' },
  { table: 'session_minutes', workshopColumn: 'workshop_id' },
  { table: 'certificate_settings', workshopColumn: 'workshop_id' },
  { table: 'certificate_serials', workshopColumn: 'workshop_id' },
  { table: 'award_categories', workshopColumn: 'workshop_id' },
  { table: 'award_criteria', workshopColumn: 'workshop_id' },
  { table: 'award_jurors', workshopColumn: 'workshop_id' },
  { table: 'award_scores', workshopColumn: 'workshop_id' },
  // The awards book's revision: the awards page knows a merged book is newer than the one it shows.
  { table: 'award_books', workshopColumn: 'workshop_id' },
];

/** Tables that never travel in a `.rembuk`, each with why. */
export const NOT_TRANSFERRED: Readonly<Record<string, string>> = {
  settings: "this laptop's own preferences (language, CSV separator)",
  kysely_migration: 'the schema version; the manifest carries it',
  kysely_migration_lock: "the migrator's own lock",
};

/** The SQL condition that picks one workshop's rows of a table; `:workshop` is its id. */
export function workshopRows(entry: TransferTable): string {
  if ('workshopColumn' in entry) return `"${entry.workshopColumn}" = :workshop`;
  const parent = TRANSFERRED_TABLES.find((t) => t.table === entry.parent.table);
  if (!parent) throw new Error(`${entry.table}: its parent ${entry.parent.table} is not registered`);
  return `"${entry.parent.column}" in (select id from "${parent.table}" where ${workshopRows(parent)})`;
}
