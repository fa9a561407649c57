import type { Content } from 'pdfmake/interfaces';
import { formatDay } from './format.ts';
import { meetingDay } from '#shared/schemas.ts';
import { reportTable, type ReportKit } from './kit.ts';
import { sessionTitle } from './session-section.ts';

/** The sessions in order: day and date, start time, title, kind and length. */
export function agendaSection(kit: ReportKit): Content {
  const { words, data } = kit;
  if (data.sessions.length === 0) return { text: words.noSessions, style: 'muted' };
  const time = (t: string | null) => (t ? t.replace(':', kit.language === 'id' ? '.' : ':') : words.notFilled);
  return reportTable(kit, {
    widths: [120, 40, '*', 70, 50],
    columns: [words.agendaColumns.day, words.agendaColumns.time, words.agendaColumns.session, words.agendaColumns.kind, words.agendaColumns.duration],
    rows: data.sessions.map((s) => [
      { text: words.dayOf(kit.number(s.day), formatDay(meetingDay(data.workshop.startDate, s.day), kit.language)) },
      { text: time(s.startTime) },
      { text: sessionTitle(kit, s) },
      { text: s.kind === 'plenary' ? words.sessionKind.plenary : words.template[s.template] },
      { text: s.durationMinutes ? words.minutes(kit.number(s.durationMinutes)) : words.notFilled },
    ]),
  });
}
