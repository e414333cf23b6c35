/**
 * The page ledger, `<content>/pages.json`: every HTML page the site has published (site paths without the base,
 * `people/muhammad-aurangzeb/mentions/2/`), so that a page a later build no longer makes — a page of mentions, an
 * index part or a year that shrank away when sources were removed — still answers, sending the reader on to the
 * nearest page that exists (src/integrations/moved-pages.ts). Only ever grows.
 */
import { z } from 'zod';

/** A site path without the base: '' for the home page, else segments each followed by `/`, or a file name (`feed.xml` is not listed: HTML only). */
const SitePath = z.string().regex(/^(?:(?!\.{1,2}\/)[^/\s\\]+\/)*$/, 'a site path such as people/x/ (no "." or ".." segment)');

export const PageLedger = z.object({
  version: z.literal(1),
  pages: z.array(SitePath),
});
export type PageLedger = z.infer<typeof PageLedger>;
