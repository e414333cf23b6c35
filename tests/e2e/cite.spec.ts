/**
 * Citing a source: the "Cite" block (APA, MLA, Chicago, BibTeX, RIS, CSL-JSON
 * of the original article, with this page as its archived copy), a
 * paragraph's citation opened where it is read, copy buttons that copy exactly
 * one reference, the citation metadata in <head>, the original text (raw.txt)
 * and "What we changed".
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { contentPath } from '../../src/lib/paths.ts';
import { citeFacts } from '../../src/lib/csl/facts.ts';
import { sourcePath, sources } from './helpers.ts';
import type { Source } from '../../src/schemas/source.ts';

/** The site URL the build used for absolute URLs (SOURCEBOOK_SITE), or none: then no absolute URL of ours may appear. */
const SITE = process.env.SOURCEBOOK_SITE?.trim() || undefined;
const FORMATS = ['apa', 'mla', 'chicago', 'bibtex', 'ris', 'csl-json'] as const;

async function bySlugPrefix(prefix: string): Promise<Source> {
  const source = (await sources()).find((s) => s.slug.startsWith(prefix));
  if (!source) throw new Error(`no source ${prefix}…`);
  return source;
}

/** The absolute permalink the site writes for a source (site + base + path), or null without a site URL. */
function permalink(baseURL: string, slug: string, fragment = ''): string | null {
  return SITE ? new URL(`${new URL(baseURL).pathname}${sourcePath(slug)}${fragment}`, SITE).href : null;
}

/** The text of each format's <pre> inside the source's cite box. */
async function formats(page: Page): Promise<Record<(typeof FORMATS)[number], string>> {
  const result = {} as Record<(typeof FORMATS)[number], string>;
  for (const id of FORMATS) {
    const pre = page.locator(`#cite-source pre[data-format="${id}"]`);
    await expect(pre).toBeVisible();
    result[id] = (await pre.textContent()) ?? '';
  }
  return result;
}

