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

  it('refuses a ministry of a field it does not know, and a word that only ends in “ministry”', () => {
    expect(found(findWith([lowercaseOrgs], ['The fishing ministry and the subministry met.']))).toEqual([]);
  });
});
