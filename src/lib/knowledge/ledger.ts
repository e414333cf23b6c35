/**
 * Ids that never move: the address ledger (`<content>/addresses.json`, schema
 * src/schemas/addresses.ts) records each published id of an event, entity,
 * quote group and discrepancy with the evidence that identifies the thing (the
 * paragraphs that report or mention it, its names, its quotes). The knowledge
 * layer derives ids from what it extracts; `claimAddresses` then gives each
 * current thing the ledger id whose evidence it shares most (best overlaps
 * first, one to one), and a new thing its derived id, made unique against every
 * id the ledger holds. Ledger ids nothing claims are kept as retired, with the
 * current thing that took most of their evidence as successor: their addresses
 * lead there (src/pages/[...retired].astro, the index lookups), and no new
 * thing takes them. Pure functions, apart from reading and writing the file.
 */
import { readFile } from 'node:fs/promises';
import { writeAtomic } from '../cache-file.ts';
import { AddressLedger } from '../../schemas/addresses.ts';
import type { Discrepancy, Knowledge } from '../../schemas/knowledge.ts';
import { byCode } from './text.ts';

export const LEDGER_FILE = 'addresses.json';

/** The kinds of id the ledger keeps. */
export const LEDGER_KINDS = ['events', 'entities', 'quoteGroups', 'discrepancies'] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];

/** A thing (current, or a ledger id): its id, the group it is matched within (an entity's type, a discrepancy's kind) and its evidence. */
export interface Claim {
  id: string;
  group: string;
  evidence: readonly string[];
  /** A ledger id no current thing claimed at its last build. */
  retired?: boolean;
  /** A current thing whose id is not the ledger's to give (a registry id). */
  pinned?: boolean;
}

/** How much evidence two things share. */
function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): { shared: number; jaccard: number } {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return { shared, jaccard: shared / (a.size + b.size - shared || 1) };
}

/** The same thing when they share at least half the evidence of the smaller of the two. */
const sameThing = (a: ReadonlySet<string>, b: ReadonlySet<string>, shared: number) => shared > 0 && 2 * shared >= Math.min(a.size, b.size);

/** `id`, or `id-2`, `id-3`, … (a hash id's own `-n` replaced), whichever is not taken. */
function freeId(id: string, taken: ReadonlySet<string>): string {
  if (!taken.has(id)) return id;
  const base = /^(?:qg|d)-[0-9a-f]{8}-\d+$/.test(id) ? id.replace(/-\d+$/, '') : id;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/** Two lists of evidence holding the same items. */
function sameEvidence(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a);
  if (set.size !== new Set(b).size) return false;
  return b.every((x) => set.has(x));
}

