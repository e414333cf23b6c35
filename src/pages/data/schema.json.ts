/** /data/schema.json: JSON Schema of every /data/ export, generated from the Zod schemas. */
import type { APIRoute } from 'astro';
import { dataSchema, jsonResponse } from '../../lib/knowledge/export.ts';

export const GET: APIRoute = () => jsonResponse(dataSchema());
