/**
 * Answers to questions asked one after another, of which only the latest counts: an answer is
 * shown only if no later question was asked meanwhile and the asker has not stopped. (Two reads
 * of the board can answer out of order, and a late answer read before the door closed must not
 * bring the board back.) A null answer shows nothing.
 */
export function latestAnswer<T>(show: (answer: T) => void) {
  let asked = 0;
  let stopped = false;
  return {
    ask(answer: Promise<T | null>) {
      const question = ++asked;
      void answer.then((value) => {
        if (value !== null && question === asked && !stopped) show(value);
      });
    },
    stop() {
      stopped = true;
    },
  };
}
