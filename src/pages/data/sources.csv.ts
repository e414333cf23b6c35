/** /data/sources.csv: the same as /data/sources.json, as CSV (RFC 4180 quoting). */
import type { APIRoute } from 'astro';
import { loadCorpus } from '../../lib/knowledge/index.ts';
import { csvResponse, sourceRecord, sourcesCsv } from '../../lib/knowledge/export.ts';

export const GET: APIRoute = async () => csvResponse(sourcesCsv((await loadCorpus()).sources.map(sourceRecord)));
