/**
 * The editorial sidecar `seeds/<file>.meta.yaml`: what an editor states about
 * one article that its text does not. Unknown keys are an error.
 */
import { z } from 'zod';

/** ISO calendar date, YYYY-MM-DD. */
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD');

export const Sidecar = z.strictObject({
  /** Title to use instead of the one found in the text. */
  title: z.string().min(1).optional(),
  /** Publisher's name as readers know it, e.g. "Daily Times". */
  publisher: z.string().min(1).optional(),
  /** Publication date of this copy of the article. */
  date: IsoDate.optional(),
  /** The article's original address. */
  url: z.url({ protocol: /^https?$/ }).optional(),
  /** Author or byline. */
  author: z.string().min(1).optional(),
  /** BCP 47 language tag. */
  lang: z.string().min(2).optional(),
  /** Slug to publish under (lowercase ASCII and hyphens). */
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).optional(),
  /** Editor's note on where these facts come from (not published as a fact). */
  note: z.string().optional(),
});
export type Sidecar = z.infer<typeof Sidecar>;
