import { useRef, useState, type FormEvent } from 'react';

/**
 * A one-line field that adds something by its name (a group, a kind, a juror). Enter adds what
 * was typed, and the field empties when the save answers, unless the hand has typed the next
 * name meanwhile: the new item is drawn from its event a moment before the answer comes, and
 * emptying then erased the next name (and Enter added nothing). A blank field, or the same text
 * sent again while its save is on its way (a double Enter or click), adds nothing.
 */
export function useNameEntry(add: (text: string) => Promise<unknown>) {
  const [text, setText] = useState('');
  const sending = useRef(new Set<string>());

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    const sent = text;
    if (!sent.trim() || sending.current.has(sent)) return;
    sending.current.add(sent);
    try {
      if (await add(sent)) setText((now) => (now === sent ? '' : now));
    } finally {
      sending.current.delete(sent);
    }
  }

  return { text, setText, submit };
}