/** Ledger entries by evidence item, so only things that share some evidence are compared. */
function byEvidence(entries: readonly Claim[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  entries.forEach((e, i) => e.evidence.forEach((x) => (index.get(x) ?? index.set(x, []).get(x)!).push(i)));
  return index;
}

/**
 * The final id of each current thing (in `items`' order): a pinned thing keeps its own; the others take the ledger
 * id they match best (same group, enough shared evidence; highest Jaccard first, then a current ledger id before a
 * retired one, then the id they derived, then by id), one to one; the rest keep their derived id, made unique
 * against every ledger id and every id given.
 */
export function claimIds(items: readonly Claim[], entries: readonly Claim[]): string[] {
  const final: Array<string | undefined> = items.map((item) => (item.pinned ? item.id : undefined));
  const taken = new Set(final.filter((id): id is string => !!id));
  // A thing whose ledger entry (its own id, current, same group) has exactly its evidence keeps that id: no other pair
  // can rank before it (Jaccard 1, current, same id). Settled first, neither is compared with anything else, which
  // keeps a rebuild of a large corpus, where nearly everything is unchanged, from comparing every pair that shares
  // a paragraph.
  const entryAt = new Map(entries.map((e, k) => [e.id, k]));
  const settled = new Set<number>();
  items.forEach((item, i) => {
    const k = entryAt.get(item.id);
    if (item.pinned || k === undefined || taken.has(item.id)) return;
    const entry = entries[k]!;
    if (entry.retired || entry.group !== item.group || !sameEvidence(entry.evidence, item.evidence)) return;
    final[i] = item.id;
    taken.add(item.id);
    settled.add(k);
  });
  const open = entries.map((e, k) => (settled.has(k) ? { ...e, evidence: [] } : e));
  const sets = open.map((e) => new Set(e.evidence));
  const index = byEvidence(open);
  const pairs: Array<{ item: number; entry: number; jaccard: number }> = [];
  items.forEach((item, i) => {
    if (item.pinned || final[i] !== undefined) return;
    const mine = new Set(item.evidence);
    const seen = new Set<number>();
    for (const x of mine) for (const e of index.get(x) ?? []) seen.add(e);
    for (const e of seen) {
      if (entries[e]!.group !== item.group) continue;
      const { shared, jaccard } = overlap(mine, sets[e]!);
      if (sameThing(mine, sets[e]!, shared)) pairs.push({ item: i, entry: e, jaccard });
    }
  });
  const rank = (p: (typeof pairs)[number]) => [Number(!!entries[p.entry]!.retired), Number(entries[p.entry]!.id !== items[p.item]!.id)];
  pairs.sort((a, b) => {
    const [ra, rb] = [rank(a), rank(b)];
    return b.jaccard - a.jaccard || ra[0]! - rb[0]! || ra[1]! - rb[1]! || byCode(entries[a.entry]!.id, entries[b.entry]!.id) || a.item - b.item;
  });
  for (const { item, entry } of pairs) {
    const id = entries[entry]!.id;
    if (final[item] !== undefined || taken.has(id)) continue;
    final[item] = id;
    taken.add(id);
  }
  // New things: their derived id when it is nobody's, else the next free one.
  const reserved = new Set([...taken, ...entries.map((e) => e.id)]);
  items.forEach((item, i) => {
    if (final[i] === undefined && !reserved.has(item.id)) reserved.add((final[i] = item.id));
  });
  return items.map((item, i) => {
    if (final[i] === undefined) reserved.add((final[i] = freeId(item.id, reserved)));
    return final[i]!;
  });
}

/** The current thing of `items` (final ids) that shares most of `entry`'s evidence, if any. */
export function successorOf(entry: Claim, items: readonly Claim[]): string | null {
  const mine = new Set(entry.evidence);
  let best: { id: string; shared: number; jaccard: number } | null = null;
  for (const item of items) {
    if (item.group !== entry.group) continue;
    const { shared, jaccard } = overlap(mine, new Set(item.evidence));
    if (shared > 0 && (!best || shared > best.shared || (shared === best.shared && (jaccard > best.jaccard || (jaccard === best.jaccard && byCode(item.id, best.id) < 0))))) best = { id: item.id, shared, jaccard };
  }
  return best?.id ?? null;
}

const sorted = (xs: Iterable<string>) => [...new Set(xs)].sort(byCode);
/** Names (an event's, an entity's, a discrepancy's subject) as evidence, beside the paragraphs. */
const nameKeys = (names: readonly string[]) => names.map((n) => `name:${n.toLowerCase()}`);
/** Where a discrepancy's version is. */
const versionKey = (s: Discrepancy['sources'][number]) => `${s.source}#${s.paragraph ?? 'embed'}`;

/** Each quote group's quote ids, in the knowledge's order. */
function quoteGroupsOf(knowledge: Knowledge): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const q of knowledge.quotes) (groups.get(q.group) ?? groups.set(q.group, []).get(q.group)!).push(q.id);
  return groups;
}

/** The ledger's record of every current thing of `knowledge`. */
function recordsOf(knowledge: Knowledge): AddressLedger {
  const record = <T>(list: Array<[string, T]>) => Object.fromEntries(list.sort(([a], [b]) => byCode(a, b)));
  return {
    version: 1,
    events: record(knowledge.events.map((e) => [e.id, { name: e.name, paragraphs: sorted(e.paragraphs.map((p) => `${p.source}#${p.paragraph}`)) }])),
    entities: record(
      knowledge.entities.map((e) => [
        e.id,
        { type: e.type, name: e.name, names: sorted([e.name, ...e.aliases]), paragraphs: sorted(e.mentions.map((m) => `${m.source}#${m.paragraph ?? (m.embed !== null ? `embed-${m.embed}` : 'meta')}`)) },
      ]),
    ),
    quoteGroups: record([...quoteGroupsOf(knowledge)].map(([id, quotes]) => [id, { quotes: sorted(quotes) }])),
    discrepancies: record(knowledge.discrepancies.map((d) => [d.id, { kind: d.kind, subject: d.subject, paragraphs: sorted(d.sources.map(versionKey)) }])),
  };
}

/** The ledger's entries of one kind as things to match. */
function claimsOf(ledger: AddressLedger, kind: LedgerKind): Claim[] {
  return Object.entries(ledger[kind]).map(([id, e]) => {
    const group = 'type' in e ? e.type : 'kind' in e ? e.kind : '';
    // Names count as evidence too: two events reported in the same paragraph are told apart by theirs.
    const evidence = 'quotes' in e ? e.quotes : [...e.paragraphs, ...nameKeys('names' in e ? e.names : ['name' in e ? e.name : e.subject])];
    return { id, group, evidence, retired: !!e.retired };
  });
}

/** The current things of one kind of `knowledge` as things to match (in the knowledge's order). */
function currentClaims(knowledge: Knowledge, records: AddressLedger, kind: LedgerKind): Claim[] {
  const pinned = new Set(knowledge.entities.filter((e) => e.registered).map((e) => e.id));
  const ids = kind === 'events' ? knowledge.events.map((e) => e.id) : kind === 'entities' ? knowledge.entities.map((e) => e.id) : kind === 'quoteGroups' ? [...quoteGroupsOf(knowledge).keys()] : knowledge.discrepancies.map((d) => d.id);
  const all = new Map(claimsOf(records, kind).map((c) => [c.id, c]));
  return ids.map((id) => ({ ...all.get(id)!, pinned: kind === 'entities' && pinned.has(id) }));
}

