import { describe, expect, it } from 'vitest';
import { glyphCoverage } from '../../../electron/core/pdf/fonts.ts';
import { renderPdf } from '../../../electron/core/pdf/pdfmake.ts';
import { sessionReport } from '../../../electron/core/pdf/session-report.ts';
import { workshopReport } from '../../../electron/core/pdf/workshop-report.ts';
import { renderExport } from '../../../electron/core/reports/render.ts';
import type { ReportCard } from '../../../electron/core/reports/report-data.ts';
import { LONG_WORD, closedChallengeVote, lampungReportData } from './fixtures.ts';
import { pdfFonts, pdfPages, pdfPageSizes, pdfText, pdfWordBoxes, renderPages, squash } from './pdf-tools.ts';

/** Rendered for real with pdfmake and read back with poppler, as a person would read the paper. */

describe('the workshop report, on paper', () => {
  it('reads in order: cover, summary, agenda, each session, matrix, closing; every page but the cover numbered', async () => {
    const pdf = await renderPdf(workshopReport(lampungReportData(), glyphCoverage()));
    const pages = pdfPages(pdf);
    expect(pages[0]).toContain('LAPORAN KEGIATAN');
    expect(pages[0]).not.toMatch(/Halaman \d/);
    pages.slice(1).forEach((page, i) => {
      expect(page).toContain(`Halaman ${i + 2} dari ${pages.length}`);
      expect(page).toContain('PLM Provinsi Lampung 2019');
    });
    const text = squash(pdfText(pdf));
    const order = ['Ringkasan', 'Agenda', 'Sesi 1: Identifikasi tantangan', 'Sesi 2: Berbagi capaian', 'Sesi 3: Rencana tindak lanjut', 'Matriks tantangan per kelompok', 'Penutup'];
    const positions = order.map((heading) => text.indexOf(heading));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('prints the summary numbers, Indonesian dates and the signing place', async () => {
    const pdf = await renderPdf(workshopReport(lampungReportData(), glyphCoverage()));
    const text = squash(pdfText(pdf, { layout: true }));
    expect(text).toContain('15–17 Oktober 2019');
    expect(text).toContain('Hari ke-1, Selasa, 15 Oktober 2019');
    expect(text).toContain('Hari ke-3, Kamis, 17 Oktober 2019');
    expect(text).toMatch(/Peserta 59/);
    // The card counts list the kinds the workshop's exercises use, not the blank board's notes.
    expect(text).toMatch(/Kartu \d+ Tantangan \d+ Solusi \d+ Capaian \d+ Rencana Tindak Lanjut \d+ Peserta 59/);
    expect(text).toMatch(/Way Kanan 6 6 3 – 1 – – 16/);
    expect(text).toMatch(/2 16 Oktober 2019 57 \/ 59 97%/);
    expect(text).toContain('Bandar Lampung, 17 Oktober 2019');
    expect(text).toContain('Sugiri');
  });

  it('puts the matrix on a landscape page and keeps every other page portrait A4', async () => {
    const pdf = await renderPdf(workshopReport(lampungReportData(), glyphCoverage()));
    const sizes = pdfPageSizes(pdf);
    const pages = pdfPages(pdf);
    const matrix = pages.findIndex((p) => p.includes('Matriks tantangan per kelompok'));
    expect(sizes[matrix]).toEqual({ width: 841.89, height: 595.28 });
    sizes.forEach((size, i) => {
      if (i !== matrix) expect(size).toEqual({ width: 595.28, height: 841.89 });
    });
  });

  it('draws pages that are not blank, and embeds only the bundled fonts', async () => {
    const pdf = await renderPdf(workshopReport(lampungReportData(), glyphCoverage()));
    const ink = renderPages(pdf, 'workshop-lampung');
    expect(ink).toHaveLength(pdfPages(pdf).length);
    for (const share of ink) expect(share).toBeGreaterThan(0.005);
    const fonts = pdfFonts(pdf);
    expect(fonts.every((f) => f.embedded)).toBe(true);
    expect(new Set(fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, '')))).toEqual(new Set(['NotoSans-Regular', 'NotoSans-Bold', 'NotoSans-Italic', 'NotoEmoji-Regular']));
  });

  it('reports progress while pages are laid out, not only while they are drawn', async () => {
    const shares: number[] = [];
    const pdf = await renderExport({ content: 'report', format: 'pdf', data: lampungReportData() }, (share) => shares.push(share));
    expect(pdfPages(pdf).length).toBeGreaterThan(5);
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
    expect(shares.filter((s) => s > 0 && s < 0.65).length).toBeGreaterThan(0);
    expect(shares.filter((s) => s > 0.65).length).toBeGreaterThan(0);
    expect(shares.at(-1)).toBeCloseTo(1, 2);
  });

  it('is made for a workshop with nothing in it yet', async () => {
    const empty = { ...lampungReportData({ withRoster: false }), groups: [], sessions: [], cards: [], links: [], clusters: [] };
    const pdf = await renderPdf(workshopReport(empty, glyphCoverage()));
    const text = squash(pdfText(pdf));
    expect(text).toContain('Belum ada sesi.');
    expect(text).toContain('Daftar peserta belum dicatat di Rembuk untuk pertemuan ini.');
    renderPages(pdf, 'workshop-empty');
  });

  it('is in English when the app is', async () => {
    const pdf = await renderPdf(workshopReport(lampungReportData({ language: 'en' }), glyphCoverage()));
    const text = squash(pdfText(pdf));
    expect(text).toContain('ACTIVITY REPORT');
    expect(text).toContain('Day 2, Wednesday, 16 October 2019');
    expect(text).toMatch(/Page 2 of \d+/);
    expect(text).not.toContain('Halaman');
  });
});

