import { describe, expect, it } from 'vitest';
import { designatedPlaces } from '../../../src/lib/knowledge/matchers/designated-places.ts';
import { findWith } from '../../helpers/matchers.ts';

const names = (paragraphs: string[]) => findWith([designatedPlaces], paragraphs).mentions.map((m) => `${m.type}:${m.text}→${m.name}`);

describe('the designated-places matcher', () => {
  it('names a runway, a road or a terminal by the letter or number after its head word, in either case', () => {
    expect(names(['Runway B stayed shut while a jet landed on runway B and trucks used Interstate 404 to reach Terminal 3.'])).toEqual([
      'place:Runway B→Runway B',
      'place:runway B→Runway B',
      'place:Interstate 404→Interstate 404',
      'place:Terminal 3→Terminal 3',
    ]);
  });

  it('refuses a code that starts a longer name, a clock time and a lone letter after a lowercase head in running text', () => {
    expect(names(['Gate 5 Capital bought it. The gate 5 p.m. deadline passed. Terminal grades A and B.', 'The route A was dropped.'])).toEqual([]);
  });
});
