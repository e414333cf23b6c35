/** Reports of one news event across sources: an undated source's dates, relative days, and the kind a sentence reports. */
import { describe, expect, it } from 'vitest';
import { buildKnowledge } from '../../src/lib/knowledge/index.ts';
import { mainVerb } from '../../src/lib/knowledge/events.ts';
import type { Source } from '../../src/schemas/source.ts';
import { article } from '../helpers/article.ts';

/** A source whose date nobody knows (no front matter, no date line). */
const undated = (slug: string, paragraphs: readonly string[]): Source => {
  const s = article(slug, null, paragraphs);
  return { ...s, date: { value: null, from: null } } as Source;
};

describe('news events reported by several sources', () => {
  const dated = article('harbour-herald', 'KELMOUTH', [
    'About 4,000 dock workers at the Port of Kelmouth went on strike early Friday after rejecting a pay offer from Harlow Shipping.',
    'The Dockers Union of Kelmouth said picket lines would stay up until a new offer came.',
  ], '2024-09-13');
  const later = undated('quay-weekly', [
    'It took three offers and five weeks for the dock workers to accept a deal.',
    'Members threw out the first offer on Sept. 12 and walked off the job the next day.',
  ]);
  const kn = buildKnowledge([dated, later], [], {});

  it('reads an undated source’s “Sept. 12 … the next day” in its corpus’s year, and clusters it with the dated report of that day', () => {
    const strike = kn.events.find((e) => e.kind === 'strike' && e.sources.includes(later.slug));
    expect(strike).toBeDefined();
    expect(strike!.date).toBe('2024-09-13');
    expect(strike!.sources).toEqual([dated.slug, later.slug].sort());
    const report = strike!.reports.find((r) => r.source === later.slug)!;
    expect(report.date).toBe('2024-09-13');
    expect(report.dateText).toMatch(/^Sept\. 12, .*the next day$/);
  });

  it('takes a sentence’s first strong news word for its kind: a vote that extends a walkout is a vote', () => {
    const a = article('ledger', 'KELMOUTH', ['Striking members of the Dockers Union of Kelmouth voted on Wednesday to reject a 35% offer from Harlow Shipping, extending a walkout now in its sixth week.'], '2024-10-24');
    const b = article('wire', 'KELMOUTH', ['The Dockers Union of Kelmouth rejected the 35% offer from Harlow Shipping on Oct. 23, when 64% of members voted against it.'], '2024-11-13');
    const k = buildKnowledge([a, b], [], {});
    const vote = k.events.find((e) => e.kind === 'vote' && e.sources.includes(a.slug));
    expect(vote).toMatchObject({ date: '2024-10-23' });
    expect(vote!.sources).toEqual([a.slug, b.slug].sort());
    expect(k.events.some((e) => e.kind === 'strike' && e.sources.includes(a.slug))).toBe(false);
  });

  it('ties an offer described only by its amounts to the vote on it in another source', () => {
    const a = article('ledger', 'KELMOUTH', ['Members of the Dockers Union of Kelmouth voted on Wednesday to reject an offer of 35% with a $7,000 bonus from Harlow Shipping.'], '2024-10-24');
    const b = undated('quay', ['The third offer, 35% with a $7,000 bonus, was rejected by 62% of voting members.']);
    const k = buildKnowledge([a, b], [], {});
    const vote = k.events.find((e) => e.kind === 'vote' && e.sources.includes(a.slug))!;
    expect(vote.sources).toEqual([a.slug, b.slug].sort());
    expect(vote.date).toBe('2024-10-23');
  });
});

describe('appointments', () => {
  it('reads “who became Harlow’s CEO in August” in an undated source as the appointment another source dates', () => {
    const a = article('ledger', 'KELMOUTH', ['Harlow Shipping appointed Mara Quint as chief executive on Aug. 8, after a year of losses.'], '2024-09-13');
    const b = undated('quay', ['Mara Quint, who became Harlow Shipping’s CEO in August, said the company would rebuild trust with its dock workers.']);
    const k = buildKnowledge([a, b], [], {});
    const appointment = k.events.find((e) => e.kind === 'appointment' && e.sources.includes(a.slug))!;
    expect(appointment.date).toBe('2024-08-08');
    expect(appointment.sources).toEqual([a.slug, b.slug].sort());
  });
});

describe('relative spans read against the article’s date (chrono-node)', () => {
  it('reads “three days ago” as a day and “last month” as a month only', () => {
    const a = article('ledger', 'KELMOUTH', [
      'Three days ago the Dockers Union of Kelmouth voted to accept a 38% offer from Harlow Shipping.',
      'Late last month Harlow Shipping announced a $2 billion share sale to cover the cost of the strike.',
    ], '2024-11-13');
    const k = buildKnowledge([a], [], {});
    expect(k.events.find((e) => e.kind === 'vote')).toMatchObject({ date: '2024-11-10', dateResolved: true });
    const sale = k.events.find((e) => e.kind === 'funding' || e.kind === 'announcement')!;
    expect(sale.date).toBeNull();
    expect(sale.dateNote).toMatch(/gives only the month \(“last month”\)/);
  });
});

