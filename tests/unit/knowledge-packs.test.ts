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
    // A range of percentages with a sign on both ends is one figure; two percentages joined by "and" without "between" are two.
    expect(read('The count gave her between 58.3% and 60.7% of the vote and him 26.6% to 28.6%.')).toMatchObject([{ text: 'between 58.3% and 60.7%', value: 58.3, max: 60.7, unit: 'percent' }, { text: '26.6% to 28.6%', value: 26.6, max: 28.6 }]);
    expect(read('Turnout was 61% and 28% voted early.').map((f) => f.text)).toEqual(['61%', '28%']);
    expect(read('Spain beat England 2-1 in Berlin.')).toMatchObject([{ text: '2-1', unit: 'score', of: 'score: Spain beat England' }]);
    // A court's or a panel's split is a tally too; a rupee amount in crore is money, its scale read.
    expect(read('The justices split 6-3 along ideological lines.')).toMatchObject([{ text: '6-3', unit: 'score' }]);
    expect(read('The court’s 3-0 decision came on Tuesday.')).toMatchObject([{ text: '3-0', unit: 'score' }]);
    expect(findFigures('The mission cost about ₹615 crore, roughly $75 million.').map((f) => f.figure)).toMatchObject([
      { kind: 'money', value: 6.15e9, currency: 'INR', scale: 'crore', qualifier: 'about' },
      { kind: 'money', value: 7.5e7, currency: 'USD', scale: 'million', qualifier: 'roughly' },
    ]);
    expect(read('Sixty-four percent of members voted it down; the strike lasted seven weeks.')).toMatchObject([
      { value: 64, unit: 'percent' },
      { text: 'seven weeks', value: 7, unit: 'weeks' },
    ]);
    expect(read('the company, which carries about $60 billion in debt, offered raises of 38%')).toMatchObject([{ of: 'debt' }, { of: 'offered raises' }]);
  });

  it('reads a measure named before its number, or on a named scale, as a figure of that measure', () => {
    expect(read('A magnitude 7.8 earthquake struck southern Turkey before dawn on Monday.')).toEqual([
      { text: 'magnitude 7.8', value: 7.8, max: null, unit: 'magnitude', of: 'magnitude of earthquake' },
    ]);
    expect(read('Ian made landfall as a Category 4 storm near Cayo Costa.')).toMatchObject([{ text: 'Category 4', value: 4, unit: 'category', of: 'category of storm' }]);
    expect(read('The agency measured shaking of 7, the top of its intensity scale, in the town of Shika.')).toMatchObject([{ text: 'shaking of 7', value: 7, unit: 'shaking' }]);
    // `put it at`: the second reading is of the same thing as the first.
    expect(read("The quake measured 6.8 on the agency's scale; the survey put it at 6.6.")).toMatchObject([
      { text: '6.8', unit: "agency's scale", of: 'quake' },
      { text: '6.6', unit: "agency's scale", of: 'quake' },
    ]);
    // Not a measure: a number that is part of a time or of a longer number.
    expect(read('Level 4:30 was not a figure, nor was magnitude 1,000,000x.').filter((f) => f.unit === 'level')).toEqual([]);
  });

  it('reads the counted noun after the number, a collective noun too, and what became of it', () => {
    expect(read('All 379 people on the Airbus, 367 passengers and 12 crew, escaped.')).toMatchObject([
      { text: 'All 379 people', value: 379, unit: 'people' },
      { text: '367 passengers', value: 367, unit: 'passengers' },
      { text: '12 crew', value: 12, unit: 'crew' },
    ]);
    expect(read('By the end of the month, 238 people had been confirmed dead and at least 30 people were still missing.')).toMatchObject([
      { text: '238 people', of: 'people confirmed dead' },
      { text: 'at least 30 people', of: 'people missing' },
    ]);
    // `one` counts when a count stands beside it, not in `one of`, `one day`.
    expect(read('He finished the tournament with one goal and four assists.')).toMatchObject([{ text: 'one goal', value: 1 }, { text: 'four assists', value: 4 }]);
    expect(read('One of them said one day it would end.')).toEqual([]);
    // A name before the counted noun qualifies it; a number that is part of a name counts nothing.
    expect(read('Microsoft estimated that about 8.5 million Windows devices were affected.')).toMatchObject([{ unit: 'devices', of: 'Windows devices affected' }]);
    expect(read('Fortune 500 companies filed claims, and Windows 11 shipped.').filter((f) => [500, 11].includes(f.value))).toEqual([]);
  });

  it('reads a part of a whole as one figure, and a number standing for the thing counted before it', () => {
    expect(read('Three of the 11 crew members were rescued.')).toMatchObject([{ text: 'Three of the 11 crew members', value: 3, unit: 'members', of: 'crew members' }]);
    expect(read('Five of the six coast guard crew died.')).toMatchObject([{ text: 'Five of the six coast guard crew', value: 5, unit: 'crew', of: 'coast guard crew' }]);
    expect(read('Italy won all seven of their matches.')).toMatchObject([{ text: 'all seven of their matches', value: 7, unit: 'matches' }]);
    expect(read('The ship carried about 4,700 containers, 56 of them holding hazardous materials.')).toMatchObject([
      { text: 'about 4,700 containers' },
      { text: '56 of them', value: 56, unit: 'containers', of: 'containers holding hazardous materials' },
    ]);
    expect(read('Eight people went into the water, officials said. Two were pulled out, one of them unhurt.')).toMatchObject([
      { text: 'Eight people' },
      { text: 'Two', value: 2, unit: 'people', of: 'people pulled out' },
    ]);
    expect(read('The sensor was built to read 20 input fields, and the file supplied 21.')).toMatchObject([
      { text: '20 input fields', unit: 'fields' },
      { text: '21', value: 21, unit: 'fields', of: 'fields supplied' },
    ]);
    // A number before a verb-like word that has its own noun is a count of that noun.
    expect(read('Shares fell as 500 listed companies reported losses.')).toMatchObject([{ text: '500 listed companies', unit: 'companies' }]);
    // `one of the`: not a count; a lone number with nothing counted before it: not a figure.
    expect(read('One of the pilots said it was one of the worst nights.')).toEqual([]);
    expect(read('The committee met and voted 12.')).toEqual([]);
  });

  it('reads a bare number given as a level or a total as a figure of the subject', () => {
    expect(read('The death toll stood at 221 on Sunday.')).toMatchObject([{ text: '221', value: 221, of: 'death toll' }]);
    expect(read('The number of people confirmed dead in the earthquake rose to 4,300 on Tuesday.')).toMatchObject([{ text: '4,300', unit: 'people', of: 'number of people confirmed dead' }]);
    expect(read('The airline canceled about 1,250 more flights on Monday, bringing its total since Friday to more than 5,500.')).toMatchObject([
      { text: 'about 1,250 more flights', of: 'flights' },
      { text: 'more than 5,500', value: 5500, unit: 'flights', of: 'total flights' },
    ]);
    expect(read('The match was watched by a crowd of 65,600.')).toMatchObject([{ text: '65,600', of: 'crowd' }]);
    expect(read('About 60% of the vote went to the incumbent; turnout stood at 71.2%.')).toMatchObject([{ value: 60 }, { value: 71.2, of: 'turnout' }]);
    // A bare number with no level verb before it is no figure (`in 16`, `Route 66`).
    expect(read('In the round of 16 they drove along Route 66.')).toEqual([]);
  });

  it('reads fractions as shares and ages given as thresholds', () => {
    expect(read('Nearly half of the peninsula’s residents are over 65, she noted.')).toMatchObject([
      { text: 'Nearly half', value: 50, unit: 'percent', of: 'peninsula’s residents' },
      { text: 'over 65', value: 65, unit: 'years old', of: 'age of residents' },
    ]);
    expect(read('96% voted to strike, well above the two-thirds majority required.')).toMatchObject([{ value: 96 }, { text: 'two-thirds', of: 'majority required' }]);
    expect(read('He scored at the age of 16.')).toMatchObject([{ text: '16', unit: 'years old', of: 'age' }]);
    expect(read('Spain led at half-time and in the second half of the match.')).toEqual([]);
  });

  it('reads rates as one figure, and an interval as the time between two things', () => {
    expect(read('Some 2,000 containers a day had moved through the port.')).toMatchObject([{ text: 'Some 2,000 containers a day', unit: 'containers per day', of: 'containers moved' }]);
    expect(read('The strike is costing the company an estimated $1 billion a month.')).toMatchObject([{ text: 'an estimated $1 billion a month', unit: 'per month', of: 'cost of strike' }]);
    expect(read('Biden arrived ten days after the ship struck the bridge.')).toMatchObject([{ text: 'ten days', of: 'time after ship struck the bridge' }]);
    expect(read('England lost the final on penalties three years ago.')).toMatchObject([{ of: 'time since England lost the final on penalties' }]);
    expect(read('The company pulled the update 78 minutes later.')).toMatchObject([{ of: 'time before company pulled the update' }]);
    expect(read('The suit comes a month after the hearing; workers lost the pension a decade ago.')).toMatchObject([
      { text: 'a month', value: 1, unit: 'months', of: 'time after hearing' },
      { text: 'a decade', value: 1, unit: 'decades' },
    ]);
    // `a day after` only places an event in time.
    expect(read('Divers returned a day after the collapse.')).toEqual([]);
    // `over four years` after a raise: the period of that raise.
    expect(read('The deal raises wages by 38% over four years.')).toMatchObject([
      { text: '38%', of: 'deal raises wages' },
      { text: 'over four years', of: 'period of deal raises wages' },
    ]);
    expect(read('The strike, which lasted 46 days, cost the company $3.6 billion.')).toMatchObject([{ of: 'duration of strike' }, { of: 'cost of strike' }]);
    expect(read('Tugs moved the vessel about 25 miles to the Great Bitter Lake.')).toMatchObject([{ of: 'distance to Great Bitter Lake' }]);
    // A rate or amount its sentence says its subject is, or sets beside it.
    expect(read('Turnout was 58.1%, well down on the last election.')).toMatchObject([{ text: '58.1%', of: 'Turnout' }]);
    expect(read('Labour won the most seats, and turnout, at 59.7 per cent, was the lowest since 2001.')).toMatchObject([{ of: 'turnout' }]);
    // A measure's dimension from the word after it or the verb before it, of the thing named before it.
    expect(read('The rover weighs 26 kg and soon came across a crater about 4 metres wide.')).toMatchObject([{ text: '26 kg', of: 'mass of rover' }, { text: 'about 4 metres', of: 'width of crater' }]);
    expect(read('The probe flew to the Moon, some 384,000 km away.')).toMatchObject([{ of: expect.stringMatching(/^distance\b/) }]);
  });

  it('says what money and percentages are of: a cost’s subject, a change’s thing, not a date after them', () => {
    expect(read('The insurer estimated that the outage would cost large companies, excluding Microsoft, about $5.4 billion.')).toMatchObject([{ of: 'cost of outage' }]);
    expect(read('The raise will lift the average annual wage for a machinist from about $75,608 to about $119,309.')).toMatchObject([
      { of: 'average annual wage for a machinist' },
      { of: 'average annual wage for a machinist' },
    ]);
    expect(read('Members threw it out by 94.6% on Sept. 12.')).toMatchObject([{ of: 'Members threw it out' }]);
    expect(read('A file, live for 78 minutes on the morning of July 19, did it.')).toMatchObject([{ text: '78 minutes', of: 'duration: live' }]);
    expect(read('About 8.5 million devices were affected, less than 1% of the total.')).toMatchObject([{ unit: 'devices' }, { text: 'less than 1%', of: 'share of all devices' }]);
    expect(read('Boeing then made its "best and final" offer: 30% over four years.')).toMatchObject([{ text: '30%', of: 'offer' }, { of: 'period of offer' }]);
    expect(read('Spain opened with a 3-0 win over Croatia in Berlin.')).toMatchObject([{ text: '3-0', of: 'score: win over Croatia' }]);
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
