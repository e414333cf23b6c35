/** /data/figures.csv: the same as /data/figures.json, as CSV (RFC 4180 quoting). */
import type { APIRoute } from 'astro';
import { loadKnowledge } from '../../lib/knowledge/index.ts';
import { csvResponse, figuresCsv } from '../../lib/knowledge/export.ts';

export const GET: APIRoute = async () => csvResponse(figuresCsv((await loadKnowledge()).figures));
