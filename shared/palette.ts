/**
 * Group colours chosen to stay apart on a washed-out projector and when printed in grayscale:
 * each has its own lightness step (CIE L* 30, 38, 46 … 86, hue and chroma kept), so no two
 * collapse into one grey on a black-and-white printout of a report.
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
