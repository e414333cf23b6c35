/**
 * The knowledge data the site was built from, read from the built site's
 * /data/*.json (dist/data, or SOURCEBOOK_DIST/data): the browser tests of the
 * cross-reference pages compare the pages with these files, never with
 * hard-coded lists.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Discrepancy, Entity, Event, Figure, Quote } from '../../src/schemas/knowledge.ts';

const dist = () => path.resolve(process.env.SOURCEBOOK_DIST ?? 'dist');

function read<T>(name: string): T {
  return JSON.parse(readFileSync(path.join(dist(), 'data', `${name}.json`), 'utf8')) as T;
}

export const data = {
  entities: () => read<Entity[]>('entities'),
  quotes: () => read<Quote[]>('quotes'),
  figures: () => read<Figure[]>('figures'),
  events: () => read<Event[]>('events'),
  discrepancies: () => read<Discrepancy[]>('discrepancies'),
};

/** Folder of each entity type's pages. */
export const TYPE_DIR = { person: 'people', organization: 'organizations', place: 'places', mineral: 'minerals' } as const;

/** A path of the knowledge data (`/people/x/`) relative to the site base, as the tests navigate (`people/x/`). */
export const rel = (p: string) => p.replace(/^\/+/, '');
