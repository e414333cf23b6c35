/**
 * Names in a source's paragraphs linked to their entity pages: the first
 * mention of each entity in a paragraph becomes a link (a name, a surname or
 * an acronym as the knowledge layer found it; never a description such as
 * `the finance minister`, which is no name), with a one-line preview of what
 * the sources say about it (`Person · 12 mentions in 4 sources`). The
 * paragraph comes back as runs of text whose concatenation is exactly the
 * paragraph's text, so its text content, its citations and its search
 * snippets stay what they were; the page only renders the runs (escaped).
 */
import type { Knowledge } from '../../schemas/knowledge.ts';
import { ENTITY_TYPES, type SiteContext } from './context.ts';
import { countsText } from './entities.ts';

/** Where a paragraph's text names an entity: offsets of `text` in the paragraph's text (end exclusive). */
export interface NameSpan {
  entity: string;
  start: number;
  end: number;
  /** The words as written (a span is used only where the paragraph still has them there). */
  text: string;
}

/** The link a name gets. */
export interface NameLink {
  entity: string;
  href: string;
  /** One line on what the sources say about the entity: kind and counts, with its name when the text writes it otherwise. */
  preview: string;
}

/** A run of a paragraph's text: plain, or a name linked to its entity page. */
export interface TextRun {
  text: string;
  link: NameLink | null;
}

/**
 * `text` cut into runs, linking for each entity its first span that does not
 * overlap a link already placed (spans are taken in text order, the longer
 * first where two start together). Spans that do not hold their words at
 * their offsets are skipped; `linkOf` gives the link of an entity, or null
 * when it has no page. The runs' texts joined are exactly `text`.
 */
export function nameRuns(text: string, spans: readonly NameSpan[], linkOf: (entity: string, words: string) => NameLink | null): TextRun[] {
  const ordered = spans
    .filter((s) => s.start >= 0 && s.end > s.start && s.end <= text.length && text.slice(s.start, s.end) === s.text)
    .sort((a, b) => a.start - b.start || b.end - a.end || (a.entity < b.entity ? -1 : a.entity > b.entity ? 1 : 0));
  const runs: TextRun[] = [];
  const linked = new Set<string>();
  let at = 0;
  for (const span of ordered) {
    if (span.start < at || linked.has(span.entity)) continue;
    const link = linkOf(span.entity, span.text);
    if (!link) continue;
    linked.add(span.entity);
    if (span.start > at) runs.push({ text: text.slice(at, span.start), link: null });
    runs.push({ text: span.text, link });
    at = span.end;
  }
  if (at < text.length || runs.length === 0) runs.push({ text: text.slice(at), link: null });
  return runs;
}

/** Every name span of every paragraph the knowledge has offsets for, by source slug and paragraph id. */
export function paragraphNameSpans(knowledge: Knowledge): Map<string, Map<string, NameSpan[]>> {
  const out = new Map<string, Map<string, NameSpan[]>>();
  for (const entity of knowledge.entities) {
    for (const m of entity.mentions) {
      if (!m.paragraph || m.start === undefined || m.end === undefined || m.form === 'description') continue;
      let paragraphs = out.get(m.source);
      if (!paragraphs) out.set(m.source, (paragraphs = new Map()));
      const list = paragraphs.get(m.paragraph);
      const span = { entity: entity.id, start: m.start, end: m.end, text: m.text };
      if (list) list.push(span);
      else paragraphs.set(m.paragraph, [span]);
    }
  }
  return out;
}

/** The preview of an entity linked from a text that names it as `words`. */
export function namePreview(name: string, kind: string, mentions: number, sources: number, words: string): string {
  const about = `${kind} · ${countsText(mentions, sources)}`;
  return words === name ? about : `${name} · ${about}`;
}

/**
 * For each source, its paragraphs as runs with the names linked (see
 * `nameRuns`). A copy of a source (`duplicateOf`) has its original's names,
 * where its paragraph still reads the same.
 */
export function paragraphLinker(ctx: SiteContext, knowledge: Knowledge): (slug: string, paragraph: { id: string; text: string }) => TextRun[] {
  const spans = paragraphNameSpans(knowledge);
  const linkOf = (id: string, words: string): NameLink | null => {
    const entity = ctx.entities.get(id);
    const link = ctx.entity(id);
    if (!entity || !link) return null;
    return { entity: id, href: link.href, preview: namePreview(entity.name, ENTITY_TYPES[entity.type].singular, entity.mentions.length, entity.sources.length, words) };
  };
  return (slug, paragraph) => nameRuns(paragraph.text, spans.get(slug)?.get(paragraph.id) ?? [], linkOf);
}
