/**
 * Quotations and who said them. Each “…” (or "…") span in a paragraph is a
 * quote; the speaker comes from the words after it (`,” he said`, `,” said a
 * finance ministry statement`, `,” Meyer said`), else from the sentence
 * before it (`Mir said recent engagement “represent…”`), else from the quote
 * it continues. `he`/`she` is the last person of that gender named in the
 * paragraph (an honorific beats a first name), else the last one quoted lately.
 * One- or two-word terms nobody is said to say are not quotes. Quotes from
 * different sources rendering the same statement share a variant group.
 */
import type { Entity, Quote } from '../../schemas/knowledge.ts';
import type { Block, QuoteSpan } from './blocks.ts';
import type { SourceAnalysis } from './entities.ts';
import { CLAUSE_CONJUNCTIONS, INVERTED_SPEECH_VERBS, PARTICIPLE_VERBS, PERSON_ROLE_NOUNS, SPEECH_AUXILIARIES, SPEECH_VERBS } from './lexicon.ts';
import { titleHead } from './discrepancies.ts';
import type { RawMention } from './mentions.ts';
import { hash8, type Token } from './text.ts';

/** A mention placed in its source, with its resolved entity. */
interface Placed {
  block: number;
  start: number;
  end: number;
  id: string;
  type: Entity['type'];
  inQuote: boolean;
}

/** How a quote's speaker was found. */
interface Speaker {
  /** Entity id, or null. */
  id: string | null;
  /** The attributing words. */
  attribution: string | null;
}

const PRONOUNS = new Set(['he', 'she']);
const STATEMENT_WORDS = /\b(?:statement|spokesperson|spokesman|spokeswoman|release|note|post|readout)\b/i;

