/** Stage 2, extract: decoded text → blocks and metadata candidates, by format (.txt, .md, .html). */
import YAML from 'yaml';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { Rejection, type Draft, type Format, type MetaCandidates, type MetaKey } from './types.ts';

export { FORMATS, type Format } from './types.ts';

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
    else for (const l of lines) blocks.push(l.trim());
  }
  return blocks;
}

/** Lines of one group look hard-wrapped when the measure is short and every line but the last nearly fills it (or ends in a hyphen). */
function isHardWrapped(lines: string[]): boolean {
  if (lines.length < 2) return false;
  const measure = lines.reduce((n, l) => Math.max(n, l.length), 0);
  if (measure > 110 || measure < 30) return false;
  return lines.slice(0, -1).every((l) => l.length >= measure * 0.6 || /\p{L}-$/u.test(l));
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
  // An explicit stack, not recursion: quotes and lists nest as deep as the input says (5,000 `>` is legal Markdown).
  type Node = (typeof tree.children)[number];
  const stack: Node[] = [...tree.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'list' || node.type === 'blockquote') {
      const children = node.children.flatMap((c) => ('children' in c && c.type === 'listItem' ? c.children : [c])) as Node[];
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    } else if (node.type === 'thematicBreak' || node.type === 'definition') continue;
    else if (node.type === 'html') {
      // Raw HTML is never published as markup: its text is kept, the tags (and comments) go, logged.
      const text = node.value.replace(/<!--[\s\S]*?(?:-->|$)/g, ' ').replace(/<[^>]*(?:>|$)/g, ' ');
      const kept = textBlocks(text);
      notes.push({ rule: 'html-markup', before: node.value, after: kept.join('\n') });
      for (const b of kept) blocks.push(b);
    } else if (node.type === 'code') for (const b of textBlocks(node.value)) blocks.push(b);
    else {
      const value = plainText(node).trim();
      if (value) blocks.push(value);
    }
  }
  return draft(blocks, meta, Boolean(meta.title), notes);
}

/**
 * A Markdown node's text, as mdast-util-to-string gives it (value, else image alt, else its children's
 * text), but walked with a stack: inline nesting (emphasis in emphasis…) is as deep as the input says.
 */
function plainText(root: object): string {
  let out = '';
  const stack: object[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as { value?: unknown; alt?: unknown; children?: object[] };
    if (typeof node.value === 'string') out += node.value;
    else if (typeof node.alt === 'string') out += node.alt;
    else if (Array.isArray(node.children)) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return out;
}

/** Elements nested deeper than this are unwrapped before parsing (real pages stay far below; Readability slows with depth). */
export const MAX_HTML_DEPTH = 100;
/** Most elements a page may have (after unwrapping): Readability's passes grow faster than the element count (2.8 million empty elements took five minutes). */
export const MAX_HTML_ELEMENTS = 50_000;
/** Elements with no content or end tag. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Text blocks kept one level below the limit, so paragraphs stay apart when their wrappers go. */
const TEXT_BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'pre', 'figcaption']);
/** Elements an open <p> (or <li>) is implicitly closed by, so unclosed paragraphs do not count as nesting. */
const CLOSES_P = new Set(['p', 'div', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'table', 'section', 'article', 'li', 'figure', 'hr']);

/**
 * Unwrap elements nested deeper than MAX_HTML_DEPTH, in one linear pass over the tags (comments,
 * scripts and styles skipped whole), so no parser or walk downstream meets a tree deeper than that.
 * Returns the page unchanged when nothing is that deep.
 */
export function flattenHtml(html: string): { html: string; unwrapped: number; elements: number } {
  const tag = /<!--[\s\S]*?(?:-->|$)|<(script|style|textarea|title)\b[^>]*(?:>|$)[\s\S]*?(?:<\/\1\s*>|$)|<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)[^>]*(?:>|$)/gi;
  const stack: Array<{ name: string; kept: boolean }> = [];
  let depth = 0;
  let beyond = 0;
  let unwrapped = 0;
  let elements = 0;
  const cut: Array<[number, number]> = [];
  const pop = () => {
    const top = stack.pop()!;
    if (top.kept) depth--;
    if (top.kept && depth >= MAX_HTML_DEPTH) beyond--;
    return top;
  };
  for (let m = tag.exec(html); m !== null; m = tag.exec(html)) {
    if (m[3] === undefined) continue; // a comment or raw text element
    const name = m[3].toLowerCase();
    if (m[2] === '/') {
      let i = stack.length - 1;
      while (i >= 0 && stack[i]!.name !== name) i--;
      if (i < 0) continue; // a stray end tag: the parser ignores it too
      while (stack.length > i + 1) pop();
      if (!pop().kept) cut.push([m.index, m.index + m[0].length]);
      continue;
    }
    elements++;
    if (VOID.has(name) || m[0].endsWith('/>')) continue;
    const top = stack.at(-1)?.name;
    if ((top === 'p' && CLOSES_P.has(name)) || (top === 'li' && name === 'li')) pop();
    const keep = depth < MAX_HTML_DEPTH || (TEXT_BLOCKS.has(name) && beyond === 0);
    if (keep && depth >= MAX_HTML_DEPTH) beyond++;
    stack.push({ name, kept: keep });
    if (keep) depth++;
    else {
      unwrapped++;
      cut.push([m.index, m.index + m[0].length]);
    }
  }
  if (unwrapped === 0) return { html, unwrapped, elements };
  let out = '';
  let at = 0;
  for (const [from, to] of cut) {
    out += html.slice(at, from);
    at = to;
  }
  return { html: out + html.slice(at), unwrapped, elements };
}

