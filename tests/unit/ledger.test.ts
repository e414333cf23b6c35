/**
 * The address ledger (src/lib/knowledge/ledger.ts): a published id stays with
 * the thing it named when other sources come or go or the extraction changes
 * the thing's name; an id nothing claims is retired with a successor and never
 * given to something new; every reference in the knowledge uses the final ids;
 * the build writes the same bytes for the same input.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildKnowledgeAndAddresses, loadRegistry, storeKnowledge } from '../../src/lib/knowledge/index.ts';
import { LEDGER_FILE, LEDGER_KINDS, ledgerText, readLedger, type LedgerKind } from '../../src/lib/knowledge/ledger.ts';
import { KNOWLEDGE_FILE } from '../../src/lib/knowledge/stored.ts';
import { readCorpusConfig } from '../../src/lib/corpus.ts';
import { loadSources } from '../../src/lib/load-sources.ts';
import { buildSiteModel } from '../../src/lib/pages/index.ts';
import { lookupShard, lookupShardData } from '../../src/lib/pages/parts.ts';
import type { AddressLedger } from '../../src/schemas/addresses.ts';
import type { Knowledge, RegistryEntry } from '../../src/schemas/knowledge.ts';
import type { Source } from '../../src/schemas/source.ts';
import { article } from '../helpers/article.ts';

const root = path.resolve(import.meta.dirname, '../..');
let sources: Source[] = [];
let registry: RegistryEntry[] = [];
const packs = readCorpusConfig(path.join(root, 'seeds')).packs;
const build = (list: readonly Source[], addresses: AddressLedger | null = null) => buildKnowledgeAndAddresses(list, registry, { packs, addresses });

beforeAll(async () => {
  sources = await loadSources(path.join(root, 'content/sources'));
  registry = await loadRegistry(path.join(root, 'seeds/entities'));
});

/** Every id a reference in `k` points at that is not the id of a current thing (empty when none dangles). */
function danglingIds(k: Knowledge): string[] {
  const entities = new Set(k.entities.map((e) => e.id));
  const events = new Set(k.events.map((e) => e.id));
  const groups = new Set(k.quotes.map((q) => q.group));
  const out: string[] = [];
  const need = (set: Set<string>, id: string | null, where: string) => {
    if (id !== null && !set.has(id)) out.push(`${where} → ${id}`);
  };
  for (const e of k.entities) {
    if (!e.path.endsWith(`/${e.id}/`)) out.push(`entity ${e.id} at ${e.path}`);
    for (const r of e.roles) need(entities, r.organization, `role of ${e.id}`);
  }
  for (const q of k.quotes) need(entities, q.speaker, `speaker of ${q.id}`);
  for (const e of k.events) {
    for (const id of [e.place, e.entity, ...e.participants, ...e.reports.map((r) => r.place)]) need(entities, id, `event ${e.id}`);
  }
  for (const d of k.discrepancies) {
    if (d.kind === 'title') need(entities, d.subjectId, `discrepancy ${d.id}`);
    if (d.kind === 'quote-wording') need(groups, d.subjectId, `discrepancy ${d.id}`);
    if ((d.kind === 'date' || d.kind === 'weekday') && !/^p-/.test(d.subjectId)) need(events, d.subjectId, `discrepancy ${d.id}`);
  }
  return out;
}

/** The current ids of each kind. */
function currentIds(k: Knowledge): Record<LedgerKind, Set<string>> {
  return {
    events: new Set(k.events.map((e) => e.id)),
    entities: new Set(k.entities.map((e) => e.id)),
    quoteGroups: new Set(k.quotes.map((q) => q.group)),
    discrepancies: new Set(k.discrepancies.map((d) => d.id)),
  };
}

/** A ledger entry's evidence. */
const evidence = (e: AddressLedger[LedgerKind][string]) => ('quotes' in e ? e.quotes : [...e.paragraphs, ...('names' in e ? e.names : [])]);

/** What went wrong with the ids of `before` in a later build (`after`, `ledger`): nothing when each is still its thing or retired with a current successor. */
function brokenAddresses(before: AddressLedger, after: Knowledge, ledger: AddressLedger): string[] {
  const now = currentIds(after);
  const out: string[] = [];
  for (const kind of LEDGER_KINDS) {
    for (const [id, old] of Object.entries(before[kind])) {
      const entry = ledger[kind][id];
      if (!entry) out.push(`${kind} ${id} dropped from the ledger`);
      else if (!entry.retired && !now[kind].has(id)) out.push(`${kind} ${id} neither current nor retired`);
      else if (!entry.retired && !evidence(entry).some((x) => evidence(old).includes(x))) out.push(`${kind} ${id} now names something else`);
      else if (entry.retired && entry.successor && !now[kind].has(entry.successor)) out.push(`${kind} ${id} retired to ${entry.successor}, which is not current`);
    }
    for (const id of now[kind]) if (ledger[kind][id]?.retired) out.push(`${kind} ${id} is current and retired`);
  }
  return out;
}

