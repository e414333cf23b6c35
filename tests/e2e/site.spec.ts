import { expect, test } from '@playwright/test';
import { sourcePath, sources } from './helpers.ts';

test.describe('home page', () => {
  test('lists every source with a link, publisher/date and an excerpt', async ({ page }) => {
    const all = await sources();
    expect(all, 'five seeds give five sources').toHaveLength(5);

    await page.goto('');
    const list = page.getByRole('list', { name: 'Sources' });
    const items = list.getByRole('listitem');
    await expect(items).toHaveCount(all.length);

    for (const source of all) {
      // A title cut off is linked without its "…" (and labelled beside the link: cite.spec.ts).
      const title = source.title.replace(/\s*…$/, '');
      const item = items.filter({ has: page.getByRole('link', { name: title, exact: true }) });
      await expect(item).toHaveCount(1);
      const link = item.getByRole('link', { name: title, exact: true });
      expect(new URL((await link.getAttribute('href')) ?? '', page.url()).pathname).toMatch(new RegExp(`/sources/${source.slug}/$`));
      await expect(item).toContainText('Publisher:');
      await expect(item).toContainText(source.publisher.value ?? 'not stated in the source');
      // A date known only as the date of republication says so (cite.spec.ts).
      await expect(item).toContainText(/(Date|Republished):/);
      if (source.date.value === null && !source.republished?.date.value) await expect(item).toContainText(/Date:\s*not stated in the source/);
      const firstWords = source.paragraphs[0]?.text.split(/\s+/).slice(0, 6).join(' ') ?? '';
      await expect(item.locator('.excerpt')).toContainText(firstWords);
    }
  });

  test('opens with the story in the sources’ own sentences, each linked to the paragraph that says it', async ({ page }) => {
    const bySlug = new Map((await sources()).map((s) => [s.slug as string, s]));
    await page.goto('');
    const lede = page.locator('section.story-lede > p');
    expect(await lede.count()).toBeGreaterThan(0);
    for (const sentence of await lede.all()) {
      const text = (await sentence.locator('q').textContent()) ?? '';
      const href = (await sentence.locator('a.cite-ref').first().getAttribute('href')) ?? '';
      const url = new URL(href, page.url());
      const slug = decodeURIComponent(url.pathname.split('/').filter(Boolean).at(-1)!);
      const paragraph = bySlug.get(slug)?.paragraphs.find((p) => p.id === url.hash.slice(1));
      expect(paragraph, `${href} is a paragraph of a source`).toBeTruthy();
      expect(paragraph!.text, href).toContain(text);
    }
  });

  test('says when a copy was republished instead of calling every article undated, and /data/sources.json carries it', async ({ page, request }) => {
    const all = await sources();
    const copies = all.filter((s) => !s.date.value && s.republished?.date.value);
    const records = (await (await request.get('data/sources.json')).json()) as Array<Record<string, string | null>>;
    for (const s of all) {
      const record = records.find((r) => r.slug === s.slug)!;
      expect(record.republishedDate, s.slug).toBe(s.republished?.date.value ?? null);
      expect(record.republishedBy, s.slug).toBe(s.republished?.by.value ?? null);
    }
    await page.goto('');
    const coverage = page.locator('main').getByText(/^\d+ articles? /).first();
    if (copies.length === 0) return;
    await expect(coverage).toContainText(copies.length === 1 ? /one is a copy republished on \d{1,2} \w+ \d{4}/ : /copies were republished/);
    await expect(coverage).not.toContainText('none of them dated');
  });

  test('has no JavaScript but the site-wide search support, and a working skip link', async ({ page }) => {
    await page.goto('');
    // The `/` key, search-term highlighting and the offline service worker (search.spec.ts, offline.spec.ts).
    await expect(page.locator('script')).toHaveCount(1);
    await expect(page.locator('script')).toHaveAttribute('type', 'module');
    expect(((await page.locator('script').textContent()) ?? '').length).toBeLessThan(1500);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main$/);
    await expect(page.locator('main#main')).toBeFocused();
  });
});

