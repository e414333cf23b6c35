import { describe, expect, it } from 'vitest';
import { ofPlaces } from '../../../src/lib/knowledge/matchers/of-places.ts';
import { places } from '../../../src/lib/knowledge/matchers/places.ts';
import { findWith, found } from '../../helpers/matchers.ts';

describe('the of-places matcher', () => {
  it('names a sea, a gulf or a strait with its “of” complement, before the gazetteer takes the country alone', () => {
    expect(found(findWith([ofPlaces, places], ['Boats left Norway for the Sea of Norway coast and the Gulf of Tessara.']))).toEqual([
      'place:Norway',
      'place:Sea of Norway',
      'place:Gulf of Tessara',
    ]);
  });

  it('refuses an ordinary head word and a lowercase complement', () => {
    expect(found(findWith([ofPlaces], ['The University of Tessara sat by the sea of troubles.']))).toEqual([]);
  });
});
