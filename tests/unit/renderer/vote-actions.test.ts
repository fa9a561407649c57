// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { addCard } from '../../../renderer/src/state/card-actions.ts';
import { getState } from '../../../renderer/src/state/store.ts';
import { redo, undo } from '../../../renderer/src/state/undo.ts';
import { addDot, closeVote, deleteVote, dotsOf, openVote, reopenVote, setDots, setVoters } from '../../../renderer/src/state/vote-actions.ts';
import { call } from '../helpers/core.ts';
import { cardIdByText, noticeTexts, openBoardHarness } from './harness.ts';

async function harness() {
  const h = await openBoardHarness();
  await addCard(h.session.id, h.groups[0]!.id, 'Internet lambat');
  await addCard(h.session.id, h.groups[1]!.id, 'Koleksi sedikit');
  const board = () => call(h.core, 'sessions.board', { id: h.session.id });
  return { ...h, id: cardIdByText, board, tengah: h.groups[0]!.id, wayKanan: h.groups[1]!.id };
}

describe('dot voting from the renderer', () => {
  it('opens a vote and undo removes it; redo brings it back', async () => {
    const h = await harness();
    const roundId = (await openVote(h.session.id, { budget: 3, budgetScope: 'group' }))!;
    expect((await h.board()).voteRounds.map((r) => r.id)).toEqual([roundId]);
    await undo();
    expect((await h.board()).voteRounds).toEqual([]);
    await redo();
    expect((await h.board()).voteRounds.map((r) => r.id)).toEqual([roundId]);
  });

  it('adds dots one by one, undoes one, and refuses the dot beyond the budget with a message', async () => {
    const h = await harness();
    const roundId = (await openVote(h.session.id, { budget: 3, budgetScope: 'group' }))!;
    for (let i = 0; i < 3; i++) await addDot(roundId, h.id('Internet lambat'), h.tengah);
    await undo();
    expect(dotsOf(roundId, h.id('Internet lambat'), h.tengah)).toBe(2);
    await setDots(roundId, h.id('Koleksi sedikit'), h.tengah, 1);
    expect(await addDot(roundId, h.id('Koleksi sedikit'), h.tengah)).toBe(false);
    expect(dotsOf(roundId, h.id('Koleksi sedikit'), h.tengah)).toBe(1);
    expect(noticeTexts()).toContain('Jatah titik suara kelompok ini sudah habis.');
    expect((await h.board()).votes.map((v) => v.dots).sort()).toEqual([1, 2]);
  });

  it('takes paper dots per participant after the voters are counted, and undoes the count', async () => {
    const h = await harness();
    const roundId = (await openVote(h.session.id, { budget: 2, budgetScope: 'participant' }))!;
    expect(await setDots(roundId, h.id('Internet lambat'), h.wayKanan, 5)).toBe(false);
    expect(noticeTexts()).toContain('Isi dulu jumlah pemilih di kelompok ini.');
    await setVoters(roundId, h.wayKanan, 4);
    expect(await setDots(roundId, h.id('Internet lambat'), h.wayKanan, 5)).toBe(true);
    expect(await setDots(roundId, h.id('Koleksi sedikit'), h.wayKanan, 4)).toBe(false);
    await undo();
    await undo();
    expect((await h.board()).voteVoters).toEqual([{ roundId, groupId: h.wayKanan, voters: 0, revision: 2 }]);
  });

  it('closes the vote (totals appear), reopens it, and undo closes it again', async () => {
    const h = await harness();
    const roundId = (await openVote(h.session.id, { budget: 3, budgetScope: 'group' }))!;
    await setDots(roundId, h.id('Internet lambat'), h.tengah, 2);
    await closeVote(roundId);
    expect((await h.board()).voteTotals).toEqual([{ roundId, cardId: h.id('Internet lambat'), dots: 2 }]);
    await reopenVote(roundId);
    expect((await h.board()).voteTotals).toEqual([]);
    await undo();
    expect(getState().voteRounds[roundId]?.closedAt).not.toBeNull();
    await deleteVote(roundId);
    expect((await h.board()).voteRounds).toEqual([]);
    await undo();
    expect((await h.board()).voteRounds).toHaveLength(1);
  });
});
