/** Golden files: compare with the stored expectation, or rewrite it when UPDATE=1. */
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { expect } from 'vitest';

export const UPDATE = process.env.UPDATE === '1';

/** Assert `actual` equals the golden file at `file` (created or refreshed with UPDATE=1). */
export async function expectGolden(actual: string, file: string): Promise<void> {
  if (UPDATE) {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, actual);
    return;
  }
  const expected = await readFile(file, 'utf8').catch(() => {
    throw new Error(`missing golden file ${file}: run UPDATE=1 npm run test:unit to create it`);
  });
  expect(actual).toBe(expected);
}
