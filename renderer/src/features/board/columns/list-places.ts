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
  private marked = false;
  private readonly nodes = new Map<string, HTMLElement>();
  private readonly refs = new Map<string, (node: HTMLElement | null) => void>();

  /** After each render of the column: its items in order, and whether it is drawn in part. */
  follow(items: readonly string[], marked: boolean) {
    this.places = new Map(items.map((item, index) => [item, index + 1]));
    this.size = items.length;
    this.marked = marked;
    for (const [id, node] of this.nodes) {
      // Kept after React let go of the ref: a column that stops being long still holds these
      // elements, and their places must come off. Gone from the page, they are forgotten.
      if (node.isConnected) this.mark(id, node);
      else this.nodes.delete(id);
    }
  }

  /** The ref of one item's element (made once per item: a stable ref does not redraw the card). */
  readonly refFor = (id: string) => {
    let ref = this.refs.get(id);
    if (!ref) {
      ref = (node) => {
        if (!node) return;
        this.nodes.set(id, node);
        this.mark(id, node);
      };
      this.refs.set(id, ref);
    }
    return ref;
  };

  private mark(id: string, node: HTMLElement) {
    const place = this.places.get(id);
    if (!this.marked || place === undefined) {
      node.removeAttribute('aria-posinset');
      node.removeAttribute('aria-setsize');
      return;
    }
    setIfChanged(node, 'aria-posinset', String(place));
    setIfChanged(node, 'aria-setsize', String(this.size));
  }
}

function setIfChanged(node: HTMLElement, name: string, value: string) {
  if (node.getAttribute(name) !== value) node.setAttribute(name, value);
}
