/** Stages 4 and 5: title, standfirst, dateline, paragraphs; metadata with provenance, language, slug. */
import { describe, it, expect } from 'vitest';
import { segment, findDateline, titleFromLede } from '../../scripts/ingest/segment.ts';
import { detectLanguage, slugify, metadata } from '../../scripts/ingest/metadata.ts';
import { toIsoDate } from '../../scripts/ingest/dates.ts';
import type { Draft } from '../../scripts/ingest/types.ts';

const draft = (blocks: string[], meta: Draft['meta'] = {}): Draft => ({ blocks, meta, changes: [], embeds: [], titleKnown: Boolean(meta.title) });

describe('segment', () => {
  it('reads the three dateline forms', () => {
    expect(findDateline('KARACHI: Pakistan and the United States…')).toMatchObject({ value: 'KARACHI', evidence: 'KARACHI:' });
    expect(findDateline('[Islamabad] The United States reaffirmed…')).toMatchObject({ value: 'Islamabad', evidence: '[Islamabad]' });
    expect(findDateline('ISLAMABAD — Officials said…')).toMatchObject({ value: 'ISLAMABAD', evidence: 'ISLAMABAD —' });
    expect(findDateline('Pakistan: a new chapter')).toBeNull();
  });

  it('reads a wire\'s dateline with its date and agency, and places joined by a slash (the first is the dateline\'s)', () => {
    expect(findDateline('ISTANBUL/BEIRUT, Feb 6 (Corvus) — A magnitude 7.8 earthquake struck.')).toMatchObject({ value: 'ISTANBUL', evidence: 'ISTANBUL/BEIRUT, Feb 6 (Corvus) —' });
    expect(findDateline('HARROW BAY, Wash. (January 3, 2024) — The mayor issued a statement.')).toMatchObject({ value: 'HARROW BAY' });
    expect(findDateline('BENGALURU, Aug 23 (Meridian News Agency) — India landed.')).toMatchObject({ value: 'BENGALURU' });
  });

  it('a state abbreviated after a comma does not end a sentence; the same word ending one does', async () => {
    const { sentences } = await import('../../src/lib/sentences.ts');
    expect(sentences('HARROW BAY, Wash. (January 3, 2024) — The mayor issued a statement. It was short.').map((x) => x.text.trim())).toEqual(['HARROW BAY, Wash. (January 3, 2024) — The mayor issued a statement.', 'It was short.']);
    expect(sentences('It would all come out in the wash. Then they left.')).toHaveLength(2);
  });

  it('takes a headline and a standfirst from the first lines', () => {
    const s = segment(draft(['Copper Talks Resume', 'Officials see a chance to reset ties', 'QUETTA: Talks resumed on Monday.', 'More text.']));
    expect(s).toMatchObject({ title: 'Copper Talks Resume', titleFrom: 'text', standfirst: 'Officials see a chance to reset ties', paragraphs: ['QUETTA: Talks resumed on Monday.', 'More text.'] });
    expect(s.dateline?.value).toBe('QUETTA');
  });

  it('takes a short headline with a topic before a colon (“FTX: from rescue talks …”) as the headline, not as a dateline lede', () => {
    const s = segment(draft(['FTX: from rescue talks to Chapter 11 in 72 hours', 'The exchange filed for bankruptcy on Friday.', 'More text.']));
    expect(s).toMatchObject({ title: 'FTX: from rescue talks to Chapter 11 in 72 hours', titleFrom: 'text' });
    expect(s.paragraphs[0]).toBe('The exchange filed for bankruptcy on Friday.');
  });

  it('derives a title from the lede when the article has none, and says so', () => {
    const s = segment(draft(['KARACHI: Pakistan and the United States on Friday discussed expanding cooperation in critical minerals, as Islamabad described its mining sector as an opportunity.', 'Second.']));
    expect(s.title).toBe('Pakistan and the United States on Friday discussed expanding cooperation in critical minerals');
    expect(s.titleFrom).toBe('derived');
    expect(s.paragraphs).toHaveLength(2);
    expect(titleFromLede('One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen.')).toBe('One two three four five six seven eight nine ten eleven twelve thirteen fourteen…');
  });

  it('prefers a title given by front matter or HTML meta', () => {
    expect(segment(draft(['Body text here.'], { title: { value: 'Given', from: 'front-matter' } }))).toMatchObject({ title: 'Given', titleFrom: 'front-matter' });
  });
});

