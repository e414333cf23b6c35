/** Short forms of a longer name in the same source (issue #15): "Haneda" of Haneda Airport, "Coast Guard" of a national coast guard. */
import { describe, expect, it } from 'vitest';
import { buildKnowledge } from '../../src/lib/knowledge/index.ts';
import { article } from '../helpers/article.ts';

const entityOf = (k: ReturnType<typeof buildKnowledge>, text: string) => k.entities.filter((e) => e.mentions.some((m) => m.text === text));

describe('short forms of a longer name in the same source', () => {
  it('join the one longer name whose first word or tail they are', () => {
    const k = buildKnowledge([article('short-forms', null, ['A jet landed at Tessaro Airport, where the Ruritania Coast Guard keeps a plane and Orrin Marine Group has an office.', 'Later the Coast Guard said Tessaro was closed and Orrin said it would help.'])], []);
    for (const [short, long] of [['Coast Guard', 'Ruritania Coast Guard'], ['Tessaro', 'Tessaro Airport'], ['Orrin', 'Orrin Marine Group']] as const) {
      expect(entityOf(k, short).map((e) => e.name), short).toEqual([long]);
    }
  });

  it('stay apart when two longer names share the word', () => {
    const k = buildKnowledge([article('two-longer', null, ['Orrin Marine Group and Orrin Shipping Group both bid.', 'Orrin said it would help.'])], []);
    expect(entityOf(k, 'Orrin').map((e) => e.name)).not.toContain('Orrin Marine Group');
    expect(entityOf(k, 'Orrin').map((e) => e.name)).not.toContain('Orrin Shipping Group');
  });
});

describe('a name read as a person’s', () => {
  it('is the company whose name it opens in the same source, when no title or role makes it a person', () => {
    const k = buildKnowledge([article('company-front', null, ['The ship is owned by Orrin Vastel Pte. Ltd., a Singapore firm.', '“We will cooperate,” said Orrin Vastel.'])], []);
    expect(entityOf(k, 'Orrin Vastel').map((e) => `${e.type}:${e.name}`)).toEqual(['organization:Orrin Vastel Pte. Ltd.']);
  });
});

describe('a company named with and without its legal form', () => {
  it('is one organisation across sources (“Norfolk Southern Corp.” and “Norfolk Southern”)', () => {
    const k = buildKnowledge([
      article('legal-form-a', null, ['The train, operated by Vantor Eastern Corp., derailed near the border on Friday night.']),
      article('legal-form-b', null, ['Investigators said Vantor Eastern had inspected the cars a week earlier.', 'Vantor Eastern said it would pay for the cleanup.']),
    ], []);
    const ids = new Set([...entityOf(k, 'Vantor Eastern Corp.'), ...entityOf(k, 'Vantor Eastern')].map((e) => e.id));
    expect(ids.size).toBe(1);
    expect(k.entities.find((e) => ids.has(e.id))!.type).toBe('organization');
  });

  it('keeps two companies whose names differ before the legal form apart', () => {
    const k = buildKnowledge([article('legal-form-c', null, ['Vantor Eastern Corp. and Vantor Western Inc. both bid for the line.'])], []);
    expect(entityOf(k, 'Vantor Eastern Corp.').map((e) => e.id)).not.toEqual(entityOf(k, 'Vantor Western Inc.').map((e) => e.id));
  });
});

describe('an acronym no source defines', () => {
  it('is the one organisation whose initials it is exactly, not one whose initials only end in it', () => {
    const k = buildKnowledge([
      article('acr-a', null, ['The Environmental Protection Agency ordered the railroad to pay for the cleanup.']),
      article('acr-b', null, ['The Ohio Environmental Protection Agency tested the creek.']),
      article('acr-e', null, ['The EPA said the water was safe to drink.']),
    ], []);
    expect(entityOf(k, 'EPA').map((e) => e.name)).toEqual(['Environmental Protection Agency']);
  });

  it('is the one organisation whose initials end in it when no other fits', () => {
    // The Ohio agency alone: its initials end in EPA, and it is the only organisation that fits.
    const k = buildKnowledge([
      article('acr-c', null, ['The Ohio Environmental Protection Agency tested the creek.']),
      article('acr-d', null, ['The EPA said the water was safe to drink.']),
    ], []);
    expect(entityOf(k, 'EPA').map((e) => e.name)).toEqual(['Ohio Environmental Protection Agency']);
  });
});
