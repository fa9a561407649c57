// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { ListPlaces } from '../../../renderer/src/features/board/columns/list-places.ts';

/** A drawn item of the column, in the page. */
function item(): HTMLElement {
  const li = document.createElement('li');
  document.body.append(li);
  return li;
}
const place = (node: HTMLElement) => [node.getAttribute('aria-posinset'), node.getAttribute('aria-setsize')];

afterEach(() => document.body.replaceChildren());

describe("a long column's places, for a screen reader", () => {
  it('are written on each drawn item, and on one drawn later', () => {
    const places = new ListPlaces();
    const [b, d] = [item(), item()];
    places.note('b', b);
    places.note('d', d);
    places.follow(['a', 'b', 'c', 'd'], true);
    expect([place(b), place(d)]).toEqual([['2', '4'], ['4', '4']]);
    const c = item();
    places.note('c', c);
    expect(place(c)).toEqual(['3', '4']);
  });

  it('follow a drop: the items below it move down one, and the size grows', () => {
    const places = new ListPlaces();
    const [a, b] = [item(), item()];
    places.note('a', a);
    places.note('b', b);
    places.follow(['a', 'b'], true);
    places.follow(['x', 'a', 'b'], true);
    expect([place(a), place(b)]).toEqual([['2', '3'], ['3', '3']]);
  });

  it('come off when the column is short enough to be drawn whole', () => {
    const places = new ListPlaces();
    const a = item();
    places.note('a', a);
    places.follow(['a', 'b'], true);
    // React lets go of the ref when the column stops measuring its items; the element stays.
    places.note('a', null);
    places.follow(['a'], false);
    expect(place(a)).toEqual([null, null]);
  });

  it('forget an item gone from the page', () => {
    const places = new ListPlaces();
    const a = item();
    places.note('a', a);
    places.follow(['a'], true);
    a.remove();
    places.follow(['b', 'a'], true);
    expect(place(a)).toEqual(['1', '1']);
  });
});
