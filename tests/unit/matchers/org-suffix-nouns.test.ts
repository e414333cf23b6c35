import { describe, expect, it } from 'vitest';
import { orgSuffixNouns } from '../../../src/lib/knowledge/matchers/org-suffix-nouns.ts';
import { findWith, found, mentionOf } from '../../helpers/matchers.ts';

describe('the org-suffix-nouns matcher', () => {
  it('makes an organisation of a name before “group”, keeping the noun as another name', () => {
    const r = findWith([orgSuffixNouns], ['Fighters of the Tehrik Labbaik group blocked the road.']);
    expect(found(r)).toEqual(['organization:Tehrik Labbaik']);
    expect(mentionOf(r, 'Tehrik Labbaik')!.aliases).toEqual(['Tehrik Labbaik group']);
  });

  it('takes no nationality for a name (“the Japanese company said”)', () => {
    expect(found(findWith([orgSuffixNouns], ['"We will appeal," the Japanese company said, and the German group agreed.']))).toEqual([]);
  });

  it('keeps a legal form inside the name', () => {
    expect(findWith([orgSuffixNouns], ['Shares in Anglo American plc fell.']).mentions[0]?.name).toBe('Anglo American plc');
  });

  it('refuses one ordinary capitalised word and a place', () => {
    expect(found(findWith([orgSuffixNouns], ['The Green party won. Pakistan group stage matches begin.']))).toEqual([]);
  });
});
