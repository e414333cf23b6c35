import { describe, expect, it } from 'vitest';
import { describedOrgs } from '../../../src/lib/knowledge/matchers/described-orgs.ts';
import { findWith, found, mentionOf } from '../../helpers/matchers.ts';

describe('the described-orgs matcher', () => {
  it('takes a name after a description of an organisation, keeping the description as a role and an alias', () => {
    const r = findWith([describedOrgs], ['The state fuel company Ancap and cement producer Cementos del Plata signed a deal.']);
    expect(found(r)).toEqual(['organization:Ancap', 'organization:Cementos del Plata']);
    expect(mentionOf(r, 'Ancap')!.roles).toEqual([{ role: 'state fuel company', org: null }]);
    expect(mentionOf(r, 'Ancap')!.aliases).toEqual(['The state fuel company Ancap']);
  });

  it('reads the apposition the other way round', () => {
    expect(found(findWith([describedOrgs], ['Greenland’s parliament, the Inatsisartut, voted.']))).toEqual(['organization:Inatsisartut']);
  });

  it('refuses a person after a person’s role noun, and a place', () => {
    expect(found(findWith([describedOrgs], ['The company analyst Maria Lund said so. The mining company Peru grew.']))).toEqual([]);
  });
});