describe('metadata', () => {
  it('parses the date forms articles use, and refuses impossible dates', () => {
    expect(toIsoDate('October 31, 2025')).toBe('2025-10-31');
    expect(toIsoDate('31 October 2025')).toBe('2025-10-31');
    expect(toIsoDate('2026-02-03T08:00:00+05:00')).toBe('2026-02-03');
    expect(toIsoDate('Friday, Oct. 31, 2025')).toBe('2025-10-31');
    expect(toIsoDate('2025-02-30')).toBeNull();
    expect(toIsoDate('yesterday')).toBeNull();
  });

  it('detects English, Urdu (right to left) and gives up honestly', () => {
    expect(detectLanguage('The minister said that the talks with the delegation were useful.')).toEqual({ lang: 'en', dir: 'ltr' });
    expect(detectLanguage('پاکستان میں معدنیات کے شعبے میں سرمایہ کاری بڑھ رہی ہے۔')).toEqual({ lang: 'ur', dir: 'rtl' });
    expect(detectLanguage('Zxq vlorp krand')).toEqual({ lang: 'und', dir: 'ltr' });
  });

  it('makes readable ASCII slugs', () => {
    expect(slugify('US turns to Pakistan amid efforts to counter China’s mining dominance')).toBe('us-turns-to-pakistan-amid-efforts-to-counter-chinas-mining');
    expect(slugify('Chargé d’Affaires: Café & Co. (2025)')).toBe('charge-daffaires-cafe-co-2025');
    expect(slugify('پاکستان')).toBe('');
  });

  it('lets the sidecar win, keeps provenance, and leaves unknowns unknown', () => {
    const parts = { title: 'T', titleFrom: 'text' as const, titleEvidence: 'first line', standfirst: null, dateline: null, paragraphs: ['The minister said the talks were useful.'] };
    const m = metadata({
      file: 'a.txt', bytes: new Uint8Array([1]), parts, sidecar: { publisher: 'Daily Times' },
      draft: draft(parts.paragraphs, { publisher: { value: 'dailytimes', from: 'text', evidence: 'Copyright dailytimes' }, date: { value: 'not a date', from: 'front-matter' } }),
    });
    expect(m.publisher).toEqual({ value: 'Daily Times', from: 'sidecar' });
    expect(m.date).toEqual({ value: null, from: null });
    expect(m.url).toEqual({ value: null, from: null });
    expect(m.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('limits', () => {
  it('derives a title from a 5 MB line without punctuation in well under a second', () => {
    const line = 'copper gold survey block Chagai district licence officials said '.repeat(80_000);
    const started = performance.now();
    expect(titleFromLede(line)).toMatch(/^copper gold survey block/);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('logs a date or address it cannot use instead of dropping it silently', () => {
    const draft: Draft = { blocks: ['Body text of the article, long enough.'], meta: { date: { value: '2025-02-30', from: 'front-matter' }, url: { value: 'javascript:alert(1)', from: 'front-matter' } }, changes: [], embeds: [], titleKnown: false };
    const m = metadata({ file: 'x.md', bytes: new Uint8Array(), draft, parts: segment({ ...draft, blocks: ['A title', ...draft.blocks] }), sidecar: null });
    expect(m.date.value).toBeNull();
    expect(m.changes.map((c) => [c.rule, c.before])).toEqual([['invalid-value', 'date: 2025-02-30'], ['invalid-value', 'url: javascript:alert(1)']]);
  });
});
