import { linkDirection } from '#shared/board/links.ts';
import type { Link } from '#shared/model.ts';
import { call } from '../../api/client.ts';
import type { BoardEditor } from '../board/board-editor.ts';
import { run, type MutationFactory } from '../runner.ts';

/**
 * Links two cards, whichever was chosen first (the shared rule says which way); the core refuses
 * kinds that do not answer each other, with a message. Resolves true once linked.
 */
export async function linkCards(editor: BoardEditor, firstId: string, secondId: string): Promise<boolean> {
  const [a, b] = [editor.anyCard(firstId), editor.anyCard(secondId)];
  if (!a || !b) return false;
  const fits = linkDirection(a, b);
  const direction = fits ?? { fromCardId: a.id, toCardId: b.id };
  const live = editor.links.all().find((l) => l.deletedAt === null && l.fromCardId === direction.fromCardId && l.toCardId === direction.toCardId);
  if (live) return true;
  const saved = await run<Link>(() => {
    const draft: Link = { id: crypto.randomUUID(), workshopId: a.workshopId, ...direction, createdAt: new Date().toISOString(), deletedAt: null, revision: 0 };
    return {
      label: 'link',
      // Kinds that do not fit are refused by the core: no link drawn meanwhile.
      ...(fits ? { preview: (d) => d.show(editor.links, [draft]) } : {}),
      save: () => call('links.create', { id: draft.id, ...direction }),
      reconcile: (link) => editor.links.accept([link]),
      inverse: (link) => unlinking(editor, link.id),
    };
  });
  return saved !== undefined;
}

export function unlink(editor: BoardEditor, id: string) {
  return run(unlinking(editor, id));
}

function unlinking(editor: BoardEditor, id: string): MutationFactory<Link> {
  return () => {
    const link = editor.links.get(id);
    if (!link || link.deletedAt !== null) return null;
    return {
      label: 'unlink',
      preview: (d) => d.show(editor.links, [{ ...link, deletedAt: new Date().toISOString() }]),
      save: () => call('links.delete', { id }),
      reconcile: (saved) => editor.links.accept([saved]),
      inverse: () => relinking(editor, id),
    };
  };
}

function relinking(editor: BoardEditor, id: string): MutationFactory<Link> {
  return () => ({
    label: 'link',
    save: () => call('links.restore', { id }),
    reconcile: (saved) => editor.links.accept([saved]),
    inverse: (saved) => unlinking(editor, saved.id),
  });
}
