/** The split indexes (src/lib/pages/parts.ts): pages cut by key within a byte budget, and the lookup of old anchors. */
import { describe, expect, it } from 'vitest';
import { anchorItems, cutParts, isWhole, keySlug, lookupShard, resolveAnchor, splitWhenLarge } from '../../src/lib/pages/parts.ts';

const item = (id: string, key: string, bytes = 10) => ({ id, key, label: key.toUpperCase(), bytes });

describe('cutParts', () => {
  it('keeps a key’s items together and starts a numbered page when the budget is reached', () => {
    const parts = cutParts('figures', [item('a', 'x'), item('b', 'x'), item('c', 'x'), item('d', 'y')], 20);
    expect(parts.map((p) => [p.path, p.n, p.of, p.ids])).toEqual([
      ['figures/x/', 1, 2, ['a', 'b']],
      ['figures/x/2/', 2, 2, ['c']],
      ['figures/y/', 1, 1, ['d']],
    ]);
  });

  it('gives an item larger than the budget a page of its own rather than none', () => {
    expect(cutParts('quotes', [item('big', 'm', 500), item('small', 'm')], 100).map((p) => p.ids)).toEqual([['big'], ['small']]);
  });

  it('leaves a small index on one page, its overview', () => {
    const parts = splitWhenLarge('events', [item('a', '2025'), item('b', '2026')], 100);
    expect(isWhole(parts)).toBe(true);
    expect(parts[0]!.path).toBe('events/');
    expect(isWhole(splitWhenLarge('events', [item('a', '2025', 80), item('b', '2026', 80)], 100))).toBe(false);
  });
});

describe('the lookup of old anchors', () => {
  it('finds an anchor, or the item it is part of, in its shard', async () => {
    expect(anchorItems('qg-1a2b-heading')).toEqual(['qg-1a2b-heading', 'qg-1a2b']);
    expect(anchorItems('f-1a2b')).toEqual(['f-1a2b']);
    const shards = new Map<number, Record<string, string>>([[lookupShard('qg-1a2b'), { 'qg-1a2b': 'quotes/s/2/' }]]);
    const shard = async (n: number) => shards.get(n) ?? {};
    expect(await resolveAnchor('qg-1a2b-heading', shard)).toBe('quotes/s/2/');
    expect(await resolveAnchor('qg-1a2b', shard)).toBe('quotes/s/2/');
    expect(await resolveAnchor('qg-ffff', shard)).toBeNull();
  });

  it('spreads ids over the shards the same way every time', () => {
    expect(lookupShard('f-423ed764')).toBe(lookupShard('f-423ed764'));
    const used = new Set(Array.from({ length: 500 }, (_, i) => lookupShard(`f-${i.toString(16)}`)));
    expect(used.size).toBeGreaterThan(20);
  });

  it('makes keys of labels', () => {
    expect(keySlug('Money (USD)')).toBe('money-usd');
    expect(keySlug('Quantity: tonnes')).toBe('quantity-tonnes');
    expect(keySlug('—')).toBe('other');
  });
});
