/**
 * The light formatting minutes (notulen) may use, the same in the app and in the report:
 * a blank line starts a new paragraph, lines starting with "- " or "* " are bullets, lines
 * starting with "1. " are numbered, and **double asterisks** make bold text.
 */
export type MinutesBlock =
  | { type: 'paragraph'; lines: MinutesRun[][] }
  | { type: 'bullets'; items: MinutesRun[][] }
  | { type: 'numbered'; items: MinutesRun[][] };

export interface MinutesRun {
  text: string;
  bold: boolean;
}

const BULLET = /^\s*[-*•]\s+/;
const NUMBERED = /^\s*\d{1,3}[.)]\s+/;

export function parseMinutes(text: string): MinutesBlock[] {
  const blocks: MinutesBlock[] = [];
  let current = null as MinutesBlock | null;
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    if (line.trim() === '') {
      current = null;
      continue;
    }
    const type = BULLET.test(line) ? 'bullets' : NUMBERED.test(line) ? 'numbered' : 'paragraph';
    if (type === 'paragraph') {
      if (current?.type !== 'paragraph') blocks.push((current = { type, lines: [] }));
      current.lines.push(runs(line.trim()));
    } else {
      if (current === null || current.type !== type) blocks.push((current = { type, items: [] }));
      (current as { items: MinutesRun[][] }).items.push(runs(line.replace(type === 'bullets' ? BULLET : NUMBERED, '')));
    }
  }
  return blocks;
}

function runs(line: string): MinutesRun[] {
  return line
    .split(/(\*\*[^*]+\*\*)/)
    .filter(Boolean)
    .map((part) => (part.startsWith('**') && part.endsWith('**') && part.length > 4 ? { text: part.slice(2, -2), bold: true } : { text: part, bold: false }));
}
