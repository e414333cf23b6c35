/**
 * Domain packs: topic knowledge (minerals, Pakistan's provinces and rupee) is
 * data a corpus turns on in sourcebook.yaml, and a corpus without a pack gets
 * none of it.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildKnowledge } from '../../src/lib/knowledge/index.ts';
import { readCorpusConfig } from '../../src/lib/corpus.ts';
import { article } from '../helpers/article.ts';
import { findFigures } from '../../src/lib/knowledge/figures.ts';

const root = path.resolve(import.meta.dirname, '../..');

const text = [
  'QUETTA: Farmers in Balochistan sold Rs 5 billion of wheat, farm equipment and coal last year, said Ayesha Khan, a trader in Quetta.',
  'The Copper Lane Stadium hosted the final, where the team won a silver medal and a gold mine of talent was on show.',
];

describe('domain packs', () => {
  it('types nothing as a mineral without the minerals pack, and reads minerals with it', () => {
    const off = buildKnowledge([article('packs-off', null, text)], []);
    expect(off.entities.filter((e) => e.type === 'mineral')).toEqual([]);
    const on = buildKnowledge([article('packs-on', null, text)], [], { packs: ['minerals'] });
    expect(on.entities.filter((e) => e.type === 'mineral').map((e) => e.id)).toContain('coal');
  });

  it('keeps a name and a medal out of the minerals even with the pack', () => {
    const on = buildKnowledge([article('medal', null, text)], [], { packs: ['minerals'] });
    const minerals = on.entities.filter((e) => e.type === 'mineral');
    expect(minerals.flatMap((e) => e.mentions.map((m) => m.text))).not.toContain('Copper');
    expect(minerals.map((e) => e.id)).not.toContain('silver');
  });

  it('reads Pakistan’s provinces, cities and the rupee only with the pakistan pack', () => {
    const places = (packs: ('minerals' | 'pakistan')[]) =>
      buildKnowledge([article('pk', 'QUETTA', text)], [], { packs }).entities.filter((e) => e.type === 'place').map((e) => e.name);
    expect(places(['pakistan'])).toEqual(expect.arrayContaining(['Balochistan', 'Quetta']));
    const money = (packs: 'pakistan'[]) => buildKnowledge([article('pk', null, text)], [], { packs }).figures.find((f) => f.kind === 'money');
    expect(money(['pakistan'])).toMatchObject({ currency: 'PKR', value: 5e9 });
    expect(money([])?.currency ?? null).not.toBe('PKR');
  });

  it('is turned on by the corpus: the seeds have the minerals and pakistan packs, the second corpus none', () => {
    expect(readCorpusConfig(path.join(root, 'seeds')).packs).toEqual(['minerals', 'pakistan']);
    expect(readCorpusConfig(path.join(root, 'tests/fixtures/second-corpus')).packs).toEqual([]);
  });
});

describe('figures on any story', () => {
  const read = (text: string) => findFigures(text).map((f) => ({ text: text.slice(f.start, f.end), value: f.figure.value, max: f.figure.max, unit: f.figure.unit, of: f.figure.of }));

  it('reads measures, durations, ranges, ages and scores as one figure each, with what they measure', () => {
    expect(read('The 984-foot Dali struck the 1.6-mile bridge in about 50 feet of water.')).toEqual([
      { text: '984-foot', value: 984, max: null, unit: 'feet', of: 'length of Dali' },
      { text: '1.6-mile', value: 1.6, max: null, unit: 'miles', of: 'length of bridge' },
      { text: 'about 50 feet', value: 50, max: null, unit: 'feet', of: 'water' },
    ]);
    expect(read('The authority put the cost at $1.7 billion to $1.9 billion.')).toMatchObject([{ text: '$1.7 billion to $1.9 billion', value: 1.7e9, max: 1.9e9 }]);
    expect(read('Alejandro Hernández Fuentes, 35, was found.')).toMatchObject([{ value: 35, unit: 'years old', of: 'age of Alejandro Hernández Fuentes' }]);
    expect(read('Spain beat England 2-1 in Berlin.')).toMatchObject([{ text: '2-1', unit: 'score', of: 'score: Spain beat England' }]);
    expect(read('Sixty-four percent of members voted it down; the strike lasted seven weeks.')).toMatchObject([
      { value: 64, unit: 'percent' },
      { text: 'seven weeks', value: 7, unit: 'weeks' },
    ]);
    expect(read('the company, which carries about $60 billion in debt, offered raises of 38%')).toMatchObject([{ of: 'debt' }, { of: 'offered raises' }]);
  });
});

describe('events and discrepancies on any story', () => {
  const reports = [
    article('ledger', 'HARBORTON', ['HARBORTON — The Example Street Bridge collapsed early Tuesday after the cargo ship Vela struck a pier, killing six workers, the Harborton Fire Department said.', 'The 984-foot Vela had lost power minutes before.'], '2024-03-26'),
    article('wire', null, ['Divers searched the river on Wednesday, a day after the Example Street Bridge collapsed when the 948-foot Vela struck it and six workers died.'], '2024-03-27'),
    article('times', null, ['The Vela, which slammed into the Example Street Bridge and caused its collapse on March 26, killing seven workers, was refloated on Monday.'], '2024-05-21'),
  ];
  const kn = buildKnowledge(reports, []);

  it('clusters the reports of one incident, dated by each source in its own words', () => {
    const incident = kn.events.find((e) => e.kind === 'incident' && e.sources.length > 1)!;
    expect(incident.date).toBe('2024-03-26');
    expect(incident.sources).toEqual(['ledger', 'times', 'wire']);
  });

  it('finds the sources disagreeing on a count and a length, and lists every version', () => {
    const values = kn.discrepancies.map((d) => d.sources.map((r) => r.value).sort());
    expect(values).toContainEqual(['seven workers', 'six workers', 'six workers']);
    expect(values).toContainEqual(['948-foot', '984-foot']);
  });
});

describe('speakers and names on any story', () => {
  const kn = buildKnowledge(
    [
      article('speakers', null, [
        'Gov. Wes Moore declared a state of emergency as divers searched the river. Col. Roland L. Butler Jr. led the search.',
        '"We will rebuild," Maryland\'s governor said.',
        'Dana Ruiz scored twice in the final. "This is for everybody who believed in us," the Example City striker said.',
        'A low cross found Lamine Yamal at the far post. "It\'s a dream," Yamal said.',
      ]),
    ],
    [],
  );
  const speaker = (start: string) => kn.quotes.find((q) => q.text.startsWith(start))?.speakerName;

  it('resolves a title or a role to the person the article names with it, and keeps names whole', () => {
    expect(speaker('We will rebuild')).toBe('Wes Moore');
    expect(speaker('This is for everybody')).toBe('Dana Ruiz');
    expect(speaker('It')).toBe('Lamine Yamal');
    const people = kn.entities.filter((e) => e.type === 'person').map((e) => e.name);
    expect(people).toEqual(expect.arrayContaining(['Wes Moore', 'Roland L. Butler Jr.', 'Lamine Yamal']));
    expect(people).not.toContain('Roland L');
  });
});
