/**
 * The service worker, when the site registers one: it installs and activates
 * on a first visit, and everything it fetches meanwhile (its precache) loads
 * from this site without errors. (The page audits block service workers so
 * that each page is measured and checked from the network.)
 */
import { test } from '@playwright/test';
import { localRoot } from './lib/browser.ts';
import { Findings } from './lib/findings.ts';
import { BASE } from './lib/site.ts';

test('the service worker (if any) installs, and everything it precaches loads', async ({ browser }, testInfo) => {
  test.setTimeout(120_000);
  const findings = new Findings(testInfo);
  const label = `${BASE} (service worker)`;
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  try {
    let fetched = 0;
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.hostname !== '127.0.0.1') {
        findings.add('runtime: request to another host', label, `${route.request().resourceType()} ${url.href} (aborted)`);
        await route.abort('blockedbyclient');
        return;
      }
      await route.fallback();
    });
    context.on('requestfinished', (request) => {
      if (request.serviceWorker()) fetched += 1;
    });
    context.on('requestfailed', (request) => {
      // When one precache fetch fails the worker's install is abandoned and its other fetches are
      // cancelled (net::ERR_ABORTED): the failure that matters is reported on its own.
      if (request.serviceWorker() && request.failure()?.errorText === 'net::ERR_ABORTED') return;
      findings.add('runtime: failed request', label, `${request.serviceWorker() ? 'service worker ' : ''}${request.resourceType()} ${request.url()}: ${request.failure()?.errorText ?? 'failed'}`);
    });
    context.on('response', (response) => {
      if (response.status() >= 400) findings.add('runtime: failed request', label, `${response.status()} ${response.request().serviceWorker() ? 'service worker ' : ''}${response.request().resourceType()} ${response.url()}`);
    });
    const page = await context.newPage();
    page.on('console', (msg) => {
      if (msg.type() === 'error' && !/^Failed to load resource/.test(msg.text())) findings.add('runtime: console error', label, msg.text());
    });
    page.on('pageerror', (error) => findings.add('runtime: uncaught exception', label, `${error.name}: ${error.message}`));
    await page.goto(localRoot());
    await page.waitForLoadState('load');
    // Give the page a moment to register (sites register on `load`).
    const registered = await page.evaluate(async () => {
      if (!('serviceWorker' in navigator)) return false;
      for (let i = 0; i < 20; i += 1) {
        if ((await navigator.serviceWorker.getRegistrations()).length > 0) return true;
        await new Promise((r) => setTimeout(r, 100));
      }
      return false;
    });
    test.skip(!registered, 'the site registers no service worker');
    // Follow the worker until it activates, or its install fails (it becomes redundant).
    const state = await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      if (!reg) return 'no registration';
      const worker = reg.installing ?? reg.waiting ?? reg.active
        ?? (await new Promise<ServiceWorker | null>((done) => reg.addEventListener('updatefound', () => done(reg.installing), { once: true })));
      if (!worker) return 'no worker';
      return new Promise<string>((done) => {
        const check = () => {
          if (['activating', 'activated', 'redundant'].includes(worker.state)) done(worker.state);
        };
        worker.addEventListener('statechange', check);
        check();
        setTimeout(() => done(`timed out while ${worker.state}`), 60_000);
      });
    });
    // Let the last request events of a failed install arrive before the context closes.
    if (state !== 'activated' && state !== 'activating') await page.waitForTimeout(1000);
    if (state !== 'activated' && state !== 'activating') findings.add('service worker', label, `did not activate (${state === 'redundant' ? 'its install failed' : state})`);
    testInfo.annotations.push({ type: 'service worker', description: `${state}; ${fetched} request(s) made by the worker` });
  } finally {
    await context.close();
    findings.save();
  }
  for (const check of ['service worker', 'runtime: console error', 'runtime: uncaught exception', 'runtime: failed request', 'runtime: request to another host']) {
    findings.expectNone(check);
  }
});
