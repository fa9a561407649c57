import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Reads a PDF back the way a person would see it, with poppler-utils: its text (`pdftotext`),
 * its pages' sizes (`pdfinfo`), its fonts (`pdffonts`) and its pages as pictures (`pdftoppm`).
 * Break opportunities the reports insert into long words are removed from the text.
 */
function withFile<T>(bytes: Uint8Array, use: (file: string) => T): T {
  const file = join(mkdtempSync(join(tmpdir(), 'rembuk-pdf-')), 'report.pdf');
  writeFileSync(file, bytes);
  return use(file);
}

/** A PDF's text with every run of spaces and line breaks as one space: for phrases that may wrap. */
export const squash = (text: string) => text.replace(/\s+/g, ' ');

export function pdfText(bytes: Uint8Array, options: { layout?: boolean; page?: number } = {}): string {
  return withFile(bytes, (file) => {
    const args = [...(options.layout ? ['-layout'] : []), ...(options.page ? ['-f', String(options.page), '-l', String(options.page)] : []), file, '-'];
    return execFileSync('pdftotext', args, { encoding: 'utf8' }).replace(/\u200B/g, '');
  });
}

/** The text of each page, in order. */
export function pdfPages(bytes: Uint8Array): string[] {
  return pdfText(bytes).split('\f').slice(0, -1);
}

export interface PageBox {
  width: number;
  height: number;
}

export function pdfPageSizes(bytes: Uint8Array): PageBox[] {
  return withFile(bytes, (file) => {
    const out = execFileSync('pdfinfo', ['-f', '1', '-l', '9999', file], { encoding: 'utf8' });
    return [...out.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
  });
}

export function pdfFonts(bytes: Uint8Array): Array<{ name: string; embedded: boolean }> {
  return withFile(bytes, (file) =>
    execFileSync('pdffonts', [file], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter(Boolean)
      .map((line) => ({ name: line.split(/\s+/)[0]!, embedded: / yes /.test(line.slice(40)) })),
  );
}

/** Every word with its box, from `pdftotext -bbox`: to check nothing leaves the page. */
export function pdfWordBoxes(bytes: Uint8Array): Array<{ page: number; word: string; xMin: number; xMax: number; pageWidth: number }> {
  const html = withFile(bytes, (file) => execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' }));
  const words: Array<{ page: number; word: string; xMin: number; xMax: number; pageWidth: number }> = [];
  let page = 0;
  let pageWidth = 0;
  for (const line of html.split('\n')) {
    const p = /<page width="([\d.]+)"/.exec(line);
    if (p) {
      page++;
      pageWidth = Number(p[1]);
    }
    const w = /<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">(.*)<\/word>/.exec(line);
    if (w) words.push({ page, word: w[3]!, xMin: Number(w[1]), xMax: Number(w[2]), pageWidth });
  }
  return words;
}

/**
 * Renders the pages to PNG under .tmp/report-pages/<name>/ for a person to look at (not under
 * test-results/, which Playwright empties when it starts), and
 * returns for each page the share of pixels that are not white (a blank page has none).
 */
export function renderPages(bytes: Uint8Array, name: string): number[] {
  const dir = join(import.meta.dirname, '..', '..', '..', '.tmp', 'report-pages', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return withFile(bytes, (file) => {
    execFileSync('pdftoppm', ['-r', '40', '-png', file, join(dir, 'page')]);
    execFileSync('pdftoppm', ['-r', '20', '-gray', file, join(dir, 'gray')]);
    return readdirSync(dir)
      .filter((f) => f.startsWith('gray') && f.endsWith('.pgm'))
      .sort()
      .map((f) => inkShare(readFileSync(join(dir, f))));
  });
}

/** The share of non-white pixels in a binary PGM (P5) picture. */
function inkShare(pgm: Buffer): number {
  const header = pgm.subarray(0, 64).toString('latin1');
  const match = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(header);
  if (!match) throw new Error('not a PGM picture');
  const pixels = pgm.subarray(match[0].length);
  let ink = 0;
  for (const value of pixels) if (value < 235) ink++;
  return ink / pixels.length;
}
