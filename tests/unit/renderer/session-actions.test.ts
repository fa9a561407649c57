// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createSession, deleteSession, setBoardLocked, setLayout, timer, updateSession } from '../../../renderer/src/state/session-actions.ts';
import { useNotices } from '../../../renderer/src/state/notices.ts';
import { getState } from '../../../renderer/src/state/store.ts';
import { redo, undo, useUndo } from '../../../renderer/src/state/undo.ts';
import { call } from '../helpers/core.ts';
import { noticeTexts, openBoardHarness } from './harness.ts';

async function harness() {
  const h = await openBoardHarness();
  const saved = async (id = h.session.id) => (await call(h.core, 'sessions.board', { id })).session;
  return { ...h, saved };
}

describe('sessions and their boards from the renderer', () => {
  it('adds a session to day 2 and edits it; a day after the meeting is refused with a message', async () => {
    const h = await harness();
    const created = await createSession({ workshopId: h.workshop.id, title: 'Rencana tindak lanjut', day: 2, startTime: '09:00', template: 'action_plan' });
    expect(created).toMatchObject({ day: 2, template: 'action_plan', startTime: '09:00' });
    expect(await updateSession({ id: created!.id, question: 'Apa langkah berikutnya?' })).toBe(true);
    expect((await h.saved(created!.id)).question).toBe('Apa langkah berikutnya?');
    expect(await createSession({ workshopId: h.workshop.id, title: 'Terlambat', day: 4 })).toBeNull();
    expect(noticeTexts()).toContain('Hari melewati hari terakhir pertemuan (hari ke-3).');
  });

  it('locks the board and undo unlocks it; redo locks it again', async () => {
    const h = await harness();
    await setBoardLocked(h.session.id, true);
    expect((await h.saved()).lockedAt).not.toBeNull();
    await undo();
    expect((await h.saved()).lockedAt).toBeNull();
    expect(getState().sessions[h.session.id]?.lockedAt).toBeNull();
    await redo();
    expect((await h.saved()).lockedAt).not.toBeNull();
  });

  it('switches to the group × kind grid and undo switches back', async () => {
    const h = await harness();
    await setLayout(h.session.id, 'grid');
    expect((await h.saved()).layout).toBe('grid');
    await undo();
    expect((await h.saved()).layout).toBe('groups');
  });

  it('takes a session off the agenda with a message whose Urungkan brings it back', async () => {
    const h = await harness();
    await deleteSession(h.session.id);
    expect((await call(h.core, 'workshops.get', { id: h.workshop.id })).sessions).toEqual([]);
    const notice = useNotices.getState().notices.find((n) => n.action);
    notice?.action?.run();
    await expect.poll(async () => (await call(h.core, 'workshops.get', { id: h.workshop.id })).sessions.length).toBe(1);
  });

  it('runs the timer (not undoable: time does not run backwards)', async () => {
    const h = await harness();
    useUndo.setState({ past: [], future: [] });
    await timer({ method: 'timer.set', sessionId: h.session.id, seconds: 300 });
    await timer({ method: 'timer.start', sessionId: h.session.id });
    expect(getState().sessions[h.session.id]?.timer.endsAt).not.toBeNull();
    await timer({ method: 'timer.pause', sessionId: h.session.id });
    await timer({ method: 'timer.add', sessionId: h.session.id, seconds: 60 });
    const saved = (await h.saved()).timer;
    expect(saved.endsAt).toBeNull();
    expect(saved.remainingMs).toBeGreaterThan(355_000);
    expect(useUndo.getState().past).toEqual([]);
  });
});
