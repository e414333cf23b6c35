import { describe, expect, it } from 'vitest';
import { acronymsAfterNames } from '../../../src/lib/knowledge/matchers/acronyms-after-names.ts';
import { acronymDefinitions } from '../../../src/lib/knowledge/matchers/acronym-definitions.ts';
import { orgHeads } from '../../../src/lib/knowledge/matchers/org-heads.ts';
import { findWith, found } from '../../helpers/matchers.ts';

describe('the acronyms-after-names matcher', () => {
  it('takes an acronym right after an organisation found before it as that organisation’s, whatever its letters', () => {
    const r = findWith([acronymDefinitions, orgHeads, acronymsAfterNames], ['The Financial Services Commission (CMF) fined two brokers.']);
    expect(found(r)).toEqual(['organization:Financial Services Commission', 'organization:CMF']);
    expect(r.acronyms.get('CMF')).toBe('Financial Services Commission');
  });

  it('refuses an acronym after something that is not an organisation or a place', () => {
    expect(findWith([acronymsAfterNames], ['The deal was signed (CMF) on Monday.']).mentions).toEqual([]);
  });
});