describe('events dated from other events, and who takes part', () => {
  const wire = article('valley-courier', 'ORMSBY', [
    'Governor Ada Quill toured the flooded district of Ormsby on Thursday and told residents who lost homes in the flood that the state would pay for repairs.',
    'Quill, who arrived two days after the Lorne Dam failed and burst its banks, was briefed by Mayor Tobias Fenn and engineers from the Ormsby Water Board.',
  ], '2025-04-11');
  const kn = buildKnowledge([wire], [], {});

  it('keeps a visit apart from the flood its sentences refer back to, and dates it by the governor’s day', () => {
    const visit = kn.events.find((e) => e.kind === 'visit')!;
    expect(visit).toBeDefined();
    expect(visit.date).toBe('2025-04-10');
    expect(visit.participants).toEqual(expect.arrayContaining(['ada-quill', 'tobias-fenn']));
    // "the flood" only refers back: it makes no report of its own carrying the governor as an actor.
    for (const e of kn.events.filter((x) => x.kind !== 'visit')) expect(e.participants).not.toContain('ada-quill');
  });

  it('does not count a news agency, a body cited as a source or a lender given as an example among the participants', () => {
    const a = article('metro-daily', 'KESTON', [
      'According to the state news agency Keston Press Agency, Finance Minister Oren Vale met Iva Morrow of Harlan Mining in Keston on Monday.',
      'At the meeting, Morrow said the company could reduce reliance on lenders like the Northern Development Bank.',
    ], '2025-03-04');
    const e = buildKnowledge([a], [], {}).events.find((x) => x.kind === 'meeting')!;
    expect(e.participants).toEqual(expect.arrayContaining(['oren-vale', 'iva-morrow']));
    expect(e.participants).not.toContain('keston-press-agency');
    expect(e.participants).not.toContain('northern-development-bank');
  });
});

describe('news of no known kind, and reports of one event given different kinds', () => {
  it('finds the past-tense verb of a sentence’s main clause, not one in a relative or subordinate clause or of saying', () => {
    const s1 = 'The faulty patch that froze the tills on Friday affected about 900 shops, Harlow Retail said on Saturday.';
    expect(mainVerb(s1)).toBe(s1.indexOf('affected'));
    const s2 = 'The Kelmouth Port Authority said on Tuesday that it had opened an inquiry into Harlow Shipping, four days after a crane failed.';
    expect(mainVerb(s2)).toBe(s2.indexOf('opened'));
    const s3 = 'Mara Quint, the company’s chief executive, apologized on Friday in a radio interview.';
    expect(mainVerb(s3)).toBe(s3.indexOf('apologized'));
    expect(mainVerb('Harlow Shipping said its systems were busy.')).toBe(-1);
    expect(mainVerb('The affected shops were busy.')).toBe(-1);
    // A participle after its noun is no verb of the clause; a passive is.
    expect(mainVerb('Few nations marked by rising tariffs grew.')).toBe('Few nations marked by rising tariffs '.length);
    expect(mainVerb('The terminal was closed by the port authority.')).toBe('The terminal was '.length);
  });

  it('reports a dated sentence with no trigger word as news of its main verb, with its subject as the actor', () => {
    const a = article('ledger', 'KELMOUTH', ['Mara Quint, the chief executive of Harlow Shipping, apologized on Friday in a radio interview.'], '2024-07-20');
    const e = buildKnowledge([a], [], {}).events.find((x) => x.kind === 'other')!;
    expect(e).toMatchObject({ date: '2024-07-19' });
    expect(e.participants).toContain('mara-quint');
  });

  it('makes no such news of a sentence whose day no date can resolve', () => {
    const a = undated('notes', ['Harlow Shipping reaffirmed its commitment to the Kelmouth terminal on Monday.']);
    expect(buildKnowledge([a], [], {}).events.filter((e) => e.kind === 'other')).toEqual([]);
  });

  it('joins reports of one day that share rare key terms whatever kind each was given, and keeps that day’s other news apart', () => {
    const a = article('harbour-herald', 'KELMOUTH', [
      'A crane collapsed at the Kelmouth container terminal on Friday, stranding 300 refrigerated containers and halting the night shift.',
      'Harlow Shipping announced on Friday a weekly service to Ormsby.',
    ], '2024-07-20');
    const b = article('quay-weekly', 'KELMOUTH', [
      'Dock managers suspended the night shift at the container terminal on July 19 after refrigerated containers were stranded.',
    ], '2024-07-25');
    const k = buildKnowledge([a, b], [], {});
    const crane = k.events.find((e) => e.sources.includes(b.slug))!;
    expect(crane.sources).toEqual([a.slug, b.slug].sort());
    expect(crane.date).toBe('2024-07-19');
    // The same day's announcement shares no key terms with it: its own event.
    const service = k.events.find((e) => e.kind === 'announcement')!;
    expect(service).not.toBe(crane);
    expect(service.sources).toEqual([a.slug]);
  });

  it('does not join reports of one day that share only common words', () => {
    const a = article('harbour-herald', 'KELMOUTH', ['A crane collapsed at the Kelmouth container terminal on Friday.'], '2024-07-20');
    const b = article('quay-weekly', 'KELMOUTH', ['Harlow Shipping opened a new office in Ormsby on July 19.'], '2024-07-25');
    const k = buildKnowledge([a, b], [], {});
    expect(k.events.every((e) => e.sources.length === 1)).toBe(true);
  });

  it('joins an undated report of another kind to the one dated event sharing rare terms and a participant, and to none when two fit', () => {
    const a = article('ledger', 'KELMOUTH', ['Harlow Shipping estimated on Saturday that the crane collapse had damaged 300 refrigerated containers worth $4 million.'], '2024-07-21');
    const b = undated('review', ['Harlow Shipping, which counted 300 damaged refrigerated containers, received insurance funds for them.']);
    const k = buildKnowledge([a, b], [], {});
    const joined = k.events.find((e) => e.sources.includes(b.slug))!;
    expect(joined.sources).toEqual([a.slug, b.slug].sort());
    // A second dated event that fits as well: the undated report cannot choose.
    const c = article('wire', 'KELMOUTH', ['Harlow Shipping disclosed on Monday that 300 refrigerated containers damaged at the terminal had been written off.'], '2024-07-23');
    const k2 = buildKnowledge([a, b, c], [], {});
    expect(k2.events.find((e) => e.sources.includes(b.slug))!.sources).toEqual([b.slug]);
  });
});

