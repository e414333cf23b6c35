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
import { createHash } from 'node:crypto';
import { SITE } from '../site.ts';

/** Changed when what a key covers changes in a way the page modules would not show. */
const KEY_VERSION = 1;

/** Above this many pieces of text, an object's text is replaced by its digest, kept for the next key that holds the same object. */
const SHARED_PIECES = 256;

/**
 * Digests of the large objects already hashed, by identity: the site model's views are shared by many pages (an event
 * is on the page of every source that reports it), and hashing each once keeps the keys' cost near the size of the
 * data rather than a multiple of it. Sound because the model is not changed once built: every key is computed in
 * getStaticPaths(), before any page is rendered.
 */
const shared = new WeakMap<object, string>();

/**
 * A value as text, for the hash: plain data, Maps, Sets, Dates and URLs, in order; anything else (a function, a class
 * instance it cannot see into, a cycle) is an error. Written into one list of strings and hashed once: one hash
 * update per value costs more than the rest of the key. A large object is written as its digest (`shared`).
 */
function serialize(value: unknown, out: string[], stack: object[]): void {
  if (value instanceof KeyPart) return void out.push(`h${value.digest};`);
  if (value === null) return void out.push('n;');
  switch (typeof value) {
    case 'undefined':
      return void out.push('u;');
    case 'boolean':
      return void out.push(value ? 't;' : 'f;');
    case 'number':
    case 'bigint':
      return void out.push(`${typeof value === 'number' ? 'i' : 'b'}${String(value)};`);
    case 'string':
      return void out.push(`s${value.length}:`, value);
    case 'object':
      break;
    default:
      throw new Error(`page cache key: cannot hash a ${typeof value}`);
  }
  const obj = value as object;
  if (obj instanceof Date) return void out.push(`d${obj.toISOString()};`);
  if (obj instanceof URL) return void out.push(`l${obj.href.length}:`, obj.href);
  const known = shared.get(obj);
  if (known !== undefined) return void out.push(known);
  if (stack.includes(obj)) throw new Error('page cache key: the data refers to itself');
  stack.push(obj);
  const start = out.length;
  if (Array.isArray(obj)) {
    out.push(`[${obj.length}:`);
    for (const item of obj) serialize(item, out, stack);
  } else if (obj instanceof Map) {
    out.push(`M${obj.size}:`);
    for (const [k, v] of obj) {
      serialize(k, out, stack);
      serialize(v, out, stack);
    }
  } else if (obj instanceof Set) {
    out.push(`S${obj.size}:`);
    for (const item of obj) serialize(item, out, stack);
  } else {
    const proto = Object.getPrototypeOf(obj);
    if (proto !== Object.prototype && proto !== null) throw new Error(`page cache key: cannot hash a ${proto?.constructor?.name ?? 'class instance'}`);
    const keys = Object.keys(obj);
    out.push(`{${keys.length}:`);
    for (const key of keys) {
      out.push(`${key.length}:`, key);
      serialize((obj as Record<string, unknown>)[key], out, stack);
    }
  }
  stack.pop();
  if (out.length - start > SHARED_PIECES) {
    const text = `h${createHash('sha256').update(out.slice(start).join('')).digest('base64url')};`;
    shared.set(obj, text);
    out.length = start;
    out.push(text);
  }
}

function digest(value: unknown): string {
  const out: string[] = [];
  serialize(value, out, []);
  return createHash('sha256').update(out.join('')).digest('base64url');
}

/** A value hashed once, to be part of many pages' keys (`keyPart`). */
class KeyPart {
  readonly digest: string;
  constructor(digest: string) {
    this.digest = digest;
  }
}

/**
 * A value many pages show (the list of an index's parts, the ingest's rule names), hashed once: pass the result to
 * `pageKey` in its place. The value must not change afterwards (keys are computed before any page is rendered).
 */
export function keyPart(value: unknown): KeyPart {
  return new KeyPart(digest(value));
}

/** What every page shows through the layout, whatever its own data (the same for the whole build). */
let shell: KeyPart | null = null;

/** A page's cacheKey: a hash of the layout's values and the page's own data (`parts`, in a fixed order). */
export function pageKey(...parts: unknown[]): string {
  shell ??= keyPart({ site: import.meta.env.SITE ?? null, base: import.meta.env.BASE_URL ?? '/', name: SITE.name, description: SITE.description, lang: SITE.lang, packs: SITE.packs });
  return digest([KEY_VERSION, shell, parts]);
}