/** Characters of a page's text outside tags, comments, scripts and styles, white space runs counted once: an upper bound on its article text, in one linear pass. */
export function htmlTextLength(html: string): number {
  return html.replace(/<!--[\s\S]*?(?:-->|$)|<(script|style|template)\b[^>]*(?:>|$)[\s\S]*?(?:<\/\1\s*>|$)|<[^>]*(?:>|$)/gi, ' ').replace(/\s+/g, ' ').length;
}

/** Saved web page → the article found by Mozilla Readability, plus metadata from meta tags. */
function extractHtml(page: string): Draft {
  const notes: Draft['changes'] = [];
  const { html, unwrapped, elements } = flattenHtml(page);
  // Counted after unwrapping: what was unwrapped never reaches the parser.
  if (elements - unwrapped > MAX_HTML_ELEMENTS) throw new Rejection(`web page has ${(elements - unwrapped).toLocaleString('en')} elements; the limit is ${MAX_HTML_ELEMENTS.toLocaleString('en')}`);
  if (unwrapped > 0) notes.push({ rule: 'html-depth', before: `${unwrapped} element(s) nested deeper than ${MAX_HTML_DEPTH} levels`, after: 'unwrapped (their text kept)' });
  const { document } = parseHTML(html);
  const meta: MetaCandidates = {};
  const attr = (selector: string, name: string) => document.querySelector(selector)?.getAttribute(name)?.trim() || null;
  const found: Array<[MetaKey, string | null, string]> = [
    ['title', attr('meta[property="og:title"]', 'content'), 'og:title'],
    ['title', document.querySelector('title')?.textContent?.trim() || null, '<title>'],
    ['date', attr('meta[property="article:published_time"]', 'content'), 'article:published_time'],
    ['date', attr('meta[name="date"]', 'content') ?? attr('meta[name="pubdate"]', 'content') ?? attr('meta[itemprop="datePublished"]', 'content'), 'meta date'],
    ['date', attr('time[datetime]', 'datetime'), '<time datetime>'],
    ['author', attr('meta[name="author"]', 'content') ?? attr('meta[property="article:author"]', 'content'), 'meta author'],
    ['url', attr('link[rel="canonical"]', 'href'), 'link rel=canonical'],
    ['url', attr('meta[property="og:url"]', 'content'), 'og:url'],
    ['publisher', attr('meta[property="og:site_name"]', 'content') ?? attr('meta[name="publisher"]', 'content'), 'og:site_name'],
    ['lang', document.documentElement?.getAttribute('lang')?.trim() || null, '<html lang>'],
  ];
  for (const [key, value, evidence] of found) if (value) meta[key] ??= { value, from: 'html-meta', evidence };
  const removed = new Map<string, number>();
  for (const node of document.querySelectorAll('script, style, noscript, iframe, template, svg, form, nav, aside, footer, [role="navigation"], [aria-hidden="true"]')) {
    const what = node.getAttribute('aria-hidden') === 'true' ? '[aria-hidden]' : node.getAttribute('role') === 'navigation' ? '[role=navigation]' : node.tagName.toLowerCase();
    removed.set(what, (removed.get(what) ?? 0) + 1);
    node.remove();
  }
  // Page furniture is removed by kind; the log says how many of each, so nothing leaves unrecorded.
  if (removed.size > 0) notes.push({ rule: 'html-elements', before: [...removed].map(([k, n]) => `${n} ${k}`).join(', '), after: 'removed (not article text)' });
  // A "page" that parses to no body (only a comment, say) has no article; Readability would throw on it.
  if (!document.documentElement || !document.body) throw new Rejection('no article text found in the web page');
  const pageText = (document.body.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  const article = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  if (!article?.content) throw new Rejection('no article text found in the web page');
  const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
  const blocks: string[] = [];
  for (const el of content.querySelectorAll('p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption')) {
    if (el.querySelector('p, li, blockquote, h2, h3')) continue; // a container: its children carry the text
    const value = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (value) blocks.push(value);
  }
  // (Pushed one by one: a spread of a few hundred thousand arguments overflows the stack.)
  if (blocks.length === 0 && article.textContent) for (const b of textBlocks(article.textContent)) blocks.push(b);
  // What Readability judged not to be the article (teasers, captions, bylines boxes) is left out: the log says how much.
  const outside = pageText - blocks.join(' ').length;
  if (outside > 0) notes.push({ rule: 'html-outside-article', before: `${outside} characters of page text outside the article`, after: 'left out' });
  if (article.title) meta.title ??= { value: article.title, from: 'html-meta', evidence: 'Readability title' };
  // The page's own h1 repeats its title: drop it from the body (logged).
  if (meta.title && blocks[0] && norm(blocks[0]) !== '' && norm(blocks[0]) === norm(meta.title.value)) notes.push({ rule: 'repeated-title', before: blocks.shift()!, after: '' });
  return draft(blocks, meta, Boolean(meta.title), notes);
}

/** Letters and digits of any script, lowercased, separated by single spaces. */
const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ').trim();
