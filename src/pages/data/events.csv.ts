/** /data/events.csv: the same as /data/events.json, as CSV (RFC 4180 quoting). */
import type { APIRoute } from 'astro';
import { loadKnowledge } from '../../lib/knowledge/index.ts';
import { csvResponse, eventsCsv } from '../../lib/knowledge/export.ts';

export const GET: APIRoute = async () => csvResponse(eventsCsv((await loadKnowledge()).events));
