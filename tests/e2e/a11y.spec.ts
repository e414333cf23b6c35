import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { sourcePath, sources } from './helpers.ts';

async function violations(page: import('@playwright/test').Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test.describe('accessibility (axe)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`home, a source page and search results have no violations (${scheme})`, async ({ page }) => {
      // axe over three full pages (the home page with its pictures, a source page with its cross-references): allow for a busy machine.
      test.setTimeout(90_000);
      await page.emulateMedia({ colorScheme: scheme });
      const [first] = await sources();
      await page.goto('');
      expect(await violations(page)).toEqual([]);

      await page.goto(sourcePath(first!.slug));
      expect(await violations(page)).toEqual([]);

      await page.goto('search/?q=antimony');
      await expect(page.locator('pagefind-results a.pf-result-link').first()).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });
  }
});

test.describe('accessibility (axe): briefings, about, citations', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`briefings, about pages and an opened citation have no violations (${scheme})`, async ({ page }) => {
      // Six pages through axe, one a source page with every box open: more than the default 30 s on a busy machine.
      test.setTimeout(90_000);
      await page.emulateMedia({ colorScheme: scheme });
      for (const path of ['briefings/', 'briefings/the-islamabad-meeting-of-31-october-2025/', 'briefings/pakistans-mineral-endowment-in-numbers/', 'about/', 'about/ingest/']) {
        await page.goto(path);
        expect(await violations(page), path).toEqual([]);
      }
      const source = (await sources()).find((s) => s.changes.some((c) => c.before.length > 160)) ?? (await sources())[0]!;
      await page.goto(sourcePath(source.slug));
      await page.locator('#cite-source > summary').click();
      // A paragraph's citation, opened from its gutter control and filled in by the page's script.
      await page.locator('a.para-cite').first().click();
      await expect(page.locator('details.para-cite-box[open] pre.cite-text')).toBeVisible();
      for (const details of await page.locator('#changes details').all()) await details.locator('summary').click();
      expect(await violations(page)).toEqual([]);
    });
  }
});
