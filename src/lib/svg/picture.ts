/**
 * A picture drawn at build time: a list of shapes in a viewBox, rendered as
 * inline SVG by src/components/Picture.astro. The layouts (timeline.ts,
 * network.ts, bars.ts) only compute coordinates; colours come from CSS
 * classes (src/styles/xref.css) that use the site's colour variables, so the
 * pictures follow light and dark mode. Coordinates are rounded, so the same
 * data always gives the same markup.
 */

/** Classes a shape can carry; each is styled in src/styles/xref.css. */
export type ShapeClass =
  | 'pic-axis'
  | 'pic-dot'
  | 'pic-dot-open'
  | 'pic-edge'
  | 'pic-node'
  | 'pic-bar'
  | 'pic-bar-range'
  | 'pic-track'
  | 'pic-text'
  | 'pic-strong'
  | 'pic-muted'
  | 'pic-small';

export type Shape =
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; cls: ShapeClass; width?: number }
  | { kind: 'circle'; cx: number; cy: number; r: number; cls: ShapeClass }
  | { kind: 'rect'; x: number; y: number; width: number; height: number; cls: ShapeClass }
  | { kind: 'text'; x: number; y: number; anchor: 'start' | 'middle' | 'end'; cls: ShapeClass[]; lines: string[]; lineHeight: number };

export interface Picture {
  /** Prefix for the ids of <title> and <desc> (unique on the page). */
  id: string;
  /** Accessible name. */
  title: string;
  /** Accessible description: what the picture shows, in a sentence or two. */
  desc: string;
  width: number;
  height: number;
  shapes: Shape[];
}

/** Round to one decimal (keeps the markup short and stable). */
export const r1 = (n: number): number => Math.round(n * 10) / 10;

/** Rough width of `text` at `size` px in the site's sans-serif (about 0.56 em per character). */
export function textWidth(text: string, size: number): number {
  return text.length * size * 0.56;
}

/** Break `text` into lines of at most `max` characters, at spaces (a longer word gets a line of its own). */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [''];
}

/** `text` cut to `max` characters with an ellipsis. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** A text shape. */
export function label(x: number, y: number, lines: string | string[], cls: ShapeClass[] = ['pic-text'], anchor: 'start' | 'middle' | 'end' = 'start', lineHeight = 16): Shape {
  return { kind: 'text', x: r1(x), y: r1(y), anchor, cls, lines: Array.isArray(lines) ? lines : [lines], lineHeight };
}
