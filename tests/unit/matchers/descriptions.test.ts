import { describe, expect, it } from 'vitest';
import { corporateTails } from '../../../src/lib/knowledge/matchers/corporate-tails.ts';
import { descriptions, roleKey } from '../../../src/lib/knowledge/matchers/descriptions.ts';
import { names } from '../../../src/lib/knowledge/matchers/names.ts';
import { orgHeads } from '../../../src/lib/knowledge/matchers/org-heads.ts';
import { placePatterns } from '../../../src/lib/knowledge/matchers/place-patterns.ts';
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

  it('points a title two people hold at the one the text named again last (“DeWine said … the governor warned”)', () => {
    const r = findWith([names, roles, descriptions], ['Gov. Mike DeWine and Pennsylvania Gov. Josh Shapiro ordered residents to leave.', '“This is a matter of life and death,” DeWine said. Anyone who stayed, the governor warned, faced danger.']);
    expect(r.mentions.find((m) => m.form === 'description')).toMatchObject({ name: 'Mike DeWine', text: 'the governor' });
  });

  it('points “the new prime minister” at the holder not said to be leaving, and “the outgoing prime minister” at the one who is', () => {
    const r = findWith([names, roles, descriptions], ['Mara Quill, the outgoing prime minister, resigned.', 'Prime Minister Lena Ortiz took office.', 'The new prime minister said she would serve, and the outgoing prime minister left.']);
    expect(r.mentions.filter((m) => m.form === 'description' && m.block === 2).map((m) => `${m.text}→${m.name}`)).toEqual(['The new prime minister→Lena Ortiz', 'the outgoing prime minister→Mara Quill']);
  });

  it('points “the Spain coach” at the one person named earlier with that title there', () => {
    const r = findWith([names, roles, descriptions], ['Spain coach Luis Ortega praised his players.', 'The Spain coach said the final would be hard.']);
    expect(r.mentions.find((m) => m.form === 'description')).toMatchObject({ name: 'Luis Ortega', text: 'The Spain coach' });
  });

  it('points “the company” or “the railroad” at the business named last in the last two paragraphs, never at a public body', () => {
    const r = findWith([orgHeads, corporateTails, descriptions], ['Crews working for Vantor Eastern Corp. burned the cars.', 'The railroad said the burn went as planned, and the company paid for it.']);
    expect(r.mentions.filter((m) => m.form === 'description').map((m) => `${m.text}→${m.name}`)).toEqual(['The railroad→Vantor Eastern Corp.', 'the company→Vantor Eastern Corp.']);
    const body = findWith([orgHeads, corporateTails, descriptions], ['The Ministry of Finance approved the plan.', 'The company was not named.']);
    expect(body.mentions.filter((m) => m.form === 'description')).toEqual([]);
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

describe('descriptions of places, services and title holders', () => {
  it('point “the peninsula” and “the channel” at the one place named earlier whose name ends in that noun, without a possessive or a full stop', () => {
    const r = findWith([placePatterns, descriptions], ['Storms hit the Tessa Peninsula and the Arlow Channel.', 'Many of the peninsula’s roads were cut, and debris fell into the channel.']);
    expect(r.mentions.filter((m) => m.form === 'description').map((m) => `${m.text}→${m.name}`)).toEqual(['the peninsula→Tessa Peninsula', 'the channel→Arlow Channel']);
  });

  it('refuses a noun two places fit', () => {
    const r = findWith([placePatterns, descriptions], ['Storms closed the Tessa Channel and the Arlow Channel.', 'The channel reopened.']);
    expect(r.mentions.some((m) => m.form === 'description')).toBe(false);
  });

  it('points “the corps” at a name with the head before “of”, and “the governor” at the one person titled “Gov.”', () => {
    const r = findWith([orgHeads, names, roles, descriptions], ['The Ruritania Army Corps of Engineers came, and Arlow Gov. Mira Tessaro met them.', '“We will rebuild,” the governor said, thanking the Corps’ divers.']);
    expect(r.mentions.filter((m) => m.form === 'description').map((m) => `${m.text}→${m.name}`)).toEqual(['the governor→Mira Tessaro', 'the Corps→Ruritania Army Corps of Engineers']);
  });
});

describe('descriptions by the kind of organisation', () => {
  it('point “the union” and “the airline” at the one organisation whose name says it is one', () => {
    const r = findWith([orgHeads, corporateTails, descriptions], ['The Tessaro Aircraft Workers Federation struck at Orbit Air Lines.', 'The union’s members said the airline would pay.']);
    expect(r.mentions.filter((m) => m.form === 'description').map((m) => `${m.text}→${m.name}`)).toEqual(['The union→Tessaro Aircraft Workers Federation', 'the airline→Orbit Air Lines']);
  });

  it('refuses a kind two organisations fit', () => {
    const r = findWith([corporateTails, descriptions], ['Shares of Orbit Air Lines and Tessaro Air Lines rose.', 'The airline grew.']);
    expect(r.mentions.some((m) => m.form === 'description')).toBe(false);
  });
});
