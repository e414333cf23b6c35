/**
 * Stage 0, discover: the article files in the corpus folder; dotfiles and the corpus's own
 * files (sourcebook.yaml, briefings/, entities/ at its top) ignored; links out of the folder,
 * anything that is not a regular file, unreadable files and folders, and unknown types rejected.
 * Nothing here opens a file: only names and lstat/realpath, so a FIFO or device cannot block it.
 */
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import path from 'node:path';
import { FORMATS } from './types.ts';
import { isSidecar, sidecarName } from './sidecar.ts';
import { fsReason, kindOf } from './read.ts';
import { RESERVED } from '../../src/lib/corpus.ts';
import type { InputFile } from './types.ts';

export type Discovered = {
  inputs: InputFile[];
  rejected: Array<{ file: string; reason: string }>;
  ignored: string[];
};

const KNOWN = Object.keys(FORMATS).map((e) => `.${e}`).join(', ');

/** True when `real` (a resolved path) is `root` or inside it. */
const inside = (root: string, real: string) => real === root || real.startsWith(root + path.sep);

/** Walk `seedsDir` (recursively, in sorted order). Only an unreadable seeds folder itself throws. */
export async function discover(seedsDir: string): Promise<Discovered> {
  const root = await realpath(seedsDir).catch((error: unknown) => {
    throw new Error(`Cannot read the seeds folder ${seedsDir}: ${(error as Error).message}`, { cause: error });
  });
  await readdir(root).catch((error: unknown) => {
    throw new Error(`Cannot read the seeds folder ${seedsDir}: ${(error as Error).message}`, { cause: error });
  });
  const found: Discovered = { inputs: [], rejected: [], ignored: [] };
  const reject = (file: string, reason: string) => found.rejected.push({ file, reason });

  /** Where the file at `abs` really is, when it is inside the folder; else a reason. */
  const resolve = async (abs: string, shownAs: string): Promise<{ target: string; info: Stats; link: boolean } | { reason: string }> => {
    const info = await lstat(abs);
    if (!info.isSymbolicLink()) return { target: abs, info, link: false };
    const real = await realpath(abs).catch(() => null);
    if (real === null) return { reason: `${shownAs}symbolic link to a file that does not exist` };
    if (!inside(root, real)) return { reason: `${shownAs}symbolic link pointing outside the seeds folder; not followed` };
    return { target: real, info: await stat(real), link: true };
  };

  /** The article's sidecar beside it: its real path, null when there is none, or why it cannot be used. */
  const sidecarOf = async (dir: string, name: string): Promise<InputFile['sidecar']> => {
    const shown = sidecarName(name);
    try {
      const r = await resolve(path.join(dir, shown), `sidecar ${shown} is a `);
      if ('reason' in r) return { error: r.reason };
      if (!r.info.isFile()) return { error: `sidecar ${shown} is ${kindOf(r.info)}, not a file; not read` };
      return { path: r.target };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // No sidecar; or a file name so long that no sidecar can exist beside it.
      if (code === 'ENOENT' || code === 'ENAMETOOLONG') return null;
      return { error: `sidecar ${shown} cannot be read: ${fsReason(error)}` };
    }
  };

  const walk = async (dir: string): Promise<void> => {
    let names: string[];
    try {
      names = (await readdir(dir)).sort();
    } catch (error) {
      reject(`${path.relative(root, dir).split(path.sep).join('/')}/`, `folder cannot be read: ${fsReason(error)}`);
      return;
    }
    const present = new Set(names);
    for (const name of names) {
      const abs = path.join(dir, name);
      const file = path.relative(root, abs).split(path.sep).join('/');
      // The corpus's own files (config, briefings, registry) are not articles and not worth listing.
      if (dir === root && RESERVED.has(name)) continue;
      if (name.startsWith('.')) {
        found.ignored.push(file);
        continue;
      }
      try {
        if (isSidecar(name)) {
          // Read with its article; one without an article is listed so an editor sees the typo.
          if (!present.has(name.slice(0, -'.meta.yaml'.length))) reject(file, `sidecar without an article: there is no ${name.slice(0, -'.meta.yaml'.length)} beside it`);
          continue;
        }
        const r = await resolve(abs, '');
        if ('reason' in r) {
          reject(file, r.reason);
          continue;
        }
        if (r.info.isDirectory()) {
          if (!r.link) await walk(abs);
          continue;
        }
        if (!r.info.isFile()) {
          reject(file, `${kindOf(r.info)}, not a file; not read`);
          continue;
        }
        const ext = path.extname(name).slice(1).toLowerCase();
        if (!(ext in FORMATS)) {
          reject(file, `unsupported file type${ext ? ` .${ext}` : ' (no extension)'}; Sourcebook reads ${KNOWN}`);
          continue;
        }
        found.inputs.push({ file, path: r.target, ext, sidecar: await sidecarOf(dir, name) });
      } catch (error) {
        reject(file, `cannot be read: ${fsReason(error)}`);
      }
    }
  };
  await walk(root);
  return found;
}
