/**
 * Names in a source's text link to their entity pages: reached with the
 * keyboard, named by the words in the text, previewed on focus without
 * changing the paragraph's text (its text content, and what the search index
 * holds of it), and followed to the entity's page.
 */
import { expect, test, type Locator } from '@playwright/test';
import { sourcePath, sources } from './helpers.ts';
import { data, rel } from './knowledge-data.ts';

test.use({ serviceWorkers: 'block' });

/** The preview CSS generates after a link (`none` when none is shown). */
const preview = (link: Locator) => link.evaluate((a) => ({ content: getComputedStyle(a, '::after').content, display: getComputedStyle(a, '::after').display }));

test('a paragraph links Muhammad Aurangzeb to his page: keyboard focus shows the preview, Enter follows it, the text is unchanged', async ({ page }) => {
  const person = data.entities().find((e) => e.type === 'person' && e.name === 'Muhammad Aurangzeb');
  expect(person, 'the default corpus names Muhammad Aurangzeb').toBeTruthy();
  // His first mention in a paragraph by a name (not a description such as "the finance minister").
  const mention = person!.mentions.find((m) => m.paragraph && m.start !== undefined && m.form !== 'description')!;
  expect(mention, 'a paragraph names him').toBeTruthy();
  const source = (await sources()).find((s) => s.slug === mention.source)!;
  const paragraph = source.paragraphs.find((p) => p.id === mention.paragraph)!;

  await page.goto(sourcePath(source.slug));
  const para = page.locator(`p.para[id="${paragraph.id}"]`);
  const text = para.locator('.para-text');
  // The text is the paragraph's own, byte for byte, links and all.
  expect(await text.evaluate((el) => el.textContent)).toBe(paragraph.text);
  const link = text.getByRole('link', { name: mention.text, exact: true });
  await expect(link).toHaveCount(1);
  await expect(link).toHaveAttribute('href', new RegExp(`/${rel(person!.path)}$`));
  expect(await preview(link)).toMatchObject({ content: 'none' });

  // Keyboard: from the paragraph's "cite" control, Tab through the paragraph's links until his.
  await para.getByRole('link', { name: `Cite paragraph ${paragraph.n}` }).focus();
  const names = await text.getByRole('link').count();
  for (let i = 0; i < names && !(await link.evaluate((a) => a === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  expect(await link.evaluate((a) => a.matches(':focus-visible'))).toBe(true);
  const shown = await preview(link);
  const counts = `Person · ${person!.mentions.length} mention${person!.mentions.length === 1 ? '' : 's'} in ${person!.sources.length} source${person!.sources.length === 1 ? '' : 's'}`;
  expect(shown.display).toBe('block');
  expect(shown.content).toContain(counts);
  if (mention.text !== person!.name) expect(shown.content).toContain(person!.name);
  // The preview is not read into the link's name.
  await expect(link).toHaveAccessibleName(mention.text);
  // Escape hides it without moving focus; it is back when focus comes back.
  await page.keyboard.press('Escape');
  await expect(link).toBeFocused();
  expect((await preview(link)).content).toBe('none');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  expect((await preview(link)).content).toContain(counts);
  // Still the paragraph's text, with the preview shown.
  expect(await text.evaluate((el) => el.textContent)).toBe(paragraph.text);

  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/${rel(person!.path)}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(person!.name);
});

test('every paragraph of every source keeps its text, links each entity at most once, and the search index holds no preview', async ({ page, baseURL }) => {
  const entities = new Map(data.entities().map((e) => [e.path, e]));
  for (const source of await sources()) {
    await page.goto(sourcePath(source.slug));
    const paragraphs = await page.locator('p.para').evaluateAll((ps) =>
      ps.map((p) => ({
        id: p.id,
        text: p.querySelector('.para-text')!.textContent,
        links: [...p.querySelectorAll('.para-text a')].map((a) => ({ path: new URL((a as HTMLAnchorElement).href).pathname, words: a.textContent, preview: a.getAttribute('data-preview') })),
      })),
    );
    expect(paragraphs.map((p) => p.text)).toEqual(source.paragraphs.map((p) => p.text));
    for (const p of paragraphs) {
      const paths = p.links.map((l) => l.path);
      expect(new Set(paths).size, `${source.slug}#${p.id}`).toBe(paths.length);
      for (const l of p.links) {
        const entity = entities.get(l.path.slice(new URL(baseURL!).pathname.length - 1));
        expect(entity, l.path).toBeTruthy();
        // A link stands for one of the entity's mentions in that paragraph (or, on a copy, in its original's).
        expect(entity!.mentions.some((m) => m.paragraph === p.id && m.text === l.words), `${l.words} → ${entity!.id}`).toBe(true);
        expect(l.preview).toMatch(/ · \d+ mentions? in \d+ sources?$/);
      }
    }
  }

  // Search: a source's indexed text is its paragraphs' words, never a preview's.
  const contents = await page.evaluate(async (url) => {
    const pagefind = await import(url);
    const search = await pagefind.search('Aurangzeb');
    const pages = await Promise.all(search.results.map((r: { data: () => Promise<{ url: string; content: string }> }) => r.data()));
    return pages.filter((p) => p.url.includes('/sources/')).map((p) => p.content);
  }, new URL('pagefind/pagefind.js', baseURL).href);
  expect(contents.length).toBeGreaterThan(0);
  for (const content of contents) expect(content).not.toMatch(/Person · \d+ mention/);
});
