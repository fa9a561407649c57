import type { Content } from 'pdfmake/interfaces';
import { parseMinutes, type MinutesRun } from '#shared/minutes-format.ts';
import type { ReportKit } from './kit.ts';

/** A session's minutes (notulen) under their heading, with the light formatting the editor allows. */
export function minutesBlock(kit: ReportKit, sessionId: string): Content[] {
  const text = kit.data.minutes[sessionId];
  if (!text?.trim()) return [];
  const line = (runs: MinutesRun[]) => ({ text: runs.flatMap((run) => [kit.print(run.text)].flat().map((part) => (typeof part === 'string' ? { text: part, bold: run.bold } : { ...part, bold: run.bold }))) });
  const blocks: Content[] = parseMinutes(text).map((block): Content => {
    if (block.type === 'bullets') return { ul: block.items.map(line), margin: [0, 0, 0, 4] };
    if (block.type === 'numbered') return { ol: block.items.map(line), margin: [0, 0, 0, 4] };
    return { stack: block.lines.map(line), margin: [0, 0, 0, 4] };
  });
  return [{ stack: [{ text: kit.words.paper.report.minutes, style: 'h3', margin: [0, 4, 0, 4] }, ...blocks], margin: [0, 0, 0, 10] }];
}
