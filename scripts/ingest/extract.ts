/** Stage 2, extract: decoded text → blocks and metadata candidates, by format (.txt, .md, .html). */
import YAML from 'yaml';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { Rejection, type Candidate, type Draft, type Format, type MetaCandidates, type MetaKey } from './types.ts';
import { CORPORATE_SUFFIX, EVIDENCE_RULES, VIA_CREDIT } from './rules/clutter.ts';
import { KICKER, MASTHEAD_NOUNS, SECTION_OPENERS } from './rules/boilerplate.ts';
import { dayFirstIn, isDateLine, statedDates } from './rules/stated-dates.ts';
import { chromeRule } from './clean.ts';

/** The copyright-line rule, to read a page's footer before the footer is dropped. */
const COPYRIGHT = EVIDENCE_RULES.find((r) => r.name === 'copyright-line')!.pattern;

export { FORMATS, type Format } from './types.ts';

/** Turn decoded text into a Draft according to the file's format. */
export function extract(text: string, format: Format): Draft {
  if (format === 'markdown') return extractMarkdown(text);
  if (format === 'html') return extractHtml(text);
  const notes: Draft['changes'] = [];
  return draft(textBlocks(text, notes), {}, false, notes);
}

function draft(blocks: string[], meta: MetaCandidates, titleKnown: boolean, notes: Draft['changes'] = []): Draft {
  return { blocks, meta, changes: notes, embeds: [], titleKnown };
}

/**
 * Plain text → blocks. Blank lines separate groups; a group whose lines look
 * hard-wrapped (all but the last fill most of the measure) stays one block with
 * its line breaks kept for the unwrap rule; any other line is a block of its own.
 */