/** Every quotation in a source with its speaker (groups are assigned later by `groupQuotes`). */
export function extractQuotes(
  analysis: SourceAnalysis,
  mentionIds: readonly (string | null)[],
  byId: ReadonlyMap<string, Entity>,
  { gender, titled }: { gender: ReadonlyMap<string, 'm' | 'f'>; titled: ReadonlyMap<string, 'm' | 'f'> },
): Quote[] {
  const { prep, found } = analysis;
  const placed: Placed[] = found.mentions
    .map((m, i) => ({ m, id: mentionIds[i] }))
    .filter((x): x is { m: RawMention; id: string } => !!x.id && x.m.end > x.m.start)
    .map(({ m, id }) => ({ block: m.block, start: m.start, end: m.end, id, type: byId.get(id)!.type, inQuote: m.inQuote }));
  const quotes: Quote[] = [];
  // A title resolves to a person when exactly one person this source names holds it here ("the governor" → Wes Moore).
  const slug = prep.source.slug;
  const people = [...new Set(placed.filter((p) => p.type === 'person').map((p) => p.id))].map((id) => byId.get(id)!);
  const holder = (title: string): string | null => {
    if (title === ROLE_ONLY) return null;
    const holders = people.filter((e) => e.roles.some((r) => r.source === slug && titleHead(r.role) === title));
    return holders.length === 1 ? holders[0]!.id : null;
  };
  let previous: { block: number; speaker: Speaker; unclosed: boolean; endsBlock: boolean } | null = null;
  let lastStatementSpeaker: string | null = null;
  const speakers: { id: string; block: number }[] = [];
  prep.blocks.forEach((block, bi) => {
    const paragraph = block.paragraph;
    if (paragraph === null) return;
    block.quotes.forEach((q, qi) => {
      const text = cleanQuote(block.tk.text.slice(q.start, q.end));
      if (!text) return;
      // "he"/"she": a person named earlier in this paragraph; else the last person quoted lately; else the last person named.
      const resolvePronoun = (word: string, at: number) => {
        const want = word === 'she' ? 'f' : 'm';
        const here = lastPerson(placed, bi, at, want, gender, bi);
        if (here) {
          // "Sonia Sotomayor, joined by Elena Kagan and Ketanji Brown Jackson, wrote …; she wrote": the pronoun takes the
          // sentence's first person who can be its referent (its subject), not the last one named in it.
          const last = placed.findLast((p) => p.block === bi && p.start < at && p.id === here && !p.inQuote)!;
          const from = sentenceStart(block, last.start);
          const subject = placed.find((p) => p.block === bi && p.start >= from && p.start < last.start && p.type === 'person' && !p.inQuote && (gender.get(p.id) ?? want) === want);
          // (Unless a verb of saying names the later one: "The two men, A and B, were found …, said Col. Butler. The recovery, he said, …".)
          const between = subject ? block.tk.text.slice(subject.end, last.start).toLowerCase().match(/\p{L}+/gu) ?? [] : [];
          return subject && !between.some((x) => SPEECH_VERBS.has(x)) ? subject.id : here;
        }
        // "Kelly Ortberg … said that he was glad …. “…,” he said": a person this paragraph names, whose gender is only a
        // guess from a first name, before someone quoted earlier.
        const guessed = lastPerson(placed, bi, at, want, titled, bi);
        if (guessed) return guessed;
        const spoke = [...speakers].reverse().find((x) => x.block >= bi - 3 && (gender.get(x.id) ?? want) === want);
        return spoke?.id ?? lastPerson(placed, bi, at, want, gender);
      };
      let speaker = afterQuote(block, q, placed, bi, resolvePronoun, lastStatementSpeaker, holder) ?? beforeQuote(block, q, placed, bi, resolvePronoun, holder);
      if (!speaker || (!speaker.id && !speaker.attribution)) {
        const startsBlock = !block.tk.text.slice(0, q.open).trim();
        if (qi > 0 && previous?.block === bi) speaker = previous.speaker;
        else if (startsBlock && previous && previous.block === bi - 1 && (previous.unclosed || previous.endsBlock)) speaker = previous.speaker;
      }
      speaker ??= { id: null, attribution: null };
      // A word or two in quotation marks with nobody saying them is a term, not a quotation ("downstreaming").
      const wordCount = words(text).length;
      if (wordCount < 2 || (wordCount === 2 && !speaker.id && !speaker.attribution)) return;
      if (speaker.id && byId.get(speaker.id)!.type === 'person') speakers.push({ id: speaker.id, block: bi });
      if (speaker.id && (byId.get(speaker.id)!.type === 'organization' || (speaker.attribution && STATEMENT_WORDS.test(speaker.attribution)))) lastStatementSpeaker = speaker.id;
      // A dateline before the quote ("CALLAO — “…") is not the reporter's sentence.
      const pre = block.tk.text.slice(sentenceStart(block, q.open), q.open).trim().replace(/^[\p{Lu}][\p{Lu}\p{M}\s.,'’-]*(?:\s[—–-]|:)$/u, '');
      const partial = /^\p{Ll}/u.test(text) || (pre !== '' && !/[:,]$/.test(pre));
      quotes.push({
        id: `q-${hash8(`${prep.source.slug}|${paragraph}|${q.start}|${text}`)}`,
        text,
        speaker: speaker.id,
        speakerName: speaker.id ? byId.get(speaker.id)!.name : null,
        source: prep.source.slug,
        paragraph,
        group: 'qg-00000000',
        partial,
        attribution: speaker.attribution,
      });
      previous = { block: bi, speaker, unclosed: q.unclosed, endsBlock: !block.tk.text.slice(q.close).replace(/[^\p{L}]+/gu, ' ').trim() || qi === block.quotes.length - 1 };
    });
  });
  return quotes;
}

/** The quoted words without the comma or space the reporter's sentence adds at the end. */
function cleanQuote(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim().replace(/[,;:]$/, '').trim();
}

/** Offset where the sentence containing `at` starts. */
function sentenceStart(block: Block, at: number): number {
  return block.tk.sentences.find((s) => at >= s.start && at < s.end)?.start ?? 0;
}

/** The most recent person mentioned (outside quotations) before an offset, skipping people of the other gender. */
function lastPerson(placed: readonly Placed[], block: number, at: number, want: 'm' | 'f', gender: ReadonlyMap<string, 'm' | 'f'>, fromBlock = 0): string | null {
  for (let i = placed.length - 1; i >= 0; i--) {
    const p = placed[i]!;
    if (p.block > block || (p.block === block && p.start >= at) || p.block < fromBlock) continue;
    if (p.type !== 'person' || p.inQuote) continue;
    const g = gender.get(p.id);
    if (g && g !== want) continue;
    return p.id;
  }
  return null;
}

/** Tokens of a block in [from, to). */
function tokensIn(block: Block, from: number, to: number): Token[] {
  return block.tk.tokens.filter((t) => t.start >= from && t.end <= to);
}

/** First entity mention starting within [from, to) of a block (outside quotations). */
function firstMention(placed: readonly Placed[], block: number, from: number, to: number, speakersOnly = true): Placed | null {
  return placed.find((p) => p.block === block && p.start >= from && p.start < to && !p.inQuote && (!speakersOnly || p.type !== 'mineral')) ?? null;
}

/** The person named last before `at` in this block or the one before it (outside quotations), or null. */
function recentPerson(placed: readonly Placed[], block: number, at: number): string | null {
  for (let i = placed.length - 1; i >= 0; i--) {
    const p = placed[i]!;
    if (p.block > block || (p.block === block && p.start >= at)) continue;
    if (p.block < block - 1) break;
    if (p.type === 'person' && !p.inQuote) return p.id;
  }
  return null;
}

/** `titleRef`'s answer for a role that is not a title: the speaker is the person the text just named. */
const ROLE_ONLY = '\u0000role';

/** The title a phrase refers to a person by (`the governor`, `Maryland's governor`, `the state's new mayor`), or null. */
function titleRef(phrase: string): string | null {
  const m = /^(?:[Tt]he|[\p{Lu}][\p{L}.-]*(?:\s[\p{Lu}][\p{L}.-]*)*['’]s|(?:his|her|their|its)\s)\s*(?:[\p{L}&.-]+\s+){0,3}([\p{L}.]+)$/u.exec(phrase.trim());
  if (!m) return null;
  // A title ("the NTSB chair"), else a word for what a person does ("the union leader", "the Atlético Madrid striker").
  return titleHead(m[1]!) ?? (PERSON_ROLE_NOUNS.has(m[1]!.toLowerCase()) ? ROLE_ONLY : null);
}

/** Attribution after the closing mark: `,” he said`, `,” said X`, `,” X, a consultant, told …`, `,” the statement added`. */
function afterQuote(
  block: Block,
  q: QuoteSpan,
  placed: readonly Placed[],
  bi: number,
  pronoun: (word: string, at: number) => string | null,
  lastStatement: string | null,
  holder: (title: string) => string | null,
): Speaker | null {
  const next = block.quotes.find((o) => o.open >= q.close);
  let sentEnd = block.tk.sentences.find((s) => q.close - 1 >= s.start && q.close - 1 < s.end)?.end ?? block.tk.text.length;
  // "…AN AMERICAN!” the former president wrote": a quote ending in ! or ? goes on in lowercase, in what the splitter took for the next sentence.
  if (sentEnd <= q.close + 1 && /[!?]\s*$/.test(block.tk.text.slice(q.start, q.end)) && /^\s+\p{Ll}/u.test(block.tk.text.slice(q.close))) {
    sentEnd = block.tk.sentences.find((s) => s.start >= q.close)?.end ?? sentEnd;
  }
  const limit = Math.min(next?.open ?? Infinity, Math.max(sentEnd, q.close + 1));
  const toks = tokensIn(block, q.close, limit);
  let i = 0;
  while (i < toks.length && toks[i]!.kind === 'punct' && toks[i]!.text !== '—') i++;
  if (i >= toks.length) return null;
  const clause = block.tk.text.slice(toks[i]!.start, toks.at(-1)!.end).replace(/[.,;]$/, '').trim();
  const first = toks[i]!;
  const lower = first.text.toLowerCase();
  // ,” he said / ,” she added
  if (PRONOUNS.has(lower)) {
    // ,” he said / ,” he later said / ,” she had said / ,” he would later say
    let k = i + 1;
    while (k < i + 3 && toks[k] && (SPEECH_AUXILIARIES.has(toks[k]!.text) || /^\p{Ll}+ly$/u.test(toks[k]!.text))) k++;
    const verb = toks[k];
    if (verb && SPEECH_VERBS.has(verb.text)) return { id: pronoun(lower, first.start), attribution: block.tk.text.slice(first.start, verb.end) };
    return null;
  }
  // ,” adding that … : a participle looks back to the sentence's subject, before the quote.
  if (PARTICIPLE_VERBS.has(lower)) return null;
  // ,” and Prime Minister X said on Monday …: a clause of its own, with its own subject, not the quote's attribution.
  if (CLAUSE_CONJUNCTIONS.has(lower)) return null;
  // ,” said a finance ministry statement / ,” said Omar Farooq Shaikh / ,” said ERG chair Sam Sample (the person, not the body named in the title)
  if (SPEECH_VERBS.has(lower) && lower !== 'according') {
    const comma = toks.findIndex((t, k) => k > i && t.text === ',');
    const person = placed.find((p) => p.block === bi && p.start >= first.end && p.start < (comma > 0 ? toks[comma]!.start : limit) && !p.inQuote && p.type === 'person');
    const title = person ? null : titleRef(block.tk.text.slice(first.end, comma > 0 ? toks[comma]!.start : limit));
    const titled = title ? holder(title) ?? recentPerson(placed, bi, q.open) : null;
    if (titled) return { id: titled, attribution: clause.slice(0, 120) };
    const who = person ?? firstMention(placed, bi, first.end, limit);
    return { id: who?.id ?? null, attribution: clause.slice(0, 120) };
  }
  // ,” Meyer said / ,” the Ministry said in a statement / ,” the statement added
  const v = toks.findIndex((t, k) => k >= i && SPEECH_VERBS.has(t.text) && t.text !== 'according');
  if (v < 0 || v - i > 24) return null;
  const segmentEnd = toks[v]!.start;
  // ,” Maryland's governor said: the one person this source names with that title.
  const title = titleRef(block.tk.text.slice(first.start, segmentEnd));
  const titled = title ? holder(title) ?? recentPerson(placed, bi, q.open) : null;
  if (titled) return { id: titled, attribution: block.tk.text.slice(first.start, toks[v]!.end) };
  // ,” EPA Administrator Michael Regan said: the person the subject names, not the body in the title before the name
  // (unless the person stands in an aside: ,” the union, led by Jon Holden, said).
  const person = placed.find((p) => p.block === bi && p.start >= first.start && p.start < segmentEnd && !p.inQuote && p.type === 'person' && !block.tk.text.slice(first.start, p.start).includes(','));
  const who = person ?? firstMention(placed, bi, first.start, segmentEnd);
  if (who) return { id: who.id, attribution: block.tk.text.slice(first.start, toks[v]!.end) };
  const segment = block.tk.text.slice(first.start, segmentEnd);
  if (/^(?:the|a|an)\s+statement\s*$/i.test(segment.trim()) && lastStatement) return { id: lastStatement, attribution: block.tk.text.slice(first.start, toks[v]!.end) };
  return null;
}

/** What may stand between a speaker's name and the verb: adverbs and auxiliaries (`X also said`, `X has written`). */
const RIGHT_BEFORE_VERB = /^\s*(?:(?:also|has|had|have|previously|later|then)\s+|\w+ly\s+)*$/;
/** An apposition between a speaker's name (with a place after it: `Sen. X of Delaware`) and the verb: `, the committee's chairman, has`. */
const APPOSITION_BEFORE_VERB = /^(?:\s+of\s+\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2})?,\s+(?:a|an|the|who|\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,3}[’']s)\b[^“”"]*,\s*(?:(?:also|has|had|have|later|then)\s+|\w+ly\s+)*$/u;

/** Attribution before the opening mark, in the same sentence: `Mr Strayer said the CMF sought to “…”`, `He described … as a “…”`. */
function beforeQuote(block: Block, q: QuoteSpan, placed: readonly Placed[], bi: number, pronoun: (word: string, at: number) => string | null, holder: (title: string) => string | null): Speaker | null {
  const from = sentenceStart(block, q.open);
  const toks = tokensIn(block, from, q.open);
  let v = -1;
  for (let k = toks.length - 1; k >= 0; k--) {
    const t = toks[k]!;
    if (SPEECH_VERBS.has(t.text) && !(t.text === 'according' && toks[k + 1]?.text !== 'to')) {
      v = k;
      break;
    }
  }
  // "She closed with a line …: “…”", "Sotomayor's dissent ended: “…”": a quote a sentence introduces with a colon is its subject's.
  if (v < 0) return /:\s*$/.test(block.tk.text.slice(from, q.open)) ? colonSubject(block, placed, bi, from, q.open, pronoun) : null;
  const verb = toks[v]!;
  const attribution = (start: number) => {
    const text = block.tk.text.slice(start, verb.end);
    if (text.length <= 80) return text;
    const subject = /^\S+(?:\s\S+)?/.exec(text)![0];
    return `${subject} … ${verb.text}`;
  };
  // "described by Washington as a “…”"
  if (toks[v + 1]?.text === 'by') {
    const who = firstMention(placed, bi, toks[v + 1]!.end, q.open);
    if (who) return { id: who.id, attribution: block.tk.text.slice(verb.start, who.end) };
  }
  // "…, said Ellen Marsh, a freight analyst with X, “and every one …”": the person named right after the verb.
  if (INVERTED_SPEECH_VERBS.has(verb.text)) {
    const after = placed.find((p) => p.block === bi && p.start >= verb.end && p.start <= verb.end + 1 && p.end <= q.open && !p.inQuote && p.type === 'person');
    if (after) return { id: after.id, attribution: block.tk.text.slice(verb.start, after.end) };
  }
  // "According to X, “…”"
  if (verb.text === 'according') {
    const who = firstMention(placed, bi, verb.end, q.open);
    if (who) return { id: who.id, attribution: block.tk.text.slice(verb.start, who.end) };
  }
  const subjectOf = (end: number, first: boolean): Speaker | null => {
    const candidates = placed.filter((p) => p.block === bi && p.start >= from && p.end <= end && !p.inQuote && p.type !== 'mineral');
    const pron = toks.filter((t) => t.start < end && PRONOUNS.has(t.text.toLowerCase()));
    const mention = first ? candidates[0] : candidates.at(-1);
    const pr = first ? pron[0] : pron.at(-1);
    if (pr && (!mention || (first ? pr.start < mention.start : pr.start > mention.start))) return { id: pronoun(pr.text.toLowerCase(), pr.start), attribution: attribution(pr.start) };
    return mention ? { id: mention.id, attribution: attribution(mention.start) } : null;
  };
  // Participles take the sentence's subject: "Aurangzeb also pointed to …, saying the country stands “…”"; in a relative
  // clause, the name it hangs on ("… Kim Yong-hyun, who had offered to step down, saying he took “…”"); after ", and",
  // the subject of that clause ("… left the Assembly, and the Democratic Party was preparing …, calling the decree “…”").
  if (PARTICIPLE_VERBS.has(verb.text)) {
    const head = block.tk.text.slice(from, verb.start);
    const relative = [...head.matchAll(/,\s+who\b/g)].at(-1);
    if (relative) {
      const at = from + relative.index;
      const antecedent = placed.find((p) => p.block === bi && p.end === at && !p.inQuote && p.type === 'person');
      if (antecedent) return { id: antecedent.id, attribution: attribution(antecedent.start) };
    }
    const clause = [...head.matchAll(/,\s+(\p{Ll}+)\s+/gu)].filter((c) => CLAUSE_CONJUNCTIONS.has(c[1]!)).at(-1);
    if (clause) {
      const at = from + clause.index + clause[0].length;
      const subject = placed.find((p) => p.block === bi && p.start >= at && p.start <= at + 4 && !p.inQuote && (p.type === 'person' || p.type === 'organization'));
      if (subject) return { id: subject.id, attribution: attribution(subject.start) };
    }
    return subjectOf(verb.start, true);
  }
  // A name right before the verb, or before an apposition that ends right before it ("Grace Mwansa, a mining economist at the
  // University of Zambia, said"; "Alan Shaw, Norfolk Southern's chief executive, tells").
  const before = placed.filter((p) => p.block === bi && p.start >= from && p.end <= verb.start && !p.inQuote && (p.type === 'person' || p.type === 'organization'));
  for (let k = before.length - 1; k >= 0; k--) {
    const gap = block.tk.text.slice(before[k]!.end, verb.start);
    // The name right before the verb; after an apposition ("X, a lawyer for the company, said"; "Sen. X of Delaware, the committee's
    // chairman, has written"); or itself an apposition ("a lawyer for the company, Michael Carlinsky, said").
    const appositive = /,\s*$/.test(block.tk.text.slice(from, before[k]!.start)) && /^,\s*$/.test(gap);
    if (appositive || RIGHT_BEFORE_VERB.test(gap) || APPOSITION_BEFORE_VERB.test(gap)) {
      const pronounAfter = toks.some((t) => t.start >= before[k]!.end && t.start < verb.start && PRONOUNS.has(t.text.toLowerCase()));
      if (!pronounAfter) return { id: before[k]!.id, attribution: attribution(before[k]!.start) };
    }
  }
  // "Back in Downing Street, the new prime minister said …“…”": a title right before the verb names its holder.
  const clause = block.tk.text.slice(from, verb.start).split(',').at(-1)!;
  const title = titleRef(clause);
  const titled = title ? holder(title) ?? (title === ROLE_ONLY ? null : recentPerson(placed, bi, q.open)) : null;
  if (titled) return { id: titled, attribution: attribution(verb.start - clause.trimStart().length) };
  // A sentence that opens with a description of its subject and names no person before the verb ("The All Blacks captain, who on
  // Saturday became …, said …", "The union leader later said …"): its holder, else the person the text named last before it.
  const opening = block.tk.text.slice(from, verb.start).split(',')[0]!.trim().split(/\s+/);
  while (opening.length > 1 && (SPEECH_AUXILIARIES.has(opening.at(-1)!) || /^\p{Ll}+ly$/u.test(opening.at(-1)!))) opening.pop();
  const described = opening[0] === 'The' ? titleRef(opening.join(' ')) : null;
  if (described && !placed.some((p) => p.block === bi && p.start >= from && p.end <= verb.start && !p.inQuote && p.type === 'person')) {
    const id = holder(described) ?? recentPerson(placed, bi, from);
    if (id) return { id, attribution: attribution(from) };
  }
  // A second verb of one subject ("Yoon called the Assembly “…” and vowed “…”"): the person before it, not the object of the first.
  if (/\band\s+(?:\p{Ll}+ly\s+)?$/u.test(block.tk.text.slice(from, verb.start))) {
    const person = placed.filter((p) => p.block === bi && p.start >= from && p.end <= verb.start && !p.inQuote && p.type === 'person').at(-1);
    const pron = toks.filter((t) => t.start < verb.start && PRONOUNS.has(t.text.toLowerCase())).at(-1);
    if (person && !(pron && pron.start > person.start)) return { id: person.id, attribution: attribution(person.start) };
  }
  // Otherwise the nearest subject before the verb, preferring people and organisations over places (a place never speaks).
  const near = subjectOf(verb.start, false);
  if (near?.id) {
    const candidates = placed.filter((p) => p.block === bi && p.start >= from && p.end <= verb.start && !p.inQuote && (p.type === 'person' || p.type === 'organization'));
    const last = candidates.at(-1);
    if (placed.find((p) => p.id === near.id)?.type === 'place') return last ? { id: last.id, attribution: attribution(last.start) } : null;
  }
  return near;
}

/** The subject of a sentence that introduces a quote with a colon: the person or pronoun (or a person's possessive) it opens with. */
function colonSubject(block: Block, placed: readonly Placed[], bi: number, from: number, to: number, pronoun: (word: string, at: number) => string | null): Speaker | null {
  const head = block.tk.text.slice(from, to);
  // The sentence's opening: a pronoun as its first word ("She closed …"), else a person named in its first 40 characters
  // ("Justice X's dissent, joined by …, ended"), not whoever the rest of it names.
  const lead = tokensIn(block, from, Math.min(to, from + 80)).slice(0, 3);
  const first = lead.find((t) => PRONOUNS.has(t.text.toLowerCase()));
  if (first && lead.indexOf(first) === 0 && ['she', 'he'].includes(first.text.toLowerCase())) return { id: pronoun(first.text.toLowerCase(), first.start), attribution: head.trim().slice(0, 120) };
  const who = placed.find((p) => p.block === bi && p.start >= from && p.start < from + 40 && !p.inQuote && p.type === 'person');
  return who ? { id: who.id, attribution: head.trim().slice(0, 120) } : null;
}

/** Add `g` to the list of `key` (in place: copying the list per group made grouping quadratic). */
function append(index: Map<string, number[]>, key: string, g: number): void {
  const list = index.get(key);
  if (list) list.push(g);
  else index.set(key, [g]);
}

/** Lowercase words of a quotation. */
function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

const STOP = new Set('a an the of to and or in on for with from by at as is are was were be been it its this that these those we our you your they their he she his her will would can could has have had not no but if than then so such which who what there here into about over under between both all any more most also just very'.split(' '));

/** True when two quotations render the same statement: equal short quotes, or long ones sharing most content words and several word pairs. */
export function sameStatement(a: string, b: string): boolean {
  const wa = words(a);
  const wb = words(b);
  const ca = new Set(wa.filter((w) => !STOP.has(w)));
  const cb = new Set(wb.filter((w) => !STOP.has(w)));
  if (Math.min(ca.size, cb.size) < 3) return wa.join(' ') === wb.join(' ') && wa.length > 0;
  let shared = 0;
  for (const w of ca) if (cb.has(w)) shared++;
  const overlap = shared / Math.min(ca.size, cb.size);
  const pairs = (ws: string[]) => new Set(ws.slice(1).map((w, i) => `${ws[i]} ${w}`));
  const pa = pairs(wa);
  let sharedPairs = 0;
  for (const p of pairs(wb)) if (pa.has(p)) sharedPairs++;
  return shared >= 3 && overlap >= 0.5 && sharedPairs >= 2;
}

/**
 * Give every quote its variant group: quotes from different sources that render the same statement (and do not
 * name different speakers) share one. Each group is led by its first quote, and a quote joins a group only when it
 * renders the same statement as that leader: "same statement" is not transitive, and chaining near-matches
 * (union-find) lets a large corpus of similar phrasing collapse into one group of thousands.
 */
export function groupQuotes(quotes: Quote[]): Quote[] {
  type Group = { id: string; leader: Quote; speakers: Set<string>; sources: Set<string> };
  const groups: Group[] = [];
  /** Groups by a content word of their leader (long quotes), and by the leader's whole wording (short ones). */
  const byWord = new Map<string, number[]>();
  const byWording = new Map<string, number[]>();
  const contentWords = (text: string) => [...new Set(words(text).filter((w) => !STOP.has(w)))];
  for (const q of quotes) {
    const content = contentWords(q.text);
    const hits = new Map<number, number>();
    for (const w of content) for (const g of byWord.get(w) ?? []) hits.set(g, (hits.get(g) ?? 0) + 1);
    const candidates = [...[...hits].filter(([, n]) => n >= 3).map(([g]) => g), ...(byWording.get(words(q.text).join(' ')) ?? [])].sort((a, b) => a - b);
    const joined = candidates.find((g) => {
      const group = groups[g]!;
      if (group.sources.has(q.source)) return false;
      if (q.speaker && group.speakers.size > 0 && !group.speakers.has(q.speaker)) return false;
      return sameStatement(group.leader.text, q.text);
    });
    if (joined !== undefined) {
      const group = groups[joined]!;
      q.group = group.id;
      group.sources.add(q.source);
      if (q.speaker) group.speakers.add(q.speaker);
      continue;
    }
    const g = groups.length;
    groups.push({ id: `qg-${hash8(q.id)}`, leader: q, speakers: new Set(q.speaker ? [q.speaker] : []), sources: new Set([q.source]) });
    q.group = groups[g]!.id;
    for (const w of content) append(byWord, w, g);
    append(byWording, words(q.text).join(' '), g);
  }
  return quotes;
}
