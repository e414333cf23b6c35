/** Where the site built under a sub-path (`npm run build:base`) lives and is served during the browser tests. */
export const BASE_SITE = {
  base: '/sourcebook/',
  dist: 'node_modules/.cache/sourcebook-base/dist',
  port: Number(process.env.E2E_BASE_PORT ?? 4349),
  get url() {
    return `http://127.0.0.1:${this.port}${this.base}`;
  },
};
