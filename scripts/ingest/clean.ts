/**
 * Stage 3, clean: remove site clutter, lift evidence and embedded posts out of
 * the text, repair wrapping and run-together words, drop duplicates. Every rule
 * is named; every change it makes is logged (rule, before, after).
 */
import type { Change } from '../../src/schemas/source.ts';
import { sentences } from '../../src/lib/sentences.ts';
import type { Draft } from './types.ts';
import {
  BLOCK_RULES, DONATION_OPENERS, DONATION_MAX_LINE, EVIDENCE_RULES, READ_MORE_INLINE,
  SOCIAL_POST, SOCIAL_POST_MAX, STRAY_TAIL_MAX,
} from './rules/clutter.ts';
import { splitRunTogether, isWord } from './rules/run-together.ts';
import { toIsoDate } from './dates.ts';
import { findDateline, SENTENCE_END } from './segment.ts';

/** One cleaning step: a name for the log and a pure function over the draft. */
export type CleanStep = { name: string; description: string; run: (draft: Draft) => Draft };

/** The cleaning steps, in the order they run. */
export const CLEAN_STEPS: readonly CleanStep[] = [
  { name: 'evidence-lines', description: 'Copyright and "Source:" lines leave the text and become metadata evidence', run: evidenceLines },
  { name: 'block-clutter', description: 'Whole lines of site clutter (read-more links, share bars, breadcrumbs, newsletter prompts, comment forms)', run: blockClutter },
  { name: 'donation-appeal', description: 'A donation appeal and its short lines', run: donationAppeal },
  { name: 'stray-tail', description: 'Stray words left at the end of the page (tags, image names)', run: strayTail },
  { name: 'unwrap', description: 'Hard-wrapped lines joined; words hyphenated across a line break rejoined', run: unwrap },
  { name: 'repeated-title', description: 'The title repeated as the next line', run: repeatedTitle },
  { name: 'run-in-headline', description: 'A headline run into the dateline on the same line is split from it', run: runInHeadline },
  { name: 'read-more-inline', description: '"Read More: <headline>" runs inside a paragraph (a paragraph break is kept in their place)', run: readMoreInline },
  { name: 'social-post', description: 'An embedded social post becomes an attributed embed', run: socialPosts },
  { name: 'run-together', description: 'Words run together where a line break was lost are split', run: runTogether },
  { name: 'whitespace', description: 'Runs of spaces collapsed', run: whitespace },
  { name: 'paragraph-breaks', description: 'Very long blocks (lost paragraph breaks) are split between sentences', run: paragraphBreaks },
  { name: 'duplicates', description: 'Repeated paragraphs and pull-quotes that repeat a later paragraph', run: duplicates },
];

/** Run every cleaning step in order. */
export function clean(draft: Draft): Draft {
  return CLEAN_STEPS.reduce((d, step) => step.run(d), draft);
}

const log = (d: Draft, rule: string, before: string, after = ''): Change[] => [...d.changes, { rule, before, after }];

function evidenceLines(d: Draft): Draft {
  const meta = { ...d.meta };
  const changes = [...d.changes];
  const blocks = d.blocks.filter((block) => {
    const line = block.trim();
    for (const rule of EVIDENCE_RULES) {
      const m = rule.pattern.exec(line);
      if (!m?.groups) continue;
      if (m.groups.publisher) meta.publisher ??= { value: m.groups.publisher.trim(), from: 'text', evidence: line };
      if (m.groups.author) meta.author ??= { value: m.groups.author.trim(), from: 'text', evidence: line };
      if (m.groups.url) {
        const url = safeUrl(m.groups.url);
        if (url) {
          meta.publisher ??= { value: url.hostname.replace(/^www\./, ''), from: 'text', evidence: line };
          // A bare site address names the publisher, not this article.
          if (url.pathname.length > 1) meta.url ??= { value: url.href, from: 'text', evidence: line };
        }
      }
      changes.push({ rule: rule.name, before: line, after: '' });
      return false;
    }
    return true;
  });
  return { ...d, blocks, meta, changes };
}

