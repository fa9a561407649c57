import { create } from 'zustand';
import type historyTexts from '../i18n/id/history.json';
import type { MutationFactory } from './runner.ts';

/** What a step did, as a key of `history:steps` ("Dibatalkan: memindah kartu"). */
export type StepLabel = keyof (typeof historyTexts)['steps'];

/**
 * One undoable step, recorded when its change starts (not when it answers): Ctrl+Z pressed while
 * a change is still saving undoes that change, once it has settled. `reverse` resolves with the
 * change that takes it back, or null when the core refused the change (it never happened).
 */
export interface Step {
  label: StepLabel;
  reverse: Promise<MutationFactory | null>;
}

interface HistoryState {
  past: Step[];
  future: Step[];
}

const LIMIT = 200;

/** The app's one history: board and setup steps alike, each undone and redone through the core. */
export const useHistory = create<HistoryState>(() => ({ past: [], future: [] }));

/** A change started: its step goes on the history now; `settle` says how to take it back. */
export function recordStep(label: StepLabel): { step: Step; settle(reverse: MutationFactory | null): void } {
  let settle!: (reverse: MutationFactory | null) => void;
  const step: Step = { label, reverse: new Promise((resolve) => (settle = resolve)) };
  useHistory.setState((s) => ({ past: [...s.past.slice(-(LIMIT - 1)), step], future: [] }));
  return {
    step,
    settle(reverse) {
      settle(reverse);
      if (reverse === null) forget(step);
    },
  };
}

export function clearHistory() {
  useHistory.setState({ past: [], future: [] });
}

function forget(step: Step) {
  useHistory.setState((s) => ({ past: s.past.filter((x) => x !== step), future: s.future.filter((x) => x !== step) }));
}

/** How a step is taken back or done again: set by the runner (no import circle). */
let executeReverse: (reverse: MutationFactory) => Promise<MutationFactory | null> = async () => null;

export function setStepExecutor(execute: typeof executeReverse) {
  executeReverse = execute;
}

let queue: Promise<unknown> = Promise.resolve();

/** Undoes the newest step; resolves with it, or null when there was nothing to undo or the core refused. */
export function undo(): Promise<Step | null> {
  return serially(() => move('past', 'future'));
}

export function redo(): Promise<Step | null> {
  return serially(() => move('future', 'past'));
}

/** "Urungkan" on a notice: takes this step back, whether or not it is still the newest. */
export function takeBack(step: Step): Promise<Step | null> {
  return serially(async () => {
    if (useHistory.getState().past.at(-1) === step) return move('past', 'future');
    if (!useHistory.getState().past.includes(step)) return null;
    forget(step);
    const reverse = await step.reverse;
    return reverse && (await executeReverse(reverse)) ? step : null;
  });
}

/** One undo or redo at a time, in the order pressed. */
function serially<T>(task: () => Promise<T>): Promise<T> {
  const next = queue.then(task, task);
  queue = next.catch(() => undefined);
  return next;
}

async function move(from: 'past' | 'future', to: 'past' | 'future'): Promise<Step | null> {
  for (;;) {
    const step = useHistory.getState()[from].at(-1);
    if (!step) return null;
    useHistory.setState((s) => ({ [from]: s[from].slice(0, -1) }) as Partial<HistoryState>);
    const reverse = await step.reverse;
    // A change the core refused never happened: on to the one before.
    if (!reverse) continue;
    const again = await executeReverse(reverse);
    if (!again) {
      // Refused (the message is shown): the step stays where it was, to try again.
      useHistory.setState((s) => ({ [from]: [...s[from], step] }) as Partial<HistoryState>);
      return null;
    }
    const moved: Step = { label: step.label, reverse: Promise.resolve(again) };
    useHistory.setState((s) => ({ [to]: [...s[to], moved] }) as Partial<HistoryState>);
    return moved;
  }
}
