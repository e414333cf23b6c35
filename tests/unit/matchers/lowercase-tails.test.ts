import { describe, expect, it } from 'vitest';
import { lowercaseTails } from '../../../src/lib/knowledge/matchers/lowercase-tails.ts';
import { findWith } from '../../helpers/matchers.ts';

const named = (paragraphs: string[]) => findWith([lowercaseTails], paragraphs).mentions.map((m) => `${m.text}→${m.name}`);

describe('the lowercase-tails matcher', () => {
  it('reads a country’s organisation written in lowercase without the country as the one full name of the corpus', () => {
    expect(named(['A jet hit a Norway Coast Guard plane.', 'The coast guard said its crew died.'])).toEqual(['coast guard→Norway Coast Guard']);
  });

  it('refuses a tail two countries’ organisations share, and a tail inside a longer word', () => {
    expect(named(['Ships of the Norway Coast Guard met the Sweden Coast Guard.', 'The coast guard said so.'])).toEqual([]);
    expect(named(['A jet hit a Norway Coast Guard plane.', 'The coast guards said so.'])).toEqual([]);
  });
});
