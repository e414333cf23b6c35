/** Stage 2, extract: decoded text → blocks and metadata candidates, by format (.txt, .md, .html). */
import YAML from 'yaml';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { Rejection, type Candidate, type Draft, type MetaCandidates, type MetaKey } from './types.ts';
import { CORPORATE_SUFFIX, EVIDENCE_RULES } from './rules/clutter.ts';
import { MASTHEAD_NOUNS } from './rules/boilerplate.ts';
import { isDateLine, statedDates } from './rules/stated-dates.ts';
import { chromeRule } from './clean.ts';

/** The copyright-line rule, to read a page's footer before the footer is dropped. */
const COPYRIGHT = EVIDENCE_RULES.find((r) => r.name === 'copyright-line')!.pattern;

/** Extensions the ingest reads, by format. */
export const FORMATS = { txt: 'text', text: 'text', md: 'markdown', markdown: 'markdown', html: 'html', htm: 'html' } as const;
export type Format = (typeof FORMATS)[keyof typeof FORMATS];

/** Turn decoded text into a Draft according to the file's format. */
export function extract(text: string, format: Format): Draft {
  if (format === 'markdown') return extractMarkdown(text);
  if (format === 'html') return extractHtml(text);
  return draft(textBlocks(text), {}, false);
}

function draft(blocks: string[], meta: MetaCandidates, titleKnown: boolean, notes: Draft['changes'] = []): Draft {
  return { blocks, meta, changes: notes, embeds: [], titleKnown };
}

/**
 * Plain text → blocks. Blank lines separate groups; a group whose lines look
 * hard-wrapped (all but the last fill most of the measure) stays one block with
 * its line breaks kept for the unwrap rule; any other line is a block of its own.
 */
export function textBlocks(text: string): string[] {
  const blocks: string[] = [];
  for (const group of text.split(/\n[ \t\u00a0]*\n/)) {
    const lines = group.split('\n').map((l) => l.replace(/[ \t\u00a0]+$/, '')).filter((l) => l.trim() !== '');
    if (lines.length === 0) continue;
    if (isHardWrapped(lines)) blocks.push(lines.map((l) => l.trim()).join('\n'));
    else {
      // A word hyphenated at the end of a line goes on in the next: the two lines stay one block.
      const own: string[] = [];
      for (const line of lines.map((l) => l.trim())) {
        const last = own.at(-1);
        if (last !== undefined && /\p{L}-$/u.test(last) && /^\p{Ll}/u.test(line)) own[own.length - 1] = `${last}\n${line}`;
        else own.push(line);
      }
      blocks.push(...own);
    }
  }
  return blocks;
}

/** Lines of one group look hard-wrapped when the measure is short and every line but the last nearly fills it (or ends in a hyphen). */
function isHardWrapped(lines: string[]): boolean {
  if (lines.length < 2) return false;
  const measure = Math.max(...lines.map((l) => l.trim().length));
  if (measure > 110 || measure < 30) return false;
  // At a short measure a byline over its date ("By Jane Doe, Reporter" / "27 July 2024") looks wrapped
  // too: there, a wrapped line must continue in lower case ("A bridge, six lives, and a port" / "holding its breath").
  if (measure < 45 && !lines.slice(1).every((l) => /^\p{Ll}/u.test(l.trim()))) return false;
  // Two lines of which one is page chrome or a date on its own ("Headline | Site" / "Skip to main content") are two lines.
  if (lines.length === 2 && lines.some((l) => chromeRule(l) !== null || isDateLine(l.trim()))) return false;
  return lines.slice(0, -1).every((l) => l.trim().length >= measure * 0.6 || /\p{L}-$/u.test(l));
}

/** Front-matter keys that feed metadata; others are reported and ignored. */
const FRONT_MATTER_KEYS: Partial<Record<string, MetaKey>> = {
  title: 'title', date: 'date', published: 'date', publisher: 'publisher', source: 'publisher',
  url: 'url', link: 'url', canonical: 'url', author: 'author', byline: 'author', lang: 'lang', language: 'lang',
};

