import { describe, expect, it } from 'vitest';
import { basedPlaces, places } from '../../../src/lib/knowledge/matchers/places.ts';
import { placePatterns } from '../../../src/lib/knowledge/matchers/place-patterns.ts';
import { findWith, found } from '../../helpers/matchers.ts';

describe('the places matcher', () => {
  it('finds gazetteer places, the longest name first', () => {
    expect(found(findWith([places], ['Trade between Pakistan and the United States grew.']))).toEqual(['place:Pakistan', 'place:United States']);
  });

  it('reads a country’s formal name, and the last word of a formal name used alone later', () => {
    const r = findWith([places], ['The Kingdom of Norway offered a grant.', 'The Democratic Republic of Congo exports cobalt. Congo wants more.']);
    expect(r.mentions.map((m) => `${m.text}→${m.name}`)).toEqual(['Kingdom of Norway→Norway', 'Democratic Republic of Congo→Democratic Republic of the Congo', 'Congo→Democratic Republic of the Congo']);
  });

  it('splits hyphenated pairs of places and “X-based”', () => {
    expect(found(findWith([places], ['Pakistan-US ties and a Quetta-based firm.']))).toEqual(['place:Pakistan', 'place:US', 'place:Quetta']);
  });

  it('leaves a known name after a compass word to the longer place (East Palestine is not Palestine), which the place patterns read', () => {
    expect(found(findWith([places], ['A train derailed in East Palestine, Ohio, near the border.']))).toEqual(['place:Ohio']);
    expect(found(findWith([places, placePatterns], ['A train derailed in East Palestine, Ohio, near the border.']))).toEqual(['place:East Palestine', 'place:Ohio']);
    // A compass place the gazetteer knows whole stays whole.
    expect(found(findWith([places], ['Talks with North Korea stalled.']))).toEqual(['place:North Korea']);
  });

  it('refuses an ambiguous place name that starts a longer name (Jordan Peterson is not Jordan)', () => {
    expect(found(findWith([places], ['Jordan Peterson spoke in Jordan.']))).toEqual(['place:Jordan']);
    expect(findWith([places], ['Jordan Peterson spoke in Jordan.']).mentions[0]!.start).toBe('Jordan Peterson spoke in '.length);
  });
});

describe('the based-places matcher', () => {
  it('takes a name that is not an English word before “based” as a place', () => {
    expect(found(findWith([basedPlaces], ['The Kolwezi based firm grew.']))).toEqual(['place:Kolwezi']);
  });

  it('refuses an ordinary word before “based”', () => {
    expect(found(findWith([basedPlaces], ['The Cloud based service grew.']))).toEqual([]);
  });
});

describe('a place before “-area”', () => {
  it('is the place when the gazetteer knows it, not an unknown word', () => {
    expect(found(findWith([places], ['Pakistan-area factories and Metro-area traffic.']))).toEqual(['place:Pakistan']);
  });
});
