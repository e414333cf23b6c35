/**
 * Stage 3, clean: remove site clutter, lift evidence and embedded posts out of
 * the text, repair wrapping and run-together words, drop duplicates. Every rule
 * is named; every change it makes is logged (rule, before, after).
 */
import type { Change } from '../../src/schemas/source.ts';
import { sentences } from '../../src/lib/sentences.ts';
import type { Draft } from './types.ts';
import {
  BLOCK_RULES, CORPORATE_SUFFIX, DONATION_OPENERS, DONATION_MAX_LINE, EVIDENCE_RULES, READ_MORE_INLINE, RELEASE_LABEL,
  SOCIAL_POST, SOCIAL_POST_MAX, STRAY_TAIL_MAX, VIA_CREDIT,
} from './rules/clutter.ts';
import { LINE_BREAK_PREFIXES, splitRunTogether, isWord, vocabularyOf } from './rules/run-together.ts';
import { BIO, BIO_HEADING, BIO_TAIL, CAPS_CREDIT, CAPS_CREDIT_WORDS, CAPTION, CHROME_MAX_WORDS, CHROME_RULES, GOOD_STOP_DENSITY, GOOD_WORDS, GREETING, KICKER, LETTERHEAD_NOUNS, MASTHEAD_NOUNS, SECTION_MAX, SECTION_OPENERS, SHORT_WORDS, STOP_WORDS } from './rules/boilerplate.ts';
import { toIsoDate } from './dates.ts';
import { dayFirstIn, isDateLine, statedDates } from './rules/stated-dates.ts';
import { findDateline, SENTENCE_END } from './segment.ts';

/** One cleaning step: a name for the log and a pure function over the draft. */
export type CleanStep = { name: string; description: string; run: (draft: Draft) => Draft };

/** The cleaning steps, in the order they run. */
export const CLEAN_STEPS: readonly CleanStep[] = [
  { name: 'forwarded-envelope', description: 'A forwarded e-mail\'s covering note and headers above the forwarded message', run: forwardedEnvelope },
  { name: 'stacked-byline', description: 'A byline printed on the line under a headline, with no blank line between, is split from it', run: stackedByline },
  { name: 'evidence-lines', description: 'Copyright and "Source:" lines leave the text and become metadata evidence', run: evidenceLines },
  { name: 'release-header', description: 'A release\'s header line (its type label, issuer, "For immediate release", date) leaves the text; the issuer is the publisher', run: releaseHeader },
  { name: 'page-furniture', description: 'Running page headers and "Continued on page" lines; a paragraph they cut in two is joined', run: pageFurniture },
  { name: 'headline', description: 'The headline found among the first lines; what precedes it (skip links, mastheads, navigation) and date lines leave the text', run: headline },
  { name: 'block-clutter', description: 'Whole lines of site clutter (read-more links, share bars, breadcrumbs, newsletter prompts, comment forms)', run: blockClutter },
  { name: 'boilerplate', description: 'Blocks classified as page chrome from their own features and their neighbours (navigation, share, subscribe, cookie, legal, contact, related lists)', run: boilerplate },
  { name: 'donation-appeal', description: 'A donation appeal and its short lines', run: donationAppeal },
  { name: 'stray-tail', description: 'Stray words left at the end of the page (tags, image names)', run: strayTail },
  { name: 'contributor-note', description: 'A note on who wrote or translated the article among its last blocks ("Tom Ashby is a translator …"), with its "About the author" heading', run: contributorNote },
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

/** The line an e-mail client puts above a forwarded message. */
const FORWARD_MARKER = /^(?:-{2,}\s*forwarded message\s*-{2,}|begin forwarded message\s*:?|-{2,}\s*original message\s*-{2,})$/i;

/**
 * A forwarded e-mail: what the forwarder wrote and their headers sit above the forwarded message's marker.
 * The article is the forwarded message, so everything above the marker (within the page's head) leaves.
 */
function forwardedEnvelope(d: Draft): Draft {
  const at = d.blocks.slice(0, HEADER_REACH).findIndex((b) => b.split('\n').some((l) => FORWARD_MARKER.test(l.trim())));
  if (at < 0) return d;
  const lines = d.blocks[at]!.split('\n');
  const k = lines.findIndex((l) => FORWARD_MARKER.test(l.trim()));
  const rest = lines.slice(k + 1).join('\n').trim();
  const gone = [...d.blocks.slice(0, at), lines.slice(0, k + 1).join('\n')];
  const changes = [...d.changes, ...gone.filter((b) => b.trim()).map((b) => ({ rule: 'forwarded-envelope', before: b, after: '' }))];
  return { ...d, blocks: [...(rest ? [rest] : []), ...d.blocks.slice(at + 1)], changes };
}

/** Words in lower case a byline's names may hold ("Ana de la Torre and Jo Lee"). */
const NAME_JOINERS = new Set(['and', 'de', 'la', 'le', 'del', 'della', 'di', 'da', 'du', 'van', 'der', 'den', 'von', 'bin', 'al', 'el', 'y', 'e', 'dos', 'das']);
/** True when a byline's author part reads as names: no run of ordinary lower-case words ("Turnstyle – entry scanning that keeps …"). */
function namesPeople(author: string): boolean {
  return author.split(/\s+/).filter((w) => /^\p{Ll}/u.test(w) && !NAME_JOINERS.has(w)).length < 2;
}

function stackedByline(d: Draft): Draft {
  const byline = EVIDENCE_RULES.find((r) => r.name === 'byline')!.pattern;
  const blocks: string[] = [];
  const changes = [...d.changes];
  d.blocks.forEach((block, i) => {
    const lines = block.trim().split('\n').map((l) => l.trim());
    const last = lines.at(-1)!;
    // Only near the top, under a short line that is no sentence ("1. SpaceX catches a booster" / "by Marisol Ventura").
    if (i < HEADER_REACH && lines.length === 2 && wordsOf(last).length <= 8 && byline.test(last) && !byline.test(lines[0]!) && wordsOf(lines[0]!).length <= 30 && !endsSentence(lines[0]!)) {
      blocks.push(lines[0]!, last);
      changes.push({ rule: 'stacked-byline', before: `${lines[0]}⏎${last}`, after: 'headline and byline apart' });
    } else blocks.push(block);
  });
  return { ...d, blocks, changes };
}

/** A distribution site's credit for the issuer of a release ("News provided by Lindenair"): the issuer publishes it, not the site. */
const PROVIDED_BY = /^news\s+provided\s+by\s+(\p{Lu}[^.!?|·•]{1,60})$/iu;

function evidenceLines(d: Draft): Draft {
  const meta = { ...d.meta };
  const changes = [...d.changes];
  const blocks = d.blocks.filter((block, i) => {
    // (A note set in italics reads the same: "*This story was originally published by …*".)
    const line = block.trim().replace(/\s*\n\s*/g, ' ').replace(/^(\*{1,2}|_{1,2})(\S.*\S)\1$/, '$2');
    // An aggregator's "via <outlet>" above the story names the story's publisher, before the aggregator's own site name.
    const via = i < HEADER_REACH ? VIA_CREDIT.exec(line) ?? PROVIDED_BY.exec(line) : null;
    if (via && isMasthead(via[1]!.trim())) {
      if (!meta.publisher || meta.publisher.from === 'html-meta') meta.publisher = { value: nameAsWritten(via[1]!.trim()), from: 'text', evidence: line };
      changes.push({ rule: 'via-line', before: line, after: '' });
      return false;
    }
    for (const rule of EVIDENCE_RULES) {
      const m = rule.pattern.exec(line);
      if (!m?.groups) continue;
      const g = m.groups as Partial<Record<'publisher' | 'author' | 'authors' | 'url' | 'original', string>>;
      // "Presented by Turnstyle – entry scanning that keeps …": a sponsor's line, not a byline (no name runs on in lower case).
      if (g.author && !namesPeople(g.author)) continue;
      // A distributed release's "SOURCE Lindenair" names its issuer, over the distribution site's own name in the page's meta.
      if (g.publisher && rule.name === 'release-source' && meta.publisher?.from === 'html-meta') meta.publisher = undefined;
      if (g.publisher) {
        meta.publisher ??= { value: copyrightName(g.publisher), from: 'text', evidence: line };
      }
      if (g.author) {
        // A forum post's byline gives the time after a guillemet ("by douzepointsmikko » Sun May 12, 2024 8:31 am").
        meta.author ??= { value: nameAsWritten(g.author.replace(/\s+»\s.*$/, '').trim()), from: 'text', evidence: line };
        // "By Jane Doe, Harbor Ledger": the byline names the outlet after the reporter.
        const outlet = /,\s*([^,]{2,60})$/.exec(block.trim().split('\n')[0]!.trim())?.[1];
        if (outlet && !BYLINE_ROLE.test(outlet.trim()) && isPublicationName(outlet)) meta.publisher ??= { value: nameAsWritten(publicationName(outlet)!), from: 'text', evidence: line };
        // A byline may carry the dates too ("By Jane Doe | 25 March 2025, 18:40 CET | Updated 26 March 2025").
        for (const found of statedDates(line, dayFirstIn(line))) {
          if (found.updated) meta.updated ??= { value: found.date, from: 'text', evidence: line };
          else meta.date ??= { value: found.date, from: 'text', evidence: line };
        }
      }
      // A sign-off names reporters with where they filed from ("Jane Doe in Baltimore and …").
      if (g.authors && !/\bstaff$/i.test(g.authors.trim())) meta.author ??= { value: nameAsWritten(g.authors.replace(/\s+in\s+\p{Lu}[\p{L} .-]*?(?=\s+and\s+|,|$)/gu, '').trim()), from: 'text', evidence: line };
      if (g.original) {
        const url = safeUrl(g.original);
        const by = url ? url.hostname.replace(/^www\./, '') : g.original.trim();
        meta.originalPublisher ??= { value: by, from: 'text', evidence: line };
        // A bare site address names the publisher, not this article.
        if (url && url.pathname.length > 1) meta.url ??= { value: url.href, from: 'text', evidence: line };
      }
      if (g.original) {
        // When it first appeared, if the note says ("… originally appeared in X on July 6, 2024").
        const date = statedDates(line).find((found) => !found.updated);
        if (date) meta.originalDate ??= { value: date.date, from: 'text', evidence: line };
      }
      changes.push({ rule: rule.name, before: line, after: '' });
      return false;
    }
    // A footer of short lines with a copyright line among them ("You're receiving this …" / an address / "© 2023 X Media"):
    // the copyright line names the publisher; the footer itself is left to the boilerplate step.
    const lines = block.trim().split('\n').map((l) => l.trim());
    const copyright = lines.length > 1 && lines.length <= 8 ? lines.map((l) => COPYRIGHT_LINE.exec(l)?.groups?.publisher).find(Boolean) : undefined;
    if (copyright) meta.publisher ??= { value: copyrightName(copyright), from: 'text', evidence: lines.find((l) => COPYRIGHT_LINE.test(l))! };
    return true;
  });
  return { ...d, blocks, meta, changes };
}

/** The publisher a copyright line names, without a year, trailing punctuation or a legal form ("Northern Standard Newspapers Ltd" is the Northern Standard; a bare legal form stays as printed). */
function copyrightName(raw: string): string {
  const name = raw.trim().replace(/[,\s]+\d{4}$/, '').replace(/[,;:\s]+$/, '');
  return nameAsWritten(name.replace(CORPORATE_SUFFIX, '').trim() || name);
}

/** The copyright line's pattern ("© 2023 Harbour Brief Media, all rights reserved."), read line by line in a footer. */
const COPYRIGHT_LINE = EVIDENCE_RULES.find((r) => r.name === 'copyright-line')!.pattern;

/** SMALL WORDS of names printed in capitals stay lower case when the name is written normally. */
const NAME_SMALL_WORDS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'from', 'to', 'by', 'with', 'a', 'an', 'de', 'la', 'du', 'von', 'van']);