describe('news dated from the event it follows', () => {
  it('dates “released the transcripts a day after the crash” from the latest crash its source told before, not its first incident', () => {
    const a = article('air-wire', 'LORNE', ['A passenger jet struck a maintenance truck on the runway at Lorne Airport on Tuesday.'], '2024-01-04');
    const b = undated('review', [
      'An earthquake struck the Kelmouth coast on Jan. 1, toppling houses.',
      'The next evening a passenger jet struck a maintenance truck on the runway at Lorne Airport.',
      'The aviation ministry released the radio transcripts a day after the crash.',
    ]);
    const k = buildKnowledge([a, b], [], {});
    const crash = k.events.find((e) => e.sources.includes(a.slug))!;
    expect(crash.date).toBe('2024-01-02');
    const release = k.events.find((e) => e.kind === 'other' && e.sources.includes(b.slug))!;
    expect(release).toBeDefined();
    expect(release.date).toBe('2024-01-03');
    expect(release.dateNote).toMatch(/a day after the crash/);
  });
});

describe('meetings of the same people on different days', () => {
  it('keeps two meetings apart when their weekday-read dates are weeks apart, and joins two reports of one meeting', () => {
    const first = article('first-report', 'LAHORE', ['Governor Miriam Osei met Mayor Tobias Lindqvist in Lahore on Monday to discuss the water plan.', 'Osei said the plan would be ready soon.'], '2025-10-06');
    const second = article('second-report', 'LAHORE', ['Governor Miriam Osei met Mayor Tobias Lindqvist in Lahore on Thursday to review the budget.', 'Lindqvist said the budget was tight.'], '2025-10-23');
    const same = article('third-report', 'LAHORE', ['Miriam Osei and Tobias Lindqvist met in Lahore on Monday over the water plan.'], '2025-10-07');
    const meetings = buildKnowledge([first, second, same], [], {}).events.filter((e) => e.kind === 'meeting');
    expect(meetings.map((e) => [e.date, e.sources])).toEqual([
      ['2025-10-06', ['first-report', 'third-report']],
      ['2025-10-23', ['second-report']],
    ]);
  });
});

describe('a visit reported by two sources', () => {
  it('is one visit when one source places it nowhere and dates it from a weekday a day away from the other’s date', () => {
    const a = article('harbour-herald', 'KELMOUTH', ['Feb. 15 — Agency chief Mara Quill visits the village and drinks tap water in a resident’s home.'], '2025-03-01');
    const b = article('quay-weekly', 'KELMOUTH', ['It was the second visit by Agency chief Mara Quill to Kelmouth in a week. On her first, last Thursday, Mara Quill visited the creeks.'], '2025-02-21');
    const visits = buildKnowledge([a, b], [], {}).events.filter((e) => e.kind === 'visit');
    expect(visits.filter((e) => e.sources.length === 2)).toHaveLength(1);
  });
});
