import { describe, expect, it } from 'vitest';
import { rankCategory } from '#shared/awards.ts';
import { call, failure, openTestCore } from '../helpers/core.ts';
import { lampungMeeting } from '../helpers/setup.ts';
import { settledJob } from '../reports/export-helpers.ts';
import { pdfPages, squash } from '../reports/pdf-tools.ts';

describe('awards', () => {
  it('defines a category with weighted criteria and jurors, takes scores, and ranks the groups', async () => {
    const core = await openTestCore();
    const { workshop, groups } = await lampungMeeting(core);
    await call(core, 'awards.saveCategory', {
      workshopId: workshop.id,
      name: 'Perpustakaan Desa Terbaik',
      criteria: [
        { name: 'Peningkatan layanan', weight: 40 },
        { name: 'Pelibatan masyarakat', weight: 35 },
        { name: 'Publikasi media', weight: 25 },
      ],
    });
    let book = await call(core, 'awards.saveJuror', { workshopId: workshop.id, name: 'Sugiri' });
    const [category] = book.categories;
    const [juror] = book.jurors;
    expect(category).toMatchObject({ name: 'Perpustakaan Desa Terbaik', entrants: 'groups', winners: 3 });
    const grid: Record<number, number[]> = { 0: [80, 80, 80], 1: [90, 70, 80], 2: [70, 90, 85] };
    book = await call(core, 'awards.setScores', {
      workshopId: workshop.id,
      scores: Object.entries(grid).flatMap(([g, values]) => values.map((score, i) => ({ criterionId: category!.criteria[i]!.id, jurorId: juror!.id, entrantId: groups[Number(g)]!.id, score }))),
    });
    expect(book.scores).toHaveLength(9);
    expect(core.events.at(-1)).toMatchObject({ type: 'awards.saved', awards: { workshopId: workshop.id } });
    const ranking = rankCategory(book.categories[0]!, book.scores, groups.map((g) => ({ id: g.id, name: g.name })));
    expect(ranking.slice(0, 3).map((r) => [r.entrant.name, r.place, r.total])).toEqual([
      ['Tulang Bawang', 1, 80.75],
      ['Way Kanan', 2, 80.5],
      ['Lampung Tengah', 3, 80],
    ]);
    // A cleared cell, a renamed criterion and a removed one (with its scores).
    book = await call(core, 'awards.setScores', { workshopId: workshop.id, scores: [{ criterionId: category!.criteria[0]!.id, jurorId: juror!.id, entrantId: groups[0]!.id, score: null }] });
    expect(book.scores).toHaveLength(8);
    book = await call(core, 'awards.saveCategory', {
      workshopId: workshop.id,
      id: category!.id,
      name: 'Perpustakaan Desa Terbaik',
      winners: 2,
      criteria: [{ id: category!.criteria[0]!.id, name: 'Layanan', weight: 60 }, { id: category!.criteria[1]!.id, name: 'Masyarakat', weight: 40 }],
    });
    expect(book.categories[0]!.criteria.map((c) => [c.name, c.weight])).toEqual([['Layanan', 60], ['Masyarakat', 40]]);
    expect(book.scores).toHaveLength(5);
  });

  it('deletes a category, a criterion and a juror softly; each comes back with its scores, and the book counts every change', async () => {
    const core = await openTestCore();
    const { workshop, groups } = await lampungMeeting(core);
    const categoryId = crypto.randomUUID();
    const [layanan, masyarakat] = [crypto.randomUUID(), crypto.randomUUID()];
    expect((await call(core, 'awards.get', { workshopId: workshop.id })).revision).toBe(0);
    let book = await call(core, 'awards.saveCategory', {
      workshopId: workshop.id,
      id: categoryId,
      name: 'Perpustakaan Desa Terbaik',
      criteria: [{ id: layanan, name: 'Peningkatan layanan', weight: 60 }, { id: masyarakat, name: 'Pelibatan masyarakat', weight: 40 }],
    });
    expect(book).toMatchObject({ revision: 1, categories: [{ id: categoryId, criteria: [{ id: layanan }, { id: masyarakat }] }] });
    book = await call(core, 'awards.saveJuror', { workshopId: workshop.id, name: 'Sugiri' });
    const jurorId = book.jurors[0]!.id;
    book = await call(core, 'awards.setScores', {
      workshopId: workshop.id,
      scores: [layanan, masyarakat].map((criterionId, i) => ({ criterionId, jurorId, entrantId: groups[0]!.id, score: 80 + i })),
    });
    const scored = book.scores;
    expect(book.revision).toBe(3);

    // The criterion left out of the form goes with its score; named again, it comes back with it.
    book = await call(core, 'awards.saveCategory', { workshopId: workshop.id, id: categoryId, name: 'Perpustakaan Desa Terbaik', criteria: [{ id: layanan, name: 'Layanan', weight: 60 }] });
    expect(book.scores).toEqual([scored[0]]);
    book = await call(core, 'awards.saveCategory', {
      workshopId: workshop.id,
      id: categoryId,
      name: 'Perpustakaan Desa Terbaik',
      criteria: [{ id: layanan, name: 'Peningkatan layanan', weight: 60 }, { id: masyarakat, name: 'Pelibatan masyarakat', weight: 40 }],
    });
    expect(book.scores).toEqual(scored);
    expect(book.categories[0]!.criteria.map((c) => c.name)).toEqual(['Peningkatan layanan', 'Pelibatan masyarakat']);

    book = await call(core, 'awards.deleteJuror', { id: jurorId });
    expect(book).toMatchObject({ jurors: [], scores: [] });
    expect((await failure(core, 'awards.setScores', { workshopId: workshop.id, scores: [{ criterionId: layanan, jurorId, entrantId: groups[1]!.id, score: 70 }] })).code).toBe('not_found');
    book = await call(core, 'awards.restoreJuror', { id: jurorId });
    expect(book.scores).toEqual(scored);

    book = await call(core, 'awards.deleteCategory', { id: categoryId });
    expect(book).toMatchObject({ categories: [], scores: [] });
    expect(core.events.at(-1)).toEqual({ type: 'awards.saved', awards: book });
    expect((await failure(core, 'awards.saveCategory', { workshopId: workshop.id, id: categoryId, name: 'X', criteria: [{ name: 'Y', weight: 1 }] })).code).toBe('not_found');
    book = await call(core, 'awards.restoreCategory', { id: categoryId });
    expect(book).toMatchObject({ revision: 9, categories: [{ id: categoryId, name: 'Perpustakaan Desa Terbaik' }], scores: scored });
    expect((await failure(core, 'awards.restoreCategory', { id: crypto.randomUUID() })).code).toBe('not_found');
  });

  it('refuses scores out of range, for unknown entrants, or for another workshop, changing nothing', async () => {
    const core = await openTestCore();
    const { workshop, groups } = await lampungMeeting(core);
    const other = await call(core, 'workshops.create', { title: 'PLM Bengkalis', startDate: '2022-10-13', endDate: '2022-10-13' });
    await call(core, 'awards.saveCategory', { workshopId: workshop.id, name: 'Terbaik', criteria: [{ name: 'Layanan', weight: 1 }] });
    const book = await call(core, 'awards.saveJuror', { workshopId: workshop.id, name: 'Juri' });
    const cell = { criterionId: book.categories[0]!.criteria[0]!.id, jurorId: book.jurors[0]!.id, entrantId: groups[0]!.id };
    expect((await failure(core, 'awards.setScores', { workshopId: workshop.id, scores: [{ ...cell, score: 101 }] })).code).toBe('invalid_input');
    expect((await failure(core, 'awards.setScores', { workshopId: other.workshop.id, scores: [{ ...cell, score: 80 }] })).code).toBe('not_found');
    expect((await failure(core, 'awards.setScores', { workshopId: workshop.id, scores: [{ ...cell, score: 80 }, { ...cell, entrantId: other.workshop.id, score: 70 }] })).code).toBe('not_found');
    expect((await call(core, 'awards.get', { workshopId: workshop.id })).scores).toEqual([]);
    expect((await failure(core, 'awards.saveCategory', { workshopId: other.workshop.id, id: book.categories[0]!.id, name: 'X', criteria: [{ name: 'Y', weight: 1 }] })).code).toBe('cross_workshop');
    expect((await failure(core, 'awards.saveCategory', { workshopId: workshop.id, name: 'Tanpa kriteria', criteria: [] })).code).toBe('invalid_input');
  });

  it('exports the piagam of a category, and certificates keep their numbers on a reprint', async () => {
    const core = await openTestCore();
    const { workshop, groups } = await lampungMeeting(core);
    await call(core, 'awards.saveCategory', { workshopId: workshop.id, name: 'Pelapor Daring Teraktif', entrants: 'participants', winners: 1, criteria: [{ name: 'Unggahan', weight: 1 }] });
    const siti = await call(core, 'participants.create', { workshopId: workshop.id, name: 'Siti Rahayu', groupId: groups[1]!.id, role: 'village_librarian' });
    const budi = await call(core, 'participants.create', { workshopId: workshop.id, name: 'Budi Santoso', groupId: groups[0]!.id, role: 'village_librarian' });
    const book = await call(core, 'awards.saveJuror', { workshopId: workshop.id, name: 'Juri' });
    const criterionId = book.categories[0]!.criteria[0]!.id;
    await call(core, 'awards.setScores', { workshopId: workshop.id, scores: [{ criterionId, jurorId: book.jurors[0]!.id, entrantId: siti.id, score: 95 }, { criterionId, jurorId: book.jurors[0]!.id, entrantId: budi.id, score: 60 }] });
    const job = await call(core, 'reports.start', { workshopId: workshop.id, content: 'award_certificates', format: 'pdf', categoryId: book.categories[0]!.id });
    expect(job.fileName).toBe('Piagam PLM Provinsi Lampung 2019 - Pelapor Daring Teraktif.pdf');
    expect((await settledJob(core, job.id)).status).toBe('ready');
    const pages = pdfPages(core.reportFile(job.id).bytes).map(squash);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatch(/Siti Rahayu .*Way Kanan .*Juara 1 .*Pelapor Daring Teraktif/);

    const first = await call(core, 'reports.start', { workshopId: workshop.id, content: 'certificates', format: 'pdf' });
    await settledJob(core, first.id);
    // Numbered in roster order: groups in board order (Lampung Tengah before Way Kanan).
    expect(pdfPages(core.reportFile(first.id).bytes).map(squash)).toEqual([expect.stringMatching(/Nomor: 001\/PLM\/2019 .*Budi Santoso/), expect.stringMatching(/Nomor: 002\/PLM\/2019 .*Siti Rahayu/)]);
    // A late arrival gets the next number; the others keep theirs, also when printed by group.
    await call(core, 'participants.create', { workshopId: workshop.id, name: 'Ani', groupId: groups[0]!.id, role: 'village_head' });
    const byGroup = await call(core, 'reports.start', { workshopId: workshop.id, content: 'certificates', format: 'pdf', certificateGroup: groups[0]!.id });
    expect(byGroup.fileName).toBe('Sertifikat PLM Provinsi Lampung 2019 - Lampung Tengah.pdf');
    await settledJob(core, byGroup.id);
    expect(pdfPages(core.reportFile(byGroup.id).bytes).map(squash)).toEqual([expect.stringMatching(/001\/PLM\/2019 .*Budi Santoso/), expect.stringMatching(/003\/PLM\/2019 .*Ani/)]);
    expect((await failure(core, 'reports.start', { workshopId: workshop.id, content: 'certificates', format: 'pdf', certificateGroup: crypto.randomUUID() })).code).toBe('not_found');
    expect((await failure(core, 'reports.start', { workshopId: workshop.id, content: 'attendance', format: 'csv' })).code).toBe('invalid_input');
  });
});
