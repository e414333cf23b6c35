/**
 * The ingest report's pages (src/lib/pages/ingest-pages.ts): every file on exactly one page, in the report's
 * order, each page within its byte budget, the entry page at /about/ingest/ and the others at stable numbers.
 */
import { describe, expect, it } from 'vitest';
import { INGEST_PAGE_BUDGET, ingestReportPages } from '../../src/lib/pages/ingest-pages.ts';
import type { IngestReport } from '../../src/schemas/ingest-report.ts';

/** A report of `accepted` published files (titles of varied length) and `rejected` others. */
function report(accepted: number, rejected: number): Pick<IngestReport, 'accepted' | 'rejected' | 'ignored'> {
  return {
    accepted: Array.from({ length: accepted }, (_, i) => ({ file: `${String(i).padStart(4, '0')}_article.txt`, slug: `article-${i}`, changes: i % 7 })),
    rejected: Array.from({ length: rejected }, (_, i) => ({ file: `bad-${i}.pdf`, reason: `Not a text file: a PDF (${'why '.repeat(i % 20)}).` })),
    ignored: ['.draft.txt'],
  };
}
const titleOf = (slug: string) => `Title of ${slug} ${'— long words '.repeat(Number(slug.split('-')[1]) % 9)}`;
/** Bytes a page's rows take once rendered, roughly as the page writes them. */
const rendered = (p: ReturnType<typeof ingestReportPages>[number]) =>
  Buffer.byteLength(p.accepted.rows.map((r) => `<tr><td><code>${r.file}</code></td><td><a href="${r.href}">${r.title}</a></td><td><a href="${r.changesHref}">${r.changes} changes</a></td></tr>`).join('') +
    p.rejected.rows.map((r) => `<tr><td><code>${r.file}</code></td><td>${r.reason}</td></tr>`).join(''));

describe('ingestReportPages', () => {
  it('keeps a small report on /about/ingest/ alone', () => {
    const pages = ingestReportPages(report(5, 2), titleOf);
    expect(pages).toHaveLength(1);
    expect(pages[0]!.href).toBe('/about/ingest/');
    expect(pages[0]!.accepted.rows.map((r) => r.file)).toEqual(report(5, 2).accepted.map((a) => a.file));
    expect(pages[0]!.accepted.rows[0]).toMatchObject({ title: titleOf('article-0'), href: '/sources/article-0/', changesHref: '/sources/article-0/#changes' });
    expect(pages[0]!.rejected.rows).toHaveLength(2);
    expect(pages[0]!.label).toBe('accepted 1–5, rejected 1–2');
  });

  it('cuts 5,000 files into pages of at most the budget, each file once, in order, at /about/ingest/<n>/', () => {
    const r = report(5000, 40);
    const pages = ingestReportPages(r, titleOf);
    expect(pages.length).toBeGreaterThan(5);
    expect(pages.map((p) => p.href)).toEqual(pages.map((_, i) => (i === 0 ? '/about/ingest/' : `/about/ingest/${i + 1}/`)));
    expect(pages.flatMap((p) => p.accepted.rows.map((x) => x.file))).toEqual(r.accepted.map((a) => a.file));
    expect(pages.flatMap((p) => p.rejected.rows.map((x) => x.file))).toEqual(r.rejected.map((x) => x.file));
    for (const p of pages) {
      expect(rendered(p)).toBeLessThanOrEqual(INGEST_PAGE_BUDGET);
      // Positions continue from page to page.
      if (p.n > 1) expect(p.accepted.from).toBe(pages[p.n - 2]!.accepted.from + pages[p.n - 2]!.accepted.rows.length);
    }
    // The pages are full but for the last: no page is split off early.
    for (const p of pages.slice(0, -1)) expect(rendered(p)).toBeGreaterThan(INGEST_PAGE_BUDGET * 0.8);
    expect(pages[1]!.label).toBe(`accepted ${pages[1]!.accepted.from}–${pages[1]!.accepted.from + pages[1]!.accepted.rows.length - 1}`);
  });

  it('gives an empty report its entry page, and a row larger than the budget a page of its own', () => {
    const empty = ingestReportPages({ accepted: [], rejected: [], ignored: [] }, titleOf);
    expect(empty).toHaveLength(1);
    expect(empty[0]!.label).toBe('no files');
    const pages = ingestReportPages(report(3, 0), () => 'x'.repeat(500), 300);
    expect(pages.map((p) => p.accepted.rows.length)).toEqual([1, 1, 1]);
  });
});
