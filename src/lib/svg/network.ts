/**
 * The network of who appears with whom: people mentioned in the same
 * paragraph, drawn on a circle (no force simulation, so the same data always
 * gives the same picture). Nodes are placed greedily so that strongly linked
 * people sit next to each other; a line's width grows with the number of
 * paragraphs the two share.
 */
import { type Picture, type Shape, label, r1, textWidth } from './picture.ts';

export interface NetworkNode {
  id: string;
  name: string;
  /** Mentions, for the node's size. */
  weight: number;
}

export interface NetworkEdge {
  a: string;
  b: string;
  /** Paragraphs shared. */
  weight: number;
}

const FONT = 12;
const SUFFIXES = new Set(['II', 'III', 'IV', 'Jr', 'Jr.', 'Sr', 'Sr.']);

/** A short label: the family name (without a suffix such as II); the full name when two people would share it. */
export function shortLabels(nodes: readonly NetworkNode[]): Map<string, string> {
  const last = (name: string) => {
    const words = name.split(/\s+/).filter((w) => !SUFFIXES.has(w));
    return words.at(-1) ?? name;
  };
  const counts = new Map<string, number>();
  for (const n of nodes) counts.set(last(n.name), (counts.get(last(n.name)) ?? 0) + 1);
  return new Map(nodes.map((n) => [n.id, counts.get(last(n.name))! > 1 ? n.name : last(n.name)]));
}

/** Circle order: start from the best-connected node, then always the unplaced node most strongly linked to the last one (ties by name). */
export function circleOrder(nodes: readonly NetworkNode[], edges: readonly NetworkEdge[]): NetworkNode[] {
  const weight = new Map<string, number>();
  const degree = new Map<string, number>();
  for (const e of edges) {
    weight.set(`${e.a}|${e.b}`, e.weight);
    weight.set(`${e.b}|${e.a}`, e.weight);
    degree.set(e.a, (degree.get(e.a) ?? 0) + e.weight);
    degree.set(e.b, (degree.get(e.b) ?? 0) + e.weight);
  }
  const byName = (a: NetworkNode, b: NetworkNode) => a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : 1);
  const left = [...nodes].sort((a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) || byName(a, b));
  const order: NetworkNode[] = [];
  while (left.length > 0) {
    const last = order.at(-1);
    let pick = 0;
    if (last) {
      let best = -1;
      left.forEach((n, i) => {
        const w = weight.get(`${last.id}|${n.id}`) ?? 0;
        if (w > best) {
          best = w;
          pick = i;
        }
      });
    }
    order.push(left.splice(pick, 1)[0]!);
  }
  return order;
}

export function networkPicture(id: string, nodes: readonly NetworkNode[], edges: readonly NetworkEdge[], title = 'Who appears with whom'): Picture {
  const order = circleOrder(nodes, edges);
  const labels = shortLabels(order);
  const n = order.length;
  const radius = Math.min(210, 110 + Math.max(0, n - 6) * 8);
  const labelRoom = Math.max(...order.map((node) => textWidth(labels.get(node.id)!, FONT)), 40) + 14;
  const cx = r1(radius + labelRoom + 6);
  const cy = r1(radius + 28);
  const at = new Map<string, { x: number; y: number; angle: number }>();
  order.forEach((node, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(n, 1);
    at.set(node.id, { x: r1(cx + radius * Math.cos(angle)), y: r1(cy + radius * Math.sin(angle)), angle });
  });
  const shapes: Shape[] = [];
  const sortedEdges = [...edges].sort((a, b) => a.weight - b.weight || (a.a + a.b < b.a + b.b ? -1 : 1));
  for (const e of sortedEdges) {
    const p = at.get(e.a);
    const q = at.get(e.b);
    if (!p || !q) continue;
    shapes.push({ kind: 'line', x1: p.x, y1: p.y, x2: q.x, y2: q.y, cls: 'pic-edge', width: r1(Math.min(8, 1 + (e.weight - 1) * 1.5)) });
  }
  for (const node of order) {
    const p = at.get(node.id)!;
    shapes.push({ kind: 'circle', cx: p.x, cy: p.y, r: r1(4 + Math.min(6, Math.sqrt(node.weight))), cls: 'pic-node' });
    const cos = Math.cos(p.angle);
    const sin = Math.sin(p.angle);
    const anchor = Math.abs(cos) < 0.2 ? 'middle' : cos > 0 ? 'start' : 'end';
    const dx = anchor === 'middle' ? 0 : cos > 0 ? 14 : -14;
    const dy = anchor === 'middle' ? (sin < 0 ? -14 : 22) : 4 + sin * 6;
    shapes.push(label(p.x + dx, p.y + dy, labels.get(node.id)!, ['pic-text'], anchor));
  }
  const strongest = [...edges].sort((a, b) => b.weight - a.weight)[0];
  const name = (nid: string) => nodes.find((x) => x.id === nid)?.name ?? nid;
  return {
    id,
    title,
    desc:
      n === 0
        ? 'No two people are mentioned in the same paragraph.'
        : `${n} people on a circle; a line joins two people mentioned in the same paragraph, thicker the more paragraphs they share.${
            strongest ? ` The strongest link is ${name(strongest.a)} and ${name(strongest.b)} (${strongest.weight} ${strongest.weight === 1 ? 'paragraph' : 'paragraphs'}).` : ''
          } The same links are listed in the table beside the picture.`,
    width: r1(cx * 2),
    height: r1(cy * 2),
    shapes,
  };
}
