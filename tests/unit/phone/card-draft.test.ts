// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { PhoneKind } from '#shared/phone.ts';
import { attemptFor, draftAfterSending, loadDraft, saveDraft } from '../../../renderer/src/phone/card-draft.ts';

const challenge: PhoneKind = { kind: 'challenge', customKindId: null, label: null, color: null, icon: null };
const solution: PhoneKind = { kind: 'solution', customKindId: null, label: null, color: null, icon: null };

describe('a card sent from a phone', () => {
  it('keeps its id when sent again unchanged, after no answer', () => {
    const first = attemptFor(null, 'Internet lambat', challenge);
    expect(attemptFor(first, 'Internet lambat', challenge)).toBe(first);
  });

  it('is a new card once its words or its kind changed', () => {
    const first = attemptFor(null, 'Internet lambat', challenge);
    expect(attemptFor(first, 'Internet lambat sekali', challenge).id).not.toBe(first.id);
    expect(attemptFor(first, 'Internet lambat', solution).id).not.toBe(first.id);
    expect(attemptFor(null, 'Internet lambat', challenge).id).not.toBe(first.id);
  });
});

describe('the card box once its card is saved', () => {
  it('empties when it holds just the words sent', () => {
    expect(draftAfterSending('Internet lambat', 'Internet lambat')).toBe('');
  });

  it('keeps what was typed after the words sent, as the next card', () => {
    expect(draftAfterSending('Internet lambat\nPengunjung sepi', 'Internet lambat')).toBe('Pengunjung sepi');
    expect(draftAfterSending('Internet lambatPen', 'Internet lambat')).toBe('Pen');
  });

  it('keeps words changed while waiting whole', () => {
    expect(draftAfterSending('Internet sangat lambat', 'Internet lambat')).toBe('Internet sangat lambat');
    expect(draftAfterSending('', 'Internet lambat')).toBe('');
  });
});

describe('the draft across a reload', () => {
  afterEach(() => sessionStorage.clear());

  it('comes back for its own board only', () => {
    const pending = attemptFor(null, 'Koleksi sedikit', challenge);
    saveDraft('board-1', { text: 'Koleksi sedikit', kind: 'challenge:', pending });
    expect(loadDraft('board-1')).toEqual({ text: 'Koleksi sedikit', kind: 'challenge:', pending });
    expect(loadDraft('board-2')).toBeNull();
  });

  it('is forgotten once the box is empty and nothing waits for an answer', () => {
    saveDraft('board-1', { text: 'Koleksi', kind: null, pending: null });
    saveDraft('board-1', { text: '', kind: 'challenge:', pending: null });
    expect(sessionStorage.length).toBe(0);
  });

  it('reads a damaged or foreign entry as no draft', () => {
    sessionStorage.setItem('rembuk.phone.draft.board-1', '{not json');
    expect(loadDraft('board-1')).toBeNull();
    sessionStorage.setItem('rembuk.phone.draft.board-1', JSON.stringify({ text: 7, kind: null, pending: null }));
    expect(loadDraft('board-1')).toBeNull();
    sessionStorage.setItem('rembuk.phone.draft.board-1', JSON.stringify({ text: 'a', kind: null, pending: { id: 1 } }));
    expect(loadDraft('board-1')).toBeNull();
  });
});
