/**
 * Where sources disagree: a person's title at the same organisation, an
 * event's date or weekday, an amount reported for the same event, and the
 * wording of the same statement. Each discrepancy lists every source's
 * version side by side; the reader decides.
 */
import type { Discrepancy, Entity, Event, Figure, Quote } from '../../schemas/knowledge.ts';
import { TITLE_HEADS } from './lexicon.ts';
import { byCode, hash8, normName } from './text.ts';

/** Abbreviated titles → the title (`Gov.` → governor). */
const TITLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['gov', 'governor'], ['pres', 'president'], ['sen', 'senator'], ['rep', 'representative'], ['gen', 'general'], ['adm', 'admiral'],
  ['col', 'colonel'], ['capt', 'captain'], ['lt', 'lieutenant'], ['supt', 'superintendent'], ['sec', 'secretary'], ['amb', 'ambassador'],
]);

/** The head of a title, normalised (`president of the US Critical Minerals Forum` → `president`, `Chairman` → `chair`). */
export function titleHead(role: string): string | null {
  const words = normName(role).split(/[\s,]+/);
  if (/\bchief executive\b|\bceo\b/.test(words.join(' '))) return 'chief executive';
  const head = words.find((w) => TITLE_HEADS.has(w.replace(/\.$/, '')) || TITLE_ABBREVIATIONS.has(w.replace(/\.$/, '')));
  if (!head) return null;
  const h = TITLE_ABBREVIATIONS.get(head.replace(/\.$/, '')) ?? head.replace(/\.$/, '');
  return ['chairman', 'chairwoman', 'chairperson', 'chair'].includes(h) ? 'chair' : h === 'gen' ? 'general' : h;
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
      const heads = new Set(roles.map((r) => titleHead(r.role)).filter((h): h is string => !!h));
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
      const key = `${f.kind}|${f.unit ?? ''}|${f.currency ?? ''}`;
      groups.set(key, [...(groups.get(key) ?? []), f]);
    }
    for (const list of groups.values()) {
      const values = new Set(list.map((f) => f.value));
      const sources = new Set(list.map((f) => f.source));
      // Different values, each source giving one: one source listing several amounts is not a disagreement.
      if (values.size < 2 || sources.size < 2 || list.length !== sources.size) continue;
      const rows = list.map((f) => ({ source: f.source, paragraph: f.paragraph, value: f.text }));
      out.push({ id: discrepancyId('amount', `${e.id}|${list[0]!.kind}|${list[0]!.unit}`, rows.map((r) => r.value)), kind: 'amount', subject: `${list[0]!.unit ?? list[0]!.currency ?? list[0]!.kind} in reports of ${e.name}`, subjectId: e.id, sources: rows });
    }
  }
  return out;
}

/** Words around a figure that say what it is about: its `of`, its unit and the six words on either side in its sentence. */
function figureContext(f: Figure): Set<string> {
  const at = f.sentence.indexOf(f.text);
  const near = at >= 0 ? `${f.sentence.slice(0, at).split(/\s+/).slice(-6).join(' ')} ${f.sentence.slice(at + f.text.length).split(/\s+/).slice(0, 6).join(' ')}` : '';
  return new Set(
    `${f.of ?? ''} ${f.unit ?? ''} ${near}`
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter((w) => w.length > 3 && !CONTEXT_STOP.has(w))
      // A light stem: killing, killed and kills meet at "kill".
      .map((w) => w.replace(/(?:ing|ed|es|s)$/, '').replace(/(.)\1$/, '$1')),
  );
}
const CONTEXT_STOP = new Set(['about', 'some', 'more', 'than', 'nearly', 'almost', 'around', 'roughly', 'over', 'under', 'with', 'from', 'that', 'this', 'their', 'which', 'were', 'have', 'been', 'said', 'says', 'after', 'before', 'into', 'duration', 'length']);

/**
 * The same fact stated with different numbers by different sources: figures of one kind and unit whose values are
 * close but not equal (six and seven workers, 984 and 948 feet, 33,000 and 32,000 machinists) and whose words say
 * they measure the same thing (what they are `of` and the words around them, weighted by how rare they are among
 * the figures). Each discrepancy lists every source's figure for that fact, agreeing ones too.
 */
