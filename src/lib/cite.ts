/**
 * Citations for a source and for each of its paragraphs, produced by
 * citation-js (https://citation.js.org/): APA, MLA and Chicago through CSL
 * styles (APA ships with @citation-js/plugin-csl; MLA and Chicago are the
 * official CSL style files vendored in ./csl/), BibTeX, RIS and CSL-JSON
 * through the citation-js output plugins. Nothing here is a string template:
 * every format comes from one CSL-JSON item per source or paragraph.
 *
 * Deterministic: no "accessed" date (it would change with every build).
 * Computed once per source page; components only render the result.
 */
import { Cite, plugins, type CslItem } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import mlaStyle from './csl/modern-language-association.csl?raw';
import chicagoStyle from './csl/chicago-note-bibliography.csl?raw';
import type { Paragraph, Source } from '../schemas/source.ts';
import { externalUrl, stated } from './site-data.ts';
import { sourceHref } from './url.ts';

/** The formats offered for every citation, in display order. */
export const CITATION_FORMATS = [
  { id: 'apa', label: 'APA', detail: 'APA 7th edition' },
  { id: 'mla', label: 'MLA', detail: 'MLA 9th edition' },
  { id: 'chicago', label: 'Chicago', detail: 'Chicago 17th edition, notes and bibliography' },
  { id: 'bibtex', label: 'BibTeX', detail: 'BibTeX entry' },
  { id: 'ris', label: 'RIS', detail: 'RIS record (EndNote, Zotero, Mendeley)' },
  { id: 'csl-json', label: 'CSL-JSON', detail: 'CSL-JSON item' },
] as const;

export type CitationFormatId = (typeof CITATION_FORMATS)[number]['id'];

/** One rendered citation in one format. */
export interface CitationText {
  id: CitationFormatId;
  label: string;
  detail: string;
  /** The citation as plain text, ready to copy. */
  text: string;
}

/** A citable thing (a source or one of its paragraphs) in every format. */
export interface Citation {
  /** The URL the citation points at (the original article, or this site's page or paragraph). */
  url: string;
  /** Our own permalink for it. */
  permalink: string;
  /** The same permalink as a site-relative link (honours the base path). */
  localHref: string;
  formats: CitationText[];
}

/** A paragraph's citation: the source's, pinned to the paragraph number and its permalink. */
export interface ParagraphCitation extends Citation {
  id: string;
  n: number;
}

export interface SourceCitations {
  source: Citation;
  paragraphs: ParagraphCitation[];
}

/** CSL style names registered with citation-js; `apa` is built in. */
const STYLE: Record<'apa' | 'mla' | 'chicago', string> = {
  apa: 'apa',
  mla: 'sourcebook-mla',
  chicago: 'sourcebook-chicago-note-bibliography',
};
const LOCALE = 'en-US';

const cslConfig = plugins.config.get('@csl');
if (!cslConfig.styles.has(STYLE.mla)) cslConfig.styles.add(STYLE.mla, mlaStyle);
if (!cslConfig.styles.has(STYLE.chicago)) cslConfig.styles.add(STYLE.chicago, chicagoStyle);

/** CSL date parts for an ISO date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), or undefined. */
export function cslDate(iso: string | null): { 'date-parts': number[][] } | undefined {
  const m = iso ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso.trim()) : null;
  if (!m) return undefined;
  return { 'date-parts': [m.slice(1).filter((part): part is string => part !== undefined).map(Number)] };
}

/** First ASCII word of `text`, lowercased (for citation keys). */
function keyWord(text: string | null): string {
  const words = (text ?? '')
    .normalize('NFKD')
    .replace(/[^\x20-\x7e]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 2 && !['the', 'and', 'www'].includes(w));
  return words[0] ?? '';
}

/** A BibTeX-safe citation key: publisher word, year, first title word (e.g. `dawn_2026_pakistan`). */
export function citationKey(source: Source): string {
  const year = stated(source.date)?.slice(0, 4) ?? 'nd';
  return [keyWord(stated(source.publisher)) || 'anon', year, keyWord(source.title) || source.slug.split('-')[0]].join('_');
}

/** Absolute URL of a source page on this site. */
export function sourcePermalink(slug: string, site: URL | string): string {
  return new URL(sourceHref(slug), site).href;
}

