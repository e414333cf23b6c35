/**
 * Atomic publication: the ingest writes its whole output into a stage folder beside the
 * content folder (`<out>.ingest-next`, a hard-linked copy of the current one, so unchanged
 * files cost a link, not a write) and swaps it in with two renames. A reader sees the old
 * corpus or the new one, never a mix; a run killed at any moment leaves the old one whole,
 * or (killed between the two renames) a state that recover() completes on the next run.
 */
import { copyFile, link, lstat, mkdir, readdir, readlink, realpath, rename, rm, symlink } from 'node:fs/promises';
import path from 'node:path';

/** The stage and the old copy of a content folder (its real path): siblings, so renames stay on one file system. */
export function stagePaths(abs: string): { next: string; old: string } {
  return { next: `${abs}.ingest-next`, old: `${abs}.ingest-old` };
}

const exists = (p: string) => lstat(p).then(() => true, () => false);

/**
 * The folder `outDir` names, through a symbolic link if it is one (the link stays; its target is
 * swapped). A link whose target a killed swap left missing still names that target.
 */
async function target(outDir: string): Promise<string> {
  const abs = path.resolve(outDir);
  const real = await realpath(abs).catch(() => null);
  if (real !== null) return real;
  const info = await lstat(abs).catch(() => null);
  return info?.isSymbolicLink() ? path.resolve(path.dirname(abs), await readlink(abs)) : abs;
}

/**
 * Finish or undo a swap a killed run left: with the content folder gone and the old copy
 * present, the stage is complete (it is only ever swapped in whole), so it goes in; then
 * leftovers are removed. Safe to call at any time; a no-op when nothing was left.
 */
export async function recover(outDir: string): Promise<void> {
  const abs = await target(outDir);
  const { next, old } = stagePaths(abs);
  if (!(await exists(abs)) && (await exists(old))) await rename((await exists(next)) ? next : old, abs);
  await rm(next, { recursive: true, force: true });
  await rm(old, { recursive: true, force: true });
}

/** A copy of `from` at `to` made of hard links (copies where links are refused); symbolic links kept as links. */
async function mirror(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  // In parallel: a thousand links one after another cost a thread-pool round trip each.
  await Promise.all((await readdir(from, { withFileTypes: true })).map(async (entry) => {
    const a = path.join(from, entry.name);
    const b = path.join(to, entry.name);
    if (entry.isDirectory()) await mirror(a, b);
    else if (entry.isSymbolicLink()) await symlink(await readlink(a), b);
    else if (entry.isFile()) await link(a, b).catch(() => copyFile(a, b));
  }));
}

/** Make the stage: a copy of the current content folder (empty when there is none). Returns its path. */
export async function openStage(outDir: string): Promise<string> {
  await recover(outDir);
  const abs = await target(outDir);
  const { next } = stagePaths(abs);
  if (await exists(abs)) await mirror(abs, next);
  else await mkdir(next, { recursive: true });
  return next;
}

/** Swap the finished stage in for the content folder. */
export async function publishStage(outDir: string): Promise<void> {
  const abs = await target(outDir);
  const { next, old } = stagePaths(abs);
  if (await exists(abs)) {
    await rename(abs, old);
    await rename(next, abs);
    await rm(old, { recursive: true, force: true });
  } else {
    await mkdir(path.dirname(abs), { recursive: true });
    await rename(next, abs);
  }
}
