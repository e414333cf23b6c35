// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
// Astro's default Markdown processor, configured explicitly so that its smart
// punctuation is off: quoted source text must be reproduced exactly, never
// rewritten into curly quotes or dashes.
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from './src/integrations/sitemap.ts';
import devIngest from './src/integrations/dev-ingest.ts';
import { corpusPaths, readCorpusConfig, siteBase, siteUrl } from './src/lib/corpus.ts';

// The corpus being built (SOURCEBOOK_SEEDS, default seeds/) and where its site goes (src/lib/corpus.ts).
const corpus = corpusPaths();
// The site's own modules (src/lib/paths.ts) read these; set here too for a plain `astro build`/`astro check`.
process.env.SOURCEBOOK_SEEDS = corpus.seeds;
process.env.SOURCEBOOK_CONTENT = corpus.content;
process.env.SOURCEBOOK_DIST = corpus.dist;

export default defineConfig({
  // The public address: SOURCEBOOK_SITE, else `site:` in the corpus's sourcebook.yaml, else none (nothing absolute is published).
  site: siteUrl(readCorpusConfig(corpus.seeds)),
  // The path the site is served under (SOURCEBOOK_BASE, e.g. `/sourcebook/` for a project page), else `/`.
  base: siteBase(),
  trailingSlash: 'always',
  output: 'static',
  outDir: corpus.dist,
  build: { format: 'directory' },
  // devIngest: `astro dev` re-runs the ingest when a seed changes (no effect on builds).
  integrations: [mdx(), sitemap(), devIngest()],
  markdown: {
    processor: satteri({ features: { smartPunctuation: false } }),
    // No code blocks to highlight; Shiki's inline styles would also break the CSP below.
    syntaxHighlight: false,
  },
  vite: {
    build: {
      rolldownOptions: {
        onLog(level, log, handler) {
          // Known and harmless for every MDX content entry (withastro/astro#18087).
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
  devToolbar: { enabled: false },
  experimental: {
    // A rebuild renders only the pages whose data or code changed: every route with getStaticPaths() returns a
    // `cacheKey` (src/lib/pages/cache-key.ts); Astro keeps the other pages' previous output (in its cacheDir).
    // It needs build.concurrency 1 (the default).
    incrementalBuild: true,
  },
  security: {
    // Content-Security-Policy on every page, as a <meta> element. Astro adds the
    // hashes of the scripts and styles it emits; nothing else inline may run.
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        // Pagefind fetches its index and WebAssembly, and starts its web worker, from the site itself.
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly; it allows no JavaScript eval.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
