/**
 * Stage 0, discover: the article files in the corpus folder; dotfiles and the corpus's own
 * files (sourcebook.yaml, briefings/, entities/ at its top) ignored, unsafe links and unknown types rejected.
 */
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { FORMATS } from './extract.ts';
import { isSidecar } from './sidecar.ts';
import { RESERVED } from '../../src/lib/corpus.ts';
import type { InputFile } from './types.ts';

export type Discovered = {
  inputs: InputFile[];
  rejected: Array<{ file: string; reason: string }>;
  ignored: string[];
};

const KNOWN = Object.keys(FORMATS).map((e) => `.${e}`).join(', ');

/** Walk `seedsDir` (recursively, in sorted order). */
export async function discover(seedsDir: string): Promise<Discovered> {
  const root = await realpath(seedsDir).catch((error: unknown) => {
    throw new Error(`Cannot read the seeds folder ${seedsDir}: ${(error as Error).message}`, { cause: error });
  });
  const found: Discovered = { inputs: [], rejected: [], ignored: [] };
  const walk = async (dir: string): Promise<void> => {
    const names = (await readdir(dir)).sort();
    for (const name of names) {
      const abs = path.join(dir, name);
      const file = path.relative(root, abs).split(path.sep).join('/');
      // The corpus's own files (config, briefings, registry) are not articles and not worth listing.
      if (dir === root && RESERVED.has(name)) continue;
      if (name.startsWith('.')) {
        found.ignored.push(file);
        continue;
      }
      const info = await lstat(abs);
      let target = abs;
      if (info.isSymbolicLink()) {
        const real = await realpath(abs).catch(() => null);
        if (real === null) {
          found.rejected.push({ file, reason: 'symbolic link to a file that does not exist' });
          continue;
        }
        if (real !== root && !real.startsWith(root + path.sep)) {
          found.rejected.push({ file, reason: 'symbolic link pointing outside the seeds folder; not followed' });
          continue;
        }
        target = real;
      }
      const kind = await stat(target);
      if (kind.isDirectory()) {
        if (!info.isSymbolicLink()) await walk(abs);
        continue;
      }
      if (!kind.isFile() || isSidecar(name)) continue;
      const ext = path.extname(name).slice(1).toLowerCase();
      if (!(ext in FORMATS)) {
        found.rejected.push({ file, reason: `unsupported file type${ext ? ` .${ext}` : ' (no extension)'}; Sourcebook reads ${KNOWN}` });
        continue;
      }
      found.inputs.push({ file, path: target, ext });
    }
  };
  await walk(root);
  return found;
}
