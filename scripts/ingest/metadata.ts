/** Stage 5, metadata: every value with where it came from, never guessed; language, counts, hash, slug. */
import { createHash } from 'node:crypto';
import { slug as githubSlug } from 'github-slugger';
import type { Change, Sourced } from '../../src/schemas/source.ts';
import type { Sidecar } from '../../src/schemas/sidecar.ts';
import type { Candidate, Draft } from './types.ts';
import type { Segmented } from './segment.ts';
import { toIsoDate } from './dates.ts';
import { safeUrl } from './clean.ts';

const UNKNOWN: Sourced = { value: null, from: null };

/** The sidecar wins; then what the input states (front matter, HTML meta, text). */
function pick(sidecar: string | undefined, candidate: Candidate | undefined | null, valid: (v: string) => string | null = (v) => v): Sourced {
  if (sidecar !== undefined) return { value: sidecar, from: 'sidecar' };
  if (!candidate) return UNKNOWN;
  const value = valid(candidate.value);
  if (value === null) return UNKNOWN;
  return { value, from: candidate.from, ...(candidate.evidence ? { evidence: candidate.evidence } : {}) };
}

/** Letters only found in Urdu among Arabic-script languages (ٹ ڈ ڑ ں ھ ے ۓ). */
const URDU_LETTERS = /[\u0679\u0688\u0691\u06ba\u06be\u06d2\u06d3]/g;
const ARABIC_SCRIPT = /[\u0600-\u06ff\u0750-\u077f]/g;
const LATIN = /\p{Script=Latin}/gu;
const ENGLISH_WORDS = /\b(?:the|and|of|to|in|is|for|on|with|that|said|was|as)\b/gi;

/** Language from the script and its commonest words; `und` when unsure. Right-to-left for Arabic script. */
export function detectLanguage(text: string): { lang: string; dir: 'ltr' | 'rtl' } {
  const arabic = text.match(ARABIC_SCRIPT)?.length ?? 0;
  const latin = text.match(LATIN)?.length ?? 0;
  if (arabic > latin) {
    const urdu = text.match(URDU_LETTERS)?.length ?? 0;
    return { lang: urdu > arabic * 0.01 ? 'ur' : /[\u067e\u0686\u0698\u06af]/.test(text) ? 'fa' : 'ar', dir: 'rtl' };
  }
  const words = text.split(/\s+/).length;
  return { lang: (text.match(ENGLISH_WORDS)?.length ?? 0) > words * 0.05 ? 'en' : 'und', dir: 'ltr' };
}

/** ASCII-safe readable slug from a title: accents folded, at most 60 characters, cut at a hyphen. */
export function slugify(title: string): string {
  const ascii = githubSlug(title.normalize('NFKD').replace(/\p{M}/gu, '')).replace(/[^a-z0-9-]+/g, '').replace(/-+/g, '-').replace(/^-|-$/g, '');
  if (ascii.length <= 60) return ascii;
  return ascii.slice(0, 61).replace(/-[^-]*$/, '') || ascii.slice(0, 60);
}

/** Letters of an outlet's name or address without "www." and its domain ending: "thenews.com.pk" → "thenews", "Daily Times" → "dailytimes". */
const outletKey = (name: string) => name.toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\.[a-z.]+$/, '').replace(/^the\s+/, '').replace(/[^a-z0-9]/g, '');

/** Does a "Source:" line name the same outlet that publishes the text (then it is no republication)? */
function sameOutlet(source: string, publisher: string | undefined): boolean {
  if (!publisher) return false;
  const a = outletKey(source);
  const b = outletKey(publisher);
  return a.length > 2 && b.length > 2 && (a.includes(b) || b.includes(a));
}

export const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

/** Metadata for one article; slug and duplicateOf are settled later, across the corpus. */
export type Metadata = ReturnType<typeof metadata>;

export function metadata(input: { file: string; bytes: Uint8Array; draft: Draft; parts: Segmented; sidecar: Sidecar | null }) {
  const { draft, parts, sidecar } = input;
  const body = parts.paragraphs.join('\n');
  const detected = detectLanguage(`${parts.title}\n${body}`);
  const declaredLang = sidecar?.lang ?? draft.meta.lang?.value.toLowerCase().split(/[-_]/)[0];
  const lang = declaredLang && /^[a-z]{2,3}$/.test(declaredLang) ? declaredLang : detected.lang;
  // A value the input states but that cannot be used (no real date, not an http(s) address) is dropped, and logged.
  const dropped: Change[] = [];
  const checked = (key: string, why: string, valid: (v: string) => string | null) => (v: string) => {
    const value = valid(v);
    if (value === null) dropped.push({ rule: 'invalid-value', before: `${key}: ${v}`, after: `dropped: ${why}` });
    return value;
  };
  const isoDate = checked('date', 'not a real calendar date', toIsoDate);
  // A copy that names where it first appeared: publisher and date are the original's, the copy's own go under `republished`.
  const copy = draft.meta.originalPublisher !== undefined && !sameOutlet(draft.meta.originalPublisher.value, draft.meta.publisher?.value ?? sidecar?.publisher);
  const stated = pick(sidecar?.date, draft.meta.date, isoDate);
  return {
    file: input.file,
    title: sidecar?.title ?? parts.title,
    titleFrom: sidecar?.title ? ('sidecar' as const) : parts.titleFrom,
    ...(draft.meta.titleTruncated && !sidecar?.title ? { titleTruncated: true } : {}),
    standfirst: parts.standfirst,
    publisher: pick(sidecar?.publisher, copy ? draft.meta.originalPublisher : draft.meta.publisher),
    date: copy ? pick(undefined, draft.meta.originalDate, isoDate) : stated,
    ...(draft.meta.updated ? { updated: pick(undefined, draft.meta.updated, isoDate) } : {}),
    ...(copy ? { republished: { by: pick(undefined, draft.meta.publisher), date: stated } } : {}),
    dateline: pick(undefined, parts.dateline),
    url: pick(sidecar?.url, draft.meta.url, checked('url', 'only http and https addresses are published', (v) => safeUrl(v)?.href ?? null)),
    author: pick(sidecar?.author, draft.meta.author),
    lang,
    dir: ['ur', 'ar', 'fa', 'he', 'ps', 'sd', 'yi'].includes(lang) ? ('rtl' as const) : detected.dir,
    wordCount: body.split(/\s+/).filter(Boolean).length,
    contentHash: sha256(input.bytes),
    embeds: draft.embeds,
    changes: dropped.length > 0 ? [...draft.changes, ...dropped] : draft.changes,
    /** Preferred slug before collisions are settled. */
    slugBase: sidecar?.slug ?? (slugify(sidecar?.title ?? parts.title) || `source-${sha256(input.file).slice(0, 8)}`),
  };
}
