import { describe, expect, it } from 'vitest';
import { glyphCoverage } from '../../../electron/core/pdf/fonts.ts';
import { renderPdf } from '../../../electron/core/pdf/pdfmake.ts';
import { sessionReport } from '../../../electron/core/pdf/session-report.ts';
import { workshopReport } from '../../../electron/core/pdf/workshop-report.ts';
import { wordsFor } from '../../../electron/core/reports/words/index.ts';
import { lampungReportData } from '../reports/fixtures.ts';
import { pdfPages, pdfPageSizes, pdfText, pdfWordBoxes, renderPages, squash } from '../reports/pdf-tools.ts';
import { bengkalisMeeting } from './bengkalis.ts';
import { bodyOfPages, brokenWords, pdfImageCount } from './paper-tools.ts';
import { reportPhotos } from './photo-fixtures.ts';

/** The workshop report at a real meeting's size: 17 village groups, photos, minutes, awards. */

const FRAME = (title: string) => [title, 'Laporan Kegiatan', 'Laporan Sesi'];

describe('the report of a 17-group meeting', () => {
  it('splits the matrix over landscape pages, repeating the challenge and the total, and names every group', async () => {
    const data = bengkalisMeeting();
    const pdf = await renderPdf(workshopReport(data, glyphCoverage()));
    const pages = pdfPages(pdf);
    const parts = pages.map((p, i) => ({ text: squash(p), i })).filter((p) => /Bagian \d dari 2/.test(p.text));
    expect(parts).toHaveLength(2);
    const sizes = pdfPageSizes(pdf);
    for (const part of parts) expect(sizes[part.i]).toEqual({ width: 841.89, height: 595.28 });
    // A name may wrap inside its column header: every word of it is on the matrix pages.
    const matrixWords = new Set(pdfWordBoxes(pdf).filter((b) => parts.some((p) => p.i + 1 === b.page)).map((b) => b.word));
    for (const group of data.groups) for (const word of group.name.split(' ')) expect(matrixWords.has(word), group.name).toBe(true);
    expect(parts[0]!.text).toContain('kelompok 1 sampai 9');
    expect(parts[1]!.text).toContain('kelompok 10 sampai 17');
    // Every challenge row, in every part, ends with how many groups raised it.
    for (const part of parts) {
      const lines = pdfText(pdf, { layout: true, page: part.i + 1 }).split('\n');
      const rows = lines.filter((l) => /^\s*\d+\.\s/.test(l));
      expect(rows).toHaveLength(6);
      for (const row of rows) expect(row).toMatch(/\s(8|9)\s*$/);
      expect(lines.find((l) => l.includes('Koleksi buku anak masih sedikit'))).toMatch(/\s8\s*$/);
    }
    renderPages(pdf, 'workshop-17-groups');
  });

  it('has no empty page, and no table header breaks a word', async () => {
    const words = wordsFor('id');
    const headerWords = [
      ...Object.values(words.roleShort),
      ...Object.values(words.gender),
      ...Object.values(words.attendanceColumns),
      ...Object.values(words.planColumns),
      ...Object.values(words.paper.report.participantColumns),
      words.paper.report.matrixTotal,
      'Wonosari', 'Jangkang', 'Harapan', 'Tunggal', 'Pungut',
    ].flatMap((label) => label.split(/[\s/()]+/)).filter((w) => w.length >= 4);
    for (const [name, data] of [
      ['bengkalis', bengkalisMeeting(await reportPhotos(9, [null, 's1', 's2']))],
      ['lampung', lampungReportData()],
      ['lampung-en', lampungReportData({ language: 'en' })],
    ] as const) {
      const pdf = await renderPdf(workshopReport(data, glyphCoverage()));
      const bodies = bodyOfPages(pdf, FRAME(data.workshop.title));
      bodies.forEach((body, i) => expect(body.length, `${name}: page ${i + 1} of ${bodies.length} is empty`).toBeGreaterThan(20));
      expect(brokenWords(pdf, headerWords), name).toEqual([]);
    }
  });

  it('prints minutes, achievements per strategy, the awards with their tie, and the participant list', async () => {
    const data = bengkalisMeeting();
    const text = squash(pdfText(await renderPdf(workshopReport(data, glyphCoverage())), { layout: true }));
    // Bullets are drawn, not written: the text reads on without them.
    expect(text).toMatch(/Notulen Dibuka oleh Sekretaris Dispersip Elmunir\. Tantangan utama: koleksi dan internet Solusi: kerja sama dengan BUMDes 1\. Kumpulkan proposal 2\. Rapat lanjutan/);
    expect(text).toMatch(/Evaluasi capaian per strategi TPBIS .*Peningkatan layanan \(TIK\) 4 4 Pelibatan masyarakat 7 7 Advokasi dan publikasi 3 3 Belum ditandai strategi 3 3 Jumlah 17/);
    expect(text).toMatch(/Pelibatan masyarakat \(7\) 1\. Desa Kuala Alam Pelatihan membuat keripik nanas bersama BUMDes/);
    expect(text).toMatch(/Penghargaan .*Perpustakaan Desa Terbaik .*Kriteria \(bobot\): Peningkatan layanan \(40\); Pelibatan masyarakat \(35\); Publikasi media \(25\) Juri: Riki Arianto/);
    expect(text).toMatch(/1\. Desa Jangkang 85 unggul pada kriteria Peningkatan layanan 2\. Desa Wonosari 85 3\. Desa Kuala Alam 80 4\. Desa Resam Lapis 69,25/);
    expect(text).toMatch(/Lampiran: Daftar peserta No\. Nama Peran Kelompok L\/P Hadir hari ke- 1\. Siti binti Wonosari Pengelola perpustakaan Desa Wonosari P 1/);
    expect(text).toMatch(/35\. Riki Arianto Master trainer\/ Tanpa kelompok L 1/);
  });

  it('lays the photos out in a Dokumentasi appendix, two to four a page, with their captions', async () => {
    const data = bengkalisMeeting(await reportPhotos(7, [null, 's1', 's2']));
    const pdf = await renderPdf(workshopReport(data, glyphCoverage()));
    expect(pdfImageCount(pdf)).toBe(7);
    const pages = pdfPages(pdf).map(squash);
    const first = pages.findIndex((p) => p.includes('Lampiran: Dokumentasi'));
    const appendix = pages.slice(first);
    expect(appendix.join(' ')).toMatch(/Kegiatan .*Foto 1: plano kelompok .*Foto 4: plano kelompok .*Foto 7: plano kelompok/);
    expect(appendix.join(' ')).toMatch(/Sesi 1: Tantangan dan solusi perpustakaan desa .*Foto 2: plano kelompok .*Foto 5/);
    for (const page of appendix) {
      const captions = page.match(/Foto \d+:/g) ?? [];
      expect(captions.length).toBeGreaterThanOrEqual(1);
      expect(captions.length).toBeLessThanOrEqual(4);
    }
    expect(appendix.length).toBeLessThanOrEqual(3);
    // A session's own report carries that session's photos only.
    const session = await renderPdf(sessionReport({ ...data, sessionId: 's2', sessions: data.sessions.filter((s) => s.id === 's2'), photos: data.photos.filter((p) => p.sessionId === 's2') }, glyphCoverage()));
    expect(pdfImageCount(session)).toBe(2);
  });
});