test.describe('Cite', () => {
  test('the source citation: the original article, its publication and URL, archived here', async ({ page, baseURL }) => {
    const source = await bySlugPrefix('golden-opportunity'); // publisher and URL known, date not stated
    const publisher = source.publisher.value!;
    const url = source.url.value!;
    await page.goto(sourcePath(source.slug));
    await page.getByRole('link', { name: 'Cite', exact: true }).click();
    await page.locator('#cite-source > summary').click();
    const f = await formats(page);

    for (const style of ['apa', 'mla', 'chicago'] as const) {
      // APA writes an article's title in sentence case (proper nouns kept); MLA and Chicago in title case.
      expect(f[style], style).toContain(style === 'apa' ? 'Golden opportunity? Critical minerals trade may strengthen US-Pakistan ties.' : source.title);
      expect(f[style], style).toContain(publisher);
      expect(f[style], style).toContain(url);
      // One reference: the in-text citation is apart, with its own copy button.
      expect(f[style], style).not.toContain('\n');
      expect(f[style], style).not.toContain('example.org');
    }
    const own = permalink(baseURL!, source.slug);
    if (own) expect(f.apa).toContain(`(archived at ${own})`);
    else expect(f.apa).not.toContain('archived at');
    expect(f.apa).toContain('(n.d.)');
    expect(f.apa).not.toContain('Retrieved');
    await expect(page.locator('#cite-source-apa-intext')).toHaveText('(“Golden Opportunity?,” n.d.)');
    expect(f.bibtex).toMatch(/^@article\{[a-z0-9_]+,/);
    expect(f.bibtex).toContain(`journal = {${publisher}}`);
    expect(f.bibtex).toContain(`url = {${url}}`);
    expect(f.ris.split('\n')).toEqual(expect.arrayContaining(['TY  - NEWS', `TI  - ${source.title}`, `T2  - ${publisher}`, `UR  - ${url}`, 'ER  -']));
    const [item] = JSON.parse(f['csl-json']) as Record<string, unknown>[];
    expect(item).toMatchObject({ type: 'article-newspaper', title: source.title, 'title-short': 'Golden Opportunity?', 'container-title': publisher, URL: url, language: source.lang });
    expect(item).not.toHaveProperty('accessed');
    expect(item).not.toHaveProperty('issued');
  });

  test('a source without URL or publisher is cited at its permalink (or without a URL); a republished one says so', async ({ page, baseURL }) => {
    const undated = await bySlugPrefix('pakistan-and-the-united-states'); // nothing known
    await page.goto(sourcePath(undated.slug));
    await page.locator('#cite-source > summary').click();
    let f = await formats(page);
    const own = permalink(baseURL!, undated.slug);
    for (const id of FORMATS) {
      if (own) expect(f[id], id).toContain(own);
      else expect(f[id], id).not.toMatch(/https?:\/\//);
    }
    expect(JSON.parse(f['csl-json'])[0]).not.toHaveProperty('container-title');
    expect(f.bibtex).toMatch(/^@misc\{/);

    const copy = await bySlugPrefix('pakistan-joins'); // dawn.com, republished 2026-02-03, original date unknown
    await page.goto(sourcePath(copy.slug));
    await page.locator('#cite-source > summary').click();
    f = await formats(page);
    expect(f.apa).toContain('(n.d.). dawn.com. Republished February 3, 2026.'); // the publisher's own spelling, not "Dawn.Com"
    expect(f.mla).toContain('Republished 3 Feb. 2026.');
    expect(f.chicago).toContain('n.d.');
    expect(f.chicago).toContain('Republished February 3, 2026.');
    expect(f.bibtex).not.toMatch(/year|month/);
    expect(f.ris).not.toMatch(/^PY /m);
    expect(JSON.parse(f['csl-json'])[0]).not.toHaveProperty('issued');
    // The metadata box labels the date for what it is.
    await expect(page.locator('dl.meta dt', { hasText: /^Republished$/ })).toHaveCount(1);
    await expect(page.locator('dl.meta time')).toHaveCount(0);
  });

  test('a title cut off is labelled, never ends in "…"', async ({ page }) => {
    const source = await bySlugPrefix('a-high-level'); // derived from the opening sentence, cut
    const facts = citeFacts(source, undefined);
    await page.goto(sourcePath(source.slug));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${facts.titleWords} [${facts.titleLabel}]`);
    await expect(page.locator('head meta[name="citation_title"]')).toHaveAttribute('content', facts.title);
    await expect(page).toHaveTitle(new RegExp(`^${facts.title.replace(/[[\]().?*+^$|\\]/g, '\\$&')}`));
    expect(facts.title).not.toContain('…');
    // The same in the home page's list.
    await page.goto('');
    const item = page.locator('li.source-item').filter({ has: page.getByRole('link', { name: facts.titleWords, exact: true }) });
    await expect(item.locator('h2')).toHaveText(`${facts.titleWords} [${facts.titleLabel}]`);
    await expect(page.locator('li.source-item', { hasText: 'Pakistan Joins US Led' })).toContainText('Republished: 3 February 2026');
  });

  test('cite where you read: the control opens the citation beside the paragraph, copies one reference, and returns', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const source = await bySlugPrefix('golden-opportunity');
    const paragraph = source.paragraphs[5]!;
    await page.goto(sourcePath(source.slug));
    const para = page.locator(`p.para[id="${paragraph.id}"]`);
    await para.scrollIntoViewIfNeeded();
    const before = await page.evaluate(() => window.scrollY);
    await para.getByRole('link', { name: `Cite paragraph ${paragraph.n}` }).click();
    await expect(page).toHaveURL(new RegExp(`#cite-${paragraph.id}$`));

    const box = page.locator('details.para-cite-box').filter({ has: page.locator(`[id="cite-${paragraph.id}"]`) });
    await expect(box).toHaveAttribute('open', '');
    const reference = box.locator('pre.cite-text');
    await expect(reference).toBeInViewport();
    await expect(para).toBeInViewport();
    // It opened where the paragraph is: no jump to the end of the page.
    expect(Math.abs((await page.evaluate(() => window.scrollY)) - before)).toBeLessThan((page.viewportSize()?.height ?? 720));

    // APA by default: the reference, archived at the paragraph's permalink when the site has a URL.
    const text = (await reference.textContent()) ?? '';
    expect(text).toContain(citeFacts(source, undefined).sentenceTitle);
    expect(text).not.toContain('\n');
    const url = permalink(baseURL!, source.slug, `#${paragraph.id}`);
    if (url) expect(text).toContain(url);
    const copy = box.getByRole('button', { name: `Copy APA reference for paragraph ${paragraph.n}` });
    await copy.click();
    await expect(copy).toHaveText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);

    // The in-text citation has its own button, with the short title and the paragraph.
    await expect(box.locator('.cite-intext code')).toHaveText(`(“Golden Opportunity?,” n.d., para. ${paragraph.n})`);
    await box.getByRole('button', { name: `Copy APA in-text citation for paragraph ${paragraph.n}` }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`(“Golden Opportunity?,” n.d., para. ${paragraph.n})`);

    // Another format, the same way.
    await box.getByLabel('Format').selectOption('ris');
    const ris = (await reference.textContent()) ?? '';
    expect(ris).toContain(`ID  - ${source.contentHash.slice(0, 8)}-p${paragraph.n}`);
    expect(ris).toContain('TY  - NEWS');

    // Back to the paragraph.
    await box.getByRole('link', { name: `Back to paragraph ${paragraph.n}` }).click();
    await expect(box).not.toHaveAttribute('open', '');
    await expect(para).toBeInViewport();
    await expect(page).toHaveURL(new RegExp(`#${paragraph.id}$`));
    await expect(para.getByRole('link', { name: `Cite paragraph ${paragraph.n}` })).toBeFocused();
  });

  test('a #cite-p-… link opens that paragraph’s citation', async ({ page }) => {
    const source = await bySlugPrefix('golden-opportunity');
    const paragraph = source.paragraphs[1]!;
    await page.goto(`${sourcePath(source.slug)}#cite-${paragraph.id}`);
    const body = page.locator(`[id="cite-${paragraph.id}"]`);
    await expect(body).toBeInViewport();
    await expect(body.locator('pre.cite-text')).toContainText(citeFacts(source, undefined).sentenceTitle);
    await expect(body.locator('.cite-intext code')).toContainText(`para. ${paragraph.n})`);
  });

  test('on a phone: the first paragraph is in the first screen, the metadata folded, the cite control 44 × 44 px', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 667 });
    for (const source of await sources()) {
      await page.goto(sourcePath(source.slug));
      await expect(page.locator('details.source-about'), source.slug).not.toHaveAttribute('open', '');
      await expect(page.locator('p.para').first(), source.slug).toBeInViewport();
      const control = await page.locator('a.para-cite').first().boundingBox();
      expect(control!.width, source.slug).toBeGreaterThanOrEqual(44);
      expect(control!.height, source.slug).toBeGreaterThanOrEqual(44);
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(sourcePath((await sources())[0]!.slug));
    await expect(page.locator('details.source-about')).toHaveAttribute('open', '');
  });

  test('a copy button puts exactly the source’s reference on the clipboard', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const source = await bySlugPrefix('golden-opportunity');
    await page.goto(sourcePath(source.slug));
    await page.locator('#cite-source > summary').click();
    for (const [button, id] of [['Copy APA reference', '#cite-source-apa'], ['Copy BibTeX reference', '#cite-source-bibtex'], ['Copy MLA in-text citation', '#cite-source-mla-intext']] as const) {
      await page.locator('#cite-source').getByRole('button', { name: button, exact: true }).click();
      expect(await page.evaluate(() => navigator.clipboard.readText()), button).toBe(await page.locator(id).textContent());
    }
  });

  test('no placeholder host and, without a site URL, no absolute URL of ours on any source page', async ({ page }) => {
    for (const source of await sources()) {
      const html = await (await page.request.get(sourcePath(source.slug))).text();
      expect(html, source.slug).not.toContain('example.org');
      if (!SITE) {
        expect(html, source.slug).not.toContain('rel="canonical"');
        expect(html, source.slug).not.toMatch(/https?:\/\/(127\.0\.0\.1|localhost)/);
      }
    }
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the citations are there and readable; a #cite-p-… link still opens its paragraph’s box', async ({ page }) => {
      const source = await bySlugPrefix('golden-opportunity');
      await page.goto(sourcePath(source.slug));
      await page.locator('#cite-source > summary').click();
      await expect(page.locator('#cite-source pre[data-format="mla"]')).toContainText(source.title);
      await expect(page.locator('#cite-source button')).toHaveCount(0);
      const paragraph = source.paragraphs[3]!;
      await page.goto(`${sourcePath(source.slug)}#cite-${paragraph.id}`);
      const body = page.locator(`[id="cite-${paragraph.id}"]`);
      await expect(body).toBeVisible();
      await expect(body.getByRole('link', { name: 'Every format' })).toHaveAttribute('href', '#cite-source');
      await expect(body.getByRole('link', { name: `Back to paragraph ${paragraph.n}` })).toHaveAttribute('href', `#${paragraph.id}`);
    });
  });

  test('citations and the change log are kept out of the search index', async ({ page }) => {
    const source = await bySlugPrefix('golden-opportunity');
    await page.goto(sourcePath(source.slug));
    for (const selector of ['#cite', '#changes', 'details.para-cite-box']) {
      await expect(page.locator(`article[data-pagefind-body] ${selector}`).first()).toHaveAttribute('data-pagefind-ignore', '');
    }
  });
});

