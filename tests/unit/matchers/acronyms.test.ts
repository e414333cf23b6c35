import { describe, expect, it } from 'vitest';
import { acronymDefinitions } from '../../../src/lib/knowledge/matchers/acronym-definitions.ts';
import { acronyms } from '../../../src/lib/knowledge/matchers/acronyms.ts';
import { dateline } from '../../../src/lib/knowledge/matchers/dateline.ts';
import { findWith, found, mentionOf } from '../../helpers/matchers.ts';

describe('the acronyms matcher', () => {
  it('leaves a lone acronym for the join to resolve, as likely an organisation', () => {
    const r = findWith([acronyms], ['Leaders of ASEAN met.']);
    expect(found(r)).toEqual(['unknown:ASEAN']);
    expect(r.mentions[0]!.hints.org).toBe(true);
  });

  it('names an acronym the source defined, even one that spells a word, with its article as another name', () => {
    const r = findWith([acronymDefinitions, acronyms], ['The Example Refiners Group (ERG) met.', 'Later the ERG said so.']);
    const later = r.mentions.filter((m) => m.text === 'ERG').at(-1)!;
    expect(later).toMatchObject({ type: 'organization', name: 'Example Refiners Group', block: 1 });
    expect(later.aliases).toEqual(['the ERG']);
  });

  it('refuses a law’s acronym, an abbreviation that names nothing, and an undefined word in capitals', () => {
    expect(found(findWith([acronymDefinitions, acronyms], ['The National Mining Code (NMC) sets royalties. The NMC was revised.']))).toEqual([]);
    expect(found(findWith([acronyms], ['The CEO said GDP grew. It was a BIG day.']))).toEqual([]);
    expect(mentionOf(findWith([acronyms], ['Officials from NATO met.']), 'NATO')).toBeDefined();
  });
});

describe('codes with digits', () => {
  it('are not organisations unless the source defines them', () => {
    expect(found(findWith([acronyms], ['The A350 waited at holding point C5 while NATO met.']))).toEqual(['unknown:NATO']);
    expect(mentionOf(findWith([acronymDefinitions, acronyms], ['The Group of Twenty (G20) met. The G20 agreed.']), 'G20')).toBeDefined();
  });
});

describe('an acronym glued to a name', () => {
  it('is the front of one company name when the name is no English word, place or title', () => {
    expect(found(findWith([acronyms], ['Analysts at QX Wendler said so.']))).toEqual(['organization:QX Wendler']);
    expect(found(findWith([acronyms], ['The NATO Secretary spoke. QX Norway grew. QX Wendler Holdings rose.'])).filter((x) => x.startsWith('organization:'))).toEqual([]);
  });
});

describe('capitals that name no organisation', () => {
  it('a state code after a city or before a ZIP code, and a unit after a number, are no organisation; Team GB still is one', () => {
    expect(found(findWith([acronyms], ['Ledgerline Media · PO Box 5550 · San Francisco, CA 94105.']))).toEqual([]);
    expect(found(findWith([dateline, acronyms], ['BALTIMORE, MD (April 5, 2024) — The governor spoke.'], { dateline: 'BALTIMORE' }))).toEqual(['place:BALTIMORE']);
    expect(found(findWith([acronyms], ['The phone has 128 GB of storage.']))).toEqual([]);
    expect(found(findWith([acronyms], ['Team GB waved flags.']))).toEqual(['unknown:GB']);
  });
});
