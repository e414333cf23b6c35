/**
 * Every page of the built site (every HTML file of the dist) in a real browser:
 *   - runtime: no console errors, uncaught exceptions, failed requests, or
 *     requests to any host but 127.0.0.1 (aborted and recorded);
 *   - weight: HTML, CSS and JavaScript bytes as first loaded, against the
 *     JavaScript budget of the page's type (budgets.ts);
 *   - layout: nothing wider than a 320 px window, as loaded and with every
 *     <details> open;
 *   - accessibility: axe with the WCAG 2.2 AA tags, in light and dark, with
 *     <details> open (up to 3 of each kind: repeated boxes share markup and styles);
 *   - links drawn by scripts resolve (the file checks are in links.spec.ts);
 *   - screenshots of one page of each type at 1280 and 375 px.
 * A search page is audited again with results open (query “minerals”).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test, type Page, type TestInfo } from '@playwright/test';
import { jsBudget } from './budgets.ts';
import type { PageWeight } from './global-setup.ts';
import { axe, checkRenderedLinks, countBytes, frames, inlineBytes, keepOpenPerKind, localRoot, openAllDetails, overflow, settle, watch } from './lib/browser.ts';
import { Findings } from './lib/findings.ts';
import { BASE, OUT, PUBLIC_ORIGINS, allPages, publicUrl, representatives, resolveLink } from './lib/site.ts';

/** The query the search page is audited with, results open. */
const SEARCH_QUERY = 'minerals';
const CHECKS = [
  'runtime: console error', 'runtime: uncaught exception', 'runtime: failed request', 'runtime: request to another host',
  'accessibility (axe)', 'weight: JavaScript', 'layout: horizontal overflow at 320 px', 'links (drawn by scripts)', 'search',
];

const reps = representatives();

async function screenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const dir = path.join(OUT, 'screenshots');
  mkdirSync(dir, { recursive: true });
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    await frames(page);
    const file = path.join(dir, `${name}-${width}.png`);
    await page.screenshot({ path: file, fullPage: true });
    await testInfo.attach(`${name}-${width}`, { path: file, contentType: 'image/png' });
  }
}

async function checkOverflow(page: Page, findings: Findings, label: string, state: string): Promise<void> {
  await page.setViewportSize({ width: 320, height: 720 });
  await frames(page);
  const o = await overflow(page);
  if (o) {
    findings.add('layout: horizontal overflow at 320 px', label, `[${state}] page is ${o.scrollWidth}px wide in a ${o.innerWidth}px window; sticking out: ${o.culprits.join(' | ')}`);
  }
}

