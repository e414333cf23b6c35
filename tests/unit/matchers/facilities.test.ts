import { describe, expect, it } from 'vitest';
import { facilities } from '../../../src/lib/knowledge/matchers/facilities.ts';
import { findWith, found } from '../../helpers/matchers.ts';

describe('the facilities matcher', () => {
  it('makes a place of a name and a facility noun after a determiner or an owner, qualifiers included', () => {
    expect(found(findWith([facilities], ['The utility said its Tarrow nuclear plant was safe.', 'Workers returned to Acme’s Bellbrook factory.']))).toEqual([
      'place:Tarrow nuclear plant',
      'place:Bellbrook factory',
    ]);
  });

  it('reads roads, tunnels, pipelines and stadiums too, a road by its code, with a preposition after the noun', () => {
    expect(found(findWith([facilities], ['A convoy moved north along the M4 highway through the region.', 'Fans filled the Tarrow stadium before the final.']))).toEqual([
      'place:M4 highway',
      'place:Tarrow stadium',
    ]);
  });

  it('refuses a country or an organisation as the name, a noun too far away, and a name with no determiner', () => {
    expect(found(findWith([facilities], ['The Norway plant closed. The Tarrow Authority factory closed. The Tarrow site will soon house a new plant. Tarrow plant workers struck. The Brellans plant trees.']))).toEqual([]);
  });
});
