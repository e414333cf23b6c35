/**
 * Where the site reads generated content: `content/` unless SOURCEBOOK_CONTENT
 * names another folder (the build sets it when told `--content DIR`).
 */
import path from 'node:path';

/** The content folder (absolute). */
export const contentDir = (): string => path.resolve(process.env.SOURCEBOOK_CONTENT ?? 'content');

/** A path inside the content folder. */
export const contentPath = (...parts: string[]): string => path.join(contentDir(), ...parts);