const ANNOUNCER = 'a-high-level-us-delegation-met-with-pakistani-officials-in';

describe('ids claimed from the ledger', () => {
  it('a source removed: every published id is still its thing or retired with a successor, and a retired id is not given to another thing', () => {
    // Two undated meetings of one man that nothing says are one: the second takes the name's id with a suffix.
    const alpha = article('alpha-report', 'KUALA LUMPUR', ['Pete Hegseth met officials to discuss training, an aide said.'], null as never);
    const beta = article('beta-report', 'TOKYO', ['Pete Hegseth met officials to discuss shipping, an aide said.'], null as never);
    const all = [...sources, alpha, beta];
    const first = build(all);
    expect(first.knowledge.events.find((e) => e.id === 'meeting-pete-hegseth')?.sources).toEqual(['alpha-report']);
    const rest = all.filter((s) => s.slug !== 'alpha-report');
    // Without the ledger the second meeting would take the first one's id.
    const tokyo = (k: Knowledge) => k.events.find((e) => e.sources.length === 1 && e.sources[0] === 'beta-report')!;
    expect(tokyo(build(rest).knowledge).id).toBe('meeting-pete-hegseth');
    const second = build(rest, first.addresses);
    expect(tokyo(second.knowledge).id).toBe('meeting-pete-hegseth-2');
    expect(second.addresses.events['meeting-pete-hegseth']).toMatchObject({ retired: true });
    expect(currentIds(second.knowledge).events.has('meeting-pete-hegseth')).toBe(false);
    expect(brokenAddresses(first.addresses, second.knowledge, second.addresses)).toEqual([]);
    expect(danglingIds(second.knowledge)).toEqual([]);
    // Sources come back: so do the ids.
    const third = build(all, second.addresses);
    expect(third.knowledge).toEqual(first.knowledge);
  });

  it('an article added: every published id stays with its thing', () => {
    const first = build(sources);
    // Sorted first, it quotes a statement other sources quote: its quote becomes the group's first.
    const extra = article('a-brief-wire-report', 'ISLAMABAD', [
      'Finance Minister Muhammad Aurangzeb called the talks a “transformational opportunity” for Pakistan.',
      'Robert Louis Strayer II, vice-chairman of the Critical Minerals Forum, said the forum would help “de-risk investments from both financial and security perspectives.”',
    ], '2025-11-10');
    const group = (k: Knowledge) => k.quotes.find((q) => q.text === 'transformational opportunity' && q.source === ANNOUNCER)!.group;
    expect(group(first.knowledge)).toBe('qg-9ce6fe93');
    // Without the ledger the group's id would move.
    expect(group(build([...sources, extra]).knowledge)).not.toBe('qg-9ce6fe93');
    const second = build([...sources, extra], first.addresses);
    expect(group(second.knowledge)).toBe('qg-9ce6fe93');
    expect(second.knowledge.quotes.filter((q) => q.group === 'qg-9ce6fe93').map((q) => q.source)).toContain('a-brief-wire-report');
    expect(brokenAddresses(first.addresses, second.knowledge, second.addresses)).toEqual([]);
    const retired = LEDGER_KINDS.flatMap((kind) => Object.entries(second.addresses[kind]).filter(([, e]) => e.retired).map(([id]) => `${kind} ${id}`));
    expect(retired).toEqual([]);
    expect(danglingIds(second.knowledge)).toEqual([]);
  });

  it('an entity whose name changes because new sources spell it otherwise keeps its id', () => {
    const a = article('alpha-report', 'KARACHI', ['Officials from Halvorsen Copper Corporation visited the mine on Monday. Halvorsen Copper said output would double.', 'Halvorsen Copper plans a new smelter, Halvorsen Copper said.']);
    const b = article('beta-report', 'LAHORE', ['Halvorsen Copper Corporation announced a new smelter on Tuesday.', 'Halvorsen Copper Corporation will hire 300 workers, the firm said. Analysts praised Halvorsen Copper Corporation.']);
    const c = article('gamma-report', 'QUETTA', ['Halvorsen Copper Corporation signed a lease on Wednesday.', 'Halvorsen Copper Corporation expects its first shipment next year.']);
    const one = buildKnowledgeAndAddresses([a], []);
    expect(one.knowledge.entities.map((e) => [e.id, e.name])).toEqual([['halvorsen-copper', 'Halvorsen Copper']]);
    // Derived from the name alone, the id would move.
    expect(buildKnowledgeAndAddresses([a, b, c], []).knowledge.entities.map((e) => e.id)).toEqual(['halvorsen-copper-corporation']);
    const three = buildKnowledgeAndAddresses([a, b, c], [], { addresses: one.addresses });
    expect(three.knowledge.entities.map((e) => [e.id, e.name, e.path])).toEqual([['halvorsen-copper', 'Halvorsen Copper Corporation', '/organizations/halvorsen-copper/']]);
  });

  it('the seeds keep the 10-year defence framework at its first address; the dated id it had for a few days leads there', async () => {
    const committed = await readLedger(path.join(root, 'content', LEDGER_FILE));
    const { knowledge, addresses } = build(sources, committed);
    const event = knowledge.events.find((e) => e.id === 'agreement-10-year-defense-framework');
    expect(event?.date).toBe('2025-10-30');
    expect(addresses.events['agreement-10-year-defense-framework-2025-10-30']).toMatchObject({ retired: true, successor: 'agreement-10-year-defense-framework' });
    expect(ledgerText(addresses)).toBe(ledgerText(committed!));
    expect(danglingIds(knowledge)).toEqual([]);
    const model = buildSiteModel(sources, knowledge, addresses);
    // (And "Delhi", a place of its own until the register named it as New Delhi's other name, leads to New Delhi; the two
    // "Announcement" events that named nobody, no date and no place are gone, their pages saying so.)
    expect(model.retired.map((p) => [p.path, p.successor?.href])).toEqual([
      ['briefings/events/agreement-10-year-defense-framework-2025-10-30/', '/events/#agreement-10-year-defense-framework'],
      ['briefings/events/announcement/', undefined],
      ['briefings/events/announcement-2/', undefined],
      ['places/delhi/', '/places/new-delhi/'],
    ]);
    const old = 'agreement-10-year-defense-framework-2025-10-30';
    expect(lookupShardData(model.placements, 'events', lookupShard(old))[old]).toBe('events/#agreement-10-year-defense-framework');
  });
});

