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
