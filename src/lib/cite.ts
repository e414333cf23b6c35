/**
 * Citations for a source and for each of its paragraphs, produced by
 * citation-js (https://citation.js.org/): APA, MLA and Chicago through CSL
 * styles (APA ships with @citation-js/plugin-csl; MLA and Chicago are the
 * official CSL style files vendored in ./csl/), BibTeX, RIS and CSL-JSON
 * through the citation-js output plugins, from one CSL-JSON item.
 *
 * What is cited is the original article (its author, title, publication,
 * date and URL, as far as they are known), with this site's page as the
 * archived copy, the way Wikipedia's citation templates carry `url` and
 * `archive-url`. Unknown values are left out, never guessed. CSL has no
 * "archived at" or "republished" variable, so those are added after the
 * style's entry in each style's own wording, and carried in `note` by the data
 * formats. A few known faults of the CSL output are corrected (see `fixStyled`
 * and `fixBibtex`), each checked by the golden files in tests/fixtures/golden/cite/.
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
import type { Source } from '../schemas/source.ts';
import { sourceHref } from './url.ts';
import { type FormatText, STAND_IN, fillFormats } from './csl/fill.ts';
import { type CiteFacts, type StyleId, citeFacts, isoParts, paragraphPermalink, styleDate } from './csl/facts.ts';

export { type CiteFacts, citeFacts, isRepublishedCopy, paragraphPermalink, shortTitle, sourcePermalink, styleDate, titleCase } from './csl/facts.ts';

export { STAND_IN } from './csl/fill.ts';

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
const STYLES: readonly StyleId[] = ['apa', 'mla', 'chicago'];

/** What a paragraph's citation needs of it: its number and id. */
type ParagraphNumber = { id: string; n: number };

/** One rendered citation in one format. */
export interface CitationText extends FormatText {
  id: CitationFormatId;
}

/** A source's citation in every format. */
export interface Citation {
  /** The URL the citation points at: the original article's, else this site's permalink; null when neither is known. */
  url: string | null;
  /** This site's permalink (absolute), or null when no site URL is configured. */
  permalink: string | null;
  /** The same page as a site-relative link (honours the base path). */
  localHref: string;
  formats: CitationText[];
}

export interface SourceCitations {
  facts: CiteFacts;
  source: Citation;
  /** Every format of a paragraph's citation with the stand-ins (./csl/fill.ts): written once per page. */
  paragraphTemplate: CitationText[];
}

/** CSL style names registered with citation-js; `apa` is built in. */
const STYLE: Record<StyleId, string> = {
  apa: 'apa',
  mla: 'sourcebook-mla',
  chicago: 'sourcebook-chicago-note-bibliography',
};
const LOCALE = 'en-US';

const cslConfig = plugins.config.get('@csl');
if (!cslConfig.styles.has(STYLE.mla)) cslConfig.styles.add(STYLE.mla, mlaStyle);
if (!cslConfig.styles.has(STYLE.chicago)) cslConfig.styles.add(STYLE.chicago, chicagoStyle);

/**
 * The version of this module's output: raise it whenever a change here (or a dependency update) changes what a
 * source's citations say. The build's cite stage caches every source's citations keyed by it, with the styles'
 * text (`citationStyleTexts`), the site URL and base path and the source's own data (src/lib/cite-cache.ts).
 */
export const CITATION_VERSION = 1;

/** The text of the CSL styles and locale the citations are formatted with (APA's is citation-js's own). */
export function citationStyleTexts(): string[] {
  return [...STYLES.map((style) => cslConfig.styles.get(STYLE[style]) ?? ''), cslConfig.locales.get(LOCALE) ?? ''];
}

