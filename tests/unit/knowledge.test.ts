/**
 * The knowledge layer on the real seeds (ingested fresh into a temporary
 * folder): entities and their aliases, quotes and speakers, quote variants,
 * figures, the 31 October 2025 meeting, and where the sources disagree. Each
 * check runs with the registry, and the discovery checks also without it.
 */
import { RESERVED } from '../../src/lib/corpus.ts';
import { mkdtemp, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles, type IngestRun } from '../helpers/ingest-dir.ts';
import { loadSources } from '../../src/lib/load-sources.ts';
import { buildKnowledge, loadRegistry, quoteDiff } from '../../src/lib/knowledge/index.ts';
import { csvField, dataSchema, discrepanciesCsv } from '../../src/lib/knowledge/export.ts';
import { findMinerals } from '../../src/lib/knowledge/minerals.ts';
import { activatePacks } from '../../src/lib/knowledge/packs/index.ts';
import { extractFigures, findFigures } from '../../src/lib/knowledge/figures.ts';
import { resolveWeekday } from '../../src/lib/knowledge/events.ts';
import { groupQuotes, sameStatement } from '../../src/lib/knowledge/quotes.ts';
import { generateCorpus } from '../../scripts/bench/generate.ts';
import { buildSiteModel } from '../../src/lib/pages/index.ts';
import { KEY_FIGURE_LIMITS } from '../../src/lib/pages/figures.ts';
import { ingest } from '../../scripts/ingest/pipeline.ts';
import { Knowledge, type Entity, type Quote } from '../../src/schemas/knowledge.ts';
import type { Source } from '../../src/schemas/source.ts';
import { article } from '../helpers/article.ts';

const root = path.resolve(import.meta.dirname, '../..');
/** The packs the seeds turn on (seeds/sourcebook.yaml), and the minerals pack alone for the other articles about mining. */
const SEEDS = { packs: ['minerals', 'pakistan'] } as const;
const MINERALS = { packs: ['minerals'] } as const;
const seedsDir = path.join(root, 'seeds');

let run: IngestRun;
let sources: Source[];
let k: Knowledge;
let bare: Knowledge;

/** The slug of the source ingested from a seed file. */
const slug = (file: string): string => sources.find((s) => s.file === file)!.slug;
const S000 = () => slug('000_87b10f4467543cc7.txt');
const S001 = () => slug('001_4f9bc7997759fc66.txt');
const S002 = () => slug('002_63c00f03cbfa2f43.txt');
const S003 = () => slug('003_1967e6590f57c097.txt');
const S004 = () => slug('004_377e3428134ceef2.txt');

/** Every name an entity goes by: its name, aliases and the words of its mentions. */
const names = (e: Entity): string[] => [e.name, ...e.aliases, ...e.mentions.map((m) => m.text)];
/** Entities of a type that go by `name` (case-insensitive). */
const goingBy = (kn: Knowledge, type: Entity['type'], name: string): Entity[] => kn.entities.filter((e) => e.type === type && names(e).some((n) => n.toLowerCase() === name.toLowerCase()));
const quoteStarting = (kn: Knowledge, source: string, start: string) => kn.quotes.find((q) => q.source === source && q.text.startsWith(start));

beforeAll(async () => {
  const files = (await readdir(seedsDir)).filter((f) => !f.startsWith('.') && !RESERVED.has(f));
  run = await ingestFiles(Object.fromEntries(files.map((f) => [f, path.join(seedsDir, f)])));
  sources = await loadSources(path.join(run.out, 'sources'));
  k = buildKnowledge(sources, await loadRegistry(path.join(root, 'seeds/entities')), SEEDS);
  bare = buildKnowledge(sources, [], SEEDS);
});
afterAll(() => run?.cleanup());

