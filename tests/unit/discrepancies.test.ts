/**
 * Where sources disagree, on made-up reports of made-up events: a count, a length of time, an amount of money, a date
 * and the wording of a quote that two sources give differently are discrepancies naming both sources' words; a
 * rounding, a bound, two numbers one source states both of, a figure of another year and two happenings on two days
 * are not.
 */
import { describe, expect, it } from 'vitest';
import { buildKnowledge } from '../../src/lib/knowledge/index.ts';
import { conflicting, precision } from '../../src/lib/knowledge/figure-conflicts.ts';
import { titleHead } from '../../src/lib/knowledge/discrepancies.ts';
import type { Discrepancy, Figure } from '../../src/schemas/knowledge.ts';
import { article } from '../helpers/article.ts';
import { MAX_VERSIONS, shownVersions } from '../../src/lib/pages/discrepancies.ts';

/** The discrepancies of these sources, each as its kind and the words of every source. */
function found(...sources: ReturnType<typeof article>[]): { kind: Discrepancy['kind']; values: string[] }[] {
  return buildKnowledge(sources, [], {}).discrepancies.map((d) => ({ kind: d.kind, values: d.sources.map((r) => r.value).sort() }));
}

describe('a person’s title at one organisation', () => {
  it('reads a vice president or a deputy minister as another office than the president or the minister', () => {
    expect([titleHead('Vice President'), titleHead('president of the Harbour Board'), titleHead('Deputy Finance Minister'), titleHead('Chairman')]).toEqual(['vice president', 'president', 'deputy minister', 'chair']);
  });

  it('is a discrepancy when two sources give two offices, not when one says “founder” or “head” of what the other says he chairs', () => {
    const a = article('harbour-herald', null, ['Mara Quill, chair of the Kelmouth Port Authority, opened the terminal.'], '2025-03-11');
    const b = article('quay-weekly', null, ['Mara Quill, president of the Kelmouth Port Authority, cut the ribbon.'], '2025-03-12');
    const c = article('tide-tables', null, ['Mara Quill, founder of the Kelmouth Port Authority, spoke first.'], '2025-03-12');
    const d = article('dock-notes', null, ['Mara Quill, head of the Kelmouth Port Authority, spoke first.'], '2025-03-12');
    expect(found(a, b).filter((x) => x.kind === 'title')).toHaveLength(1);
    expect(found(a, c, d).filter((x) => x.kind === 'title')).toEqual([]);
  });
});

describe('figures of one fact that sources state differently', () => {
  it('finds a count of people two sources give differently, across the whole story, and names both sources’ words', () => {
    const a = article('harbour-herald', 'KELMOUTH', ['A grain carrier struck the Tollin Bridge in Kelmouth early Tuesday, and seven road workers on the span were killed.'], '2025-03-11');
    const b = article('quay-weekly', 'KELMOUTH', ['Divers have recovered the bodies of all six road workers killed when the grain carrier struck the Tollin Bridge.'], '2025-04-02');
    // Each value is the source's own words, qualifier included ("all six").
    expect(found(a, b)).toEqual([{ kind: 'amount', values: ['all six road workers', 'seven road workers'] }]);
  });

  it('finds an amount of money under another name (damage, cost) and lists an agreeing bound beside the two conflicting ones', () => {
    // Words are weighed by how rare they are among a story's paragraphs: each report also tells of something else.
    const a = article('harbour-herald', null, ['Harlow Shipping chief executive Mara Quill said the outage had cost the carrier about $500 million in lost revenue.', 'Ferries to the islands ran on time.'], '2025-08-07');
    const b = article('quay-weekly', null, ['Its chief executive, Mara Quill, later put the damage to Harlow Shipping at $550 million.', 'The port’s new crane arrives in spring.'], '2025-09-01');
    const c = article('dock-ledger', null, ['Harlow Shipping is suing the software maker for losses of more than $500 million, its chief executive Mara Quill said.', 'A court date has not been set.'], '2025-10-25');
    expect(found(a, b, c)).toEqual([{ kind: 'amount', values: ['$550 million', 'about $500 million', 'more than $500 million'] }]);
  });

  it('finds the length of a strike two sources give differently, but not against a strike of another year', () => {
    const a = article('harbour-herald', null, ['Dock workers voted on Monday to accept a new contract, ending a 53-day strike that halted the Port of Kelmouth.', 'The walkout was the longest at the port since a 57-day strike in 2008.'], '2025-11-05');
    const b = article('quay-weekly', null, ['Dockers returned to the Port of Kelmouth this week, a week after voting to end a strike that stretched for 54 days.'], '2025-11-12');
    expect(found(a, b)).toEqual([{ kind: 'amount', values: ['53-day', '54 days'] }]);
  });

  it('finds the one conflicting count among many sources restating a number, with every source in it (each figure is compared with its nearest values only)', () => {
    const outlets = Array.from({ length: 140 }, (_, i) => `outlet-${String(i).padStart(3, '0')}`);
    const sources = outlets.map((slug, i) =>
      article(slug, null, [`Divers recovered the bodies of ${i === 70 || i === 139 ? 'seven' : 'six'} road workers killed when the grain carrier struck the Tollin Bridge.`, `Outlet ${i} also covered the ferry timetable.`], '2025-04-02'),
    );
    const amounts = buildKnowledge(sources, [], {}).discrepancies.filter((d) => d.kind === 'amount');
    expect(amounts).toHaveLength(1);
    expect(amounts[0]!.sources.map((v) => v.source).sort()).toEqual(outlets);
    expect(new Set(amounts[0]!.sources.map((v) => v.value))).toEqual(new Set(['six road workers', 'seven road workers']));
  });

  it('sees no conflict in a rounding, a bound, or two numbers one source states both of', () => {
    const a = article('harbour-herald', null, ['The harbour authority said about 8.5 million tons of grain passed through the Port of Kelmouth last year.', 'More than 50 ships waited outside the Port of Kelmouth after the channel closed.', 'The loading crane was built to read 20 sensor fields, and the new file supplied 21.'], '2025-03-11');
    const b = article('quay-weekly', null, ['Some 8,456,000 tons of grain passed through the Port of Kelmouth last year, the harbour authority said.', 'By Thursday, 52 ships waited outside the Port of Kelmouth after the channel closed.', 'The new file supplied 21 sensor fields to a loading crane built to read 20.'], '2025-03-14');
    expect(found(a, b)).toEqual([]);
  });

  it('compares hedged values by what they allow', () => {
    const f = (text: string, value: number, qualifier: string | null = null, scale: string | null = null) => ({ text, value, qualifier, scale, kind: 'count' }) as Figure;
    expect(precision(f('8.5 million', 8_500_000, null, 'million'))).toBe(100_000);
    expect(precision(f('33,000', 33_000))).toBe(1000);
    expect(conflicting(f('about 8.5 million', 8_500_000, 'about', 'million'), f('8,456,000', 8_456_000))).toBe(false);
    expect(conflicting(f('8.5 million', 8_500_000, null, 'million'), f('8.3 million', 8_300_000, null, 'million'))).toBe(true);
    expect(conflicting(f('more than 50', 50, 'more than'), f('52', 52))).toBe(false);
    expect(conflicting(f('at least 64', 64, 'at least'), f('at least 73', 73, 'at least'))).toBe(false);
    expect(conflicting(f('nearly 50', 50, 'nearly'), f('52', 52))).toBe(true);
    expect(conflicting(f('about 33,000', 33_000, 'about'), f('some 32,000', 32_000, 'some'))).toBe(true);
    // Ages a year apart straddle a birthday; two years apart they conflict.
    const age = (value: number) => ({ text: `${value}`, value, qualifier: null, scale: null, kind: 'quantity', unit: 'years old' }) as Figure;
    expect(conflicting(age(16), age(17))).toBe(false);
    expect(conflicting(age(16), age(18))).toBe(true);
  });
});

