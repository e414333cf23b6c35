import { describe, expect, it } from 'vitest';
import { dateline } from '../../../src/lib/knowledge/matchers/dateline.ts';
import { findWith, found } from '../../helpers/matchers.ts';

describe('the dateline matcher', () => {
  it('takes the dateline at the start of the first paragraph as a place, even one the gazetteer does not know', () => {
    const r = findWith([dateline], ['KOLWEZI: Miners returned to work on Monday.'], { dateline: 'KOLWEZI' });
    expect(r.mentions).toHaveLength(1);
    expect(r.mentions[0]).toMatchObject({ type: 'place', name: 'Kolwezi', text: 'KOLWEZI', start: 0 });
  });

  it('uses the gazetteer’s name when it has one', () => {
    const r = findWith([dateline], ['ISLAMABAD: Talks resumed.'], { dateline: 'ISLAMABAD' });
    expect(r.mentions[0]?.name).toBe('Islamabad');
  });

  it('refuses the same word further into the text, or in a later paragraph', () => {
    expect(found(findWith([dateline], ['Officials in KOLWEZI said so.'], { dateline: 'KOLWEZI' }))).toEqual([]);
    expect(found(findWith([dateline], ['Talks resumed.', 'KOLWEZI: more talks.'], { dateline: 'KOLWEZI' }))).toEqual([]);
  });

  it('takes the places a slash joins to the dateline\'s as places too', () => {
    const r = findWith([dateline], ['ISTANBUL/BEIRUT, Feb 6 (Corvus) — A quake struck.'], { dateline: 'ISTANBUL' });
    expect(r.mentions.map((m) => [m.type, m.name, m.text])).toEqual([['place', 'Istanbul', 'ISTANBUL'], ['place', 'Beirut', 'BEIRUT']]);
  });
});