describe('the knowledge of the seeds', () => {
  it('validates against the Knowledge schema', () => {
    expect(() => Knowledge.parse(k)).not.toThrow();
    expect(() => Knowledge.parse(bare)).not.toThrow();
  });

  for (const [label, kn] of [['with the registry', () => k], ['by discovery alone', () => bare]] as const) {
    describe(label, () => {
      it('merges Muhammad Aurangzeb’s names into one person', () => {
        const found = ['Muhammad Aurangzeb', 'Aurangzeb', 'Finance Minister Aurangzeb', 'Senator Muhammad Aurangzeb', 'Finance Minister Muhammad Aurangzeb'].map((n) => goingBy(kn(), 'person', n));
        for (const list of found) expect(list).toHaveLength(1);
        expect(new Set(found.map((l) => l[0]!.id)).size).toBe(1);
        const person = found[0]![0]!;
        expect(person.name).toBe('Muhammad Aurangzeb');
        expect(person.sources).toEqual([S001(), S000(), S002()].sort());
        // "The Pakistani finance chief said …" in 000 points at him.
        expect(person.mentions.some((m) => m.source === S000() && /Pakistani finance chief/i.test(m.text))).toBe(true);
      });

      it('merges Robert Louis Strayer II’s names into one person', () => {
        const ids = ['Robert Louis Strayer II', 'Strayer', 'Mr Strayer', 'Mr. Robert Louis Strayer II'].map((n) => goingBy(kn(), 'person', n).map((e) => e.id));
        for (const list of ids) expect(list).toEqual(['robert-louis-strayer-ii']);
        expect(kn().entities.find((e) => e.id === 'robert-louis-strayer-ii')!.sources).toHaveLength(3);
      });

      it('knows that CMF is the Critical Minerals Forum, with or without “US”', () => {
        const ids = ['CMF', 'Critical Minerals Forum', 'US Critical Minerals Forum', 'U.S. Critical Minerals Forum'].map((n) => goingBy(kn(), 'organization', n).map((e) => e.id));
        for (const list of ids) expect(list).toEqual(['critical-minerals-forum']);
      });

      it('finds no junk entities', () => {
        const junk = /^(?:read more|read|copyright|leave|comment|leave a comment|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|finance minister|president|chairman|prime minister|minister|senator|he|she|they|it|experts|officials|the|opening|despite|according)$/i;
        for (const e of kn().entities) expect(e.name, `${e.type} ${e.name}`).not.toMatch(junk);
        for (const p of kn().entities.filter((e) => e.type === 'person')) expect(p.name.split(' ').length, p.name).toBeGreaterThanOrEqual(2);
        expect(kn().entities.filter((e) => e.type === 'mineral').map((e) => e.id)).not.toContain('gold-opportunity');
      });

      it('attributes “…,” he said in 000 to Muhammad Aurangzeb, continuation included', () => {
        for (const start of ['This offers Pakistan a pathway', 'A strong minerals policy framework', 'Our priority is fundamental fiscal hygiene', 'This foundation is now translating']) {
          expect(quoteStarting(kn(), S000(), start)?.speakerName, start).toBe('Muhammad Aurangzeb');
        }
      });

      it('attributes the “finance ministry statement” quote to the Ministry of Finance', () => {
        const q = quoteStarting(kn(), S000(), 'During the meeting, both sides discussed');
        expect(q?.speakerName).toBe('Ministry of Finance');
        expect(q?.partial).toBe(false);
      });
    });
  }

  it('attributes the other seed quotes to the right people, partial quotes marked', () => {
    const cases: [string, string, string, boolean][] = [
      [S001(), 'China’s dominance of critical mineral supply chains', 'Robert Louis Strayer II', false],
      [S001(), 'de-risk investments from both', 'Robert Louis Strayer II', true],
      [S001(), 'transformational opportunity', 'Muhammad Aurangzeb', true],
      [S001(), 'at a constructive intersection', 'Muhammad Aurangzeb', true],
      [S002(), 'We encourage you to come back', 'Muhammad Aurangzeb', false],
      [S002(), 'competitive advantage', 'Robert Louis Strayer II', true],
      [S003(), 'Critical minerals are the raw materials', 'Eric Meyer', false],
      [S003(), 'is less about grand gestures', 'Noureen Akhtar', true],
      [S003(), 'While expectations for a major breakthrough', 'Noureen Akhtar', false],
      [S003(), 'The visit of senior US officials', 'Noureen Akhtar', false],
      [S003(), 'If the US invests here', 'Muhammad Shahid Waheed', false],
      [S003(), 'These early signs of cooperation', 'Mobeen Jafar Mir', false],
    ];
    for (const [source, start, speaker, partial] of cases) {
      const q = quoteStarting(k, source, start);
      expect(q?.speakerName, start).toBe(speaker);
      expect(q?.partial, start).toBe(partial);
    }
  });

  it('groups the two renderings of “break the cycle” and of “transformational opportunity”', () => {
    const cycle000 = quoteStarting(k, S000(), 'A strong minerals policy framework')!;
    const cycle002 = quoteStarting(k, S002(), 'A sound mining policy')!;
    expect(cycle000.group).toBe(cycle002.group);
    const opp001 = quoteStarting(k, S001(), 'transformational opportunity')!;
    const opp002 = quoteStarting(k, S002(), 'transformational opportunity')!;
    expect(opp001.group).toBe(opp002.group);
    expect(opp001.group).not.toBe(cycle000.group);
    // Different statements stay apart: "competitive strength" (000) is not "competitive advantage" (002).
    expect(quoteStarting(k, S000(), 'competitive strength')!.group).not.toBe(quoteStarting(k, S002(), 'competitive advantage')!.group);
    // The differing wording is a discrepancy; identical wording is not.
    const wording = k.discrepancies.filter((d) => d.kind === 'quote-wording');
    expect(wording.map((d) => d.subjectId)).toContain(cycle000.group);
    expect(wording.map((d) => d.subjectId)).not.toContain(opp001.group);
    const diff = quoteDiff(cycle000.text, cycle002.text);
    expect(diff.filter((p) => p.removed).map((p) => p.value).join(' ')).toMatch(/\bstrong\b/);
    expect(diff.filter((p) => p.added).map((p) => p.value).join(' ')).toMatch(/\bsound\b/);
    expect(diff.filter((p) => !p.added && !p.removed).map((p) => p.value).join(' ')).toMatch(/help Pakistan break the cycle of/);
  });

  it('normalises the figures', () => {
    const fig = (source: string, text: string) => k.figures.find((f) => f.source === source && f.text.includes(text));
    expect(fig(S003(), '$6 trillion')).toMatchObject({ kind: 'money', value: 6e12, currency: 'USD', scale: 'trillion', qualifier: 'approximately' });
    expect(fig(S004(), '$500 million')).toMatchObject({ kind: 'money', value: 5e8, currency: 'USD', scale: 'million' });
    expect(fig(S002(), '68.5 million metric tons')).toMatchObject({ kind: 'quantity', value: 68.5e6, unit: 'metric tons', scale: 'million' });
    expect(fig(S003(), '40 million ounces of gold')).toMatchObject({ kind: 'quantity', value: 4e7, unit: 'ounces', of: 'gold', qualifier: 'over' });
    expect(fig(S003(), '50 billion pounds of copper')).toMatchObject({ kind: 'quantity', value: 5e10, unit: 'pounds', of: 'copper' });
    // What the linking words follow ("four shipments totaling over 260,000 tons", "memoranda of understanding valued at
    // approximately $500 million"), not what comes after the figure ("arriving in recent weeks", "with US partners").
    expect(fig(S003(), '260,000 tons')).toMatchObject({ kind: 'quantity', value: 260000, unit: 'tons', of: 'shipments' });
    expect(fig(S004(), '$500 million')).toMatchObject({ kind: 'money', value: 5e8, currency: 'USD', of: 'memoranda of understanding' });
    expect(findFigures('Exports of neodymium to Turkey were worth $4.4 billion in the last fiscal year.')[0]!.figure.of).toBe('Exports of neodymium');
    expect(fig(S002(), '600,000 square kilometers')).toMatchObject({ kind: 'area', value: 600000, unit: 'square kilometers' });
    expect(fig(S002(), 'two to three percent')).toMatchObject({ kind: 'percent', value: 2, max: 3, unit: 'percent' });
    expect(fig(S002(), '92 identified minerals')).toMatchObject({ kind: 'count', value: 92, unit: 'minerals' });
    expect(fig(S004(), '50 countries')).toMatchObject({ kind: 'count', value: 50, unit: 'countries' });
    expect(fig(S003(), '2,000 participants')).toMatchObject({ kind: 'count', value: 2000, unit: 'participants', qualifier: 'around' });
    // Years and dates are not figures; a duration is one, with what lasts that long.
    expect(k.figures.filter((f) => [2025, 2026].includes(f.value))).toEqual([]);
    expect(findFigures('a 10-year defence framework signed on October 31, 2025 in the 2022 settlement').map((f) => [f.figure.value, f.figure.unit, f.figure.of])).toEqual([[10, 'years', 'duration of defence framework']]);    // Amounts in roubles, lira or shekels are money in that currency; a period after the figure is not what it measures.
    expect(findFigures('The state paid Wagner 86 billion roubles between May 2022 and May 2023, and the bank sold 2.5 billion lira.').map((f) => [f.figure.kind, f.figure.currency, f.figure.value])).toEqual([['money', 'RUB', 86e9], ['money', 'TRY', 2.5e9]]);
    const [roubles] = extractFigures(article('roubles', null, ['The state paid Wagner 86 billion roubles between May 2022 and May 2023.']));
    expect(roubles!.of).not.toMatch(/^between/);
    // "East Palestine, Ohio, a village of about 4,700 people": the population of the place the apposition describes.
    const [population] = extractFigures(article('village', null, ['A freight train derailed in East Palestine, Ohio, a village of about 4,700 people near the state line.']));
    expect(population!.of).toBe('population of East Palestine');
    // A bare number after "a/its/Labour's majority of" is a level of that noun.
    expect(findFigures('Its majority of 174 is the largest since 1997, and Labour’s majority of 174 is large.').map((f) => [f.figure.value, f.figure.of])).toEqual([[174, 'majority'], [174, 'majority']]);
    // Speeds are measures, one figure each.
    expect(findFigures('The train was travelling at 47 mph, below the 50 mph limit, as gusts reached 90 km/h and 30 knots.').map((f) => [f.figure.value, f.figure.unit])).toEqual([[47, 'miles per hour'], [50, 'miles per hour'], [90, 'kilometers per hour'], [30, 'knots']]);
  });

  it('clusters the 31 October 2025 meeting reported by 000, 001 and 002', () => {
    const meeting = k.events.find((e) => e.kind === 'meeting' && e.participants.includes('muhammad-aurangzeb'))!;
    expect(meeting.sources).toEqual([S000(), S001(), S002()].sort());
    expect(meeting).toMatchObject({ date: '2025-10-31', dateResolved: true, place: 'islamabad' });
    expect(meeting.participants).toEqual(expect.arrayContaining(['muhammad-aurangzeb', 'robert-louis-strayer-ii', 'natalie-baker']));
    expect(meeting.dateNote).toMatch(/on Friday/);
  });

  it('lists who acts at the Pakistan Minerals Investment Forum, not the news agency that reports it or a lender it mentions', () => {
    for (const kn of [k, bare]) {
      const forum = kn.events.find((e) => e.kind === 'forum' && /Pakistan Minerals Investment Forum/.test(e.name))!;
      // "At the forum, … Gen. Asim Munir said …": a speaker there takes part.
      expect(forum.participants).toEqual(expect.arrayContaining(['asim-munir', 'eric-meyer', 'shehbaz-sharif']));
      // "According to the state news agency Associated Press of Pakistan, …" and "lenders like the International Monetary Fund".
      const named = forum.participants.map((id) => kn.entities.find((e) => e.id === id)!.name);
      expect(named).not.toContain('Associated Press of Pakistan');
      expect(named).not.toContain('International Monetary Fund');
    }
  });

  it('dates the US–India defence framework from the meeting 002 says took place “a day after” it', () => {
    const framework = k.events.find((e) => e.kind === 'agreement' && /defen[cs]e framework/i.test(e.name) && e.sources.includes(S002()))!;
    expect(framework).toMatchObject({ date: '2025-10-30', dateResolved: true });
    expect(framework.dateNote).toMatch(/a day after/);
    expect(framework.dateNote).toMatch(/2025-10-31/);
  });

  it('says when an event’s date is unknown instead of inventing one', () => {
    const forum = k.events.find((e) => e.entity === 'pakistan-minerals-investment-forum')!;
    expect(forum).toMatchObject({ kind: 'forum', date: null, place: 'islamabad', sources: [S003()] });
    expect(forum.dateNote).toMatch(/Date unknown.*on Monday/);
    const ministerial = k.events.find((e) => e.entity === 'critical-minerals-ministerial')!;
    expect(ministerial).toMatchObject({ date: null, place: 'washington', days: 2, sources: [S004()] });
    expect(ministerial.dateNote).toMatch(/2026-02-03/);
  });

  it('reports Strayer’s title (president vs Chairman) as a discrepancy', () => {
    const d = k.discrepancies.find((x) => x.kind === 'title' && x.subjectId === 'robert-louis-strayer-ii')!;
    expect(d.subject).toMatch(/Critical Minerals Forum/);
    const bySource = (s: string) => d.sources.filter((x) => x.source === s).map((x) => x.value);
    expect(bySource(S002())).toEqual(['Chairman']);
    expect(bySource(S000()).join()).toMatch(/^president of the US Critical Minerals Forum$/);
    expect(bySource(S001())).toContain('president of the Critical Minerals Forum');
    expect(d.sources.every((x) => x.paragraph === null || /^p-[0-9a-f]{8}/.test(x.paragraph))).toBe(true);
    expect(discrepanciesCsv([d]).split('\r\n')[0]).toBe('id,kind,subject,subjectId,source,paragraph,value');
  });

  it('is deterministic: same input (in any order), same output', () => {
    const again = buildKnowledge([...sources].reverse(), [], SEEDS);
    expect(JSON.stringify(again)).toBe(JSON.stringify(bare));
  });

  it('does not count a copy marked duplicateOf twice', () => {
    const original = sources.find((s) => s.slug === S000())!;
    const copy: Source = { ...original, slug: `${original.slug}-copy` as Source['slug'], duplicateOf: original.slug };
    const withCopy = buildKnowledge([...sources, copy], [], SEEDS);
    expect(JSON.stringify(withCopy)).toBe(JSON.stringify(bare));
  });
});

