/** Browser-side checks shared by the page audits: runtime watch, weight, axe, overflow, links drawn by scripts. */
import AxeBuilder from '@axe-core/playwright';
import type { Page, Request } from '@playwright/test';
import type { Findings } from './findings.ts';
import { PUBLIC_ORIGINS, checkLink } from './site.ts';

/** The axe tags the audit holds every page to. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** URL of the local server's site root (origin + base), set by global-setup.ts. */
export function localRoot(): string {
  const url = process.env.AUDIT_URL;
  if (!url) throw new Error('AUDIT_URL is not set: run the audit through its config (npm run audit)');
  return url;
}

export interface Bytes {
  html: number;
  css: number;
  js: number;
  other: number;
  requests: number;
}

/**
 * Counts the bytes of every request the page completes from now until the
 * returned function is called (bodies as served: the audit server does not compress).
 */
export function countBytes(page: Page): () => Promise<Bytes> {
  const bytes: Bytes = { html: 0, css: 0, js: 0, other: 0, requests: 0 };
  const pending: Array<Promise<void>> = [];
  const listener = (request: Request) => {
    pending.push(
      request.sizes().then((sizes) => {
        const type = request.resourceType();
        const { pathname } = new URL(request.url());
        const n = sizes.responseBodySize;
        bytes.requests += 1;
        if (type === 'document') bytes.html += n;
        else if (type === 'script' || /\.m?js$/.test(pathname)) bytes.js += n;
        else if (type === 'stylesheet' || pathname.endsWith('.css')) bytes.css += n;
        else bytes.other += n;
      }, () => undefined),
    );
  };
  page.on('requestfinished', listener);
  return async () => {
    page.off('requestfinished', listener);
    await Promise.all(pending);
    return { ...bytes };
  };
}

/**
 * Watches a page for the whole test: console errors, uncaught exceptions,
 * failed requests, and requests to any host but 127.0.0.1 (aborted and recorded).
 */
