import { describe, expect, it } from 'vitest';
import { boardKinds, kindAfterUpdate, kindChoices, kindOfCard, resolveKind } from '#shared/board/kinds.ts';
import { canLink, linkDirection, linkPartners } from '#shared/board/links.ts';
import { columnOf, keysAfter, keysAtEnd, placementDimensions, planMerge, planMove, sharesDimensions, type CardSpot } from '#shared/board/placement.ts';
import type { CustomKind } from '#shared/model.ts';

const spot = (id: string, position: string, extra: Partial<CardSpot> = {}): CardSpot => ({
  id,
  groupId: 'tengah',
  kind: 'challenge',
  customKindId: null,
  position,
  clusterId: null,
  ...extra,
});

describe('where cards land (shared/board/placement)', () => {
  const column = [spot('a', 'a0'), spot('b', 'a1', { clusterId: 'k' }), spot('c', 'a2', { clusterId: 'k' }), spot('d', 'a3')];

  it('puts cards first, or right after a card, between it and the next', () => {
    const [first] = keysAfter(columnOf(column), null, 1)!;
    expect(first! < 'a0').toBe(true);
    const keys = keysAfter(columnOf(column), 'd', 2)!;
    expect(keys).toHaveLength(2);
    expect(keys[0]! > 'a3' && keys[0]! < keys[1]!).toBe(true);
  });

  it('never lands inside a cluster the card does not belong to: after its last card', () => {
    const [key] = keysAfter(columnOf(column), 'b', 1)!;
    expect(key! > 'a2' && key! < 'a3').toBe(true);
  });

  it('says when the card to land after is not in the column (the caller saw an older board)', () => {
    expect(keysAfter(columnOf(column), 'elsewhere', 1)).toBeNull();
  });

  it('puts new cards last on the whole board', () => {
    expect(keysAtEnd('a3', 2).every((k) => k > 'a3')).toBe(true);
    expect(keysAtEnd(null, 1)).toHaveLength(1);
  });

  it('moves a card to another group and kind lane, and keeps a cluster only when it travels whole', () => {
    const moving = [spot('b', 'a1', { clusterId: 'k' })];
    const target = columnOf([spot('x', 'a0', { groupId: 'waykanan', kind: 'solution' })]);
    const [moved] = planMove(moving, { groupId: 'waykanan', kind: 'solution', afterCardId: 'x' }, target, () => ['b', 'c'])!;
    expect(moved).toMatchObject({ id: 'b', groupId: 'waykanan', kind: 'solution', customKindId: null, clusterId: null });
    const whole = planMove([spot('b', 'a1', { clusterId: 'k' }), spot('c', 'a2', { clusterId: 'k' })], { groupId: 'waykanan', afterCardId: null }, target, () => ['b', 'c'])!;
    expect(whole.map((s) => s.clusterId)).toEqual(['k', 'k']);
    expect(whole[0]!.kind).toBe('challenge');
  });

  it('keeps merged duplicates in their own columns, lined up after the first of each column', () => {
    const anchor = spot('a', 'a0');
    const same = spot('b', 'a5');
    const other = spot('z', 'b5', { groupId: 'waykanan', kind: 'solution' });
    const columns = { tengah: columnOf([anchor, spot('d', 'a3')]), waykanan: columnOf([other]) };
    const merged = planMerge([anchor, other, same], (dims) => (dims.groupId === 'waykanan' ? columns.waykanan : columns.tengah), 'k2');
    expect(merged.map((s) => [s.id, s.groupId, s.kind, s.clusterId])).toEqual([
      ['a', 'tengah', 'challenge', 'k2'],
      ['b', 'tengah', 'challenge', 'k2'],
      ['z', 'waykanan', 'solution', 'k2'],
    ]);
    expect(merged[1]!.position > 'a0' && merged[1]!.position < 'a3').toBe(true);
    expect(merged[2]!.position).toBe('b5');
  });

  it('reads only the dimensions a placement gives; an own kind makes a note', () => {
    expect(placementDimensions({ groupId: null })).toEqual({ groupId: null });
    expect(placementDimensions({ customKindId: 'harapan' })).toEqual({ kind: 'note', customKindId: 'harapan' });
    expect(placementDimensions({ kind: 'solution' })).toEqual({ kind: 'solution', customKindId: null });
    expect(sharesDimensions(spot('a', 'a0'), { groupId: 'tengah', kind: 'challenge' })).toBe(true);
    expect(sharesDimensions(spot('a', 'a0'), { groupId: null })).toBe(false);
  });
});