describe('discovery on an article nobody listed', () => {
  const text = [
    'LUSAKA: Zambia’s Minister of Mines Paul Kabuswe met Jonas Ekwueme, chief executive of Copperbelt Resources Ltd, in Kitwe on Thursday to discuss cobalt and copper exports.',
    '“We want the value to stay here, in our refineries and with our workers,” Kabuswe said. “Selling raw ore is no longer an option.”',
    'Ekwueme, a former banker, told reporters the company would invest $1.2 billion over five years. Mr Ekwueme said the first smelter would process 40,000 tonnes of cobalt a year.',
    'Grace Mwansa, a mining economist at the University of Zambia, said the government “must publish every contract” if it wants to keep public support.',
  ];
  const source = article('zambia-courts-cobalt-buyers', 'LUSAKA', text, '2025-06-13');
  const kn = buildKnowledge([source], [], MINERALS);

  it('finds the people, with their roles, and resolves surnames', () => {
    const people = kn.entities.filter((e) => e.type === 'person');
    expect(people.map((p) => p.name).sort()).toEqual(['Grace Mwansa', 'Jonas Ekwueme', 'Paul Kabuswe']);
    const ekwueme = people.find((p) => p.name === 'Jonas Ekwueme')!;
    expect(ekwueme.aliases).toEqual(expect.arrayContaining(['Ekwueme', 'Mr Ekwueme']));
    expect(ekwueme.roles[0]).toMatchObject({ role: 'chief executive of Copperbelt Resources Ltd', organization: 'copperbelt-resources-ltd' });
    expect(people.find((p) => p.name === 'Paul Kabuswe')!.roles.map((r) => r.role)).toContain('Minister of Mines');
  });

  it('finds organisations, places and minerals, and attributes the quotes', () => {
    expect(kn.entities.filter((e) => e.type === 'organization').map((e) => e.name).sort()).toEqual(['Copperbelt Resources Ltd', 'University of Zambia']);
    expect(kn.entities.filter((e) => e.type === 'place').map((e) => e.name)).toEqual(expect.arrayContaining(['Zambia', 'Kitwe', 'Lusaka']));
    expect(kn.entities.filter((e) => e.type === 'mineral').map((e) => e.id).sort()).toEqual(['cobalt', 'copper']);
    expect(kn.quotes.map((q) => q.speakerName)).toEqual(['Paul Kabuswe', 'Paul Kabuswe', 'Grace Mwansa']);
    const meeting = kn.events.find((e) => e.kind === 'meeting')!;
    expect(meeting).toMatchObject({ date: '2025-06-12', dateResolved: true, place: 'kitwe' });
  });
});

