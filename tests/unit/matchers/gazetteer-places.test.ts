/** Places of the general gazetteer that a head word or a capital could take for something else. */
import { describe, expect, it } from 'vitest';
import { MATCHERS } from '../../../src/lib/knowledge/matchers/index.ts';
import { findWith, found } from '../../helpers/matchers.ts';

describe('the general gazetteer', () => {
  it('keeps a former state named with a head word a place, not an organisation', () => {
    const r = found(findWith(MATCHERS, ['Only the United States, the Soviet Union and China had landed there before.']));
    expect(r).toContain('place:Soviet Union');
    expect(r).not.toContain('organization:Soviet Union');
  });

  it('knows the Moon and Earth as places, and a time zone as no organisation', () => {
    const r = found(findWith(MATCHERS, ['The lander touched down on the Moon at 18:04 IST, some 384,000 km from Earth.']));
    expect(r).toEqual(expect.arrayContaining(['place:Moon', 'place:Earth']));
    expect(r).not.toContain('organization:IST');
  });

  it('knows a city named after a saint, and a month or weekday in capitals as no organisation', () => {
    const r = found(findWith(MATCHERS, ['St. Petersburg recorded more than 18 inches of rain.', 'THE COUNTY REGISTER MONDAY, JULY 15, 2024']));
    expect(r).toContain('place:St. Petersburg');
    expect(r).not.toContain('place:Petersburg');
    expect(r.filter((x) => /MONDAY|JULY/.test(x))).toEqual([]);
  });

  it('takes no language or nationality for a place, and no subject of "based in" for one', () => {
    const r = found(findWith(MATCHERS, ['Tom Ashby is a translator from Spanish and Portuguese based in Bristol.']));
    expect(r.filter((x) => /Spanish|Portuguese/.test(x))).toEqual([]);
  });
});
