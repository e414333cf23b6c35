/**
 * Citing a source: the "Cite" block (APA, MLA, Chicago, BibTeX, RIS, CSL-JSON
 * for the source and for each paragraph), copy buttons, the citation metadata
 * in <head>, the original text (raw.txt) and "What we changed".
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { contentPath } from '../../src/lib/paths.ts';
import { sourcePath, sources } from './helpers.ts';
import type { Source } from '../../src/schemas/source.ts';

/** The `site` the build used for absolute URLs (astro.config.mjs). */
const SITE = process.env.SOURCEBOOK_SITE ?? 'https://example.org';
const FORMATS = ['apa', 'mla', 'chicago', 'bibtex', 'ris', 'csl-json'] as const;

async function bySlugPrefix(prefix: string): Promise<Source> {
  const source = (await sources()).find((s) => s.slug.startsWith(prefix));
  if (!source) throw new Error(`no source ${prefix}…`);
  return source;
}

/** The absolute permalink the site writes for a source (site + base + path). */
function permalink(baseURL: string, slug: string, fragment = ''): string {
  return new URL(`${new URL(baseURL).pathname}${sourcePath(slug)}${fragment}`, SITE).href;
}

/** The text of each format's <pre> inside a cite box. */
async function formats(page: Page, box: string): Promise<Record<(typeof FORMATS)[number], string>> {
  const result = {} as Record<(typeof FORMATS)[number], string>;
  for (const id of FORMATS) {
    const pre = page.locator(`${box} pre[data-format="${id}"]`);
    await expect(pre).toBeVisible();
    result[id] = (await pre.textContent()) ?? '';
  }
  return result;
}

