/**
 * Addresses of an earlier layout keep working: the pages and the anchors of
 * the split indexes (/figures/#f-…, /quotes/#qg-…, /events/#…,
 * /discrepancies/#…) saved from a build before the indexes were split
 * (tests/fixtures/addresses/, written by `node scripts/bench/anchors.ts save`).
 * The seeds' list by default; SOURCEBOOK_ADDRESSES names another (e.g. the
 * 1,000-article benchmark corpus's, `bench-1000.json.gz`, against a build of that corpus).
 *
 * Ids of events, entities, quote groups and discrepancies do not move when the extraction improves or other
 * sources come and go: the address ledger (content/addresses.json, src/lib/knowledge/ledger.ts) records each id
 * published with the evidence that identifies its thing, and a later build gives the thing the same id. So the event
 * `agreement-10-year-defense-framework`, whose derived id became `…-2025-10-30` when the knowledge layer learnt
 * its date, is back at its first address (the ledger's entry was restored by hand), and the dated id it was
 * published under for a few days is retired: its page sends the reader on, and its /events/ anchor is looked up.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { checkAddresses, legacyAddresses, readAddresses } from '../../scripts/bench/anchors.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST = path.resolve(ROOT, process.env.SOURCEBOOK_DIST ?? 'dist');
const LIST = path.resolve(ROOT, 'tests/fixtures/addresses', process.env.SOURCEBOOK_ADDRESSES ?? 'seeds.json');
/** Anchors per index opened in the browser (evenly spread over the list); every one is checked in the files. */
const SAMPLE = 25;

test.describe('addresses of the previous layout', () => {
  test('every page and every index anchor still resolves (in the built files, through each index’s lookup)', async () => {
    const problems = await checkAddresses(DIST, await readAddresses(LIST));
    expect(problems.slice(0, 20)).toEqual([]);
  });

  test('every figure, quote group, event and discrepancy of /data/*.json has a working single-page address (/figures/#f-…)', async () => {
    const list = await legacyAddresses(DIST);
    expect(list.anchors['/figures/']!.length).toBeGreaterThan(0);
    expect(list.anchors['/events/']!.length).toBeGreaterThan(0);
    expect((await checkAddresses(DIST, list)).slice(0, 20)).toEqual([]);
  });

  test('in the browser, an old index anchor lands on the item, wherever it is listed now', async ({ page }) => {
    test.setTimeout(180_000);
    const list = await readAddresses(LIST);
    for (const [index, anchors] of Object.entries(list.anchors)) {
      const items = anchors.filter((a) => a !== 'main');
      const step = Math.max(1, Math.floor(items.length / SAMPLE));
      for (let i = 0; i < items.length; i += step) {
        const anchor = items[i]!;
        await page.goto(`${index.replace(/^\//, '')}#${encodeURIComponent(anchor)}`);
        await expect(page.locator(`[id="${anchor}"]`), `${index}#${anchor} (now ${page.url()})`).toHaveCount(1);
        expect(decodeURIComponent(new URL(page.url()).hash.slice(1))).toBe(anchor);
      }
    }
  });

  test('a retired id leads to its successor: the dated event page and /events/ anchor land on the 10-year defence framework', async ({ page }) => {
    test.skip(!!process.env.SOURCEBOOK_ADDRESSES, 'the seeds’ event');
    const [id, old] = ['agreement-10-year-defense-framework', 'agreement-10-year-defense-framework-2025-10-30'];
    await page.goto(`briefings/events/${old}/`);
    await expect(page).toHaveURL(new RegExp(`/events/#${id}$`));
    await expect(page.locator(`[id="${id}"]`)).toContainText('10-year defense framework');
    await page.goto(`events/#${old}`);
    await expect(page).toHaveURL(new RegExp(`/events/#${id}$`));
    await expect(page.locator(`[id="${id}"]`)).toBeVisible();
  });
});
