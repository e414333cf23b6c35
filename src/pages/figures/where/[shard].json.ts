/** /figures/where/<shard>.json: which page lists each item, for old addresses (src/components/xref/AnchorLookup.astro). */
import { lookupPaths } from '../../../lib/pages/parts-pages.ts';

export const getStaticPaths = () => lookupPaths('figures');
export { lookupEndpoint as GET } from '../../../lib/pages/parts-pages.ts';