test.describe('citation metadata in <head>', () => {
  async function jsonLd(page: Page): Promise<Record<string, unknown>> {
    const text = await page.locator('script[type="application/ld+json"]').textContent();
    return JSON.parse(text ?? '') as Record<string, unknown>;
  }
  const meta = (page: Page, name: string) => page.locator(`head meta[name="${name}"]`);

  test('a source with a known URL: the original article, filed as a newspaper article, archived here', async ({ page, baseURL }) => {
    const source = await bySlugPrefix('golden-opportunity');
    const own = permalink(baseURL!, source.slug);
    await page.goto(sourcePath(source.slug));
    await expect(meta(page, 'citation_title')).toHaveAttribute('content', source.title);
    await expect(meta(page, 'citation_publisher')).toHaveAttribute('content', source.publisher.value!);
    await expect(meta(page, 'prism.publicationName')).toHaveAttribute('content', source.publisher.value!);
    // Zotero would file any page with citation_journal_title as a journal article.
    await expect(meta(page, 'citation_journal_title')).toHaveCount(0);
    await expect(meta(page, 'citation_public_url')).toHaveAttribute('content', source.url.value!);
    await expect(meta(page, 'citation_language')).toHaveAttribute('content', source.lang);
    await expect(meta(page, 'citation_publication_date')).toHaveCount(0);
    await expect(meta(page, 'DC.title')).toHaveAttribute('content', source.title);
    await expect(meta(page, 'DC.type')).toHaveAttribute('content', 'News Item');
    await expect(meta(page, 'DC.source')).toHaveCount(0);
    await expect(meta(page, 'DC.language')).toHaveAttribute('content', source.lang);
    await expect(page.locator('head meta[property="og:type"]')).toHaveAttribute('content', 'article');
    await expect(page.locator('head meta[property="og:site_name"]')).toHaveCount(0);
    if (own) {
      await expect(page.locator('head meta[property="og:url"]')).toHaveAttribute('content', own);
      await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute('href', own);
    } else {
      await expect(page.locator('head link[rel="canonical"]')).toHaveCount(0);
    }

    const ld = await jsonLd(page);
    expect(ld).toMatchObject({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: source.title, inLanguage: source.lang, url: source.url.value, publisher: { '@type': 'Organization', name: source.publisher.value } });
    if (own) expect(ld).toMatchObject({ archivedAt: own, mainEntityOfPage: own });
    expect(ld).not.toHaveProperty('datePublished');
  });

  test('a source with nothing known states nothing it does not know', async ({ page }) => {
    const source = await bySlugPrefix('pakistan-and-the-united-states');
    await page.goto(sourcePath(source.slug));
    await expect(meta(page, 'citation_title')).toHaveAttribute('content', source.title);
    for (const name of ['citation_publication_date', 'citation_publisher', 'citation_journal_title', 'citation_author', 'prism.publicationName', 'DC.date', 'DC.publisher', 'DC.source']) {
      await expect(meta(page, name), name).toHaveCount(0);
    }
    await expect(page.locator('head meta[property="article:published_time"]')).toHaveCount(0);
    // Nothing a citation tool would take for the article's date either (Zotero reads the first <time datetime>).
    await expect(page.locator('time[datetime]')).toHaveCount(0);
    const ld = await jsonLd(page);
    expect(ld.headline).toBe(source.title);
    for (const key of ['datePublished', 'publisher', 'isBasedOn']) expect(ld).not.toHaveProperty(key);
  });

  test('a date known only as the republication date is not given as the publication date', async ({ page }) => {
    const source = await bySlugPrefix('pakistan-joins');
    await page.goto(sourcePath(source.slug));
    await expect(meta(page, 'citation_publication_date')).toHaveCount(0);
    await expect(meta(page, 'DC.date')).toHaveCount(0);
    await expect(page.locator('head meta[property="article:published_time"]')).toHaveCount(0);
    await expect(page.locator('time[datetime]')).toHaveCount(0);
    expect(await jsonLd(page)).not.toHaveProperty('datePublished');
  });

  test('the JSON-LD and citation data blocks cannot be closed by a value: "<" is escaped', async ({ page }) => {
    for (const source of await sources()) {
      const response = await page.request.get(sourcePath(source.slug));
      const html = await response.text();
      for (const type of ['application\\/ld\\+json', 'application\\/json']) {
        const block = new RegExp(`<script type="${type}"[^>]*>([\\s\\S]*?)<\\/script>`).exec(html)?.[1] ?? '';
        expect(block.length).toBeGreaterThan(0);
        expect(block).not.toContain('<');
      }
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
    // The only date known is when this copy was republished (the text credits dawn.com as its source).
    await expect(dd('Republished')).toContainText('3 February 2026 (date of this copy; the original’s date is not stated)');
    await expect(dd('Republished')).toContainText('from the editor’s notes');
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
    await expect(section.locator('li.change-group[data-rule="source-line"] h3')).toContainText('A "Source:" line naming where the article comes from (this text is a copy of it) (1 change)');

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
