/** Where the hostile-input site is built (`npm run build:hostile`) and served during the browser tests. */
export const HOSTILE = {
  content: 'node_modules/.cache/sourcebook-hostile/content',
  dist: 'node_modules/.cache/sourcebook-hostile/dist',
  port: Number(process.env.E2E_HOSTILE_PORT ?? 4339),
  get url() {
    return `http://127.0.0.1:${this.port}/`;
  },
};