describe('what kinds mean (shared/board/kinds)', () => {
  const harapan: CustomKind = { id: 'h', sessionId: 's', label: 'Harapan', color: 'green', icon: 'heart', position: 'a0', deletedAt: null, revision: 1 };

  it('makes a note of a card of a board’s own kind', () => {
    expect(resolveKind('challenge', 'h')).toEqual({ kind: 'note', customKindId: 'h' });
    expect(kindAfterUpdate({ kind: 'challenge', customKindId: null }, { customKindId: 'h' })).toEqual({ kind: 'note', customKindId: 'h' });
    expect(kindAfterUpdate({ kind: 'note', customKindId: 'h' }, { kind: 'solution', customKindId: null })).toEqual({ kind: 'solution', customKindId: null });
    expect(kindAfterUpdate({ kind: 'challenge', customKindId: null }, { text: 'x' } as never)).toEqual({ kind: 'challenge', customKindId: null });
  });

  it('shows a card of a removed own kind as a plain note, and offers every kind a board’s cards have', () => {
    expect(kindOfCard({ kind: 'note', customKindId: 'h' }, { h: harapan }).label).toBe('Harapan');
    expect(kindOfCard({ kind: 'note', customKindId: 'h' }, { h: { ...harapan, deletedAt: 'now' } }).key).toBe('note');
    expect(boardKinds('blank', [harapan], [{ kind: 'action', customKindId: null }]).map((k) => k.key)).toEqual(['note', 'custom:h', 'action']);
  });

  it('lists a board’s kinds by one rule for the board, its report and its phones', () => {
    const keys = (choices: { kind: string; customKindId: string | null }[]) => choices.map((c) => c.customKindId ?? c.kind);
    const plain = { kind: 'note' as const, customKindId: null };
    const ofHarapan = { kind: 'note' as const, customKindId: 'h' };
    // A blank board with kinds of its own: the board keeps "no kind"; a report and a phone leave it out while no card has it.
    expect(keys(kindChoices('blank', ['h', 'k'], [ofHarapan], 'keep'))).toEqual(['note', 'h', 'k']);
    expect(keys(kindChoices('blank', ['h', 'k'], [ofHarapan], 'leave out'))).toEqual(['h', 'k']);
    expect(keys(kindChoices('blank', ['h', 'k'], [ofHarapan, plain], 'leave out'))).toEqual(['note', 'h', 'k']);
    // A card of a removed own kind is a plain note again, so the report keeps a column for it.
    expect(keys(kindChoices('blank', ['k'], [ofHarapan], 'leave out'))).toEqual(['note', 'k']);
    expect(keys(kindChoices('blank', [], [], 'leave out'))).toEqual(['note']);
    // Another template: its kinds in the capture field's order, then kinds its cards brought, in the cards' order.
    const moved = [{ kind: 'action' as const, customKindId: null }, { kind: 'challenge' as const, customKindId: null }];
    expect(keys(kindChoices('achievements', [], moved, 'leave out'))).toEqual(['achievement', 'action', 'challenge']);
    expect(keys(kindChoices('challenges_solutions', [], [], 'keep'))).toEqual(['challenge', 'solution']);
  });
});

describe('what links (shared/board/links)', () => {
  it('links a solution to the challenge it answers, from whichever end', () => {
    expect(canLink('solution', 'challenge')).toBe(true);
    expect(canLink('challenge', 'solution')).toBe(false);
    expect(linkDirection({ id: 'c', kind: 'challenge' }, { id: 's', kind: 'solution' })).toEqual({ fromCardId: 's', toCardId: 'c' });
    expect(linkDirection({ id: 'a', kind: 'achievement' }, { id: 's', kind: 'solution' })).toBeNull();
    expect(linkPartners('solution').sort()).toEqual(['action', 'challenge']);
  });
});
