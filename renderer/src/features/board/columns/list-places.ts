/**
 * Where each drawn item of a long column stands in the whole column, for a screen reader: the page
 * holds only the items near the screen (`useColumnWindow`), so a reader would count those alone;
 * `aria-posinset` / `aria-setsize` on each item say "45 dari 100".
 *
 * Written onto the items' elements here, not passed to the cards as props: as props, a drop
 * redrew every drawn card below it (their places moved) and every drawn card of both columns
 * (their set sizes changed), about 35 cards on the bench's board, for two attributes.
 * React does not manage these two attributes on the items, so it never overwrites them.
 */
export class ListPlaces {
  private places = new Map<string, number>();
  private size = 0;
  private readonly nodes = new Map<string, HTMLElement>();

  /** After each render of the column: its items in order, and whether it is drawn in part. */
  follow(items: readonly string[], long: boolean) {
    if (!long) {
      // Drawn whole, the list counts for itself: the places come off, and nothing is kept.
      for (const node of this.nodes.values()) unmark(node);
      this.nodes.clear();
      this.places.clear();
      return;
    }
    this.places = new Map(items.map((item, index) => [item, index + 1]));
    this.size = items.length;
    for (const [id, node] of this.nodes) {
      if (node.isConnected) this.mark(id, node);
      else this.nodes.delete(id);
    }
  }

  /**
   * An item's element, from its ref. One React lets go of stays known until it leaves the page: a
   * column that stops being long lets go of its refs first, then must take the places off.
   */
  note(id: string, node: HTMLElement | null) {
    if (!node) return;
    this.nodes.set(id, node);
    this.mark(id, node);
  }

  private mark(id: string, node: HTMLElement) {
    const place = this.places.get(id);
    if (place === undefined) return unmark(node);
    setIfChanged(node, 'aria-posinset', String(place));
    setIfChanged(node, 'aria-setsize', String(this.size));
  }
}

function unmark(node: HTMLElement) {
  node.removeAttribute('aria-posinset');
  node.removeAttribute('aria-setsize');
}

function setIfChanged(node: HTMLElement, name: string, value: string) {
  if (node.getAttribute(name) !== value) node.setAttribute(name, value);
}
