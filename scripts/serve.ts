/**
 * `npm run dev [-- --seeds DIR]` and `npm run preview [-- --seeds DIR]`: Astro's dev server or its preview of the
 * built site, for any corpus. Resolves the corpus folder and its content and site folders the way the build does
 * (src/lib/corpus.ts), then runs `astro dev|preview` with every other option passed through (e.g. `--port 4000`).
 *
 *   node scripts/serve.ts dev|preview [--seeds DIR] [--content DIR] [--dist DIR] [astro options]
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusPaths } from '../src/lib/corpus.ts';

const [command, ...rest] = process.argv.slice(2);
if (command !== 'dev' && command !== 'preview') {
  console.error('Usage: node scripts/serve.ts dev|preview [--seeds DIR] [--content DIR] [--dist DIR] [astro options]');
  process.exit(2);
}
/** Our own options (--name DIR or --name=DIR); everything else goes to Astro. */
const ours: Record<string, string> = {};
const passed: string[] = [];
for (let i = 0; i < rest.length; i++) {
  const m = /^--(seeds|content|dist)(?:=(.*))?$/.exec(rest[i]!);
  if (!m) {
    passed.push(rest[i]!);
    continue;
  }
  const value = m[2] ?? rest[++i];
  if (value === undefined) {
    console.error(`--${m[1]} needs a folder`);
    process.exit(2);
  }
  ours[m[1]!] = value;
}
const corpus = corpusPaths(ours);
if (!existsSync(corpus.seeds)) {
  console.error(`The corpus folder ${corpus.seeds} does not exist.`);
  process.exit(1);
}
if (command === 'preview' && !existsSync(path.join(corpus.dist, 'index.html'))) {
  console.error(`No built site in ${corpus.dist}: run \`npm run build${corpus.isDefault ? '' : ` -- --seeds ${ours.seeds}`}\` first.`);
  process.exit(1);
}
const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const astro = path.join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
const env = { ...process.env, SOURCEBOOK_SEEDS: corpus.seeds, SOURCEBOOK_CONTENT: corpus.content, SOURCEBOOK_DIST: corpus.dist };
const child = spawn(process.execPath, [astro, command, ...passed], { cwd: projectRoot, stdio: 'inherit', env });
child.once('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
for (const s of ['SIGINT', 'SIGTERM'] as const) process.on(s, () => child.kill(s));
