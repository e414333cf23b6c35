import { describe, expect, it } from 'vitest';
import { lowercaseOrgs } from '../../../src/lib/knowledge/matchers/lowercase-orgs.ts';
import { findWith, found } from '../../helpers/matchers.ts';

describe('the lowercase-orgs matcher', () => {
  it('names a ministry written in lowercase by its formal name', () => {
    const r = findWith([lowercaseOrgs], ['The finance ministry said the ministry of energy would reply.']);
    expect(r.mentions.map((m) => m.name)).toEqual(['Ministry of Finance', 'Ministry of Energy']);
  });

  it('finds embassies of any country and a leader’s office', () => {
    expect(found(findWith([lowercaseOrgs], ['The US embassy in Islamabad and the Norwegian consulate were closed.']))).toEqual(['organization:US embassy in Islamabad', 'organization:Norwegian consulate']);
    expect(found(findWith([lowercaseOrgs], ['The prime minister’s office denied it.']))).toEqual(['organization:prime minister’s office']);
  });

  it('refuses a determiner before “mission” at the start of a sentence', () => {
    expect(found(findWith([lowercaseOrgs], ['The mission cost about $75 million. This embassy is new.']))).toEqual([]);
  });

  it('refuses a ministry of a field it does not know, and a word that only ends in “ministry”', () => {
    expect(found(findWith([lowercaseOrgs], ['The fishing ministry and the subministry met.']))).toEqual([]);
  });
});

describe('national bodies in lowercase', () => {
  it('are the body of the country named or implied before them, written as the text writes them', () => {
    const r = findWith([lowercaseOrgs], ['Japan’s cabinet approved funds; the Japanese navy and the US coast guard helped, and the Kansas legislature met.']);
    expect(r.mentions.map((m) => `${m.text}→${m.name}`)).toEqual(['Japan’s cabinet→Japan Cabinet', 'Japanese navy→Japan Navy', 'US coast guard→United States Coast Guard', 'Kansas legislature→Kansas Legislature']);
  });

  it('refuses a body after a word that is not a place', () => {
    expect(found(findWith([lowercaseOrgs], ['Tessaro’s cabinet and the Boeing army of lawyers met.']))).toEqual([]);
  });

  it('leaves a body whose own name follows to the matchers that read that name', () => {
    expect(found(findWith([lowercaseOrgs], ['In 2021 Norway’s parliament, the Storting, passed a law. Japan’s cabinet (Naikaku) met.']))).toEqual([]);
  });
});
