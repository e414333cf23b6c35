/**
 * Reading inputs safely: only regular files, checked on the opened descriptor
 * (a FIFO, device or folder is refused without blocking on it), never more
 * than the size limit, and every file-system error turned into a reason.
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { Rejection } from './types.ts';

/** Largest input accepted, in bytes; larger files are rejected with this number in the reason. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

/**
 * Largest article text, in characters (1 Mi, some 170,000 words: a long book). A saved page may be
 * 20 MB with its inline images and scripts, but its text is what every stage after decoding (and the
 * page) grows with: at this size any one file takes a few seconds at most.
 */
export const MAX_TEXT_CHARS = 1024 * 1024;

/** What a non-regular file is, in words. */
export function kindOf(info: Stats): string {
  if (info.isDirectory()) return 'a folder';
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  if (info.isSymbolicLink()) return 'a symbolic link';
  return 'not a regular file';
}

/** A file-system error as a sentence ("permission denied", "name too long"), with its code. */
export function fsReason(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  const words: Record<string, string> = {
    EACCES: 'permission denied', EPERM: 'operation not permitted', ENAMETOOLONG: 'file name too long',
    EISDIR: 'is a folder', ENOENT: 'no longer exists', ELOOP: 'too many symbolic links', EIO: 'input/output error',
    ENXIO: 'no such device', EMFILE: 'too many open files',
  };
  return e?.code ? `${words[e.code] ?? e.message} (${e.code})` : String(e?.message ?? error);
}

/**
 * The bytes of `file`, which must be a regular file of at most `max` bytes. O_NONBLOCK keeps a FIFO
 * swapped in after discovery from blocking the open; O_NOFOLLOW refuses a link swapped in for the file.
 * Throws Rejection naming `shownAs` and the reason.
 */
export function readRegular(file: string, shownAs: string, max = MAX_INPUT_BYTES, per = 'per article'): Buffer {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch (error) {
    throw new Rejection(`${shownAs} cannot be read: ${fsReason(error)}`);
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw new Rejection(`${shownAs} is ${kindOf(info)}, not a file; not read`);
    if (info.size > max) throw new Rejection(`${shownAs} is ${(info.size / 1048576).toFixed(1)} MB; the limit is ${max / 1048576} MB ${per}`);
    const bytes = Buffer.alloc(info.size);
    let at = 0;
    while (at < info.size) {
      const n = readSync(fd, bytes, at, info.size - at, at);
      if (n === 0) break;
      at += n;
    }
    return at === info.size ? bytes : bytes.subarray(0, at);
  } catch (error) {
    if (error instanceof Rejection) throw error;
    throw new Rejection(`${shownAs} cannot be read: ${fsReason(error)}`);
  } finally {
    closeSync(fd);
  }
}
