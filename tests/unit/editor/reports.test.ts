// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { cancelExport, startExport } from '../../../renderer/src/editor/actions/reports.ts';
import { getState } from '../../../renderer/src/editor/store.ts';
import { call, tempDataDir } from '../helpers/core.ts';
import { openTestEditor } from './test-editor.ts';

describe('exporting from the renderer (desktop door)', () => {
  it('follows the job to ready, then saves it through the native dialog and says where', async () => {
    const folder = tempDataDir();
    const target = join(folder, 'Laporan.pdf');
    const t = await openTestEditor(undefined, { chooseSavePath: async () => target });
    await call(t.core, 'cards.create', { id: crypto.randomUUID(), sessionId: t.session.id, groupId: t.groups[0]!.id, text: 'Internet lambat' });
    const job = await startExport({ workshopId: t.workshop.id, content: 'report', format: 'pdf' });
    expect(job).not.toBeNull();
    await vi.waitFor(() => expect(t.notices()).toContain(`Tersimpan: ${target}`), { timeout: 20_000 });
    expect(getState().reportJobs[job!.id]).toMatchObject({ status: 'ready', progress: 1 });
    expect(readFileSync(target).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('shows a cancelled job as cancelled, and a refused start as a translated message', async () => {
    const t = await openTestEditor(undefined, { chooseSavePath: async () => null });
    const job = await startExport({ workshopId: t.workshop.id, content: 'report', format: 'pdf' });
    await cancelExport(job!.id);
    expect(getState().reportJobs[job!.id]?.status).toBe('cancelled');
    expect(await startExport({ workshopId: crypto.randomUUID(), content: 'cards', format: 'csv' })).toBeNull();
    expect(t.notices()).toContain('Pertemuan tidak ditemukan; mungkin sudah dihapus.');
  });
});