describe('the ledger file', () => {
  let dir = '';
  const saved = { seeds: process.env.SOURCEBOOK_SEEDS, content: process.env.SOURCEBOOK_CONTENT };
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'sourcebook-ledger-'));
    await cp(path.join(root, 'content'), path.join(dir, 'content'), { recursive: true, filter: (src) => !src.endsWith(KNOWLEDGE_FILE) && !src.endsWith(LEDGER_FILE) });
    await cp(path.join(root, 'seeds'), path.join(dir, 'seeds'), { recursive: true });
    process.env.SOURCEBOOK_SEEDS = path.join(dir, 'seeds');
    process.env.SOURCEBOOK_CONTENT = path.join(dir, 'content');
  });
  afterAll(async () => {
    for (const [key, value] of [['SOURCEBOOK_SEEDS', saved.seeds], ['SOURCEBOOK_CONTENT', saved.content]] as const) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    await rm(dir, { recursive: true, force: true });
  });

  it('is written by the first build, byte-identical by the next of the same input, and recomputes the knowledge when it changes', async () => {
    const file = path.join(dir, 'content', LEDGER_FILE);
    expect((await storeKnowledge()).ledgerWritten).toBe(true);
    const bytes = await readFile(file);
    expect(bytes.toString()).toBe(ledgerText(build(sources).addresses));
    await rm(path.join(dir, 'content', KNOWLEDGE_FILE));
    expect(await storeKnowledge()).toMatchObject({ reused: false, ledgerWritten: false });
    expect(await readFile(file)).toEqual(bytes);
    expect((await storeKnowledge()).reused).toBe(true);
    // The ledger is an input: an id restored by hand is used.
    const ledger = JSON.parse(bytes.toString()) as AddressLedger;
    ledger.events['agreement-10-year-defense-framework'] = { ...ledger.events['agreement-10-year-defense-framework-2025-10-30']! };
    ledger.events['agreement-10-year-defense-framework-2025-10-30']!.retired = true;
    await writeFile(file, JSON.stringify(ledger));
    expect(await storeKnowledge()).toMatchObject({ reused: false, ledgerWritten: true });
    const stored = JSON.parse(await readFile(path.join(dir, 'content', KNOWLEDGE_FILE), 'utf8')) as { knowledge: Knowledge };
    expect(stored.knowledge.events.map((e) => e.id)).toContain('agreement-10-year-defense-framework');
    expect((await storeKnowledge()).reused).toBe(true);
  }, 120_000);
});
