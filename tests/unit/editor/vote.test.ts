// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { dotsOf } from '../../../renderer/src/editor/actions/votes.ts';
import { openTestEditor } from './test-editor.ts';

async function board() {
  const t = await openTestEditor();
  await t.type(0, ['Internet lambat']);
  await t.type(1, ['Koleksi sedikit']);
  return Object.assign(t, { tengah: t.groups[0]!.id, wayKanan: t.groups[1]!.id });
}

describe('dot voting', () => {
  it('opens a vote and undo removes it; redo brings it back', async () => {
    const t = await board();
    const roundId = (await t.run('openVote', { budget: 3, budgetScope: 'group' })) as string;
    expect((await t.board()).voteRounds.map((r) => r.id)).toEqual([roundId]);
    await t.press('Ctrl+Z');
    expect((await t.board()).voteRounds).toEqual([]);
    await t.press('Ctrl+Shift+Z');
    expect((await t.board()).voteRounds.map((r) => r.id)).toEqual([roundId]);
  });

  it('adds dots with + on the focused card for the chosen group, undoes one, and refuses the dot beyond the budget', async () => {
    const t = await board();
    const roundId = (await t.run('openVote', { budget: 3, budgetScope: 'group' })) as string;
    t.focusCard('Internet lambat');
    expect(await t.press('+')).toBeUndefined();
    await t.run('voterGroup', { groupId: t.tengah });
    for (let i = 0; i < 3; i++) await t.press('+');
    await t.press('Ctrl+Z');
    expect(dotsOf(t.editor, roundId, t.card('Internet lambat').id, t.tengah)).toBe(2);
    await t.run('setDots', { roundId, cardId: t.card('Koleksi sedikit').id, groupId: t.tengah, dots: 1 });
    t.focusCard('Koleksi sedikit');
    expect(await t.press('+')).toBeUndefined();
    expect(dotsOf(t.editor, roundId, t.card('Koleksi sedikit').id, t.tengah)).toBe(1);
    expect(t.notices()).toContain('Jatah titik suara kelompok ini sudah habis.');
    expect((await t.board()).votes.map((v) => v.dots).sort()).toEqual([1, 2]);
  });

  it('takes paper dots per participant after the voters are counted, and undoes the count', async () => {
    const t = await board();
    const roundId = (await t.run('openVote', { budget: 2, budgetScope: 'participant' })) as string;
    const card = t.card('Internet lambat').id;
    expect(await t.run('setDots', { roundId, cardId: card, groupId: t.wayKanan, dots: 5 })).toBeUndefined();
    expect(t.notices()).toContain('Isi dulu jumlah pemilih di kelompok ini.');
    await t.run('setVoters', { roundId, groupId: t.wayKanan, voters: 4 });
    expect(await t.run('setDots', { roundId, cardId: card, groupId: t.wayKanan, dots: 5 })).toMatchObject({ dots: 5 });
    expect(await t.run('setDots', { roundId, cardId: t.card('Koleksi sedikit').id, groupId: t.wayKanan, dots: 4 })).toBeUndefined();
    await t.press('Ctrl+Z');
    await t.press('Ctrl+Z');
    expect((await t.board()).voteVoters).toEqual([{ roundId, groupId: t.wayKanan, voters: 0, revision: 2 }]);
  });

  it('closes the vote (totals appear), reopens it, and undo closes it again; a deleted vote comes back', async () => {
    const t = await board();
    const roundId = (await t.run('openVote', { budget: 3, budgetScope: 'group' })) as string;
    await t.run('setDots', { roundId, cardId: t.card('Internet lambat').id, groupId: t.tengah, dots: 2 });
    await t.run('closeVote', { roundId });
    expect((await t.board()).voteTotals).toEqual([{ roundId, cardId: t.card('Internet lambat').id, dots: 2 }]);
    await t.run('reopenVote', { roundId });
    expect((await t.board()).voteTotals).toEqual([]);
    await t.press('Ctrl+Z');
    expect(t.editor.voteRounds.get(roundId)?.closedAt).not.toBeNull();
    await t.run('deleteVote', { roundId });
    expect((await t.board()).voteRounds).toEqual([]);
    await t.press('Ctrl+Z');
    expect((await t.board()).voteRounds).toHaveLength(1);
  });
});
