/**
 * The knowledge layer's schemas: what Sourcebook extracts from the sources and
 * joins across them (entities, quotes, figures, events, discrepancies), plus
 * the hand-written entity registry. Types are inferred from these schemas only.
 */
import { z } from 'zod';

/** A source slug (same shape as `Source.slug`, unbranded so the data endpoints stay plain JSON). */
const SourceSlug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/** A paragraph id (same shape as `Paragraph.id`). */
const ParagraphRef = z.string().regex(/^p-[0-9a-f]{8}(?:-\d+)?$/);

/** An identifier made of lowercase ASCII words joined by hyphens, e.g. `muhammad-aurangzeb`. */
const Id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/** A calendar date, `YYYY-MM-DD`. */
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** The four kinds of entity Sourcebook knows. */
export const EntityType = z.enum(['person', 'organization', 'place', 'mineral']);

/** One entry of the hand-written registry (`<corpus>/entities/*.yaml`). */
export const RegistryEntry = z.object({
  /** Stable id, used in page URLs: lowercase ASCII words joined by hyphens. */
  id: Id,
  /** What kind of entity this is. */
  type: EntityType,
  /** Canonical name, as the site shows it. */
  name: z.string().min(1),
  /** Other names the sources use for it (matched as whole words; lowercase-initial aliases match case-insensitively). */
  aliases: z.array(z.string().min(1)).default([]),
  /** One line saying who or what this is. */
  description: z.string().min(1),
  /** Wikidata item id (e.g. `Q843`), only where certain. */
  wikidata: z.string().regex(/^Q\d+$/).optional(),
});

/** A role or title a source gives a person (or a description it gives an organisation). */
export const EntityRole = z.object({
  /** Slug of the source that states the role. */
  source: SourceSlug,
  /** The role as written, without honorifics, e.g. `president of the US Critical Minerals Forum` or `Chairman`. */
  role: z.string().min(1),
  /** Id of the organisation the role is held in, when the source names one. */
  organization: Id.nullable(),
  /** Paragraph the role is stated in; null when it comes from an embedded post. */
  paragraph: ParagraphRef.nullable(),
});

/** One place a source refers to an entity. */
export const Mention = z.object({
  /** Slug of the source. */
  source: SourceSlug,
  /** Paragraph id; null when the mention is in an embedded post or in the source's metadata (its publisher, its byline) rather than the article text. */
  paragraph: ParagraphRef.nullable(),
  /** Index of the embedded post (in `source.embeds`) when the mention is in one, else null. */
  embed: z.number().int().nonnegative().nullable(),
  /** The words of the text that refer to the entity, as written (e.g. `Mr Strayer`, `CMF`). */
  text: z.string().min(1),
  /** The sentence the mention occurs in, as written. */
  sentence: z.string(),
  /** Where `text` is in the paragraph's (or post's) text: character offsets (UTF-16 code units, end exclusive); absent when the mention is no span of it (a source's publisher or byline). */
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
  /** How the text refers to the entity: its `name`, a `short` form (a surname), an `acronym`, or a `description` (`the finance minister`); absent with `start`. */
  form: z.enum(['name', 'short', 'acronym', 'description']).optional(),
});

/** A person, organisation, place or mineral, with everything the sources say about it. */
export const Entity = z.object({
  /** Stable id: the registry id, or derived from the canonical name. */
  id: Id,
  /** What kind of entity this is. */
  type: EntityType,
  /** Canonical name. */
  name: z.string().min(1),
  /** Every other name the sources (or the registry) use for it, sorted. */
  aliases: z.array(z.string()),
  /** Page URL path without the site base, e.g. `/people/muhammad-aurangzeb/`. */
  path: z.string().regex(/^\/(people|organizations|places|minerals)\/[a-z0-9-]+\/$/),
  /** One line from the registry, or a description a source gives; null when none. */
  description: z.string().nullable(),
  /** Wikidata item id when the registry states it, else null. */
  wikidata: z.string().nullable(),
  /** True when the entity is in the hand-written registry, false when it was only discovered in the text. */
  registered: z.boolean(),
  /** Slugs of the sources that mention it, sorted. */
  sources: z.array(SourceSlug),
  /** Roles and titles the sources give it. */
  roles: z.array(EntityRole),
  /** Every mention, in source and paragraph order. */
  mentions: z.array(Mention),
});

