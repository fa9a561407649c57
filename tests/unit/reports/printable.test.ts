import { describe, expect, it } from 'vitest';
import { EMOJI_FONT, glyphCoverage } from '../../../electron/core/pdf/fonts.ts';
import { breakLongWords, LONG_WORD, Printable, REPLACEMENT } from '../../../electron/core/pdf/printable.ts';

describe('text people typed, made printable with the bundled fonts', () => {
  it('keeps Indonesian text as one plain run', () => {
    const printable = new Printable(glyphCoverage());
    expect(printable.text('Pengelola “perpusdes” – sering berganti')).toBe('Pengelola “perpusdes” – sering berganti');
    expect(printable.replaced).toBe(0);
  });

  it('draws emoji with Noto Emoji, dropping the joiners and skin tones it cannot combine', () => {
    const printable = new Printable(glyphCoverage());
    expect(printable.runs('Internet lambat 😤 👍🏽 ❤️!')).toEqual([
      { text: 'Internet lambat ' },
      { text: '😤', font: EMOJI_FONT },
      { text: ' ' },
      { text: '👍', font: EMOJI_FONT },
      { text: ' ' },
      { text: '❤', font: EMOJI_FONT },
      { text: '!' },
    ]);
    expect(printable.replaced).toBe(0);
  });

  it('replaces characters neither font has with "�", never an empty box, and counts them', () => {
    const printable = new Printable(glyphCoverage());
    expect(printable.text('Nama: 王小明 / ꦗꦮ')).toBe(`Nama: ${REPLACEMENT.repeat(3)} / ${REPLACEMENT.repeat(2)}`);
    expect(printable.replaced).toBe(5);
  });

  it('writes common symbols the fonts lack with ones they have', () => {
    const printable = new Printable(glyphCoverage());
    expect(printable.text('Koleksi → digital, peserta ≥ 50')).toBe('Koleksi -> digital, peserta >= 50');
  });

  it('keeps line breaks and turns tabs and control characters into spaces', () => {
    const printable = new Printable(glyphCoverage());
    expect(printable.text('Baris satu\r\nBaris\tdua\u0007')).toBe('Baris satu\nBaris dua ');
  });

  it('puts invisible break points into very long words only', () => {
    const word = 'a'.repeat(LONG_WORD * 2 + 5);
    const broken = breakLongWords(`pendek ${word} pendek`);
    expect(broken.replace(/\u200B/g, '')).toBe(`pendek ${word} pendek`);
    expect(broken.split('\u200B')).toHaveLength(3);
    expect(breakLongWords('Perpustakaan desa berbasis inklusi sosial')).not.toContain('\u200B');
  });
});
