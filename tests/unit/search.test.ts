/**
 * The search vocabulary (src/lib/search.ts: what a page tells the index, the
 * URL state of the search page) and the offline service worker
 * (src/integrations/service-worker.ts: what it precaches, its version, its base).
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { aliasQueries, excerptParts, normalizeQuery, queryVariants, readSearchState, reportingFirst, searchFacets, wordVariants, writeSearchState } from '../../src/lib/search.ts';
import { FRAGMENT_PRECACHE_LIMIT, PRECACHE_BUDGET, fileUrl, normalizeBase, writeServiceWorker } from '../../src/integrations/service-worker.ts';
import type { OfflineSummary } from '../../src/schemas/offline.ts';

describe('searchFacets', () => {
  it('gives a dated source its filters, metadata and sort values', () => {
    const facets = searchFacets({
      kind: 'source',
      title: '  A  title ',
      date: '2025-10-31',
      publisher: 'Daily Times',
      people: ['Muhammad Aurangzeb', ' Robert Louis Strayer II ', 'Muhammad Aurangzeb'],
      minerals: ['antimony', ''],
    });
    expect(facets.filters).toEqual([
      ['kind', 'source'],
      ['publisher', 'Daily Times'],
      ['year', '2025'],
      ['person', 'Muhammad Aurangzeb'],
      ['person', 'Robert Louis Strayer II'],
      ['mineral', 'antimony'],
    ]);
    expect(Object.fromEntries(facets.meta)).toEqual({
      title: 'A title',
      kind: 'Source',
      publisher: 'Daily Times',
      date: '31 October 2025',
      datetime: '2025-10-31',
    });
    expect(Object.fromEntries(facets.sort)).toEqual({ newest: '2025-10-31', oldest: '2025-10-31' });
  });

  it('sorts an undated page last in both orders', () => {
    const facets = searchFacets({ kind: 'person', title: 'Someone', date: null, publisher: null });
    expect(facets.filters).toEqual([['kind', 'person']]);
    const sort = Object.fromEntries(facets.sort);
    expect(sort.newest! < '1000-01-01').toBe(true);
    expect(sort.oldest! > '9999-12-31').toBe(true);
  });

  it('ignores a date that is not ISO', () => {
    const facets = searchFacets({ kind: 'briefing', title: 'B', date: 'last Friday' });
    expect(facets.filters.map(([k]) => k)).not.toContain('year');
    expect(facets.meta.map(([k]) => k)).not.toContain('date');
  });
});

describe('search URL state', () => {
  it('reads the query, known filters and sort; ignores the rest', () => {
    const state = readSearchState(new URLSearchParams('q=+Reko+Diq+&publisher=Daily+Times&colour=red&sort=newest&kind='));
    expect(state).toEqual({ q: 'Reko Diq', filters: { publisher: 'Daily Times' }, sort: 'newest' });
    expect(readSearchState(new URLSearchParams('sort=sideways')).sort).toBe('relevance');
  });

  it('writes it back, keeping other parameters and leaving defaults out', () => {
    const params = writeSearchState(new URLSearchParams('utm=x&q=old&year=2020'), {
      q: 'antimony',
      filters: { kind: 'source', person: 'Ishaq Dar' },
      sort: 'relevance',
    });
    expect(params.toString()).toBe('utm=x&q=antimony&kind=source&person=Ishaq+Dar');
    expect(readSearchState(params)).toEqual({ q: 'antimony', filters: { kind: 'source', person: 'Ishaq Dar' }, sort: 'relevance' });
  });
});

describe('service worker', () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
    dir = undefined;
  });

  async function site(files: Record<string, string>): Promise<string> {
    dir = await mkdtemp(path.join(tmpdir(), 'sourcebook-sw-'));
    for (const [rel, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
      await writeFile(path.join(dir, rel), text);
    }
    return dir;
  }

  const files = {
    'index.html': '<p>home',
    '404.html': '<p>missing',
    'search/index.html': '<p>search',
    'sources/a b/index.html': '<p>a',
    'sources/a b/raw.txt': 'raw',
    '_astro/x.css': 'p{}',
    'favicon.svg': '<svg/>',
    'rss.xml': '<rss/>',
    'pagefind/pagefind.js': 'js',
    'pagefind/pagefind-entry.json': '{}',
    'pagefind/pagefind-ui.js': 'unused',
    'pagefind/index/en_1.pf_index': 'i',
    'pagefind/fragment/en_1.pf_fragment': 'f',
  };

  it('maps files to the URLs they are served at, under the base', () => {
    expect(normalizeBase('sourcebook')).toBe('/sourcebook/');
    expect(normalizeBase(' /a/b/ ')).toBe('/a/b/');
    expect(normalizeBase(undefined)).toBe('/');
    expect(fileUrl('index.html', '/s/')).toBe('/s/');
    expect(fileUrl('about/index.html', '/')).toBe('/about/');
    expect(fileUrl('sources/a b/raw.txt', '/')).toBe('/sources/a%20b/raw.txt');
  });

  it('precaches the shell and the search index, and no more; lists the whole site for the reader who asks', async () => {
    const dist = await site(files);
    const result = await writeServiceWorker(dist, '/sourcebook/');
    const sw = await readFile(path.join(dist, 'sw.js'), 'utf8');
    const precache = JSON.parse(/const PRECACHE = (\[.*\]);/.exec(sw)![1]!) as string[];
    expect(precache.sort()).toEqual(
      [
        '/sourcebook/',
        '/sourcebook/404.html',
        '/sourcebook/search/',
        '/sourcebook/_astro/x.css',
        '/sourcebook/favicon.svg',
        '/sourcebook/pagefind/pagefind.js',
        '/sourcebook/pagefind/pagefind-entry.json',
        '/sourcebook/pagefind/index/en_1.pf_index',
        '/sourcebook/pagefind/fragment/en_1.pf_fragment',
      ].sort(),
    );
    expect(result.files).toBe(precache.length);
    expect(result.fragmentsPrecached).toBe(true);
    expect(result.cache).toMatch(/^sourcebook:\/sourcebook\/:[0-9a-f]{16}$/);
    expect(sw).toContain(`const BASE = "/sourcebook/"`);
    // Any other page is kept when visited, or with the whole site: its list and size are written for that choice.
    const whole = JSON.parse(await readFile(path.join(dist, 'offline-files.json'), 'utf8')) as { urls: string[] };
    expect(whole.urls).toContain('/sourcebook/sources/a%20b/');
    expect(whole.urls).toEqual(expect.arrayContaining(precache));
    expect(whole.urls).not.toContain('/sourcebook/sources/a%20b/raw.txt');
    const summary = JSON.parse(await readFile(path.join(dist, 'offline.json'), 'utf8')) as OfflineSummary;
    expect(summary).toEqual({ ...result.site, searchOffline: true, searchBytes: expect.any(Number) });
    expect(summary.files).toBe(whole.urls.length);
  });

  it('is versioned by the content of what it precaches', async () => {
    const dist = await site(files);
    const first = await writeServiceWorker(dist, '/');
    expect((await writeServiceWorker(dist, '/')).cache).toBe(first.cache);
    // A file it does not precache changes nothing …
    await writeFile(path.join(dist, 'rss.xml'), '<rss>new</rss>');
    expect((await writeServiceWorker(dist, '/')).cache).toBe(first.cache);
    // … a page does.
    await writeFile(path.join(dist, 'search/index.html'), '<p>search, rebuilt');
    expect((await writeServiceWorker(dist, '/')).cache).not.toBe(first.cache);
  });

  it('leaves the fragments out when with them a first visit would download more than the budget', async () => {
    const dist = await site({ ...files, 'pagefind/index/en_2.pf_index': 'i'.repeat(PRECACHE_BUDGET - 1000), 'pagefind/fragment/en_2.pf_fragment': 'f'.repeat(2000) });
    // (the index still fits: it is precached, the fragments are not)
    const result = await writeServiceWorker(dist, '/');
    expect(result.fragmentsPrecached).toBe(false);
    expect(result.indexPrecached).toBe(true);
    expect(result.bytes).toBeLessThanOrEqual(PRECACHE_BUDGET);
    expect((JSON.parse(await readFile(path.join(dist, 'offline.json'), 'utf8')) as OfflineSummary).searchOffline).toBe(false);
    // An index larger than the budget is cached as searches fetch it; the shell still is precached.
    const huge = await site({ ...files, 'pagefind/index/en_2.pf_index': 'i'.repeat(PRECACHE_BUDGET) });
    const big = await writeServiceWorker(huge, '/');
    expect(big.indexPrecached).toBe(false);
    expect(big.bytes).toBeLessThanOrEqual(PRECACHE_BUDGET);
    // … and the search page is told so: after one visit only the searches already made work offline.
    const said = JSON.parse(await readFile(path.join(huge, 'offline.json'), 'utf8')) as OfflineSummary;
    expect(said.searchOffline).toBe(false);
    expect(said.searchBytes).toBeGreaterThan(PRECACHE_BUDGET);
    const sw = await readFile(path.join(huge, 'sw.js'), 'utf8');
    expect(sw).not.toContain('pf_index');
    expect(sw).toContain('/search/');
  });

  it('leaves the fragments of a big index to be cached as they are fetched', async () => {
    const dist = await site({ ...files, 'pagefind/fragment/en_2.pf_fragment': 'x'.repeat(FRAGMENT_PRECACHE_LIMIT) });
    const result = await writeServiceWorker(dist, '/');
    const sw = await readFile(path.join(dist, 'sw.js'), 'utf8');
    expect(result.fragmentsPrecached).toBe(false);
    expect(sw).not.toContain('pf_fragment');
    expect(sw).toContain('/pagefind/index/en_1.pf_index');
  });

  it('refuses a site without a search index', async () => {
    const dist = await site({ 'index.html': '<p>home' });
    await expect(writeServiceWorker(dist, '/')).rejects.toThrow(/no Pagefind index/);
  });
});

describe('queries', () => {
  it('drops the signs Pagefind does not index, keeping an exact phrase', () => {
    expect(normalizeQuery('$500 million')).toBe('500 million');
    expect(normalizeQuery('  "rare   earths" ')).toBe('"rare earths"');
    expect(normalizeQuery('£1.2 billion')).toBe('1.2 billion');
  });

  it('spells a word the other ways the list of variants gives, with its ending and capital', () => {
    expect(wordVariants('defence')).toEqual(['defense']);
    expect(wordVariants('Defense')).toEqual(['Defence']);
    expect(wordVariants('organisations')).toEqual(['organizations']);
    expect(wordVariants('programmes')).toEqual(['programs']);
    expect(wordVariants('programs')).toEqual(['programmes']);
    expect(wordVariants('antimony')).toEqual([]);
    // An ending the list does not allow is not a variant ("centred" is, "centrepiece" is not).
    expect(wordVariants('centrepiece')).toEqual([]);
  });

  it('gives the query and its other spellings, the query first, within a limit', () => {
    expect(queryVariants('defence framework')).toEqual(['defence framework', 'defense framework']);
    expect(queryVariants('"defence cooperation"')).toEqual(['"defence cooperation"', '"defense cooperation"']);
    expect(queryVariants('antimony')).toEqual(['antimony']);
    expect(queryVariants('labour defence centre organisation', 4)).toHaveLength(4);
  });

  it('writes a name the other ways an entity is called, when they share no word with it', () => {
    const names = [['Critical Minerals Forum', 'CMF'], ['Ali Pervaiz Malik', 'Malik', 'Mr Malik']];
    expect(aliasQueries('CMF meeting', names)).toEqual(['Critical Minerals Forum meeting']);
    expect(aliasQueries('the critical minerals forum', names)).toEqual(['the CMF']);
    expect(aliasQueries('Mr Malik', names)).toEqual([]);
    // Whole words only: "CMFs" or "ACMF" is not the acronym.
    expect(aliasQueries('ACMF', names)).toEqual([]);
  });

  it('puts the articles first among the best results, then briefings, then index pages, each in their order', () => {
    const ranked = [
      { result: 'washington', kind: 'Place' },
      { result: 'article-a', kind: 'Source' },
      { result: 'briefing', kind: 'Briefing' },
      { result: 'china', kind: 'Place' },
      { result: 'article-b', kind: 'Source' },
    ];
    expect(reportingFirst(ranked, ['later'])).toEqual(['article-a', 'article-b', 'briefing', 'washington', 'china', 'later']);
  });

  it('reads an excerpt as text runs: only <mark> is markup, entities decoded, any other tag kept as text', () => {
    expect(excerptParts('a &lt;b&gt; <mark>rare</mark> <mark>earths</mark> &amp; more')).toEqual([
      { text: 'a <b> ', mark: false },
      { text: 'rare', mark: true },
      { text: ' ', mark: false },
      { text: 'earths', mark: true },
      { text: ' & more', mark: false },
    ]);
    expect(excerptParts('<img src=x onerror=alert(1)>')).toEqual([{ text: '<img src=x onerror=alert(1)>', mark: false }]);
  });
});
