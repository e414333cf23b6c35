/** /data/entities.csv: the same as /data/entities.json, as CSV (RFC 4180 quoting). */
import type { APIRoute } from 'astro';
import { loadKnowledge } from '../../lib/knowledge/index.ts';
import { csvResponse, entitiesCsv } from '../../lib/knowledge/export.ts';

export const GET: APIRoute = async () => csvResponse(entitiesCsv((await loadKnowledge()).entities));
