import { describe, expect, it } from 'vitest';
import { tempDataDir } from '../helpers/core.ts';
import { crashRounds } from './crash-rounds.ts';

describe('a laptop that loses power while cards are being written', () => {
  it('keeps every acknowledged card through 20 kills at random moments, and the file stays sound', { timeout: 180_000 }, async () => {
    const result = await crashRounds(tempDataDir(), 20);
    expect(result.refused).toEqual([]);
    expect(result.damaged).toEqual([]);
    expect(result.lost).toEqual([]);
    // The writer really wrote: the rounds acknowledged cards before they were killed.
    expect(result.acknowledged).toBeGreaterThan(20);
  });
});
