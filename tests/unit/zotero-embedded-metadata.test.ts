/**
 * The port of Zotero's Embedded Metadata translator (tests/helpers/) follows
 * the translator's rules on the cases that decide how a source page imports:
 * the item type, the publication, the URL and the last-resort date. Then the
 * head metadata of every seed source (src/lib/source-head.ts) imports as a
 * newspaper article with nothing it does not know.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { citeFacts } from '../../src/lib/csl/facts.ts';
import { loadSources } from '../../src/lib/load-sources.ts';
import { sourceHead } from '../../src/lib/source-head.ts';
import { zoteroEmbeddedMetadata } from '../helpers/zotero-embedded-metadata.ts';

const page = (head: string, body = '') => `<!doctype html><html lang="en"><head><title>Page title</title>${head}</head><body>${body}</body></html>`;
const AT = 'https://reader.test/sources/x/';

describe('the Embedded Metadata rules', () => {
  it('make any page with citation_journal_title a journal article (the Highwire type wins)', () => {
    const item = zoteroEmbeddedMetadata(page('<meta name="citation_title" content="T"><meta name="citation_journal_title" content="Daily Times"><meta property="og:type" content="article">'), AT);
    expect(item).toMatchObject({ itemType: 'journalArticle', title: 'T', publicationTitle: 'Daily Times' });
  });

  it('file a page typed "News Item" in Dublin Core as a newspaper article, its publication from PRISM', () => {
    const item = zoteroEmbeddedMetadata(page('<meta name="citation_title" content="T"><meta name="prism.publicationName" content="Dawn"><meta name="DC.type" content="News Item">'), AT);
    expect(item).toMatchObject({ itemType: 'newspaperArticle', publicationTitle: 'Dawn', url: AT });
  });

  it('take og:site_name for a newspaper article’s publication when nothing else names it', () => {
    const item = zoteroEmbeddedMetadata(page('<meta name="DC.type" content="News Item"><meta property="og:site_name" content="Sourcebook">'), AT);
    expect(item.publicationTitle).toBe('Sourcebook');
  });

  it('take DC.source for the publication, and the first <time datetime> in the page for a date none is given', () => {
    const item = zoteroEmbeddedMetadata(page('<meta name="DC.type" content="News Item"><meta name="DC.source" content="https://original.test/a">', '<p>Posted <time datetime="2025-10-31">31 Oct</time></p>'), AT);
    expect(item).toMatchObject({ publicationTitle: 'https://original.test/a', date: '2025-10-31' });
  });

  it('read citation_public_url as the URL, and otherwise the canonical link or the address', () => {
    expect(zoteroEmbeddedMetadata(page('<meta name="citation_public_url" content="https://original.test/a">'), AT).url).toBe('https://original.test/a');
    expect(zoteroEmbeddedMetadata(page('<link rel="canonical" href="https://site.test/c/">'), AT).url).toBe('https://site.test/c/');
  });
});

const sources = await loadSources(path.resolve(import.meta.dirname, '../../content/sources'));

describe('every seed source’s head metadata', () => {
  for (const site of [new URL('https://sourcebook.test/'), undefined]) {
    it(`imports into Zotero as the newspaper article it states (${site ? 'with' : 'without'} a site URL)`, () => {
      for (const source of sources) {
        const facts = citeFacts(source, site);
        const head = sourceHead(source, facts, facts.permalink, site ? site.href : null);
        const tags = head.meta.map((m) => ('name' in m ? `<meta name="${m.name}" content="${m.content}">` : `<meta property="${m.property}" content="${m.content}">`)).join('');
        const item = zoteroEmbeddedMetadata(page(`<meta property="og:type" content="article">${tags}`), AT);
        expect(item.itemType, source.slug).toBe('newspaperArticle');
        expect(item.title).toBe(facts.title);
        expect(item.publicationTitle).toBe(facts.publisher ?? undefined);
        expect(item.date).toBe(facts.published ?? undefined);
        expect(item.url).toBe(facts.originalUrl ?? facts.permalink ?? AT);
        expect(JSON.stringify(head)).not.toContain('example.org');
        if (!site) expect(JSON.stringify(head)).not.toMatch(/https?:\/\/(?!themedialine\.org\/|schema\.org\b)/);
      }
    });
  }
});
