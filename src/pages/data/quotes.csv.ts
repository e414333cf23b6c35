/** /data/quotes.csv: the same as /data/quotes.json, as CSV (RFC 4180 quoting). */
import type { APIRoute } from 'astro';
import { loadKnowledge } from '../../lib/knowledge/index.ts';
import { csvResponse, quotesCsv } from '../../lib/knowledge/export.ts';

export const GET: APIRoute = async () => csvResponse(quotesCsv((await loadKnowledge()).quotes));
