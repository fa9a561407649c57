import { createRequire } from 'node:module';
import type * as PdfMakeModule from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { EMOJI_FONT, FONT_FILES, TEXT_FONT } from './fonts.ts';

/**
 * The one module that touches pdfmake (0.3, server side): bundled fonts only, no file or URL
 * a document could ask for, and progress while pages are drawn. Everything else builds plain
 * document definitions.
 */
const require = createRequire(import.meta.url);
type PdfMake = typeof PdfMakeModule;
let pdfmake: PdfMake | undefined;

function load(): PdfMake {
  if (pdfmake) return pdfmake;
  const instance = require('pdfmake') as PdfMake;
  const emoji = FONT_FILES.emoji;
  instance.setFonts({
    [TEXT_FONT]: { ...FONT_FILES.text },
    // One face serves all four styles: an emoji inside bold text stays an emoji.
    [EMOJI_FONT]: { normal: emoji, bold: emoji, italics: emoji, bolditalics: emoji },
  });
  const fontFiles = new Set<string>([...Object.values(FONT_FILES.text), emoji]);
  instance.setUrlAccessPolicy(() => false);
  instance.setLocalAccessPolicy((path) => fontFiles.has(path));
  pdfmake = instance;
  return instance;
}

/** Lays out and draws the document; `onProgress` gets 0–1 while pages are drawn. */
export async function renderPdf(document: TDocumentDefinitions, onProgress?: (share: number) => void): Promise<Uint8Array> {
  const instance = load();
  instance.setProgressCallback(onProgress ?? (() => undefined));
  const buffer = await instance.createPdf(document).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
