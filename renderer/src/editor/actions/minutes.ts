import type { SessionMinutes } from '#shared/photos.ts';
import { call } from '../../api/client.ts';
import { ask } from '../ask.ts';
import { run, type MutationFactory } from '../runner.ts';
import { tables } from '../store.ts';

/** Each session's minutes (notulen): saved with the form's button, undone by saving the text before. */

export async function loadMinutes(workshopId: string): Promise<void> {
  const minutes = await ask('minutes.list', { workshopId });
  if (minutes) tables.minutes.replace(minutes, (m) => m.workshopId === workshopId);
}

/** Resolves with the saved minutes; null when the text is as saved. */
export function saveMinutes(sessionId: string, text: string) {
  return run(minutesChange(sessionId, text));
}

function minutesChange(sessionId: string, text: string): MutationFactory<SessionMinutes> {
  return () => {
    const before = tables.minutes.get(sessionId)?.text ?? '';
    // The core keeps no trailing spaces or lines, and no text of blanks alone.
    if (before === (text.trim() === '' ? '' : text.trimEnd())) return null;
    return {
      label: 'minutes',
      save: () => call('minutes.save', { sessionId, text }),
      reconcile: (minutes) => tables.minutes.accept([minutes]),
      inverse: () => minutesChange(sessionId, before),
    };
  };
}
