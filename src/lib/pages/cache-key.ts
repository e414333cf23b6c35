/**
 * The `cacheKey` of a generated page (Astro's experimental incremental build, astro.config.mjs): a hash of
 * everything the page shows that does not come from its code. A page whose key and whose modules are the same
 * as in the previous build is not rendered again; its previous output is kept.
 *
 * Every route with getStaticPaths() keys its pages with `pageKey(...)`, given the page's own data (its props and
 * whatever the page or its components look up at render time), and this adds what every page shows through the
 * layout (src/layouts/Base.astro): the site's name, description, language and packs (the navigation), its public
 * address and its base path. A key that leaves out something the page shows keeps a stale page: the incremental
 * test (tests/unit/incremental-build.test.ts) compares a rebuild with a cold build, byte for byte.
 */
import { createHash, type Hash } from 'node:crypto';
import { SITE } from '../site.ts';

/** Changed when what a key covers changes in a way the page modules would not show. */
const KEY_VERSION = 1;

/** Feed a value to the hash: plain data, Maps, Sets, Dates and URLs, in order; anything else (a function, a class instance it cannot see into, a cycle) is an error. */
function feed(hash: Hash, value: unknown, stack: object[]): void {
  if (value === null) return void hash.update('n;');
  switch (typeof value) {
    case 'undefined':
      return void hash.update('u;');
    case 'boolean':
      return void hash.update(value ? 't;' : 'f;');
    case 'number':
    case 'bigint':
      return void hash.update(`${typeof value === 'number' ? 'i' : 'b'}${String(value)};`);
    case 'string':
      return void hash.update(`s${value.length}:`).update(value);
    case 'object':
      break;
    default:
      throw new Error(`page cache key: cannot hash a ${typeof value}`);
  }
  const obj = value as object;
  if (obj instanceof Date) return void hash.update(`d${obj.toISOString()};`);
  if (obj instanceof URL) return void hash.update(`l${obj.href.length}:`).update(obj.href);
  if (stack.includes(obj)) throw new Error('page cache key: the data refers to itself');
  stack.push(obj);
  if (Array.isArray(obj)) {
    hash.update(`[${obj.length}:`);
    for (const item of obj) feed(hash, item, stack);
  } else if (obj instanceof Map) {
    hash.update(`M${obj.size}:`);
    for (const [k, v] of obj) {
      feed(hash, k, stack);
      feed(hash, v, stack);
    }
  } else if (obj instanceof Set) {
    hash.update(`S${obj.size}:`);
    for (const item of obj) feed(hash, item, stack);
  } else {
    const proto = Object.getPrototypeOf(obj);
    if (proto !== Object.prototype && proto !== null) throw new Error(`page cache key: cannot hash a ${proto?.constructor?.name ?? 'class instance'}`);
    const keys = Object.keys(obj);
    hash.update(`{${keys.length}:`);
    for (const key of keys) {
      hash.update(`${key.length}:${key}`);
      feed(hash, (obj as Record<string, unknown>)[key], stack);
    }
  }
  stack.pop();
}

/** What every page shows through the layout, whatever its own data. */
function shell(): unknown {
  return { site: import.meta.env.SITE ?? null, base: import.meta.env.BASE_URL ?? '/', name: SITE.name, description: SITE.description, lang: SITE.lang, packs: SITE.packs };
}

/** A page's cacheKey: a hash of the layout's values and the page's own data (`parts`, in a fixed order). */
export function pageKey(...parts: unknown[]): string {
  const hash = createHash('sha256');
  feed(hash, [KEY_VERSION, shell(), parts], []);
  return hash.digest('base64url');
}