describe('general rules, on synthetic articles', () => {
  const sources = [
    article('orgs', 'MONTEVIDEO', [
      'MONTEVIDEO — The state fuel company Ancap and cement producer Cementos del Plata signed a supply deal on Monday. Ancap’s board approved the contract last week.',
      'Lumina Copper said in a statement that its output would rise. The Uruguayan Mining Regulatory Office (UMRO), the agency that licenses mines, approved the plan. The National Mining Code (NMC) sets royalties, and the NMC was last revised in 2019.',
      'Norvale Gold chief executive Petra Exempla said the Norvale mine near Minas would reopen. The Financial Services Commission (CMF) fined two brokers, and the CMF said the fines were final.',
      'The Association of Refining Companies (ARC), an industry association representing smelters, backed the plan. “Smelters need power at a fair price,” the ARC said. The association also asked for lower tariffs.',
    ]),
    article('places', 'LIMA', [
      'LIMA — Work resumed at Mount Kelvar and in the Salar de Ventana, where brine is pumped from beneath the salt flats. Crews also returned to Upper Dravia and Haut-Lomari, the company said.',
      'The Kingdom of Norway has offered to fund the road. Contractors working in Peru and New Tolosa say fuel is scarce.',
      'Trucks load ore at Cavanto, Peru. The road cost C$150 million, and Norway added a grant of 3 billion Norwegian kroner. Ore with more than 50 parts per million of uranium sold above $2,500 an ounce.',
      'The survey listed 30 deposits, of which 9 are in the north.',
    ]),
    article('people', 'CALLAO', [
      'CALLAO — “Prices will settle by spring,” said Bima Quarstad, a trader at the Example Metals Desk in Lima.',
      'Lena Vint, who advises port operators in the region, said, “Capacity is the problem.”',
      'Sam Okoro, the chair of the Example Shippers Council, said costs were rising. Ms Okoro said demand was weak. “Buyers are waiting,” she said.',
      'Elena Nova Rask, a former transport minister, disagreed. Nova said the backlog would clear by March.',
      'The ministry, led since May by Orrin Falke, has promised new berths. Ibrahim Tessaly, widely known as Ibo, runs the largest terminal.',
      'Officials call the policy “reshoring” in public.',
    ]),
  ];
  let withRegistry: Knowledge;
  let alone: Knowledge;
  beforeAll(async () => {
    withRegistry = buildKnowledge(sources, await loadRegistry(path.join(root, 'seeds/entities')), MINERALS);
    alone = buildKnowledge(sources, [], MINERALS);
  });
  const named = (kn: Knowledge, type: Entity['type'], name: string) => kn.entities.find((e) => e.type === type && e.name === name);
  const inSource = (kn: Knowledge, slug: string, type: Entity['type']) => kn.entities.filter((e) => e.type === type && e.sources.includes(slug)).map((e) => e.name).sort();

  it('finds organisations without a company suffix: a description before the name, a statement, a corporate last word, a company role, a possessive', () => {
    for (const kn of [alone, withRegistry]) {
      const ancap = named(kn, 'organization', 'Ancap')!;
      expect(ancap.roles.map((r) => r.role)).toContain('state fuel company');
      expect(ancap.aliases).toContain('The state fuel company Ancap');
      expect(ancap.mentions).toHaveLength(2);
      for (const name of ['Cementos del Plata', 'Lumina Copper', 'Norvale Gold', 'Uruguayan Mining Regulatory Office', 'Financial Services Commission', 'Association of Refining Companies']) expect(named(kn, 'organization', name), name).toBeDefined();
      expect(named(kn, 'person', 'Petra Exempla')!.aliases).toContain('Norvale Gold chief executive Petra Exempla');
      // A mineral word inside a company's name is not a mineral mention.
      expect(inSource(kn, 'orgs', 'mineral')).toEqual([]);
    }
  });

  it('does not make organisations of laws, and reads acronyms: loose fits, a name in another language, a word, a local definition over the registry', () => {
    for (const kn of [alone, withRegistry]) {
      expect(kn.entities.some((e) => /National Mining Code|^NMC$/.test(e.name) || e.aliases.includes('NMC'))).toBe(false);
      expect(named(kn, 'organization', 'Uruguayan Mining Regulatory Office')!.aliases).toContain('UMRO');
      expect(named(kn, 'organization', 'Financial Services Commission')!.aliases).toContain('CMF');
      const arc = named(kn, 'organization', 'Association of Refining Companies')!;
      expect(arc.aliases).toEqual(expect.arrayContaining(['ARC', 'the ARC']));
      expect(arc.mentions.some((m) => /^the association$/i.test(m.text))).toBe(true);
      expect(kn.quotes.find((q) => q.text.startsWith('Smelters need power'))?.speakerName).toBe('Association of Refining Companies');
    }
    // The registry's CMF (Critical Minerals Forum) does not take this source's CMF.
    expect(withRegistry.entities.find((e) => e.id === 'critical-minerals-forum')?.sources ?? []).not.toContain('orgs');
  });

  it('finds places by the shape of their names and by their context', () => {
    for (const kn of [alone, withRegistry]) {
      expect(inSource(kn, 'places', 'place')).toEqual(expect.arrayContaining(['Cavanto', 'Haut-Lomari', 'Mount Kelvar', 'New Tolosa', 'Norway', 'Peru', 'Salar de Ventana', 'Upper Dravia']));
      expect(named(kn, 'place', 'Norway')!.aliases).toContain('Kingdom of Norway');
      expect(named(kn, 'place', 'Norvale')!.aliases).toContain('Norvale mine');
      expect(inSource(kn, 'places', 'person')).toEqual([]);
      // "salt flats" is a landform, not a mention of salt.
      expect(inSource(kn, 'places', 'mineral')).toEqual(['uranium']);
    }
  });

  it('finds people from weak evidence and merges their other names', () => {
    for (const kn of [alone, withRegistry]) {
      expect(inSource(kn, 'people', 'person')).toEqual(['Bima Quarstad', 'Elena Nova Rask', 'Ibrahim Tessaly', 'Lena Vint', 'Orrin Falke', 'Sam Okoro']);
      expect(named(kn, 'person', 'Elena Nova Rask')!.aliases).toContain('Nova');
      expect(named(kn, 'person', 'Ibrahim Tessaly')!.aliases).toContain('Ibo');
      expect(named(kn, 'person', 'Sam Okoro')!.aliases).toContain('Ms Okoro');
    }
  });

  it('attributes quotes to the person after “said”, across a relative clause, and “she” by honorific; drops one-word terms', () => {
    for (const kn of [alone, withRegistry]) {
      const q = (start: string) => kn.quotes.find((x) => x.source === 'people' && x.text.startsWith(start));
      expect(q('Prices will settle')).toMatchObject({ speakerName: 'Bima Quarstad', partial: false });
      expect(q('Capacity is the problem')?.speakerName).toBe('Lena Vint');
      expect(q('Buyers are waiting')?.speakerName).toBe('Sam Okoro');
      expect(q('reshoring')).toBeUndefined();
    }
  });

  it('reads currencies written as words or with a country’s dollar sign, rates, parts per million and “of which” counts', () => {
    const fig = (text: string) => alone.figures.find((f) => f.source === 'places' && f.text.includes(text));
    expect(fig('C$150 million')).toMatchObject({ kind: 'money', value: 1.5e8, currency: 'CAD' });
    expect(fig('3 billion Norwegian kroner')).toMatchObject({ kind: 'money', value: 3e9, currency: 'NOK' });
    expect(fig('$2,500 an ounce')).toMatchObject({ kind: 'money', value: 2500, currency: 'USD' });
    expect(fig('50 parts per million')).toMatchObject({ kind: 'quantity', value: 50, unit: 'parts per million' });
    expect(alone.figures.find((f) => f.source === 'places' && f.value === 9)).toMatchObject({ kind: 'count', unit: 'deposits' });
  });
});

