import { describe, expect, it } from 'vitest';
import { latestAnswer } from '../../../renderer/src/phone/latest-answer.ts';

/** A question whose answer the test gives when it likes. */
function pending<T>() {
  let give!: (value: T | null) => void;
  const answer = new Promise<T | null>((resolve) => (give = resolve));
  return { answer, give };
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('reading the board again, from a phone', () => {
  it('shows the latest read only, even when an older one answers after it', async () => {
    const shown: string[] = [];
    const reads = latestAnswer<string>((board) => shown.push(board));
    const older = pending<string>();
    const newer = pending<string>();
    reads.ask(older.answer);
    reads.ask(newer.answer);
    newer.give('vote open');
    older.give('no vote yet');
    await settle();
    expect(shown).toEqual(['vote open']);
  });

  it('shows nothing once stopped (the door closed meanwhile), nor for no answer', async () => {
    const shown: string[] = [];
    const reads = latestAnswer<string>((board) => shown.push(board));
    const late = pending<string>();
    reads.ask(late.answer);
    reads.stop();
    late.give('board before the close');
    const unanswered = latestAnswer<string>((board) => shown.push(board));
    unanswered.ask(Promise.resolve(null));
    await settle();
    expect(shown).toEqual([]);
  });
});
