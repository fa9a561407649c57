/**
 * Group colours chosen to stay apart on a washed-out projector and when printed in grayscale.
 * The first eight each have their own lightness step (CIE L* 30, 38, 46 … 86, hue and chroma
 * kept); the next twelve sit between and beyond them (L* 18, 22, 26, 34 … 90, 94), so every two
 * of the twenty differ by about 4 steps of lightness (never under 3.8), and groups next to each
 * other on the board by far more. Past eight groups the grey alone is not enough to tell them apart in a
 * printout: every group also carries its number as a badge.
 */
export const GROUP_PALETTE = [
  { key: 'blue', hex: '#336acb' },
  { key: 'orange', hex: '#f59437' },
  { key: 'green', hex: '#4da775' },
  { key: 'magenta', hex: '#cc569f' },
  { key: 'yellow', hex: '#f8d541' },
  { key: 'brown', hex: '#7f4e25' },
  { key: 'cyan', hex: '#63cfe8' },
  { key: 'purple', hex: '#533391' },
  { key: 'lime', hex: '#9edd72' },
  { key: 'red', hex: '#9a201c' },
  { key: 'cream', hex: '#ffedb2' },
  { key: 'teal', hex: '#056f6e' },
  { key: 'olive', hex: '#babc45' },
  { key: 'navy', hex: '#023661' },
  { key: 'sky', hex: '#02adde' },
  { key: 'maroon', hex: '#800125' },
  { key: 'pink', hex: '#fed9e5' },
  { key: 'violet', hex: '#8265cb' },
  { key: 'coral', hex: '#dd6a43' },
  { key: 'forest', hex: '#013417' },
] as const;

export type GroupColor = (typeof GROUP_PALETTE)[number]['key'];

export const GROUP_COLORS = GROUP_PALETTE.map((c) => c.key) as [GroupColor, ...GroupColor[]];

/** The colour for the n-th group when the facilitator did not pick one. */
export function colorForIndex(index: number): GroupColor {
  return GROUP_COLORS[index % GROUP_COLORS.length] ?? 'blue';
}

export function hexForColor(key: string): string {
  return GROUP_PALETTE.find((c) => c.key === key)?.hex ?? GROUP_PALETTE[0].hex;
}

/** Black or white, whichever reads better on the colour (a group's badge, its header). */
export function inkOn(hex: string): '#000000' | '#ffffff' {
  return contrastRatio('#000000', hex) >= contrastRatio('#ffffff', hex) ? '#000000' : '#ffffff';
}

/** WCAG relative luminance of an sRGB colour `#rrggbb`. */
export function relativeLuminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** WCAG contrast ratio of two colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
