/**
 * Event dates and participants (issue #19), on invented articles: a date written as a modifier of an event noun
 * ("Tuesday's deadly collision"), a date the news sets or bounds ("set the trial for March 4"), a day named by its fixed date ("New Year's Day"), who a mutual act names after
 * `with`, the name a relative clause hangs on, and the organisation whose statement is the news.
 */
import { describe, expect, it } from 'vitest';
import { buildKnowledge } from '../../src/lib/knowledge/index.ts';
import { article } from '../helpers/article.ts';

describe('event dates', () => {
  it('dates a collision referred back to as “Tuesday’s deadly collision” and clusters it with the report of that day', () => {
    const a = article('harbour-herald', 'KELMOUTH', ['A Harlow Shipping ferry collided with a Kelmouth Coast Guard cutter in the Kelmouth harbour on Tuesday evening, killing two of the cutter’s crew.'], '2025-03-12');
    const b = article('quay-weekly', 'KELMOUTH', ['Investigators on Wednesday released radio logs suggesting that the cutter involved in Tuesday’s deadly collision in Kelmouth harbour had not been cleared to cross the channel.'], '2025-03-13');
    const k = buildKnowledge([a, b], [], {});
    const collision = k.events.find((e) => e.kind === 'incident' && e.sources.includes(a.slug))!;
    expect(collision.date).toBe('2025-03-11');
    expect(collision.sources).toEqual([a.slug, b.slug].sort());
  });

  it('does not read a participle used as an adjective (“its derailed train”) as news of an incident on the sentence’s date', () => {
    const a = article('harbour-herald', 'KELMOUTH', ['The Kelmouth Port Authority on Tuesday ordered Harlow Shipping to clean up the oil left by its derailed train and five damaged tank cars.'], '2025-03-12');
    const k = buildKnowledge([a], [], {});
    expect(k.events.filter((e) => e.kind === 'incident')).toEqual([]);
  });

  it('dates the news of a sentence whose only incident word is a participle used as an adjective by the date after its noun', () => {
    // "burned the fuel from five derailed tank cars on Monday": Monday is the day of the burn, not of the derailment.
    const a = article('harbour-herald', 'KELMOUTH', ['A Harlow Rail freight train derailed outside Kelmouth on Friday night.', 'Crews working for Harlow Rail burned the fuel from five derailed tank cars on Monday afternoon, sending smoke over Kelmouth.'], '2025-03-12');
    const b = article('quay-weekly', 'KELMOUTH', ['Crews burned the fuel from the wrecked tank cars on Monday, three days after the Harlow Rail derailment, and residents were told to stay indoors.'], '2025-03-11');
    const k = buildKnowledge([a, b], [], {});
    const burn = k.events.find((e) => e.reports.some((r) => r.source === a.slug && r.dateText?.includes('Monday')))!;
    expect(burn.kind).not.toBe('incident');
    expect(burn.date).toBe('2025-03-10');
    const derailment = k.events.find((e) => e.kind === 'incident' && e.sources.includes(a.slug))!;
    expect(derailment.date).toBe('2025-03-07');
  });

  it('reads a participle followed by “about” as the verb of the news (“the update on July 19 crashed about 8.5 million devices”)', () => {
    const a = article('harbour-herald', 'KELMOUTH', ['The faulty update on July 19 crashed about 8.5 million Harlow Systems computers, according to the company.'], '2025-08-01');
    const k = buildKnowledge([a], [], {});
    expect(k.events.find((e) => e.sources.includes(a.slug))).toMatchObject({ kind: 'incident', date: '2025-07-19' });
  });

  it('reads a weekday that opens the sentence (“On Tuesday, the agency declared …”) as the news’s day', () => {
    const a = article('harbour-herald', 'KELMOUTH', ['The port reopened on Wednesday.', 'On Tuesday, the Kelmouth Port Authority declared a state of emergency for the harbour.'], '2025-03-12');
    const k = buildKnowledge([a], [], {});
    expect(k.events.find((e) => e.kind === 'announcement')).toMatchObject({ date: '2025-03-11' });
  });

  it('dates a timeline entry by the date it opens with (“December 14. The Assembly impeaches …”), in the present tense too', () => {
    const timeline = article('timeline', null, ['March 11. The Kelmouth Port Authority declares a state of emergency.', 'March 14. The Kelmouth assembly votes to close the harbour.'], '2025-03-20');
    const k = buildKnowledge([timeline], [], {});
    expect(k.events.find((e) => e.kind === 'announcement')).toMatchObject({ date: '2025-03-11' });
    expect(k.events.find((e) => e.kind === 'vote')).toMatchObject({ date: '2025-03-14' });
  });

  it('keeps an event a sentence refers back to under its own date (“in Thursday’s general election”, “in the election on July 4”) beside the news it tells', () => {
    const a = article('harbour-herald', 'KELMOUTH', ['Mara Quint became Kelmouth’s prime minister on Friday after her Harbour Party won a landslide in Thursday’s general election.'], '2025-07-05');
    const b = article('quay-weekly', 'KELMOUTH', ['Mara Quint, who became prime minister on July 4 after the Harbour Party won 61 seats in the election on July 3, named her cabinet.'], '2025-07-18');
    const k = buildKnowledge([a, b], [], {});
    const election = k.events.find((e) => e.kind === 'election')!;
    expect(election).toMatchObject({ date: '2025-07-03', sources: [a.slug, b.slug].sort() });
    expect(k.events.find((e) => e.kind === 'appointment' && e.sources.includes(a.slug))!.date).toBe('2025-07-04');
  });

  it('reads an indictment as news of charges, names the prosecutor after “by special counsel”, and joins two sources that date it to the same month', () => {
    const a = article('harbour-herald', 'KELMOUTH', ['Tomas Brell was indicted last August by special counsel Mara Quint on four counts of fraud.'], '2025-02-06');
    const b = article('quay-weekly', 'KELMOUTH', ['Special counsel Mara Quint indicted Tomas Brell in August 2024 on five counts of fraud.'], '2025-08-02');
    const k = buildKnowledge([a, b], [], {});
    const charges = k.events.filter((e) => e.kind === 'charge');
    expect(charges).toHaveLength(1);
    expect(charges[0]!.name).toMatch(/^Charges involving /);
    expect(charges[0]!.sources).toEqual([a.slug, b.slug].sort());
    expect(charges[0]!.participants).toEqual(expect.arrayContaining(['mara-quint', 'tomas-brell']));
    expect(buildKnowledge([a], [], {}).events.find((e) => e.kind === 'charge')!.participants).toEqual(expect.arrayContaining(['mara-quint', 'tomas-brell']));
  });

  it('reads an order as news and joins “on Tuesday ordered” with “the order … issued on March 11”', () => {
    const a = article('harbour-herald', 'KELMOUTH', ['The Kelmouth Port Authority on Tuesday ordered Harlow Shipping to clean up the oil left by its grounded tanker and to pay the full cost.'], '2025-03-12');
    const b = article('quay-weekly', 'KELMOUTH', ['Residents also welcomed the clean-up order issued on March 11, which makes the company pay the whole cost.'], '2025-03-20');
    const k = buildKnowledge([a, b], [], {});
    const order = k.events.find((e) => e.sources.includes(a.slug) && e.date === '2025-03-11')!;
    expect(order.sources).toEqual([a.slug, b.slug].sort());
    expect(order.name).toMatch(/^Announcement by Kelmouth Port Authority/);
  });

  it('does not read the time between two things (“five days after the mutiny”) as an amount sources give differently', () => {
    const a = article('harbour-herald', 'KELMOUTH', ['Mara Quint met Tomas Brell in Kelmouth on June 29, five days after the mutiny, her office said.'], '2025-07-10');
    const b = article('quay-weekly', 'KELMOUTH', ['Three days after the mutiny, Mara Quint disclosed the payments. Mara Quint met Tomas Brell in Kelmouth at the end of June, her office said later.'], '2025-07-20');
    const k = buildKnowledge([a, b], [], {});
    expect(k.events.some((e) => e.kind === 'meeting' && e.sources.length === 2)).toBe(true);
    expect(k.discrepancies.filter((d) => d.kind === 'amount')).toEqual([]);
  });

  it('dates a ruling by the day it came, not by the date the judge had set for the trial', () => {
    const a = article('harbour-herald', 'KELMOUTH', ['On Wednesday Judge Mara Quint, who had set the trial for March 4, ruled that Harlow Shipping must answer the charges.'], '2025-02-28');
    const b = article('quay-weekly', 'KELMOUTH', ['Harlow Shipping lost its appeal on Wednesday, when Judge Mara Quint, who had scheduled the trial for March 4, ruled against the company.'], '2025-02-28');
    const k = buildKnowledge([a, b], [], {});
    const ruling = k.events.find((e) => e.kind === 'ruling')!;
    expect(ruling.sources).toEqual([a.slug, b.slug].sort());
    expect(ruling.date).toBe('2025-02-26');
  });

  it('dates what “did not happen until” a day by that day', () => {
    const a = article('harbour-herald', 'KELMOUTH', ['Prime Minister Mara Quint did not visit Kelmouth until Jan. 13, when she flew in by helicopter and met evacuees.'], '2025-01-20');
    const k = buildKnowledge([a], [], {});
    expect(k.events.find((e) => e.sources.includes(a.slug) && (e.kind === 'visit' || e.kind === 'meeting'))!.date).toBe('2025-01-13');
  });

  it('reads “last August” as the latest August before the article, and names an event no one is named in by that month', () => {
    const a = article('harbour-herald', 'KELMOUTH', ['The audit was ordered last August, after losses were found on Jan. 6, 2021.'], '2025-02-28');
    const k = buildKnowledge([a], [], {});
    const e = k.events.find((x) => x.sources.includes(a.slug))!;
    expect(e.date).toBeNull();
    expect(e.reports[0]!.dateText).toBe('last August');
    expect(e.name).toBe('Announcement in August 2024');
  });

  it('reads “on New Year’s Day” as 1 January of the article’s year', () => {
    const a = article('harbour-herald', 'KELMOUTH', ['The Kelmouth Weather Office issued a storm warning for the whole coast on New Year’s Day, its first in a decade.'], '2025-01-03');
    const k = buildKnowledge([a], [], {});
    const warning = k.events.find((e) => e.sources.includes(a.slug) && e.kind === 'announcement')!;
    expect(warning.date).toBe('2025-01-01');
  });
});

describe('event participants', () => {
  it('names both parties of “X collided with Y”', () => {
    const a = article('harbour-herald', 'KELMOUTH', ['A Harlow Airlines passenger jet collided with a Kelmouth Coast Guard aircraft on a runway at Kelmouth Airport on Tuesday evening.'], '2025-03-12');
    const k = buildKnowledge([a], [], {});
    const collision = k.events.find((e) => e.kind === 'incident')!;
    const names = collision.participants.map((id) => k.entities.find((e) => e.id === id)!.name);
    expect(names).toEqual(expect.arrayContaining(['Harlow Airlines', 'Kelmouth Coast Guard']));
  });

  it('names the person a relative clause reporting the news hangs on, even before “said”', () => {
    const a = article('harbour-herald', 'KELMOUTH', ['Mara Quint, who became chief executive of Harlow Shipping on Aug. 8, said the company would rebuild trust.'], '2025-09-13');
    const k = buildKnowledge([a], [], {});
    const appointment = k.events.find((e) => e.kind === 'appointment')!;
    expect(appointment.participants).toContain('mara-quint');
  });
});