/** A name printed in capitals ("OFFICE OF GOVERNOR WES MOORE") as it is written in running text; other names as printed. */
export function nameAsWritten(name: string): string {
  const n = name.replace(/\s+/g, ' ').trim();
  if (!/\p{Lu}{2}/u.test(n) || n !== n.toUpperCase()) return n;
  return n.toLowerCase().split(' ').map((w, i) => (i > 0 && NAME_SMALL_WORDS.has(w) ? w : w.replace(/(^|[-'’])(\p{L})/gu, (_m, p: string, c: string) => p + c.toUpperCase()))).join(' ');
}

// ---------------------------------------------------------------------------------------------
// Evidence-based boilerplate: page furniture, the headline and what precedes it, chrome blocks
// ---------------------------------------------------------------------------------------------

const wordsOf = (block: string) => block.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
/** Share of a block's words that are stop words: article text is mostly made of them (jusText). */
const stopDensity = (words: string[]) => words.filter((w) => STOP_WORDS.has(w.toLowerCase().replace(/[^\p{L}']/gu, ''))).length / Math.max(1, words.length);
const endsSentence = (block: string) => /[.!?…]["”’)\]]*$/.test(block.trim());
const allCaps = (block: string) => /\p{Lu}/u.test(block) && block === block.toUpperCase();

/** The chrome rule a block matches, by its kind (navigation, share bar, cookie notice, legal line, …). */
export function chromeRule(block: string): string | null {
  const line = block.trim().replace(/\s+/g, ' ');
  // Chrome is short: a block of article length is never removed for a phrase it contains.
  if (wordsOf(line).length > CHROME_MAX_WORDS) return null;
  for (const rule of CHROME_RULES) if (rule.pattern.test(line)) return rule.name;
  if (CAPTION.test(line) || (CAPS_CREDIT_WORDS.test(line) && CAPS_CREDIT.test(line))) return 'caption';
  if (GREETING.test(line)) return 'greeting';
  if (BIO.test(line)) return 'author-bio';
  if (isNavigation(line)) return 'navigation';
  return null;
}

/** A line of short labels between separators ("News | Sport | TV", "Home > Business > Economy", "Politics • Analysis"). */
function isNavigation(line: string): boolean {
  const parts = line.split(/\s*(?:\s[|•›»>·/]\s|\s\/\s)\s*/);
  if (parts.length < 2 || /[.!?]$/.test(line)) return false;
  // (A section path's parts may have four words: "World | Middle East & Africa".)
  return parts.every((p) => /^(?:[\p{Lu}\d&][\p{L}\d'’&.-]*\s?){1,4}$/u.test(p.trim()));
}

/** A block that reads as article text: long enough, made of sentences and stop words, and no chrome. */
export function readsAsText(block: string): boolean {
  const words = wordsOf(block);
  // Wire and release ledes are dense with names and figures: a long sentence counts without the stop words.
  // A paragraph may end on a colon when it introduces a statement or quote ("… issued the following statement:").
  return (words.length >= 2 * GOOD_WORDS || (words.length >= GOOD_WORDS && stopDensity(words) >= GOOD_STOP_DENSITY)) && (endsSentence(block) || /:$/.test(block.trim())) && chromeRule(block) === null;
}

/** A byline's second line ("Staff Writer", "Showbiz Reporter"). */
const BYLINE_ROLE = /^(?:[\p{L}-]+\s+){0,3}(?:writer|reporter|correspondent|editor|columnist|contributor|lecturer|professor|analyst|producer|bureau chief)s?(?:\s+(?:in|at|for|of)\s+[\p{L} ]{2,30})?$/iu;

/**
 * A staff credit in place of a byline ("Island Ledger Staff", "Staff Report", "From staff reports"): no person is named.
 * The words before "Staff" must be the outlet's name (a publication's name, or the publisher the page states).
 */
function staffCredit(line: string, publisher: string | undefined): boolean {
  const m = /^(?:from\s+)?(?:(?<outlet>.{2,60}?)\s+)?staff(?:\s+(?:reports?|writers?))?$/iu.exec(line);
  if (!m) return false;
  const outlet = m.groups?.outlet;
  return outlet === undefined || isPublicationName(outlet) || (publisher !== undefined && simplify(outlet).replace(/^the /, '') === simplify(publisher).replace(/^the /, ''));
}

/**
 * Running headers and footers of a scanned or printed page ("PATAPSCO WEEKLY   Page 2 of 2",
 * "Continued on Page 2") leave the text; a paragraph they cut in two is joined again.
 */
function pageFurniture(d: Draft): Draft {
  const meta = { ...d.meta };
  const changes = [...d.changes];
  // "PATAPSCO WEEKLY      Page 2 of 2", "THE BAY TIMES   Thursday, August 24, 2023   Page A3", "Page 1 of 1", "(Continued on Page 2)".
  const running = /^(?<name>\p{Lu}[\p{Lu}\p{N} .&'’-]{2,60}?)\s{2,}(?:(?<when>\S.{3,60}?)\s{2,})?page\s+[A-Z]?\d+(?:\s+of\s+\d+)?$|^(?<name2>\p{Lu}[\p{Lu}\p{N} .&'’-]{2,60}?)\s*\|\s*(?<when2>[^|]{4,60}?)\s*\|\s*(?:page\s+)?[A-Z]?\d{1,3}$|^page\s+[A-Z]?\d+(?:\s+of\s+\d+)?$|^\(?(?:continued|cont(?:'|’)?d\.?)\s+(?:on|from)\s+(?:page\s+)?[A-Z]?\d+\)?\.?$/iu;
  const blocks: string[] = [];
  let cut = false;
  // A printed or PDF page repeats its header and footer on every page ("09/04/2024, 08:15  Headline… | Site",
  // "https://…/story   1/2"): a line that is no sentence, carries a number, and recurs (numbers aside) is furniture.
  const shape = (line: string) => line.trim().replace(/\s+/g, ' ').replace(/\d+/g, '#');
  const seen = new Map<string, number>();
  for (const line of d.blocks.flatMap((b) => b.split('\n'))) seen.set(shape(line), (seen.get(shape(line)) ?? 0) + 1);
  const recurs = (line: string) => {
    const flat = line.trim().replace(/\s+/g, ' ');
    // (A numbered item — "1. SpaceX catches a booster" in a contents list and again over its story — is no furniture.)
    return (seen.get(shape(line)) ?? 0) >= 2 && !/^\d{1,2}[.)]\s/.test(flat) && /\d/.test(flat) && flat.length >= 20 && wordsOf(flat).length <= 25 && !/[.!?]["”’)]*$/.test(flat) && !isDateLine(flat);
  };
  const jump = /^\(?(?:continued|cont(?:'|’)?d\.?)\s+from\s+(?:page\s+)?[A-Z]?\d+\)?\.?$/i;
  // A printed page's running head or foot set in columns ("22   PACIFIC OUTLOOK   APRIL 15, 2024", "WORLD      PACIFIC OUTLOOK"):
  // pieces apart by wide gaps (or a bar), each in capitals, a page number or a date, one of the capital pieces printed on several
  // such lines. They leave the text and may give the issue's date; the publication's name is the capital piece they all print
  // that is no section label ("PACIFIC OUTLOOK", not "WORLD"; "THE CARRICK EXAMINER" of "THE CARRICK EXAMINER, SATURDAY, APRIL 20, 2024").
  const pieces = (line: string): string[] | null => {
    const parts = line.trim().split(/\s{2,}|\s+\|\s+/).map((x) => withoutDate(x));
    if (parts.length < 2 || parts.length > 4 || parts.some((x) => /\p{Ll}/u.test(x) && !isDateLine(x))) return null;
    const caps = parts.filter((x) => /\p{Lu}{2}/u.test(x) && !isDateLine(x));
    return caps.length > 0 && parts.every((x) => /^[A-Z]?\d{1,3}[A-Z]?$/.test(x) || isDateLine(x) || /^[\p{Lu}\d .|&'’-]+$/u.test(x)) ? caps.map((x) => x.trim()) : null;
  };
  // A folio line, printed once: a page number or a cover price beside the issue's date, apart by wide gaps
  // ("14   THE KENWARD MERCURY   Thursday, May 11, 2023", "St. John’s, N.L.    FRIDAY, JUNE 23, 2023    $2.50").
  const folio = (line: string) => {
    const parts = line.trim().split(/\s{2,}/);
    if (parts.length < 2 || parts.length > 4 || parts.some((x) => wordsOf(x).length > 6)) return null;
    const when = parts.find((x) => isDateLine(x));
    const number = parts.some((x) => /^(?:[A-Z]?\d{1,3}[A-Z]?|page\s+[A-Z]?\d{1,3}|[$£€]\s?\d{1,2}(?:\.\d{2})?)$/i.test(x.trim()));
    // Its name piece, when it is a publication's name ("THE KENWARD MERCURY"), is the publisher.
    const name = parts.map((x) => publicationName(x.trim())).find((x) => x !== null) ?? undefined;
    return when && number ? { when, name } : null;
  };
  const WEEKDAY_NAME = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;
  /** A name piece with the issue's date after a comma ("THE CARRICK EXAMINER, SATURDAY, APRIL 20, 2024"): the name. */
  const withoutDate = (piece: string) => {
    const comma = piece.indexOf(',');
    if (comma < 0 || WEEKDAY_NAME.test(piece.slice(0, comma).trim())) return piece;
    return isDateLine(piece.slice(comma + 1).trim()) && !isDateLine(piece.slice(0, comma)) ? piece.slice(0, comma) : piece;
  };
  const heads = new Map<string, number>();
  for (const line of d.blocks.flatMap((b) => b.split('\n'))) for (const piece of new Set(pieces(line) ?? [])) heads.set(piece, (heads.get(piece) ?? 0) + 1);
  const printHead = (line: string) => {
    const caps = pieces(line);
    if (!caps?.some((x) => (heads.get(x) ?? 0) >= 2)) return folio(line);
    const every = caps.filter((x) => (heads.get(x) ?? 0) >= 2 && !/\d/.test(x) && !KICKER.test(x));
    const name = every.find((x) => publicationName(x) !== null) ?? every.find((x) => wordsOf(x).length >= 2) ?? (every.length === 1 ? every[0] : undefined);
    return { when: line.trim().split(/\s{2,}|\s+\|\s+/).map((x) => x.trim()).find((x) => isDateLine(x) || isDateLine(x.replace(/^[^,]*,\s*/, ''))), name };
  };
  for (const [b, block] of d.blocks.entries()) {
    const lines = block.split('\n');
    const kept = lines.filter((line, k) => {
      // A jump head ("QUAKE" over "Continued from Page 1") goes with its continuation line.
      const below = k + 1 < lines.length ? lines[k + 1]! : k === lines.length - 1 ? d.blocks[b + 1]?.split('\n')[0] ?? '' : '';
      const head = (jump.test(below.trim()) || /^\(?[Ff]rom\s+(?:[Pp]age\s+)?[A-Z]?\d{1,3}\)?$/.test(below.trim())) && allCaps(line) && wordsOf(line).length <= 3;
      const printed = printHead(line);
      const m = running.exec(line.trim()) ?? (printed || recurs(line) || head || JUMP_LINE.test(line.trim()) ? ([line] as unknown as RegExpExecArray) : null);
      if (!m) return true;
      const name = m.groups?.name ?? m.groups?.name2 ?? printed?.name;
      if (name) meta.publisher ??= { value: nameAsWritten(name.trim()), from: 'text', evidence: line.trim().replace(/\s+/g, ' ') };
      // A running header may print the issue's date.
      const when = m.groups?.when ?? m.groups?.when2 ?? printed?.when;
      const issued = when ? statedDates(when).find((found) => !found.updated) : undefined;
      if (issued) meta.date ??= { value: issued.date, from: 'text', evidence: line.trim().replace(/\s+/g, ' ') };
      changes.push({ rule: 'page-furniture', before: line.trim().replace(/\s+/g, ' '), after: '' });
      return false;
    });
    if (kept.length === 0) {
      cut ||= lines.length > 0 && blocks.length > 0;
      continue;
    }
    const text = kept.join('\n');
    const previous = blocks.at(-1);
    // A paragraph broken by the page: the last one stops mid-sentence and this one goes on in lower case
    // (or in capitals, when what stopped is a long hard-wrapped paragraph: "… in the affected area. City" / "Hall will be lit …").
    const stopped = previous !== undefined && previous.includes('\n') && wordsOf(previous).length >= GOOD_WORDS && !/[.!?:;"”’)\]]$/.test(previous.trim());
    if ((cut || kept.length < lines.length) && previous !== undefined && !endsSentence(previous) && (/^\p{Ll}/u.test(text) || (cut && stopped && /^\p{Lu}\p{Ll}/u.test(text)))) {
      blocks[blocks.length - 1] = `${previous}\n${text}`;
      changes.push({ rule: 'page-break-join', before: `${previous.slice(-40)}⏎${text.slice(0, 40)}`, after: 'one paragraph' });
    } else blocks.push(text);
    cut = kept.length < lines.length && /^(?:continued|page)\b/i.test(lines.at(-1)!.trim());
  }
  return { ...d, blocks, meta, changes };
}

/** A story's jump line in print: "See QUAKE, Page 6" (the story goes on under that word on another page). */
const JUMP_LINE = /^\(?(?:[Pp]lease\s+see|[Ss]ee)\s+\p{Lu}[\p{Lu}\d-]*,?\s+(?:on\s+)?[Pp]age\s+[A-Z]?\d+\)?\.?$|^\(?[Ff]rom\s+(?:[Pp]age\s+)?[A-Z]\d{1,2}\)?$|^(?:[Ff]ull|[Mm]ore)\s[\p{L} ]{1,40},\s+[Pp]age\s+[A-Z]?\d{1,3}\.?$/u;

/** A web address in running text ("padmaletter.example/support", "https://…", "www.…"). */
const WEB_ADDRESS = /https?:\/\/|\bwww\.|\b[\w-]+\.(?:com|org|net|example|co|io|info|gov|edu)(?:\/\S*)?\b/i;

/** A title candidate: a short line that is not a sentence, a date, chrome or a byline. */
function isTitleCandidate(block: string): boolean {
  const flat = block.replace(/\s*\n\s*/g, ' ');
  const words = wordsOf(flat);
  // (One word is a headline only as a cry: "MESSI-AH!", "GOTCHA!")
  if (!((words.length >= 2 || (words.length === 1 && /\p{L}{3}.*!$/u.test(flat))) && words.length <= 30 && flat.length <= 250 && !/[.,;:]$/.test(flat) && chromeRule(flat) === null && !isDateLine(flat) && !BYLINE_ROLE.test(flat))) return false;
  // A note of two full sentences, or one with a web address ("… this week. If you find it useful … – padmaletter.example/support"), is no headline.
  const parts = flat.split(/(?<=[.!?])\s+(?=\p{Lu})/u);
  if ((parts.length >= 2 && parts.filter((x) => wordsOf(x).length >= 6).length >= 2) || WEB_ADDRESS.test(flat)) return false;
  // A stack of lines with a contact or date line among them is a letterhead, not a headline wrapped over lines.
  const lines = block.split('\n').map((l) => l.trim()).filter(Boolean);
  return lines.length < 2 || !lines.some((l) => chromeRule(l) !== null || isDateLine(l));
}

/**
 * A kicker or section label above a headline ("SHOWBIZ", "THE BIG STORY", "Olympic Games 2024"): a known
 * label, a line of one or two words in capitals, or — when another line follows that reads as a headline
 * or standfirst — a line of at most three words in capitals or in Title Case.
 */
function isKicker(block: string, next?: string, candidates = 1): boolean {
  const words = wordsOf(block);
  if (KICKER.test(block.trim())) return true;
  // (A cry in capitals is a tabloid's headline, no label: "MESSI-AH!")
  if (allCaps(block) && words.length <= (candidates >= 3 ? 3 : 2) && !/[!?]$/.test(block.trim())) return true;
  if (next === undefined || words.length > 3 || wordsOf(next).length < 6 || !/\s\p{Ll}/u.test(next)) return false;
  // (A name's small words count: "Department of Space" over a release's headline.)
  return (allCaps(block) && candidates >= 3) || (!allCaps(block) && words.every((w) => /^[\p{Lu}\d]/u.test(w) || NAME_SMALL_WORDS.has(w)) && /^[\p{Lu}\d]/u.test(words[0] ?? ''));
}

/**
 * A release's header line at the top of the page: pieces apart by `·`, `|` or wide gaps, one of them a release's type label
 * ("MEDIA STATEMENT      17 April 2024", "**PRESS RELEASE** · Lindenau Institute · For immediate release"), the others a date or
 * a name. The line leaves the text; the name is the publisher, the date the release's date.
 */
function releaseHeader(d: Draft): Draft {
  const meta = { ...d.meta };
  const changes = [...d.changes];
  const blocks = d.blocks.flatMap((block, i) => {
    if (i >= HEADER_REACH) return [block];
    const lines = block.split('\n').filter((line) => {
      const pieces = line.replace(/\*\*|__/g, '').trim().split(/\s*[·•|]\s*|\s{2,}/).filter(Boolean);
      // A label alone is left to the release-label rule.
      if (pieces.length < 2 || !pieces.some((x) => RELEASE_LABEL.test(x))) return true;
      const rest = pieces.filter((x) => !RELEASE_LABEL.test(x));
      const when = rest.filter((x) => isDateLine(x));
      const names = rest.filter((x) => !isDateLine(x));
      if (names.length > 1 || names.some((x) => !isMasthead(x))) return true;
      const flat = line.trim().replace(/\s+/g, ' ');
      if (names[0]) meta.publisher ??= { value: nameAsWritten(names[0]), from: 'text', evidence: flat };
      const issued = when[0] ? statedDates(when[0]).find((x) => !x.updated) : undefined;
      if (issued) meta.date ??= { value: issued.date, from: 'text', evidence: flat };
      changes.push({ rule: 'release-header', before: flat, after: '' });
      return false;
    });
    return lines.length ? [lines.join('\n')] : [];
  });
  return { ...d, blocks, meta, changes };
}

/** A name a masthead or letterhead prints: a few capitalised words, no sentence, no date. */
function isMasthead(block: string): boolean {
  const words = wordsOf(block);
  if (words.length < 1 || words.length > 6 || /[.!?…,:;]$/.test(block) || isDateLine(block) || chromeRule(block)) return false;
  return allCaps(block) || words.every((w) => /^[\p{Lu}\d]/u.test(w) || NAME_SMALL_WORDS.has(w));
}

/** A publication's name line ("Puget Sound Herald", "EASTERN WIRE"): a masthead ending in a newspaper or agency noun. */
const isPublicationName = (block: string) => publicationName(block) !== null;

/**
 * The publication a name line prints, without an edition or section label after a dash
 * ("IBERIA GAZETTE — English edition", "Maritime Review — Analysis"); null when the line is no such name.
 */
function publicationName(block: string): string | null {
  const flat = block.replace(/\s+/g, ' ').trim();
  const labelled = EDITION_LABEL.exec(flat);
  const name = labelled?.[1] ?? flat;
  if (!isMasthead(name)) return null;
  if (MASTHEAD_NOUNS.has(wordsOf(name).at(-1)!.toLowerCase().replace(/[^\p{L}]/gu, ''))) return name;
  // "The Steel Primer — Explainer": a short name beside the kind of piece it prints is a masthead, whatever its last word.
  return labelled && KICKER.test(labelled[2]!.trim()) && (THE_NAME.test(name) || wordsOf(name).length <= 3) ? name : null;
}

/** A person's name as a byline prints it: two or three capitalised words in normal case. */
const PERSON_NAME = /^\p{Lu}\p{Ll}[\p{L}.'’-]*(?:\s+\p{Lu}\.?)?(?:\s+\p{Lu}\p{Ll}[\p{L}.'’-]*){1,2}$/u;

/** A name line followed by a label after a dash: what a masthead prints beside its name (edition, section). */
const EDITION_LABEL = /^(.{2,60}?)\s+[—–|]\s+([\p{L} ]{2,30})$/u;

/** "The Terrace", "The Touchline": a name of "The" and up to three capitalised words, which no headline is when one stands above it. */
const THE_NAME = /^The(?:\s+\p{Lu}[\p{L}'’&-]*){1,3}$/u;

/** A wire service's version code and topic codes in front of a headline: "UPDATE 2-", "REFILE-", "CORRECTED-UPDATE 1-Soccer-". */
const WIRE_VERSION_PREFIX = /^(?:(?:UPDATE|REFILE|CORRECTED|RPT|WRAPUP|REPEAT)(?:\s*\d+)?-)+(?:\p{Lu}[\p{L}]*-(?=\p{Lu}))*/u;

/** A browser tab's title: the headline (maybe cut with "…"), a separator, the site's name. */
const TAB_TITLE = /^(.+?)\s+(?:[|–—·•]|-{1,2})\s+([^|–—·•]{2,60})$/u;

/** Does `line` print the headline `title` again: the same words, or a tab title (cut with "…" or followed by the site's name)? */
function printsTitle(line: string, title: string): boolean {
  const head = (TAB_TITLE.exec(line)?.[1] ?? line).trim();
  const same = (a: string) => simplify(a) === simplify(title) || (a.endsWith('…') && simplify(title).startsWith(simplify(a.slice(0, -1))));
  return same(line) || same(head);
}

/** The first items of a site's menu, which follow its name at the top of a page. */
const SITE_MENU = /^(?:menu|home|about(?:\s+(?:us|me))?|contact(?:\s+(?:us|me))?|subscribe|sign\s+in)$/i;

/** A line naming what the article is filed under: "Categories: Life in Japan", "Posted in News, Local". */
const FILED_UNDER = /^(?:categories|category|posted in|filed under|sections?)\s*:?\s+(.{2,200})$/i;

/**
 * A heading broken over two lines that came apart ("For Noto quake survivors," / "a long winter in shelters"):
 * a short line that stops on a comma, dash or small word, followed by a short line in lower case, is one heading.
 */
function joinWrappedHeadings(d: Draft): Draft {
  const blocks = [...d.blocks];
  const changes = [...d.changes];
  for (let i = 0; i + 1 < Math.min(blocks.length, HEADER_REACH); i++) {
    const a = blocks[i]!.trim();
    const b = blocks[i + 1]!.trim();
    if (a.includes('\n') || b.includes('\n') || wordsOf(a).length > 15 || wordsOf(b).length > 15 || endsSentence(b)) continue;
    if (!/(?:,|[—–-]|\b(?:and|or|of|the|a|an|in|on|for|to|as|with))$/.test(a) || !/^\p{Ll}/u.test(b) || chromeRule(a) || chromeRule(b)) continue;
    blocks.splice(i, 2, `${a}\n${b}`);
    changes.push({ rule: 'heading-join', before: `${a}⏎${b}`, after: `${a} ${b}` });
  }
  return { ...d, blocks, changes };
}

/** The name among `found` the page writes in normal case, else the first made normal case ("PENNANT NEWS SERVICE" → "Pennant News Service"). */
function asPrinted(found: readonly string[]): string | null {
  return found.find((f) => /\p{Ll}/u.test(f)) ?? (found[0] ? nameAsWritten(found[0]) : null);
}

/**
 * An agency's initials spelled out where the page prints its name ("PNS" → "Pennant News Service", from the masthead
 * "PENNANT NEWS SERVICE -- WORLD SERVICE" or the copyright line): a run of capitalised words whose initials are the
 * abbreviation's letters, as the page writes it in normal case when it does.
 */
function spelledOut(abbreviation: string, blocks: readonly string[]): string | null {
  if (!/^\p{Lu}{2,6}$/u.test(abbreviation)) return null;
  const n = abbreviation.length;
  const found: string[] = [];
  for (const block of blocks) {
    for (const m of block.matchAll(new RegExp(`(?<![\\p{L}])\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){${n - 1}}(?![\\p{L}])`, 'gu'))) {
      const words = m[0].split(/\s+/);
      if (words.map((w) => w[0]).join('') === abbreviation) found.push(m[0]);
    }
  }
  return asPrinted(found);
}

/**
 * An agency's full name where the page prints it ("(Lodestar)" in the dateline, "LODESTAR NEWS AGENCY" over the story or
 * "© 2024 Lodestar News Agency" under it): the short name and up to three capitalised words ending in an agency's or
 * publication's noun, as the page writes it in normal case when it does.
 */
function agencyFullName(short: string, blocks: readonly string[]): string | null {
  const found: string[] = [];
  for (const form of new Set([short, short.toUpperCase()])) {
    const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const block of blocks) {
      for (const m of block.matchAll(new RegExp(`(?<![\\p{L}])${escaped}(?:\\s+\\p{Lu}[\\p{L}'’-]*){1,3}(?![\\p{L}])`, 'gu'))) {
        if (MASTHEAD_NOUNS.has(m[0].split(/\s+/).at(-1)!.toLowerCase())) found.push(m[0]);
      }
    }
  }
  return asPrinted(found);
}

/** How far into an article its headline, dates and first paragraph are looked for. */
const HEADER_REACH = 25;

/**
 * The headline is found, not assumed: the title candidates just above the first paragraph (after its
 * byline and date lines) are read, kickers and section labels above them skipped; what precedes the
 * headline (skip links, tab titles, mastheads, navigation) is page chrome and leaves the text, the
 * masthead kept as the publisher. Dates stated above the first paragraph (or in its dateline) are read.
 */
function headline(draft: Draft): Draft {
  const d = joinWrappedHeadings(draft);
  const body = d.blocks.slice(0, HEADER_REACH).findIndex(readsAsText);
  if (body < 0) return d;
  const meta = { ...d.meta };
  const changes = [...d.changes];
  // Dates stated above the first paragraph; "Updated …" is kept apart from the publication date.
  const dayFirst = dayFirstIn(d.blocks.slice(0, body + 1).join('\n'));
  for (const block of d.blocks.slice(0, body)) {
    const flat = block.replace(/\s+/g, ' ').trim();
    if (!isDateLine(flat) && !/^date\s*:/i.test(flat)) continue;
    for (const found of statedDates(flat, dayFirst)) {
      if (found.updated) meta.updated ??= { value: found.date, from: 'text', evidence: flat };
      else meta.date ??= { value: found.date, from: 'text', evidence: flat };
    }
  }
  // The dateline of the first paragraph ("BALTIMORE, MD (April 5, 2024) —").
  // (A release's dateline may set its date apart by a second dash: "REDMOND, Wash. — Oct. 13, 2023 — Microsoft …".)
  const dashes = /^(.{3,110}?)\s(?:—|–|--|-)\s(?:(.{3,40}?)\s(?:—|–|--|-)\s)?/.exec(d.blocks[body]!);
  const second = dashes?.[2] !== undefined && isDateLine(dashes[2]) ? dashes[0].trim() : undefined;
  const lead = second ?? dashes?.[1];
  const leadDate = lead ? statedDates(lead, dayFirst)[0] : undefined;
  if (leadDate && !meta.date) meta.date = { value: leadDate.date, from: 'text', evidence: lead };

  // A wire dateline names the agency: "BENGALURU, Aug 23 (Eastern Wire) -".
  const agency = /^(?:\p{Lu}[\p{Lu} .,'’-]{2,40}?(?:,\s*[\p{L}.]+\s+\d{1,2})?\s*)?\((?<agency>\p{Lu}[\p{L}&.' -]{2,40})\)\s*(?:—|–|--|-)\s/u.exec(d.blocks[body]!)?.groups?.agency?.replace(/^(?:updated?|corrected|correction|update \d+|file|photos?|video|watch|listen|audio)$/i, '');
  if (agency && !statedDates(agency).length) meta.publisher ??= { value: spelledOut(agency.trim(), d.blocks) ?? agencyFullName(agency.trim(), d.blocks) ?? agency.trim(), from: 'text', evidence: /^[^)]*\)/.exec(d.blocks[body]!)![0] };

  const drop = new Map<number, string>();
  // Date lines, bylines without "By" ("Jane Doe, Political Editor") and byline roles above the first paragraph are metadata.
  for (let i = 0; i < body; i++) {
    const flat = d.blocks[i]!.replace(/\s+/g, ' ').trim();
    const named = /^(?<name>\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}),\s+(?<role>[^,]{3,40})$/u.exec(flat);
    const dotted = /^(?<name>\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3})\s+[·•|]\s+(?<when>.{4,60})$/u.exec(flat);
    if (isDateLine(flat)) drop.set(i, 'date-line');
    else if (BYLINE_ROLE.test(flat) || staffCredit(flat, meta.publisher?.value)) drop.set(i, 'byline-role');
    // Where the reporter filed from, under the byline ("BY MARCUS TELLE" / "in Hualien").
    else if (/^in\s+\p{Lu}[\p{L}.'’ -]{1,40}$/u.test(flat) && wordsOf(flat).length <= 5) drop.set(i, 'byline-role');
    else if (dotted && PERSON_NAME.test(dotted.groups!.name!) && isDateLine(dotted.groups!.when!)) {
      // "Tomás Ibarra · Aug 22, 2023": a platform's byline with the date beside the name.
      drop.set(i, 'byline');
      meta.author ??= { value: dotted.groups!.name!, from: 'text', evidence: flat };
      const found = statedDates(dotted.groups!.when!, dayFirst).find((x) => !x.updated);
      if (found) meta.date ??= { value: found.date, from: 'text', evidence: flat };
    } else if (named && BYLINE_ROLE.test(named.groups!.role!.trim())) {
      drop.set(i, 'byline');
      meta.author ??= { value: named.groups!.name!, from: 'text', evidence: flat };
    } else {
      // A name over its outlet and dateline ("Dana Whitfield" / "Harbor Ledger" / "BALTIMORE, March 26, 2024") is a byline without "By".
      const [first, ...rest] = d.blocks[i]!.trim().split('\n').map((l) => l.trim());
      // The lines under the name may be blocks of their own.
      // (A platform's buttons between them — "Follow", "·", "6 min read" — are passed over.)
      for (let k = i + 1; rest.length === 0 && i > 0 && k < body && k <= i + 6; k++) {
        const line = d.blocks[k]!.replace(/\s+/g, ' ').trim();
        if (!isPublicationName(line) && !isDateLine(line) && !chromeRule(line)) break;
        if (isDateLine(line)) {
          rest.push(...d.blocks.slice(i + 1, k + 1).map((b) => b.replace(/\s+/g, ' ').trim()).filter((l) => isDateLine(l) || isPublicationName(l)));
          break;
        }
      }
      const institution = wordsOf(first!).some((w) => MASTHEAD_NOUNS.has(w.toLowerCase()) || LETTERHEAD_NOUNS.has(w.toLowerCase()));
      if (rest.length > 0 && PERSON_NAME.test(first!) && !institution && rest.every((l) => isDateLine(l) || isPublicationName(l)) && rest.some((l) => isDateLine(l))) {
        drop.set(i, 'byline');
        meta.author ??= { value: first!, from: 'text', evidence: flat };
        const outlet = rest.map(publicationName).find((n) => n !== null);
        if (outlet) meta.publisher ??= { value: nameAsWritten(outlet), from: 'text', evidence: flat };
      }
    }
  }
  // A label the page files the article under ("Categories: Life in Japan") is a kicker when printed above the headline.
  const filed = new Set(d.blocks.flatMap((b) => FILED_UNDER.exec(b.replace(/\s+/g, ' ').trim())?.[1]!.split(/\s*[,|·•]\s*/).map(simplify) ?? []));
  let at = -1;
  if (!d.titleKnown) {
    const candidates: number[] = [];
    let looseDek = -1;
    for (let j = body - 1; j >= 0; j--) {
      const block = d.blocks[j]!;
      const outlet = publicationName(block);
      if (drop.has(j) || chromeRule(block) || outlet) {
        // A short first paragraph under the byline or date line ("LIONEL Messi finally got his hands on …") is the lede,
        // not a standfirst: the headline is above the byline.
        const lede = candidates.length === 1 && candidates[0] === body - 1 && endsSentence(d.blocks[body - 1]!) && /^(?:date-line|byline|byline-role)$/.test(drop.get(j) ?? '');
        if (lede) candidates.pop();
        else if (candidates.length) break;
        // A masthead between the headline and the first paragraph names the publisher.
        if (outlet) {
          drop.set(j, 'masthead');
          meta.publisher ??= { value: nameAsWritten(outlet), from: 'text', evidence: `masthead: ${block}` };
        }
        continue;
      }
      // A standfirst written as a sentence sits right above the first paragraph; the headline is above it.
      const standfirst = candidates.length === 0 && endsSentence(block) && wordsOf(block).length <= 45 && !readsAsText(block);
      // A dek without a full stop ("The Games ended where …: with a fable …") counts only with a headline above it.
      const dek = candidates.length === 0 && !standfirst && !isTitleCandidate(block) && wordsOf(block).length <= 45 && !/[.,;:]$/.test(block.trim()) && chromeRule(block) === null;
      if (!isTitleCandidate(block) && !standfirst && !dek) break;
      if (dek) looseDek = j;
      candidates.unshift(j);
    }
    if (looseDek >= 0 && candidates.length === 1) candidates.pop();
    // A headline the page prints twice (a repeated title line, a tab title cut with "…") is the headline.
    // So is one the page quotes elsewhere ("3 thoughts on “Headline”").
    const quoted = (c: number) => d.blocks.some((b, i) => i > body && (b.includes(`“${d.blocks[c]!.trim()}”`) || b.includes(`"${d.blocks[c]!.trim()}"`)));
    const repeated = candidates.find((c) => d.blocks.some((b, i) => i !== c && i < body && printsTitle(b, d.blocks[c]!))) ?? candidates.find(quoted);
    while (candidates.length > 1 && candidates[0] !== repeated && (isKicker(d.blocks[candidates[0]!]!, d.blocks[candidates[1]!]!, candidates.length) || filed.has(simplify(d.blocks[candidates[0]!]!)))) candidates.shift();
    // The headline is the first line that is no kicker (what follows it is its standfirst or the lede);
    // never a sentence, and never below a line that reads like article text (when unsure, keep the text).
    at = repeated ?? candidates[0] ?? -1;
    // A digest's item printed in its contents list and again over its story: the headline is the one over the story.
    if (at >= 0 && /^\d{1,2}[.)]\s/.test(d.blocks[at]!.trim())) at = candidates.filter((c) => d.blocks[c]!.trim() === d.blocks[at]!.trim()).at(-1)!;
    // (A short question is a headline too: "How long can the AI chip boom last?")
    // (Nor a short cry: "MESSI-AH!", "Gotcha!")
    const sentence = (b: string) => /\.["”’)\]]*$/.test(b.trim()) || (/!["”’)\]]*$/.test(b.trim()) && wordsOf(b).length > 8) || (/\?["”’)\]]*$/.test(b.trim()) && wordsOf(b).length > 20);
    // (A line cut short with "…" — a breadcrumb, a tab title — is no finished sentence.)
    if (at >= 0 && (sentence(d.blocks[at]!) || d.blocks.slice(0, at).some((b) => !chromeRule(b) && /[.!?]["”’)\]]*$/.test(b.trim()) && wordsOf(b).length >= 12))) at = -1;
  }
  if (at >= 0) {
    let title = d.blocks[at]!;
    const before = d.blocks.slice(0, at);
    // A headline cut short ("…") is completed from another line that starts the same way.
    if (title.endsWith('…')) {
      const stem = simplify(title.slice(0, -1));
      const full = d.blocks.find((b, i) => i !== at && !b.endsWith('…') && simplify(b).startsWith(stem) && b.length > title.length);
      if (full) {
        changes.push({ rule: 'truncated-title', before: title, after: full });
        title = full;
      } else meta.titleTruncated ??= { value: 'true', from: 'text', evidence: title };
    }
    // An item of a digest, numbered as in its contents list above ("1. SpaceX catches …"): the headline is without the number.
    const numbered = /^\d{1,2}[.)]\s+/.exec(title);
    if (numbered && before.some((b) => b.split('\n').some((l) => l.trim() === title.trim()))) {
      changes.push({ rule: 'list-number', before: title, after: title.slice(numbered[0].length) });
      // The article ends where the next item of the contents list begins.
      const items = new Set(before.flatMap((b) => b.split('\n').map((l) => l.trim()).filter((l) => /^\d{1,2}[.)]\s+\S/.test(l) && l !== title.trim())));
      const next = d.blocks.findIndex((b, i) => i > at && items.has(b.trim().split('\n')[0]!.trim()));
      if (next > at) for (let i = next; i < d.blocks.length; i++) drop.set(i, 'digest-other-item');
      title = title.slice(numbered[0].length);
    }
    // A wire headline carries its version and topic codes ("UPDATE 2-Soccer-Spain beat England …"): the headline is what follows.
    const coded = WIRE_VERSION_PREFIX.exec(title);
    if (coded && coded[0].length < title.length) {
      changes.push({ rule: 'wire-version-prefix', before: title, after: title.slice(coded[0].length) });
      title = title.slice(coded[0].length);
    }
    // A wire headline's version number after it ("… Setting Homes on Fire (2)"), a plain-text e-mail's heading mark ("** Three …").
    const marked = /\s+\(\d{1,2}\)$|^\*\*\s+/.exec(title);
    if (marked && marked[0].length < title.length) {
      const plain = title.replace(marked[0], '').trim();
      changes.push({ rule: marked[0].includes('*') ? 'heading-mark' : 'wire-version-suffix', before: title, after: plain });
      title = plain;
    }
    // The publisher a page names above its headline: "NEWS PROVIDED BY" + name, else the masthead.
    const provided = before.findIndex((b) => /^news\s+provided\s+by$/i.test(b.trim()));
    if (provided >= 0 && before[provided + 1] && isMasthead(before[provided + 1]!)) meta.publisher ??= { value: nameAsWritten(before[provided + 1]!), from: 'text', evidence: `${before[provided]} ${before[provided + 1]}` };
    // The masthead opens the page; a label right above the headline is its kicker.
    // A section label is no masthead: the name must carry a word newspapers' or institutions' names are made of (Daily, Wire, Office…).
    const edition = before.map(publicationName).find((name) => name !== null);
    if (edition && !isMasthead(before.find((b) => publicationName(b) === edition)!)) meta.publisher ??= { value: nameAsWritten(edition), from: 'text', evidence: `masthead: ${edition}` };
    const isNamePlate = (b: string) => isMasthead(b) && !KICKER.test(b.trim()) && !b.endsWith('…') && wordsOf(b).some((w) => MASTHEAD_NOUNS.has(w.toLowerCase().replace(/[^\p{L}]/gu, '')) || LETTERHEAD_NOUNS.has(w.toLowerCase().replace(/[^\p{L}]/gu, '')));
    const masthead = before.find((b, i) => isNamePlate(b) && (i < at - 1 || !isKicker(b)));
    // A letterhead prints its name over the office and address in one stack of lines ("CITY OF HARROW BAY" / "Office of the Mayor" / …).
    const letterhead = masthead ?? before.map((b) => b.trim().split('\n')).find((lines) => lines.length > 1 && lines.slice(1).some((l) => chromeRule(l.trim()) !== null))?.map((l) => l.trim()).find(isNamePlate);
    if (letterhead) meta.publisher ??= { value: nameAsWritten(letterhead), from: 'text', evidence: `masthead: ${letterhead}` };
    // A site's own name at the top of its page (a blog's or newsletter's title): a name-shaped line above the headline
    // that the page names again ("Thanks for reading Letters from Kanazawa!") or that its menu follows ("Home", "About").
    const site = before.find((b, i) => {
      const line = b.trim();
      if (!isMasthead(line) || line.includes('\n') || KICKER.test(line) || filed.has(simplify(line)) || printsTitle(line, title) || isKicker(line, before[i + 1]) && i === at - 1) return false;
      const written = new RegExp(`(?<![\\p{L}\\p{N}])${line.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');
      const named = d.blocks.some((o, k) => k !== i && k > at && written.test(o));
      return named || before.slice(i + 1, i + 4).some((n) => SITE_MENU.test(n.trim()));
    })?.trim();
    // A copyright line names the company ("© 2023 Ledgerline Media LLC" → Ledgerline); a name line above the headline that
    // begins with that name names the publication ("LEDGERLINE MORNING").
    if (meta.publisher?.value && /^(?:copyright|©|\(c\))/i.test(meta.publisher.evidence ?? '')) {
      const stem = simplify(meta.publisher.value).replace(/^the /, '');
      const fuller = before.map((b) => b.trim()).find((b) => !b.includes('\n') && !/\s(?:--|[—–|·•])\s/.test(b) && isMasthead(b) && simplify(b).replace(/^the /, '').startsWith(`${stem} `));
      if (fuller) meta.publisher = { value: nameAsWritten(fuller), from: 'text', evidence: `masthead: ${fuller}` };
    }
    // "© Jane Doe" on a page Jane Doe writes names its owner; the publication is the site's name.
    const owner = meta.publisher?.value !== undefined && meta.publisher.value === meta.author?.value && /^(?:©|\(c\)|copyright)/i.test(meta.publisher.evidence ?? '');
    if (site && (owner || !meta.publisher?.value)) meta.publisher = { value: site, from: 'text', evidence: `site name: ${site}` };
    // A newsletter's sender ("From: La Pizarra <lapizarra@…>") is the publication when the letter names it again below the headline.
    // (Without the office that sends it: "Lakeside Health Media Relations" is Lakeside Health.)
    const sender = before.flatMap((b) => b.split('\n')).map((l) => /^from:\s+"?([^"<@]{2,60}?)"?\s+<[^<>\s]+@[^<>\s]+>$/i.exec(l.trim())?.[1]?.trim().replace(/\s+(?:media relations|communications(?: office| team)?|press office|newsroom|news desk|team)$/i, '')).find(Boolean);
    const again = (name: string) => new RegExp(`(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');
    if (!site && sender && isMasthead(sender) && (owner || !meta.publisher?.value) && d.blocks.some((o, k) => k > at && again(sender).test(o))) {
      meta.publisher = { value: sender, from: 'text', evidence: `sender: ${sender}` };
    }
    // A browser tab's title names the site after the headline ("Headline | Island Ledger").
    for (const b of before) {
      const site = TAB_TITLE.exec(b);
      if (site && printsTitle(b, title) && isMasthead(site[2]!)) meta.publisher ??= { value: site[2]!.trim(), from: 'text', evidence: `tab title: ${b}` };
    }
    // A name of "The …" right under the headline is the outlet's name, not a standfirst.
    const under = d.blocks[at + 1]?.trim();
    if (under !== undefined && at + 1 < body && !drop.has(at + 1) && THE_NAME.test(under)) {
      drop.set(at + 1, 'masthead');
      meta.publisher ??= { value: under, from: 'text', evidence: `masthead: ${under}` };
    }
    before.forEach((b, i) => {
      const why = drop.get(i) ?? chromeRule(b) ?? (b === masthead ? 'masthead' : printsTitle(b, title) ? 'tab-title' : isKicker(b) ? 'kicker' : 'before-headline');
      changes.push({ rule: why, before: b, after: '' });
    });
    for (let i = at + 1; i < d.blocks.length; i++) if (drop.has(i)) changes.push({ rule: drop.get(i)!, before: d.blocks[i]!, after: '' });
    const blocks = [title, ...d.blocks.slice(at + 1).filter((_, k) => !drop.has(at + 1 + k))];
    return { ...d, blocks, meta, changes, headlineFirst: true };
  }
  // No headline in the text (the format gave one, or the article opens with its lede): drop only the date lines.
  for (const [i, why] of drop) changes.push({ rule: why, before: d.blocks[i]!, after: '' });
  return { ...d, blocks: d.blocks.filter((_, i) => !drop.has(i)), meta, changes };
}

/**
 * Blocks classified as article text or boilerplate from evidence (after jusText): a block is chrome
 * when its kind is (navigation, share, subscribe, cookie, legal, contact…); a list under a "Related" or
 * "Most read" heading goes with it, and the same titles repeated as headings later; an "About …" or
 * legal section after the article's first paragraphs goes with its paragraph; a short heading right
 * above chrome is that box's heading; kickers (short capitals) before the first paragraph; and after the
 * last paragraph, once chrome has begun, every short line that is no sentence (contact blocks, footers).
 * Anything else stays: when unsure, keep.
 */
function boilerplate(d: Draft): Draft {
  const blocks = d.blocks;
  const meta = { ...d.meta };
  const n = blocks.length;
  const why: Array<string | null> = blocks.map((b) => chromeRule(b));
  const text = blocks.map(readsAsText);
  const short = blocks.map((b, i) => !text[i] && wordsOf(b).length <= SHORT_WORDS && !endsSentence(b));
  const listed = new Set<string>();
  const first = text.indexOf(true);
  // Readers' comments: everything from their heading to the end of the page, once the article has begun and the
  // section shows what comment threads are made of (a "Reply" button, or a commenter's date line).
  const thread = why.findIndex((w, i) => w === 'comment-section-heading' && text.slice(0, i).filter(Boolean).length >= 2);
  if (thread >= 0 && blocks.slice(thread + 1).some((b) => /^reply$/i.test(b.trim()) || isDateLine(b.replace(/\s+/g, ' ').trim()))) {
    for (let j = thread + 1; j < n; j++) why[j] ??= 'comment-section';
  }
  // The byline's author introduced after the article ("Jane Doe covers foreign affairs for the Chronicle.") is a bio box.
  const authors = (d.meta.author?.value ?? '').split(/\s*(?:,|\band\b|&)\s*/).filter((a) => wordsOf(a).length >= 2);
  for (let i = first + 1; first >= 0 && i < n; i++) {
    const b = blocks[i]!.trim();
    if (why[i] === null && wordsOf(b).length <= 60 && authors.some((a) => b.startsWith(a) && BIO_OPENING.test(b.slice(a.length)))) why[i] = 'author-bio';
  }
  const last = text.findLastIndex((t, i) => t && why[i] === null);
  for (let i = 0; i < n; i++) {
    const line = blocks[i]!.trim();
    if (CHROME_RULES.find((r) => r.name === 'section-list-heading')!.pattern.test(line)) {
      // The list under it: short lines, items ("- …", "1. …"), until article text resumes; a digest's items ("• Nvidia's
      // quarterly revenue roughly tripled …") may be sentences of their own.
      const item = (b: string) => /^(?:[-•*·]|\d+\.)\s/.test(b);
      for (let j = i + 1; j < n && ((!text[j] && (short[j] || item(blocks[j]!)) && wordsOf(blocks[j]!).length <= 16) || (item(blocks[j]!) && wordsOf(blocks[j]!).length <= 45)); j++) {
        why[j] ??= 'related-list';
        listed.add(simplify(blocks[j]!.replace(/^(?:[-•*·]|\d+\.)\s+/, '')));
      }
    }
    const opener = SECTION_OPENERS.find((r) => r.pattern.test(line));
    if (opener && text.slice(0, i).filter(Boolean).length >= 3 && wordsOf(line).length <= 8) {
      why[i] = opener.name;
      // A release's "About <Organisation>" names who issued it, when its lede names the same organisation.
      const org = opener.name === 'about-section' ? line.replace(/^about\s+(?:the\s+)?/i, '').trim() : '';
      if (org && !meta.publisher?.value && first >= 0 && blocks[first]!.includes(org)) meta.publisher = { value: org, from: 'text', evidence: line };
      // Its paragraphs: never a short line (the next heading, a contact block) and never more than SECTION_MAX.
      // (A page's history is a list of dated short entries: they go, until article text resumes.)
      if (opener.name === 'page-history') for (let j = i + 1; j < n && !text[j] && wordsOf(blocks[j]!).length <= 25; j++) why[j] ??= opener.name;
      else for (let j = i + 1; j < Math.min(n, i + 1 + SECTION_MAX) && !short[j] && wordsOf(blocks[j]!).length > SHORT_WORDS; j++) why[j] ??= opener.name;
    }
  }
  for (let i = 0; i < n; i++) if (why[i] === null && !text[i] && listed.has(simplify(blocks[i]!))) why[i] = 'repeats-navigation';
  // The site's or publisher's name on a line of its own (a logo, a page head) is no article text.
  const site = meta.publisher?.value ? simplify(meta.publisher.value).replace(/^the /, '') : '';
  if (site) for (let i = 0; i < n; i++) if (why[i] === null && simplify(blocks[i]!).replace(/^the /, '') === site) why[i] = 'site-name';
  // A live page's entry: its time stamp, then a short heading of its own.
  for (let i = 1; i < n; i++) if (why[i] === null && why[i - 1] === 'timestamp' && short[i] && !text[i]) why[i] = 'entry-heading';
  // A paragraph set wholly in italics is an aside (tagline, caption, note, prompt) next to an image or
  // outside the article's paragraphs; between paragraphs it is kept, as text.
  for (let i = 0; i < n; i++) {
    if (why[i] !== null || !ITALIC_ASIDE.test(blocks[i]!)) continue;
    if (why[i - 1] === 'image' || why[i + 1] === 'image' || i < first || i > last) why[i] = 'aside';
  }
  // Kickers and section labels before the first paragraph.
  for (let i = d.titleKnown ? 0 : 1; i < (first < 0 ? 0 : first); i++) if (why[i] === null && (isKicker(blocks[i]!) || (allCaps(blocks[i]!) && wordsOf(blocks[i]!).length <= 5 && !endsSentence(blocks[i]!)))) why[i] = 'kicker';
  // A short heading directly above chrome is that box's heading ("Get the Morning Ledger", "Media Contact").
  for (let i = n - 2; i >= (d.titleKnown ? 0 : 1); i--) {
    if (why[i] === null && why[i + 1] !== null && short[i] && !text[i] && i > first) why[i] = `${why[i + 1]}-heading`.replace(/(-heading)+$/, '-heading');
  }
  // After the last paragraph, once chrome has begun, short lines are the page's footer.
  if (last >= 0) {
    let chrome = false;
    for (let i = last + 1; i < n; i++) {
      if (why[i] !== null) chrome = true;
      // A short sentence after an advertisement is still the article's: only lines that are no sentence go.
      else if (chrome && !text[i] && !endsSentence(blocks[i]!) && wordsOf(blocks[i]!).length <= SHORT_WORDS) why[i] = 'page-footer';
    }
  }
  const changes = [...d.changes];
  const kept = blocks.flatMap((b, i) => {
    if (why[i] === null) {
      if (!ITALIC_ASIDE.test(b)) return [b];
      const plain = b.slice(1, -1).trim();
      changes.push({ rule: 'italic-paragraph', before: b, after: plain });
      return [plain];
    }
    changes.push({ rule: why[i]!, before: b, after: '' });
    return [];
  });
  return { ...d, blocks: kept, meta, changes };
}

/** What follows a reporter's name in a bio box: "covers …", "writes about …", "is the Chronicle's Tokyo correspondent". */
const BIO_OPENING = /^\s+(?:covers|writes (?:about|on|for)|reports (?:on|for|from)|(?:is|was) (?:a|an|the)\b[^.!?]{0,60}\b(?:reporter|correspondent|editor|writer|columnist|journalist|contributor|photographer|producer))\b/;

/** A paragraph wholly in italics, as the Markdown reader hands it over ("*…*"). */
const ITALIC_ASIDE = /^\*[^*\s][^*]*\*$/;

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

/** How many of an article's last blocks may hold a note on its contributor. */
const CONTRIBUTOR_NOTE_REACH = 4;
/** A contributor's note is a few sentences, never an article's paragraph of reporting. */
const CONTRIBUTOR_NOTE_WORDS = 80;

function contributorNote(d: Draft): Draft {
  const changes = [...d.changes];
  const drop = new Set<number>();
  const from = Math.max(1, d.blocks.length - CONTRIBUTOR_NOTE_REACH);
  for (let i = from; i < d.blocks.length; i++) {
    const block = d.blocks[i]!.trim().replace(/\s+/g, ' ');
    if (wordsOf(block).length > CONTRIBUTOR_NOTE_WORDS || !BIO_TAIL.test(block)) continue;
    // The writer, not someone the article reports on: the name appears nowhere else in its text (a byline is already metadata).
    const name = block.slice(0, block.search(/\sis\s/));
    if (d.blocks.some((other, k) => k !== i && other.includes(name))) continue;
    drop.add(i);
    if (i > 0 && BIO_HEADING.test(d.blocks[i - 1]!.trim())) drop.add(i - 1);
  }
  if (!drop.size) return d;
  for (const i of [...drop].sort((a, b) => a - b)) changes.push({ rule: 'contributor-note', before: d.blocks[i]!, after: '' });
  return { ...d, blocks: d.blocks.filter((_, i) => !drop.has(i)), changes };
}

function unwrap(d: Draft): Draft {
  const changes = [...d.changes];
  let wrapped = 0;
  const blocks = d.blocks.map((block) => {
    if (!block.includes('\n')) return block;
    wrapped++;
    return block.replace(/(\p{L}+)-\n(\p{Ll}\p{L}*)/gu, (_all, a: string, b: string) => {
      const joined = keepsHyphen(a, b, d.blocks) ? `${a}-${b}` : a + b;
      changes.push({ rule: joined.includes('-') ? 'hyphenated-compound' : 'hyphenation', before: `${a}-⏎${b}`, after: joined });
      return joined;
    })
      // A hyphen or dash at the end of a line before a capital or digit joins what it joins ("Biden-⏎Harris", "2022-⏎23", "rain—⏎and").
      .replace(/([\p{L}\p{N}])(-|—|–)\n(?=[\p{Lu}\p{N}])/gu, '$1$2')
      .replace(/([\p{L}\p{N}])(—)\n(?=\p{Ll})/gu, '$1$2')
      .replace(/\s*\n\s*/g, ' ');
  });
  if (wrapped) changes.push({ rule: 'unwrap-lines', before: `${wrapped} hard-wrapped paragraph(s)`, after: 'joined into single lines' });
  return { ...d, blocks, changes };
}

/** Verb forms that make a compound adjective with the word before them ("hard-working", "long-awaited"). */
const PARTICIPLE = /^\p{Ll}{3,}(?:ing|ed)$/u;

/**
 * Is a word hyphenated across a line break a hyphenated compound ("hard-\nworking") rather than one word
 * broken in two ("investiga-\ntors", "Balti-\nmore", "Butti-\ngieg")? The article's own spelling decides
 * first; then a word the dictionary knows is joined, unless both halves are words and the second is a
 * participle; two halves that are not words are one word broken by the line; a real word with a
 * fragment that together are no word keep the hyphen.
 */
export function keepsHyphen(a: string, b: string, blocks: readonly string[]): boolean {
  const joined = a + b;
  const text = blocks.join(' ');
  const seen = (w: string) => new RegExp(`(?<![\\p{L}-])${w}(?![\\p{L}-])`, 'u').test(text);
  if (seen(`${a}-${b}`)) return true;
  if (seen(joined)) return false;
  const aWord = a.length >= 3 && isWord(a);
  const bWord = isWord(b);
  if (isWord(joined) || isWord(joined.toLowerCase())) return aWord && bWord && PARTICIPLE.test(b) && b.length >= 6 && !LINE_BREAK_PREFIXES.has(a.toLowerCase());
  if (!aWord && !bWord) return false;
  // A name broken by the line ("Butti-gieg"): a capitalised start and a fragment that is no word; or a start that is
  // no word and a short tail in lower case that happens to be one ("Pinel-las", "Wil-son").
  if (/^\p{Lu}/u.test(a) && (!bWord || (!aWord && /^\p{Ll}{1,3}$/u.test(b)))) return false;
  return true;
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
  // A capitalised token, or one with a capital inside ("openSUSE"), seen twice in the article is a name: never split it.
  const counts = new Map<string, number>();
  for (const block of d.blocks) for (const t of block.match(/\p{Lu}[\p{L}’']+|\p{Ll}+\p{Lu}[\p{L}’']*/gu) ?? []) counts.set(t, (counts.get(t) ?? 0) + 1);
  const keep = new Set([...counts].filter(([, n]) => n > 1).map(([t]) => t));
  // Names the article writes apart elsewhere ("Key Bridge", "Moore") support splitting them where they run together.
  const seen = vocabularyOf(d.blocks);
  const changes = [...d.changes];
  const blocks = d.blocks.map((raw) => {
    // A drop cap set apart from its word by a scan ("C arlos Alcaraz", "T he"): one word when the joined form is one.
    const cap = /^([A-Z]) (\p{Ll}{1,20})(?![\p{L}’'-])/u.exec(raw);
    const joined = cap ? cap[1]! + cap[2]! : '';
    // (A and I are words themselves: after them the rest must be no word.)
    const block = cap && (!/^[AI]$/.test(cap[1]!) || !isWord(cap[2]!)) && (isWord(joined) || seen.names.has(joined)) ? joined + raw.slice(cap[0].length) : raw;
    if (block !== raw) changes.push({ rule: 'drop-cap', before: cap![0], after: joined });
    const { text, repairs } = splitRunTogether(block, keep, seen);
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
    // Pages print a pull-quote before or after the paragraph it repeats.
    for (const t of rare) for (const j of index.get(t)!) if (j !== i && !drop.has(j)) hits.set(j, (hits.get(j) ?? 0) + 1);
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
