/**
 * `import text from './file?raw'` outside Vite: src/lib/cite.ts reads its CSL
 * styles that way (Vite's raw import, which bundles the file's text), and the
 * build's cite stage (scripts/cite.ts, scripts/cite-worker.ts) runs it in plain
 * Node. This hook gives such an import the file's text as its default export,
 * the same thing Vite gives. Only `file:` URLs ending in `?raw` are touched.
 */
import { readFileSync } from 'node:fs';
import { registerHooks } from 'node:module';

let registered = false;

/** Install the hook in this thread (once; each worker thread calls it for itself). */
export function registerRawImports(): void {
  if (registered) return;
  registered = true;
  registerHooks({
    load(url, context, nextLoad) {
      if (!url.startsWith('file:') || !url.endsWith('?raw')) return nextLoad(url, context);
      return { format: 'module', source: `export default ${JSON.stringify(readFileSync(new URL(url), 'utf8'))};`, shortCircuit: true };
    },
  });
}
