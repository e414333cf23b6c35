/** Reads and validates an article's editorial sidecar, `<file>.meta.yaml` beside it. */
import YAML from 'yaml';
import { Sidecar } from '../../src/schemas/sidecar.ts';
import { Rejection } from './types.ts';
import { readRegular } from './read.ts';

/** Largest sidecar read, in bytes: a few editorial fields never come near it. */
const MAX_SIDECAR_BYTES = 1024 * 1024;

/** Sidecar file name for an input file name. */
export const sidecarName = (file: string) => `${file}.meta.yaml`;

/** True for sidecar files, which are read with their article, never as articles. */
export const isSidecar = (file: string) => file.endsWith('.meta.yaml');

/** Read the sidecar at `path` (a regular file, found by discover). Unreadable or invalid sidecars reject the article, naming the sidecar. */
export async function readSidecar(path: string, shownAs: string): Promise<Sidecar> {
  const text = new TextDecoder('utf-8').decode(readRegular(path, `sidecar ${shownAs}`, MAX_SIDECAR_BYTES, 'per sidecar'));
  let data: unknown;
  try {
    data = YAML.parse(text, { schema: 'core', merge: false, maxAliasCount: 10, logLevel: 'error' }) ?? {};
  } catch (error) {
    throw new Rejection(`sidecar ${shownAs} is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  const result = Sidecar.safeParse(data);
  if (!result.success) {
    const issues = result.error.issues.map((i) => (i.code === 'unrecognized_keys' ? `unknown key(s) ${i.keys.join(', ')} (allowed: ${Object.keys(Sidecar.shape).join(', ')})` : `${i.path.join('.')}: ${i.message}`));
    throw new Rejection(`sidecar ${shownAs} is invalid: ${issues.join('; ')}`);
  }
  return result.data;
}
