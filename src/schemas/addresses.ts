/**
 * The address ledger, `<content>/addresses.json`: every id the knowledge layer
 * has published (events, entities, quote groups, discrepancies) with the
 * evidence that identifies the thing it names, so a later build gives the same
 * thing the same id (src/lib/knowledge/ledger.ts). An id no current thing
 * claims stays, retired, with the current thing that took most of its evidence:
 * its address then leads there, and no new thing ever takes it.
 */
import { z } from 'zod';
import { EntityType } from './knowledge.ts';

/** An id as the knowledge layer writes them (`muhammad-aurangzeb`, `qg-1a2b3c4d`, `d-1a2b3c4d-2`). */
const Id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/** A paragraph of a source, `<source slug>#<paragraph id>` (`#embed-<n>` or `#embed` for an embedded post, `#meta` for a byline or publisher). */
const ParagraphKey = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*#(?:p-[0-9a-f]{8}(?:-\d+)?|embed(?:-\d+)?|meta)$/);

/** Present only on a retired id: the current id its address leads to, or null when nothing current shares its evidence. */
const Retired = {
  retired: z.literal(true).optional(),
  successor: Id.nullable().optional(),
};

/** An event: the paragraphs that report it. */
export const EventAddress = z.strictObject({ name: z.string(), paragraphs: z.array(ParagraphKey), ...Retired });

/** An entity: its type, its names and the paragraphs that mention it. */
export const EntityAddress = z.strictObject({ type: EntityType, name: z.string(), names: z.array(z.string()), paragraphs: z.array(ParagraphKey), ...Retired });

/** A quote group: the ids of its quotes. */
export const QuoteGroupAddress = z.strictObject({ quotes: z.array(z.string().regex(/^q-[0-9a-f]{8}(?:-\d+)?$/)), ...Retired });

/** A discrepancy: its kind, its subject and the paragraphs of the versions it sets side by side. */
export const DiscrepancyAddress = z.strictObject({ kind: z.string(), subject: z.string(), paragraphs: z.array(ParagraphKey), ...Retired });

/** The ledger: one record of ids per kind, keys sorted. */
export const AddressLedger = z.strictObject({
  version: z.literal(1),
  events: z.record(Id, EventAddress),
  entities: z.record(Id, EntityAddress),
  quoteGroups: z.record(Id, QuoteGroupAddress),
  discrepancies: z.record(Id, DiscrepancyAddress),
});

export type EventAddress = z.infer<typeof EventAddress>;
export type EntityAddress = z.infer<typeof EntityAddress>;
export type QuoteGroupAddress = z.infer<typeof QuoteGroupAddress>;
export type DiscrepancyAddress = z.infer<typeof DiscrepancyAddress>;
export type AddressLedger = z.infer<typeof AddressLedger>;
