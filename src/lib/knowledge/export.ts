/**
 * The knowledge layer as files: rows for the CSV exports, CSV quoting, the
 * flattened source records of `/data/sources.json`, and the JSON Schema of
 * every export. Used by the `src/pages/data/*` endpoints.
 */
import { z } from 'zod';
import { Discrepancy, Entity, Event, Figure, Knowledge, Quote, RegistryEntry, SourceRecord } from '../../schemas/knowledge.ts';
import type { Source } from '../../schemas/source.ts';

/** A CSV cell value. */
type Cell = string | number | boolean | null;

/** Text a spreadsheet would read as a formula (OWASP CSV injection): starting with =, +, -, @, tab or carriage return. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Quote one CSV field (RFC 4180): fields with a comma, quote, or line break are wrapped in quotes, quotes doubled.
 * Text that a spreadsheet would run as a formula gets a leading apostrophe, as OWASP recommends (numbers stay numbers).
 */
export function csvField(value: Cell): string {
  if (value === null) return '';
  let s = String(value);
  if (typeof value === 'string' && FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) || s.startsWith("'") ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV text (header row first, CRLF line ends) from rows with the given columns. */
export function toCsv<T extends Record<string, Cell>>(rows: readonly T[], columns: readonly (keyof T & string)[]): string {
  const lines = [columns.map(csvField).join(','), ...rows.map((r) => columns.map((c) => csvField(r[c] ?? null)).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

/** A JSON response for a static endpoint. */
export function jsonResponse(data: unknown): Response {
  return new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}

/** A CSV response for a static endpoint. */
export function csvResponse(csv: string): Response {
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}

/** Entities as CSV: one row per entity, lists joined with `; `. */
export function entitiesCsv(entities: readonly Entity[]): string {
  const rows = entities.map((e) => ({
    id: e.id,
    type: e.type,
    name: e.name,
    aliases: e.aliases.join('; '),
    path: e.path,
    description: e.description,
    wikidata: e.wikidata,
    registered: e.registered,
    sources: e.sources.join('; '),
    mentions: e.mentions.length,
    roles: e.roles.map((r) => `${r.source}: ${r.role}`).join('; '),
  }));
  return toCsv(rows, ['id', 'type', 'name', 'aliases', 'path', 'description', 'wikidata', 'registered', 'sources', 'mentions', 'roles']);
}

/** Quotes as CSV: one row per quotation. */
export function quotesCsv(quotes: readonly Quote[]): string {
  return toCsv(
    quotes.map((q) => ({ ...q })),
    ['id', 'source', 'paragraph', 'speaker', 'speakerName', 'group', 'partial', 'attribution', 'text'],
  );
}

/** Figures as CSV: one row per figure. */
export function figuresCsv(figures: readonly Figure[]): string {
  return toCsv(
    figures.map((f) => ({ ...f })),
    ['id', 'source', 'paragraph', 'kind', 'text', 'value', 'max', 'unit', 'currency', 'scale', 'qualifier', 'of', 'sentence'],
  );
}

/** Events as CSV: one row per event, lists joined with `; `. */
export function eventsCsv(events: readonly Event[]): string {
  const rows = events.map((e) => ({
    id: e.id,
    name: e.name,
    kind: e.kind,
    date: e.date,
    dateResolved: e.dateResolved,
    dateNote: e.dateNote,
    place: e.place,
    placeName: e.placeName,
    days: e.days,
    entity: e.entity,
    sources: e.sources.join('; '),
    participants: e.participants.join('; '),
    paragraphs: e.paragraphs.map((p) => `${p.source}#${p.paragraph}`).join('; '),
  }));
  return toCsv(rows, ['id', 'name', 'kind', 'date', 'dateResolved', 'dateNote', 'place', 'placeName', 'days', 'entity', 'sources', 'participants', 'paragraphs']);
}

/** Discrepancies as CSV: one row per source's version, so the values sit side by side under one id. */
export function discrepanciesCsv(discrepancies: readonly Discrepancy[]): string {
  const rows = discrepancies.flatMap((d) => d.sources.map((s) => ({ id: d.id, kind: d.kind, subject: d.subject, subjectId: d.subjectId, source: s.source, paragraph: s.paragraph, value: s.value })));
  return toCsv(rows, ['id', 'kind', 'subject', 'subjectId', 'source', 'paragraph', 'value']);
}

/** A source's frontmatter flattened for `/data/sources.json`: provenance objects become their values, with `…From` beside them. */
export function sourceRecord(s: Source): SourceRecord {
  return {
    slug: s.slug,
    file: s.file,
    path: `/sources/${s.slug}/`,
    title: s.title,
    titleFrom: s.titleFrom,
    standfirst: s.standfirst,
    publisher: s.publisher.value,
    publisherFrom: s.publisher.from,
    date: s.date.value && /^\d{4}-\d{2}-\d{2}$/.test(s.date.value) ? s.date.value : null,
    dateFrom: s.date.value ? s.date.from : null,
    dateline: s.dateline.value,
    datelineFrom: s.dateline.from,
    author: s.author.value,
    authorFrom: s.author.from,
    lang: s.lang,
    dir: s.dir,
    url: s.url.value,
    urlFrom: s.url.from,
    duplicateOf: s.duplicateOf,
    wordCount: s.wordCount,
    paragraphs: s.paragraphs.length,
    contentHash: s.contentHash,
    republishedBy: s.republished?.by.value ?? null,
    republishedByFrom: s.republished?.by.value ? s.republished.by.from : null,
    republishedDate: s.republished?.date.value && /^\d{4}-\d{2}-\d{2}$/.test(s.republished.date.value) ? s.republished.date.value : null,
    republishedDateFrom: s.republished?.date.value ? s.republished.date.from : null,
  };
}

/** Sources as CSV: one row per source record. */
export function sourcesCsv(records: readonly SourceRecord[]): string {
  return toCsv(
    records.map((r) => ({ ...r })),
    ['slug', 'file', 'path', 'title', 'titleFrom', 'standfirst', 'publisher', 'publisherFrom', 'date', 'dateFrom', 'dateline', 'datelineFrom', 'author', 'authorFrom', 'lang', 'dir', 'url', 'urlFrom', 'duplicateOf', 'wordCount', 'paragraphs', 'contentHash', 'republishedBy', 'republishedByFrom', 'republishedDate', 'republishedDateFrom'],
  );
}

/** The JSON Schema (draft 2020-12) of every data export, generated from the Zod schemas. */
export function dataSchema(): Record<string, unknown> {
  const defs: Record<string, [z.ZodType, string]> = {
    Entity: [Entity, 'A person, organisation, place or mineral, with every mention and role (items of /data/entities.json).'],
    Quote: [Quote, 'A quotation and its speaker (items of /data/quotes.json).'],
    Figure: [Figure, 'A number the sources state, normalised (items of /data/figures.json).'],
    Event: [Event, 'Something that happened, as one or more sources report it (items of /data/events.json).'],
    Discrepancy: [Discrepancy, 'A point where sources disagree, with each version side by side (items of /data/discrepancies.json).'],
    SourceRecord: [SourceRecord, 'One source with its metadata flattened (items of /data/sources.json).'],
    RegistryEntry: [RegistryEntry, 'One entry of the hand-written entity registry (<corpus>/entities/*.yaml).'],
    Knowledge: [Knowledge, 'Everything the knowledge layer knows, in one object.'],
  };
  const $defs: Record<string, unknown> = {};
  for (const [name, [schema, description]] of Object.entries(defs)) {
    const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io: 'output' }) as Record<string, unknown>;
    void _drop;
    $defs[name] = { title: name, description, ...rest };
  }
  const list = (ref: string) => ({ type: 'array', items: { $ref: `#/$defs/${ref}` } });
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'Sourcebook data exports',
    description: 'JSON Schema of the files under /data/. Each CSV has the columns of its JSON counterpart, with lists joined by "; ".',
    endpoints: {
      '/data/entities.json': list('Entity'),
      '/data/quotes.json': list('Quote'),
      '/data/figures.json': list('Figure'),
      '/data/events.json': list('Event'),
      '/data/discrepancies.json': list('Discrepancy'),
      '/data/sources.json': list('SourceRecord'),
    },
    $defs,
  };
}
