import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { call, failure, lampungWorkshop, openTestCore, tempDataDir } from '../helpers/core.ts';
import { jobHistory, settledJob } from './export-helpers.ts';
import { pdfText } from './pdf-tools.ts';

async function lampungWithCards(options: Parameters<typeof openTestCore>[1] = {}) {
  const core = await openTestCore(tempDataDir(), options);
  const lampung = await lampungWorkshop(core);
  for (const [i, text] of ['Koleksi buku anak masih sedikit', 'Internet lambat', 'Pengunjung masih sepi'].entries()) {
    await call(core, 'cards.create', { id: crypto.randomUUID(), sessionId: lampung.session.id, groupId: lampung.groups[i]!.id, text });
  }
  return { core, ...lampung };
}

describe('making an export', () => {
  it('collects the data, renders it in the worker, announces progress and offers the finished PDF', async () => {
    const { core, workshop } = await lampungWithCards();
    const job = await call(core, 'reports.start', { workshopId: workshop.id, content: 'report', format: 'pdf' });
    expect(job).toMatchObject({ status: 'queued', sessionId: null, fileName: 'Laporan PLM Provinsi Lampung 2019.pdf' });
    const done = await settledJob(core, job.id);
    expect(done).toMatchObject({ status: 'ready', progress: 1, error: null });
    const history = jobHistory(core.events, job.id);
    expect(history.map((j) => j.status)).toContain('running');
    const progress = history.map((j) => j.progress);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    const { fileName, bytes } = core.reportFile(job.id);
    expect(fileName).toBe(done.fileName);
    expect(bytes.byteLength).toBe(done.size);
    const text = pdfText(bytes);
    expect(text).toContain('PLM Provinsi Lampung 2019');
    expect(text).toContain('Internet lambat');
  });

  it('makes the session report and the spreadsheets, in the language of the app and with the chosen CSV separator', async () => {
    const { core, workshop, session } = await lampungWithCards();
    await call(core, 'settings.update', { language: 'en', csvSeparator: ';' });
    const pdf = await call(core, 'reports.start', { workshopId: workshop.id, sessionId: session.id, content: 'report', format: 'pdf' });
    const csv = await call(core, 'reports.start', { workshopId: workshop.id, content: 'cards', format: 'csv' });
    const xlsx = await call(core, 'reports.start', { workshopId: workshop.id, sessionId: session.id, content: 'action_plan', format: 'xlsx' });
    for (const job of [pdf, csv, xlsx]) expect((await settledJob(core, job.id)).status).toBe('ready');
    expect(pdf.fileName).toBe('Session report PLM Provinsi Lampung 2019 - Challenges & solutions.pdf');
    expect(pdfText(core.reportFile(pdf.id).bytes)).toContain('SESSION REPORT');
    const csvText = new TextDecoder().decode(core.reportFile(csv.id).bytes);
    expect(csvText.split('\r\n')[0]).toBe('"No.";"Session";"Day";"Group";"Kind";"Text";"Strategy";"Votes";"Linked to";"Merged into";"Responsible";"When";"Indicator";"Author"');
    expect(csvText).toContain('"Way Kanan";"Challenge";"Internet lambat"');
    expect([...core.reportFile(xlsx.id).bytes.slice(0, 2)]).toEqual([0x50, 0x4b]);
  });

  it('stops a running export when cancelled, and the next one is still made', async () => {
    const { core, workshop } = await lampungWithCards();
    const first = await call(core, 'reports.start', { workshopId: workshop.id, content: 'report', format: 'pdf' });
    const queued = await call(core, 'reports.start', { workshopId: workshop.id, content: 'cards', format: 'xlsx' });
    expect((await call(core, 'reports.cancel', { id: queued.id })).status).toBe('cancelled');
    expect((await call(core, 'reports.cancel', { id: first.id })).status).toBe('cancelled');
    expect(await failure(core, 'reports.save', { id: first.id })).toMatchObject({ code: 'report_not_ready' });
    expect(() => core.reportFile(first.id)).toThrow(/cancelled/);
    const next = await call(core, 'reports.start', { workshopId: workshop.id, content: 'report', format: 'pdf' });
    expect((await settledJob(core, next.id)).status).toBe('ready');
    expect(jobHistory(core.events, first.id).at(-1)?.status).toBe('cancelled');
    expect(jobHistory(core.events, queued.id).map((j) => j.status)).toEqual(['queued', 'cancelled']);
  });

  it('refuses what makes no sense with a coded error, and starts nothing', async () => {
    const { core, workshop } = await lampungWithCards();
    const other = await lampungWorkshop(core, []);
    const cases: Array<[unknown, string]> = [
      [{ workshopId: workshop.id, content: 'report', format: 'csv' }, 'invalid_input'],
      [{ workshopId: workshop.id, content: 'cards', format: 'pdf' }, 'invalid_input'],
      [{ workshopId: workshop.id, content: 'report', format: 'pdf', path: '/etc/passwd' }, 'invalid_input'],
      [{ workshopId: 'not-an-id', content: 'report', format: 'pdf' }, 'invalid_input'],
      [{ workshopId: crypto.randomUUID(), content: 'report', format: 'pdf' }, 'not_found'],
      [{ workshopId: workshop.id, sessionId: other.session.id, content: 'report', format: 'pdf' }, 'not_found'],
    ];
    for (const [input, code] of cases) expect((await failure(core, 'reports.start', input)).code).toBe(code);
    expect(core.events.filter((e) => e.type === 'report.job')).toEqual([]);
    expect(await failure(core, 'reports.cancel', { id: crypto.randomUUID() })).toMatchObject({ code: 'not_found', details: { entity: 'report' } });
  });
});

