import { Unzip, UnzipInflate } from 'fflate';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { assertCellLength, CellCollector, IMPORT_LIMITS, UnreadableFile } from './limits.ts';
import { cellText, isDateFormat } from './xlsx-values.ts';

export interface Sheet {
  name: string;
  rows: string[][];
}

type OpenTag = (name: string, attributes: Record<string, string>) => void;
type CloseTag = (name: string) => void;
type Text = (text: string) => void;

/**
 * Reads an .xlsx by streaming its parts (fflate inflates, saxes parses) and keeps only the cells
 * that hold a value, checking the limits (limits.ts) as each one arrives: a sheet's declared size,
 * a lone far cell or a zip bomb never becomes a grid. First the small parts (workbook, relations,
 * styles, shared strings), then each sheet in the workbook's order.
 */
export function readXlsx(bytes: Uint8Array): Sheet[] {
  const parts = new Map<string, Tag[]>();
  const strings: string[] = [];
  streamParts(bytes, (name) => {
    if (name === 'xl/sharedStrings.xml') return sharedStringsReader(strings);
    if (name === 'xl/workbook.xml' || name === 'xl/_rels/workbook.xml.rels' || name === 'xl/styles.xml') return tagCollector(name, parts);
    return null;
  });
  const workbook = parts.get('xl/workbook.xml');
  if (!workbook) throw new UnreadableFile('spreadsheet_unreadable', 'No xl/workbook.xml');
  const { sheets, date1904 } = readWorkbook(workbook, parts.get('xl/_rels/workbook.xml.rels') ?? []);
  const dateStyles = readDateStyles(parts.get('xl/styles.xml') ?? []);

  const collectors = new Map(sheets.map((s) => [s.path, new CellCollector()]));
  streamParts(bytes, (name) => {
    const collector = collectors.get(name);
    return collector ? sheetReader(collector, { strings, dateStyles, date1904 }) : null;
  });
  return sheets.map((s) => ({ name: s.name, rows: collectors.get(s.path)!.grid() }));
}

/** What a reader does with one part's XML, chunk by chunk. */
interface PartReader {
  onOpen: OpenTag;
  onClose: CloseTag;
  onText: Text;
}

/**
 * Compressed input goes in small slices, and inflated XML to the parser in small slices, so a
 * refusal comes as soon as its cell is seen: deflate can grow 4 KB into 4 MB, not into gigabytes.
 */
const INPUT_SLICE = 4 * 1024;
const XML_SLICE = 16 * 1024;
/** Text longer than the longest cell (UTF-8, escaped) with no tag in between is refused at once. */
const MAX_BYTES_BETWEEN_TAGS = IMPORT_LIMITS.cellChars * 6 + XML_SLICE;