async function bothSchemes(page: Page, findings: Findings, label: string, state: string): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 900 });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await frames(page);
    await axe(page, findings, label, `${state}, ${scheme}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

function saveWeight(w: PageWeight): void {
  const dir = path.join(OUT, 'weights');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `${w.page.replace(/[^a-z0-9]+/gi, '-') || 'home'}.json`), JSON.stringify(w));
}

for (const info of allPages()) {
  const label = `${BASE}${info.rel}`;
  if (info.redirect !== null) {
    // A page kept only so an old address still works: it forwards at once, so there is nothing to look at; its target must exist.
    test(`${label} (${info.type}, forwards an old address)`, async ({}, testInfo) => {
      const findings = new Findings(testInfo);
      const r = resolveLink(info.redirect!, publicUrl(info.rel), PUBLIC_ORIGINS);
      if (r.kind !== 'ok') findings.add('links: broken', label, `forwards to ${info.redirect}, which ${r.kind === 'broken' ? r.reason : 'is not a page of the site'}`);
      findings.save();
      findings.expectNone('links: broken');
    });
    continue;
  }
  test(`${label} (${info.type})`, async ({ page }, testInfo) => {
    const findings = new Findings(testInfo);
    let current = label;
    await watch(page, findings, () => current);
    try {
      const loaded = countBytes(page);
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.emulateMedia({ colorScheme: 'light' });
      const response = await page.goto(new URL(info.rel, localRoot()).href);
      if (!response || response.status() !== 200) findings.add('runtime: failed request', label, `page answered ${response?.status() ?? 'nothing'}`);
      await settle(page);

      // Weight of the page as first loaded.
      const bytes = await loaded();
      const inline = await inlineBytes(page);
      const weight: PageWeight = {
        page: label, type: info.type, html: bytes.html, css: bytes.css + inline.css, js: bytes.js + inline.js,
        inlineJs: inline.js, inlineCss: inline.css, other: bytes.other, requests: bytes.requests,
      };
      saveWeight(weight);
      const budget = jsBudget(info.type);
      if (weight.js > budget) {
        findings.add('weight: JavaScript', label, budget === 0
          ? `loads ${weight.js} bytes of JavaScript (${inline.js} inline) but pages of type “${info.type}” need none (tests/audit/budgets.ts)`
          : `loads ${weight.js} bytes of JavaScript (${inline.js} inline), over the ${budget}-byte budget of type “${info.type}”`);
      }

      if (reps.get(info.type) === info.rel) await screenshot(page, testInfo, info.type);

      await checkOverflow(page, findings, label, 'as loaded');
      const opened = await openAllDetails(page);
      if (opened > 0) await checkOverflow(page, findings, label, `all ${opened} <details> open`);
      const kept = opened > 0 ? await keepOpenPerKind(page) : 0;
      await bothSchemes(page, findings, label, opened > 0 ? `${kept} of ${opened} <details> open (up to 3 of each kind)` : 'as loaded');
      await checkRenderedLinks(page, new Set(info.links.map((l) => l.value)), findings, label);

      // A search page is also audited with results open.
      const isSearch = (await page.locator('pagefind-input, pagefind-searchbox, pagefind-modal, .pagefind-ui, [data-pagefind-ui]').count()) > 0;
      if (isSearch) {
        current = `${label}?q=${SEARCH_QUERY}`;
        const searchLoaded = countBytes(page);
        await page.setViewportSize({ width: 1280, height: 900 });
        await page.goto(`${new URL(info.rel, localRoot()).href}?q=${encodeURIComponent(SEARCH_QUERY)}`);
        const results = page.locator('pagefind-results a[href], .pagefind-ui__result-link, .pf-result-link');
        const shown = await results.first().waitFor({ state: 'visible', timeout: 15_000 }).then(() => true, () => false);
        if (!shown) {
          findings.add('search', current, `no result links appeared within 15 s for “${SEARCH_QUERY}”`);
        } else {
          await settle(page);
          const b = await searchLoaded();
          const inl = await inlineBytes(page);
          saveWeight({ page: current, type: `${info.type} (results open)`, html: b.html, css: b.css + inl.css, js: b.js + inl.js, inlineJs: inl.js, inlineCss: inl.css, other: b.other, requests: b.requests });
          if (reps.get(info.type) === info.rel) await screenshot(page, testInfo, `${info.type}-results`);
          await checkOverflow(page, findings, current, 'results open');
          await bothSchemes(page, findings, current, 'results open');
          const n = await checkRenderedLinks(page, new Set(info.links.map((l) => l.value)), findings, current);
          if (n === 0) findings.add('search', current, 'results are shown but none of them is a link');
        }
      }
    } finally {
      findings.save();
    }
    for (const check of CHECKS) findings.expectNone(check);
  });
}

test('a missing URL, at any depth, gets the not-found page with status 404, whole', async ({ page }, testInfo) => {
  const findings = new Findings(testInfo);
  const label = `${BASE}no/such/page/`;
  await watch(page, findings, () => label);
  try {
    const response = await page.goto(new URL('no/such/page/', localRoot()).href);
    // The audit server answers like a static host: status 404 with the site's 404.html.
    if (response?.status() !== 404) findings.add('runtime: failed request', label, `answered ${response?.status() ?? 'nothing'}, not 404`);
    await settle(page);
    // Relative asset URLs break on a not-found page served at depth: everything must still load.
    const styled = await page.evaluate(() => [...document.styleSheets].some((sheet) => sheet.cssRules.length > 0));
    if (!styled) findings.add('runtime: failed request', label, 'the not-found page has no styles when served at a nested URL');
  } finally {
    // The 404 answer to the page itself is what this test asks for.
    const expected = findings.items.findIndex((f) => f.check === 'runtime: failed request' && /^404 document /.test(f.detail));
    if (expected >= 0) findings.items.splice(expected, 1);
    findings.save();
  }
  for (const check of CHECKS) findings.expectNone(check);
});
