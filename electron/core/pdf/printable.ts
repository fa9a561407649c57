import { EMOJI_FONT, type GlyphCoverage } from './fonts.ts';

/** A piece of text in one font, as pdfmake takes it inside `text: [...]`. */
export interface TextRun {
  text: string;
  font?: string;
}

/** A word longer than this gets invisible break points, so it wraps instead of overflowing. */
export const LONG_WORD = 20;
const BREAK = '\u200B';
export const REPLACEMENT = '\uFFFD';

/** Joiners, variation selectors, skin tones and tag characters: they only modify an emoji. */
const EMOJI_MODIFIERS = /\u200D|\uFE0E|\uFE0F|\u20E3|[\u{1F3FB}-\u{1F3FF}]|[\u{E0020}-\u{E007F}]/gu;
const CONTROLS = /[\p{Cc}\u2028\u2029]/gu;

/** Common symbols neither font has, written with ones they do. */
const SUBSTITUTES: Record<string, string> = {
  '→': '->',
  '←': '<-',
  '↔': '<->',
  '⇒': '=>',
  '≥': '>=',
  '≤': '<=',
  '≠': '!=',
  '✓': '✔',
  '✗': 'x',
  '★': '⭐',
  '☆': '*',
};

/**
 * Turns what people typed into text the bundled fonts can draw: emoji go to the emoji font,
 * a few symbols get written-out equivalents, and anything neither font has becomes "�" (the
 * Unicode replacement character, which Noto Sans draws) instead of an empty box. Counts the
 * replacements so the report can say so once.
 */
export class Printable {
  replaced = 0;
  readonly #coverage: GlyphCoverage;

  constructor(coverage: GlyphCoverage) {
    this.#coverage = coverage;
  }

  /** Text for pdfmake: a plain string when it is all in Noto Sans, else a list of runs. */
  text(raw: string): string | TextRun[] {
    const runs = this.runs(raw);
    if (runs.length === 1 && runs[0]!.font === undefined) return runs[0]!.text;
    return runs;
  }

  runs(raw: string): TextRun[] {
    const clean = raw.normalize('NFC').replace(/\r\n?/g, '\n').replace(CONTROLS, (c) => (c === '\n' ? c : ' ')).replace(EMOJI_MODIFIERS, '');
    const runs: TextRun[] = [];
    let current: TextRun | null = null;
    for (const char of clean) {
      const { text, font } = this.#place(char);
      if (current && current.font === font) current.text += text;
      else {
        current = font ? { text, font } : { text };
        runs.push(current);
      }
    }
    if (runs.length === 0) return [{ text: '' }];
    for (const run of runs) if (run.font === undefined) run.text = breakLongWords(run.text);
    return runs;
  }

  #place(char: string): { text: string; font?: string } {
    const text = SUBSTITUTES[char] ?? char;
    if (text === '\n' || Array.from(text).every((c) => this.#coverage.text.has(c.codePointAt(0)!))) return { text };
    if (this.#coverage.emoji.has(text.codePointAt(0)!)) return { text, font: EMOJI_FONT };
    this.replaced++;
    return { text: REPLACEMENT };
  }
}

/** Puts an invisible break point every LONG_WORD characters inside words that are longer. */
export function breakLongWords(text: string): string {
  return text.replace(new RegExp(`[^\\s]{${LONG_WORD + 1},}`, 'gu'), (word) => {
    const chars = Array.from(word);
    let out = '';
    for (let i = 0; i < chars.length; i++) {
      if (i > 0 && i % LONG_WORD === 0) out += BREAK;
      out += chars[i];
    }
    return out;
  });
}
