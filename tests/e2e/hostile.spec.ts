/**
 * A site built from the hostile corpus (`npm run build:hostile`: tests/fixtures/hostile/seeds plus
 * the cases tests/fixtures/hostile/generate.ts makes): nothing from an article runs, every published
 * page shows its text literally, every accepted file has its own page, the rejected files are listed
 * with their reasons, the open data cannot run as spreadsheet formulas, and the CSP comes first.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadSources } from '../../src/lib/load-sources.ts';
import { IngestReport } from '../../src/schemas/ingest-report.ts';
import { HOSTILE } from './hostile-site.ts';

const hostileSources = () => loadSources(path.join(HOSTILE.content, 'sources'));

/** Fail the test on any dialog, and report injected globals. */
async function watch(page: Page): Promise<string[]> {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

test.describe('a site built from hostile input', () => {
  test.use({ baseURL: HOSTILE.url });

  test('every published page shows its text literally and nothing runs', async ({ page }) => {
    const dialogs = await watch(page);
    const all = await hostileSources();
    const report = IngestReport.parse(JSON.parse(await readFile(path.join(HOSTILE.content, 'ingest-report.json'), 'utf8')));
    expect(all.length).toBe(report.accepted.length);
    expect(all.length).toBeGreaterThanOrEqual(25);
    for (const source of all) {
      await page.goto(`sources/${source.slug}/`);
      await expect(page.locator('h1')).toHaveText(source.title);
      for (const paragraph of source.paragraphs) {
        await expect(page.locator(`[id="${paragraph.id}"]`)).toContainText(paragraph.text.replace(/\s+/g, ' ').trim());
      }
      const injected = await page.evaluate(() => Object.keys(window).filter((k) => /pwned/i.test(k)));
      expect(injected, `globals injected on ${source.slug}`).toEqual([]);
    }
    expect(dialogs).toEqual([]);
  });

  test('markup in an article is shown as text, never as elements', async ({ page }) => {
    await page.goto('sources/text-that-looks-like-code-must-stay-text/');
    const article = page.locator('article');
    await expect(article).toContainText("<Component prop={1} /> and <script>alert('jsx')</script>");
    await expect(article).toContainText("import fs from 'node:fs'");
    await expect(article.locator('component, iframe')).toHaveCount(0);
    await page.goto('sources/hostile-page-scripts-and-handlers/');
    await expect(page.locator('article iframe, article [onclick], article [onerror], article a[href^="javascript:"]')).toHaveCount(0);
  });

  test('the rejected files are listed with their reasons on /about/ingest/', async ({ page }) => {
    const report = IngestReport.parse(JSON.parse(await readFile(path.join(HOSTILE.content, 'ingest-report.json'), 'utf8')));
    expect(report.rejected.map((r) => r.file)).toEqual(expect.arrayContaining(['named-pipe.txt', 'sidecar-is-a-fifo.txt', 'sidecar-is-a-folder.txt', 'sidecar-links-outside.txt', 'one-line-19.9mb.txt', 'link-outside.txt']));
    await page.goto('about/ingest/');
    for (const rejected of report.rejected) {
      const row = page.getByRole('row').filter({ hasText: rejected.file });
      await expect(row).toContainText(rejected.reason);
    }
    await expect(page.locator('main')).not.toContainText('.hidden-draft.txt');
  });

  test('every accepted file has its own row, linked to its own page under its own title', async ({ page }) => {
    const report = IngestReport.parse(JSON.parse(await readFile(path.join(HOSTILE.content, 'ingest-report.json'), 'utf8')));
    const titles = new Map<string, string>((await hostileSources()).map((s) => [s.slug, s.title]));
    await page.goto('about/ingest/');
    for (const accepted of report.accepted) {
      const link = page.getByRole('row').filter({ hasText: accepted.file }).getByRole('link').first();
      await expect(link).toHaveText(titles.get(accepted.slug)!);
      await expect(link).toHaveAttribute('href', new RegExp(`/sources/${accepted.slug}/$`));
    }
  });

  test('pages in other scripts show their titles and read right to left where they should', async ({ page }) => {
    const all = await hostileSources();
    const urdu = all.find((s) => s.file === 'urdu-no-h1.html')!;
    await page.goto(`sources/${urdu.slug}/`);
    await expect(page.locator('h1')).toHaveText('پاکستان میں معدنیات کی نئی پالیسی');
    await expect(page.locator('[dir="rtl"]').first()).toBeVisible();
    const chinese = all.find((s) => s.file === 'chinese-title.txt')!;
    await page.goto(`sources/${chinese.slug}/`);
    await expect(page.locator('h1')).toHaveText('巴基斯坦与美国讨论关键矿产合作');
  });

  test('the Content-Security-Policy is the first thing in <head> after the charset', async ({ page }) => {
    for (const url of ['', 'about/ingest/', `sources/${(await hostileSources())[0]!.slug}/`, 'search/']) {
      await page.goto(url);
      const head = await page.evaluate(() => [...document.head.children].slice(0, 2).map((e) => e.outerHTML.slice(0, 60)));
      expect(head[0], url).toBe('<meta charset="utf-8">');
      expect(head[1], url).toMatch(/^<meta http-equiv="content-security-policy"/);
    }
  });

  test('open data never starts a cell with a spreadsheet formula', async ({ request }) => {
    const csv = await (await request.get('data/sources.csv')).text();
    expect(csv).toContain(`"'=HYPERLINK(""https://evil.example/"", ""click"")"`);
    expect(csv).toContain(`"'+cmd|' /C calc'!A0"`);
    expect(csv).toContain(`"'@SUM(1+1)*cmd|' /C calc'!A0"`);
    // No field (after a comma or a line start, quoted or not) begins with a formula character.
    expect(csv).not.toMatch(/(^|,|\r\n)"?[=+@]/);
  });

  test('the site ships header files: no framing, no MIME sniffing, a sandboxed raw.txt', async ({ request }) => {
    const headers = await readFile(path.join(HOSTILE.dist, '_headers'), 'utf8');
    expect(headers).toMatch(/frame-ancestors 'none'/);
    expect(headers).toMatch(/X-Content-Type-Options: nosniff/);
    expect(headers).toMatch(/Referrer-Policy: /);
    expect(headers).toMatch(/\/sources\/\*\/raw\.txt\n\s+Content-Type: text\/plain; charset=utf-8\n\s+Content-Security-Policy: sandbox/);
    const vercel = JSON.parse(await readFile(path.join(HOSTILE.dist, 'vercel.json'), 'utf8')) as { headers: Array<{ headers: Array<{ key: string; value: string }> }> };
    expect(vercel.headers.flatMap((h) => h.headers.map((x) => x.key))).toEqual(expect.arrayContaining(['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy']));
    const raw = await request.get(`sources/${(await hostileSources())[0]!.slug}/raw.txt`);
    expect(raw.headers()['content-type']).toMatch(/^text\/plain/);
  });
});
