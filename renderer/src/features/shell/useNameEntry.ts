import { useState, type FormEvent } from 'react';

/**
 * A one-line field that adds something by its name (a group, a kind, a juror), as a facilitator
 * types a list: Enter adds what was typed and empties the field at once, ready for the next name.
 * It used to empty when the save answered, a moment after the new item was drawn: the next name,
 * typed meanwhile, was erased, or (kept) ran on from the last one ("TBM PelangiTBM Cahaya").
 * A refused save puts its words back to be mended, unless the hand has typed on. A blank field
 * adds nothing, so a double Enter or click adds one.
 */
export function useNameEntry(add: (text: string) => Promise<unknown>) {
  const [text, setText] = useState('');

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    const sent = text;
    if (!sent.trim()) return;
    setText('');
    if (!(await add(sent))) setText((now) => (now === '' ? sent : now));
  }

  return { text, setText, submit };
}
