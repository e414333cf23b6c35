import { describe, expect, it } from 'vitest';
import { embedAuthors } from '../../../src/lib/knowledge/matchers/embed-authors.ts';
import { findWith } from '../../helpers/matchers.ts';

const post = (author: string, handle: string | null) => ({ text: 'We welcome the agreement.', author, handle, platform: 'x', url: null, date: null }) as never;

describe('the embed-authors matcher', () => {
  it('makes an organisation of an embedded post’s author with a head word, the handle as another name', () => {
    const r = findWith([embedAuthors], ['The ministry posted a statement.'], { embeds: [post('Ministry of Finance, Pakistan', '@FinMinistry')] });
    expect(r.mentions).toHaveLength(1);
    expect(r.mentions[0]).toMatchObject({ type: 'organization', name: 'Ministry of Finance', block: 1, aliases: ['Ministry of Finance, Pakistan', '@FinMinistry'] });
  });

  it('leaves a name of several words for the join, and refuses a one-word author', () => {
    expect(findWith([embedAuthors], ['Text.'], { embeds: [post('Jane Sample', null)] }).mentions[0]).toMatchObject({ type: 'unknown', name: 'Jane Sample' });
    expect(findWith([embedAuthors], ['Text.'], { embeds: [post('janesample', null)] }).mentions).toEqual([]);
  });
});