/** A quotation (full or partial) and who said it. */
export const Quote = z.object({
  /** Stable id derived from the source, paragraph and text. */
  id: z.string().regex(/^q-[0-9a-f]{8}(?:-\d+)?$/),
  /** The quoted words, as written, without the quotation marks. */
  text: z.string().min(1),
  /** Entity id of the speaker, or null when the speaker could not be identified. */
  speaker: Id.nullable(),
  /** Speaker's canonical name (or the words naming them when not an entity), or null. */
  speakerName: z.string().nullable(),
  /** Slug of the source. */
  source: SourceSlug,
  /** Paragraph id. */
  paragraph: ParagraphRef,
  /** Variant group: quotations from different sources rendering the same statement share it. */
  group: z.string().regex(/^qg-[0-9a-f]{8}(?:-\d+)?$/),
  /** True when only part of a sentence is quoted inside the reporter's own sentence. */
  partial: z.boolean(),
  /** The words that attribute the quote (e.g. `he said`), when there are any. */
  attribution: z.string().nullable(),
});

/** A number the sources state: an amount of money, a quantity, an area, a percentage or a count. */
export const Figure = z.object({
  /** Stable id derived from the source, paragraph and text. */
  id: z.string().regex(/^f-[0-9a-f]{8}(?:-\d+)?$/),
  /** The figure as written, e.g. `$6 trillion` or `over 50 countries`. */
  text: z.string().min(1),
  /** The value as a plain number, scale applied (`$6 trillion` → 6000000000000); a range's lower bound. */
  value: z.number(),
  /** Upper bound of a range (`two to three percent` → 3), else null. */
  max: z.number().nullable(),
  /** Unit: `metric tons`, `ounces`, `square kilometers`, `percent`, the counted noun (`countries`); null for money. */
  unit: z.string().nullable(),
  /** ISO 4217 currency code for money (e.g. `USD`), else null. */
  currency: z.string().nullable(),
  /** Scale word as written (`million`, `billion`, `trillion`), else null. */
  scale: z.string().nullable(),
  /** What sort of figure it is. */
  kind: z.enum(['money', 'quantity', 'area', 'percent', 'count']),
  /** Hedge before the number (`about`, `over`, `more than`, `around`, …), else null. */
  qualifier: z.string().nullable(),
  /** What a quantity is of (`40 million ounces of gold` → `gold`), else null. */
  of: z.string().nullable(),
  /** Slug of the source. */
  source: SourceSlug,
  /** Paragraph id. */
  paragraph: ParagraphRef,
  /** The sentence the figure occurs in, as written. */
  sentence: z.string(),
});

/** One source's report of an event: where it says it and what date words it uses. */
export const EventReport = z.object({
  /** Slug of the source. */
  source: SourceSlug,
  /** Paragraphs of that source that report the event. */
  paragraphs: z.array(ParagraphRef),
  /** The date this source gives or implies (YYYY-MM-DD), or null. */
  date: IsoDate.nullable(),
  /** The words the date was read from (`on Friday`, `October 31, 2025`, `today`), or null. */
  dateText: z.string().nullable(),
  /** Weekday named by the source (`Friday`), or null. */
  weekday: z.string().nullable(),
  /** Place entity id this source gives, or null. */
  place: Id.nullable(),
});

/** Something that happened (an incident, a meeting, an announcement, a vote, a ruling, …) as one or more sources report it. */
export const Event = z.object({
  /** Stable id derived from the kind, participants and name. */
  id: Id,
  /** A readable name, e.g. `Meeting of Muhammad Aurangzeb, Robert Louis Strayer II and Natalie Baker`. */
  name: z.string().min(1),
  /** What sort of event it is. */
  kind: z.enum(['meeting', 'forum', 'agreement', 'visit', 'call', 'shipment', 'inauguration', 'incident', 'announcement', 'vote', 'ruling', 'funding', 'appointment', 'resignation', 'match', 'election', 'launch', 'strike', 'charge', 'other']),
  /** Date (YYYY-MM-DD), or null when no source gives one that can be pinned down. */
  date: IsoDate.nullable(),
  /** True when the date was derived from a relative expression (`on Friday`, `today`) against a known date. */
  dateResolved: z.boolean(),
  /** How the date was arrived at, or why it is unknown. */
  dateNote: z.string(),
  /** Place entity id, or null. */
  place: Id.nullable(),
  /** Place name, or null. */
  placeName: z.string().nullable(),
  /** Slugs of the sources that report it, sorted. */
  sources: z.array(SourceSlug),
  /** Every paragraph that reports it. */
  paragraphs: z.array(z.object({ source: SourceSlug, paragraph: ParagraphRef })),
  /** Entity ids of the people and organisations taking part. */
  participants: z.array(Id),
  /** Entity id of the named event (e.g. a forum) when it is itself an entity, else null. */
  entity: Id.nullable(),
  /** Length in days when a source states it (`two-day gathering`), else null. */
  days: z.number().int().positive().nullable(),
  /** Each source's own report. */
  reports: z.array(EventReport),
});

