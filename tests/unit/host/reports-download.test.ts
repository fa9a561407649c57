import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startHost } from '../../../electron/host/server.ts';
import { call, lampungWorkshop, openTestCore, tempDataDir } from '../helpers/core.ts';
import { settledJob } from '../reports/export-helpers.ts';
import { send, signIn } from './http.ts';

function get(port: number, path: string, cookie = '') {
  return send(port, { path, headers: { host: `127.0.0.1:${port}`, cookie } });
}

describe('the browser host’s download of a ready export', () => {
  it('sends the file as an attachment with its name, only to the signed-in browser', async () => {
    const core = await openTestCore();
    const staticDir = join(tempDataDir(), 'renderer');
    mkdirSync(staticDir);
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><html><head></head></html>');
    const host = await startHost({ core, staticDir, port: 0 });
    const { workshop } = await lampungWorkshop(core);
    const job = await call(core, 'reports.start', { workshopId: workshop.id, content: 'report', format: 'pdf' });
    await settledJob(core, job.id);

    const path = `/api/reports/${job.id}/file`;
    const cookie = await signIn(host.url);
    expect((await get(host.port, path)).status).toBe(401);
    expect((await get(host.port, path, `${cookie.split('=')[0]}=${'0'.repeat(64)}`)).status).toBe(401);
    const ok = await get(host.port, path, cookie);
    expect(ok.status).toBe(200);
    expect(ok.headers['content-type']).toBe('application/pdf');
    expect(ok.headers['content-disposition']).toBe(
      `attachment; filename="Laporan PLM Provinsi Lampung 2019.pdf"; filename*=UTF-8''Laporan%20PLM%20Provinsi%20Lampung%202019.pdf`,
    );
    expect(ok.bytes.subarray(0, 5).toString()).toBe('%PDF-');

    const missing = await get(host.port, `/api/reports/${crypto.randomUUID()}/file`, cookie);
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.body)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    await call(core, 'reports.cancel', { id: job.id });
    expect((await get(host.port, path, cookie)).status).toBe(409);
    await host.close();
  });
});
