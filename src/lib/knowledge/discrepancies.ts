/**
 * Where sources disagree: a person's title at the same organisation, an
 * event's date or weekday, an amount reported for the same event, and the
 * wording of the same statement. Each discrepancy lists every source's
 * version side by side; the reader decides.
 */
import type { Discrepancy, Entity, Event, Figure, Quote } from '../../schemas/knowledge.ts';
import type { Source } from '../../schemas/source.ts';
import { wordWeights, type WordWeights } from './claim-words.ts';
import { compareUnit, conflicting, figureConflicts } from './figure-conflicts.ts';
import { dateConflicts } from './date-claims.ts';
import { COMPATIBLE_TITLES, SECOND_RANKS, TITLE_ABBREVIATIONS, TITLE_HEADS } from './lexicon.ts';
import { byCode, hash8, normName } from './text.ts';


/** The head of a title, normalised (`president of the US Critical Minerals Forum` → `president`, `Chairman` → `chair`). */
export function titleHead(role: string): string | null {
  const words = normName(role).split(/[\s,]+/);
  if (/\bchief executive\b|\bceo\b/.test(words.join(' '))) return 'chief executive';
  const at = words.findIndex((w) => TITLE_HEADS.has(w.replace(/\.$/, '')) || TITLE_ABBREVIATIONS.has(w.replace(/\.$/, '')));
  if (at < 0) return null;
  const head = words[at]!;
  const h = TITLE_ABBREVIATIONS.get(head.replace(/\.$/, '')) ?? head.replace(/\.$/, '');
  const title = ['chairman', 'chairwoman', 'chairperson', 'chair'].includes(h) ? 'chair' : h === 'gen' ? 'general' : h;
  // A vice president is not the president, nor a deputy minister the minister.
  const rank = words.slice(Math.max(0, at - 2), at).map((w) => w.replace(/-$/, '')).find((w) => SECOND_RANKS.has(w));
  return rank ? `${rank} ${title}` : title;
}

/** A stable id for a discrepancy. */
function discrepancyId(kind: string, subjectId: string, values: readonly string[]): string {
  return `d-${hash8(`${kind}|${subjectId}|${values.join('|')}`)}`;
}

/** People given different titles at the same organisation by different sources. */
function titleDiscrepancies(entities: readonly Entity[], byId: ReadonlyMap<string, Entity>): Discrepancy[] {
  const out: Discrepancy[] = [];
  for (const person of entities) {
    if (person.type !== 'person') continue;
    const byOrg = new Map<string, Entity['roles']>();
    for (const r of person.roles) if (r.organization) byOrg.set(r.organization, [...(byOrg.get(r.organization) ?? []), r]);
    for (const [org, roles] of byOrg) {
      // A title any office-holder also has ("head of", "leader of", "founder of") disagrees with none.
      const heads = new Set(roles.map((r) => titleHead(r.role)).filter((h): h is string => !!h && !COMPATIBLE_TITLES.has(h)));
      const sources = new Set(roles.map((r) => r.source));
      if (heads.size < 2 || sources.size < 2) continue;
      const rows = roles.map((r) => ({ source: r.source, paragraph: r.paragraph, value: r.role }));
      out.push({ id: discrepancyId('title', `${person.id}@${org}`, rows.map((r) => r.value)), kind: 'title', subject: `${person.name}’s title at ${byId.get(org)?.name ?? org}`, subjectId: person.id, sources: rows });
    }
  }
  return out;
}

/** Events whose reports name different weekdays or dates. */
function dateDiscrepancies(events: readonly Event[]): Discrepancy[] {
  const out: Discrepancy[] = [];
  for (const e of events) {
    if (e.sources.length < 2) continue;
    const rows = e.reports.filter((r) => r.dateText).map((r) => ({ source: r.source, paragraph: r.paragraphs[0] ?? null, value: r.dateText! }));
    const weekdays = new Set(e.reports.map((r) => r.weekday).filter(Boolean));
    const dates = new Set(e.reports.map((r) => r.date).filter(Boolean));
    if (weekdays.size > 1) out.push({ id: discrepancyId('weekday', e.id, rows.map((r) => r.value)), kind: 'weekday', subject: `Day of ${e.name}`, subjectId: e.id, sources: rows });
    else if (dates.size > 1) out.push({ id: discrepancyId('date', e.id, rows.map((r) => r.value)), kind: 'date', subject: `Date of ${e.name}`, subjectId: e.id, sources: rows });
  }
  return out;
}

