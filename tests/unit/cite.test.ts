/**
 * Citations (src/lib/cite.ts): what each seed source's citation says in every
 * format (golden files in tests/fixtures/golden/cite/, reviewed against the
 * style guides), the rules the styles get wrong from CSL and we correct, and
 * the paragraph template: every paragraph's citation, filled from the
 * template, must be exactly what citation-js gives for that paragraph alone.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CitationText, citeFacts, citeSource, paragraphFormats, renderParagraphDirect, renderSourceDirect, shortTitle, styleDate } from '../../src/lib/cite.ts';
import { sentenceCase } from '../../src/lib/csl/facts.ts';
import { loadSources } from '../../src/lib/load-sources.ts';
import type { Source } from '../../src/schemas/source.ts';
import { expectGolden } from '../helpers/golden.ts';

const root = path.resolve(import.meta.dirname, '../..');
/** A configured site URL (the golden files show both: with one, and without, when no absolute URL may be written). */
const SITE = new URL('https://sourcebook.test/');
const sources = await loadSources(path.join(root, 'content/sources'));
const bySlug = (prefix: string) => sources.find((s) => s.slug.startsWith(prefix))!;
const text = (formats: CitationText[], id: string) => formats.find((f) => f.id === id)!;

function show(formats: CitationText[]): string {
  return formats.map((f) => `--- ${f.label}\n${f.text}${f.inText ? `\n[${f.id === 'chicago' ? 'short note' : 'in the text'}] ${f.inText}` : ''}`).join('\n');
}

describe('golden citations of every seed source', () => {
  for (const source of sources) {
    it(source.slug, async () => {
      const blocks: string[] = [];
      for (const site of [SITE, undefined]) {
        const c = citeSource(source, site);
        const third = source.paragraphs[Math.min(2, source.paragraphs.length - 1)]!;
        blocks.push(
          `=== ${site ? `site ${site.href}` : 'no site URL configured'}: the source`,
          show(c.source.formats),
          `=== ${site ? `site ${site.href}` : 'no site URL configured'}: paragraph ${third.n}`,
          show(paragraphFormats(source, c, third, site)),
        );
      }
      await expectGolden(`${blocks.join('\n')}\n`, path.join(root, 'tests/fixtures/golden/cite', `${source.file}.cite.txt`));
    });
  }
});

describe('paragraph citations', () => {
  it('equal citation-js run on each paragraph, in every format, for every seed paragraph, with and without a site URL', () => {
    expect(sources.length).toBeGreaterThan(0);
    for (const site of [SITE, undefined]) {
      for (const source of sources) {
        const c = citeSource(source, site);
        expect(c.paragraphTemplate.length).toBeGreaterThan(0);
        for (const paragraph of source.paragraphs) {
          expect(paragraphFormats(source, c, paragraph, site), `${source.slug} ¶${paragraph.n}`).toEqual(renderParagraphDirect(source, paragraph, site));
        }
      }
    }
  });

  it('of the source itself equal citation-js run on the source, in every format', () => {
    for (const site of [SITE, undefined]) {
      for (const source of sources) expect(citeSource(source, site).source.formats, source.slug).toEqual(renderSourceDirect(source, site));
    }
  });

  it('stay right when the source itself contains the stand-in values', () => {
    const base = sources[0]!;
    const odd: Source = { ...base, title: `Report 918273645 on p-sbparagraphstandin` };
    const c = citeSource(odd, SITE);
    expect(c.paragraphTemplate).toEqual([]);
    odd.paragraphs.forEach((paragraph) => expect(paragraphFormats(odd, c, paragraph, SITE)).toEqual(renderParagraphDirect(odd, paragraph, SITE)));
    expect(text(paragraphFormats(odd, c, odd.paragraphs[0]!, SITE), 'apa').text).toContain('918273645');
  });

  it('name the paragraph in the in-text citation, and are archived at its permalink; every record has its own id', () => {
    const source = bySlug('golden-opportunity');
    const c = citeSource(source, SITE);
    const p3 = source.paragraphs[2]!;
    const f = paragraphFormats(source, c, p3, SITE);
    expect(text(f, 'apa').inText).toBe('(“Golden Opportunity?,” n.d., para. 3)');
    expect(text(f, 'mla').inText).toBe('(“Golden Opportunity?,” par. 3)');
    expect(text(f, 'apa').text).toContain(`(archived at https://sourcebook.test/sources/${source.slug}/#${p3.id})`);
    // "Copy" copies one reference: no second line.
    for (const style of ['apa', 'mla', 'chicago']) expect(text(f, style).text).not.toContain('\n');
    const ids = new Set([c.source.formats, ...source.paragraphs.map((p) => paragraphFormats(source, c, p, SITE))].map((formats) => /^ID {2}- (.*)$/m.exec(text(formats, 'ris').text)![1]));
    expect(ids.size).toBe(source.paragraphs.length + 1);
  });
});

