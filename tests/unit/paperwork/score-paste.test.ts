import { describe, expect, it } from 'vitest';
import { isBlock, parseScoreBlock, readScore } from '../../../renderer/src/features/awards/score-paste.ts';

const GRID = { rows: 4, columns: 3 };

describe('scores pasted from a juror’s spreadsheet', () => {
  it('places a block from the box pasted into, across the criteria and down the villages', () => {
    expect(parseScoreBlock('80\t90\n70\t65\n', { row: 1, column: 1 }, GRID)).toEqual({
      ok: true,
      cells: [
        { row: 1, column: 1, score: 80 },
        { row: 1, column: 2, score: 90 },
        { row: 2, column: 1, score: 70 },
        { row: 2, column: 2, score: 65 },
      ],
    });
  });

  it('reads Windows line ends, decimal commas and empty cells (which clear a score)', () => {
    expect(parseScoreBlock('85,5\t\r\n 7 \t100\r\n', { row: 0, column: 0 }, GRID)).toEqual({
      ok: true,
      cells: [
        { row: 0, column: 0, score: 86 },
        { row: 0, column: 1, score: null },
        { row: 1, column: 0, score: 7 },
        { row: 1, column: 1, score: 100 },
      ],
    });
  });

  it('refuses a block that does not fit, or a cell that is no score, taking nothing', () => {
    expect(parseScoreBlock('1\t2\t3\n4\t5\t6', { row: 3, column: 1 }, GRID)).toEqual({ ok: false, reason: 'tooLarge', rows: 2, columns: 3 });
    expect(parseScoreBlock('Desa Wonosari\t80', { row: 0, column: 0 }, GRID)).toEqual({ ok: false, reason: 'notAScore', row: 1, column: 1, text: 'Desa Wonosari' });
    expect(parseScoreBlock('80\n101', { row: 0, column: 0 }, GRID)).toMatchObject({ ok: false, row: 2, column: 1, text: '101' });
  });

  it('tells a block from one value copied with its line end', () => {
    expect(isBlock('85\n')).toBe(false);
    expect(isBlock('85\r\n')).toBe(false);
    expect(isBlock('85\t90')).toBe(true);
    expect(isBlock('85\n90')).toBe(true);
  });

  it('reads one typed score the same way', () => {
    expect([readScore('0'), readScore(' 100 '), readScore('99,6'), readScore('')]).toEqual([0, 100, 100, null]);
    expect([readScore('-1'), readScore('1e2'), readScore('abc'), readScore('100,5')]).toEqual([undefined, undefined, undefined, undefined]);
  });
});
