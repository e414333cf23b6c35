/**
 * A reader's path through the site: find a person in the index, open one of
 * their quotes, follow it to the paragraph it comes from, and copy that
 * paragraph's citation.
 */
import { expect, test } from '@playwright/test';
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

  // 4. Cite it: the paragraph's citation, copied, holds the paragraph's URL.
  await para.getByRole('link', { name: `Cite paragraph ${paragraph.n}` }).click();
  const box = page.locator(`details[id="cite-${paragraph.id}"]`);
  await expect(box).toHaveAttribute('open', '');
  const button = box.getByRole('button', { name: 'Copy APA citation' });
  await button.click();
  await expect(button).toHaveText('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const base = new URL(baseURL!).pathname;
  expect(copied).toContain(`${base}${sourcePath(source.slug)}#${paragraph.id}`);
  expect(copied).toContain(source.title);
});
