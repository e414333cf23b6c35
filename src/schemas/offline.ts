/**
 * `offline.json` at the site's root, written with the service worker (src/integrations/service-worker.ts) and read
 * by the search page: what keeping the whole site offline takes (the reader's choice, its size stated), and whether
 * a first visit already keeps search working offline — its index and fragments precached — or, on a site too large
 * for that, only the searches made so far.
 */
import { z } from 'zod';

export const OfflineSummary = z.object({
  /** Files of the whole-site copy. */
  files: z.number().int().nonnegative(),
  /** Their bytes. */
  bytes: z.number().int().nonnegative(),
  /** The search index and its fragments are precached: after one visit any search works offline. */
  searchOffline: z.boolean(),
  /** Bytes of the search index and fragments: what searching anything offline needs. */
  searchBytes: z.number().int().nonnegative(),
});
export type OfflineSummary = z.infer<typeof OfflineSummary>;
