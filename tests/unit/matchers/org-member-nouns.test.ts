import { describe, expect, it } from 'vitest';
import { orgMemberNouns } from '../../../src/lib/knowledge/matchers/org-member-nouns.ts';
import { findWith, found } from '../../helpers/matchers.ts';

describe('the org-member-nouns matcher', () => {
  it('makes an organisation of a name before a noun for its people or voice, without a suffix', () => {
    const r = findWith([orgMemberNouns], ['The vote was close, and Labour MPs cheered while Conservative MPs left.', 'The result stunned the Reform UK leader and Republican lawmakers.']);
    expect(found(r).sort()).toEqual(['organization:Conservative', 'organization:Labour', 'organization:Reform UK', 'organization:Republican']);
  });

  it('makes an organisation of a name that won seats', () => {
    expect(found(findWith([orgMemberNouns], ['By morning, Labour won 411 seats.']))).toEqual(['organization:Labour']);
  });

  it('makes a team of a name before a player’s position, a city’s club included, but not a country’s side', () => {
    const r = findWith([orgMemberNouns], ['Rodri, the Manchester City midfielder, left early.', 'Yamal, the Barcelona winger, set up the goal, and Kelmouth Rovers captain Mara Quill scored.']);
    expect(found(r).sort()).toEqual(['organization:Barcelona', 'organization:Kelmouth Rovers', 'organization:Manchester City']);
    expect(found(findWith([orgMemberNouns], ['The England captain and the Spain coach spoke.', 'Then New Zealand captain Sam Cane left the field.']))).toEqual([]);
  });

  it('refuses a demonym, a place, a sentence’s ordinary first word and a bare noun', () => {
    expect(found(findWith([orgMemberNouns], ['Many MPs left. British MPs and Texas lawmakers objected. Senior members stayed.']))).toEqual([]);
  });
});
