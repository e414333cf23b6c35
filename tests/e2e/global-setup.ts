/** Fail early, with a clear message, when the site has not been built and indexed. */
import { existsSync } from 'node:fs';
import { HOSTILE } from './hostile-site.ts';

export default function globalSetup(): void {
  const missing = ['dist/index.html', 'dist/pagefind/pagefind.js', 'dist/pagefind/pagefind-component-ui.js'].filter((f) => !existsSync(f));
  if (missing.length > 0) {
    throw new Error(`The built site is incomplete (missing ${missing.join(', ')}). Run \`npm run build\` before the browser tests.`);
  }
  if (!existsSync(`${HOSTILE.dist}/index.html`)) {
    throw new Error(`The hostile-input site is missing (${HOSTILE.dist}). Run \`npm run build:hostile\` before the browser tests.`);
  }
}
