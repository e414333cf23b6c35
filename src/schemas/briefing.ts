/**
 * Frontmatter of a written briefing, `<corpus>/briefings/<slug>.mdx`. The
 * sources a briefing cites are not declared here: they are read from its
 * <Cite> elements (src/lib/citations.ts), so the list cannot drift from the text.
 */
import { z } from 'zod';

/** An ISO date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`); a YAML date is accepted and written as `YYYY-MM-DD`. */
const IsoDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'date must be YYYY-MM-DD, YYYY-MM or YYYY'),
);

export const BriefingFrontmatter = z.strictObject({
  /** The briefing's title. */
  title: z.string().min(1),
  /** One or two sentences saying what the briefing covers; shown in lists and feeds. */
  summary: z.string().min(1),
  /** When the briefing was written or last revised, when worth stating. */
  date: IsoDate.optional(),
});
export type BriefingFrontmatter = z.infer<typeof BriefingFrontmatter>;
