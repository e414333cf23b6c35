// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
// Astro's default Markdown processor, configured explicitly so that its smart
// punctuation is off: quoted source text must be reproduced exactly, never
// rewritten into curly quotes or dashes.
import { satteri } from '@astrojs/markdown-satteri';

/**
 * Base path the site is served under, e.g. `/sourcebook/` for a project page.
 * Set SOURCEBOOK_BASE to change it; always starts and ends with `/`.
 */
function basePath(raw = process.env.SOURCEBOOK_BASE) {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

export default defineConfig({
  site: process.env.SOURCEBOOK_SITE ?? 'https://example.org',
  base: basePath(),
  trailingSlash: 'always',
  output: 'static',
  outDir: process.env.SOURCEBOOK_DIST ?? 'dist',
  build: { format: 'directory' },
  integrations: [mdx()],
  markdown: {
    processor: satteri({ features: { smartPunctuation: false } }),
  },
  devToolbar: { enabled: false },
});
