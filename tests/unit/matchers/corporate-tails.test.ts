import { describe, expect, it } from 'vitest';
import { corporateTails } from '../../../src/lib/knowledge/matchers/corporate-tails.ts';
import { findWith, found } from '../../helpers/matchers.ts';

describe('the corporate-tails matcher', () => {
  it('finds a company by its corporate last word', () => {
    expect(found(findWith([corporateTails], ['Shares of Tianqi Lithium and Iluka Resources rose.']))).toEqual(['organization:Tianqi Lithium', 'organization:Iluka Resources']);
  });

  it('leaves a demonym and a title before the name out of it', () => {
    expect(found(findWith([corporateTails], ['The deal with Chinese Tianqi Lithium closed.']))).toEqual(['organization:Tianqi Lithium']);
  });

  it('takes ordinary words at a sentence start only when a company role or a statement follows', () => {
    expect(found(findWith([corporateTails], ['Southern Copper chief executive Oscar Muestra resigned.']))).toEqual(['organization:Southern Copper']);
    expect(found(findWith([corporateTails], ['Southern Copper prices fell.']))).toEqual([]);
  });

  it('refuses a tail word that does not end the capitalised run', () => {
    expect(found(findWith([corporateTails], ['The Critical Minerals Strategy was published.']))).toEqual([]);
  });
});

describe('carriers', () => {
  it('are companies by “Lines” after ordinary words away from the sentence start', () => {
    expect(found(findWith([corporateTails], ['The storm hit Orbit Air Lines hardest.']))).toEqual(['organization:Orbit Air Lines']);
  });
});

describe('ordinary words at the sentence start', () => {
  it('are a company name when the corpus also writes the same words mid-sentence', () => {
    expect(found(findWith([corporateTails], ['The storm hit Orbit Air Lines hardest.', 'Orbit Air Lines sued on Friday.']))).toEqual(['organization:Orbit Air Lines', 'organization:Orbit Air Lines']);
    expect(found(findWith([corporateTails], ['Orbit Air Lines sued on Friday.']))).toEqual([]);
  });
});
