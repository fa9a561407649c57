import type { Content } from 'pdfmake/interfaces';

type Margins = [number, number, number, number];
type Node = Exclude<Content, string | Content[]> & { margin?: number | [number, number] | Margins; pageBreak?: string; stack?: Content[] };

/**
 * pdfmake starts a new page when a block's bottom margin does not fit on the page it ends on;
 * when the next block starts a section on a new page anyway, that page stays blank. So space
 * below a block becomes space above the next one (and is dropped before a page break): a page
 * is only ever started by content.
 */
export function liftBottomMargins(nodes: Content[]): Content[] {
  const out = nodes.map((node): Content => (isNode(node) && node.stack ? ({ ...(node as object), stack: liftBottomMargins(node.stack) } as Node) : node));
  for (let i = 0; i < out.length; i++) {
    const node = out[i];
    if (!isNode(node)) continue;
    // A stack passes its last block's space below on to what follows the stack.
    const last = node.stack?.at(-1);
    let below = marginsOf(node)[3];
    if (node.stack && isNode(last) && marginsOf(last)[3] > 0) {
      below += marginsOf(last)[3];
      node.stack = [...node.stack.slice(0, -1), withMargins(last, (m) => [m[0], m[1], m[2], 0])];
    }
    if (below === 0) continue;
    out[i] = withMargins(node, (m) => [m[0], m[1], m[2], 0]);
    const next = out[i + 1];
    if (isNode(next) && next.pageBreak === undefined) out[i + 1] = withMargins(next, (m) => [m[0], m[1] + below, m[2], m[3]]);
  }
  return out;
}

function isNode(node: Content | undefined): node is Node {
  return typeof node === 'object' && node !== null && !Array.isArray(node);
}

function marginsOf(node: Node): Margins {
  const m = node.margin;
  if (m === undefined) return [0, 0, 0, 0];
  if (typeof m === 'number') return [m, m, m, m];
  if (m.length === 2) return [m[0], m[1], m[0], m[1]];
  return m;
}

function withMargins(node: Node, change: (m: Margins) => Margins): Node {
  return { ...(node as object), margin: change(marginsOf(node)) } as Node;
}