/** `knowledge` with ids renamed (`rename[kind]`: derived id → final id), every reference to them included. */
export function renameIds(knowledge: Knowledge, rename: Record<LedgerKind, ReadonlyMap<string, string>>): Knowledge {
  const to = (kind: LedgerKind) => (id: string) => rename[kind].get(id) ?? id;
  const [entity, event, group, discrepancy] = [to('entities'), to('events'), to('quoteGroups'), to('discrepancies')];
  const entity$ = (id: string | null) => (id === null ? null : entity(id));
  const subject: Record<Discrepancy['kind'], (id: string) => string> = { title: entity, date: event, weekday: event, amount: event, 'quote-wording': group };
  return {
    entities: knowledge.entities.map((e) => ({ ...e, id: entity(e.id), path: e.path.replace(/[^/]+\/$/, `${entity(e.id)}/`), roles: e.roles.map((r) => ({ ...r, organization: entity$(r.organization) })) })),
    quotes: knowledge.quotes.map((q) => ({ ...q, speaker: entity$(q.speaker), group: group(q.group) })),
    figures: knowledge.figures,
    events: knowledge.events.map((e) => ({ ...e, id: event(e.id), place: entity$(e.place), participants: e.participants.map(entity), entity: entity$(e.entity), reports: e.reports.map((r) => ({ ...r, place: entity$(r.place) })) })),
    discrepancies: knowledge.discrepancies.map((d) => ({ ...d, id: discrepancy(d.id), subjectId: subject[d.kind](d.subjectId) })),
  };
}

/** `knowledge` (ids as derived) with each thing's id claimed from `ledger`. */
function applyLedger(knowledge: Knowledge, ledger: AddressLedger): Knowledge {
  const records = recordsOf(knowledge);
  const rename = Object.fromEntries(
    LEDGER_KINDS.map((kind) => {
      const items = currentClaims(knowledge, records, kind);
      const final = claimIds(items, claimsOf(ledger, kind));
      return [kind, new Map(items.map((item, i) => [item.id, final[i]!] as const).filter(([a, b]) => a !== b))];
    }),
  ) as Record<LedgerKind, Map<string, string>>;
  return renameIds(knowledge, rename);
}

/** The ledger after a build whose knowledge (final ids) is `knowledge`: its things as they are now, every other id retired with its successor. */
export function updateLedger(ledger: AddressLedger, knowledge: Knowledge): AddressLedger {
  const next = recordsOf(knowledge);
  for (const kind of LEDGER_KINDS) {
    const current = claimsOf(next, kind);
    const old = claimsOf(ledger, kind);
    const entries = next[kind] as Record<string, object>;
    for (const claim of old) {
      if (entries[claim.id]) continue;
      const before = (ledger[kind] as Record<string, { successor?: string | null }>)[claim.id]!;
      // No evidence shared any more: the successor it had, while that is current.
      const successor = successorOf(claim, current) ?? (before.successor && entries[before.successor] ? before.successor : null);
      entries[claim.id] = { ...before, retired: true, successor };
    }
    (next as Record<LedgerKind, object>)[kind] = Object.fromEntries(Object.entries(entries).sort(([a], [b]) => byCode(a, b)));
  }
  return AddressLedger.parse(next);
}

export const EMPTY_LEDGER: AddressLedger = { version: 1, events: {}, entities: {}, quoteGroups: {}, discrepancies: {} };

/** The ledger as written: two-space JSON, keys and arrays sorted, a final newline. */
export const ledgerText = (ledger: AddressLedger) => `${JSON.stringify(ledger, null, 2)}\n`;

/**
 * `knowledge` (ids as derived) with its ids claimed from `ledger` (none: the empty ledger), and the updated ledger.
 * Repeated until the ledger records exactly the ids it gives (one round in practice), so that the knowledge a build
 * stores is what the ledger it writes gives again.
 */
export function claimAddresses(knowledge: Knowledge, ledger: AddressLedger | null): { knowledge: Knowledge; ledger: AddressLedger } {
  let current = ledger ?? EMPTY_LEDGER;
  let currentText = ledgerText(current);
  for (let round = 0; ; round++) {
    const claimed = applyLedger(knowledge, current);
    const next = updateLedger(current, claimed);
    const nextText = ledgerText(next);
    if (nextText === currentText || round === 4) return { knowledge: claimed, ledger: next };
    [current, currentText] = [next, nextText];
  }
}

/** The ledger in `file`, or null when there is none (a corpus never built); an invalid file is an error, never silently replaced. */
export async function readLedger(file: string): Promise<AddressLedger | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return null;
  }
  const parsed = AddressLedger.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`${file} is not a valid address ledger: ${parsed.error.issues[0]?.message ?? ''} at ${parsed.error.issues[0]?.path.join('.') ?? ''}`);
  return parsed.data;
}

/** Write the ledger atomically, unless the file already holds these bytes. Returns true when it wrote. */
export async function writeLedger(file: string, ledger: AddressLedger): Promise<boolean> {
  const text = ledgerText(ledger);
  const old = await readFile(file, 'utf8').catch(() => null);
  if (old === text) return false;
  await writeAtomic(file, text);
  return true;
}
