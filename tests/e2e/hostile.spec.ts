/**
 * A site built from tests/fixtures/hostile/seeds (`npm run build:hostile`):
 * nothing from an article runs, every published page shows its text literally,
 * and the rejected files are listed with their reasons.
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
    expect(all.length).toBe(10);
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
    expect(report.rejected.length).toBe(6);
    await page.goto('about/ingest/');
    for (const rejected of report.rejected) {
      const row = page.getByRole('row').filter({ hasText: rejected.file });
      await expect(row).toContainText(rejected.reason);
    }
    await expect(page.locator('main')).not.toContainText('.hidden-draft.txt');
  });
});
