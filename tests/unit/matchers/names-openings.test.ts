/** People whose given name is also an English word, at the start of a sentence (`Rishi Sunak conceded …`). */
import { describe, expect, it } from 'vitest';
import { names } from '../../../src/lib/knowledge/matchers/names.ts';
import { placePatterns } from '../../../src/lib/knowledge/matchers/place-patterns.ts';
import { findWith, found } from '../../helpers/matchers.ts';

describe('a name opening a sentence', () => {
  it('keeps a given name that is also a word when a surname and a speech verb or “, who” follow', () => {
    expect(found(findWith([names], ['Rishi Sunak conceded at his count early on Friday.']))).toContain('person:Rishi Sunak');
    expect(found(findWith([names], ['Rishi Sunak, who resigned on Friday, said he was sorry.']))).toContain('person:Rishi Sunak');
  });

  it('does not make a name of a function word before a surname', () => {
    expect(found(findWith([names], ['After Sunak conceded, the party met.']))).not.toContain('person:After Sunak');
  });
});

describe('a street after a preposition of place', () => {
  it('is a place even when its first word is an English word', () => {
    expect(found(findWith([placePatterns], ['The prime minister spoke outside Downing Street on Friday.']))).toEqual(['place:Downing Street']);
  });

  it('needs the preposition: a sentence’s “Street” after a word alone is not enough', () => {
    expect(found(findWith([placePatterns], ['Downing Street said nothing.']))).toEqual([]);
  });
});