describe('the session report, on paper', () => {
  it('ranks the challenges by votes with their solutions, then the inbox and the totals', async () => {
    const pdf = await renderPdf(sessionReport(lampungReportData({ sessionId: 's1' }), glyphCoverage()));
    const text = squash(pdfText(pdf, { layout: true }));
    expect(text).toContain('Identifikasi tantangan dan solusi perpustakaan desa');
    expect(text).toContain('Pertanyaan pemandu: Apa tantangan terbesar');
    const ranked = ['1. Internet lambat di balai desa 7', 'Ajukan wifi desa lewat Dana Desa', '2. Koleksi buku anak masih sedikit 3', 'Minta donasi buku', '3. Pengunjung masih sepi'];
    const at = ranked.map((line) => text.indexOf(line));
    expect(at.every((p) => p >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    // A merged challenge names its cards with their own dots, which add up to its total.
    expect(text).toMatch(/1\. Pengelola perpustakaan sering berganti 7 Gabungan dari: Pengelola sering berganti \(5\); Pengelola diganti setiap ganti kepala kampung \(2\)/);
    expect(text).toContain('Suara: hasil pemungutan suara yang sudah ditutup');
    expect(text).not.toContain('masih berlangsung');
    expect(text).toMatch(/Belum dikelompokkan .*Tantangan Rak buku rusak karena banjir/);
    expect(text).toMatch(/Kelompok Tantangan Solusi Jumlah .* Jumlah 9 4 13/);
    expect(text).toMatch(/Halaman 1 dari \d/);
  });

  it('prints emoji, marks characters outside the fonts, and wraps a very long word inside the page', async () => {
    // Without votes there is no votes column, so the wrapped word reads back in one piece.
    const data = lampungReportData({ sessionId: 's1' });
    const sessions = data.sessions.map((s) => ({ ...s, voting: { countedRounds: 0, openRound: false, challengeRanking: null } }));
    const pdf = await renderPdf(sessionReport({ ...data, sessions, cards: data.cards.map((c) => ({ ...c, votes: 0 })) }, glyphCoverage()));
    const text = pdfText(pdf);
    expect(text).toContain('😟');
    expect(text).toContain('Nama tamu: ��� dan ��');
    expect(text).toContain('Tanda � menggantikan karakter');
    expect(text.replace(/\s+/g, '')).toContain(LONG_WORD);
    for (const word of pdfWordBoxes(pdf)) expect(word.xMax, word.word).toBeLessThanOrEqual(word.pageWidth - 40);
  });

  it('shows the action plan with who, when and the indicator, a missing field as a dash', async () => {
    const pdf = await renderPdf(sessionReport(lampungReportData({ sessionId: 's3' }), glyphCoverage()));
    const text = squash(pdfText(pdf, { layout: true }));
    expect(text).toContain('Rencana tindak lanjut');
    expect(text).toMatch(/Menyusun proposal wifi ke Dana .*Kepala kampung .*31 Desember .*Proposal masuk/);
    expect(text).toMatch(/Pelatihan pengelola baru – – –/);
    renderPages(pdf, 'session-action-plan');
  });

  it('holds a session with thousands of cards without losing one', async () => {
    const data = lampungReportData({ sessionId: 's1', withRoster: false });
    const many: ReportCard[] = Array.from({ length: 2000 }, (_, i) => ({
      id: `m${i}`,
      sessionId: 's1',
      groupId: data.groups[i % data.groups.length]!.id,
      kind: i % 3 === 0 ? 'solution' : 'challenge',
      customKindId: null,
      text: `Kartu nomor ${i + 1} tentang koleksi, layanan dan pengunjung perpustakaan desa`,
      tag: null,
      author: null,
      votes: i % 7,
      plan: null,
    }));
    const sessions = [{ ...data.sessions[0]!, voting: closedChallengeVote(many, [], 's1', data.groups) }];
    const pdf = await renderPdf(sessionReport({ ...data, sessions, cards: many, links: [], clusters: [] }, glyphCoverage()));
    const text = pdfText(pdf);
    for (const n of [1, 777, 2000]) expect(text).toContain(`Kartu nomor ${n} tentang`);
    expect(squash(pdfText(pdf, { layout: true }))).toMatch(/Jumlah 1\.333 667 2\.000/);
    const pages = pdfPages(pdf);
    expect(pages.length).toBeGreaterThan(40);
    expect(pages.at(-1)).toContain(`Halaman ${pages.length} dari ${pages.length}`);
  }, 60_000);
});