/** Markdown with optional YAML front matter → blocks (one per block-level node) + front-matter metadata. */
function extractMarkdown(text: string): Draft {
  const meta: MetaCandidates = {};
  const notes: Draft['changes'] = [];
  let body = text;
  const fm = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text);
  if (fm) {
    body = text.slice(fm[0].length);
    let data: unknown;
    try {
      // The core schema has no custom tags: nothing in front matter can construct objects or run code.
      data = YAML.parse(fm[1]!, { schema: 'core', merge: false, maxAliasCount: 10, logLevel: 'error' });
    } catch (error) {
      notes.push({ rule: 'front-matter-invalid', before: fm[0].trim(), after: `ignored: ${(error as Error).message.split('\n')[0]}` });
    }
    if (data && typeof data === 'object' && !Array.isArray(data)) {
      for (const [key, raw] of Object.entries(data)) {
        const target = FRONT_MATTER_KEYS[key.toLowerCase()];
        const value = raw instanceof Date ? raw.toISOString() : typeof raw === 'string' || typeof raw === 'number' ? String(raw).trim() : null;
        if (!target || value === null || value === '') {
          notes.push({ rule: 'front-matter-ignored-key', before: `${key}: ${JSON.stringify(raw)}`, after: '' });
          continue;
        }
        meta[target] ??= { value, from: 'front-matter', evidence: `${key}: ${value}` };
      }
    }
  }
  const tree = fromMarkdown(body);
  const blocks: string[] = [];
  const visit = (nodes: typeof tree.children) => {
    for (const node of nodes) {
      if (node.type === 'list' || node.type === 'blockquote') visit(node.children.flatMap((c) => ('children' in c && c.type === 'listItem' ? c.children : [c])) as typeof tree.children);
      else if (node.type === 'thematicBreak' || node.type === 'definition') continue;
      else if (node.type === 'html') blocks.push(...textBlocks(node.value.replace(/<[^>]*>/g, ' ')));
      else if (node.type === 'code') blocks.push(...textBlocks(node.value));
      else if (node.type === 'paragraph' && node.children.some((c) => c.type === 'image') && node.children.every((c) => c.type === 'image' || c.type === 'emphasis' || c.type === 'break' || (c.type === 'text' && !c.value.trim()))) {
        // An image on its own (with its italic caption): kept in Markdown form so the cleaner can log it leaving the text.
        for (const c of node.children) {
          if (c.type === 'image') blocks.push(`![${c.alt ?? ''}](${c.url})`);
          else if (c.type === 'emphasis' && toString(c).trim()) blocks.push(`*${toString(c).trim()}*`);
        }
      } else if (node.type === 'paragraph' && node.children.length === 1 && node.children[0]!.type === 'emphasis') {
        // A paragraph set wholly in italics (a tagline, caption or note): the cleaner decides, so its emphasis is kept.
        const value = toString(node).trim();
        if (value) blocks.push(`*${value}*`);
      }
      else {
        const value = toString(node).trim();
        if (value) blocks.push(value);
      }
    }
  };
  visit(tree.children);
  return draft(blocks, meta, Boolean(meta.title), notes);
}

