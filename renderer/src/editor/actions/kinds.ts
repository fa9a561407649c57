import type { MethodInput } from '#shared/api.ts';
import { spotOf, type CardSpot } from '#shared/board/placement.ts';
import type { CustomKind } from '#shared/model.ts';
import { call } from '../../api/client.ts';
import type { BoardEditor } from '../board/board-editor.ts';
import { run, type MutationFactory } from '../runner.ts';
import { changeFields } from './field-change.ts';

/** A blank board's own kinds (its columns): add, change, remove; each undoes. Resolves with the new kind's id. */
export async function createKind(editor: BoardEditor, fields: Omit<MethodInput<'kinds.create'>, 'id' | 'sessionId'>): Promise<string | undefined> {
  const id = crypto.randomUUID();
  const saved = await run<CustomKind>(() => ({
    label: 'kind',
    save: () => call('kinds.create', { id, sessionId: editor.sessionId, ...fields }),
    reconcile: (kind) => editor.customKinds.accept([kind]),
    inverse: () => removal(editor, id),
  }));
  return saved?.id;
}

export function updateKind(editor: BoardEditor, id: string, fields: Omit<MethodInput<'kinds.update'>, 'id'>) {
  return run(changeFields({ label: 'updateKind', table: editor.customKinds, key: id, patch: fields, save: (patch) => call('kinds.update', { id, ...patch }) }));
}

/** Its cards move to the "no kind" column; an undo brings the kind back and puts them back. */
export function deleteKind(editor: BoardEditor, id: string) {
  return run(removal(editor, id));
}

function removal(editor: BoardEditor, id: string): MutationFactory<CustomKind> {
  return () => {
    const spots = editor.liveCards().filter((c) => c.customKindId === id).map(spotOf);
    return {
      label: 'deleteKind',
      save: () => call('kinds.delete', { id }),
      // The kind's cards come back in the core's event, without their kind.
      reconcile: (kind) => editor.customKinds.accept([kind]),
      inverse: () => restoration(editor, id, spots),
    };
  };
}

/** The kind back, and its cards back in it where they were. */
function restoration(editor: BoardEditor, id: string, spots: CardSpot[]): MutationFactory<CustomKind> {
  return () => ({
    label: 'deleteKind',
    save: async () => {
      const kind = await call('kinds.restore', { id });
      if (spots.length) editor.cards.accept(await call('cards.arrange', { cards: spots }));
      return kind;
    },
    reconcile: (kind) => editor.customKinds.accept([kind]),
    inverse: () => removal(editor, id),
  });
}
