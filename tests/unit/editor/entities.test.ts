import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { EntityTable } from '../../../renderer/src/editor/entities.ts';

interface Note {
  id: string;
  text: string;
  revision: number;
}

function table() {
  const store = createStore<{ notes: Record<string, Note> }>(() => ({ notes: {} }));
  return { notes: new EntityTable<Note>('notes', store as never, (n) => n.id), store };
}

describe('an entity table keeps the newest the core said, and a change being saved', () => {
  it('keeps a snapshot only when its revision is newer', () => {
    const { notes, store } = table();
    notes.accept([{ id: 'a', text: 'dua', revision: 2 }]);
    const before = store.getState().notes;
    notes.accept([{ id: 'a', text: 'satu', revision: 1 }, { id: 'a', text: 'dua', revision: 2 }]);
    expect(store.getState().notes).toBe(before);
    notes.accept([{ id: 'a', text: 'tiga', revision: 3 }]);
    expect(notes.get('a')?.text).toBe('tiga');
  });

  it('shows a change at once while it is saved, keeps the core’s snapshots aside, then shows the saved one', () => {
    const { notes } = table();
    notes.accept([{ id: 'a', text: 'lama', revision: 1 }]);
    notes.hold('a');
    notes.show([{ id: 'a', text: 'baru', revision: 1 }]);
    notes.accept([{ id: 'a', text: 'dari jendela lain', revision: 2 }]);
    expect(notes.get('a')?.text).toBe('baru');
    notes.accept([{ id: 'a', text: 'baru', revision: 3 }]);
    notes.release(['a']);
    expect(notes.get('a')).toEqual({ id: 'a', text: 'baru', revision: 3 });
  });

  it('rolls a refused change back to what the core holds now, another window’s change included', () => {
    const { notes } = table();
    notes.accept([{ id: 'a', text: 'lama', revision: 1 }]);
    notes.hold('a');
    notes.show([{ id: 'a', text: 'ditolak', revision: 1 }]);
    notes.accept([{ id: 'a', text: 'dari jendela lain', revision: 2 }]);
    notes.release(['a']);
    expect(notes.get('a')?.text).toBe('dari jendela lain');
  });

  it('takes a refused new entity away, and keeps one held by a second change until that one settles too', () => {
    const { notes } = table();
    notes.hold('b');
    notes.show([{ id: 'b', text: 'draf', revision: 0 }]);
    notes.release(['b']);
    expect(notes.get('b')).toBeUndefined();
    notes.accept([{ id: 'c', text: 'satu', revision: 1 }]);
    notes.hold('c');
    notes.hold('c');
    notes.show([{ id: 'c', text: 'dua', revision: 1 }]);
    notes.accept([{ id: 'c', text: 'satu, disimpan', revision: 2 }]);
    notes.release(['c']);
    expect(notes.get('c')?.text).toBe('dua');
    notes.release(['c']);
    expect(notes.get('c')?.text).toBe('satu, disimpan');
  });

  it('replaces what it holds of a scope with a fresh load, forgetting what is gone', () => {
    const { notes } = table();
    notes.accept([{ id: 'a', text: 'a', revision: 1 }, { id: 'b', text: 'b', revision: 1 }]);
    notes.replace([{ id: 'b', text: 'b', revision: 1 }], () => true);
    expect(notes.all().map((n) => n.id)).toEqual(['b']);
  });
});
