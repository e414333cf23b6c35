/**
 * Addresses of retired ids (src/lib/knowledge/ledger.ts): an event or entity
 * page published under an id no current thing claims gets a small page at its
 * old URL that sends the reader on to its successor (src/pages/[...retired].astro),
 * or says it is no longer in the corpus; an old anchor of /events/, /quotes/
 * or /discrepancies/ is sent to the successor's anchor by the index's lookup
 * (src/lib/pages/parts.ts `lookupShardData`).
 */
import type { AddressLedger } from '../../schemas/addresses.ts';
import type { Knowledge } from '../../schemas/knowledge.ts';
import { href } from '../url.ts';
import { ENTITY_TYPES, links } from './context.ts';
import type { SplitIndex } from './parts.ts';

/** The page at a retired id's old URL. */
export interface RetiredPage {
  /** Site path without the base, e.g. `people/old-id/`. */
  path: string;
  /** What it was called when it was published. */
  name: string;
  /** `person`, `event`, …, in words. */
  what: string;
  /** Where it went: the current thing that took most of its evidence. */
  successor: { name: string; href: string } | null;
  /** The index it was listed in. */
  index: { label: string; href: string };
}

/** The pages of the retired event and entity ids of `ledger` (links made after the site model placed the items). */
export function retiredPages(ledger: AddressLedger, knowledge: Knowledge): RetiredPage[] {
  const events = new Map(knowledge.events.map((e) => [e.id, e]));
  const entities = new Map(knowledge.entities.map((e) => [e.id, e]));
  const pages: RetiredPage[] = [];
  for (const [id, entry] of Object.entries(ledger.events)) {
    if (!entry.retired || events.has(id)) continue;
    const next = entry.successor ? events.get(entry.successor) : undefined;
    pages.push({ path: `briefings/events/${id}/`, name: entry.name, what: 'event', successor: next ? { name: next.name, href: links.eventBriefing(next.id) } : null, index: { label: 'Events', href: links.events() } });
  }
  for (const [id, entry] of Object.entries(ledger.entities)) {
    if (!entry.retired || entities.has(id)) continue;
    const next = entry.successor ? entities.get(entry.successor) : undefined;
    const type = ENTITY_TYPES[entry.type];
    pages.push({ path: `${type.dir}/${id}/`, name: entry.name, what: type.singular.toLowerCase(), successor: next ? { name: next.name, href: href(next.path.slice(1)) } : null, index: { label: type.plural, href: links.index(entry.type) } });
  }
  return pages;
}

/** Retired ids of the split indexes whose successor is current: `<index>:<old id>` → the successor's id. */
export function movedAnchors(ledger: AddressLedger, knowledge: Knowledge): Map<string, string> {
  const current: Record<Exclude<SplitIndex, 'figures'>, Set<string>> = {
    events: new Set(knowledge.events.map((e) => e.id)),
    quotes: new Set(knowledge.quotes.map((q) => q.group)),
    discrepancies: new Set(knowledge.discrepancies.map((d) => d.id)),
  };
  const moved = new Map<string, string>();
  for (const [index, entries] of [['events', ledger.events], ['quotes', ledger.quoteGroups], ['discrepancies', ledger.discrepancies]] as const) {
    for (const [id, entry] of Object.entries(entries)) {
      if (entry.retired && entry.successor && !current[index].has(id) && current[index].has(entry.successor)) moved.set(`${index}:${id}`, entry.successor);
    }
  }
  return moved;
}