export function textBlocks(text: string, notes?: Draft['changes']): string[] {
  const blocks: string[] = [];
  for (const group of text.split(/\n[ \t\u00a0]*\n/).flatMap(indentedParagraphs)) {
    let lines = group.split('\n').map((l) => l.replace(/[ \t\u00a0]+$/, '')).filter((l) => l.trim() !== '');
    if (lines.length === 0) continue;
    const box = notes ? sidebarIn(lines) : null;
    if (box) {
      notes!.push({ rule: 'sidebar', before: lines.slice(box[0], box[1]).map((l) => l.trim()).join('\n'), after: '' });
      lines = [...lines.slice(0, box[0]), ...lines.slice(box[1])];
    }
    // A label or time stamp over wrapped text (a transcript's "[00:04:23] TOMÁS HELLER:", a live page's "19.40 GMT") is a block of
    // its own; the text under it is judged alone.
    const head = lines[0]!.trim();
    const stamp = (/^\[\d{1,2}:\d{2}/.test(head) && chromeRule(head) !== null) || /^\d{1,2}[.:]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?$/i.test(head) || isDateLine(head);
    // So is a short heading set on the line above its wrapped paragraph ("About Lumen Grip & Lighting" / "Founded in 1992 …").
    // (Never a list's heading over its items: the paragraph must end as a sentence ends.)
    const heading = head.split(/\s+/).length <= 8 && /^\p{Lu}[\p{L}&'’ -]*$/u.test(head) && chromeRule(head) === null && /[.!?]["”’)]*$/.test(lines.at(-1)!.trim());
    if (lines.length > 2 && (stamp || heading) && isHardWrapped(lines.slice(1)) && !isHardWrapped(lines)) {
      blocks.push(lines[0]!.trim());
      lines = lines.slice(1);
    }
    // (A caption broken over lines, its credit on the last — "… in Santa" / "Clara, Calif. RECORD FILE PHOTO" — is one block.)
    const caption = lines.length <= 4 && chromeRule(lines.map((l) => l.trim()).join(' ')) === 'caption';
    if (isHardWrapped(lines) || wrappedHeading(lines) || caption || /^(?:photo(?:graph)?|image|picture)\s*:/i.test(lines[0]!.trim())) blocks.push(lines.map((l) => l.trim()).join('\n'));
    else {
      // A word hyphenated at the end of a line goes on in the next: the two lines stay one block.
      const own: string[] = [];
      for (const line of lines.map((l) => l.trim())) {
        const last = own.at(-1);
        if (last !== undefined && /\p{L}-$/u.test(last) && /^\p{Ll}/u.test(line)) own[own.length - 1] = `${last}\n${line}`;
        else own.push(line);
      }
      for (const b of own) blocks.push(b);
    }
  }
  return blocks;
}

/**
 * Paragraphs marked only by a first-line indent, with no blank line between them (wire copy: "   NEW DELHI (HP) —
 * Prime Minister …" / "Tuesday in India's …" / "   The Bharatiya Janata Party …"): each indented line that
 * follows a line of text starts a paragraph. A group where every line is indented alike is left whole.
 */
function indentedParagraphs(group: string): string[] {
  const lines = group.split('\n').filter((l) => l.trim() !== '');
  const indented = (l: string) => /^(?: {2,}|\t)\S/.test(l);
  const starts = lines.filter((l, i) => indented(l) && i + 1 < lines.length && !indented(lines[i + 1]!)).length;
  if (starts < 2) return [group];
  const out: string[][] = [];
  for (const line of lines) {
    if (indented(line) || out.length === 0) out.push([line]);
    else out.at(-1)!.push(line);
  }
  return out.map((ls) => ls.join('\n'));
}

/**
 * A box set beside the column that a PDF's text runs into the middle of a paragraph ("… the peninsula have" /
 * "HOW TO HELP" / short lines of the box / "been cut by landslides …"): a heading in capitals, then lines
 * clearly shorter than the column, between a line that stops mid-sentence and one that goes on in lower case,
 * the paragraph around it hard-wrapped. Returns the box's line range, or null.
 */
function sidebarIn(lines: string[]): [number, number] | null {
  if (lines.length < 5) return null;
  for (let s = 1; s < lines.length - 2; s++) {
    const head = lines[s]!.trim();
    if (!/\p{Lu}/u.test(head) || head !== head.toUpperCase() || head.split(/\s+/).length > 5 || /[.!?]$/.test(head) || /[.!?:;"”]$/.test(lines[s - 1]!.trim())) continue;
    const measure = lines.reduce((n, l) => Math.max(n, l.trim().length), 0);
    let e = s + 1;
    while (e < lines.length && lines[e]!.trim().length < measure * 0.75) e++;
    if (e >= lines.length || e === s + 1 || !/^\p{Ll}/u.test(lines[e]!.trim())) continue;
    if (isHardWrapped([...lines.slice(0, s), ...lines.slice(e)])) return [s, e];
  }
  return null;
}

/**
 * A headline set over two to four short lines of one group ("TORN ROOF AT THE TROP" / "BECOMES A SYMBOL OF" /
 * "MILTON’S REACH"; "Shaken, not broken: how" / "Taiwan weathered its" / "strongest quake in 25 years"): all in
 * capitals, or each line but the last stopping on a small word or going on in lower case; none of them chrome or a date.
 * A headline begins with a capital, a figure or a quotation mark.
 * (A photo credit and the caption under it are kept as one block too, so the caption goes with its credit.)
 */
function wrappedHeading(lines: string[]): boolean {
  const ls = lines.map((l) => l.trim());
  if (!/^[\p{Lu}\p{N}“"‘']/u.test(ls[0] ?? '')) return false;
  if (ls.length < 2 || ls.length > 4 || ls.some((l) => chromeRule(l) !== null || isDateLine(l) || /^(?:by|words by)\s/i.test(l))) return false;
  // A longer headline broken once, its second line going on in lower case ("Members advised … after record" / "rainfall disrupts …").
  if (ls.length === 2 && ls[0]!.length <= 80 && ls[1]!.length <= 60 && /^\p{Ll}/u.test(ls[1]!) && !/[.!?;:,]$/.test(ls[0]!)) return true;
  if (ls.some((l) => l.length > 45)) return false;
  // A short headline or deck broken once after any word ("Regulators seize" / "Silicon Valley Bank", "Tech lender's collapse
  // is the largest" / "U.S. bank failure since 2008"): together the two lines read as a clause, with a word in lower case
  // other than a name's small words (a name over its role — "Jane Doe" / "Staff Writer" — has none).
  const clause = ls.join(' ').split(/\s+/).some((w) => /^\p{Ll}/u.test(w) && !/^(?:of|the|and|for|de|da|del|der|van|von|on|at|in|la|le|du)$/.test(w));
  if (ls.length === 2 && clause && !/[.!?;:,]$/.test(ls[0]!) && !/[.!?]$/.test(ls[1]!) && ls.every((l) => l.split(/\s+/).length <= 7 && !/@|https?:|\d{3}[ .-]\d{4}/.test(l))) return true;
  if (ls.every((l) => /\p{Lu}/u.test(l) && l === l.toUpperCase() && l.split(/\s+/).length >= 2) && ls.slice(0, -1).every((l) => !/[!?:;]$/.test(l))) return true;
  return ls.slice(0, -1).every((l, i) => !/[.!?;]$/.test(l) && (/\b(?:a|an|the|of|to|in|on|for|and|or|but|its|his|her|their|how|why|what|as|at|by|with|from)$/i.test(l) || /^\p{Ll}/u.test(ls[i + 1]!)));
}

/** Lines of one group look hard-wrapped when the measure is short and every line but the last nearly fills it (or ends in a hyphen). */
function isHardWrapped(lines: string[]): boolean {
  if (lines.length < 2) return false;
  const measure = lines.reduce((n, l) => Math.max(n, l.length), 0);
  if (measure > 110 || measure < 30) return false;
  // At a short measure a byline over its date ("By Jane Doe, Reporter" / "27 July 2024") looks wrapped
  // too: there, a wrapped line must continue in lower case ("A bridge, six lives, and a port" / "holding its breath").
  // A narrow newspaper column runs to four lines and more, and goes on in capitals too ("… ended with" / "Djokovic’s serve broken.").
  // (A byline stack — "By …", a role, "Published …", "Updated …" — is no column of text.)
  if (measure < 45 && (lines.length < 4 || lines.some((l) => /^by\s/i.test(l.trim()) || isDateLine(l.trim()) || chromeRule(l.trim()) !== null)) && !lines.slice(1).every((l) => /^\p{Ll}/u.test(l.trim()))) return false;
  // Two lines of which one is page chrome or a date on its own ("Headline | Site" / "Skip to main content") are two lines.
  if (lines.length === 2 && lines.some((l) => chromeRule(l) !== null || isDateLine(l.trim()))) return false;
  return lines.slice(0, -1).every((l) => l.trim().length >= measure * 0.6 || /\p{L}-$/u.test(l));
}

/** Front-matter keys that feed metadata; others are reported and ignored. */
const FRONT_MATTER_KEYS: Partial<Record<string, MetaKey>> = {
  title: 'title', date: 'date', published: 'date', publisher: 'publisher', source: 'publisher', site: 'publisher', site_name: 'publisher', publication: 'publisher',
  url: 'url', link: 'url', canonical: 'url', author: 'author', authors: 'author', byline: 'author', lang: 'lang', language: 'lang',
};

/**
 * A MultiMarkdown (Pelican, Python-Markdown "meta") metadata block: the file's first lines, up to the first blank line,
 * all `Key: value`, at least two of them and one a key Sourcebook reads (`Title:`, `Date:`, `Authors:`). Text only.
 */
function metadataBlock(text: string): { length: number; pairs: Array<[string, string | null]> } | null {
  const head = /^(?:[A-Za-z][\w -]{0,30}:[^\n]*\n)+(?:\n|$)/.exec(text);
  if (!head) return null;
  const pairs = head[0].trim().split('\n').map((line): [string, string | null] => {
    const at = line.indexOf(':');
    return [line.slice(0, at).trim(), line.slice(at + 1).trim() || null];
  });
  if (pairs.length < 2 || !pairs.some(([key]) => FRONT_MATTER_KEYS[key.toLowerCase()] === 'title' || FRONT_MATTER_KEYS[key.toLowerCase()] === 'date')) return null;
  return { length: head[0].length, pairs };
}

/**
 * The top-level `key = value` pairs of TOML front matter, values read when they are a plain string, number,
 * boolean or date (null otherwise: arrays, tables, multi-line strings are not metadata Sourcebook reads).
 * Only text is read; nothing is evaluated.
 */
function tomlPairs(source: string): Array<[string, string | null]> {
  const out: Array<[string, string | null]> = [];
  for (const line of source.split('\n')) {
    if (/^\s*\[/.test(line)) break; // a [table] starts: its keys are not the page's.
    const m = /^\s*([A-Za-z0-9_-]+)\s*=\s*(.*?)\s*$/.exec(line);
    if (!m) continue;
    const raw = m[2]!.replace(/\s+#[^"']*$/, '');
    const quoted = /^"((?:[^"\\]|\\.)*)"$|^'([^']*)'$/.exec(raw);
    const value = quoted ? (quoted[1] !== undefined ? quoted[1].replace(/\\(["\\])/g, '$1') : quoted[2]!) : /^(?:[\d.+-]+|true|false|\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:\d{2})?)?)$/.test(raw) ? raw : null;
    out.push([m[1]!, value === null ? null : value.trim()]);
  }
  return out;
}

/** A block of MDX syntax in a Markdown post: ESM import/export lines, a JSX component, a `{/* … *\/}` comment, an admonition fence. */
const MDX_SYNTAX: readonly RegExp[] = [
  /^(?:(?:import\s+(?:[\w*{}\s,$]+\s+from\s+)?['"][^'"\n]+['"]|export\s+(?:const|let|default|function)\b[^\n]*);?\s*(?:\n|$))+$/,
  /^<([A-Z][\w.]*)\b[\s\S]*?(?:\/>|<\/\1>)$/,
  /^\{\/\*[\s\S]*?\*\/\}$/,
  /^:::(?:[a-z]+(?:\s[^\n]*)?)?$/,
];

/** Markdown with optional YAML front matter → blocks (one per block-level node) + front-matter metadata. */
function extractMarkdown(text: string): Draft {
  const meta: MetaCandidates = {};
  const notes: Draft['changes'] = [];
  let body = text;
  const fm = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text);
  // TOML front matter (Hugo, Zola): "+++" fences around `key = "value"` lines.
  const toml = fm ? null : /^\+\+\+[ \t]*\n([\s\S]*?)\n\+\+\+[ \t]*(?:\n|$)/.exec(text);
  const mmd = fm || toml ? null : metadataBlock(text);
  if (toml || mmd) {
    body = text.slice(toml ? toml[0].length : mmd!.length);
    for (const [key, value] of toml ? tomlPairs(toml[1]!) : mmd!.pairs) {
      let target = FRONT_MATTER_KEYS[key.toLowerCase()];
      if (target === 'publisher' && value !== null && /^https?:\/\//i.test(value)) target = 'url';
      if (!target || value === null || value === '') {
        notes.push({ rule: 'front-matter-ignored-key', before: toml ? `${key} = ${value ?? '…'}` : `${key}: ${value ?? ''}`, after: '' });
        continue;
      }
      meta[target] ??= { value, from: 'front-matter', evidence: `${key}: ${value}` };
    }
  }
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
        let target = FRONT_MATTER_KEYS[key.toLowerCase()];
        // A list of authors (a web clipper writes them as wiki-links: "[[Renata Okafor]]"; Docusaurus as objects with a name).
        const listed = target === 'author' && Array.isArray(raw) ? raw.map((x: unknown) => (typeof x === 'string' ? x : x && typeof x === 'object' && typeof (x as { name?: unknown }).name === 'string' ? (x as { name: string }).name : null)) : null;
        const names = listed && listed.every((x) => x !== null) ? (listed as string[]).map((x) => x.replace(/^\[\[([^\]|]+)(?:\|[^\]]*)?\]\]$/, '$1').trim()).filter(Boolean) : null;
        const value = names?.length ? names.join(' and ') : raw instanceof Date ? raw.toISOString() : typeof raw === 'string' || typeof raw === 'number' ? String(raw).trim() : null;
        // A web address is where the article is, never its publisher's name ("source: https://…").
        if (target === 'publisher' && value !== null && /^https?:\/\//i.test(value)) target = 'url';
        if (!target || value === null || value === '') {
          notes.push({ rule: 'front-matter-ignored-key', before: `${key}: ${JSON.stringify(raw)}`, after: '' });
          continue;
        }
        meta[target] ??= { value, from: 'front-matter', evidence: `${key}: ${value}` };
      }
    }
  }
  // A site generator's tag on a line of its own ("{{< republished-badge >}}", "{% include ad.html %}") is a block of its own,
  // not the first words of the paragraph under it.
  const tree = fromMarkdown(body.replace(/^([ \t]*(?:\{\{[<%].*[%>]\}\}|\{%.*%\})[ \t]*)\n(?=[ \t]*\S)/gm, '$1\n\n'));
  // A page's own headline (`# …`, of four words or more, near the top) is the headline, before a front-matter title that
  // is a menu or SEO version of it ("Grindavík eruption explained"), as a web page's <h1> comes before its og:title.
  const h1 = tree.children.slice(0, 3).find((n) => n.type === 'heading' && n.depth === 1);
  const printed = h1 ? plainText(h1).trim() : '';
  // (Only a version of the same headline: the two share a word of four letters or more. A section heading is not it.)
  const words = (t: string) => new Set(t.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 4));
  const shared = h1 && meta.title ? [...words(printed)].some((w) => words(meta.title!.value).has(w)) : false;
  if (h1 && meta.title && shared && printed.split(/\s+/).length >= 4 && printed.toLowerCase() !== meta.title.value.toLowerCase()) {
    notes.push({ rule: 'printed-headline', before: `title: ${meta.title.value}`, after: printed });
    meta.title = { value: printed, from: 'text', evidence: `# ${printed}` };
    tree.children.splice(tree.children.indexOf(h1), 1);
  }
  const blocks: string[] = [];
  // An explicit stack, not recursion: quotes and lists nest as deep as the input says (5,000 `>` is legal Markdown).
  type Node = (typeof tree.children)[number];
  const stack: Node[] = [...tree.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    // MDX written into a Markdown post (Docusaurus, Astro): its imports, components, comments and admonition fences are
    // the site's code, not the article's text. They are dropped as text, logged; nothing is evaluated.
    const source = node.position ? body.slice(node.position.start.offset, node.position.end.offset).trim() : '';
    if ((node.type === 'paragraph' || node.type === 'html') && MDX_SYNTAX.some((r) => r.test(source))) {
      notes.push({ rule: 'mdx-syntax', before: source, after: '' });
      continue;
    }
    if (node.type === 'list' || node.type === 'blockquote') {
      const children = node.children.flatMap((c) => ('children' in c && c.type === 'listItem' ? c.children : [c])) as Node[];
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    } else if (node.type === 'thematicBreak' || node.type === 'definition') continue;
    else if (node.type === 'heading' && node.depth >= 2 && isCrosshead(plainText(node).trim(), blocks)) notes.push({ rule: 'crosshead', before: plainText(node).trim(), after: '' });
    else if (node.type === 'html') {
      // Raw HTML is never published as markup: its text is kept, the tags (and comments) go, logged.
      const text = node.value.replace(/<!--[\s\S]*?(?:-->|$)/g, ' ').replace(/<[^>]*(?:>|$)/g, ' ');
      const kept = textBlocks(text);
      notes.push({ rule: 'html-markup', before: node.value, after: kept.join('\n') });
      for (const b of kept) blocks.push(b);
    } else if (node.type === 'code' && node.lang) {
      // A fenced block marked with a programming language (```swift) is code shown on the page, not the article's prose.
      notes.push({ rule: 'code-block', before: source, after: '' });
    } else if (node.type === 'code') for (const b of textBlocks(node.value)) blocks.push(b);
    else if (node.type === 'paragraph' && node.children.some((c) => c.type === 'image') && node.children.every((c) => c.type === 'image' || c.type === 'emphasis' || c.type === 'break' || (c.type === 'text' && !c.value.trim()))) {
      // An image on its own (with its italic caption): kept in Markdown form so the cleaner can log it leaving the text.
      for (const c of node.children) {
        if (c.type === 'image') blocks.push(`![${c.alt ?? ''}](${c.url})`);
        else if (c.type === 'emphasis' && plainText(c).trim()) blocks.push(`*${plainText(c).trim()}*`);
      }
    } else if (node.type === 'paragraph' && node.children.length === 1 && node.children[0]!.type === 'emphasis') {
      // A paragraph set wholly in italics (a tagline, caption or note): the cleaner decides, so its emphasis is kept.
      const value = plainText(node).trim();
      if (value) blocks.push(`*${value}*`);
    }
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
  // A line break is a break between words: "…2024<br>Updated…" is two lines, never "2024Updated".
  const { document } = parseHTML(html.replace(/<br\s*\/?>(?!\s*\n)/gi, '<br>\n'));
  const meta: MetaCandidates = {};
  const attr = (selector: string, name: string) => document.querySelector(selector)?.getAttribute(name)?.trim() || null;
  // A page with several authors prints one <meta name="author"> each.
  const allAttr = (selector: string, name: string) => [...new Set([...document.querySelectorAll(selector)].map((el) => el.getAttribute(name)?.trim()).filter((v): v is string => Boolean(v)))].join(' and ') || null;
  const ld = jsonLd(document);
  const found: Array<[MetaKey, string | null, string]> = [
    ['date', attr('meta[property="article:published_time"]', 'content'), 'article:published_time'],
    ['date', ld.datePublished ?? null, 'JSON-LD datePublished'],
    ['date', attr('meta[name="date"]', 'content') ?? attr('meta[name="pubdate"]', 'content') ?? attr('meta[itemprop="datePublished"]', 'content'), 'meta date'],
    ['date', attr('time[datetime]', 'datetime'), '<time datetime>'],
    ['author', allAttr('meta[name="author"]', 'content') ?? attr('meta[property="article:author"]', 'content'), 'meta author'],
    ['author', ld.author ?? null, 'JSON-LD author'],
    ['author', bylineAuthors(document), 'byline'],
    ['author', bylineText(document), 'byline element'],
    ['date', printedDate(document), 'date printed in a <time> or date element'],
    ['url', attr('link[rel="canonical"]', 'href'), 'link rel=canonical'],
    ['url', attr('meta[property="og:url"]', 'content'), 'og:url'],
    // An aggregator's page credits the story's outlet ("via The Arctic Dispatch"): that outlet, not the aggregator's site name.
    ['publisher', viaCredit(document), 'a "via <outlet>" credit'],
    ['publisher', attr('meta[property="og:site_name"]', 'content') ?? attr('meta[name="publisher"]', 'content'), 'og:site_name'],
    ['publisher', ld.publisher ?? null, 'JSON-LD publisher'],
    ['publisher', labelled(document, /^(?:from|published by|publisher|issued by)\s*:?$/i), 'a "From:" or "Published by" label'],
    ['lang', document.documentElement?.getAttribute('lang')?.trim() || null, '<html lang>'],
  ];
  // An author given as a web address (article:author is often the reporter's profile page) names nobody.
  for (const [key, value, evidence] of found) if (value && !(key === 'author' && /^https?:\/\//i.test(value))) meta[key] ??= { value, from: 'html-meta', evidence };
  // A time given in UTC ("2024-05-11T22:37:00Z") is the publisher's local date only by chance: the same instant printed in a
  // <time> with its own offset ("2024-05-12T00:37:00+02:00", shown as "May 12, 2024 - 00:37 CEST") gives the date as published.
  if (meta.date && /(?:Z|[+-]00:?00)$/i.test(meta.date.value)) {
    const instant = Date.parse(meta.date.value);
    const local = [...document.querySelectorAll('time[datetime]')].map((t) => t.getAttribute('datetime')?.trim() ?? '').find((v) => /[+-](?!00:?00)\d{2}:?\d{2}$/.test(v) && Date.parse(v) === instant);
    if (local) meta.date = { value: local, from: 'html-meta', evidence: `<time datetime="${local}"> (the same instant as ${meta.date.evidence}, in the page's own time zone)` };
  }
  let title = htmlTitle(document, ld.headline, meta.publisher?.value ?? null);
  let siteTitle: string | null = null;
  // A bare <title> that is only the site's name, printed again in the page's header or logo ("Press Information Bureau"),
  // is no headline: it names the publisher, and the headline is looked for in the text (an <h2> over the release, say).
  if (title?.evidence === '<title>' && siteNameTitle(document, title.value)) {
    meta.publisher ??= { value: title.value, from: 'html-meta', evidence: `<title>${title.value}</title>, the name in the page's header` };
    notes.push({ rule: 'site-name-title', before: `<title>${title.value}</title>`, after: 'the site name, not the headline' });
    siteTitle = title.value;
    title = null;
  }
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
    // A photo's caption is the page's, not the article's text (kept in the log).
    if (el.tagName === 'FIGCAPTION' || el.closest('figcaption')) {
      const caption = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (caption && el.tagName === 'FIGCAPTION') notes.push({ rule: 'photo-caption', before: caption, after: '' });
      continue;
    }
    const value = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (value && /^H[2-6]$/.test(el.tagName) && isCrosshead(value, blocks)) {
      notes.push({ rule: 'crosshead', before: value, after: '' });
      continue;
    }
    if (value) blocks.push(value);
  }
  // (Pushed one by one: a spread of a few hundred thousand arguments overflows the stack.)
  if (blocks.length === 0 && article.textContent) for (const b of textBlocks(article.textContent)) blocks.push(b);
  // What Readability judged not to be the article (teasers, captions, bylines boxes) is left out: the log says how much.
  const outside = pageText - blocks.join(' ').length;
  if (outside > 0) notes.push({ rule: 'html-outside-article', before: `${outside} characters of page text outside the article`, after: 'left out' });
  if (article.title && norm(article.title) !== norm(siteTitle ?? '')) meta.title ??= { value: article.title, from: 'html-meta', evidence: 'Readability title' };
  if (meta.title?.value.endsWith('…')) meta.titleTruncated ??= { value: 'true', from: 'html-meta', evidence: meta.title.value };
  // The page's own h1 repeats its title: drop it from the body (logged).
  if (meta.title && blocks[0] && norm(blocks[0]) !== '' && norm(blocks[0]) === norm(meta.title.value)) notes.push({ rule: 'repeated-title', before: blocks.shift()!, after: '' });
  return draft(blocks, meta, Boolean(meta.title), notes);
}

/** Letters and digits of any script, lowercased, separated by single spaces. */
const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ').trim();

/** The outlet an element credits on its own ("via The Arctic Dispatch"), when it is a short name: the innermost such element's. */
function viaCredit(document: ReturnType<typeof parseHTML>['document']): string | null {
  let best: string | null = null;
  for (const el of document.querySelectorAll('span, p, div, li, small')) {
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    const m = VIA_CREDIT.exec(text);
    const name = m?.[1]!.trim();
    if (name && name.split(' ').length <= 6 && name.split(' ').every((w) => /^[\p{Lu}\d&]/u.test(w) || /^(?:of|the|and|for|in|on|de|la|le)$/.test(w)) && (best === null || name.length < best.length)) best = name;
  }
  return best;
}

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

/** The author a byline element prints ("By Jane Doe, Texas Newsroom"), read with the byline rule. */
function bylineText(document: ReturnType<typeof parseHTML>['document']): string | null {
  const byline = EVIDENCE_RULES.find((r) => r.name === 'byline')!.pattern;
  // The innermost element that reads as a byline ("<span>By Callum Reddy</span>" inside a box that also prints a role and "3 days ago").
  let best: { author: string; length: number } | null = null;
  // (Class names in other languages too: "autor" in Portuguese and Spanish, "auteur" in French.)
  const boxes = '[class*="byline"], [class*="author"], [class*="autor"], [class*="auteur"]';
  for (const el of document.querySelectorAll(`${boxes}, ${boxes.split(', ').map((b) => `${b} *`).join(', ')}`)) {
    const line = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    const author = line.length < 160 ? byline.exec(line)?.groups?.author : undefined;
    if (author && (!best || line.length < best.length)) best = { author: author.trim(), length: line.length };
  }
  if (best) return best.author;
  // A byline element that prints only the names ("<p class="byline">Rob Kenning and Amy Lowe</p>").
  const person = "\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,3}";
  const names = new RegExp(`^${person}(?:(?:,\\s*|\\s+and\\s+|\\s*&\\s*)${person}){0,3}$`, 'u');
  for (const el of document.querySelectorAll('[class*="byline"]')) {
    const line = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (names.test(line) && !/\b(?:staff|reporters?|desk|news|editors?|correspondents?|team|agency|wire|newsroom)\b/i.test(line)) return line.replace(/\s*&\s*/g, ' and ');
  }
  // A byline without "By": the article's first link to a reporter's page ("<a href="/profile/tomas-reilly">Tomás Reilly</a> in New York").
  const scope = document.querySelector('article, main') ?? document;
  const link = scope.querySelector('a[href*="/profile/"], a[href*="/author/"], a[href*="/authors/"], a[href*="/staff/"], a[href*="/journalists/"], a[href*="/reporters/"], a[href*="/contributors/"]');
  const name = (link?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}$/u.test(name) ? name : null;
}

/** The value a page's definition list gives a label ("<dt>From:</dt><dd>Office for Citizens Abroad</dd>"), when short. */
function labelled(document: ReturnType<typeof parseHTML>['document'], label: RegExp): string | null {
  for (const dt of document.querySelectorAll('dt')) {
    if (!label.test((dt.textContent ?? '').trim())) continue;
    const value = dt.nextElementSibling?.tagName === 'DD' ? (dt.nextElementSibling.textContent ?? '').replace(/\s+/g, ' ').trim() : '';
    if (value && value.length <= 80) return value;
  }
  // Or a line of its own ("<p>From: <a>Office of Emergency Management</a></p>").
  for (const el of document.querySelectorAll('p, div, span, small')) {
    if (el.querySelector('p, div')) continue;
    const m = /^([^:]{2,20}):\s+(\p{Lu}[^.!?:]{2,80})$/u.exec((el.textContent ?? '').replace(/\s+/g, ' ').trim());
    if (m && label.test(`${m[1]}:`)) return m[2]!.trim();
  }
  return null;
}

/** The publication date a page prints in a <time> element without `datetime`, or in an element classed as a date ("11.10.2024 13:05 CEST"). */
function printedDate(document: ReturnType<typeof parseHTML>['document']): string | null {
  // A date the page labels as its publication ("<dt>Published</dt><dd>9 October 2024</dd>").
  for (const dt of document.querySelectorAll('dt')) {
    if (!/^(?:first\s+)?published(?:\s+on)?\s*:?$/i.test((dt.textContent ?? '').trim())) continue;
    const dd = dt.nextElementSibling;
    const found = dd?.tagName === 'DD' ? statedDates((dd.textContent ?? '').trim()).find((d) => !d.updated) : undefined;
    if (found) return found.date;
  }
  for (const el of document.querySelectorAll('time, [class*="date"], [class*="byline"]')) {
    const line = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!line || line.length > 160) continue;
    // A date in a list (a page's update history, other stories) is not this page's, unless its item says it was published then.
    const item = el.closest('li');
    if (item && !/\b(?:first\s+)?published\b/i.test(item.textContent ?? '')) continue;
    const before = (el.previousSibling?.textContent ?? '').trim();
    if (/\b(?:updated?|modified|revised)\b[\s:]*$/i.test(before)) continue;
    const found = statedDates(line, dayFirstIn(line)).find((d) => !d.updated);
    if (found) return found.date;
  }
  // A line that says when the page was published ("<p>Published 11 October 2024</p>").
  for (const el of document.querySelectorAll('p, div, span, small')) {
    if (el.querySelector('p, div')) continue;
    const m = /^(?:first\s+)?published(?:\s+on)?\s*:?\s+(.{6,60})$/i.exec((el.textContent ?? '').replace(/\s+/g, ' ').trim());
    const found = m ? statedDates(m[1]!, dayFirstIn(m[1]!)).find((d) => !d.updated) : undefined;
    if (found) return found.date;
  }
  return null;
}

/** Authors named in a visible byline element ("By <span class=author>A</span> and <span class=author>B</span>"). */
function bylineAuthors(document: ReturnType<typeof parseHTML>['document']): string | null {
  const names = [...document.querySelectorAll('[rel="author"], .author, [itemprop="author"], [class*="author-name"], [class*="author__name"], [class*="contributor-name"], [class*="byline__name"], [class*="byline-name"]')].map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim()).filter((n) => n && n.length < 60);
  const unique = [...new Set(names)];
  return unique.length ? unique.join(' and ') : null;
}

/**
 * Is a bare <title> (no separator) the site's name: a name of up to five capitalised words that the page prints again
 * in its header, logo or brand element (`<div class="header">…Press Information Bureau<br>Government of India…</div>`)?
 */
function siteNameTitle(document: ReturnType<typeof parseHTML>['document'], value: string): boolean {
  if (!/^(?:[\p{Lu}\d][\p{L}\d.'’&-]*\s?){1,5}$/u.test(value)) return false;
  const brand = document.querySelectorAll('header, [class*="header"], [id*="header"], [class*="logo"], [id*="logo"], [class*="brand"], [class*="masthead"], [class*="site-name"], [class*="sitename"]');
  return [...brand].some((el) => (el.textContent ?? '').split(/\n/).some((line) => norm(line) === norm(value)));
}

/** A heading is a crosshead (inside the article) once a block of at least this many words (a paragraph) came before it. */
const CROSSHEAD_AFTER_WORDS = 20;

/**
 * A subheading inside the article, once its text has begun ("## What the AI rules say", an <h3> over a live entry): no
 * paragraph to cite. A heading the cleaner reads as the page's own (a list of related stories, "About …", a page's history)
 * stays for the cleaner, which removes it with what it heads.
 */
function isCrosshead(value: string, before: readonly string[]): boolean {
  return before.some((b) => b.split(/\s+/).length >= CROSSHEAD_AFTER_WORDS) && chromeRule(value) === null && !KICKER.test(value) && !SECTION_OPENERS.some((r) => r.pattern.test(value));
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
  // The headline the page prints (<h1>) is the one a reader cites; og:title and JSON-LD are often a social or search
  // headline written for another place. A short <h1> ("Politics", "Live") is a section label: then those.
  const printed = h1 && h1.split(/\s+/).length >= 4 && !h1.endsWith('…') ? h1 : null;
  if (printed) candidates.push({ value: printed, from: 'html-meta', evidence: '<h1>' });
  const og = text(document.querySelector('meta[property="og:title"]')?.getAttribute('content'));
  if (og) candidates.push({ value: og, from: 'html-meta', evidence: 'og:title' });
  if (ldHeadline) candidates.push({ value: ldHeadline, from: 'html-meta', evidence: 'JSON-LD headline' });
  if (h1 && !printed) candidates.push({ value: h1, from: 'html-meta', evidence: '<h1>' });
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
