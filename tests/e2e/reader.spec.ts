/**
 * A reader's path through the site: find a person in the index, open one of
 * their quotes, follow it to the paragraph it comes from, and copy that
 * paragraph's citation.
 */
import { expect, test } from '@playwright/test';
import { citeFacts } from '../../src/lib/csl/facts.ts';
import { sourcePath, sources } from './helpers.ts';
import { data, rel } from './knowledge-data.ts';

test.use({ serviceWorkers: 'block' });

test('find Muhammad Aurangzeb, open his quote, land on its paragraph and copy its citation', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const person = data.entities().find((e) => e.type === 'person' && e.name === 'Muhammad Aurangzeb');
  expect(person, 'the default corpus names Muhammad Aurangzeb').toBeTruthy();
  // His first quote, as the knowledge data orders them (and the page lists them).
  const quote = data.quotes().find((q) => q.speaker === person!.id)!;
  expect(quote, 'he is quoted').toBeTruthy();
  const source = (await sources()).find((s) => s.slug === quote.source)!;
  const paragraph = source.paragraphs.find((p) => p.id === quote.paragraph)!;

  // 1. The People index, from the site navigation.
  await page.goto('');
  await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Indexes' }).click();
  await page.getByRole('list', { name: 'Indexes' }).getByRole('link', { name: 'People', exact: true }).click();
  await expect(page).toHaveURL(/\/people\/$/);
  await page.getByRole('list', { name: 'People' }).getByRole('link', { name: person!.name, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/${rel(person!.path)}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(person!.name);

  // 2. His quote, among what he is quoted as saying.
  const quotes = page.locator('#quotes');
  await expect(quotes.getByRole('heading', { name: 'Quoted as saying' })).toBeVisible();
  const item = quotes.locator(`li.quote-variant[data-quote="${quote.id}"]`);
  await expect(item.locator('blockquote')).toContainText(quote.text);

  // 3. Follow it to the paragraph: the source page opens at that paragraph, highlighted.
  await item.locator('a.spot').click();
  await expect(page).toHaveURL(new RegExp(`/${sourcePath(source.slug)}#${paragraph.id}$`));
  const para = page.locator(`p.para[id="${paragraph.id}"]`);
  await expect(para).toBeInViewport();
  expect(await para.evaluate((el) => el.matches(':target'))).toBe(true);
  const highlighted = await para.evaluate((el) => getComputedStyle(el).backgroundColor);
  const plain = await page.locator('p.para:not(:target)').first().evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(highlighted).not.toBe(plain);
  await expect(para.locator('.para-text')).toContainText(quote.text);

  // 4. Cite it: the paragraph's citation opens beside it; the copied reference holds the paragraph's permalink when the
  // site has a URL, and the in-text citation its number.
  await para.getByRole('link', { name: `Cite paragraph ${paragraph.n}` }).click();
  const box = page.locator('details.para-cite-box[open]').filter({ has: page.locator(`[id="cite-${paragraph.id}"]`) });
  await expect(box.locator('pre.cite-text')).toBeInViewport();
  const button = box.getByRole('button', { name: `Copy APA reference for paragraph ${paragraph.n}` });
  await button.click();
  await expect(button).toHaveText('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await box.locator('pre.cite-text').textContent());
  const base = new URL(baseURL!).pathname;
  if (process.env.SOURCEBOOK_SITE) expect(copied).toContain(`${base}${sourcePath(source.slug)}#${paragraph.id}`);
  // APA: the title in sentence case (src/lib/csl/facts.ts).
  expect(copied).toContain(citeFacts(source, undefined).sentenceTitle);
  await expect(box.locator('.cite-intext code')).toContainText(`para. ${paragraph.n})`);
});
