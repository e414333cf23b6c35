import { describe, expect, it } from 'vitest';
import { acronymDefinitions, acronymFitsLoosely } from '../../../src/lib/knowledge/matchers/acronym-definitions.ts';
import { findWith, found } from '../../helpers/matchers.ts';

describe('the acronym-definitions matcher', () => {
  it('finds the name an acronym in parentheses abbreviates, and the acronym', () => {
    const r = findWith([acronymDefinitions], ['The Uruguayan Mining Regulatory Office (UMRO) approved the plan.']);
    expect(found(r)).toEqual(['organization:Uruguayan Mining Regulatory Office', 'organization:UMRO']);
    expect(r.mentions[1]!.name).toBe('Uruguayan Mining Regulatory Office');
    expect(r.acronyms.get('UMRO')).toBe('Uruguayan Mining Regulatory Office');
  });

  it('reads a name with connectors in another language, and a loose fit', () => {
    expect(found(findWith([acronymDefinitions], ['Shares of Sociedad Química y Minera (SQM) rose.']))).toContain('organization:Sociedad Química y Minera');
    expect(acronymFitsLoosely('IWIP', 'Indonesia Weda Bay Industrial Park')).toBe(true);
    expect(acronymFitsLoosely('IWIP', 'International Park')).toBe(false);
  });

  it('makes nothing of a law’s name and its acronym', () => {
    const r = findWith([acronymDefinitions], ['The National Mining Code (NMC) sets royalties.']);
    expect(r.mentions).toEqual([]);
    expect(r.acronyms.has('NMC')).toBe(false);
  });

  it('refuses an acronym whose letters do not fit the words before it', () => {
    expect(found(findWith([acronymDefinitions], ['The Financial Services Commission (XYZ) fined two brokers.']))).toEqual([]);
  });
});
