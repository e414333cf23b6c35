import { describe, expect, it } from 'vitest';
import { acronymDefinitions } from '../../../src/lib/knowledge/matchers/acronym-definitions.ts';
import { registryNames, registryPlaces } from '../../../src/lib/knowledge/matchers/registry.ts';
import type { RegistryEntry } from '../../../src/schemas/knowledge.ts';
import { findWith, found } from '../../helpers/matchers.ts';

const REGISTRY: RegistryEntry[] = [
  { id: 'ministry-of-energy', type: 'organization', name: 'Ministry of Energy', aliases: ['MoE'], description: 'A ministry.' },
  { id: 'critical-minerals-forum', type: 'organization', name: 'Critical Minerals Forum', aliases: ['CMF'], description: 'A forum.' },
  { id: 'jane-sample', type: 'person', name: 'Jane Sample', aliases: ['the finance chief'], description: 'A minister.' },
  { id: 'north-port', type: 'place', name: 'North Port', aliases: [], description: 'A port.' },
];

describe('the registry matchers', () => {
  it('find the registry’s names, a lowercase alias as a description, and a name written with brackets', () => {
    const r = findWith([registryNames], ['Jane Sample spoke at the Critical Minerals Forum. The finance chief said [Jane] Sample would return.'], { registry: REGISTRY });
    expect(found(r)).toEqual(['person:Jane Sample', 'organization:Critical Minerals Forum', 'person:The finance chief', 'person:Jane Sample']);
    expect(r.mentions.map((m) => m.registryId)).toEqual(['jane-sample', 'critical-minerals-forum', 'jane-sample', 'jane-sample']);
    expect(r.mentions[2]!.form).toBe('description');
  });

  it('find the corpus’s publishers as organisations', () => {
    const r = findWith([registryNames], ['According to the Harbor Ledger, the port reopened.'], { publishers: ['Harbor Ledger'] });
    expect(found(r)).toEqual(['organization:Harbor Ledger']);
  });

  it('refuse the start of a longer name, and an acronym the source defines as something else', () => {
    expect(found(findWith([registryNames], ['The Ministry of Energy and Mineral Resources said so.'], { registry: REGISTRY }))).toEqual([]);
    const r = findWith([registryNames, acronymDefinitions], ['The Comisión para el Mercado Financiero (CMF) fined a broker. The CMF said so.'], { registry: REGISTRY });
    expect(r.mentions.some((m) => m.registryId === 'critical-minerals-forum')).toBe(false);
  });

  it('keep places for the second matcher', () => {
    expect(found(findWith([registryNames], ['Ships left North Port.'], { registry: REGISTRY }))).toEqual([]);
    expect(found(findWith([registryPlaces], ['Ships left North Port.'], { registry: REGISTRY }))).toEqual(['place:North Port']);
  });
});
