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