test.describe('source page', () => {
  test('renders every paragraph exactly, with its id, number and ¶ permalink', async ({ page }) => {
    for (const source of await sources()) {
      await page.goto(sourcePath(source.slug));
      await expect(page.locator('html')).toHaveAttribute('lang', source.lang);
      await expect(page.locator('html')).toHaveAttribute('dir', source.dir);
      // Only the JSON-LD and citation data blocks, the citation script (cite.spec.ts) and the site's search support (search.spec.ts).
      const scripts = await page.locator('script').evaluateAll((els) => els.map((el) => el.getAttribute('type') ?? ''));
      expect(scripts.sort()).toEqual(['application/json', 'application/ld+json', 'module', 'module']);

      const article = page.locator('article[data-pagefind-body]');
      await expect(article).toHaveCount(1);
      // A title known to be cut off is shown without its "…" and labelled (cite.spec.ts).
      await expect(article.getByRole('heading', { level: 1 })).toContainText(source.title.replace(/\s*…$/, ''));

      const paras = article.locator('p.para');
      await expect(paras).toHaveCount(source.paragraphs.length);
      const rendered = await paras.evaluateAll((els) =>
        els.map((el) => ({
          id: el.id,
          n: el.querySelector('.para-n')?.textContent ?? '',
          text: el.querySelector('.para-text')?.textContent ?? '',
          link: el.querySelector('a.para-link')?.getAttribute('href') ?? '',
          pilcrow: el.querySelector('a.para-link')?.textContent ?? '',
        })),
      );
      expect(rendered).toEqual(
        source.paragraphs.map((p) => ({ id: p.id, n: String(p.n), text: p.text, link: `#${p.id}`, pilcrow: '¶' })),
      );
    }
  });

  test('the ¶ link targets and highlights its paragraph', async ({ page }) => {
    const source = (await sources()).find((s) => s.paragraphs.length >= 3);
    test.skip(!source, 'needs a source with three paragraphs');
    const target = source!.paragraphs[2]!;
    await page.goto(sourcePath(source!.slug));

    const para = page.locator(`p[id="${target.id}"]`);
    const before = await para.evaluate((el) => getComputedStyle(el).backgroundColor);
    await para.getByRole('link', { name: `Permalink to paragraph ${target.n}` }).click();
    await expect(page).toHaveURL(new RegExp(`#${target.id}$`));
    expect(await para.evaluate((el) => el.matches(':target'))).toBe(true);
    await expect(para).toBeInViewport();
    expect(await para.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe(before);

    // A permalink opened directly lands on the same paragraph.
    await page.goto('');
    await page.goto(`${sourcePath(source!.slug)}#${target.id}`);
    await expect(para).toBeInViewport();
    expect(await para.evaluate((el) => el.matches(':target'))).toBe(true);
  });

  test('unknown metadata is shown as not stated', async ({ page }) => {
    const source = (await sources()).find((s) => s.author.value === null);
    test.skip(!source, 'needs a source without an author');
    await page.goto(sourcePath(source!.slug));
    const meta = page.locator('dl.meta');
    await expect(meta.locator('dt', { hasText: 'Author' }).locator('xpath=following-sibling::dd[1]')).toHaveText('not stated in the source');
  });
});

test.describe('layout', () => {
  for (const width of [320, 375]) {
    test(`pages fit a ${width}px screen without sideways scrolling`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      const longest = (await sources()).reduce((a, b) => (b.paragraphs.length > a.paragraphs.length ? b : a));
      const pages = ['', sourcePath(longest.slug), 'search/?q=antimony', 'briefings/pakistans-mineral-endowment-in-numbers/', 'about/ingest/'];
      for (const path of pages) {
        await page.goto(path);
        await page.waitForLoadState('networkidle');
        // Open every citation and change-log entry: their long URLs and lines must wrap too.
        for (const details of await page.locator('details').all()) await details.evaluate((d) => ((d as HTMLDetailsElement).open = true));
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${path || '/'} overflows by ${overflow}px`).toBeLessThanOrEqual(0);
      }
    });
  }

  test('unknown paths get the 404 page', async ({ page }) => {
    const response = await page.goto('no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page.getByRole('link', { name: 'Browse all sources' })).toBeVisible();
  });
});

test('every internal link and fragment on the site resolves', async ({ page, baseURL }) => {
  // Every page of the site, including one per entity and per event: allow the time it takes.
  test.setTimeout(300_000);
  const origin = new URL(baseURL!).origin;
  const queue = [new URL(baseURL!).href];
  const seen = new Set(queue);
  const broken: string[] = [];
  while (queue.length > 0) {
    const url = queue.shift()!;
    // Files that are not pages (CSV, JSON, XML, raw text) are fetched, not opened: a browser may download them.
    if (/\.(?!html$)[a-z0-9]+$/i.test(new URL(url).pathname)) {
      const status = (await page.request.get(url)).status();
      if (status !== 200) broken.push(`${url} → ${status}`);
      continue;
    }
    const response = await page.goto(url);
    if (!response || response.status() !== 200) {
      broken.push(`${url} → ${response?.status() ?? 'no response'}`);
      continue;
    }
    const links = await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const href of links) {
      const target = new URL(href);
      if (target.origin !== origin) continue;
      if (target.hash && target.pathname === new URL(url).pathname) {
        const id = decodeURIComponent(target.hash.slice(1));
        if ((await page.locator(`[id="${id}"]`).count()) !== 1) broken.push(`${url}: ${target.hash} has no single target`);
        continue;
      }
      target.hash = '';
      if (!seen.has(target.href)) {
        seen.add(target.href);
        queue.push(target.href);
      }
    }
  }
  expect(broken).toEqual([]);
  expect(seen.size, 'home, search and every source page were visited').toBeGreaterThanOrEqual((await sources()).length + 2);
});
