import { describe, expect, it } from 'vitest';
import { rankCategory, winnersOf, type AwardCategory, type AwardScore } from '#shared/awards.ts';

const category: AwardCategory = {
  id: 'a',
  workshopId: 'w',
  name: 'Perpustakaan Desa Terbaik',
  description: '',
  entrants: 'groups',
  winners: 3,
  position: 'a0',
  criteria: [
    { id: 'layanan', categoryId: 'a', name: 'Layanan', weight: 40 },
    { id: 'masyarakat', categoryId: 'a', name: 'Pelibatan masyarakat', weight: 40 },
    { id: 'publikasi', categoryId: 'a', name: 'Publikasi', weight: 20 },
  ],
};
const entrants = ['Wonosari', 'Jangkang', 'Muntai', 'Damai', 'Sepotong'].map((name) => ({ id: name, name }));
const sheet = (juror: string, rows: Record<string, [number, number, number]>): AwardScore[] =>
  Object.entries(rows).flatMap(([entrantId, values]) => values.map((score, i) => ({ criterionId: category.criteria[i]!.id, jurorId: juror, entrantId, score })));

describe('ranking an award category', () => {
  it('averages the jurors, weighs the criteria, and breaks an equal score on the heaviest criterion, in order', () => {
    const scores = [
      ...sheet('j1', { Wonosari: [80, 90, 70], Jangkang: [90, 80, 70], Muntai: [60, 60, 60], Damai: [90, 80, 70] }),
      ...sheet('j2', { Wonosari: [80, 90, 70], Jangkang: [90, 80, 70], Muntai: [70, 70, 70], Damai: [90, 80, 70] }),
    ];
    const ranking = rankCategory(category, scores, entrants);
    // Wonosari and Jangkang both 82; equal weights on the first two: the first listed decides (Layanan).
    expect(ranking.map((r) => [r.entrant.name, r.place, r.total])).toEqual([
      ['Damai', 1, 82],
      ['Jangkang', 1, 82],
      ['Wonosari', 3, 82],
      ['Muntai', 4, 65],
      ['Sepotong', null, 0],
    ]);
    expect(ranking[0]!.tied && ranking[1]!.tied).toBe(true);
    expect(ranking[1]!.decidedBy).toBe('Layanan');
    expect(ranking[2]!.tied).toBe(false);
    expect(ranking[3]!.averages).toEqual([65, 65, 65]);
    // Two share first place, so the third place goes to Wonosari: three winners.
    expect(winnersOf(category, ranking).map((r) => r.entrant.name)).toEqual(['Damai', 'Jangkang', 'Wonosari']);
  });

  it('counts a cell a juror left empty as 0 and says how many are missing', () => {
    const scores = [...sheet('j1', { Wonosari: [80, 80, 80], Jangkang: [80, 80, 80] }), { criterionId: 'layanan', jurorId: 'j2', entrantId: 'Wonosari', score: 80 }];
    const ranking = rankCategory(category, scores, entrants.slice(0, 2));
    expect(ranking.map((r) => [r.entrant.name, r.total, r.missing])).toEqual([
      ['Wonosari', 56, 2],
      ['Jangkang', 40, 3],
    ]);
  });

  it('includes everyone tied on the last awarded place', () => {
    const scores = sheet('j1', { Wonosari: [90, 90, 90], Jangkang: [80, 80, 80], Muntai: [70, 70, 70], Damai: [70, 70, 70] });
    const winners = winnersOf(category, rankCategory(category, scores, entrants));
    expect(winners.map((r) => [r.entrant.name, r.place])).toEqual([
      ['Wonosari', 1],
      ['Jangkang', 2],
      ['Damai', 3],
      ['Muntai', 3],
    ]);
  });
});
