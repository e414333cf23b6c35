/** The ingest report, published as /data/ingest-report.json and shown on /about/ingest/. */
import { z } from 'zod';

export const IngestReport = z.object({
  /** Articles published, with the number of changes the cleaner made. */
  accepted: z.array(z.object({ file: z.string(), slug: z.string(), changes: z.number().int().nonnegative() })),
  /** Inputs not published, each with a reason a person understands. */
  rejected: z.array(z.object({ file: z.string(), reason: z.string() })),
  /** Files skipped without a message (dotfiles). */
  ignored: z.array(z.string()),
});
export type IngestReport = z.infer<typeof IngestReport>;
