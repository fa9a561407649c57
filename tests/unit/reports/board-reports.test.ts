import { join } from 'node:path';
import Papa from 'papaparse';
import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import type { ReportContent, ReportFormat } from '#shared/reports.ts';
import { openDatabase } from '../../../electron/core/db/open.ts';
import { collectReportData } from '../../../electron/core/reports/collect.ts';
import { call } from '../helpers/core.ts';
import { boardExercise } from './board-exercise.ts';
import { settledJob } from './export-helpers.ts';
import { pdfPages, pdfText, renderPages, squash } from './pdf-tools.ts';

/** Reports of a board built through the core, read back as a person reads them. */
type Exercise = Awaited<ReturnType<typeof boardExercise>>;

async function exported(x: Exercise, content: ReportContent, format: ReportFormat, sessionId?: string) {
  const job = await call(x.core, 'reports.start', { workshopId: x.workshop.id, content, format, ...(sessionId ? { sessionId } : {}) });
  expect((await settledJob(x.core, job.id)).status).toBe('ready');
  return x.core.reportFile(job.id).bytes;
}


describe('reports of a real board', () => {
  it('collect what the board shows: closed votes only, links, clusters, own kinds, no removed session or deleted card', async () => {
    const x = await boardExercise();
    await x.core.close();
    const database = await openDatabase(join(x.dataDir, 'rembuk.sqlite'));
    try {
      const data = await collectReportData(database.db, { workshopId: x.workshop.id, sessionId: null }, '2019-10-17T10:00:00.000Z');
      expect(data.sessions.map((s) => s.title)).toEqual(['Tantangan dan solusi', 'Berbagi capaian', 'Pleno: presentasi kelompok', 'Rencana tindak lanjut', 'Refleksi']);
      expect(data.cards.some((c) => c.text === 'Salah ketik' || c.text === 'Kartu sesi batal')).toBe(false);
      const votes = (text: string) => data.cards.find((c) => c.text === text)!.votes;
      // The closed vote counts; the open one (9 and 11 more dots) does not.
      expect([votes('Internet lambat di balai desa'), votes('Koleksi buku anak masih sedikit'), votes('Pengunjung masih sepi')]).toEqual([7, 2, 0]);
      const day1 = data.sessions[0]!;
      expect(day1.voting).toMatchObject({ countedRounds: 1, openRound: true });
      expect(day1.voting.challengeRanking!.filter((e) => e.groupId === x.groups[1]!.id).map((e) => [e.rank, e.title, e.dots])).toEqual([
        [1, 'Pengelola perpustakaan sering berganti', 7],
        [2, 'Jam buka terbatas', 1],
      ]);
      expect(data.clusters).toEqual([expect.objectContaining({ title: 'Pengelola perpustakaan sering berganti', cardIds: [x.cards.berganti.id, x.cards.diganti.id] })]);
      expect(data.links).toHaveLength(3);
      expect(data.sessions[4]!.customKinds.map((k) => k.label)).toEqual(['Harapan', 'Kekhawatiran']);
      expect(data.cards.find((c) => c.text === 'Menyusun proposal wifi ke Dana Desa')!.plan).toEqual({ who: 'Kepala kampung dan pengelola', byWhen: '2019-12-31', indicator: 'Proposal masuk APBDes 2020' });
      // One session's export still knows the day-1 solution its plan carries out.
      const rtl = await collectReportData(database.db, { workshopId: x.workshop.id, sessionId: x.sessions.rtl.id }, '');
      expect(rtl.linkedCards.map((c) => c.text)).toEqual(['Ajukan wifi desa lewat Dana Desa']);
      await expect(collectReportData(database.db, { workshopId: x.workshop.id, sessionId: x.sessions.batal.id }, '')).rejects.toMatchObject({ code: 'not_found' });
    } finally {
      await database.close();
    }
  });

  it('print the workshop report: ranked by the closed vote, solutions under their challenge, the cluster with its dots, the plan, own kinds', async () => {
    const x = await boardExercise();
    const pdf = await exported(x, 'report', 'pdf');
    const text = squash(pdfText(pdf, { layout: true }));
    const inOrder = (...parts: string[]) => {
      const at = parts.map((p) => text.indexOf(p));
      expect(at.every((p) => p >= 0), parts.join(' | ')).toBe(true);
      expect(at).toEqual([...at].sort((a, b) => a - b));
    };
    // Lampung Tengah: 7 dots, then 2; the open vote would have put the others first.
    inOrder('1. Internet lambat di balai desa 7', 'Solusi:', 'Ajukan wifi desa lewat Dana Desa', '2. Koleksi buku anak masih sedikit 2', 'Minta donasi buku dari alumni', '– Pengunjung masih sepi (Siti Aminah) 0');
    inOrder('Solusi yang belum dikaitkan ke tantangan', 'Jadwal buka sore hari');
    expect(text).toContain('1. Pengelola perpustakaan sering berganti 7 Gabungan dari: Pengelola sering berganti (4); Pengelola diganti tiap ganti kepala kampung (3)');
    expect(text).toContain('2. Jam buka terbatas 1');
    expect(text).toContain('Suara: hasil pemungutan suara yang sudah ditutup');
    expect(text).toContain('Pemungutan suara yang masih berlangsung tidak dimuat dalam laporan ini.');
    inOrder('Capaian menurut strategi TPBIS', 'Peningkatan layanan (TIK)', 'Kelas komputer', 'Pelibatan masyarakat', 'Pelatihan keripik', 'Advokasi', 'Berita perpustakaan', 'Belum ditandai strategi', 'Lomba mewarnai anak');
    // The columns wrap side by side, so the cells of one row read interleaved.
    expect(text).toMatch(/Kegiatan Penanggung jawab Waktu Indikator 1\. Menyusun proposal wifi ke Dana Kepala kampung 31 Desember Proposal masuk Desa/);
    expect(text).toMatch(/Melaksanakan solusi: Ajukan wifi desa lewat Dana Desa/);
    expect(text).toMatch(/Pelatihan pengelola baru – – –/);
    // A blank board: its own kinds as headings and totals columns, the inbox card by its kind's label.
    inOrder('Sesi 4: Refleksi', 'Harapan', 'Perpustakaan jadi pusat kegiatan warga', 'Kekhawatiran', 'Dana desa dipotong', 'Belum dikelompokkan', 'Harapan Ada pojok baca di setiap dusun');
    expect(text).toMatch(/Kelompok Harapan Kekhawatiran Jumlah Lampung Tengah 1 1 2/);
    // The plenary is on the agenda, with no chapter of its own; the removed session is nowhere.
    expect(text).toContain('Pleno: presentasi kelompok');
    expect(text).not.toMatch(/Sesi \d: Pleno/);
    expect(text).not.toContain('Sesi yang dibatalkan');
    expect(text).not.toContain('Salah ketik');
    // The matrix counts the merged pair as one challenge.
    inOrder('Matriks tantangan per kelompok', '1. Internet lambat di balai desa 1 1', '2. Pengelola perpustakaan sering 1');
    renderPages(pdf, 'board-workshop');
  });

  it('print one session: the plan table names the solution of day 1 it carries out', async () => {
    const x = await boardExercise();
    const pdf = await exported(x, 'report', 'pdf', x.sessions.rtl.id);
    const pages = pdfPages(pdf);
    const text = squash(pages.join(' '));
    expect(text).toContain('LAPORAN SESI');
    expect(text).toMatch(/Menyusun proposal wifi ke Dana .*Melaksanakan solusi: Ajukan wifi desa lewat Dana Desa/);
    expect(text).not.toContain('Suara:');
    renderPages(pdf, 'board-session-plan');
  });

  it('export one row per card with its group, kind, tag, votes, links, cluster and plan fields', async () => {
    const x = await boardExercise();
    const bytes = await exported(x, 'cards', 'csv');
    const rows = Papa.parse<string[]>(new TextDecoder().decode(bytes).trim()).data;
    const header = rows[0]!;
    const col = (name: string) => header.indexOf(name);
    const row = (text: string) => rows.find((r) => r[col('Teks')] === text)!;
    expect(rows).toHaveLength(1 + 18);
    const internet = row('Internet lambat di balai desa');
    expect([internet[col('Kelompok')], internet[col('Jenis')], internet[col('Suara')]]).toEqual(['Lampung Tengah', 'Tantangan', '7']);
    const wifiNo = row('Ajukan wifi desa lewat Dana Desa')[col('No.')];
    expect(internet[col('Terkait dengan')]).toBe(`(No. ${wifiNo}) Ajukan wifi desa lewat Dana Desa`);
    expect(row('Ajukan wifi desa lewat Dana Desa')[col('Terkait dengan')]).toContain('Internet lambat di balai desa');
    expect(row('Ajukan wifi desa lewat Dana Desa')[col('Terkait dengan')]).toContain('Menyusun proposal wifi ke Dana Desa');
    expect(row('Pengelola diganti tiap ganti kepala kampung')[col('Gabungan')]).toBe('Pengelola perpustakaan sering berganti');
    expect(row('Pengelola diganti tiap ganti kepala kampung')[col('Suara')]).toBe('3');
    expect(row('Pelatihan keripik pisang bersama BUMDes')[col('Strategi')]).toBe('Pelibatan masyarakat');
    expect(row('Dana desa dipotong')[col('Jenis')]).toBe('Kekhawatiran');
    expect(row('Ada pojok baca di setiap dusun')[col('Kelompok')]).toBe('Belum dikelompokkan');
    expect(row('Pengunjung masih sepi')[col('Penulis')]).toBe('Siti Aminah');
    expect(row('Pengunjung masih sepi')[col('Suara')]).toBe('0');

    const plan = await readSheet(Buffer.from(await exported(x, 'action_plan', 'xlsx')));
    expect(plan[0]).toEqual(['No.', 'Sesi', 'Kelompok', 'Kegiatan', 'Penanggung jawab', 'Waktu', 'Indikator', 'Suara', 'Terkait dengan']);
    expect(plan.slice(1).map((r) => r.slice(2, 7))).toEqual([
      ['Lampung Tengah', 'Menyusun proposal wifi ke Dana Desa', 'Kepala kampung dan pengelola', '2019-12-31', 'Proposal masuk APBDes 2020'],
      ['Way Kanan', 'Pelatihan pengelola baru', null, null, null],
    ]);
    expect(plan[1]![8]).toMatch(/^\(No\. \d+\) Ajukan wifi desa lewat Dana Desa$/);
  });
});
