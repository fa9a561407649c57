import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { create, type Font } from 'fontkit';

/**
 * The bundled fonts the reports embed: Noto Sans, the UI's family, for all text, and the
 * monochrome Noto Emoji for the emoji people type on cards (a colour emoji cannot be drawn
 * into a PDF by pdfkit). Nothing is fetched: both come from node_modules.
 */
const require = createRequire(import.meta.url);
const sans = (face: string) => require.resolve(`@expo-google-fonts/noto-sans/${face}/NotoSans_${face}.ttf`);

export const FONT_FILES = {
  text: {
    normal: sans('400Regular'),
    bold: sans('700Bold'),
    italics: sans('400Regular_Italic'),
    bolditalics: sans('700Bold_Italic'),
  },
  emoji: require.resolve('@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf'),
} as const;

/** The pdfmake names of the two families. */
export const TEXT_FONT = 'NotoSans';
export const EMOJI_FONT = 'NotoEmoji';

/** The code points each family can draw, so text can be split into runs before layout. */
export interface GlyphCoverage {
  text: ReadonlySet<number>;
  emoji: ReadonlySet<number>;
}

let coverage: GlyphCoverage | undefined;

export function glyphCoverage(): GlyphCoverage {
  coverage ??= { text: characterSet(FONT_FILES.text.normal), emoji: characterSet(FONT_FILES.emoji) };
  return coverage;
}

function characterSet(file: string): Set<number> {
  const font = create(readFileSync(file)) as Font;
  return new Set(font.characterSet);
}

let faces: { normal: Font; bold: Font } | undefined;
const widths = new Map<string, number>();

/**
 * How wide `text` is in Noto Sans at `fontSize` points: used to size table headers so a label
 * never breaks inside a word, and to guess whether a table fits on one page.
 */
export function textWidth(text: string, fontSize: number, bold = false): number {
  faces ??= { normal: create(readFileSync(FONT_FILES.text.normal)) as Font, bold: create(readFileSync(FONT_FILES.text.bold)) as Font };
  const key = `${bold ? 'b' : 'n'}${text}`;
  let units = widths.get(key);
  if (units === undefined) {
    const face = bold ? faces.bold : faces.normal;
    units = face.layout(text).advanceWidth / face.unitsPerEm;
    if (widths.size < 50_000) widths.set(key, units);
  }
  return units * fontSize;
}

/** The widest single word of `text` (what a column must hold for no word to be split). */
export function widestWord(text: string, fontSize: number, bold = false): number {
  return Math.max(0, ...text.split(/\s+/).filter(Boolean).map((word) => textWidth(word, fontSize, bold)));
}