function figureDiscrepancies(figures: readonly Figure[], events: readonly Event[]): Discrepancy[] {
  // A score is a pair of numbers, compared as written elsewhere (the quote or the report), not as one value.
  const list = figures.filter((f) => (f.kind !== 'money' || f.currency) && f.unit !== 'score' && !hypothetical(f));
  const contexts = list.map(figureContext);
  // What each figure is of, without the words every measure of its sort shares ("duration", "age").
  const ofWords = list.map((f) => new Set((f.of ?? f.unit ?? '').toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length > 3 && !GENERIC_OF.has(w)).map((w) => w.replace(/(?:ing|ed|es|s)$/, ''))));
  const df = new Map<string, number>();
  for (const c of contexts) for (const w of c) df.set(w, (df.get(w) ?? 0) + 1);
  const weights = new Map([...df].map(([w, n]) => [w, Math.log((list.length + 1) / n) / Math.log(list.length + 1)]));
  const unitOf = (f: Figure) => `${f.kind}|${PEOPLE_UNITS.has(f.unit ?? '') ? 'people' : UNIT_SYNONYMS.get(f.unit ?? '') ?? f.unit ?? ''}|${f.currency ?? ''}`;
  // Two figures said to be of the very same thing ("length of Vela") agree that much more.
  const affinity = (i: number, j: number) => {
    let n = list[i]!.of && list[i]!.of === list[j]!.of ? 1 : 0;
    for (const w of contexts[i]!) if (contexts[j]!.has(w)) n += weights.get(w)!;
    return n;
  };
  // Sources that report one event: their figures are compared readily; others only when their words agree more.
  const eventsOf = new Map<string, Set<string>>();
  for (const e of events) for (const src of e.sources) eventsOf.set(src, (eventsOf.get(src) ?? new Set()).add(e.id));
  const shareEvent = (a: string, b: string) => [...(eventsOf.get(a) ?? [])].some((id) => eventsOf.get(b)?.has(id));
  // Candidates: figures of one unit, sorted by value, so only close values are compared.
  const byUnit = new Map<string, number[]>();
  list.forEach((f, i) => {
    if (f.max === null) byUnit.set(unitOf(f), [...(byUnit.get(unitOf(f)) ?? []), i]);
  });
  const candidates = new Map<number, number[]>();
  for (const ids of byUnit.values()) {
    ids.sort((x, y) => list[x]!.value - list[y]!.value);
    for (let x = 0; x < ids.length; x++) {
      for (let y = x + 1; y < ids.length && close(list[ids[x]!]!, list[ids[y]!]!); y++) {
        const [i, j] = [ids[x]!, ids[y]!];
        // What they measure must share a word, unless both count people (workers, machinists, members: the unit says it).
        const people = unitOf(list[i]!).includes('|people|');
        if (list[i]!.source === list[j]!.source || (!people && ![...ofWords[i]!].some((w) => ofWords[j]!.has(w)))) continue;
        // Sources that report no event together need a little more in common.
        if (affinity(i, j) < (shareEvent(list[i]!.source, list[j]!.source) ? FACT_MIN : 1.2 * FACT_MIN)) continue;
        candidates.set(i, [...(candidates.get(i) ?? []), j]);
        candidates.set(j, [...(candidates.get(j) ?? []), i]);
      }
    }
  }
  // Around each figure, the figure of each other source that fits it best: one version of the fact per source.
  const out: Discrepancy[] = [];
  const seen = new Set<string>();
  for (const [i, js] of candidates) {
    const best = new Map<string, { j: number; score: number }>();
    for (const j of js) {
      const score = affinity(i, j);
      const prev = best.get(list[j]!.source);
      if (!prev || score > prev.score) best.set(list[j]!.source, { j, score });
    }
    const group = [list[i]!, ...[...best.values()].map((b) => list[b.j]!)];
    if (new Set(group.map((f) => f.value)).size < 2) continue;
    const key = group.map((f) => f.id).sort().join('|');
    if (seen.has(key)) continue;
    seen.add(key);
    group.sort((a, b) => byCode(a.source, b.source));
    const rows = group.map((f) => ({ source: f.source, paragraph: f.paragraph, value: f.text }));
    const first = list[i]!;
    out.push({ id: discrepancyId('amount', `fact|${unitOf(first)}|${first.of ?? ''}`, rows.map((r) => r.value)), kind: 'amount', subject: `${first.of ?? first.unit ?? first.kind} (${first.unit ?? first.currency ?? first.kind})`, subjectId: first.id, sources: rows });
  }
  // The same fact seen from several of its figures: keep the largest group of each set of overlapping ones.
  out.sort((a, b) => b.sources.length - a.sources.length || byCode(a.id, b.id));
  const kept: Discrepancy[] = [];
  for (const d of out) {
    const rows = new Set(d.sources.map((r) => `${r.source}|${r.paragraph}|${r.value}`));
    if (kept.some((k) => k.sources.some((r) => rows.has(`${r.source}|${r.paragraph}|${r.value}`)))) continue;
    kept.push(d);
  }
  return kept;
}

