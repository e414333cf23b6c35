/**
 * The timeline picture: dated events (filled dots) and the publication dates
 * of dated sources (open dots), top to bottom in date order, evenly spaced,
 * with the time elapsed between them written on the axis. Vertical, so the
 * labels stay readable on a narrow screen.
 */
import { type Picture, type Shape, label, r1, wrap } from './picture.ts';

export interface TimelineItem {
  /** YYYY-MM-DD. */
  dateIso: string;
  label: string;
  kind: 'event' | 'published';
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WIDTH = 360;
const DATE_X = 92;
const AXIS_X = 106;
const LABEL_X = 120;
const LINE = 17;
const CHARS = 32;

/** `31 Oct 2025`. */
export function shortDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
}

const dayNumber = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

/** `2 days later`, `3 months later`, `1 year later`. */
export function elapsed(from: string, to: string): string {
  const days = Math.round(dayNumber(to) - dayNumber(from));
  if (days < 60) return `${days} ${days === 1 ? 'day' : 'days'} later`;
  if (days < 730) {
    const months = Math.round(days / 30.44);
    return `${months} months later`;
  }
  const years = Math.round(days / 365.25);
  return `${years} years later`;
}

/** Items in order: by date, events before publications on the same day, then by label. */
export function sortItems(items: readonly TimelineItem[]): TimelineItem[] {
  return [...items].sort(
    (a, b) => (a.dateIso < b.dateIso ? -1 : a.dateIso > b.dateIso ? 1 : 0) || (a.kind === b.kind ? 0 : a.kind === 'event' ? -1 : 1) || a.label.localeCompare(b.label, 'en'),
  );
}

export function timelinePicture(id: string, items: readonly TimelineItem[], title = 'Timeline'): Picture {
  const sorted = sortItems(items);
  const shapes: Shape[] = [];
  // Legend.
  shapes.push({ kind: 'circle', cx: 8, cy: 10, r: 5, cls: 'pic-dot' }, label(18, 14, 'event', ['pic-text', 'pic-small']));
  shapes.push({ kind: 'circle', cx: 88, cy: 10, r: 5, cls: 'pic-dot-open' }, label(98, 14, 'article published', ['pic-text', 'pic-small']));
  let y = 40;
  let firstDot: number | null = null;
  let lastDot = 0;
  let previous: string | null = null;
  const dots: Shape[] = [];
  for (const item of sorted) {
    if (previous && previous !== item.dateIso) {
      shapes.push(label(LABEL_X, y + 10, elapsed(previous, item.dateIso), ['pic-muted', 'pic-small']));
      y += 24;
    }
    const lines = wrap(item.label, CHARS);
    const dotY = y + 6;
    firstDot ??= dotY;
    lastDot = dotY;
    if (previous !== item.dateIso) shapes.push(label(DATE_X, y + 11, shortDate(item.dateIso), ['pic-text', 'pic-strong'], 'end'));
    dots.push({ kind: 'circle', cx: AXIS_X, cy: r1(dotY), r: 5.5, cls: item.kind === 'event' ? 'pic-dot' : 'pic-dot-open' });
    shapes.push(label(LABEL_X, y + 11, lines, ['pic-text'], 'start', LINE));
    y += lines.length * LINE + 12;
    previous = item.dateIso;
  }
  if (firstDot !== null && lastDot > firstDot) shapes.push({ kind: 'line', x1: AXIS_X, y1: r1(firstDot), x2: AXIS_X, y2: r1(lastDot), cls: 'pic-axis' });
  // Dots drawn last, over the axis.
  shapes.push(...dots);
  const events = sorted.filter((i) => i.kind === 'event').length;
  const published = sorted.length - events;
  const span = sorted.length > 1 ? ` from ${shortDate(sorted[0]!.dateIso)} to ${shortDate(sorted.at(-1)!.dateIso)}` : sorted.length === 1 ? ` on ${shortDate(sorted[0]!.dateIso)}` : '';
  return {
    id,
    title,
    desc: `${events} dated ${events === 1 ? 'event' : 'events'} and ${published} dated ${published === 1 ? 'article' : 'articles'}${span}, in date order. The same items are listed beside the picture.`,
    width: WIDTH,
    height: Math.max(60, Math.ceil(y)),
    shapes,
  };
}