describe('pieces', () => {
  it('matches minerals as whole words, and not inside organisation names', () => {
    activatePacks(['minerals']);
    const ids = (text: string, masked: [number, number][] = []) => findMinerals(text, masked).map((h) => h.id);
    expect(ids('Golden Opportunity? Latin tinsel leads the way.')).toEqual([]);
    expect(ids('copper-gold deposits, rare earth elements, iron ore and tin')).toEqual(['copper', 'gold', 'rare-earths', 'iron-ore', 'tin']);
    expect(ids('lead and zinc mines')).toEqual(['lead', 'zinc']);
    const text = 'Barrick Gold Corporation mines gold';
    expect(ids(text, [[0, 24]])).toEqual(['gold']);
  });

  it('resolves a weekday against a known date', () => {
    expect(resolveWeekday('2025-10-31', 'Friday')).toBe('2025-10-31');
    expect(resolveWeekday('2025-04-09', 'Tuesday')).toBe('2025-04-08');
    expect(resolveWeekday('2025-04-09', 'Friday', true)).toBe('2025-04-11');
  });

  it('quotes CSV fields and generates a JSON Schema', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, "b"\nc')).toBe('"a, ""b""\nc"');
    expect(csvField(null)).toBe('');
    const schema = dataSchema() as { $defs: Record<string, { type?: string }> };
    expect(Object.keys(schema.$defs)).toEqual(expect.arrayContaining(['Entity', 'Quote', 'Figure', 'Event', 'Discrepancy', 'SourceRecord']));
    expect(schema.$defs.Entity!.type).toBe('object');
  });

  it('groups quote variants around a first version, without chaining near-matches', () => {
    const quote = (id: string, source: string, text: string, speaker: string | null = null) =>
      ({ id, source, text, speaker, speakerName: null, paragraph: 'p-00000000', group: 'qg-00000000', partial: false, attribution: null }) as unknown as Quote;
    const a = quote('q-a', 'one', 'We are committed to secure supply chains for the region', 'alice');
    const b = quote('q-b', 'two', 'We are committed to secure supply chains and local jobs');
    const c = quote('q-c', 'three', 'Investors want supply chains and local jobs for everyone');
    const d = quote('q-d', 'four', 'We are committed to secure supply chains for the region', 'someone-else');
    expect([sameStatement(a.text, b.text), sameStatement(b.text, c.text), sameStatement(a.text, c.text)]).toEqual([true, true, false]);
    const [ga, gb, gc, gd] = groupQuotes([a, b, c, d]).map((q) => q.group);
    expect(gb).toBe(ga);
    expect(gc).not.toBe(ga);
    // The same words from a different named speaker are a different statement.
    expect(gd).not.toBe(ga);
  });
});

