/**
 * Names in the article text linked to their entity pages (src/lib/pages/name-links.ts): the first mention of
 * each entity per paragraph, overlaps resolved, and the paragraph's text exactly as it was (the runs joined).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { SiteContext } from '../../src/lib/pages/context.ts';
import { seedSite } from '../helpers/seed-site.ts';
import { type NameLink, type NameSpan, type TextRun, namePreview, nameRuns, paragraphLinker } from '../../src/lib/pages/name-links.ts';
import type { Knowledge } from '../../src/schemas/knowledge.ts';
import type { Source } from '../../src/schemas/source.ts';


/** A link for every entity, its preview naming it. */
const anyLink = (entity: string): NameLink => ({ entity, href: `/people/${entity}/`, preview: `about ${entity}` });

/** A span of `words` at its `nth` occurrence (0-based) in `text`. */
function span(text: string, entity: string, words: string, nth = 0): NameSpan {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(words, at + 1);
  if (at < 0) throw new Error(`no ${words} #${nth} in ${text}`);
  return { entity, start: at, end: at + words.length, text: words };
}

/** The runs as `[words, entity]` pairs for the links and plain strings for the rest. */
const shape = (runs: readonly TextRun[]) => runs.map((r) => (r.link ? [r.text, r.link.entity] : r.text));
const joined = (runs: readonly TextRun[]) => runs.map((r) => r.text).join('');

describe('nameRuns', () => {
  it('links the first mention of each entity in the paragraph only', () => {
    const text = 'Aurangzeb met Strayer in Islamabad. Aurangzeb said Strayer agreed.';
    const runs = nameRuns(text, [span(text, 'a', 'Aurangzeb'), span(text, 's', 'Strayer'), span(text, 'a', 'Aurangzeb', 1), span(text, 's', 'Strayer', 1)], anyLink);
    expect(shape(runs)).toEqual([['Aurangzeb', 'a'], ' met ', ['Strayer', 's'], ' in Islamabad. Aurangzeb said Strayer agreed.']);
    expect(joined(runs)).toBe(text);
  });

  it('takes mentions in text order whatever order they come in', () => {
    const text = 'Aurangzeb met Strayer. Later Aurangzeb left.';
    const runs = nameRuns(text, [span(text, 'a', 'Aurangzeb', 1), span(text, 's', 'Strayer'), span(text, 'a', 'Aurangzeb')], anyLink);
    expect(shape(runs)).toEqual([['Aurangzeb', 'a'], ' met ', ['Strayer', 's'], '. Later Aurangzeb left.']);
  });

  it('resolves overlapping mentions: the longer where two start together, the earlier otherwise; the other entity links its next mention', () => {
    const text = 'The US Critical Minerals Forum met in the US capital with the US delegation.';
    const forum = span(text, 'forum', 'US Critical Minerals Forum');
    const us = [span(text, 'us', 'US'), span(text, 'us', 'US', 1), span(text, 'us', 'US', 2)];
    const runs = nameRuns(text, [...us, forum], anyLink);
    expect(shape(runs)).toEqual(['The ', ['US Critical Minerals Forum', 'forum'], ' met in the ', ['US', 'us'], ' capital with the US delegation.']);
    // A span starting inside a link already placed is left out (the earlier one wins).
    const later = { entity: 'minerals', start: forum.start + 3, end: forum.end + 4, text: text.slice(forum.start + 3, forum.end + 4) };
    expect(shape(nameRuns(text, [later, forum], anyLink))).toEqual(['The ', ['US Critical Minerals Forum', 'forum'], ' met in the US capital with the US delegation.']);
  });

  it('handles names at the very start and end of the paragraph, and a paragraph that is one name', () => {
    const text = 'Pakistan signed with the United States';
    const runs = nameRuns(text, [span(text, 'pk', 'Pakistan'), span(text, 'us', 'United States')], anyLink);
    expect(shape(runs)).toEqual([['Pakistan', 'pk'], ' signed with the ', ['United States', 'us']]);
    expect(runs.every((r) => r.text.length > 0)).toBe(true);
    expect(shape(nameRuns('Balochistan', [{ entity: 'b', start: 0, end: 11, text: 'Balochistan' }], anyLink))).toEqual([['Balochistan', 'b']]);
  });

  it('keeps the text when a span no longer holds its words, or its entity has no page', () => {
    const text = 'Muhammad Aurangzeb spoke.';
    const stale = { entity: 'a', start: 1, end: 19, text: 'Muhammad Aurangzeb' };
    expect(shape(nameRuns(text, [stale], anyLink))).toEqual([text]);
    expect(shape(nameRuns(text, [span(text, 'a', 'Muhammad Aurangzeb')], () => null))).toEqual([text]);
    expect(shape(nameRuns('', [], anyLink))).toEqual(['']);
  });

  it('joins back to the text, byte for byte, for any set of spans', () => {
    const text = '“Critical minerals,” said Eric Meyer of the U.S. State Department — in Islamabad’s Serena Hotel — “matter.”';
    const words = ['Eric Meyer', 'Meyer', 'U.S.', 'U.S. State Department', 'State Department', 'Islamabad', 'Serena Hotel', 'Critical'];
    // Every subset of the spans (with an entity per word, some shared), in two orders.
    for (let mask = 0; mask < 1 << words.length; mask++) {
      const spans = words.filter((_, i) => mask & (1 << i)).map((w, i) => span(text, `e${i % 3}`, w));
      for (const list of [spans, [...spans].reverse()]) {
        const runs = nameRuns(text, list, anyLink);
        expect(joined(runs)).toBe(text);
        const entities = runs.flatMap((r) => (r.link ? [r.link.entity] : []));
        expect(new Set(entities).size).toBe(entities.length);
      }
    }
  });
});

