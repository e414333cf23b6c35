/** /data/figures.json: every figure the knowledge layer knows (computed once per build by `loadKnowledge()`). */
import type { APIRoute } from 'astro';
import { loadKnowledge } from '../../lib/knowledge/index.ts';
import { jsonResponse } from '../../lib/knowledge/export.ts';

export const GET: APIRoute = async () => jsonResponse((await loadKnowledge()).figures);