describe('a large corpus', () => {
  // The benchmark's generator: 300 articles whose people, organisations and quotes recur with variations.
  const corpus = generateCorpus(300, 11);
  let big: Knowledge;
  let list: Source[] = [];
  let count = 0;
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'sourcebook-knowledge-'));
    await mkdir(path.join(dir, 'seeds'));
    for (const f of corpus.files) await writeFile(path.join(dir, 'seeds', f.name), f.data);
    await ingest({ seedsDir: path.join(dir, 'seeds'), outDir: path.join(dir, 'content') });
    list = await loadSources(path.join(dir, 'content', 'sources'));
    count = list.length;
    big = buildKnowledge(list, [], MINERALS);
  }, 120_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('does not collapse similar quotes or loosely linked reports into corpus-wide groups', () => {
    expect(count).toBeGreaterThan(250);
    const groups = new Map<string, Set<string>>();
    for (const q of big.quotes) groups.set(q.group, (groups.get(q.group) ?? new Set()).add(q.source));
    const largestGroup = Math.max(...[...groups.values()].map((g) => g.size));
    const largestEvent = Math.max(...big.events.map((e) => e.sources.length));
    // A quote or an event the whole corpus shares would make one page list every article. The generator reuses a
    // speaker's quote in up to `reuse` articles (some reworded): a variant group may be that large, not much larger.
    const uses = new Map<number, number>();
    for (const a of corpus.articles) for (const id of new Set(a.quotes.map((q) => q.id))) uses.set(id, (uses.get(id) ?? 0) + 1);
    const reuse = Math.max(...uses.values());
    expect(largestGroup).toBeLessThanOrEqual(2 * reuse);
    expect(largestEvent).toBeLessThanOrEqual(count / 20);
    // …while variants are still found: some quotes recur across articles.
    expect([...groups.values()].filter((g) => g.size > 1).length).toBeGreaterThan(10);
  });

  it('draws a key-figures chart one can read: a few groups of a few figures, the sources with most first', () => {
    const model = buildSiteModel(list, big);
    expect(model.figures.length).toBeGreaterThan(1000);
    expect(model.keyFiguresTrimmed).toBe(true);
    expect(model.keyFigureGroups.length).toBe(KEY_FIGURE_LIMITS.groups);
    for (const g of model.keyFigureGroups) {
      expect(g.rows.length).toBeLessThanOrEqual(KEY_FIGURE_LIMITS.bars);
      // Figures from different sources before a second one from the same source.
      const slugs = g.rows.map((r) => r.anchor.source.slug);
      expect(new Set(slugs).size).toBe(Math.min(slugs.length, new Set(model.figureGroups.find((f) => f.key === g.key)!.rows.map((r) => r.anchor.source.slug)).size));
    }
  });
});
