/**
 * The baseline: plain Astro building the same articles as MDX pages (a bare
 * layout, no cross-references, no ingest), then Pagefind over the result. A
 * throwaway project in a temporary folder, using this project's node_modules
 * through a symbolic link, built by a child process with the project's Node.
 *
 * Two ways of rendering the same files, to measure the choice Sourcebook made:
 *   - `mdx`: Astro's MDX integration, every article compiled to its own module
 *     (`render(entry)`), as a plain Astro site would do;
 *   - `data`: the same .mdx files read as data by a collection loader (front
 *     matter and paragraphs) and rendered by one route, as Sourcebook renders
 *     its sources (src/lib/source-mdx.ts): nothing compiled per article.
 */
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Article } from './generate.ts';

/** Text safe as an MDX paragraph: no JSX, expressions or ESM, and no line starting as a Markdown block. */
export function mdxText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/[{}<>]/g, (c) => `&#${c.charCodeAt(0)};`)
    .replace(/^(\s*)([#>*+-]|\d+[.)]|import\b|export\b)/, (_all, space: string, lead: string) => `${space}&#${lead.charCodeAt(0)};${lead.slice(1)}`);
}

/** One article as simple MDX: title in front matter, paragraphs. */
export function articleToMdx(a: Article): string {
  return `---\ntitle: ${JSON.stringify(a.title)}\n---\n\n${a.paragraphs.map(mdxText).join('\n\n')}\n`;
}

const PACKAGE = { name: 'sourcebook-bench-baseline', private: true, type: 'module' };

const CONFIG = `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx()],
  // Its own cache: never the shared node_modules/.astro behind the symbolic link.
  cacheDir: './.cache',
  devToolbar: { enabled: false },
});
`;

export type BaselineMode = 'mdx' | 'data';

const DATA_CONTENT_CONFIG = `import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';

const decode = (text) => text.replace(/&#(\\d+);/g, (_all, code) => String.fromCharCode(Number(code)));

const articles = defineCollection({
  loader: () =>
    readdirSync('./articles')
      .filter((file) => file.endsWith('.mdx'))
      .sort()
      .map((file) => {
        const text = readFileSync(path.join('./articles', file), 'utf8');
        const end = text.indexOf('\\n---\\n', 4);
        const title = JSON.parse(text.slice(4, end).replace(/^title: /, ''));
        const paragraphs = text.slice(end + 5).split(/\\n{2,}/).map((p) => p.trim()).filter(Boolean).map(decode);
        return { id: file.replace(/\\.mdx$/, ''), title, paragraphs };
      }),
  schema: z.object({ title: z.string(), paragraphs: z.array(z.string()) }),
});

export const collections = { articles };
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const articles = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './articles' }),
  schema: z.object({ title: z.string() }),
});

export const collections = { articles };
`;

/** The one route of both baselines: the same bare page, the text from an MDX module (`mdx`) or from data (`data`). */
function page(mode: BaselineMode): string {
  const [imports, render, body] =
    mode === 'mdx'
      ? ['getCollection, render', 'const { Content } = await render(entry);\n', '<Content />']
      : ['getCollection', '', '{entry.data.paragraphs.map((p) => <p>{p}</p>)}'];
  return `---
import { ${imports} } from 'astro:content';

export async function getStaticPaths() {
  const articles = await getCollection('articles');
  return articles.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}

const { entry } = Astro.props;
${render}---
<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width" />
    <title>{entry.data.title}</title>
  </head>
  <body>
    <main data-pagefind-body>
      <h1>{entry.data.title}</h1>
      ${body}
    </main>
  </body>
</html>
`;
}

/** The child's script: astro build, then Pagefind, writing timings and peak memory as JSON. */
const BUILD = `import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'astro';
import * as pagefind from 'pagefind';

const [root, out] = process.argv.slice(2);
const started = performance.now();
const stages = [];
console.log('▶ astro build');
await build({ root, logLevel: 'warn' });
stages.push({ stage: 'astro build', ms: performance.now() - started });
const t = performance.now();
console.log('▶ pagefind');
const { index } = await pagefind.createIndex({});
const added = await index.addDirectory({ path: path.join(root, 'dist') });
await index.writeFiles({ outputPath: path.join(root, 'dist', 'pagefind') });
await pagefind.close();
stages.push({ stage: 'pagefind', ms: performance.now() - t });
writeFileSync(out, JSON.stringify({ ok: true, stages, totalMs: performance.now() - started, maxRSSKB: process.resourceUsage().maxRSS, pagesIndexed: added.page_count }));
`;

/** Write the baseline project for `articles` into `dir`, linking `nodeModules`. Returns the path of its build script. */
export async function prepareBaseline(dir: string, articles: readonly Article[], nodeModules: string, mode: BaselineMode = 'mdx'): Promise<string> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(path.join(dir, 'src', 'pages'), { recursive: true });
  await mkdir(path.join(dir, 'articles'), { recursive: true });
  await symlink(nodeModules, path.join(dir, 'node_modules'), 'dir');
  await writeFile(path.join(dir, 'package.json'), `${JSON.stringify(PACKAGE, null, 2)}\n`);
  await writeFile(path.join(dir, 'astro.config.mjs'), CONFIG);
  await writeFile(path.join(dir, 'src', 'content.config.ts'), mode === 'mdx' ? CONTENT_CONFIG : DATA_CONTENT_CONFIG);
  await writeFile(path.join(dir, 'src', 'pages', '[slug].astro'), page(mode));
  await writeFile(path.join(dir, 'build.mjs'), BUILD);
  // Copies are kept: plain Astro would publish them too.
  for (const a of articles) await writeFile(path.join(dir, 'articles', `${a.file.replace(/\.[^.]+$/, '')}.mdx`), articleToMdx(a));
  return path.join(dir, 'build.mjs');
}

/** Remove what a baseline build leaves, so the next run is cold. */
export async function cleanBaseline(dir: string): Promise<void> {
  for (const sub of ['dist', '.cache', '.astro']) await rm(path.join(dir, sub), { recursive: true, force: true });
}