export async function watch(page: Page, findings: Findings, label: () => string): Promise<void> {
  const foreign = new Set<Request>();
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.hostname !== '127.0.0.1') {
      foreign.add(route.request());
      findings.add('runtime: request to another host', label(), `${route.request().resourceType()} ${url.href} (aborted)`);
      await route.abort('blockedbyclient');
      return;
    }
    await route.fallback();
  });
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    // Failed loads are recorded with their URL by the request listeners below.
    if (/^Failed to load resource/.test(msg.text())) return;
    const loc = msg.location();
    findings.add('runtime: console error', label(), `${msg.text()}${loc.url ? ` (at ${loc.url}:${loc.lineNumber})` : ''}`);
  });
  page.on('pageerror', (error) => findings.add('runtime: uncaught exception', label(), `${error.name}: ${error.message}`));
  page.on('requestfailed', (request) => {
    if (foreign.has(request)) return;
    const reason = request.failure()?.errorText ?? 'failed';
    // The Content-Security-Policy stops most requests to other hosts before they reach the network: still a defect.
    if (new URL(request.url()).hostname !== '127.0.0.1' && /^https?:/.test(request.url())) {
      findings.add('runtime: request to another host', label(), `${request.resourceType()} ${request.url()} (blocked: ${reason})`);
      return;
    }
    findings.add('runtime: failed request', label(), `${request.resourceType()} ${request.url()}: ${reason}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) findings.add('runtime: failed request', label(), `${response.status()} ${response.request().resourceType()} ${response.url()}`);
  });
}

/** Waits until the page has loaded and the network has been quiet (scripts done fetching). */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await frames(page);
}

/** Two animation frames: styles and layout caught up. */
export async function frames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
}

/** Bytes of inline scripts (JSON-LD and other data blocks excluded) and inline styles. */
export function inlineBytes(page: Page): Promise<{ js: number; css: number }> {
  return page.evaluate(() => {
    const enc = new TextEncoder();
    let js = 0;
    let css = 0;
    for (const s of document.querySelectorAll('script:not([src])')) {
      const type = (s.getAttribute('type') ?? '').trim().toLowerCase();
      if (type === '' || type === 'module' || type.includes('javascript') || type.includes('ecmascript')) js += enc.encode(s.textContent ?? '').length;
    }
    for (const s of document.querySelectorAll('style')) css += enc.encode(s.textContent ?? '').length;
    return { js, css };
  });
}

/** Also run axe's best-practice rules, reported as advisories (AUDIT_BEST_PRACTICE=1; slower). */
const BEST_PRACTICE = process.env.AUDIT_BEST_PRACTICE === '1';

/** Runs axe (WCAG 2.2 AA tags) and records each violation with its elements. */
export async function axe(page: Page, findings: Findings, label: string, state: string): Promise<void> {
  // Legacy mode runs axe.run() in the page itself instead of per-frame runs finished in a
  // new blank page: 3–6 times faster, and the same results for a page without frames.
  const frameless = (await page.locator('iframe, frame, object, embed').count()) === 0;
  // options() replaces every option set before it, so it comes first.
  const results = await new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .withTags(BEST_PRACTICE ? [...WCAG_TAGS, 'best-practice'] : WCAG_TAGS)
    .setLegacyMode(frameless)
    .analyze();
  for (const v of results.violations) {
    const wcag = v.tags.some((t) => WCAG_TAGS.includes(t));
    const nodes = v.nodes.slice(0, 6).map((n) => {
      const data = n.any[0]?.data as { fgColor?: string; bgColor?: string; contrastRatio?: number; expectedContrastRatio?: string } | undefined;
      const contrast = data?.contrastRatio ? ` [${data.fgColor} on ${data.bgColor}: ${data.contrastRatio}, needs ${data.expectedContrastRatio}]` : '';
      return `${n.target.join(' ')}${contrast}`;
    });
    const more = v.nodes.length > 6 ? ` … and ${v.nodes.length - 6} more` : '';
    findings.add(
      'accessibility (axe)',
      label,
      `[${state}] ${v.id} (${v.impact ?? 'n/a'}): ${v.help}; ${v.nodes.length} element(s): ${nodes.join(' | ')}${more}`,
      !wcag,
    );
  }
}

/** Whether the page overflows horizontally, and the elements that stick out (deepest first). */
export function overflow(page: Page): Promise<{ scrollWidth: number; innerWidth: number; culprits: string[] } | null> {
  return page.evaluate(() => {
    const vw = window.innerWidth;
    const sw = document.documentElement.scrollWidth;
    if (sw <= vw) return null;
    const describe = (el: Element) => {
      const id = el.id ? `#${el.id}` : '';
      const cls = typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
      const r = el.getBoundingClientRect();
      return `${el.tagName.toLowerCase()}${id}${cls} (right edge ${Math.round(r.right)}px, content ${el.scrollWidth}px in ${el.clientWidth}px)${text ? ` “${text}”` : ''}`;
    };
    const scrolls = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.documentElement; p = p.parentElement) {
        if (getComputedStyle(p).overflowX !== 'visible') return true;
      }
      return false;
    };
    const bad: Element[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      if (scrolls(el)) continue;
      const r = el.getBoundingClientRect();
      const sticksOut = r.width > 0 && r.right > vw + 0.5;
      const spills = getComputedStyle(el).overflowX === 'visible' && el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1 && r.left + el.scrollWidth > vw + 0.5;
      if (sticksOut || spills) bad.push(el);
    }
    const deepest = bad.filter((el) => !bad.some((other) => other !== el && el.contains(other)));
    return { scrollWidth: sw, innerWidth: vw, culprits: deepest.slice(0, 6).map(describe) };
  });
}

/** Checks links present in the rendered page but not in its HTML file (drawn by scripts, e.g. search results). */
export async function checkRenderedLinks(page: Page, staticValues: Set<string>, findings: Findings, label: string): Promise<number> {
  const hrefs = await page.$$eval('a[href], area[href]', (els) => els.map((e) => e.getAttribute('href') ?? ''));
  const origins = [new URL(localRoot()).origin, ...PUBLIC_ORIGINS];
  let checked = 0;
  for (const href of new Set(hrefs)) {
    if (staticValues.has(href.trim())) continue;
    checked += 1;
    const problem = checkLink(href, page.url(), origins);
    if (problem) findings.add('links (drawn by scripts)', label, `${href}: ${problem}`);
  }
  return checked;
}

/** Opens every <details> (so axe and the overflow check see what a reader can open). */
export async function openAllDetails(page: Page): Promise<number> {
  const n = await page.evaluate(() => {
    const all = document.querySelectorAll('details');
    for (const d of all) d.open = true;
    return all.length;
  });
  await frames(page);
  return n;
}

/**
 * Closes repeated <details> again, leaving the first `perKind` of each kind
 * (same class, same parent class) open: a page can have one citation box per
 * paragraph, with the same markup and styles, and axe's time grows with every
 * open one. Returns how many stay open.
 */
export async function keepOpenPerKind(page: Page, perKind = 3): Promise<number> {
  const n = await page.evaluate((max) => {
    const seen = new Map<string, number>();
    let open = 0;
    for (const d of document.querySelectorAll('details')) {
      const key = `${d.className}|${d.parentElement?.className ?? ''}`;
      const count = (seen.get(key) ?? 0) + 1;
      seen.set(key, count);
      d.open = count <= max;
      if (d.open) open += 1;
    }
    return open;
  }, perKind);
  await frames(page);
  return n;
}