/** One happening dated differently by two sources, sentence by sentence (date-claims.ts), named after its event when it has one. */
function claimedDateDiscrepancies(sources: readonly Source[], weights: WordWeights, events: readonly Event[]): Discrepancy[] {
  return dateConflicts(sources, weights).map(({ claims }) => {
    const event = events.find((e) => claims.some((c) => e.paragraphs.some((p) => p.source === c.source && p.paragraph === c.paragraph)));
    const rows = claims.map((c) => ({ source: c.source, paragraph: c.paragraph, value: c.text }));
    // The sentence without its date line ("WAJIMA, Japan — ").
    const opening = claims[0].sentence.replace(/^[^—–]{0,40}\s[—–]\s/, '').split(/\s+/).slice(0, 10).join(' ');
    return { id: discrepancyId('date', `claim|${claims.map((c) => `${c.source}|${c.paragraph}`).join('|')}`, rows.map((r) => r.value)), kind: 'date', subject: event && event.sources.length > 1 ? `Date of ${event.name}` : `Date: “${opening}…”`, subjectId: event?.id ?? claims[0].paragraph, sources: rows };
  });
}

/** Event kinds whose reports are few sentences about one encounter or deal: their amounts are compared as the event's. */
const ENCOUNTERS: ReadonlySet<Event['kind']> = new Set(['meeting', 'forum', 'agreement', 'visit', 'call', 'shipment', 'inauguration']);

/** Events for which sources give different amounts of the same thing (same kind, unit and currency). */
function amountDiscrepancies(events: readonly Event[], figures: readonly Figure[]): Discrepancy[] {
  const out: Discrepancy[] = [];
  for (const e of events) {
    // News events (incidents, votes…) gather many sentences: their figures are compared fact by fact (figureDiscrepancies).
    if (e.sources.length < 2 || !ENCOUNTERS.has(e.kind)) continue;
    const inEvent = figures.filter((f) => e.paragraphs.some((p) => p.source === f.source && p.paragraph === f.paragraph));
    const groups = new Map<string, Figure[]>();
    for (const f of inEvent) {
      if (f.kind === 'money' && e.kind !== 'agreement') continue;
      // "three days after the mutiny", "a week later": the time between two things dates a sentence, it is no amount of the event.
      if (f.of && /^time (?:after|before|since)\b/.test(f.of)) continue;
      const key = `${f.kind}|${f.unit ?? ''}|${f.currency ?? ''}`;
      groups.set(key, [...(groups.get(key) ?? []), f]);
    }
    for (const list of groups.values()) {
      const values = new Set(list.map((f) => f.value));
      const sources = new Set(list.map((f) => f.source));
      // Different values, each source giving one: one source listing several amounts is not a disagreement.
      if (values.size < 2 || sources.size < 2 || list.length !== sources.size || !list.some((a) => list.some((b) => conflicting(a, b)))) continue;
      const rows = list.map((f) => ({ source: f.source, paragraph: f.paragraph, value: f.text }));
      out.push({ id: discrepancyId('amount', `${e.id}|${list[0]!.kind}|${list[0]!.unit}`, rows.map((r) => r.value)), kind: 'amount', subject: `${list[0]!.unit ?? list[0]!.currency ?? list[0]!.kind} in reports of ${e.name}`, subjectId: e.id, sources: rows });
    }
  }
  return out;
}

/**
 * The same fact stated with conflicting numbers by different sources (figure-conflicts.ts). Each discrepancy lists
 * every source's figure for that fact, agreeing ones too.
 */
