/** The ingest report, published as /data/ingest-report.json and shown on /about/ingest/. */
import { z } from 'zod';

/** One rule the ingest may log: its name in change logs, the description readers see, and where it comes from. */
export const RuleInfo = z.object({
  name: z.string(),
  description: z.string(),
  /** step: a cleaning step; line: a clutter line rule; chrome: page chrome found by evidence; evidence: a line read as metadata; other: logged by a stage. */
  kind: z.enum(['step', 'line', 'chrome', 'evidence', 'other']),
});
export type RuleInfo = z.infer<typeof RuleInfo>;

export const IngestReport = z.object({
  /** Articles published, with the number of changes the cleaner made. */
  accepted: z.array(z.object({ file: z.string(), slug: z.string(), changes: z.number().int().nonnegative() })),
  /** Inputs not published, each with a reason a person understands. */
  rejected: z.array(z.object({ file: z.string(), reason: z.string() })),
  /** Files skipped without a message (dotfiles). */
  ignored: z.array(z.string()),
  /** Every rule a change log can name, with its description (the ingest's own rule tables, as data). */
  rules: z.array(RuleInfo).default([]),
});
export type IngestReport = z.infer<typeof IngestReport>;
