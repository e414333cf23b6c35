import { describe, expect, it } from 'vitest';
import { placePatterns } from '../../../src/lib/knowledge/matchers/place-patterns.ts';
import { findWith, found } from '../../helpers/matchers.ts';

describe('the place-patterns matcher', () => {
  it('finds places by a geographic first word, a compass word or a geographic last word', () => {
    expect(found(findWith([placePatterns], ['Work resumed at Mount Kelvar, in the Salar de Ventana, in Upper Dravia, in Haut-Lomari and near Tarvo Bay.']))).toEqual([
      'place:Mount Kelvar',
      'place:Salar de Ventana',
      'place:Upper Dravia',
      'place:Haut-Lomari',
      'place:Tarvo Bay',
    ]);
  });

  it('finds a launch site named with “Cosmodrome” and a mill or plant named with “Plant” or “Works”', () => {
    expect(found(findWith([placePatterns], ['The probe lifted off from the Kelvar Cosmodrome on Friday.']))).toEqual(['place:Kelvar Cosmodrome']);
    expect(found(findWith([placePatterns], ['Steel is made at the Edvar Tolsen Plant and at Karvo Works.']))).toEqual(['place:Edvar Tolsen Plant', 'place:Karvo Works']);
  });

  it('refuses a compass word before ordinary words, and a geographic last word after a title', () => {
    expect(found(findWith([placePatterns], ['The Northern Alliance met in the Minister Bay.']))).toEqual([]);
  });
});

describe('facility names of ordinary words', () => {
  it('are places after “the” away from the sentence start, with two words or more before the suffix', () => {
    expect(found(findWith([placePatterns], ['Tugs moved the ship to the Harbor Marine Terminal overnight.']))).toEqual(['place:Harbor Marine Terminal']);
    expect(found(findWith([placePatterns], ['Tugs moved the ship to the Marine Terminal overnight. Harbor Marine Terminal staff waited.']))).toEqual([]);
  });
});
