/** /data/sources.json: one record per source, provenance objects flattened to their values (with `…From` beside them). */
import type { APIRoute } from 'astro';
import { loadCorpus } from '../../lib/knowledge/index.ts';
import { jsonResponse, sourceRecord } from '../../lib/knowledge/export.ts';

export const GET: APIRoute = async () => jsonResponse((await loadCorpus()).sources.map(sourceRecord));