test.describe('Cite', () => {
  test('the source citation in every format, with title, publisher and original URL', async ({ page }) => {
    const source = await bySlugPrefix('golden-opportunity'); // publisher and URL known, date not stated
    const publisher = source.publisher.value!;
    const url = source.url.value!;
    await page.goto(sourcePath(source.slug));
    await page.getByRole('link', { name: 'Cite', exact: true }).click();
    await page.locator('#cite-source > summary').click();
    const f = await formats(page, '#cite-source');

    for (const style of ['apa', 'mla', 'chicago'] as const) {
      expect(f[style], style).toContain(source.title);
      expect(f[style], style).toContain(publisher);
      expect(f[style], style).toContain(url);
    }
    expect(f.apa).toContain('(n.d.)');
    expect(f.bibtex).toMatch(/^@article\{[a-z0-9_]+,/);
    expect(f.bibtex).toContain(`journal = {${publisher}}`);
    expect(f.bibtex).toContain(`url = {${url}}`);
    expect(f.ris.split('\n')).toEqual(expect.arrayContaining(['TY  - NEWS', `TI  - ${source.title}`, `T2  - ${publisher}`, `UR  - ${url}`, 'ER  -']));
    const [item] = JSON.parse(f['csl-json']) as Record<string, unknown>[];
    expect(item).toMatchObject({ type: 'article-newspaper', title: source.title, 'container-title': publisher, URL: url, language: source.lang });
    expect(item).not.toHaveProperty('accessed');
    expect(item).not.toHaveProperty('issued');
  });

  test('a source without URL or publisher is cited at its permalink; a dated one with its date', async ({ page, baseURL }) => {
    const undated = await bySlugPrefix('pakistan-and-the-united-states'); // nothing known
    await page.goto(sourcePath(undated.slug));
    await page.locator('#cite-source > summary').click();
    let f = await formats(page, '#cite-source');
    const own = permalink(baseURL!, undated.slug);
    for (const id of FORMATS) expect(f[id], id).toContain(own);
    expect(JSON.parse(f['csl-json'])[0]).not.toHaveProperty('container-title');

    const dated = await bySlugPrefix('pakistan-joins'); // 2026-02-03, dawn.com
    await page.goto(sourcePath(dated.slug));
    await page.locator('#cite-source > summary').click();
    f = await formats(page, '#cite-source');
    expect(f.apa).toContain('(2026, February 3)');
    expect(f.apa).toContain('dawn.com'); // the publisher's own spelling, not "Dawn.Com"
    expect(f.mla).toContain('3 Feb. 2026');
    expect(f.chicago).toContain('February 3, 2026');
    expect(f.bibtex).toContain('year = {2026}');
    expect(f.ris).toContain('PY  - 2026');
    expect(JSON.parse(f['csl-json'])[0].issued).toEqual({ 'date-parts': [[2026, 2, 3]] });
  });

  test('a paragraph citation names the paragraph and its permalink; the gutter link opens it', async ({ page, baseURL }) => {
    const source = await bySlugPrefix('golden-opportunity');
    const paragraph = source.paragraphs[1]!;
    const url = permalink(baseURL!, source.slug, `#${paragraph.id}`);
    await page.goto(sourcePath(source.slug));
    await page.locator(`p[id="${paragraph.id}"]`).getByRole('link', { name: `Cite paragraph ${paragraph.n}` }).click();
    await expect(page).toHaveURL(new RegExp(`#cite-${paragraph.id}$`));
    const box = `[id="cite-${paragraph.id}"]`;
    await expect(page.locator(box)).toHaveAttribute('open', '');
    const f = await formats(page, box);

    for (const id of FORMATS) expect(f[id], id).toContain(url);
    for (const style of ['apa', 'mla', 'chicago'] as const) {
      expect(f[style], style).toContain(source.title);
      expect(f[style], style).toContain(source.publisher.value!);
    }
    expect(f.apa).toContain(`para. ${paragraph.n})`);
    expect(f.chicago).toContain(`para. ${paragraph.n}.`);
    expect(f.ris).toContain(`N1  - Paragraph ${paragraph.n}`);
    expect(JSON.parse(f['csl-json'])[0]).toMatchObject({ URL: url, note: `Paragraph ${paragraph.n}` });
    // The "Cites" link goes to the paragraph on this page.
    await page.locator(box).getByRole('link', { name: url }).click();
    await expect(page).toHaveURL(new RegExp(`#${paragraph.id}$`));
  });

  test('a copy button puts the citation on the clipboard', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const source = await bySlugPrefix('golden-opportunity');
    const paragraph = source.paragraphs[0]!;
    await page.goto(`${sourcePath(source.slug)}#cite-${paragraph.id}`);
    const box = page.locator(`[id="cite-${paragraph.id}"]`);
    const button = box.getByRole('button', { name: 'Copy BibTeX citation' });
    await expect(button).toBeVisible();
    await button.click();
    await expect(button).toHaveText('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await box.locator('pre[data-format="bibtex"]').textContent());
    expect(copied).toContain(`#${paragraph.id}`);

    await page.locator('#cite-source > summary').click();
    await page.locator('#cite-source').getByRole('button', { name: 'Copy APA citation' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.locator('#cite-source pre[data-format="apa"]').textContent());
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the citations are there and readable, without copy buttons', async ({ page }) => {
      const source = await bySlugPrefix('golden-opportunity');
      await page.goto(sourcePath(source.slug));
      await page.locator('#cite-source > summary').click();
      await expect(page.locator('#cite-source pre[data-format="apa"]')).toContainText(source.title);
      await expect(page.locator('#cite-source button')).toHaveCount(6);
      await expect(page.locator('#cite-source button:visible')).toHaveCount(0);
    });
  });

  test('citations and the change log are kept out of the search index', async ({ page }) => {
    const source = await bySlugPrefix('golden-opportunity');
    await page.goto(sourcePath(source.slug));
    for (const selector of ['#cite', '#changes']) {
      await expect(page.locator(`article[data-pagefind-body] ${selector}`)).toHaveAttribute('data-pagefind-ignore', '');
    }
  });
});

