/**
 * Stage 5c, evidence across the corpus: what one article cannot show about itself, the others can.
 * A short line printed in several articles of one publisher (or in many articles) is that outlet's
 * boilerplate; a name written intact in one article splits the same name run into the next word in
 * another ("Mooresaid" → "Moore said"), and joins it where a line break had hyphenated it ("Whit-field").
 *
 * Runs in the main thread after the per-file stages (whose results stay cached per file) and is a
 * pure function of all the articles, in file order: an unchanged corpus gives the same bytes.
 */
import type { Change } from '../../src/schemas/source.ts';
import type { Emittable } from './emit.ts';
import { CORPUS_BOILERPLATE } from './rules/corpus.ts';
import { CAMEL_CASE_EXCEPTIONS, isWord, SPEECH_VERBS } from './rules/run-together.ts';

const flat = (line: string) => line.replace(/\s+/g, ' ').trim();
const wordsIn = (line: string) => line.split(/\s+/).filter(Boolean);

/**
 * Does a line read as article text, which is never removed for repeating? A sentence of some length
 * (several outlets may print the same background sentence), or anything quoted.
 */
export function readsAsArticleLine(line: string): boolean {
  const words = wordsIn(line);
  if (words.length > CORPUS_BOILERPLATE.maxWords) return true;
  if (/["“”]/.test(line)) return true;
  return /[.!?]["”’)\]]*$/.test(line) && words.length >= CORPUS_BOILERPLATE.sentenceWords && !CORPUS_BOILERPLATE.phrases.some((p) => p.test(line));
}

/** Apply the corpus's evidence to every source; sources come back in the same order. */
export function applyCorpusEvidence(sources: readonly Emittable[]): Emittable[] {
  const boilerplate = repeatedLines(sources);
  const vocabulary = corpusVocabulary(sources);
  return sources.map((s, index) => {
    const changes: Change[] = [];
    const paragraphs: string[] = [];
    // Hyphenated line breaks the per-file stage kept: its log says where ("Whit-⏎field"); read once per source.
    const kept = s.frontmatter.changes.filter((c) => c.rule === 'hyphenated-compound').map((c) => c.before.split('-⏎')).filter(([a, b]) => a && b && elsewhere(vocabulary, a + b, index) > 0);
    // And the line-break hyphens it dropped ("re-⏎entry" → "reentry") where the corpus writes the word with its hyphen, never without.
    const joined = s.frontmatter.changes.filter((c) => c.rule === 'hyphenation').map((c) => c.before.split('-⏎')).filter(([a, b]) => a && b && elsewhere(vocabulary, `${a}-${b}`, index) > 0 && elsewhere(vocabulary, a + b, index) === 0);
    // A token the article writes more than once is a word of its own (an outlet's name, "Ledgerline"): a lost space happens once.
    const seen = new Map<string, number>();
    for (const token of s.paragraphs.join(' ').match(/\p{L}+/gu) ?? []) seen.set(token, (seen.get(token) ?? 0) + 1);
    const repeated = new Set([...seen].filter(([, n]) => n > 1).map(([token]) => token));
    for (const p of s.paragraphs) {
      const why = boilerplate.get(flat(p));
      if (why !== undefined && s.paragraphs.length > 1) {
        changes.push({ rule: 'corpus-boilerplate', before: p, after: why });
        continue;
      }
      paragraphs.push(rehyphenate(repairWords(p, index, kept, vocabulary, changes, repeated), joined, changes));
    }
    if (changes.length === 0) return s;
    const wordCount = paragraphs.join('\n').split(/\s+/).filter(Boolean).length;
    return { ...s, paragraphs, frontmatter: { ...s.frontmatter, wordCount, changes: [...s.frontmatter.changes, ...changes] } };
  });
}

/**
 * Lines that repeat across articles that are not copies of each other: in at least
 * `samePublisher` articles of one publisher, or in `anyPublisher` articles overall; with the reason
 * logged. A line that reads as article text never counts.
 */
function repeatedLines(sources: readonly Emittable[]): Map<string, string> {
  // Copies repeat every line of their original: only originals count as evidence.
  const byLine = new Map<string, { publishers: Map<string, number>; articles: number }>();
  for (const s of sources) {
    if (s.frontmatter.duplicateOf !== null) continue;
    const publisher = s.frontmatter.publisher.value?.toLowerCase() ?? '';
    for (const line of new Set(s.paragraphs.map(flat))) {
      if (line.length === 0 || readsAsArticleLine(line)) continue;
      const entry = byLine.get(line) ?? { publishers: new Map<string, number>(), articles: 0 };
      entry.articles++;
      if (publisher) entry.publishers.set(publisher, (entry.publishers.get(publisher) ?? 0) + 1);
      byLine.set(line, entry);
    }
  }
  const out = new Map<string, string>();
  for (const [line, { publishers, articles }] of byLine) {
    const outlet = [...publishers].find(([, n]) => n >= CORPUS_BOILERPLATE.samePublisher);
    if (outlet) out.set(line, `printed in ${outlet[1]} articles of ${outlet[0]}`);
    else if (articles >= CORPUS_BOILERPLATE.anyPublisher) out.set(line, `printed in ${articles} articles`);
  }
  return out;
}

/** The corpus's own words: for each token, the articles it appears in as written. */
type Vocabulary = Map<string, Set<number>>;

function corpusVocabulary(sources: readonly Emittable[]): Vocabulary {
  const vocabulary: Vocabulary = new Map();
  const note = (token: string, index: number) => {
    const seen = vocabulary.get(token) ?? new Set<number>();
    seen.add(index);
    vocabulary.set(token, seen);
  };
  sources.forEach((s, index) => {
    for (const p of [s.frontmatter.title, ...s.paragraphs]) {
      // Hyphenated compounds count as written too ("re-entry"), beside their parts.
      for (const compound of p.match(/(?<![\p{L}-])\p{L}+(?:-\p{L}+)+(?![\p{L}-])/gu) ?? []) note(compound, index);
      const tokens = p.match(/\p{L}+(?:['’]\p{L}+)*/gu) ?? [];
      tokens.forEach((token, i) => {
        note(token, index);
        // Two capitalised words written apart ("Lucie County"), kept under both spellings: the pair, with its space.
        const next = tokens[i + 1];
        if (next && /^\p{Lu}\p{Ll}+$/u.test(token) && /^\p{Lu}\p{Ll}+$/u.test(next) && p.includes(`${token} ${next}`)) note(`${token} ${next}`, index);
      });
    }
  });
  return vocabulary;
}

/** In how many articles other than `index` a token appears as written. */
const elsewhere = (vocabulary: Vocabulary, token: string, index: number) => {
  const seen = vocabulary.get(token);
  return seen ? seen.size - (seen.has(index) ? 1 : 0) : 0;
};

/** Put back the hyphen of a compound the per-file stage joined at a line break ("reentry" → "re-entry"), as the corpus writes it. */
function rehyphenate(text: string, joined: readonly string[][], changes: Change[]): string {
  for (const [a, b] of joined) {
    if (!a || !b || !/^\p{L}+$/u.test(a) || !/^\p{L}+$/u.test(b)) continue;
    text = text.replace(new RegExp(`(?<![\\p{L}-])${a}${b}(?![\\p{L}-])`, 'gu'), () => {
      changes.push({ rule: 'hyphenation-corpus', before: `${a}${b}`, after: `${a}-${b}` });
      return `${a}-${b}`;
    });
  }
  return text;
}

/**
 * A name the corpus writes intact elsewhere, run into a common word ("Mooresaid" when "Moore" is
 * written in another article and "said" in several), is split; a word hyphenated at a line break that
 * the per-file stage kept hyphenated ("Whit-field") is joined when the corpus writes it whole elsewhere.
 */
function repairWords(paragraph: string, index: number, kept: readonly string[][], vocabulary: Vocabulary, changes: Change[], repeated: ReadonlySet<string> = new Set()): string {
  const { minName, minWord, wordArticles } = CORPUS_BOILERPLATE.runTogether;
  // A name the corpus writes intact (this article included: "Mayor Teresa Lindqvist" in its headline) and never in lower case.
  const isName = (name: string) => (vocabulary.get(name)?.size ?? 0) > 0 && !vocabulary.has(name.toLowerCase());
  const common = (word: string) => elsewhere(vocabulary, word, index) >= wordArticles;
  const split = (token: string, cuts: Iterable<number>, fits: (a: string, b: string) => boolean) => {
    // The token as written anywhere else is a word of the corpus, not a run-together pair; a dictionary word is one word ("Courtside").
    if (elsewhere(vocabulary, token, index) > 0 || isWord(token) || repeated.has(token)) return token;
    for (const cut of cuts) {
      const [a, b] = [token.slice(0, cut), token.slice(cut)];
      if (!fits(a, b)) continue;
      changes.push({ rule: 'run-together-corpus', before: token, after: `${a} ${b}` });
      return `${a} ${b}`;
    }
    return token;
  };
  const down = (from: number, to: number) => Array.from({ length: Math.max(0, from - to + 1) }, (_, i) => from - i);
  // A name run into a common word: "Mooresaid", "Kishidavisited", "DeSantissaid", "SpaceXsaid"; a name that is also a
  // common word in lower case ("Airlines") only into a verb of saying ("Airlinessaid").
  const capitalised = (name: string) => (vocabulary.get(name)?.size ?? 0) > 0;
  let text = paragraph.replace(/(?<![\p{L}-])\p{Lu}\p{L}*?\p{Ll}+(?![\p{L}-])/gu, (token) =>
    CAMEL_CASE_EXCEPTIONS.has(token) ? token : split(token, down(token.length - minWord, minName), (name, word) => (isName(name) || (SPEECH_VERBS.has(word) && capitalised(name))) && common(word)),
  );
  // Two names run together that the corpus writes apart ("LucieCounty" where "Lucie County" is written).
  text = text.replace(/(?<![\p{L}-])(\p{Lu}\p{Ll}+)(\p{Lu}\p{Ll}+)(?![\p{L}-])/gu, (token, a: string) => (CAMEL_CASE_EXCEPTIONS.has(token) ? token : split(token, [a.length], (x, y) => (vocabulary.get(`${x} ${y}`)?.size ?? 0) > 0)));
  // A common word run into a name ("fiveJapan") and an acronym run into a common word ("NHKall"): the case change marks the cut.
  text = text.replace(/(?<![\p{L}-])(\p{Ll}{3,})(\p{Lu}\p{Ll}{2,})(?![\p{L}-])/gu, (token, word: string) => split(token, [word.length], (a, b) => common(a) && isName(b)));
  text = text.replace(/(?<![\p{L}-])(\p{Lu}{2,6})(\p{Ll}{3,})(?![\p{L}-])/gu, (token, acronym: string) => split(token, [acronym.length], (a, b) => (vocabulary.get(a)?.size ?? 0) > 0 && common(b)));
  for (const [a, b] of kept) {
    if (!a || !b || !/^\p{L}+$/u.test(a) || !/^\p{L}+$/u.test(b)) continue;
    const hyphenated = `${a}-${b}`;
    const whole = `${a}${b}`;
    if (!text.includes(hyphenated) || elsewhere(vocabulary, whole, index) === 0) continue;
    // Two words that also stand apart ("Star", "base") stay hyphenated unless the corpus writes them whole in several
    // other articles and never with the hyphen.
    const settled = elsewhere(vocabulary, whole, index) >= 2 && elsewhere(vocabulary, hyphenated, index) === 0;
    if (!settled && elsewhere(vocabulary, a, index) > 0 && elsewhere(vocabulary, b, index) > 0 && /^\p{Ll}/u.test(b)) continue;
    text = text.replace(new RegExp(`(?<![\\p{L}-])${hyphenated}(?![\\p{L}-])`, 'gu'), () => {
      changes.push({ rule: 'hyphenation-corpus', before: hyphenated, after: whole });
      return whole;
    });
  }
  return text;
}
