/**
 * A corpus is a folder the user owns: the articles and their sidecars, and
 * optionally `sourcebook.yaml` (src/schemas/corpus.ts), `briefings/` (written
 * briefings, MDX) and `entities/` (the entity registry, YAML). This module says
 * where a corpus's generated content and site go, and reads its config; the
 * build scripts and the site (astro.config.mjs, src/lib/paths.ts) share it.
 *
 * The default corpus is the project's `seeds/`: its generated content is the
 * committed `content/`, its site `dist/`. Any other folder builds into
 * `.sourcebook/<name>-<hash>/{content,dist}` inside the project, so building it
 * never touches a tracked file.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { z } from 'zod';
import { CorpusConfig } from '../schemas/corpus.ts';

/**
 * The project folder (where astro.config.mjs is). Inside Astro's bundled pages this module no longer sits in
 * src/lib/, so astro.config.mjs resolves the corpus first and passes it on in SOURCEBOOK_* variables.
 */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The config file's name inside a corpus. */
export const CONFIG_FILE = 'sourcebook.yaml';
/** Entries at the top of a corpus folder that are not articles. */
export const RESERVED = new Set([CONFIG_FILE, 'briefings', 'entities']);

/** Where one corpus is read from and built into (absolute paths). */
export interface CorpusPaths {
  /** The corpus folder (articles, sidecars, config, briefings, entities). */
  seeds: string;
  /** Generated content: sources/, raw/, ingest-report.json, addresses.json (the ids published) and caches. */
  content: string;
  /** The built site. */
  dist: string;
  /** True for the project's own seeds/. */
  isDefault: boolean;
}

const defaultSeeds = (): string => path.join(projectRoot, 'seeds');

/** Real path when the folder exists (so `seeds` and `./seeds/` are one corpus), else the resolved path. */
function real(dir: string): string {
  const abs = path.resolve(dir);
  try {
    return realpathSync(abs);
  } catch {
    return abs;
  }
}

/** The build folder of a corpus other than the default: `.sourcebook/<folder name>-<hash of its path>`. */
export function buildFolder(seeds: string): string {
  const abs = real(seeds);
  const name = path.basename(abs).normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'corpus';
  const hash = createHash('sha256').update(abs).digest('hex').slice(0, 8);
  return path.join(projectRoot, '.sourcebook', `${name}-${hash}`);
}

/**
 * Where a corpus is read from and built into. `seeds` defaults to SOURCEBOOK_SEEDS or the project's seeds/;
 * `content` and `dist` to SOURCEBOOK_CONTENT / SOURCEBOOK_DIST, else the corpus's own build folder.
 */
export function corpusPaths(options: { seeds?: string; content?: string; dist?: string } = {}, env: NodeJS.ProcessEnv = process.env): CorpusPaths {
  const seeds = real(options.seeds ?? env.SOURCEBOOK_SEEDS ?? defaultSeeds());
  const isDefault = seeds === real(defaultSeeds());
  const own = isDefault ? { content: path.join(projectRoot, 'content'), dist: path.join(projectRoot, 'dist') } : { content: path.join(buildFolder(seeds), 'content'), dist: path.join(buildFolder(seeds), 'dist') };
  return {
    seeds,
    content: path.resolve(options.content ?? env.SOURCEBOOK_CONTENT ?? own.content),
    dist: path.resolve(options.dist ?? env.SOURCEBOOK_DIST ?? own.dist),
    isDefault,
  };
}

/** Read `<seeds>/sourcebook.yaml` (defaults when absent); throws naming the file and the field when it is invalid. */
export function readCorpusConfig(seeds: string): CorpusConfig {
  const file = path.join(seeds, CONFIG_FILE);
  if (!existsSync(file)) return CorpusConfig.parse({});
  if (!statSync(file).isFile()) throw new Error(`${file}: not a file`);
  let raw: unknown;
  try {
    raw = YAML.parse(readFileSync(file, 'utf8'), { schema: 'core' }) ?? {};
  } catch (error) {
    throw new Error(`${file}: not valid YAML: ${(error as Error).message}`, { cause: error });
  }
  const parsed = CorpusConfig.safeParse(raw);
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/**
 * The public site URL: SOURCEBOOK_SITE, else the corpus config's `site`, else undefined (then nothing absolute is
 * published). Throws when SOURCEBOOK_SITE is set but is not an http(s) URL.
 */
export function siteUrl(config: CorpusConfig, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const fromEnv = env.SOURCEBOOK_SITE?.trim();
  if (fromEnv) {
    const parsed = z.url({ protocol: /^https?$/ }).safeParse(fromEnv);
    if (!parsed.success) throw new Error(`SOURCEBOOK_SITE=${fromEnv} is not an http(s) URL`);
    return fromEnv;
  }
  return config.site;
}

/** The message printed once by a build that has no public URL. */
export const NO_SITE_URL_HINT =
  'No public site URL is set, so the site publishes no absolute URLs (canonical links, citation URLs, sitemap and feed links are left out or relative). Set `site: https://…` in the corpus\'s sourcebook.yaml, or SOURCEBOOK_SITE=https://… for one build.';

/** The base path the site is served under (SOURCEBOOK_BASE, e.g. `/sourcebook/` for a project page), else `/`; always starts and ends with `/`. */
export function siteBase(raw: string | undefined = process.env.SOURCEBOOK_BASE): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}
