import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pdfPages, pdfWordBoxes } from '../reports/pdf-tools.ts';

/**
 * What is on a page besides the running header (workshop title, report title) and the
 * "Halaman 3 dari 12" footer: a page with nothing else is an empty page.
 */
export function bodyOfPages(pdf: Uint8Array, frame: string[]): string[] {
  return pdfPages(pdf).map((page) => {
    let body = page.replace(/(Halaman|Page) \d+ (dari|of) \d+/g, '');
    for (const line of frame) body = body.split(line).join('');
    return body.trim();
  });
}

/**
 * Header words that pdfmake broke inside: a word box that is the start of a header word
 * while another box holds its rest ("Pengelol" + "a"). Returns the words found broken.
 */
export function brokenWords(pdf: Uint8Array, headerWords: string[]): string[] {
  const boxes = new Set(pdfWordBoxes(pdf).map((b) => b.word.replace(/[.,:;()]/g, '')));
  return headerWords.filter((word) => {
    for (let cut = 2; cut < word.length - 0; cut++) {
      if (boxes.has(word.slice(0, cut)) && boxes.has(word.slice(cut)) && !boxes.has(word)) return true;
    }
    return false;
  });
}

/** How many pictures a PDF embeds, from `pdfimages -list`. */
export function pdfImageCount(pdf: Uint8Array): number {
  const file = join(mkdtempSync(join(tmpdir(), 'rembuk-pdf-')), 'report.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).split('\n').slice(2).filter((l) => /\bimage\b/.test(l)).length;
}