describe('saving an export in the desktop app', () => {
  it('writes the file where the dialog points, through a temporary file, and leaves nothing else', async () => {
    const folder = tempDataDir();
    const asked: unknown[] = [];
    const { core, workshop } = await lampungWithCards({
      chooseSavePath: async (request) => {
        asked.push(request);
        return join(folder, 'laporan.pdf');
      },
    });
    const job = await call(core, 'reports.start', { workshopId: workshop.id, content: 'report', format: 'pdf' });
    await settledJob(core, job.id);
    expect(await call(core, 'reports.save', { id: job.id })).toEqual({ saved: true, path: join(folder, 'laporan.pdf') });
    expect(asked).toEqual([{ fileName: 'Laporan PLM Provinsi Lampung 2019.pdf', format: 'pdf' }]);
    expect(readdirSync(folder)).toEqual(['laporan.pdf']);
    expect(readFileSync(join(folder, 'laporan.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('does nothing when the facilitator closes the dialog', async () => {
    const { core, workshop } = await lampungWithCards({ chooseSavePath: async () => null });
    const job = await call(core, 'reports.start', { workshopId: workshop.id, content: 'cards', format: 'csv' });
    await settledJob(core, job.id);
    expect(await call(core, 'reports.save', { id: job.id })).toEqual({ saved: false });
  });

  it('says clearly when the place cannot be written, and leaves no half file behind', async () => {
    const folder = tempDataDir();
    mkdirSync(join(folder, 'laporan.pdf'));
    const targets = [join(folder, 'tidak-ada', 'laporan.pdf'), join(folder, 'laporan.pdf')];
    const { core, workshop } = await lampungWithCards({ chooseSavePath: async () => targets.shift() ?? null });
    const job = await call(core, 'reports.start', { workshopId: workshop.id, content: 'report', format: 'pdf' });
    await settledJob(core, job.id);
    expect(await failure(core, 'reports.save', { id: job.id })).toMatchObject({ code: 'not_writable' });
    expect(await failure(core, 'reports.save', { id: job.id })).toMatchObject({ code: 'not_writable' });
    expect(readdirSync(folder)).toEqual(['laporan.pdf']);
    expect(readdirSync(join(folder, 'laporan.pdf'))).toEqual([]);
  });

  it('is not offered by the browser host, which downloads instead', async () => {
    const { core, workshop } = await lampungWithCards();
    const job = await call(core, 'reports.start', { workshopId: workshop.id, content: 'cards', format: 'csv' });
    await settledJob(core, job.id);
    expect(await failure(core, 'reports.save', { id: job.id })).toMatchObject({ code: 'unknown_method' });
  });
});
