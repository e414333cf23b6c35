/** Stage 7, report: the terminal table and progress line (the JSON report is written by the pipeline). */
import type { IngestReport } from '../../src/schemas/ingest-report.ts';

/** A progress callback: a line every 100 files (or redrawn in place on a terminal), silent for small runs. */
export function progress(stream: NodeJS.WriteStream = process.stderr) {
  return (done: number, total: number, file: string) => {
    if (total < 50) return;
    if (stream.isTTY) {
      stream.write(`\r  ingest ${done}/${total} ${file.slice(0, 50).padEnd(50)}`);
      if (done === total) stream.write('\n');
    } else if (done % 100 === 0 || done === total) stream.write(`  ingest ${done}/${total}\n`);
  };
}

/** Print accepted, rejected and the totals as a table. */
export function printReport(report: IngestReport & { written: string[]; removed: string[] }, ms: number, log: (line: string) => void = console.log): void {
  const rows: Array<[string, string, string]> = [
    ...report.accepted.map((a): [string, string, string] => [a.file, 'accepted', `${a.slug} (${a.changes} change${a.changes === 1 ? '' : 's'})`]),
    ...report.rejected.map((r): [string, string, string] => [r.file, 'REJECTED', r.reason]),
  ];
  const width = Math.min(48, rows.reduce((n, r) => Math.max(n, r[0].length), 4));
  if (rows.length <= 200) for (const [file, status, detail] of rows) log(`  ${file.padEnd(width)}  ${status.padEnd(8)}  ${detail}`);
  else for (const r of report.rejected) log(`  ${r.file.padEnd(width)}  REJECTED  ${r.reason}`);
  log(`ingest: ${report.accepted.length} accepted, ${report.rejected.length} rejected, ${report.ignored.length} ignored; ${report.written.length} file(s) written, ${report.removed.length} removed in ${(ms / 1000).toFixed(2)} s`);
}
