/**
 * Data shaping for the site's pages: sorting, excerpts, metadata rows.
 * Components only render what these helpers return.
 */
import type { Provenance, Source, Sourced } from '../schemas/source.ts';

/** Shown wherever the article does not state a value. */
export const NOT_STATED = 'not stated in the source';

/** How each provenance is described next to a value. */
export const PROVENANCE_LABEL: Record<Provenance, string> = {
  text: 'from the article text',
  'front-matter': 'from the article’s front matter',
  'html-meta': 'from the page’s HTML metadata',
  'embedded-post': 'from an embedded post',
  sidecar: 'from the editor’s notes',
  derived: 'derived by Sourcebook',
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Human date for an ISO date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`), e.g. `3 July 2025`.
 * Anything else is returned unchanged. Independent of locale and time zone.
 */
export function formatDate(iso: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso.trim());
  if (!m) return iso;
  const [, year, month, day] = m;
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (month && !monthName) return iso;
  return [day ? String(Number(day)) : null, monthName ?? null, year].filter(Boolean).join(' ');
}

/** A value the article states, or null. */
export function stated(field: Sourced): string | null {
  const value = field.value?.trim();
  return value ? value : null;
}

/** Shorten `text` to at most `max` characters, cutting at a word boundary and adding `…`. */
export function excerpt(text: string, max = 240): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** An absolute http(s) URL safe to use as a link target, or null. */
export function externalUrl(value: string | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** One entry of the home page's list of sources. */
export interface SourceListItem {
  slug: string;
  title: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  /** Publisher as stated, or null. */
  publisher: string | null;
  /** Date for display, or null. */
  date: string | null;
  /** ISO date for `<time datetime>`, or null. */
  dateIso: string | null;
  /** For a copy of an article first published elsewhere: the day this copy was republished, for display, or null. */
  republished: string | null;
  /** Opening of the first paragraph (or the standfirst), plain text. */
  excerpt: string;
}

/** Order: dated sources newest first, then undated ones; ties by title, then slug. */
export function compareSources(a: Source, b: Source): number {
  const da = stated(a.date);
  const db = stated(b.date);
  if (da && db && da !== db) return da < db ? 1 : -1;
  if (da && !db) return -1;
  if (!da && db) return 1;
  return a.title.localeCompare(b.title, 'en') || a.slug.localeCompare(b.slug, 'en');
}

/** The home page's list: all sources, sorted, with display fields. */
export function sourceList(sources: readonly Source[]): SourceListItem[] {
  return [...sources].sort(compareSources).map((source) => {
    const dateIso = stated(source.date);
    return {
      slug: source.slug,
      title: source.title,
      lang: source.lang,
      dir: source.dir,
      publisher: stated(source.publisher),
      date: dateIso ? formatDate(dateIso) : null,
      dateIso,
      republished: source.republished?.date.value ? formatDate(source.republished.date.value) : null,
      excerpt: excerpt(source.paragraphs[0]?.text ?? source.standfirst ?? ''),
    };
  });
}

/** One row of a source page's metadata table. */
export interface MetaRow {
  label: string;
  /** Display value, or null when not stated. */
  value: string | null;
  /** Machine value for `<time datetime>` (dates only). */
  datetime?: string;
  /** Link target for the value (http(s) URLs only). */
  link?: string;
  /** Where the value came from, in words. */
  provenance: string | null;
  /** The text the value was read from, when different from the value. */
  evidence?: string;
}

function row(label: string, field: Sourced, kind: 'text' | 'date' | 'url' = 'text'): MetaRow {
  const value = stated(field);
  const result: MetaRow = {
    label,
    value: value && kind === 'date' ? formatDate(value) : value,
    provenance: value && field.from ? PROVENANCE_LABEL[field.from] : null,
  };
  if (value && kind === 'date') result.datetime = value;
  const link = kind === 'url' ? externalUrl(value) : null;
  if (link) result.link = link;
  if (value && field.evidence && field.evidence.trim() !== value) result.evidence = field.evidence;
  return result;
}

/** How a title's provenance is described: a derived title is made from the opening words. */
const TITLE_PROVENANCE: Record<Provenance, string> = {
  ...PROVENANCE_LABEL,
  text: 'from the article’s headline',
  derived: 'derived by Sourcebook from the opening sentence; the article has no headline',
};

/** English name of a BCP 47 language tag, e.g. `English (en)`; the bare tag when unknown. */
export function languageName(tag: string): string {
  if (tag === 'und') return 'undetermined (und)';
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' }).of(tag);
    return name ? `${name} (${tag})` : tag;
  } catch {
    return tag;
  }
}

/** The metadata shown at the top of a source page, in display order. */
export function sourceMeta(source: Source): MetaRow[] {
  return [
    { label: 'Title', value: source.title, provenance: TITLE_PROVENANCE[source.titleFrom] },
    row('Publisher', source.publisher),
    row('Date', source.date, 'date'),
    ...republishedRows(source),
    row('Dateline', source.dateline),
    row('Author', source.author),
    row('Original URL', source.url, 'url'),
    {
      label: 'Language',
      value: languageName(source.lang),
      // The schema records the language without its provenance.
      provenance: 'stated in the input’s metadata, or else detected from the text by Sourcebook',
    },
  ];
}

/**
 * A copy of an article first published elsewhere: who republished it and when, when stated. The date is shown as
 * text, not as a machine date: citation tools would take it for the date of publication.
 */
function republishedRows(source: Source): MetaRow[] {
  if (!source.republished) return [];
  const rows: MetaRow[] = [];
  const date = row('Republished', source.republished.date);
  if (date.value) {
    date.value = `${formatDate(date.value)}${stated(source.date) ? '' : ' (date of this copy; the original’s date is not stated)'}`;
    rows.push(date);
  }
  const by = row('Republished by', source.republished.by);
  if (by.value) rows.push(by);
  return rows;
}

/** A short name for a source in citation markers: its publisher, else the opening words of its title. */
export function shortSourceName(source: Pick<Source, 'publisher' | 'title'>, words = 4): string {
  const publisher = stated(source.publisher);
  if (publisher) return publisher;
  const parts = source.title.replace(/…$/, '').split(/\s+/);
  return parts.length > words ? `${parts.slice(0, words).join(' ').replace(/[,;:.]+$/, '')}…` : source.title;
}