/** A point where sources disagree about the same person, event, figure or statement. */
export const Discrepancy = z.object({
  /** Stable id derived from the kind and subject. */
  id: z.string().regex(/^d-[0-9a-f]{8}(?:-\d+)?$/),
  /** What the sources disagree about. */
  kind: z.enum(['title', 'date', 'weekday', 'amount', 'quote-wording']),
  /** What it is about, in words (e.g. `Robert Louis Strayer II’s title at Critical Minerals Forum`). */
  subject: z.string().min(1),
  /** Id of the entity, event or quote group concerned. */
  subjectId: z.string(),
  /** Each source's version, side by side. */
  sources: z.array(
    z.object({
      /** Slug of the source. */
      source: SourceSlug,
      /** Paragraph id; null when the value comes from an embedded post. */
      paragraph: ParagraphRef.nullable(),
      /** What this source says. */
      value: z.string(),
    }),
  ),
});

/** Everything the knowledge layer knows about the corpus. */
export const Knowledge = z.object({
  /** People, organisations, places and minerals, sorted by type then name. */
  entities: z.array(Entity),
  /** Quotations in source and paragraph order. */
  quotes: z.array(Quote),
  /** Figures in source and paragraph order. */
  figures: z.array(Figure),
  /** Events, dated ones first by date, then by name. */
  events: z.array(Event),
  /** Discrepancies, by kind then subject. */
  discrepancies: z.array(Discrepancy),
});

/** One source as `/data/sources.json` lists it: the frontmatter with provenance objects flattened to their values. */
export const SourceRecord = z.object({
  /** Source slug; the page lives at `path`. */
  slug: SourceSlug,
  /** The input file name, relative to the seeds folder. */
  file: z.string(),
  /** Page URL path without the site base, `/sources/<slug>/`. */
  path: z.string(),
  /** The article's title. */
  title: z.string(),
  /** Where the title came from. */
  titleFrom: z.string(),
  /** Standfirst (sub-headline), or null. */
  standfirst: z.string().nullable(),
  /** Publisher, or null when not stated. */
  publisher: z.string().nullable(),
  /** Where the publisher came from, or null. */
  publisherFrom: z.string().nullable(),
  /** Publication date (YYYY-MM-DD), or null when not stated. */
  date: IsoDate.nullable(),
  /** Where the date came from, or null. */
  dateFrom: z.string().nullable(),
  /** Dateline place as printed, or null. */
  dateline: z.string().nullable(),
  /** Where the dateline came from, or null. */
  datelineFrom: z.string().nullable(),
  /** Author, or null. */
  author: z.string().nullable(),
  /** Where the author came from, or null. */
  authorFrom: z.string().nullable(),
  /** BCP 47 language tag. */
  lang: z.string(),
  /** Writing direction. */
  dir: z.enum(['ltr', 'rtl']),
  /** Original URL, or null. */
  url: z.string().nullable(),
  /** Where the URL came from, or null. */
  urlFrom: z.string().nullable(),
  /** Slug of the source this one copies, or null. */
  duplicateOf: SourceSlug.nullable(),
  /** Words in the cleaned body. */
  wordCount: z.number().int().nonnegative(),
  /** Number of paragraphs. */
  paragraphs: z.number().int().nonnegative(),
  /** sha256 of the input file's bytes. */
  contentHash: z.string(),
  /** For a copy of an article first published elsewhere (`date` and `publisher` are then the original's): who published this copy, or null. */
  republishedBy: z.string().nullable(),
  /** Where `republishedBy` came from, or null. */
  republishedByFrom: z.string().nullable(),
  /** The day this copy was published (YYYY-MM-DD), or null; null for an article that is not a stated copy. */
  republishedDate: IsoDate.nullable(),
  /** Where `republishedDate` came from, or null. */
  republishedDateFrom: z.string().nullable(),
});

/** The kind of an entity. */
export type EntityType = z.infer<typeof EntityType>;
/** A flattened source record of `/data/sources.json`. */
export type SourceRecord = z.infer<typeof SourceRecord>;
/** A registry entry. */
export type RegistryEntry = z.infer<typeof RegistryEntry>;
/** A role a source gives an entity. */
export type EntityRole = z.infer<typeof EntityRole>;
/** A mention of an entity. */
export type Mention = z.infer<typeof Mention>;
/** An entity. */
export type Entity = z.infer<typeof Entity>;
/** A quotation. */
export type Quote = z.infer<typeof Quote>;
/** A figure. */
export type Figure = z.infer<typeof Figure>;
/** One source's report of an event. */
export type EventReport = z.infer<typeof EventReport>;
/** An event. */
export type Event = z.infer<typeof Event>;
/** A discrepancy. */
export type Discrepancy = z.infer<typeof Discrepancy>;
/** Everything the knowledge layer knows. */
export type Knowledge = z.infer<typeof Knowledge>;
