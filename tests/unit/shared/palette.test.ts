import { describe, expect, it } from 'vitest';
import { colorForIndex, contrastRatio, GROUP_PALETTE, hexForColor, inkOn, relativeLuminance } from '#shared/palette.ts';

/** CIE L* (perceived lightness, 0–100) of an sRGB colour: what a grayscale printout keeps. */
function lightness(hex: string): number {
  const y = relativeLuminance(hex);
  return y > 0.008856 ? 116 * Math.cbrt(y) - 16 : 903.3 * y;
}

const levelsOf = (colours: ReadonlyArray<{ hex: string }>) => colours.map((c) => lightness(c.hex)).sort((a, b) => a - b);
const smallestStep = (levels: number[]) => Math.min(...levels.slice(1).map((l, i) => l - levels[i]!));

describe('the group colours in grayscale', () => {
  it('has twenty colours, every two about 4 steps of lightness apart (never under 3.8)', () => {
    expect(GROUP_PALETTE).toHaveLength(20);
    expect(new Set(GROUP_PALETTE.map((c) => c.key)).size).toBe(20);
    expect(smallestStep(levelsOf(GROUP_PALETTE))).toBeGreaterThanOrEqual(3.8);
  });

  it('keeps the first eight (a provincial PLM’s kabupaten) at least 7 steps apart', () => {
    expect(smallestStep(levelsOf(GROUP_PALETTE.slice(0, 8)))).toBeGreaterThanOrEqual(7);
  });

  it('gives neighbouring groups clearly different greys, all the way round twenty', () => {
    for (let i = 0; i < GROUP_PALETTE.length; i++) {
      const step = Math.abs(lightness(hexForColor(colorForIndex(i))) - lightness(hexForColor(colorForIndex(i + 1))));
      expect(step, `groups ${i + 1} and ${i + 2}`).toBeGreaterThanOrEqual(7);
    }
  });

  it('writes each group’s badge in black or white, at least 4.5:1 on its colour', () => {
    for (const { hex } of GROUP_PALETTE) expect(contrastRatio(inkOn(hex), hex), hex).toBeGreaterThanOrEqual(4.5);
  });
});