/** CSL date parts for an ISO date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), or undefined. */
export function cslDate(iso: string | null): { 'date-parts': number[][] } | undefined {
  const parts = isoParts(iso);
  return parts ? { 'date-parts': [parts] } : undefined;
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

/** A BibTeX-safe citation key: publisher word, year of publication (`nd` when not known), first title word (e.g. `media_nd_golden`). */
export function citationKey(source: Source, facts: CiteFacts = citeFacts(source, undefined)): string {
  const year = facts.published?.slice(0, 4) ?? 'nd';
  return [keyWord(facts.publisher) || 'anon', year, keyWord(facts.titleWords) || source.slug.split('-')[0]].join('_');
}

/** The record id (RIS `ID`, CSL `id`): 8 hex digits of the source's hash, unique per source and short enough for RIS's 20 characters with `-p<n>`. */
export function recordId(source: Source): string {
  return source.contentHash.slice(0, 8);
}

/** Notes the data formats carry: the paragraph, the republication date, the archived copy. */
function notes(facts: CiteFacts, archive: string | null, paragraph?: number): string | undefined {
  const list: string[] = [];
  if (paragraph !== undefined) list.push(`Paragraph ${paragraph}`);
  if (facts.republished) list.push(`Republished ${styleDate(facts.republished, 'chicago')}`);
  if (archive && facts.originalUrl) list.push(`Archived at ${archive}`);
  return list.length > 0 ? list.join('. ') : undefined;
}

/** The CSL-JSON item: the original article (type `article-newspaper`), at `archive` on this site. */
function cslItem(source: Source, facts: CiteFacts, archive: string | null, paragraph?: number): CslItem {
  const id = paragraph === undefined ? recordId(source) : `${recordId(source)}-p${paragraph}`;
  const item: CslItem = {
    id,
    'citation-key': paragraph === undefined ? citationKey(source, facts) : `${citationKey(source, facts)}_p${paragraph}`,
    type: 'article-newspaper',
    title: facts.title,
    'title-short': facts.shortTitle,
    language: source.lang,
  };
  if (facts.publisher) item['container-title'] = facts.publisher;
  if (facts.author) item.author = [{ literal: facts.author }];
  const issued = cslDate(facts.published);
  if (issued) item.issued = issued;
  const url = facts.originalUrl ?? archive;
  if (url) item.URL = url;
  const note = notes(facts, archive, paragraph);
  if (note) item.note = note;
  return item;
}

/** The CSL-JSON item for a source. */
export function sourceCsl(source: Source, site: URL | string | undefined): CslItem {
  const facts = citeFacts(source, site);
  return cslItem(source, facts, facts.permalink);
}

/** The CSL-JSON item for one paragraph: the source's item at the paragraph's permalink, with its number. */
export function paragraphCsl(source: Source, paragraph: ParagraphNumber, site: URL | string | undefined): CslItem {
  return cslItem(source, citeFacts(source, site), paragraphPermalink(source.slug, paragraph.id, site), paragraph.n);
}

/**
 * The item as CSL styles see it: publisher names keep their case (CSL styles
 * title-case container titles, which would turn "dawn.com" into "Dawn.Com"),
 * so does the bracketed label of an incomplete title; the title is in sentence
 * case (APA 7 §6.17); `note` is left to the data formats.
 */
function forStyles(item: CslItem, facts: CiteFacts): CslItem {
  const { note: _note, ...rest } = item;
  // citeproc-js reads this one tag in field values; it does not decode entities, so nothing is escaped.
  const nocase = (text: string) => `<span class="nocase">${text}</span>`;
  // Sentence case, which APA prints as it is and MLA and Chicago turn into title case.
  rest.title = facts.titleLabel ? `${facts.sentenceTitle} ${nocase(`[${facts.titleLabel}]`)}` : facts.sentenceTitle;
  const container = rest['container-title'];
  if (typeof container === 'string') rest['container-title'] = nocase(container);
  return rest;
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

/**
 * Corrections to citeproc's output, each a rule of the style the CSL file gets wrong for an undated news article:
 * APA prints "Retrieved <URL>" for an undated item without an access date (APA 7 §9.16: a retrieval date only for
 * pages meant to change; a news article gets its URL alone); MLA's in-text locator comes out as "para.6" (MLA 9
 * §6.19: "par. 6").
 */
function fixStyled(style: StyleId, text: string, part: 'entry' | 'inText'): string {
  if (style === 'apa' && part === 'entry') return text.replace(/\bRetrieved (?=https?:\/\/)/, '');
  if (style === 'mla' && part === 'inText') return text.replace(/\bparas?\.\s*(?=\S)/, (m) => (m.startsWith('paras') ? 'pars. ' : 'par. '));
  return text;
}

/**
 * What the style's entry cannot say, in the style's words: the republication date and the archived copy. APA ends
 * an entry with its URL (APA 7 §9.34), so the republication date goes before it and the archived copy after it, in
 * parentheses; MLA and Chicago add them as closing elements (MLA 9 §5.115, optional elements; Chicago 17 §14.206).
 */
function bibliography(item: CslItem, style: StyleId, facts: CiteFacts, archive: string | null): string {
  const entry = fixStyled(style, new Cite(forStyles(item, facts)).format('bibliography', { format: 'text', template: STYLE[style], lang: LOCALE }).trim(), 'entry');
  const republished = facts.republished ? `Republished ${styleDate(facts.republished, style)}.` : null;
  // Only when the entry gives the original's URL; otherwise the entry's URL is the archived copy itself.
  const archived = archive && facts.originalUrl ? archive : null;
  if (style === 'apa') {
    const url = /\s(https?:\/\/\S+)$/.exec(entry);
    const head = url ? entry.slice(0, url.index) : entry;
    return [head, republished, url?.[1], archived ? `(archived at ${archived})` : null].filter(Boolean).join(' ');
  }
  return [entry, republished, archived ? `Archived at ${archived}.` : null].filter(Boolean).join(' ');
}

function inText(item: CslItem, style: StyleId, facts: CiteFacts, paragraph?: number): string {
  const entry = paragraph === undefined ? [{ id: item.id }] : [{ id: item.id, locator: String(paragraph), label: 'paragraph' }];
  return fixStyled(style, new Cite(forStyles(item, facts)).format('citation', { format: 'text', template: STYLE[style], lang: LOCALE, entry }).trim(), 'inText');
}

/**
 * BibTeX as reference managers read it: citation-js writes a full date as `month = {feb 3}`, which no BibTeX style
 * reads as a month; the month is written as BibTeX's month macro and the full date as biblatex's `date`. An
 * `@article` drops `howpublished` (not an @article field, and a second copy of `url`).
 */
function fixBibtex(bibtex: string, published: string | null): string {
  let out = bibtex.replace(/^(\s*)month = \{([a-z]{3})(?: \d+)?\},$/m, (_m, indent: string, month: string) => {
    const date = published && isoParts(published)?.length === 3 ? `\n${indent}date = {${published}},` : '';
    return `${indent}month = ${month},${date}`;
  });
  if (out.startsWith('@article')) out = out.replace(/^\s*howpublished = \{.*\},\n/m, '');
  return out;
}

/** The data formats (BibTeX, RIS, CSL-JSON): cheap, unlike citeproc's few milliseconds a call. */
function plainFormats(item: CslItem, facts: CiteFacts): Pick<Record<CitationFormatId, string>, 'bibtex' | 'ris' | 'csl-json'> {
  // BibTeX has no newspaper type: @article with the paper as journal, or @misc when the paper is not known.
  const bibtexItem = item['container-title'] ? item : { ...item, type: 'webpage' };
  return {
    bibtex: fixBibtex(new Cite(bibtexItem).format('bibtex', { format: 'text' }).trim(), facts.published),
    ris: unwrapRis(new Cite(item).format('ris', { format: 'text' })),
    'csl-json': new Cite(item).format('data', { format: 'text' }).trim(),
  };
}

type Styled = Record<StyleId, { entry: string; inText: string }>;

function styledFormats(item: CslItem, facts: CiteFacts, archive: string | null, paragraph?: number): Styled {
  const out = {} as Styled;
  for (const style of STYLES) out[style] = { entry: bibliography(item, style, facts, archive), inText: inText(item, style, facts, paragraph) };
  return out;
}

function assemble(plain: ReturnType<typeof plainFormats>, styled: Styled): CitationText[] {
  return CITATION_FORMATS.map((format) => {
    const style = (STYLES as readonly string[]).includes(format.id) ? styled[format.id as StyleId] : null;
    return { ...format, text: style ? style.entry : plain[format.id as keyof typeof plain], inText: style ? style.inText : null };
  });
}

/** Every format of one paragraph's citation, by citation-js, for that paragraph alone. */
export function renderParagraphDirect(source: Source, paragraph: ParagraphNumber, site: URL | string | undefined, base?: string): CitationText[] {
  const facts = citeFacts(source, site, base);
  const archive = paragraphPermalink(source.slug, paragraph.id, site, base);
  const item = cslItem(source, facts, archive, paragraph.n);
  return assemble(plainFormats(item, facts), styledFormats(item, facts, archive, paragraph.n));
}

/** Every format of a source's own citation, by citation-js. */
export function renderSourceDirect(source: Source, site: URL | string | undefined, base?: string): CitationText[] {
  const facts = citeFacts(source, site, base);
  const item = cslItem(source, facts, facts.permalink);
  return assemble(plainFormats(item, facts), styledFormats(item, facts, facts.permalink));
}

/**
 * Citations for a source and its paragraphs (`base`: the site's base path, see csl/facts.ts `sourcePermalink`). citation-js formats the paragraph citation once, with stand-ins
 * (./csl/fill.ts), and each paragraph's is that template with its own number and id: citeproc costs a few
 * milliseconds per call, and a 1,000-article site has tens of thousands of paragraphs. The source's own styled
 * entries are the template's with the paragraph fragment taken off its permalink (the styles print nothing else
 * that differs); its in-text citations and data formats are formatted for it. The unit tests compare all of it
 * with citation-js run on the source and on every seed paragraph.
 */
export function citeSource(source: Source, site: URL | string | undefined, base?: string): SourceCitations {
  const facts = citeFacts(source, site, base);
  const sourceCitation = (formats: CitationText[]): Citation => ({
    url: facts.originalUrl ?? facts.permalink,
    permalink: facts.permalink,
    localHref: sourceHref(source.slug, base),
    formats,
  });
  const itemText = JSON.stringify(cslItem(source, facts, facts.permalink));
  // A source whose own metadata contains a stand-in would be corrupted by the replacement: its paragraphs can only be formatted one by one.
  if (itemText.includes(String(STAND_IN.n)) || itemText.includes(STAND_IN.id)) {
    return { facts, source: sourceCitation(renderSourceDirect(source, site, base)), paragraphTemplate: [] };
  }
  const standIn = { id: STAND_IN.id, n: STAND_IN.n };
  const paragraphTemplate = renderParagraphDirect(source, standIn, site, base);
  const item = cslItem(source, facts, facts.permalink);
  const plain = plainFormats(item, facts);
  const styled = {} as Styled;
  for (const style of STYLES) {
    const entry = paragraphTemplate.find((f) => f.id === style)!.text.replaceAll(`#${STAND_IN.id}`, '');
    styled[style] = { entry, inText: inText(item, style, facts) };
  }
  return { facts, source: sourceCitation(assemble(plain, styled)), paragraphTemplate };
}

/** Every format of one paragraph's citation: the source's template filled in, or citation-js run on the paragraph when there is no template. */
export function paragraphFormats(source: Source, citations: SourceCitations, paragraph: ParagraphNumber, site: URL | string | undefined): CitationText[] {
  return citations.paragraphTemplate.length > 0 ? fillFormats(citations.paragraphTemplate, paragraph) : renderParagraphDirect(source, paragraph, site);
}