function figureDiscrepancies(figures: readonly Figure[], events: readonly Event[], sources: readonly Source[], weights: WordWeights): Discrepancy[] {
  return figureConflicts(figures, events, sources, weights).map(({ figures: group }) => {
    const first = group[0]!;
    const rows = group.map((f) => ({ source: f.source, paragraph: f.paragraph, value: f.text }));
    // What the fact is, in the words of the figure that names it best (`duration of strike` rather than `duration: stretched`).
    const what = (group.find((f) => f.of && !/^duration:/.test(f.of)) ?? group.find((f) => f.of))?.of?.replace(/^duration: /, 'duration: ') ?? first.unit ?? first.kind;
    return { id: discrepancyId('amount', `fact|${compareUnit(first)}|${first.of ?? ''}`, rows.map((r) => r.value)), kind: 'amount', subject: `${what} (${first.unit ?? first.currency ?? first.kind})`, subjectId: first.id, sources: rows };
  });
}

/** Normalised wording for comparison: case, quotes, dashes and spacing ignored. */
function wording(text: string): string {
  return normName(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Variant groups whose members word the statement differently (one being a shorter excerpt of another is not a difference). */
function quoteDiscrepancies(quotes: readonly Quote[]): Discrepancy[] {
  const groups = new Map<string, Quote[]>();
  for (const q of quotes) groups.set(q.group, [...(groups.get(q.group) ?? []), q]);
  const out: Discrepancy[] = [];
  for (const [group, list] of groups) {
    if (new Set(list.map((q) => q.source)).size < 2) continue;
    const texts = [...new Set(list.map((q) => wording(q.text)))];
    if (texts.length < 2) continue;
    const longest = texts.reduce((a, b) => (b.length > a.length ? b : a));
    if (texts.every((t) => longest.includes(t))) continue;
    const speaker = list.find((q) => q.speakerName)?.speakerName ?? 'Unattributed';
    const opening = list[0]!.text.split(/\s+/).slice(0, 8).join(' ');
    const rows = list.map((q) => ({ source: q.source, paragraph: q.paragraph, value: q.text }));
    out.push({ id: discrepancyId('quote-wording', group, rows.map((r) => r.value)), kind: 'quote-wording', subject: `${speaker}: “${opening}…”`, subjectId: group, sources: rows });
  }
  return out;
}

/** Every discrepancy in the corpus, by kind then subject. */
export function findDiscrepancies(input: { entities: readonly Entity[]; events: readonly Event[]; quotes: readonly Quote[]; figures: readonly Figure[]; sources?: readonly Source[] }): Discrepancy[] {
  const byId = new Map(input.entities.map((e) => [e.id, e]));
  const sources = input.sources ?? [];
  const weights = wordWeights(sources.length ? sources : [{ paragraphs: input.figures.map((f) => ({ id: f.paragraph, text: f.sentence })) as Source['paragraphs'] }]);
  const byEvent = amountDiscrepancies(input.events, input.figures);
  // A fact already reported as an event's amount is not reported twice.
  const seen = new Set(byEvent.flatMap((d) => d.sources.map((r) => `${r.source}|${r.paragraph}|${r.value}`)));
  const facts = figureDiscrepancies(input.figures, input.events, sources, weights).filter((d) => !d.sources.every((r) => seen.has(`${r.source}|${r.paragraph}|${r.value}`)));
  const byEventDate = dateDiscrepancies(input.events);
  // A happening already reported as an event's date is not reported twice.
  const dated = new Set(byEventDate.flatMap((d) => d.sources.map((r) => `${r.source}|${r.paragraph}`)));
  const claimed = claimedDateDiscrepancies(sources, weights, input.events).filter((d) => !d.sources.every((r) => dated.has(`${r.source}|${r.paragraph}`)));
  const all = [...titleDiscrepancies(input.entities, byId), ...byEventDate, ...claimed, ...byEvent, ...facts, ...quoteDiscrepancies(input.quotes)];
  const order = ['title', 'date', 'weekday', 'amount', 'quote-wording'];
  return all.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || byCode(a.subject, b.subject) || byCode(a.id, b.id));
}
