import { statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { loadKnowledge } from '../../src/lib/knowledge/index.ts';
import { sourcePath, sources, sourcesMentioning } from './helpers.ts';

const resultLinks = 'pagefind-results a.pf-result-link';

/** Pathnames of the result links shown. */
function resultPaths(page: Page): Promise<string[]> {
  return page.locator(resultLinks).evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** Full hrefs of the result links shown. */
function resultHrefs(page: Page): Promise<string[]> {
  return page.locator(resultLinks).evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
}

/** Scroll until every result is drawn (Pagefind draws results as they come into view). */
async function showAllResults(page: Page): Promise<void> {
  await expect(page.locator('pagefind-results .pf-result').first()).toBeVisible();
  await expect(async () => {
    await page.locator('pagefind-results .pf-result').last().scrollIntoViewIfNeeded();
    expect(await page.locator('pagefind-results .pf-skeleton').count()).toBe(0);
  }).toPass();
}

/** The site-relative pathname of a page, under the base the site was built with. */
const under = (baseURL: string | undefined, path: string) => new URL(path, baseURL).pathname;

test.describe('search', () => {
  test('?q=antimony&kind=source finds exactly the sources that mention it and opens one', async ({ page, baseURL }) => {
    const expected = await sourcesMentioning('antimony');
    expect(expected.length, 'the sample content should mention antimony').toBeGreaterThan(0);

    await page.goto('search/?q=antimony&kind=source');
    const input = page.getByRole('searchbox', { name: 'Search the sources' });
    await expect(input).toHaveValue('antimony');
    await expect(page.getByLabel('Kind of page')).toHaveValue('source');

    const results = page.locator(resultLinks);
    await showAllResults(page);
    await expect(results).toHaveCount(expected.length);
    await expect(page.locator('pagefind-summary')).toContainText(`${expected.length} result`);
    // Result links point at the source pages, under the site's base path.
    expect((await resultPaths(page)).sort()).toEqual(expected.map((s) => under(baseURL, sourcePath(s.slug))).sort());
    // Each result says what it is, and who published it when the source says.
    for (const source of expected) {
      const item = page.locator('.sb-result', { has: page.locator(`a.pf-result-link[href*="/sources/${source.slug}/"]`) });
      await expect(item.locator('.sb-result-kind')).toHaveText('Source');
      if (source.publisher.value) await expect(item.locator('.sb-result-publisher')).toHaveText(source.publisher.value);
    }

    const firstTitle = (await results.first().textContent())?.trim() ?? '';
    await results.first().click();
    await expect(page).toHaveURL(/\/sources\/[a-z0-9-]+\/\?highlight=antimony#p-[0-9a-f]{8}/);
    await expect(page.locator('article[data-pagefind-body]')).toContainText(/antimony/i);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(firstTitle);
  });

  test('without a kind filter, briefings that mention a word are found too', async ({ page, baseURL }) => {
    const sourcesWith = await sourcesMentioning('antimony');
    await page.goto('search/?q=antimony');
    await expect(page.locator(resultLinks).first()).toBeVisible();
    await page.getByLabel('Kind of page').selectOption('briefing');
    await expect(page).toHaveURL(/[?&]kind=briefing(&|$)/);
    await showAllResults(page);
    const briefings = await resultPaths(page);
    expect(briefings.length).toBeGreaterThan(0);
    for (const path of briefings) expect(path).toMatch(new RegExp(`^${under(baseURL, 'briefings/')}[a-z0-9-]+/$`));
    await expect(page.locator('.sb-result-kind').first()).toHaveText('Briefing');
    // Back to every kind: the sources are among the results again.
    await page.getByLabel('Kind of page').selectOption('');
    await expect(page).not.toHaveURL(/[?&]kind=/);
    await expect(page.locator('pagefind-summary')).toContainText(/\d+ results/);
    const count = Number((await page.locator('pagefind-summary').textContent())?.match(/(\d+) results/)?.[1] ?? 0);
    expect(count).toBeGreaterThanOrEqual(sourcesWith.length + briefings.length);
  });

  test('“Reko Diq” finds the source made from seed 003', async ({ page, baseURL }) => {
    const seed = (await sources()).find((s) => s.file === '003_1967e6590f57c097.txt');
    expect(seed, 'seed 003 is in the content').toBeTruthy();
    await page.goto('search/');
    await page.getByRole('searchbox', { name: 'Search the sources' }).fill('Reko Diq');
    await expect(page).toHaveURL(/[?&]q=Reko(\+|%20)Diq(&|$)/);
    await page.getByLabel('Kind of page').selectOption('source');
    await showAllResults(page);
    expect(await resultPaths(page)).toContain(under(baseURL, sourcePath(seed!.slug)));
  });

  test('typing a query shows results and keeps ?q= in the address', async ({ page }) => {
    await page.goto('search/?kind=source');
    const input = page.getByRole('searchbox', { name: 'Search the sources' });
    await expect(input).toHaveValue('');
    await input.fill('Strayer');
    await expect(page).toHaveURL(/[?&]q=Strayer(&|$)/);
    await expect(page).toHaveURL(/[?&]kind=source(&|$)/);
    await expect(page.locator('pagefind-summary')).toContainText('for Strayer');
    await showAllResults(page);
    const expected = await sourcesMentioning('Strayer');
    await expect(page.locator(resultLinks)).toHaveCount(expected.length);
  });

  test('a publisher filter narrows the results and is kept in the address', async ({ page }) => {
    const all = await sourcesMentioning('minerals');
    const publishers = [...new Set(all.map((s) => s.publisher.value).filter((p): p is string => Boolean(p)))];
    expect(publishers.length, 'the sample content names a publisher').toBeGreaterThan(0);
    const publisher = publishers[0]!;
    const expected = all.filter((s) => s.publisher.value === publisher);
    expect(expected.length).toBeLessThan(all.length);

    await page.goto('search/?q=minerals&kind=source');
    await showAllResults(page);
    await expect(page.locator(resultLinks)).toHaveCount(all.length);
    const filter = page.getByLabel('Publisher');
    await expect(filter.locator('option', { hasText: publisher })).toHaveCount(1);
    await filter.selectOption(publisher);
    await expect(page.locator('pagefind-summary')).toContainText(`${expected.length} result`);
    await showAllResults(page);
    await expect(page.locator(resultLinks)).toHaveCount(expected.length);
    await expect(page).toHaveURL(new RegExp(`[?&]publisher=${encodeURIComponent(publisher).replace(/%20/g, '(\\+|%20)')}(&|$)`));
    for (const item of await page.locator('.sb-result-publisher').all()) await expect(item).toHaveText(publisher);
  });

  test('a result lands on the paragraph that matches, with the words marked', async ({ page }) => {
    await page.goto('search/?q=antimony&kind=source');
    const first = page.locator(resultLinks).first();
    await expect(first).toBeVisible();
    await expect(first).toHaveAttribute('href', /\?highlight=antimony#p-[0-9a-f]{8}(-\d+)?$/);
    await first.click();
    await expect(page).toHaveURL(/#p-[0-9a-f]{8}/);
    const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
    const target = page.locator(`[id="${id}"]`);
    await expect(target).toHaveClass(/\bpara\b/);
    await expect(target).toContainText(/antimony/i);
    const mark = target.locator('mark.pagefind-highlight').first();
    await expect(mark).toBeVisible();
    await expect(mark).toHaveText(/antimony/i);
    await expect(mark).toBeInViewport();
    // The paragraph's permalink and number are not marked (they are not search text).
    await expect(target.locator('.para-marker mark')).toHaveCount(0);
  });

  test('a linked search reproduces its results, filters and order', async ({ page, browser }) => {
    await page.goto('search/?q=minerals&kind=source&sort=newest');
    await showAllResults(page);
    const expected = (await sourcesMentioning('minerals')).length;
    await expect(page.locator(resultLinks)).toHaveCount(expected);
    const hrefs = await resultHrefs(page);
    // Newest first; undated sources last.
    const dates = await page.locator('.sb-result').evaluateAll((items) => items.map((li) => li.querySelector('time')?.getAttribute('datetime') ?? ''));
    const dated = dates.filter(Boolean);
    expect(dated).toEqual([...dated].sort().reverse());
    expect(dates.slice(0, dated.length)).toEqual(dated);

    const link = page.url();
    const other = await browser.newPage();
    await other.goto(link);
    await expect(other.getByRole('searchbox', { name: 'Search the sources' })).toHaveValue('minerals');
    await expect(other.getByLabel('Kind of page')).toHaveValue('source');
    await expect(other.getByLabel('Order')).toHaveValue('newest');
    await showAllResults(other);
    await expect(other.locator(resultLinks)).toHaveCount(expected);
    expect(await resultHrefs(other)).toEqual(hrefs);
    await other.close();
  });

  test('a filter with no words lists everything it matches', async ({ page }) => {
    const expected = (await sources()).length;
    await page.goto('search/?kind=source');
    await showAllResults(page);
    await expect(page.locator(resultLinks)).toHaveCount(expected);
  });

  test('a query with no matches says so', async ({ page }) => {
    await page.goto('search/?q=zzyzxqqq');
    await expect(page.locator('pagefind-summary')).toContainText(/no results/i);
    await expect(page.locator(resultLinks)).toHaveCount(0);
  });

  test('an entity is found by any of its other names', async ({ page, baseURL }) => {
    const knowledge = await loadKnowledge();
    // Aliases that are not just a part of the canonical name, e.g. `CMF` for Critical Minerals Forum.
    const cases = knowledge.entities
      .filter((e) => e.registered)
      .flatMap((e) => e.aliases.filter((a) => /^[A-Z]{3,}$/.test(a) && !e.name.includes(a)).map((alias) => ({ entity: e, alias })))
      .slice(0, 4);
    expect(cases.length, 'the registry gives some entities an acronym').toBeGreaterThan(0);
    await page.goto('search/');
    await expect(page.getByRole('searchbox', { name: 'Search the sources' })).toBeVisible();
    for (const { entity, alias } of cases) {
      // Every result of the index, not only those scrolled into view.
      const urls = await page.evaluate(async ({ bundle, alias }) => {
        const pagefind = (await import(bundle)) as {
          search(q: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
        };
        const search = await pagefind.search(alias);
        return Promise.all(search.results.map(async (r) => new URL((await r.data()).url, location.href).pathname));
      }, { bundle: new URL('pagefind/pagefind.js', baseURL).href, alias });
      expect(urls, `“${alias}” finds ${entity.name}`).toContain(under(baseURL, entity.path.replace(/^\//, '')));
    }
  });

  // What a reader types, and words the paragraph they land on must contain (the examples on the seeds).
  for (const { q, words } of [
    { q: 'rare earths', words: ['rare earths'] },
    { q: 'Reko Diq', words: ['Reko Diq'] },
    { q: '$500 million', words: ['$500 million'] },
    { q: 'Aurangzeb', words: ['Aurangzeb'] },
  ]) {
    test(`“${q}”: the first result is an article’s paragraph with the words, before any index page`, async ({ page, baseURL }) => {
      expect((await sourcesMentioning(words[0]!)).length, `the seeds say “${words[0]}”`).toBeGreaterThan(0);
      await page.goto(`search/?q=${encodeURIComponent(q)}`);
      const first = page.locator('.sb-result').first();
      await expect(first.locator('.sb-result-kind')).toHaveText('Source');
      const href = await first.locator('a.pf-result-link').getAttribute('href');
      expect(href).toMatch(new RegExp(`^${under(baseURL, 'sources/')}[a-z0-9-]+/\\?highlight=[^#]+#p-[0-9a-f]{8}`));
      // Its excerpt is the article's text (no page furniture such as "¶ 2" or "mentions in 1 source").
      await expect(first.locator('.pf-result-excerpt')).not.toContainText(/¶|mentions? in \d+ source/);
      // Every index page (person, place, …) comes after every article found.
      const kinds = await page.locator('.sb-result-kind').allTextContents();
      const lastSource = kinds.lastIndexOf('Source');
      expect(kinds.slice(0, lastSource + 1).filter((k) => k !== 'Source' && k !== 'Briefing'), kinds.join(', ')).toEqual([]);
      await page.goto(href!);
      const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
      const text = (await page.locator(`[id="${id}"] .para-text`).textContent()) ?? '';
      for (const w of words) expect(text.toLowerCase(), `paragraph ${id}`).toContain(w.toLowerCase());
    });
  }

  test('a word in the other spelling finds the article: “defence framework” finds “defense framework”', async ({ page, baseURL }) => {
    const american = await sourcesMentioning('defense framework');
    expect(american.length, 'a seed says “defense framework”').toBeGreaterThan(0);
    await page.goto('search/?q=defence+framework');
    await showAllResults(page);
    const paths = await resultPaths(page);
    for (const source of american) expect(paths).toContain(under(baseURL, sourcePath(source.slug)));
    // The result lands on the paragraph, with the words as that article spells them marked.
    const item = page.locator('.sb-result', { has: page.locator(`a.pf-result-link[href*="/sources/${american[0]!.slug}/"]`) });
    await expect(item.locator('.pf-result-excerpt mark').first()).toHaveText(/defense/i);
    // The address keeps what the reader typed.
    await expect(page).toHaveURL(/[?&]q=defence(\+|%20)framework(&|$)/);
  });

  test('an entity’s other name finds the articles that use its full name: “CMF” finds “Critical Minerals Forum”', async ({ page, baseURL }) => {
    const full = await sourcesMentioning('Critical Minerals Forum');
    const acronymOnly = await sourcesMentioning('CMF');
    expect(full.some((s) => !acronymOnly.includes(s)), 'a seed names the forum without its acronym').toBe(true);
    await page.goto('search/?q=CMF&kind=source');
    await showAllResults(page);
    const paths = await resultPaths(page);
    for (const source of full) expect(paths).toContain(under(baseURL, sourcePath(source.slug)));
  });

  test('an excerpt is drawn as text: markup in the index is never parsed as HTML', async ({ page }) => {
    await page.goto('search/?q=antimony');
    await expect(page.locator(resultLinks).first()).toBeVisible();
    // Only <mark> elements inside excerpts, each holding text alone.
    const children = await page.locator('.pf-result-excerpt *, .sb-result-place-excerpt *').evaluateAll((els) => els.map((e) => `${e.tagName}:${e.childElementCount}`));
    expect(children.length).toBeGreaterThan(0);
    expect(new Set(children)).toEqual(new Set(['MARK:0']));
  });

  test('with JavaScript off, the search page says how to browse instead', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto('search/');
    const notice = page.locator('.search-nojs');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('needs JavaScript');
    await expect(notice.getByRole('link', { name: 'the list of all sources' })).toHaveAttribute('href', under(baseURL, ''));
    await expect(notice.getByRole('link', { name: 'the briefings' })).toBeVisible();
    // Nothing that cannot work without JavaScript is shown.
    await expect(page.locator('#search-app')).toBeHidden();
    await context.close();
  });
});

test.describe('the / key', () => {
  test('focuses the search box on a page that has one', async ({ page }) => {
    await page.goto('search/');
    const input = page.getByRole('searchbox', { name: 'Search the sources' });
    await expect(input).toBeVisible();
    await page.locator('h1').click();
    await page.keyboard.press('/');
    await expect(input).toBeFocused();
    await expect(input).toHaveValue('');
  });

  test('opens the search page from a page without a search box, but not while typing', async ({ page }) => {
    const [source] = await sources();
    await page.goto(sourcePath(source!.slug));
    await page.locator('h1').click();
    await page.keyboard.press('/');
    await expect(page).toHaveURL(/\/search\/$/);
    await expect(page.getByRole('searchbox', { name: 'Search the sources' })).toBeVisible();
    // Typing a slash into the search box stays a slash.
    const input = page.getByRole('searchbox', { name: 'Search the sources' });
    await input.click();
    await page.keyboard.type('a/b');
    await expect(input).toHaveValue('a/b');
    await expect(page).toHaveURL(/\/search\//);
  });
});

test.describe('search accessibility', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`results, filters and sub-results have no axe violations (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('search/?q=minerals&publisher=Daily+Times');
      await expect(page.locator(resultLinks).first()).toBeVisible();
      await expect(page.locator('#search-filters')).toBeVisible();
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
    });
  }
});

test.describe('search under the Content-Security-Policy', () => {
  test('the policy is present and Pagefind runs under it without a violation', async ({ page }) => {
    const violations: string[] = [];
    const errors: string[] = [];
    page.on('console', (msg) => {
      if (/Content Security Policy|Refused to/i.test(msg.text())) violations.push(msg.text());
      // e.g. Pagefind's "web worker encountered an error, falling back to main thread"
      else if (msg.type() === 'error' || msg.type() === 'warning') errors.push(msg.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`Refused to: ${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto('search/?q=antimony');
    await expect(page.locator('head meta[http-equiv="content-security-policy" i]')).toHaveCount(1);
    await expect(page.locator(resultLinks).first()).toBeVisible();
    const input = page.getByRole('searchbox', { name: 'Search the sources' });
    await input.fill('Reko Diq');
    // The results of the new words, not those of the first search still being replaced.
    await expect(page.locator(resultLinks).first()).toHaveAttribute('href', /highlight=reko/);
    // Following a result loads the highlighter under the same policy.
    await page.locator(resultLinks).first().click();
    await expect(page.locator('mark.pagefind-highlight').first()).toBeVisible();
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });
});

test.describe('search weight', () => {
  test('what a first query downloads', async ({ browser, baseURL }, testInfo) => {
    // No service worker: count what the page itself fetches, as on a first visit.
    const context = await browser.newContext({ baseURL, serviceWorkers: 'block' });
    const page = await context.newPage();
    const base = new URL(baseURL!).pathname;
    const dist = path.resolve(fileURLToPath(new URL('../../', import.meta.url)), process.env.SOURCEBOOK_DIST ?? 'dist');
    const sizes: Array<Promise<{ file: string; transfer: number; size: number }>> = [];
    page.on('requestfinished', (request) => {
      const pathname = decodeURIComponent(new URL(request.url()).pathname);
      if (!pathname.startsWith(`${base}pagefind/`)) return;
      const file = pathname.slice(base.length);
      sizes.push(request.sizes().then((s) => ({ file, transfer: s.responseBodySize, size: statSync(path.join(dist, file)).size })));
    });
    await page.goto('search/?q=antimony');
    await expect(page.locator(resultLinks).first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    const files = await Promise.all(sizes);
    const ui = files.filter((f) => /pagefind-component-ui\.(js|css)$/.test(f.file));
    const index = files.filter((f) => !ui.includes(f));
    const sum = (list: typeof files, key: 'size' | 'transfer') => list.reduce((n, f) => n + f[key], 0);
    const report =
      `first query “antimony”: ${sum(index, 'size')} bytes of search engine and index in ${index.length} files ` +
      `(${sum(index, 'transfer')} bytes as transferred; Pagefind's own index files are already compressed), ` +
      `+ ${sum(ui, 'size')} bytes of Pagefind Component UI (${sum(ui, 'transfer')} transferred)`;
    console.log(report);
    if (process.env.SEARCH_BYTES_DETAIL) for (const f of files) console.log(`  ${f.size}\t${f.transfer}\t${f.file}`);
    testInfo.annotations.push({ type: 'search bytes', description: report });
    expect(index.some((f) => f.file.startsWith('pagefind/fragment/')), 'results were loaded').toBe(true);
    await context.close();
  });
});