/** Saved web page → the article found by Mozilla Readability, plus metadata from meta tags. */
function extractHtml(html: string): Draft {
  const { document } = parseHTML(html);
  const meta: MetaCandidates = {};
  const attr = (selector: string, name: string) => document.querySelector(selector)?.getAttribute(name)?.trim() || null;
  const ld = jsonLd(document);
  const found: Array<[MetaKey, string | null, string]> = [
    ['date', attr('meta[property="article:published_time"]', 'content'), 'article:published_time'],
    ['date', ld.datePublished ?? null, 'JSON-LD datePublished'],
    ['date', attr('meta[name="date"]', 'content') ?? attr('meta[name="pubdate"]', 'content') ?? attr('meta[itemprop="datePublished"]', 'content'), 'meta date'],
    ['date', attr('time[datetime]', 'datetime'), '<time datetime>'],
    ['author', attr('meta[name="author"]', 'content') ?? attr('meta[property="article:author"]', 'content'), 'meta author'],
    ['author', ld.author ?? null, 'JSON-LD author'],
    ['author', bylineAuthors(document), 'byline'],
    ['url', attr('link[rel="canonical"]', 'href'), 'link rel=canonical'],
    ['url', attr('meta[property="og:url"]', 'content'), 'og:url'],
    ['publisher', attr('meta[property="og:site_name"]', 'content') ?? attr('meta[name="publisher"]', 'content'), 'og:site_name'],
    ['publisher', ld.publisher ?? null, 'JSON-LD publisher'],
    ['lang', document.documentElement?.getAttribute('lang')?.trim() || null, '<html lang>'],
  ];
  for (const [key, value, evidence] of found) if (value) meta[key] ??= { value, from: 'html-meta', evidence };
  const title = htmlTitle(document, ld.headline, meta.publisher?.value ?? null);
  if (title) meta.title = title;
  // Without publisher metadata, the page still names its publisher: in its copyright line (often in the
  // footer, which is dropped below), else as the last part of its <title> ("Headline | Site Name").
  if (!meta.publisher) {
    for (const el of document.querySelectorAll('footer, p, div, small, span')) {
      if (el.querySelector('p, div')) continue;
      const line = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      const m = COPYRIGHT.exec(line);
      if (m?.groups?.publisher && line.length < 200) {
        meta.publisher = { value: m.groups.publisher.replace(/[,\s]+\d{4}$/, '').replace(CORPORATE_SUFFIX, '').trim() || m.groups.publisher.trim(), from: 'text', evidence: line };
        break;
      }
    }
  }
  // A note that the page republishes another outlet's article may sit outside the article (an aside, the footer).
  for (const el of document.querySelectorAll('p, div, em, small, aside, footer')) {
    if (el.querySelector('p, div')) continue;
    const line = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (line.length > 400) continue;
    const rule = EVIDENCE_RULES.find((r) => (r.name === 'republication-note' || r.name === 'original-publication-note') && r.pattern.test(line));
    const original = rule?.pattern.exec(line)?.groups?.original;
    if (!original) continue;
    meta.originalPublisher ??= { value: original.trim(), from: 'text', evidence: line };
    const first = statedDates(line).find((found) => !found.updated);
    if (first) meta.originalDate ??= { value: first.date, from: 'text', evidence: line };
    break;
  }
  const tabTitle = document.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const siteName = tabTitle.split(TITLE_SEPARATOR).slice(1).at(-1);
  if (!meta.publisher && siteName && title && norm(title.value) !== norm(siteName) && /^(?:[\p{Lu}\d][\p{L}\d.'’&-]*\s?){1,5}$/u.test(siteName)) {
    meta.publisher = { value: siteName, from: 'html-meta', evidence: `<title>${tabTitle}</title>` };
  }
  for (const node of document.querySelectorAll('script, style, noscript, iframe, template, svg, form, nav, aside, footer, [role="navigation"], [aria-hidden="true"]')) node.remove();
  const article = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  if (!article?.content) throw new Rejection('no article text found in the web page');
  const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
  const blocks: string[] = [];
  const notes: Draft['changes'] = [];
  for (const el of content.querySelectorAll('p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption')) {
    if (el.querySelector('p, li, blockquote, h2, h3')) continue; // a container: its children carry the text
    // A photo's caption is the page's, not the article's text (kept in the log).
    if (el.tagName === 'FIGCAPTION' || el.closest('figcaption')) {
      const caption = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (caption && el.tagName === 'FIGCAPTION') notes.push({ rule: 'photo-caption', before: caption, after: '' });
      continue;
    }
    const value = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (value) blocks.push(value);
  }
  if (blocks.length === 0 && article.textContent) blocks.push(...textBlocks(article.textContent));
  if (article.title) meta.title ??= { value: article.title, from: 'html-meta', evidence: 'Readability title' };
  if (meta.title?.value.endsWith('…')) meta.titleTruncated ??= { value: 'true', from: 'html-meta', evidence: meta.title.value };
  // The page's own h1 repeats its title: drop it from the body.
  if (meta.title && blocks[0] && norm(blocks[0]) === norm(meta.title.value)) blocks.shift();
  return draft(blocks, meta, Boolean(meta.title), notes);
}

const norm = (s: string) => s.toLowerCase().replace(/\W+/g, ' ').trim();

/** The page's JSON-LD article fields (headline, dates, author, publisher), when it has any. */
function jsonLd(document: ReturnType<typeof parseHTML>['document']): Partial<Record<'headline' | 'datePublished' | 'author' | 'publisher', string>> {
  const out: Partial<Record<'headline' | 'datePublished' | 'author' | 'publisher', string>> = {};
  const name = (v: unknown): string | undefined => {
    if (typeof v === 'string') return v.trim() || undefined;
    if (Array.isArray(v)) {
      const names = v.map(name).filter((n): n is string => Boolean(n));
      return names.length ? names.join(' and ') : undefined;
    }
    if (v && typeof v === 'object' && 'name' in v) return name((v as { name: unknown }).name);
    return undefined;
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const nodes = (Array.isArray(data) ? data : [data, ...((data as { '@graph'?: unknown[] })?.['@graph'] ?? [])]) as Array<Record<string, unknown>>;
    for (const node of nodes) {
      if (!node || typeof node !== 'object' || !/Article|Posting|Report|LiveBlog/i.test(String(node['@type'] ?? ''))) continue;
      out.headline ??= name(node.headline);
      out.datePublished ??= name(node.datePublished);
      out.author ??= name(node.author);
      out.publisher ??= name(node.publisher);
    }
  }
  return out;
}

/** Authors named in a visible byline element ("By <span class=author>A</span> and <span class=author>B</span>"). */
function bylineAuthors(document: ReturnType<typeof parseHTML>['document']): string | null {
  const names = [...document.querySelectorAll('[rel="author"], .author, [itemprop="author"]')].map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim()).filter((n) => n && n.length < 60);
  const unique = [...new Set(names)];
  return unique.length ? unique.join(' and ') : null;
}

/** Separators between a headline and the site's name in a <title> ("Headline | Site", "Headline - Site"). */
const TITLE_SEPARATOR = /\s+(?:[|–—·•:]|-{1,2})\s+/;

/**
 * The headline of a web page, found rather than assumed: og:title or JSON-LD headline when the page has
 * one, else its <h1>, else its <title> without the site name ("Headline | Section | Site"). A headline
 * cut with "…" is completed from another candidate that starts the same way.
 */
function htmlTitle(document: ReturnType<typeof parseHTML>['document'], ldHeadline: string | undefined, siteName: string | null): Candidate | null {
  const text = (s: string | null | undefined) => s?.replace(/\s+/g, ' ').trim() || null;
  // The page's <h1>, unless it is the site's name (a logo set as a heading): then the article's own.
  // Nor a newspaper's name ("Deal Flow Weekly"): a short line ending in a masthead word.
  const logo = (t: string) => norm(t) === norm(siteName ?? '') || (t.split(/\s+/).length <= 4 && MASTHEAD_NOUNS.has(norm(t).split(' ').at(-1) ?? '') && !/\p{Ll}/u.test(t.replace(/\b\p{Lu}\p{Ll}*/gu, '')));
  const h1 = [...document.querySelectorAll('h1')].map((el) => text(el.textContent)).find((t) => t && !logo(t)) ?? null;
  const tag = text(document.querySelector('title')?.textContent);
  const candidates: Candidate[] = [];
  const og = text(document.querySelector('meta[property="og:title"]')?.getAttribute('content'));
  if (og) candidates.push({ value: og, from: 'html-meta', evidence: 'og:title' });
  if (ldHeadline) candidates.push({ value: ldHeadline, from: 'html-meta', evidence: 'JSON-LD headline' });
  if (h1) candidates.push({ value: h1, from: 'html-meta', evidence: '<h1>' });
  if (tag) {
    const parts = tag.split(TITLE_SEPARATOR);
    // Drop trailing parts that name the site or a section: the site name, or short parts after the first.
    while (parts.length > 1 && (norm(parts.at(-1)!) === norm(siteName ?? '') || /^(?:[\p{Lu}\d][\p{L}\d.'’&-]*\s*){1,4}$/u.test(parts.at(-1)!))) parts.pop();
    const stripped = tag.slice(0, tag.indexOf(parts.at(-1)!) + parts.at(-1)!.length);
    candidates.push({ value: stripped, from: 'html-meta', evidence: stripped === tag ? '<title>' : `<title> without the site name: ${tag}` });
  }
  const best = candidates[0];
  if (!best) return null;
  if (best.value.endsWith('…')) {
    const stem = norm(best.value.slice(0, -1));
    const full = candidates.find((c) => !c.value.endsWith('…') && norm(c.value).startsWith(stem));
    if (full) return { ...full, evidence: `${full.evidence} (completes the cut ${best.evidence})` };
  }
  return best;
}