describe('dates of one happening that sources give differently', () => {
  it('finds a hearing dated a day apart, reading a weekday against each source’s date', () => {
    const a = article('harbour-herald', null, ['Tamsin Vell, a vice president at Harlow Shipping, told the Kelmouth Assembly’s transport committee on Sept. 24 that the company had changed its checks.'], '2025-10-01');
    const b = article('quay-weekly', null, ['At a hearing of the Kelmouth Assembly’s transport committee on Thursday, Tamsin Vell of Harlow Shipping apologised for the outage.'], '2025-09-27');
    expect(found(a, b)).toEqual([{ kind: 'date', values: ['Sept. 24', 'on Thursday'] }]);
  });

  it('does not take two happenings of one story on two days (a fire’s start and its end) for one', () => {
    const a = article('harbour-herald', null, ['In Kelmouth, a fire that broke out on Monday night destroyed some 40 warehouses around the old fish market.'], '2025-01-08');
    const b = article('quay-weekly', null, ['The fire spread through the streets around the old fish market in Kelmouth before crews, short of water, brought it under control on Tuesday.'], '2025-01-09');
    expect(found(a, b)).toEqual([]);
  });
});

describe('the wording of one statement', () => {
  it('finds a quote two sources word differently, not one that is a shorter excerpt of the other', () => {
    const a = article('harbour-herald', null, ['“Saving the harbour is our first priority, and it is a race against the tide,” said Mara Quill, the chief executive of Harlow Shipping.'], '2025-03-11');
    const b = article('quay-weekly', null, ['“Saving the harbour is the first priority. It is a race against the tide,” Mara Quill of Harlow Shipping said.'], '2025-03-12');
    const c = article('dock-ledger', null, ['“It is a race against the tide,” Mara Quill of Harlow Shipping said on Tuesday.'], '2025-03-12');
    const quotes = found(a, b, c).filter((d) => d.kind === 'quote-wording');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.values).toEqual(expect.arrayContaining(['Saving the harbour is our first priority, and it is a race against the tide', 'Saving the harbour is the first priority. It is a race against the tide']));
  });
});

describe('a discrepancy many sources state, on a page', () => {
  it('shows at most MAX_VERSIONS versions, every distinct value among them first, in the order of the sources', () => {
    const versions = Array.from({ length: 300 }, (_, i) => ({ value: i % 50 === 7 ? '$550 million' : i === 299 ? 'about $600 million' : '$500 million', n: i }));
    const shown = shownVersions(versions);
    expect(shown).toHaveLength(MAX_VERSIONS);
    expect(new Set(shown.map((v) => v.value))).toEqual(new Set(['$500 million', '$550 million', 'about $600 million']));
    expect(shown.map((v) => v.n)).toEqual([...shown.map((v) => v.n)].sort((a, b) => a - b));
    expect(shownVersions(versions.slice(0, 5))).toEqual(versions.slice(0, 5));
  });
});
