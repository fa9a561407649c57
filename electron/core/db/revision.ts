import {
  ColumnNode,
  ColumnUpdateNode,
  InsertQueryNode,
  OperationNodeTransformer,
  RawNode,
  TableNode,
  UpdateQueryNode,
  type KyselyPlugin,
  type OnConflictNode,
  type OperationNode,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
} from 'kysely';

/**
 * Tables whose rows carry a `revision`: 1 when inserted, one more on every update. The renderer
 * keeps the newest revision it has seen of each row, so an older answer or event (they travel on
 * different channels) never overwrites a newer state. A new table the renderer shows joins here.
 */
export const VERSIONED_TABLES: ReadonlySet<string> = new Set([
  'workshops',
  'groups',
  'sessions',
  'cards',
  'custom_kinds',
  'clusters',
  'links',
  'vote_rounds',
  'votes',
  'vote_voters',
  'participants',
  'photos',
  'session_minutes',
  'certificate_settings',
  'award_books',
]);

/**
 * Adds `revision = revision + 1` to every UPDATE (and upsert) of a versioned table, so no handler
 * can forget it.
 */
export class RevisionPlugin implements KyselyPlugin {
  readonly #transformer = new BumpRevision();

  transformQuery({ node }: PluginTransformQueryArgs): RootOperationNode {
    return this.#transformer.transformNode(node);
  }

  async transformResult({ result }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return result;
  }
}

const BUMP = ColumnUpdateNode.create(ColumnNode.create('revision'), RawNode.createWithSql('"revision" + 1'));

class BumpRevision extends OperationNodeTransformer {
  protected override transformUpdateQuery(node: UpdateQueryNode): UpdateQueryNode {
    const updated = super.transformUpdateQuery(node);
    if (!isVersioned(updated.table)) return updated;
    return UpdateQueryNode.cloneWithUpdates(updated, withBump(updated.updates));
  }

  protected override transformInsertQuery(node: InsertQueryNode): InsertQueryNode {
    const inserted = super.transformInsertQuery(node);
    if (!inserted.onConflict?.updates || !isVersioned(inserted.into)) return inserted;
    const onConflict: OnConflictNode = { ...inserted.onConflict, updates: withBump(inserted.onConflict.updates) };
    return InsertQueryNode.cloneWith(inserted, { onConflict });
  }
}

function withBump(updates: readonly ColumnUpdateNode[] = []): ColumnUpdateNode[] {
  const named = (u: ColumnUpdateNode) => ColumnNode.is(u.column) && u.column.column.name === 'revision';
  return updates.some(named) ? [...updates] : [...updates, BUMP];
}

function isVersioned(table: OperationNode | undefined): boolean {
  return table !== undefined && TableNode.is(table) && VERSIONED_TABLES.has(table.table.identifier.name);
}