/** Absolute URL of a paragraph of a source on this site. */
export function paragraphPermalink(slug: string, paragraphId: string, site: URL | string): string {
  return `${sourcePermalink(slug, site)}#${paragraphId}`;
}

/** The CSL-JSON item for a source (type `article-newspaper`). */
export function sourceCsl(source: Source, site: URL | string): CslItem {
  const publisher = stated(source.publisher);
  const author = stated(source.author);
  const issued = cslDate(stated(source.date));
  const item: CslItem = {
    id: source.slug,
    'citation-key': citationKey(source),
    type: 'article-newspaper',
    title: source.title,
    URL: externalUrl(stated(source.url)) ?? sourcePermalink(source.slug, site),
    language: source.lang,
  };
  if (publisher) item['container-title'] = publisher;
  if (author) item.author = [{ literal: author }];
  if (issued) item.issued = issued;
  return item;
}

/** The CSL-JSON item for one paragraph: the source's item with the paragraph's permalink and number. */
export function paragraphCsl(source: Source, paragraph: Paragraph, site: URL | string): CslItem {
  const base = sourceCsl(source, site);
  return {
    ...base,
    id: `${source.slug}-${paragraph.id}`,
    'citation-key': `${String(base['citation-key'])}_p${paragraph.n}`,
    URL: paragraphPermalink(source.slug, paragraph.id, site),
    note: `Paragraph ${paragraph.n}`,
  };
}

/**
 * The item as CSL styles see it: publisher names keep their case (CSL styles
 * title-case container titles, which would turn "dawn.com" into "Dawn.Com").
 */
function forStyles(item: CslItem): CslItem {
  const container = item['container-title'];
  if (typeof container !== 'string') return item;
  // citeproc-js reads this one tag in field values; it does not decode entities, so nothing is escaped.
  return { ...item, 'container-title': `<span class="nocase">${container}</span>` };
}

/**
 * citation-js's RIS writer breaks every value after 70 characters, even inside
 * a word; RIS readers take such a break as part of the value. Join the pieces
 * back (the writer adds a bare newline and removes nothing).
 */
export function unwrapRis(ris: string): string {
  const lines: string[] = [];
  for (const line of ris.split('\n')) {
    if (lines.length > 0 && line !== '' && !/^[A-Z][A-Z0-9] {2}- ?/.test(line)) lines[lines.length - 1] += line;
    else lines.push(line);
  }
  return lines.join('\n').trim();
}

function bibliography(item: CslItem, style: keyof typeof STYLE): string {
  return new Cite(forStyles(item)).format('bibliography', { format: 'text', template: STYLE[style], lang: LOCALE }).trim();
}

function inText(item: CslItem, style: keyof typeof STYLE, paragraph: number): string {
  return new Cite(forStyles(item))
    .format('citation', { format: 'text', template: STYLE[style], lang: LOCALE, entry: [{ id: item.id, locator: String(paragraph), label: 'paragraph' }] })
    .trim();
}

/** The formats that need no CSL style (BibTeX, RIS, CSL-JSON): cheap, unlike citeproc's few milliseconds a call. */
function plainFormats(item: CslItem): Pick<Record<CitationFormatId, string>, 'bibtex' | 'ris' | 'csl-json'> {
  const cite = new Cite(item);
  return {
    bibtex: cite.format('bibtex', { format: 'text' }).trim(),
    ris: unwrapRis(cite.format('ris', { format: 'text' })),
    'csl-json': cite.format('data', { format: 'text' }).trim(),
  };
}

/** The styled entries (APA, MLA, Chicago) of one CSL item and, with `paragraph`, each style's in-text citation. */
function styledFormats(item: CslItem, paragraph?: number): Record<'apa' | 'mla' | 'chicago', { entry: string; inText: string | null }> {
  const out = {} as Record<'apa' | 'mla' | 'chicago', { entry: string; inText: string | null }>;
  for (const style of ['apa', 'mla', 'chicago'] as const) {
    out[style] = { entry: bibliography(item, style), inText: paragraph === undefined ? null : inText(item, style, paragraph) };
  }
  return out;
}

