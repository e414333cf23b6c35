import { describe, expect, it } from 'vitest';
import { descriptions, roleKey } from '../../../src/lib/knowledge/matchers/descriptions.ts';
import { names } from '../../../src/lib/knowledge/matchers/names.ts';
import { orgHeads } from '../../../src/lib/knowledge/matchers/org-heads.ts';
import { roles } from '../../../src/lib/knowledge/matchers/roles.ts';
import { findWith } from '../../helpers/matchers.ts';

describe('the descriptions matcher', () => {
  it('points “the finance minister” at the one person named earlier with that role', () => {
    const r = findWith([names, roles, descriptions], ['Finance Minister Paul Kabuswe met reporters.', 'The finance minister said prices would fall.']);
    const d = r.mentions.find((m) => m.form === 'description')!;
    expect(d).toMatchObject({ name: 'Paul Kabuswe', text: 'The finance minister', block: 1 });
  });

  it('points “the Forum” at the organisation named earlier', () => {
    const r = findWith([orgHeads, descriptions], ['Delegates attended the Lisbon Metals Forum.', 'The Forum closed on Friday.']);
    expect(r.mentions.find((m) => m.form === 'description')).toMatchObject({ name: 'Lisbon Metals Forum', text: 'The Forum' });
  });

  it('refuses a description that two people fit, one before any name, and a title before a name', () => {
    const two = findWith([names, roles, descriptions], ['Finance Minister Paul Kabuswe met Finance Minister Jonas Ekwueme.', 'The finance minister said so.']);
    expect(two.mentions.some((m) => m.form === 'description')).toBe(false);
    const before = findWith([names, roles, descriptions], ['The finance minister said so.', 'Finance Minister Paul Kabuswe agreed.']);
    expect(before.mentions.some((m) => m.form === 'description')).toBe(false);
  });

  it('compares roles without articles, demonyms or places', () => {
    expect(roleKey('the Pakistani finance chief')).toBe('finance chief');
  });
});
