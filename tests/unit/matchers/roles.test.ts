import { describe, expect, it } from 'vitest';
import { names } from '../../../src/lib/knowledge/matchers/names.ts';
import { orgHeads } from '../../../src/lib/knowledge/matchers/org-heads.ts';
import { roles } from '../../../src/lib/knowledge/matchers/roles.ts';
import { findWith, mentionOf } from '../../helpers/matchers.ts';

describe('the roles matcher', () => {
  it('makes a title before a name a role and another name, with the organisation before it', () => {
    const r = findWith([orgHeads, names, roles], ['Talks with Example Shippers Council chairman Paul Kabuswe ended.']);
    const m = mentionOf(r, 'Paul Kabuswe')!;
    expect(m.roles).toEqual([{ role: 'chairman', org: 'Example Shippers Council' }]);
    expect(m.titled).toBe('Example Shippers Council chairman Paul Kabuswe');
    expect(m.aliases).toContain('chairman Paul Kabuswe');
  });

  it('makes an apposition describing a person a role, and an honorific the gender', () => {
    const r = findWith([names, roles], ['Grace Mwansa, a mining economist, said so.', 'Ms Mwansa said more.']);
    expect(mentionOf(r, 'Grace Mwansa')!.roles).toEqual([{ role: 'mining economist', org: null }]);
    expect(mentionOf(r, 'Mwansa')).toMatchObject({ gender: 'f', genderByTitle: true, aliases: ['Ms Mwansa'] });
  });

  it('gives no role without a title word', () => {
    const r = findWith([names, roles], ['Under Ms Lacaze, Sam Okoro said costs rose.']);
    expect(mentionOf(r, 'Sam Okoro')!.roles).toEqual([]);
  });
});

describe('a jurisdiction before an abbreviated title', () => {
  it('is part of the titled name when it is no English word', () => {
    const r = findWith([names, roles], ['The minister met Tessavik Gov. Mira Ostrand on Friday, and the chief met Acting Gov. Ola Brenn.']);
    expect(r.mentions.filter((m) => m.type === 'person').map((m) => m.titled)).toEqual(['Tessavik Gov. Mira Ostrand', 'Acting Gov. Ola Brenn']);
  });
});
