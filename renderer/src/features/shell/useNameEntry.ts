import { useState, type FormEvent } from 'react';

/**
 * A one-line field that adds something by its name (a group, a kind, a juror), as a facilitator
 * types a list: Enter adds what was typed and empties the field at once, ready for the next name
 * (emptied when the save answered, it lost the name typed meanwhile: the new item is drawn from
 * its event a moment before the answer). A refused save puts its words back to be mended, unless
 * the hand has typed on. A blank field adds nothing, so a double Enter or click adds one.
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