/** Counted nouns that count the same thing under another word (`101 games`, `102 matches`). */
const UNIT_SYNONYMS: ReadonlyMap<string, string> = new Map([['games', 'matches'], ['fixtures', 'matches'], ['tonnes', 'tons'], ['vessels', 'ships']]);

/** A figure stated as a possibility ("a 50-day strike could cost…", "if 40 ships…"), not as a fact. */
function hypothetical(f: Figure): boolean {
  const at = f.sentence.indexOf(f.text);
  if (at < 0) return false;
  const after = f.sentence.slice(at + f.text.length, at + f.text.length + 40);
  const before = f.sentence.slice(Math.max(0, at - 30), at);
  return /\b(?:could|would|might|may)\b/i.test(after.split(/[,;]/)[0]!) || /\b(?:if|unless|whether)\b[^,;]*$/i.test(before);
}

/** Words of `of` that say what sort of measure a figure is, not what it measures. */
const GENERIC_OF: ReadonlySet<string> = new Set(['duration', 'age', 'score', 'about', 'some', 'over']);

/** Counted nouns that all count people, compared as one unit. */
const PEOPLE_UNITS: ReadonlySet<string> = new Set(['people', 'workers', 'members', 'machinists', 'employees', 'staff', 'personnel', 'persons', 'men', 'women', 'children', 'victims', 'passengers', 'residents', 'fans', 'supporters', 'spectators']);
/** How much two figures' words must have in common (in rare-word units) to state the same fact. */
const FACT_MIN = 1;

/**
 * Two values close enough to be two versions of one number rather than two numbers: percentages two points apart,
 * other numbers 10% apart or by two (six and seven workers, 984 and 948 feet, 33,000 and 32,000).
 */
function close(a: Figure, b: Figure): boolean {
  const d = Math.abs(a.value - b.value);
  if (a.kind === 'percent') return d <= 2;
  return a.value > 0 && b.value > 0 && d <= Math.max(2, 0.1 * Math.max(a.value, b.value));
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
export function findDiscrepancies(input: { entities: readonly Entity[]; events: readonly Event[]; quotes: readonly Quote[]; figures: readonly Figure[] }): Discrepancy[] {
  const byId = new Map(input.entities.map((e) => [e.id, e]));
  const byEvent = amountDiscrepancies(input.events, input.figures);
  // A fact already reported as an event's amount is not reported twice.
  const seen = new Set(byEvent.flatMap((d) => d.sources.map((r) => `${r.source}|${r.paragraph}|${r.value}`)));
  const facts = figureDiscrepancies(input.figures, input.events).filter((d) => !d.sources.every((r) => seen.has(`${r.source}|${r.paragraph}|${r.value}`)));
  const all = [...titleDiscrepancies(input.entities, byId), ...dateDiscrepancies(input.events), ...byEvent, ...facts, ...quoteDiscrepancies(input.quotes)];
  const order = ['title', 'date', 'weekday', 'amount', 'quote-wording'];
  return all.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || byCode(a.subject, b.subject) || byCode(a.id, b.id));
}
