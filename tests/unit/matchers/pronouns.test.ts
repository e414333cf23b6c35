import { describe, expect, it } from 'vitest';
import { pronouns } from '../../../src/lib/knowledge/matchers/pronouns.ts';
import { findWith } from '../../helpers/matchers.ts';

describe('the pronouns matcher', () => {
  it('finds “he” and “she”, in any case, with where they are', () => {
    const r = findWith([pronouns], ['She said he would come.', 'They agreed, and he left.']);
    expect(r.pronouns).toEqual([
      { block: 0, start: 0, word: 'she' },
      { block: 0, start: 9, word: 'he' },
      { block: 1, start: 17, word: 'he' },
    ]);
    expect(r.mentions).toEqual([]);
  });

  it('refuses other pronouns and words that contain “he”', () => {
    expect(findWith([pronouns], ['They said the shed was theirs; hers too.']).pronouns).toEqual([]);
  });
});