function blockClutter(d: Draft): Draft {
  const changes = [...d.changes];
  const blocks = d.blocks.filter((block) => {
    const rule = BLOCK_RULES.find((r) => r.pattern.test(block.trim()));
    if (rule) changes.push({ rule: rule.name, before: block, after: '' });
    return !rule;
  });
  return { ...d, blocks, changes };
}

function donationAppeal(d: Draft): Draft {
  const blocks: string[] = [];
  const changes = [...d.changes];
  for (let i = 0; i < d.blocks.length; i++) {
    if (!DONATION_OPENERS.test(d.blocks[i]!.trim())) {
      blocks.push(d.blocks[i]!);
      continue;
    }
    let end = i + 1;
    while (end < d.blocks.length && d.blocks[end]!.length < DONATION_MAX_LINE && !/^[“"]/.test(d.blocks[end]!)) end++;
    changes.push({ rule: 'donation-appeal', before: d.blocks.slice(i, end).join('\n'), after: '' });
    i = end - 1;
  }
  return { ...d, blocks, changes };
}

function strayTail(d: Draft): Draft {
  const blocks = [...d.blocks];
  const changes = [...d.changes];
  while (blocks.length > 1) {
    const last = blocks.at(-1)!.trim();
    // Sentence-final punctuation of any script (。！？ in CJK, ۔ ؟ in Urdu and Arabic) marks text, not a stray tag.
    if (last.length > STRAY_TAIL_MAX || SENTENCE_END.test(last) || /[’)]$/.test(last) || last.split(/\s+/).length > 3) break;
    changes.push({ rule: 'stray-tail', before: last, after: '' });
    blocks.pop();
  }
  return { ...d, blocks, changes };
}

function unwrap(d: Draft): Draft {
  const changes = [...d.changes];
  let wrapped = 0;
  const blocks = d.blocks.map((block) => {
    if (!block.includes('\n')) return block;
    wrapped++;
    return block.replace(/(\p{L}+)-\n(\p{Ll}\p{L}*)/gu, (_all, a: string, b: string) => {
      const joined = a + b;
      if (!isWord(joined.toLowerCase())) return `${a}-${b}`;
      changes.push({ rule: 'hyphenation', before: `${a}-⏎${b}`, after: joined });
      return joined;
    }).replace(/\s*\n\s*/g, ' ');
  });
  if (wrapped) changes.push({ rule: 'unwrap-lines', before: `${wrapped} hard-wrapped paragraph(s)`, after: 'joined into single lines' });
  return { ...d, blocks, changes };
}

// Bracketed asides go ([^\][] stops at the next '[', so a run of unclosed '[' is not rescanned from each one).
const simplify = (s: string) => s.toLowerCase().replace(/\[[^\][]*\]/g, ' ').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

function repeatedTitle(d: Draft): Draft {
  const title = d.titleKnown ? d.meta.title?.value : d.blocks[0];
  const at = d.titleKnown ? 0 : 1;
  const next = d.blocks[at];
  if (!title || next === undefined || simplify(next) !== simplify(title)) return d;
  return { ...d, blocks: d.blocks.toSpliced(at, 1), changes: log(d, 'repeated-title', next) };
}

/** An upper-case dateline inside the first block, after text that reads as a headline. */
const INLINE_DATELINE = /^([^.!?:]{10,200}?)\s+(\p{Lu}[\p{Lu} .'’-]{2,40}(?::|\s[—–]))\s/u;

function runInHeadline(d: Draft): Draft {
  const first = d.blocks[0];
  if (d.titleKnown || first === undefined || findDateline(first)) return d;
  const m = INLINE_DATELINE.exec(first);
  if (!m || !findDateline(first.slice(m[1]!.length).trim())) return d;
  const headline = m[1]!.trim();
  return { ...d, blocks: [headline, first.slice(m[1]!.length).trim(), ...d.blocks.slice(1)], changes: log(d, 'run-in-headline', headline, `${headline}⏎`) };
}

const FUNCTION_WORDS = new Set(['a', 'an', 'the', 'of', 'for', 'to', 'in', 'on', 'and', 'or', 'with', 'by', 'as', 'at', 'from', 'into', 'over', 'amid', 'after', 'vs']);
const startsUpper = (t: string) => /^[“"‘(]?\p{Lu}/u.test(t);
const startsLower = (t: string) => /^\p{Ll}/u.test(t);
const isAcronym = (t: string) => /^\p{Lu}[\p{Lu}\d.-]*$/u.test(t.replace(/[’'`]s$|[,:;]$/u, '')) && t.length > 1;

/**
 * Where a run-in headline ends: before the first capitalised word that starts the
 * next sentence — after a lowercase content word (sentence-case headline), or
 * followed by a lowercase word after a capitalised one (title-case headline).
 */
export function headlineLength(tokens: readonly string[]): number {
  for (let i = 1; i < Math.min(tokens.length, 24); i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1]!;
    if (!startsUpper(t) || isAcronym(t)) continue;
    if (startsLower(prev) && !FUNCTION_WORDS.has(prev.toLowerCase())) return i;
    if (i >= 3 && startsUpper(prev) && tokens[i + 1] !== undefined && startsLower(tokens[i + 1]!)) return i;
  }
  return 0;
}

function readMoreInline(d: Draft): Draft {
  const changes = [...d.changes];
  const blocks = d.blocks.flatMap((block) => {
    const parts: string[] = [];
    let rest = block;
    for (;;) {
      READ_MORE_INLINE.lastIndex = 0;
      const m = READ_MORE_INLINE.exec(rest);
      if (!m) break;
      const after = rest.slice(m.index + m[0].length);
      const tokens = after.split(/\s+/);
      const n = headlineLength(tokens);
      const headline = tokens.slice(0, n).join(' ');
      changes.push({ rule: 'read-more-inline', before: `${m[0].trim()} ${headline}`.trim(), after: '' });
      parts.push(rest.slice(0, m.index));
      rest = tokens.slice(n).join(' ');
    }
    parts.push(rest);
    return parts.map((p) => p.trim()).filter(Boolean);
  });
  return { ...d, blocks, changes };
}

function socialPosts(d: Draft): Draft {
  const changes = [...d.changes];
  const embeds = [...d.embeds];
  const blocks = d.blocks.flatMap((block) => {
    const m = SOCIAL_POST.exec(block);
    if (!m?.groups) return [block];
    const before = block.slice(0, m.index);
    // The post's text: whole sentences just before the link, as many as fit in a post.
    const ss = sentences(before);
    let startAt = before.length;
    for (let i = ss.length - 1; i >= 0; i--) {
      if (before.length - ss[i]!.start > SOCIAL_POST_MAX || findDateline(ss[i]!.text)) break;
      startAt = ss[i]!.start;
    }
    const text = before.slice(startAt).trim();
    const matched = block.slice(startAt, m.index + m[0].length).trim();
    embeds.push({
      kind: 'social-post', text, author: m.groups.author!.trim(), handle: m.groups.handle ?? null,
      date: toIsoDate(m.groups.date ?? ''), link: m.groups.link ? `https://${m.groups.link.replace(/^https?:\/\//, '')}` : null,
    });
    changes.push({ rule: 'social-post', before: matched, after: `embed: ${m.groups.author!.trim()} (@${m.groups.handle})` });
    return [before.slice(0, startAt), block.slice(m.index + m[0].length)].map((p) => p.trim()).filter(Boolean);
  });
  return { ...d, blocks, embeds, changes };
}

function runTogether(d: Draft): Draft {
  // A capitalised token seen twice in the article is a name: never split it.
  const counts = new Map<string, number>();
  for (const block of d.blocks) for (const t of block.match(/\p{Lu}[\p{L}’']+/gu) ?? []) counts.set(t, (counts.get(t) ?? 0) + 1);
  const keep = new Set([...counts].filter(([, n]) => n > 1).map(([t]) => t));
  const changes = [...d.changes];
  const blocks = d.blocks.map((block) => {
    const { text, repairs } = splitRunTogether(block, keep);
    for (const r of repairs) changes.push({ rule: 'run-together', before: r.before, after: r.after });
    return text;
  });
  return { ...d, blocks, changes };
}

function whitespace(d: Draft): Draft {
  const blocks = d.blocks.map((b) => b.replace(/[ \t\u00a0]{2,}/g, ' ').trim()).filter(Boolean);
  return { ...d, blocks };
}

/** Blocks longer than this lost their paragraph breaks; so did an article that is one block longer than LONE_BLOCK. */
const LONG_BLOCK = 1200;
const LONE_BLOCK = 600;
/** Target paragraph length when re-breaking a long block. */
const PARAGRAPH_TARGET = 250;

function paragraphBreaks(d: Draft): Draft {
  const changes = [...d.changes];
  const body = d.blocks.length - (d.titleKnown ? 0 : 1);
  const blocks = d.blocks.flatMap((block) => {
    if (block.length <= (body <= 1 ? LONE_BLOCK : LONG_BLOCK)) return [block];
    const out: string[] = [];
    let current = '';
    let previous = '';
    for (const { text } of sentences(block)) {
      // A quotation that follows its attribution ("… he said. “More.”") stays with it.
      const continuesQuote = /^[“"]/.test(text) && /\b(?:said|says|added|told|noted|stressed)\b[^“”"]*$/.test(previous);
      // Break before a sentence once the paragraph is long enough, or before a new quotation.
      if (!continuesQuote && (current.length >= PARAGRAPH_TARGET || (current.length >= PARAGRAPH_TARGET / 2 && /^[“"]/.test(text)))) {
        out.push(current.trim());
        current = '';
      }
      current += text;
      previous = text;
    }
    if (current.trim()) out.push(current.trim());
    if (out.length > 1) changes.push({ rule: 'paragraph-breaks', before: `one block of ${block.length} characters`, after: `${out.length} paragraphs` });
    return out;
  });
  return { ...d, blocks, changes };
}

/** Share of a block's word triples found in another block for it to count as a repeat. */
const REPEAT_SHARE = 0.8;
/** Word triples found in more blocks than this are boilerplate, not evidence of a repeat (keeps long articles linear). */
const COMMON_TRIPLE = 20;

function duplicates(d: Draft): Draft {
  const simple = d.blocks.map(simplify);
  const words = simple.map((s) => s.split(' ').filter(Boolean));
  const triples = words.map((w) => new Set(w.length < 3 ? [w.join(' ')] : w.slice(2).map((_, i) => `${w[i]} ${w[i + 1]} ${w[i + 2]}`)));
  const index = new Map<string, number[]>();
  triples.forEach((set, i) => set.forEach((t) => (index.get(t) ?? index.set(t, []).get(t)!).push(i)));
  const drop = new Set<number>();
  const changes = [...d.changes];
  const firstSeen = new Map<string, number>();
  triples.forEach((set, i) => {
    // An exact repeat: keep the first.
    if (firstSeen.has(simple[i]!)) {
      drop.add(i);
      changes.push({ rule: 'duplicate-paragraph', before: d.blocks[i]!, after: '' });
      return;
    }
    firstSeen.set(simple[i]!, i);
    // A pull-quote: a shorter block whose text a later, longer block repeats.
    const rare = [...set].filter((t) => index.get(t)!.length <= COMMON_TRIPLE);
    if (words[i]!.length < 6 || rare.length < set.size / 2) return;
    const hits = new Map<number, number>();
    for (const t of rare) for (const j of index.get(t)!) if (j > i) hits.set(j, (hits.get(j) ?? 0) + 1);
    for (const [j, n] of hits) {
      if (n / rare.length >= REPEAT_SHARE && words[i]!.length < words[j]!.length) {
        drop.add(i);
        changes.push({ rule: 'pull-quote', before: d.blocks[i]!, after: '' });
        break;
      }
    }
  });
  return { ...d, blocks: d.blocks.filter((_, i) => !drop.has(i)), changes };
}

/** Parse a URL, allowing only http and https. */
export function safeUrl(value: string): URL | null {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}