test.describe('citation metadata in <head>', () => {
  async function jsonLd(page: Page): Promise<Record<string, unknown>> {
    const text = await page.locator('script[type="application/ld+json"]').textContent();
    return JSON.parse(text ?? '') as Record<string, unknown>;
  }
  const meta = (page: Page, name: string) => page.locator(`head meta[name="${name}"]`);

  test('a source with a known URL: Highwire, Dublin Core, OpenGraph and JSON-LD with isBasedOn', async ({ page, baseURL }) => {
    const source = await bySlugPrefix('golden-opportunity');
    const own = permalink(baseURL!, source.slug);
    await page.goto(sourcePath(source.slug));
    await expect(meta(page, 'citation_title')).toHaveAttribute('content', source.title);
    await expect(meta(page, 'citation_publisher')).toHaveAttribute('content', source.publisher.value!);
    await expect(meta(page, 'citation_journal_title')).toHaveAttribute('content', source.publisher.value!);
    await expect(meta(page, 'citation_public_url')).toHaveAttribute('content', own);
    await expect(meta(page, 'citation_language')).toHaveAttribute('content', source.lang);
    await expect(meta(page, 'citation_publication_date')).toHaveCount(0);
    await expect(meta(page, 'DC.title')).toHaveAttribute('content', source.title);
    await expect(meta(page, 'DC.type')).toHaveAttribute('content', 'Text');
    await expect(meta(page, 'DC.source')).toHaveAttribute('content', source.url.value!);
    await expect(meta(page, 'DC.language')).toHaveAttribute('content', source.lang);
    await expect(page.locator('head meta[property="og:type"]')).toHaveAttribute('content', 'article');
    await expect(page.locator('head meta[property="og:url"]')).toHaveAttribute('content', own);
    await expect(page.locator('head meta[property="og:site_name"]')).toHaveAttribute('content', 'Sourcebook');
    await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute('href', own);

    const ld = await jsonLd(page);
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: source.title,
      inLanguage: source.lang,
      isBasedOn: source.url.value,
      url: own,
      publisher: { '@type': 'Organization', name: source.publisher.value },
    });
    expect(ld).not.toHaveProperty('datePublished');
  });

  test('a source with nothing known states nothing it does not know', async ({ page }) => {
    const source = await bySlugPrefix('pakistan-and-the-united-states');
    await page.goto(sourcePath(source.slug));
    await expect(meta(page, 'citation_title')).toHaveAttribute('content', source.title);
    for (const name of ['citation_publication_date', 'citation_publisher', 'citation_journal_title', 'citation_author', 'DC.date', 'DC.publisher', 'DC.source']) {
      await expect(meta(page, name), name).toHaveCount(0);
    }
    await expect(page.locator('head meta[property="article:published_time"]')).toHaveCount(0);
    const ld = await jsonLd(page);
    expect(ld.headline).toBe(source.title);
    for (const key of ['datePublished', 'publisher', 'isBasedOn']) expect(ld).not.toHaveProperty(key);
  });

  test('a dated source has its date in each vocabulary', async ({ page }) => {
    const source = await bySlugPrefix('pakistan-joins');
    await page.goto(sourcePath(source.slug));
    await expect(meta(page, 'citation_publication_date')).toHaveAttribute('content', '2026/02/03');
    await expect(meta(page, 'DC.date')).toHaveAttribute('content', '2026-02-03');
    await expect(page.locator('head meta[property="article:published_time"]')).toHaveAttribute('content', '2026-02-03');
    expect((await jsonLd(page)).datePublished).toBe('2026-02-03');
  });

  test('the JSON-LD block cannot be closed by a value: "<" is escaped', async ({ page }) => {
    for (const source of await sources()) {
      const response = await page.request.get(sourcePath(source.slug));
      const html = await response.text();
      const block = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
      expect(block.length).toBeGreaterThan(0);
      expect(block).not.toContain('<');
    }
  });
});