describe('namePreview', () => {
  it('says the kind and the counts, and the name when the text writes it otherwise', () => {
    expect(namePreview('Muhammad Aurangzeb', 'Person', 12, 4, 'Muhammad Aurangzeb')).toBe('Person · 12 mentions in 4 sources');
    expect(namePreview('Muhammad Aurangzeb', 'Person', 12, 4, 'Aurangzeb')).toBe('Muhammad Aurangzeb · Person · 12 mentions in 4 sources');
    expect(namePreview('Chaghi', 'Place', 1, 1, 'Chaghi')).toBe('Place · 1 mention in 1 source');
  });
});

describe('the seed corpus', () => {
  let sources: Source[];
  let knowledge: Knowledge;
  let ctx: SiteContext;

  beforeAll(async () => {
    ({ sources, knowledge, ctx } = await seedSite());
  });

  it('gives mentions offsets that hold their words in the paragraph', () => {
    const text = new Map<string, string>(sources.flatMap((s) => s.paragraphs.map((p) => [`${s.slug}#${p.id}`, p.text] as const)));
    let withOffsets = 0;
    for (const e of knowledge.entities) {
      for (const m of e.mentions) {
        if (m.start === undefined || !m.paragraph) continue;
        withOffsets++;
        expect(text.get(`${m.source}#${m.paragraph}`)!.slice(m.start, m.end), `${e.id} in ${m.source}#${m.paragraph}`).toBe(m.text);
        expect(m.form).toBeDefined();
      }
    }
    expect(withOffsets).toBeGreaterThan(100);
  });

  it('links each paragraph’s names once per entity, to the entity the knowledge resolved them to, and keeps every paragraph’s text', () => {
    const linker = paragraphLinker(ctx, knowledge);
    const mentioned = new Map<string, Set<string>>();
    for (const e of knowledge.entities) for (const m of e.mentions) if (m.paragraph && m.form !== 'description') mentioned.set(`${m.source}#${m.paragraph}|${e.id}`, (mentioned.get(`${m.source}#${m.paragraph}|${e.id}`) ?? new Set()).add(m.text));
    let links = 0;
    for (const source of sources) {
      for (const p of source.paragraphs) {
        const runs = linker(source.slug, p);
        expect(joined(runs)).toBe(p.text);
        const ids = runs.flatMap((r) => (r.link ? [r.link.entity] : []));
        expect(new Set(ids).size).toBe(ids.length);
        for (const r of runs) {
          if (!r.link) continue;
          links++;
          expect(mentioned.get(`${source.slug}#${p.id}|${r.link.entity}`)?.has(r.text), `${r.text} → ${r.link.entity}`).toBe(true);
          expect(r.link.href).toBe(ctx.entity(r.link.entity)!.href);
        }
      }
    }
    expect(links).toBeGreaterThan(100);
    // The finance minister is linked, his preview counting what the knowledge counts.
    const person = knowledge.entities.find((e) => e.name === 'Muhammad Aurangzeb')!;
    const linkedRuns = sources.flatMap((s) => s.paragraphs.flatMap((p) => linker(s.slug, p))).filter((r) => r.link?.entity === person.id);
    expect(linkedRuns.length).toBeGreaterThan(0);
    expect(linkedRuns[0]!.link!.preview).toContain(`Person · ${person.mentions.length} mentions in ${person.sources.length} sources`);
  });

  it('does not link a description such as “the finance minister”', () => {
    const linker = paragraphLinker(ctx, knowledge);
    const descriptions = knowledge.entities.flatMap((e) => e.mentions.filter((m) => m.form === 'description' && m.paragraph).map((m) => ({ e, m })));
    expect(descriptions.length).toBeGreaterThan(0);
    for (const { e, m } of descriptions) {
      const source = sources.find((s) => s.slug === m.source)!;
      const p = source.paragraphs.find((x) => x.id === m.paragraph)!;
      expect(linker(source.slug, p).filter((r) => r.link?.entity === e.id).map((r) => r.text)).not.toContain(m.text);
    }
  });
});