function streamParts(bytes: Uint8Array, readerFor: (name: string) => PartReader | null) {
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.onfile = (file) => {
    const reader = readerFor(file.name.replace(/^\//, ''));
    if (!reader) return;
    let fed = 0;
    let lastTagAt = 0;
    const tagSeen = () => (lastTagAt = fed);
    const parser = xmlParser({
      onOpen: (name, attributes) => (tagSeen(), reader.onOpen(name, attributes)),
      onClose: (name) => (tagSeen(), reader.onClose(name)),
      onText: reader.onText,
    });
    const decoder = new TextDecoder('utf-8');
    file.ondata = (error, chunk, final) => {
      // fflate hands an error thrown by this handler back to it: a refusal passes through as it is.
      if (error) throw error instanceof UnreadableFile ? error : new UnreadableFile('spreadsheet_unreadable', `${file.name}: ${error.message}`);
      for (let at = 0; at < chunk.length; at += XML_SLICE) {
        const slice = chunk.subarray(at, at + XML_SLICE);
        fed += slice.length;
        if (fed > IMPORT_LIMITS.partBytes) throw new UnreadableFile('spreadsheet_too_complex', `${file.name} unpacks to more than ${IMPORT_LIMITS.partBytes} bytes`);
        parser.write(decoder.decode(slice, { stream: true }));
        if (fed - lastTagAt > MAX_BYTES_BETWEEN_TAGS) throw new UnreadableFile('spreadsheet_cell_too_long', `${file.name}: text without end`, IMPORT_LIMITS.cellChars);
      }
      if (final) {
        parser.write(decoder.decode());
        parser.close();
      }
    };
    file.start();
  };
  const input = bytes instanceof Buffer ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) : bytes;
  try {
    for (let at = 0; at < input.length; at += INPUT_SLICE) unzip.push(input.subarray(at, at + INPUT_SLICE), at + INPUT_SLICE >= input.length);
  } catch (error) {
    if (error instanceof UnreadableFile) throw error;
    throw new UnreadableFile('spreadsheet_unreadable', `The workbook cannot be read: ${String(error)}`);
  }
}

function xmlParser(reader: PartReader): SaxesParser {
  const parser = new SaxesParser();
  const local = (name: string) => name.slice(name.indexOf(':') + 1);
  parser.on('opentag', (tag: SaxesTagPlain) => reader.onOpen(local(tag.name), tag.attributes as Record<string, string>));
  parser.on('closetag', (tag: SaxesTagPlain) => reader.onClose(local(tag.name)));
  parser.on('text', reader.onText);
  parser.on('cdata', reader.onText);
  parser.on('error', (error) => {
    throw new UnreadableFile('spreadsheet_unreadable', `Broken XML: ${error.message}`);
  });
  return parser;
}

/** A tag of a small part, with its attributes. */
type Tag = [name: string, attributes: Record<string, string>];

/** A small part kept as its tags in document order (its text is not needed). */
function tagCollector(name: string, parts: Map<string, Tag[]>): PartReader {
  const tags: Tag[] = [];
  parts.set(name, tags);
  return { onOpen: (tag, attributes) => tags.push([tag, attributes]), onClose: () => undefined, onText: () => undefined };
}

function readWorkbook(tags: Tag[], relations: Tag[]) {
  const targets = new Map(relations.filter(([tag]) => tag === 'Relationship').map(([, a]) => [a.Id, a.Target]));
  const date1904 = tags.some(([tag, a]) => tag === 'workbookPr' && (a.date1904 === '1' || a.date1904 === 'true'));
  const sheets = tags
    .filter(([tag]) => tag === 'sheet')
    .map(([, a]) => ({ name: a.name ?? '', target: targets.get(a['r:id'] ?? '') }))
    .filter((s): s is { name: string; target: string } => typeof s.target === 'string')
    .map((s) => ({ name: s.name, path: s.target.startsWith('/') ? s.target.slice(1) : `xl/${s.target.replace(/^\.\//, '')}` }));
  return { sheets, date1904 };
}

/** Which cell styles (by index) show a number as a date. */
function readDateStyles(tags: Tag[]): Set<number> {
  const formats = new Map(tags.filter(([tag]) => tag === 'numFmt').map(([, a]) => [Number(a.numFmtId), a.formatCode ?? '']));
  const dates = new Set<number>();
  let inCellXfs = false;
  let index = 0;
  for (const [tag, a] of tags) {
    if (tag === 'cellXfs') inCellXfs = true;
    else if (tag === 'cellStyles' || tag === 'dxfs') inCellXfs = false;
    else if (tag === 'xf' && inCellXfs) {
      const id = Number(a.numFmtId ?? 0);
      if (isDateFormat(id, formats.get(id))) dates.add(index);
      index++;
    }
  }
  return dates;
}

function sharedStringsReader(strings: string[]): PartReader {
  let current: string | null = null;
  let inText = false;
  return {
    onOpen(tag) {
      if (tag === 'si') current = '';
      else if (tag === 't') inText = true;
      // Phonetic runs (rPh) repeat the text in another script; they are not part of the value.
      else if (tag === 'rPh') inText = false;
    },
    onClose(tag) {
      if (tag === 't') inText = false;
      else if (tag === 'si') {
        if (strings.length >= IMPORT_LIMITS.rows * IMPORT_LIMITS.columns) throw new UnreadableFile('spreadsheet_too_complex', 'Too many shared strings');
        strings.push(current ?? '');
        current = null;
      }
    },
    onText(text) {
      if (!inText || current === null) return;
      current += text;
      assertCellLength(current.length);
    },
  };
}

interface SheetContext {
  strings: string[];
  dateStyles: Set<number>;
  date1904: boolean;
}

function sheetReader(collector: CellCollector, context: SheetContext): PartReader {
  let row = 0;
  let column = 0;
  let cell: { type: string; style: number; value: string } | null = null;
  let inValue = false;
  return {
    onOpen(tag, a) {
      if (tag === 'row') {
        const given = Number(a.r);
        row = Number.isInteger(given) && given > 0 ? given : row + 1;
        column = 0;
      } else if (tag === 'c') {
        column = a.r ? columnOf(a.r) : column + 1;
        cell = { type: a.t ?? 'n', style: Number(a.s ?? 0), value: '' };
      } else if (cell && (tag === 'v' || tag === 't')) inValue = true;
    },
    onClose(tag) {
      if (tag === 'v' || tag === 't') inValue = false;
      else if (tag === 'c' && cell) {
        collector.add(row, column, cellText(cell, context));
        cell = null;
      }
    },
    onText(text) {
      if (!inValue || !cell) return;
      cell.value += text;
      assertCellLength(cell.value.length);
    },
  };
}

/** "XFD5000" → 16384. */
function columnOf(reference: string): number {
  let column = 0;
  for (const ch of reference) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
    // Past XFD is not a cell of any Excel sheet; stop counting before the number grows silly.
    if (column > 16384) break;
  }
  return column;
}
