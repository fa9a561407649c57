import { describe, expect, it } from 'vitest';
import { attendanceSheets } from '../../../electron/core/pdf/attendance-sheet.ts';
import { awardCertificates } from '../../../electron/core/pdf/award-certificates.ts';
import { certificates } from '../../../electron/core/pdf/certificates.ts';
import { glyphCoverage } from '../../../electron/core/pdf/fonts.ts';
import { renderPdf } from '../../../electron/core/pdf/pdfmake.ts';
import { pdfPages, pdfPageSizes, pdfText, pdfWordBoxes, renderPages, squash } from '../reports/pdf-tools.ts';
import { bengkalisMeeting, bengkalisReportData } from './bengkalis.ts';

/** The paperwork, rendered for real and read back with poppler as a person reads the paper. */

const signed = () => {
  const data = bengkalisReportData();
  data.paperwork.signatory = { name: 'Drs. H. Elmunir, M.Si', nip: '19680512 199003 1 004', position: 'Sekretaris Dinas Perpustakaan dan Kearsipan Kabupaten Bengkalis' };
  data.paperwork.serials = Object.fromEntries(data.roster.people.map((p, i) => [p.id, i + 1]));
  data.paperwork.serialPrefix = 'SERT/DISPERSIP';
  return data;
};

describe('the daftar hadir of the Bengkalis roster (35 people)', () => {
  it('lists every name once, sorted by group, with the team on a sheet of its own', async () => {
    const data = bengkalisReportData();
    const pdf = await renderPdf(attendanceSheets(data, glyphCoverage()));
    const text = squash(pdfText(pdf));
    for (const person of data.roster.people) expect(text.split(person.name).length - 1, person.name).toBe(1);
    // 17 group rows, 34 people, 5 walk-in rows at 24 pt: four pages; the team's sheet is the fifth.
    const pages = pdfPages(pdf);
    expect(pages).toHaveLength(5);
    expect(pages[0]).toContain('DAFTAR HADIR');
    expect(squash(pages[0]!)).toContain('Hari ke-1, Kamis, 13 Oktober 2022');
    expect(squash(pages[4]!)).toContain('DAFTAR HADIR PANITIA, FASILITATOR DAN NARASUMBER');
    expect(pages[4]).toContain('Riki Arianto');
    expect(pages.slice(0, 4).join('')).not.toContain('Riki Arianto');
    expect(text.indexOf('Kelompok: Desa Wonosari')).toBeLessThan(text.indexOf('Kelompok: Desa Kuala Alam'));
    expect(text).toContain('Peserta yang belum tercatat');
    for (const size of pdfPageSizes(pdf)) expect(size).toEqual({ width: 595.28, height: 841.89 });
    renderPages(pdf, 'daftar-hadir-bengkalis');
  });

  it('numbers the signature cells left and right by turns, and leaves numbered rows for walk-ins', async () => {
    const pdf = await renderPdf(attendanceSheets(bengkalisReportData(), glyphCoverage()));
    // The signature column is the rightmost; its numbers sit left (odd) or right (even) in it.
    const numbers = pdfWordBoxes(pdf).filter((b) => b.page === 1 && /^\d+\.$/.test(b.word) && b.xMin > 430);
    const x = (n: number) => numbers.find((b) => b.word === `${n}.`)!.xMin;
    expect(x(2) - x(1)).toBeGreaterThan(40);
    expect(x(3)).toBeCloseTo(x(1), 0);
    // 34 participants and 5 walk-in rows.
    expect(squash(pdfText(pdf))).toContain('39.');
  });

  it('is in English when the app is', async () => {
    const pdf = await renderPdf(attendanceSheets({ ...bengkalisReportData(), language: 'en' }, glyphCoverage()));
    const text = squash(pdfText(pdf));
    expect(text).toContain('ATTENDANCE LIST');
    expect(text).toContain('Day 1, Thursday, 13 October 2022');
    expect(text).toContain('Group: Desa Wonosari');
  });
});

describe('certificates', () => {
  it('makes one landscape page per person with their name, role, number and the signatory', async () => {
    const data = signed();
    const pdf = await renderPdf(certificates(data, glyphCoverage()));
    const pages = pdfPages(pdf).map(squash);
    expect(pages).toHaveLength(35);
    for (const size of pdfPageSizes(pdf)) expect(size).toEqual({ width: 841.89, height: 595.28 });
    data.roster.people.forEach((person, i) => {
      expect(pages[i]).toContain(person.name);
      expect(pages[i]).toContain(`Nomor: ${String(i + 1).padStart(3, '0')}/SERT/DISPERSIP/2022`);
      expect(pages[i]).toContain('Drs. H. Elmunir, M.Si');
      expect(pages[i]).toContain('NIP. 19680512 199003 1 004');
      expect(pages[i]).toContain('Bengkalis, 13 Oktober 2022');
    });
    expect(pages[0]).toMatch(/sebagai Peserta/);
    expect(pages[34]).toMatch(/Riki Arianto .*sebagai Narasumber/);
    renderPages(pdf, 'sertifikat-bengkalis');
  });

  it('prints one group, or the team, or only those who came', async () => {
    const data = signed();
    const group = await renderPdf(certificates({ ...data, paperwork: { ...data.paperwork, options: { ...data.paperwork.options, certificateGroup: 'g2' } } }, glyphCoverage()));
    expect(pdfPages(group).map(squash)).toEqual([expect.stringContaining('Nurhayati binti Kuala'), expect.stringContaining('Syafrizal, S.Sos')]);
    const team = await renderPdf(certificates({ ...data, paperwork: { ...data.paperwork, options: { ...data.paperwork.options, certificateGroup: 'team' } } }, glyphCoverage()));
    expect(pdfPages(team)).toHaveLength(1);
    const came = await renderPdf(certificates({ ...data, paperwork: { ...data.paperwork, options: { ...data.paperwork.options, presentOnly: true } } }, glyphCoverage()));
    // Three village officials were not checked in.
    expect(pdfPages(came)).toHaveLength(32);
  });
});

describe('piagam', () => {
  it('gives each winner a page, first place first, with a tie decided by the heaviest criterion', async () => {
    const pdf = await renderPdf(awardCertificates(bengkalisMeeting(), glyphCoverage()));
    const pages = pdfPages(pdf).map(squash);
    expect(pages).toHaveLength(3);
    expect(pages[0]).toMatch(/PIAGAM PENGHARGAAN .*Desa Jangkang .*Juara 1 .*Perpustakaan Desa Terbaik .*dengan nilai 85/);
    expect(pages[1]).toMatch(/Desa Wonosari .*Juara 2/);
    expect(pages[2]).toMatch(/Desa Kuala Alam .*Juara 3 .*dengan nilai 80/);
    renderPages(pdf, 'piagam-bengkalis');
  });
});
