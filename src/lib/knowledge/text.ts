/**
 * Text helpers shared by the extractors: a tokenizer that keeps character
 * offsets (and repairs words run together by a bad copy), sentence lookup,
 * stable short hashes, slugs and name normalisation.
 */
import { ABBREVIATIONS, sentences } from '../sentences.ts';
import { isWord } from './lexicon.ts';

/** One token of a paragraph with its offsets in the paragraph text. */
export interface Token {
  /** The token as written (a possessive `’s` is its own token). */
  text: string;
  /** Start offset. */
  start: number;
  /** End offset (exclusive). */
  end: number;
  /** `word` (letters, maybe with inner apostrophes/hyphens or a trailing abbreviation dot), `num`, or `punct`. */
  kind: 'word' | 'num' | 'punct';
  /** Starts with an uppercase letter. */
  cap: boolean;
  /** Index of the sentence the token is in. */
  sentence: number;
  /** First token of its sentence (ignoring opening quotes and brackets). */
  first: boolean;
}

/** A paragraph split into sentences and tokens. */
export interface Tokenized {
  text: string;
  sentences: { text: string; start: number; end: number }[];
  tokens: Token[];
}

const TOKEN_RE = /(?:\p{Lu}\.){2,}|\p{Lu}&\p{Lu}+(?![\p{L}])|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:[’'\-–](?:(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+))*|\d(?:[\d,.]*\d)?|\S/gu;

/** Company-form abbreviations written with a dot (`Grace Ocean Pte. Ltd.`), kept with their dot as one token. */
const CORPORATE_ABBREVIATIONS: ReadonlySet<string> = new Set(['pte', 'pty', 'bhd', 'ltd', 'inc', 'corp', 'co', 'plc', 'llc', 'sa', 'nv', 'bv', 'ag', 'gmbh', 'spa']);

/** Function words allowed as the short half of a repaired run-together word. */
const SHORT_PARTS = new Set(['a', 'an', 'at', 'in', 'on', 'of', 'to', 'by', 'as', 'is', 'it', 'or', 'be', 'we', 'he', 'us', 'up', 'so', 'no', 'do', 'if', 'its']);

/** Split a run-together word (`globalforum` → `global` + `forum`) when both halves are dictionary words; else null. */
export function splitRunTogether(word: string, capitalised: boolean): [string, string] | null {
  const lower = word.toLowerCase();
  if (lower.length < 5 || isWord(lower) || !/^[\p{L}]+$/u.test(word)) return null;
  let best: [string, string] | null = null;
  for (let i = 1; i < word.length - 1; i++) {
    const left = lower.slice(0, i);
    const right = lower.slice(i);
    const okLeft = left.length > 2 ? isWord(left) : SHORT_PARTS.has(left);
    const okRight = right.length > 2 ? isWord(right) : SHORT_PARTS.has(right);
    if (!okLeft || !okRight) continue;
    if (capitalised && left.length < 4) continue;
    if (!best || Math.min(i, word.length - i) > Math.min(best[0].length, best[1].length)) best = [word.slice(0, i), word.slice(i)];
  }
  return best;
}

/** True when a paragraph shows words run together (two or more long lowercase non-words that split into two words). */
function looksRunTogether(text: string): boolean {
  let count = 0;
  for (const m of text.matchAll(/(?<![\p{L}’'-])\p{Ll}{7,}(?![\p{L}’'-])/gu)) {
    if (splitRunTogether(m[0], false)) count++;
    if (count >= 2) return true;
  }
  return false;
}

/** Tokenize a paragraph, keeping offsets; sentence boundaries come from `sentences()`. */
export function tokenize(text: string): Tokenized {
  const sents = sentences(text).map((s) => ({ text: s.text.trim(), start: s.start, end: s.start + s.text.length }));
  const repair = looksRunTogether(text);
  const tokens: Token[] = [];
  const push = (t: string, start: number, kind: Token['kind']) => {
    tokens.push({ text: t, start, end: start + t.length, kind, cap: /^\p{Lu}/u.test(t), sentence: 0, first: false });
  };
  let skipTo = 0;
  for (const m of text.matchAll(TOKEN_RE)) {
    let word = m[0];
    const start = m.index;
    if (start < skipTo) continue;
    if (/^\d/.test(word)) {
      push(word, start, 'num');
      continue;
    }
    if (!/^[\p{L}\p{M}]/u.test(word)) {
      push(word, start, 'punct');
      continue;
    }
    if (/^(?:\p{Lu}\.){2,}$/u.test(word)) {
      push(word, start, 'word');
      continue;
    }
    let possessive = '';
    const pm = /[’']s$/u.exec(word);
    if (pm && word.length > 3) {
      possessive = word.slice(-2);
      word = word.slice(0, -2);
    }
    // In damaged paragraphs only: camelCase joins ("VicePresident") and run-together words. In clean text a
    // camel-cased word is a name written so (CrowdStrike, BlackRock): the ingest has already repaired joins it can tell.
    const camel = repair ? /^(\p{Lu}\p{Ll}{2,})(\p{Lu}\p{Ll}{2,})$/u.exec(word) : null;
    const parts: [string, string] | null = camel && isWord(camel[1]!) && isWord(camel[2]!) ? [camel[1]!, camel[2]!] : repair && !word.includes('-') ? splitRunTogether(word, /^\p{Lu}/u.test(word)) : null;
    if (parts) {
      push(parts[0], start, 'word');
      push(parts[1], start + parts[0].length, 'word');
    } else {
      const next = text[start + word.length];
      // An abbreviation, or a middle initial before a capitalised word ("Roland L. Butler", "Paul J. Wiedefeld").
      const initial = /^\p{Lu}$/u.test(word) && /^\.\s+\p{Lu}/u.test(text.slice(start + 1, start + 4));
      const abbrev = next === '.' && !possessive && (ABBREVIATIONS.has(word.toLowerCase()) || CORPORATE_ABBREVIATIONS.has(word.toLowerCase()) || initial);
      push(abbrev ? `${word}.` : word, start, 'word');
      if (abbrev) skipTo = start + word.length + 1;
    }
    if (possessive) push(possessive, start + word.length, 'word');
  }
  let s = 0;
  let firstPending = true;
  for (const token of tokens) {
    while (s < sents.length - 1 && token.start >= sents[s]!.end) {
      s++;
      firstPending = true;
    }
    token.sentence = s;
    if (firstPending && !/^[“"‘'(\[—–-]$/u.test(token.text)) {
      token.first = true;
      firstPending = false;
    }
  }
  return { text, sentences: sents, tokens };
}

/** 32-bit FNV-1a hash of `s` as 8 hex digits: stable across runs and platforms. */
export function hash8(s: string): string {
  let h = 0x811c9dc5;
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    h ^= code & 0xff;
    h = Math.imul(h, 0x01000193);
    h ^= code >>> 8;
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** A URL-safe id from a name: ASCII letters and digits joined by single hyphens. */
export function slugify(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/[’']s\b/gu, 's')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'x'
  );
}

/** Normalise a name for comparison: curly apostrophes straightened, spaces collapsed, case folded. */
export function normName(s: string): string {
  return s
    .replace(/[’‘`]/g, "'")
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Give duplicate ids a `-2`, `-3`… suffix, in the order given (which callers keep deterministic). */
export function uniqueIds<T extends { id: string }>(items: T[]): T[] {
  const seen = new Map<string, number>();
  for (const item of items) {
    const n = (seen.get(item.id) ?? 0) + 1;
    seen.set(item.id, n);
    if (n > 1) item.id = `${item.id}-${n}`;
  }
  return items;
}

/** The sentence of `tk` that contains offset `at`. */
export function sentenceAt(tk: Tokenized, at: number): { text: string; start: number; end: number } {
  return tk.sentences.find((s) => at >= s.start && at < s.end) ?? tk.sentences.at(-1) ?? { text: tk.text, start: 0, end: tk.text.length };
}

/** Compare strings by code points (locale-independent, for deterministic sorting). */
export function byCode(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
