import { describe, expect, it } from 'vitest';
import { knownAs } from '../../../src/lib/knowledge/matchers/known-as.ts';
import { names } from '../../../src/lib/knowledge/matchers/names.ts';
import { findWith, found, mentionOf } from '../../helpers/matchers.ts';

describe('the known-as matcher', () => {
  it('makes the other name an alias of the first and drops its own mention', () => {
    const r = findWith([names, knownAs], ['Ibrahim Tessaly, widely known as Ibo Tess, runs the largest terminal.']);
    expect(found(r)).toEqual(['person:Ibrahim Tessaly']);
    expect(mentionOf(r, 'Ibrahim Tessaly')!.aliases).toEqual(['Ibo Tess']);
  });

  it('reads “formerly” alone', () => {
    const r = findWith([names, knownAs], ['Lena Vint, formerly Lena Rask, said so.']);
    expect(mentionOf(r, 'Lena Vint')!.aliases).toEqual(['Lena Rask']);
  });

  it('refuses a name that is only followed by a comma', () => {
    const r = findWith([names, knownAs], ['Ahmed Khan, Lena Vint and Sam Okoro said so.']);
    expect(r.mentions.every((m) => m.aliases.length === 0)).toBe(true);
  });
});
