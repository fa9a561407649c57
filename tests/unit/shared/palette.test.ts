import { describe, expect, it } from 'vitest';
import { colorForIndex, GROUP_PALETTE } from '#shared/palette.ts';

/** CIE L* (perceived lightness, 0–100) of an sRGB colour: what a grayscale printout keeps. */
function lightness(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const y = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  return y > 0.008856 ? 116 * Math.cbrt(y) - 16 : 903.3 * y;
}

describe('the group colours in grayscale', () => {
  it('keep every two colours at least 7 steps of lightness apart', () => {
    const levels = GROUP_PALETTE.map((c) => lightness(c.hex)).sort((a, b) => a - b);
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeGreaterThanOrEqual(7);
  });

  it('give neighbouring groups clearly different greys', () => {
    for (let i = 0; i < GROUP_PALETTE.length; i++) {
      const step = Math.abs(lightness(GROUP_PALETTE.find((c) => c.key === colorForIndex(i))!.hex) - lightness(GROUP_PALETTE.find((c) => c.key === colorForIndex(i + 1))!.hex));
      expect(step).toBeGreaterThanOrEqual(7);
    }
  });
});
