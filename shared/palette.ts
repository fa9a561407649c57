/**
 * Group colours chosen to stay apart on a washed-out projector and when printed in grayscale:
 * each colour has a distinct lightness step, so neighbours never collapse into one grey.
 */
export const GROUP_PALETTE = [
  { key: 'blue', hex: '#1f5fbf' },
  { key: 'orange', hex: '#e8892c' },
  { key: 'green', hex: '#1e7d4f' },
  { key: 'magenta', hex: '#b8428c' },
  { key: 'yellow', hex: '#e3c22b' },
  { key: 'brown', hex: '#7a4a21' },
  { key: 'cyan', hex: '#3fb1c9' },
  { key: 'purple', hex: '#5b3a99' },
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
