/**
 * Reads the ingest report (content/ingest-report.json, written by the ingest)
 * for /about/ingest/ and /data/ingest-report.json.
 */
import { readFile } from 'node:fs/promises';
import { IngestReport, type RuleInfo } from '../schemas/ingest-report.ts';
import { contentPath } from './paths.ts';

/** Where the ingest writes its report. */
export const ingestReportPath = (): string => contentPath('ingest-report.json');

/** The report file's text, exactly as the ingest wrote it (validated first). Throws naming the file. */
export async function readIngestReportText(file: string = ingestReportPath()): Promise<string> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new Error(`Cannot read ${file}: run \`npm run ingest\` first`, { cause: error });
  }
  parseIngestReport(text, file);
  return text;
}

/** Parse and validate a report's text; `file` names it in errors. */
export function parseIngestReport(text: string, file = 'ingest-report.json'): IngestReport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file} is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  const result = IngestReport.safeParse(data);
  if (!result.success) throw new Error(`${file} does not match the ingest report schema: ${result.error.message}`);
  return result.data;
}

/** The validated ingest report. */
export async function loadIngestReport(file: string = ingestReportPath()): Promise<IngestReport> {
  return parseIngestReport(await readIngestReportText(file), file);
}

const catalogs = new Map<string, Promise<RuleInfo[]>>();

/** The rules a change log can name, with their descriptions (read once per build from the ingest report). */
export function loadRuleCatalog(file: string = ingestReportPath()): Promise<RuleInfo[]> {
  let catalog = catalogs.get(file);
  if (!catalog) {
    catalog = loadIngestReport(file).then((report) => report.rules);
    catalogs.set(file, catalog);
  }
  return catalog;
}
