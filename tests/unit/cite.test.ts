/**
 * Citations (src/lib/cite.ts): a paragraph's citation is formatted by
 * citation-js once per source and copied for each paragraph. The copies must
 * be exactly what citation-js gives for that paragraph on its own.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { citeSource, renderParagraphDirect, renderSourceDirect } from '../../src/lib/cite.ts';
import { loadSources } from '../../src/lib/load-sources.ts';

const root = path.resolve(import.meta.dirname, '../..');
const site = new URL('https://example.org/');
const sources = await loadSources(path.join(root, 'content/sources'));

describe('paragraph citations', () => {
  it('equal citation-js run on each paragraph, in every format, for every seed paragraph', () => {
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) {
      const { paragraphs } = citeSource(source, site);
      expect(paragraphs).toHaveLength(source.paragraphs.length);
      source.paragraphs.forEach((paragraph, i) => {
        expect(paragraphs[i]!.formats, `${source.slug} ¶${paragraph.n}`).toEqual(renderParagraphDirect(source, paragraph, site));
      });
    }
  });

  it('of the source itself equal citation-js run on the source, in every format', () => {
    for (const source of sources) expect(citeSource(source, site).source.formats, source.slug).toEqual(renderSourceDirect(source, site));
  });

  it('name the paragraph: its number in the in-text citation and its permalink', () => {
    const source = sources.find((s) => s.paragraphs.length >= 3)!;
    const third = citeSource(source, site).paragraphs[2]!;
    const apa = third.formats.find((f) => f.id === 'apa')!.text;
    expect(apa).toContain(`para. 3`);
    expect(apa).toContain(`#${source.paragraphs[2]!.id}`);
    expect(third.formats.find((f) => f.id === 'bibtex')!.text).toContain(`_p3`);
    expect(JSON.parse(third.formats.find((f) => f.id === 'csl-json')!.text)[0].note).toBe('Paragraph 3');
  });

  it('stay right when the source itself contains the stand-in values', () => {
    const base = sources[0]!;
    const odd = { ...base, title: `Report 918273645 on p-sbparagraphstandin` };
    const { paragraphs } = citeSource(odd, site);
    odd.paragraphs.forEach((paragraph, i) => expect(paragraphs[i]!.formats).toEqual(renderParagraphDirect(odd, paragraph, site)));
    expect(paragraphs[0]!.formats.find((f) => f.id === 'apa')!.text).toContain('918273645');
  });
});