test.describe('source header', () => {
  test('every value says where it came from; unknown ones say so', async ({ page }) => {
    const source = await bySlugPrefix('us-turns-to-pakistan'); // publisher, date, dateline and URL unknown
    await page.goto(sourcePath(source.slug));
    const dd = (label: string) => page.locator('dl.meta dt', { hasText: new RegExp(`^${label}$`) }).locator('xpath=following-sibling::dd[1]');
    await expect(dd('Title')).toContainText(source.title);
    await expect(dd('Title')).toContainText('from the article’s headline');
    for (const label of ['Publisher', 'Date', 'Dateline', 'Original URL']) await expect(dd(label)).toHaveText('not stated in the source');
    await expect(dd('Language')).toContainText('English (en)');

    const dated = await bySlugPrefix('pakistan-joins');
    await page.goto(sourcePath(dated.slug));
    await expect(dd('Date')).toContainText('3 February 2026');
    await expect(dd('Date')).toContainText('from the editor’s notes');
    await expect(dd('Publisher')).toContainText('dawn.com');
    await expect(dd('Publisher')).toContainText('from the article text');
    await expect(dd('Dateline')).toContainText('ISLAMABAD');
  });
});

test.describe('the original text and what we changed', () => {
  test('raw.txt serves the text as received, linked from the page', async ({ page }) => {
    for (const source of await sources()) {
      const response = await page.request.get(`${sourcePath(source.slug)}raw.txt`);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toMatch(/^text\/plain/);
      expect(await response.text()).toBe(await readFile(contentPath('raw', `${source.slug}.txt`), 'utf8'));
    }
    const source = await bySlugPrefix('golden-opportunity');
    await page.goto(sourcePath(source.slug));
    await page.getByRole('link', { name: 'Original text as received', exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/sources/${source.slug}/raw\\.txt$`));
    await expect(page.locator('body')).toContainText('This holiday season, give to:');
  });

  test('the ingest log is grouped by rule, with descriptions, counts and before → after', async ({ page }) => {
    const source = await bySlugPrefix('pakistan-joins');
    const runTogether = source.changes.filter((c) => c.rule === 'run-together');
    await page.goto(`${sourcePath(source.slug)}#changes`);
    const section = page.locator('section#changes');
    await expect(section.getByRole('heading', { name: 'What we changed' })).toBeVisible();
    const group = section.locator('li.change-group[data-rule="run-together"]');
    await expect(group.getByRole('heading', { level: 3 })).toHaveText(`Words run together where a line break was lost are split (${runTogether.length} changes)`);
    await expect(group.locator('ol.change-items > li')).toHaveCount(runTogether.length);
    await expect(group.locator('ol.change-items > li').first()).toHaveText(`${runTogether[0]!.before} → ${runTogether[0]!.after}`);
    await expect(section.locator('li.change-group')).toHaveCount(new Set(source.changes.map((c) => c.rule)).size);
    await expect(section.locator('li.change-group[data-rule="source-line"] h3')).toContainText('A "Source:" line naming where the article comes from (1 change)');

    // A long removal is collapsed, and opens to the full text.
    const golden = await bySlugPrefix('golden-opportunity');
    const appeal = golden.changes.find((c) => c.rule === 'donation-appeal')!;
    await page.goto(`${sourcePath(golden.slug)}#changes`);
    const details = page.locator('li.change-group[data-rule="donation-appeal"] details');
    await expect(details.locator('pre')).toBeHidden();
    await details.locator('summary').click();
    await expect(details.locator('pre')).toHaveText(appeal.before);

    // An article the cleaner did not touch says so.
    const clean = await bySlugPrefix('pakistan-and-the-united-states');
    await page.goto(`${sourcePath(clean.slug)}#changes`);
    await expect(page.locator('section#changes')).toContainText('The cleaner changed nothing in this article');
  });

  test('embedded posts lifted out of the text are listed', async ({ page }) => {
    const source = (await sources()).find((s) => s.embeds.length > 0);
    test.skip(!source, 'needs a source with an embedded post');
    await page.goto(`${sourcePath(source!.slug)}#changes`);
    await expect(page.locator('section#changes')).toContainText(`1 embedded social post was lifted out of the text and shown apart, attributed to ${source!.embeds[0]!.author}`);
  });
});
