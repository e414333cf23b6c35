/** Small text helpers for the view models: marking words in a sentence, shortening, number formats. */

/** A run of text, marked when it is one of the words looked for. */
export interface Segment {
  text: string;
  hit: boolean;
}

/**
 * `text` split into runs, with every occurrence of each of `needles` marked
 * (overlaps merged; the longest needle wins at a position). Deterministic.
 */
export function highlight(text: string, needles: readonly string[]): Segment[] {
  const ranges: [number, number][] = [];
  for (const needle of [...new Set(needles)].filter(Boolean).sort((a, b) => b.length - a.length)) {
    let from = 0;
    let found = false;
    for (;;) {
      const at = text.indexOf(needle, from);
      if (at < 0) break;
      ranges.push([at, at + needle.length]);
      from = at + needle.length;
      found = true;
    }
    // Not there as written: allow editorial brackets and other spacing (`President [Donald] Trump`).
    if (!found) for (const m of text.matchAll(loosely(needle))) ranges.push([m.index, m.index + m[0].length]);
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged.at(-1);
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  const out: Segment[] = [];
  let at = 0;
  for (const [start, end] of merged) {
    if (start > at) out.push({ text: text.slice(at, start), hit: false });
    out.push({ text: text.slice(start, end), hit: true });
    at = end;
  }
  if (at < text.length) out.push({ text: text.slice(at), hit: false });
  return out;
}

/** A pattern for `needle`'s words with optional brackets around each and any spacing between. */
function loosely(needle: string): RegExp {
  const words = needle.split(/\s+/).filter(Boolean).map((w) => `[\\[(]?${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[\\])]?`);
  return new RegExp(words.join('\\s+'), 'g');
}

/** True when some segment is marked. */
export const hasHit = (segments: readonly Segment[]): boolean => segments.some((s) => s.hit);

/** Made once: a formatter costs far more to make than to use, and every figure on every page is formatted. */
const PLAIN = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
const COMPACT = new Intl.NumberFormat('en', { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 });

/** Number with thousands separators (English, independent of the machine's locale). */
export function formatNumber(value: number): string {
  return PLAIN.format(value);
}

/** A large number in words, e.g. `6 trillion`, `68.5 million`; small numbers as digits. */
export function compactNumber(value: number): string {
  if (Math.abs(value) < 10_000) return formatNumber(value);
  return COMPACT.format(value);
}

/** First letter in upper case. */
export function capitalise(s: string): string {
  return s ? s.charAt(0).toLocaleUpperCase('en') + s.slice(1) : s;
}

/** `a`, `a and b`, `a, b and c`. */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
