import { expect, test } from '@playwright/test';
import { sourcePath, sourcesMentioning } from './helpers.ts';

const resultLinks = 'pagefind-results a.pf-result-link';

test.describe('search', () => {
  test('?q=antimony finds the sources that mention it and opens one', async ({ page, baseURL }) => {
    const expected = await sourcesMentioning('antimony');
    expect(expected.length, 'the sample content should mention antimony').toBeGreaterThan(0);

    await page.goto('search/?q=antimony');
    const input = page.getByRole('searchbox', { name: 'Search the sources' });
    await expect(input).toHaveValue('antimony');

    const results = page.locator(resultLinks);
    await expect(results).toHaveCount(expected.length);
    await expect(page.locator('pagefind-summary')).toContainText(`${expected.length} result`);
    const hrefs = await results.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    // Result links point at the source pages, under the site's base path.
    expect(hrefs.sort()).toEqual(expected.map((s) => new URL(sourcePath(s.slug), baseURL).pathname).sort());

    const firstTitle = (await results.first().textContent())?.trim() ?? '';
    await results.first().click();
    await expect(page).toHaveURL(/\/sources\/[a-z0-9-]+\/$/);
    const article = page.locator('article[data-pagefind-body]');
    await expect(article).toContainText(/antimony/i);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(firstTitle);
  });

  test('typing a query shows results and keeps ?q= in the address', async ({ page }) => {
    await page.goto('search/');
    const input = page.getByRole('searchbox', { name: 'Search the sources' });
    await expect(input).toHaveValue('');
    await input.fill('Strayer');
    await expect(page.locator(resultLinks).first()).toBeVisible();
    await expect(page).toHaveURL(/[?&]q=Strayer(&|$)/);
    const expected = await sourcesMentioning('Strayer');
    await expect(page.locator(resultLinks)).toHaveCount(expected.length);
  });

  test('a query with no matches says so', async ({ page }) => {
    await page.goto('search/?q=zzyzxqqq');
    await expect(page.locator('pagefind-summary')).toContainText(/no results/i);
    await expect(page.locator(resultLinks)).toHaveCount(0);
  });
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
    await expect(page.locator(resultLinks).first()).toBeVisible();
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });
});