describe('what is cited', () => {
  it('is the original article, at its URL, with this site as the archive, or the archive alone when no URL is known', () => {
    const media = citeSource(bySlug('golden-opportunity'), SITE).source;
    const original = bySlug('golden-opportunity').url.value!;
    expect(media.url).toBe(original);
    expect(text(media.formats, 'ris').text).toContain(`UR  - ${original}`);
    expect(text(media.formats, 'ris').text).toMatch(/^TY {2}- NEWS$/m);
    const unknown = citeSource(bySlug('pakistan-and-the-united-states'), SITE).source;
    expect(unknown.url).toBe(unknown.permalink);
  });

  it('writes no absolute URL of its own without a configured site URL', () => {
    for (const source of sources) {
      const all = JSON.stringify(citeSource(source, undefined));
      expect(all).not.toMatch(/example\.org|sourcebook\.test/);
      for (const url of all.match(/https?:\/\/[^\s"\\)]+/g) ?? []) expect(url.startsWith(source.url.value ?? '\0') || url.startsWith('https://citation')).toBe(true);
    }
  });

  it('labels a republication date as such, and gives no publication date it does not know', () => {
    const dawn = bySlug('pakistan-joins');
    const facts = citeFacts(dawn, SITE);
    expect(facts).toMatchObject({ publisher: 'dawn.com', published: null, republished: '2026-02-03' });
    const f = citeSource(dawn, SITE).source.formats;
    expect(text(f, 'apa').text).toContain('(n.d.). dawn.com. Republished February 3, 2026. https://');
    expect(text(f, 'mla').text).toContain('Republished 3 Feb. 2026.');
    expect(text(f, 'chicago').text).toContain('n.d.');
    expect(text(f, 'bibtex').text).not.toMatch(/year|month/);
    expect(text(f, 'ris').text).not.toMatch(/^(PY|DA|Y1) /m);
    expect(JSON.parse(text(f, 'csl-json').text)[0]).not.toHaveProperty('issued');
  });

  it('writes BibTeX dates BibTeX reads: a month macro and the full date, and @misc when the paper is unknown', () => {
    const dated: Source = { ...bySlug('golden-opportunity'), date: { value: '2025-07-14', from: 'sidecar' } };
    const bibtex = text(citeSource(dated, SITE).source.formats, 'bibtex').text;
    expect(bibtex).toMatch(/^@article\{/);
    expect(bibtex).toContain('\tyear = {2025},\n\tmonth = jul,\n\tdate = {2025-07-14},');
    expect(bibtex).not.toContain('howpublished');
    expect(text(citeSource(dated, SITE).source.formats, 'apa').text).toContain('(2025, July 14)');
    expect(text(citeSource(bySlug('pakistan-and-the-united-states'), SITE).source.formats, 'bibtex').text).toMatch(/^@misc\{/);
  });

  it('says a title is incomplete instead of ending it in "…"', () => {
    const daily = citeFacts(bySlug('a-high-level'), SITE);
    expect(daily.titleCut).toBe('derived');
    expect(daily.title).not.toContain('…');
    expect(daily.title).toMatch(/\[opening words; the article has no headline\]$/);
    const cut: Source = { ...bySlug('golden-opportunity'), title: 'Golden Opportunity? Critical Minerals Trade May…', titleFrom: 'text' };
    expect(citeFacts(cut, SITE).title).toBe('Golden Opportunity? Critical Minerals Trade May [headline cut off in the source]');
    const mla = text(citeSource(cut, SITE).source.formats, 'mla').text;
    expect(mla).toContain('[headline cut off in the source]');
  });
});

describe('short titles and dates', () => {
  it.each([
    ['Golden Opportunity? Critical Minerals Trade May Strengthen US-Pakistan Ties', 'Golden Opportunity?'],
    ['US turns to Pakistan amid efforts to counter China’s mining dominance', 'US Turns to Pakistan'],
    ['Pakistan and the United States on Friday discussed expanding cooperation', 'Pakistan and the United States'],
    ['A high-level US delegation met with Pakistani officials', 'A High-Level US Delegation'],
    ['Minerals: a new deal', 'Minerals'],
  ])('%s → %s', (title, short) => expect(shortTitle(title)).toBe(short));

  it('writes APA titles in sentence case, keeping the names the article itself capitalises', () => {
    const article = ['Officials in Washington said the United States and Pakistan may sign more deals. A global supply initiative was announced.'];
    expect(sentenceCase('Pakistan Joins US Led Global Supply Initiative in Washington', article)).toBe('Pakistan joins US led global supply initiative in Washington');
    expect(sentenceCase('Golden Opportunity? Trade May Grow', article)).toBe('Golden opportunity? Trade may grow');
    // A title already in sentence case is left alone.
    expect(sentenceCase('US turns to Pakistan amid efforts', article)).toBe('US turns to Pakistan amid efforts');
    const apa = text(citeSource(bySlug('golden-opportunity'), SITE).source.formats, 'apa').text;
    expect(apa.startsWith('Golden opportunity? Critical minerals trade may strengthen US-Pakistan ties. (n.d.).')).toBe(true);
    expect(text(citeSource(bySlug('golden-opportunity'), SITE).source.formats, 'mla').text).toContain('“Golden Opportunity? Critical Minerals Trade May Strengthen US-Pakistan Ties.”');
  });

  it('writes dates in each style’s form', () => {
    expect(styleDate('2026-02-03', 'apa')).toBe('February 3, 2026');
    expect(styleDate('2026-09-03', 'mla')).toBe('3 Sept. 2026');
    expect(styleDate('2026-06', 'mla')).toBe('June 2026');
  });
});
