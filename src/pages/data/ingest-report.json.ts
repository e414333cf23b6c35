/** /data/ingest-report.json: a copy of content/ingest-report.json (validated against its schema). */
import type { APIRoute } from 'astro';
import { readIngestReportText } from '../../lib/ingest-report.ts';

export const GET: APIRoute = async () =>
  new Response(await readIngestReportText(), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
