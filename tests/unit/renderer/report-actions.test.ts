// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { cancelExport, startExport } from '../../../renderer/src/state/report-actions.ts';
import { getState } from '../../../renderer/src/state/store.ts';
import { call, tempDataDir } from '../helpers/core.ts';
import { noticeTexts, openBoardHarness } from './harness.ts';

describe('exporting from the renderer (desktop door)', () => {
  it('follows the job to ready, then saves it through the native dialog and says where', async () => {
    const folder = tempDataDir();
    const target = join(folder, 'Laporan.pdf');
    const h = await openBoardHarness(undefined, { chooseSavePath: async () => target });
    await call(h.core, 'cards.create', { id: crypto.randomUUID(), sessionId: h.session.id, groupId: h.groups[0]!.id, text: 'Internet lambat' });
    const job = await startExport({ workshopId: h.workshop.id, content: 'report', format: 'pdf' });
    expect(job).not.toBeNull();
    await vi.waitFor(() => expect(noticeTexts()).toContain(`Tersimpan: ${target}`), { timeout: 20_000 });
    expect(getState().reportJobs[job!.id]).toMatchObject({ status: 'ready', progress: 1 });
    expect(readFileSync(target).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('shows a cancelled job as cancelled, and a refused start as a translated message', async () => {
    const h = await openBoardHarness(undefined, { chooseSavePath: async () => null });
    const job = await startExport({ workshopId: h.workshop.id, content: 'report', format: 'pdf' });
    await cancelExport(job!.id);
    expect(getState().reportJobs[job!.id]?.status).toBe('cancelled');
    expect(await startExport({ workshopId: crypto.randomUUID(), content: 'cards', format: 'csv' })).toBeNull();
    expect(noticeTexts()).toContain('Pertemuan tidak ditemukan; mungkin sudah dihapus.');
  });
});
