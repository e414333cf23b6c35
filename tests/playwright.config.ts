/**
 * Browser tests against the BUILT site (dist/, with its Pagefind index), served
 * by `astro preview`. Build first: `npm test` runs the build before these.
 *
 * Browser: CHROMIUM_PATH, else /usr/bin/chromium when present, else Playwright's own.
 */
import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { HOSTILE } from './e2e/hostile-site.ts';
import { BASE_SITE } from './e2e/base-site.ts';

const port = Number(process.env.E2E_PORT ?? 4329);
/** Base path the site was built with (see astro.config.mjs), always ending in `/`. */
const base = `/${(process.env.SOURCEBOOK_BASE ?? '').trim().replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/** The environment of this process, for a web server that needs a few variables changed. */
function inherited(): Record<string, string> {
  return Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined));
}

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './e2e/global-setup.ts',
  outputDir: '../test-results',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never', outputFolder: '../playwright-report' }]] : 'list',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    // Tests use paths without a leading slash (e.g. 'search/') so they resolve under the base.
    baseURL: `http://127.0.0.1:${port}${base}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
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
  webServer: [{
    // --ignore-lock: run alongside any other `astro preview` (Astro 7 allows one tracked server per project).
    command: `npm run preview -- --port ${port} --host 127.0.0.1 --ignore-lock`,
    url: `http://127.0.0.1:${port}${base}`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
    cwd: '..',
  }, {
    // The site built from hostile fixtures (npm run build:hostile), served the same way from its own folder.
    command: `npm run preview -- --port ${HOSTILE.port} --host 127.0.0.1 --ignore-lock`,
    url: HOSTILE.url,
    env: { ...inherited(), SOURCEBOOK_DIST: HOSTILE.dist, SOURCEBOOK_BASE: '' },
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
    cwd: '..',
  }, {
    // The site built under a sub-path (npm run build:base).
    command: `npm run preview -- --port ${BASE_SITE.port} --host 127.0.0.1 --ignore-lock`,
    url: BASE_SITE.url,
    env: { ...inherited(), SOURCEBOOK_DIST: BASE_SITE.dist, SOURCEBOOK_BASE: BASE_SITE.base },
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
    cwd: '..',
  }],
});
