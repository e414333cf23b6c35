/**
 * Written briefings (seeds/briefings/*.mdx): listed at /briefings/, every
 * <Cite> rendered as a link that resolves to an existing paragraph of its
 * source, the cited sources listed, and citations printed with their URLs.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { corpusPath } from '../../src/lib/paths.ts';
import { citedSources, findCitations } from '../../src/lib/citations.ts';
import { sourcePath, sources } from './helpers.ts';

interface Briefing {
  slug: string;
  mdx: string;
}

async function briefings(): Promise<Briefing[]> {
  const dir = corpusPath('briefings');
  const names = (await readdir(dir)).filter((n) => n.endsWith('.mdx')).sort();
  return Promise.all(names.map(async (n) => ({ slug: n.replace(/\.mdx$/, ''), mdx: await readFile(path.join(dir, n), 'utf8') })));
}

/** The site URL the build used (SOURCEBOOK_SITE); without one no absolute URL is printed. */
const SITE = process.env.SOURCEBOOK_SITE?.trim() || undefined;

test.describe('briefings', () => {
  test('/briefings/ lists every briefing', async ({ page }) => {
    const all = await briefings();
    expect(all.length, 'the default corpus has three written briefings').toBe(3);
    await page.goto('briefings/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Briefings');
    const items = page.getByRole('list', { name: 'Briefings' }).getByRole('listitem');
    await expect(items).toHaveCount(all.length);
    for (const b of all) {
      const link = page.locator(`a[href$="/briefings/${b.slug}/"]`);
      await expect(link).toHaveCount(1);
    }
    await expect(page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Briefings' })).toHaveAttribute('aria-current', 'page');
  });

  test("every Cite link resolves to an existing paragraph of its source", async ({ page, baseURL }) => {
    const bySlug = new Map((await sources()).map((s) => [s.slug as string, s]));
    for (const b of await briefings()) {
      const expected = findCitations(b.mdx).citations;
      expect(expected.length, `${b.slug} cites something`).toBeGreaterThan(0);
      await page.goto(`briefings/${b.slug}/`);
      const refs = page.locator('.briefing-text a.cite-ref');
      await expect(refs).toHaveCount(expected.length);
      const links = await refs.evaluateAll((as) =>
        as.map((a) => ({ href: (a as HTMLAnchorElement).href, print: a.getAttribute('data-print-url'), text: a.textContent ?? '' })),
      );
      for (const [i, c] of expected.entries()) {
        const link = links[i]!;
        const url = new URL(link.href);
        expect(url.pathname, `${b.slug}: citation ${i + 1}`).toBe(`${new URL(baseURL!).pathname}${sourcePath(c.source)}`);
        expect(url.hash).toBe(`#${c.p}`);
        const paragraph = bySlug.get(c.source)?.paragraphs.find((p) => p.id === c.p);
        expect(paragraph, `${b.slug}: ${c.source}#${c.p} exists`).toBeTruthy();
        expect(link.text).toContain(String(paragraph!.n));
        expect(link.print).toBe(SITE ? new URL(`${url.pathname}${url.hash}`, SITE).href : null);
      }
      // And on the source page the target paragraph really is there.
      for (const href of new Set(links.map((l) => l.href))) {
        const url = new URL(href);
        await page.goto(href);
        await expect(page.locator(`p.para[id="${decodeURIComponent(url.hash.slice(1))}"]`)).toHaveCount(1);
      }
    }
  });

  test('a briefing lists the sources it cites, read from its citations', async ({ page }) => {
    const all = await sources();
    for (const b of await briefings()) {
      const cited = citedSources(b.mdx);
      await page.goto(`briefings/${b.slug}/`);
      const items = page.locator('section.cited-sources > ol > li');
      await expect(items).toHaveCount(cited.length);
      for (const [i, c] of cited.entries()) {
        const source = all.find((s) => s.slug === c.source)!;
        await expect(items.nth(i).getByRole('link', { name: source.title, exact: true })).toBeVisible();
        await expect(items.nth(i).locator('.cited-paragraphs a')).toHaveCount(c.paragraphs.length);
        if (source.publisher.value === null) await expect(items.nth(i)).toContainText('publisher not stated in the source');
        if (source.date.value === null) await expect(items.nth(i)).toContainText('date not stated in the source');
      }
    }
  });

  test('the meeting briefing notes how the sources differ on Strayer’s title', async ({ page }) => {
    await page.goto('briefings/the-islamabad-meeting-of-31-october-2025/');
    const text = page.locator('.briefing-text');
    await expect(text).toContainText('“president of the US Critical Minerals Forum”');
    await expect(text).toContainText('“US Critical Minerals Forum (CMF) Chairman”');
  });

  test('printed, citations carry their full URL and the navigation is hidden', async ({ page }) => {
    test.skip(!SITE, 'a full URL is printed only when the site URL is configured (SOURCEBOOK_SITE)');
    await page.goto('briefings/pakistans-mineral-endowment-in-numbers/');
    await page.emulateMedia({ media: 'print' });
    const ref = page.locator('a.cite-ref').first();
    const after = await ref.evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain(`${SITE!.replace(/\/$/, '')}/`);
    expect(after).toContain('/sources/');
    expect(after).toMatch(/#p-[0-9a-f]{8}/);
    await expect(page.locator('.site-header')).toBeHidden();
    await page.emulateMedia({ media: 'screen' });
    expect(await ref.evaluate((a) => getComputedStyle(a, '::after').content)).toBe('none');
    await expect(page.locator('.site-header')).toBeVisible();
  });
});
