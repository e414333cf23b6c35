/** Dates as people and pages write them → ISO `YYYY-MM-DD`, or null when not a real date. */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function monthIndex(name: string): number {
  const n = name.toLowerCase().replace(/\.$/, '');
  return MONTHS.findIndex((m) => m === n || (n.length >= 3 && m.startsWith(n)));
}

function iso(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m, d));
  if (y < 1000 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/** Parse "2025-10-31", "2025-10-31T09:00:00Z", "October 31, 2025", "31 October 2025", "Oct. 31, 2025". */
export function toIsoDate(value: string): string | null {
  const s = value.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(s);
  if (m) return iso(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  m = /^(?:\p{L}+,?\s+)?(\p{L}+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/u.exec(s);
  if (m && monthIndex(m[1]!) >= 0) return iso(Number(m[3]), monthIndex(m[1]!), Number(m[2]));
  m = /^(?:\p{L}+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(\p{L}+\.?),?\s+(\d{4})$/u.exec(s);
  if (m && monthIndex(m[2]!) >= 0) return iso(Number(m[3]), monthIndex(m[2]!), Number(m[1]));
  return null;
}
