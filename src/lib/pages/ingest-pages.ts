/**
 * The ingest report's pages: /about/ingest/ (the summary, then the first rows)
 * and, for a large corpus, /about/ingest/2/, /3/ … with the rows that follow,
 * each page holding about INGEST_PAGE_BUDGET bytes of rows. Accepted files
 * come first in the report's order, then the rejected ones with their
 * reasons; every page lists every page with the files it holds, so any file
 * is two clicks from the entry. The JSON (/data/ingest-report.json) is the
 * whole report, unpaged.
 */
import type { IngestReport } from '../../schemas/ingest-report.ts';
import { href, sourceHref } from '../url.ts';

/** A published file: its row links to its source page and to what the ingest changed in it. */
export interface AcceptedRow {
  file: string;
  title: string;
  href: string;
  changes: number;
  changesHref: string;
}

/** A file not published, with the reason. */
export interface RejectedRow {
  file: string;
  reason: string;
}

/** One page of the report. */
export interface IngestReportPage {
  /** 1 for /about/ingest/. */
  n: number;
  href: string;
  /** The accepted rows on this page, and the 1-based position of the first in the whole list. */
  accepted: { from: number; rows: AcceptedRow[] };
  rejected: { from: number; rows: RejectedRow[] };
  /** What the page holds, for the list of pages (`accepted 1–512`, `rejected 1–3`). */
  label: string;
}

/** Estimated HTML bytes of rows one page may hold (the page's frame and the list of pages come on top). */
export const INGEST_PAGE_BUDGET = 150_000;

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');
/** Estimated HTML bytes of a row (markup, escaping). */
const acceptedBytes = (r: AcceptedRow) => 110 + bytes(r.file) + bytes(r.href) + bytes(r.changesHref) + 1.1 * bytes(r.title);
const rejectedBytes = (r: RejectedRow) => 50 + bytes(r.file) + 1.1 * bytes(r.reason);

/** The address of page `n` of the report. */
export const ingestPageHref = (n: number): string => href(n === 1 ? 'about/ingest/' : `about/ingest/${n}/`);

/** `accepted 1–500, rejected 1–3` for what a page holds. */
function pageLabel(page: Pick<IngestReportPage, 'accepted' | 'rejected'>): string {
  const range = (what: string, part: { from: number; rows: readonly unknown[] }) =>
    part.rows.length === 0 ? [] : [`${what} ${part.rows.length === 1 ? part.from : `${part.from}–${part.from + part.rows.length - 1}`}`];
  return [...range('accepted', page.accepted), ...range('rejected', page.rejected)].join(', ') || 'no files';
}

/** The report cut into pages of about `budget` bytes of rows (always at least the entry page). */
export function ingestReportPages(report: Pick<IngestReport, 'accepted' | 'rejected' | 'ignored'>, titleOf: (slug: string) => string | undefined, budget = INGEST_PAGE_BUDGET): IngestReportPage[] {
  const accepted = report.accepted.map((a) => ({
    file: a.file,
    title: titleOf(a.slug) ?? a.slug,
    href: sourceHref(a.slug),
    changes: a.changes,
    changesHref: `${sourceHref(a.slug)}#changes`,
  }));
  const pages: Omit<IngestReportPage, 'href' | 'label'>[] = [];
  let page = { n: 1, accepted: { from: 1, rows: [] as AcceptedRow[] }, rejected: { from: 1, rows: [] as RejectedRow[] } };
  pages.push(page);
  let used = 0;
  const room = (size: number) => {
    if (used + size > budget && (page.accepted.rows.length > 0 || page.rejected.rows.length > 0)) {
      page = {
        n: page.n + 1,
        accepted: { from: page.accepted.from + page.accepted.rows.length, rows: [] },
        rejected: { from: page.rejected.from + page.rejected.rows.length, rows: [] },
      };
      pages.push(page);
      used = 0;
    }
    used += size;
  };
  for (const row of accepted) {
    room(acceptedBytes(row));
    page.accepted.rows.push(row);
  }
  for (const row of report.rejected) {
    room(rejectedBytes(row));
    page.rejected.rows.push(row);
  }
  return pages.map((p) => ({ ...p, href: ingestPageHref(p.n), label: pageLabel(p) }));
}