function assemble(plain: ReturnType<typeof plainFormats>, styled: ReturnType<typeof styledFormats>, withInText: boolean): CitationText[] {
  const text: Record<CitationFormatId, string> = { ...plain, apa: '', mla: '', chicago: '' };
  for (const style of ['apa', 'mla', 'chicago'] as const) {
    const { entry, inText: cited } = styled[style];
    text[style] = withInText && cited !== null ? `${entry}\nIn the text: ${cited}` : entry;
  }
  return CITATION_FORMATS.map((format) => ({ ...format, text: text[format.id] }));
}

/** Every format for one CSL item; with `paragraph`, the styled formats add the in-text citation with that paragraph. */
function render(item: CslItem, paragraph?: number): CitationText[] {
  return assemble(plainFormats(item), styledFormats(item, paragraph), paragraph !== undefined);
}

/**
 * A paragraph's number and permalink id as stand-ins, so that citation-js
 * formats a source's paragraph citation once and each paragraph gets a copy
 * with its own values: citeproc costs a few milliseconds per call, and a
 * 1,000-article site has tens of thousands of paragraphs. The stand-ins are
 * plain letters and digits, which no style or writer changes (the unit tests
 * compare every seed paragraph with citation-js's own output).
 */
const STAND_IN = { n: 918273645, id: 'p-sbparagraphstandin' } as const;

/** Every format of one paragraph's citation, by citation-js, for each paragraph in turn. */
export function renderParagraphDirect(source: Source, paragraph: Paragraph, site: URL | string): CitationText[] {
  return render(paragraphCsl(source, paragraph, site), paragraph.n);
}

/** Every format of a source's own citation, by citation-js. */
export function renderSourceDirect(source: Source, site: URL | string): CitationText[] {
  return render(sourceCsl(source, site));
}

/**
 * A source's citations: citation-js formats the paragraph citation once, with stand-ins, and each paragraph gets a
 * copy with its own number and permalink. The source's own styled entries are that entry with the source's URL in
 * place of the paragraph's (the styles print nothing else that differs); its BibTeX, RIS and CSL-JSON, which cost
 * little, are formatted for it directly.
 */
function citations(source: Source, site: URL | string): { source: CitationText[]; paragraph: (paragraph: Paragraph) => CitationText[] } {
  const item = sourceCsl(source, site);
  const itemText = JSON.stringify(item);
  // A source whose own metadata contains a stand-in would be corrupted by the replacement: format it directly.
  if (itemText.includes(String(STAND_IN.n)) || itemText.includes(STAND_IN.id)) {
    return { source: render(item), paragraph: (paragraph) => renderParagraphDirect(source, paragraph, site) };
  }
  const standIn = paragraphCsl(source, { id: STAND_IN.id, n: STAND_IN.n, text: '' } as Paragraph, site);
  const styled = styledFormats(standIn, STAND_IN.n);
  const template = assemble(plainFormats(standIn), styled, true);
  const standInUrl = String(standIn.URL);
  const sourceStyled = Object.fromEntries(
    Object.entries(styled).map(([style, { entry }]) => [style, { entry: entry.replaceAll(standInUrl, String(item.URL)), inText: null }]),
  ) as ReturnType<typeof styledFormats>;
  return {
    source: assemble(plainFormats(item), sourceStyled, false),
    paragraph: (paragraph) =>
      template.map((format) => ({ ...format, text: format.text.replaceAll(String(STAND_IN.n), String(paragraph.n)).replaceAll(STAND_IN.id, paragraph.id) })),
  };
}

/** Citations for a source and each of its paragraphs. `site` is the site's origin (Astro.site). */
export function citeSource(source: Source, site: URL | string): SourceCitations {
  const item = sourceCsl(source, site);
  const formats = citations(source, site);
  return {
    source: { url: String(item.URL), permalink: sourcePermalink(source.slug, site), localHref: sourceHref(source.slug), formats: formats.source },
    paragraphs: source.paragraphs.map((paragraph) => {
      const url = paragraphPermalink(source.slug, paragraph.id, site);
      const localHref = `${sourceHref(source.slug)}#${paragraph.id}`;
      return { id: paragraph.id, n: paragraph.n, url, permalink: url, localHref, formats: formats.paragraph(paragraph) };
    }),
  };
}
