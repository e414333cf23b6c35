/** /data/discrepancies.csv: the same as /data/discrepancies.json, as CSV (RFC 4180 quoting). */
import type { APIRoute } from 'astro';
import { loadKnowledge } from '../../lib/knowledge/index.ts';
import { csvResponse, discrepanciesCsv } from '../../lib/knowledge/export.ts';

export const GET: APIRoute = async () => csvResponse(discrepanciesCsv((await loadKnowledge()).discrepancies));
