/**
 * Where the site built under a sub-path (`npm run build:base`) lives and is served during the browser tests.
 * It is also the build with a configured public URL (`site`, from SOURCEBOOK_SITE in package.json), so the
 * features that need absolute URLs (canonical links, RSS, sitemap, printed URLs) are tested on it.
 */
export const BASE_SITE = {
  base: '/sourcebook/',
  /** The public URL it was built with (a reserved test domain, RFC 2606). */
  site: 'https://sourcebook.test',
  dist: 'node_modules/.cache/sourcebook-base/dist',
  port: Number(process.env.E2E_BASE_PORT ?? 4349),
  get url() {
    return `http://127.0.0.1:${this.port}${this.base}`;
  },
};
