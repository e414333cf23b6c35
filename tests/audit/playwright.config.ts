/**
 * The publication audit: every page of the built site against the checks a
 * serious publication runs (accessibility, HTML validity, links, runtime
 * errors, weight, layout, citation metadata). `npm run audit`.
 *
 *   AUDIT_DIST=dir      the built site to audit (default dist/)
 *   AUDIT_CONTENT=dir   the content it was built from (default content/)
 *   AUDIT_WORKERS=n     parallel browser pages (default 2)
 *   AUDIT_OUT=dir       where weights.json, findings.json and screenshots/ go (default test-results/audit)
 *
 * The site is served by a small static server started in global-setup.ts on
 * 127.0.0.1 (a free port). Browser: CHROMIUM_PATH, else /usr/bin/chromium when
 * present, else Playwright's own.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  globalSetup: './global-setup.ts',
  outputDir: process.env.AUDIT_OUT ? path.resolve(process.env.AUDIT_OUT, 'artifacts') : '../../test-results/audit/artifacts',
  fullyParallel: true,
  workers: Number(process.env.AUDIT_WORKERS ?? 2),
  forbidOnly: Boolean(process.env.CI),
  // An audit finding is a fact about the build; retrying would only hide flakiness.
  retries: 0,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never', outputFolder: '../../playwright-report/audit' }]] : 'list',
  timeout: 120_000,
  expect: { timeout: 10_000 },
  use: {
    // Findings carry their own detail (element, rule, URL); traces of every page would only slow the run.
    trace: 'off',
    // The audit takes its own screenshots (test-results/audit/screenshots/).
    screenshot: 'off',
    // Each page is audited as a first visit, from the network: a service worker would precache the
    // whole site on every page and could answer from its cache where the network fails.
    // sw.spec.ts audits the service worker itself.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'audit',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          ...(executablePath ? { executablePath } : {}),
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
});
