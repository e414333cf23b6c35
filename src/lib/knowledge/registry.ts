/**
 * The hand-written entity registry (`<corpus>/entities/*.yaml`): loading,
 * validation, and the alias index the extractors match against. The registry
 * adds precision (canonical names, descriptions, Wikidata ids); discovery
 * works without it.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import YAML from 'yaml';
import { z } from 'zod';
import { RegistryEntry, type EntityType } from '../../schemas/knowledge.ts';
import { corpusPath } from '../paths.ts';
import { activeMinerals } from './minerals.ts';
import { normName } from './text.ts';

/** Read and validate every `*.yaml` file in `dir` (default: the corpus folder's `entities/`), sorted by file name; a missing folder is an empty registry; throws naming the file on invalid input. */
export async function loadRegistry(dir: string = corpusPath('entities')): Promise<RegistryEntry[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => /\.ya?ml$/.test(n)).sort();
  } catch {
    return [];
  }
  const entries: RegistryEntry[] = [];
  for (const name of names) {
    const file = path.join(dir, name);
    const parsed = z.array(RegistryEntry).safeParse(YAML.parse(await readFile(file, 'utf8')) ?? []);
    if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
    entries.push(...parsed.data);
  }
  const seen = new Set<string>();
  for (const e of entries) {
    if (seen.has(e.id)) throw new Error(`${dir}: duplicate registry id "${e.id}"`);
    seen.add(e.id);
  }
  return entries;
}

/** One name the alias index knows. */
export interface AliasEntry {
  /** Registry id. */
  id: string;
  type: EntityType;
  /** The alias as written in the registry. */
  alias: string;
  /** Lowercase-initial aliases (descriptions such as `the Pakistani finance chief`) match case-insensitively. */
  caseInsensitive: boolean;
}

/** The registry plus the minerals gazetteer, indexed for matching. */
export interface RegistryIndex {
  entries: ReadonlyMap<string, RegistryEntry>;
  /** Every alias (and canonical name), longest first. */
  aliases: readonly AliasEntry[];
  /** Normalised name → registry ids. */
  byName: ReadonlyMap<string, readonly string[]>;
}

/** Mineral registry entries from the gazetteer, overridden by any registry entry with the same id. */
function mineralEntries(registry: readonly RegistryEntry[]): RegistryEntry[] {
  const own = new Set(registry.filter((e) => e.type === 'mineral').map((e) => e.id));
  return activeMinerals().filter((m) => !own.has(m.id)).map((m) => ({
    id: m.id,
    type: 'mineral' as const,
    name: m.name,
    aliases: [...m.aliases],
    description: m.description,
    ...(m.wikidata ? { wikidata: m.wikidata } : {}),
  }));
}

/** Build the alias index from registry entries (minerals from the active packs' gazetteer are added; without a minerals pack, registry minerals are left out too). */
export function indexRegistry(registry: readonly RegistryEntry[]): RegistryIndex {
  const own = activeMinerals().length ? registry : registry.filter((e) => e.type !== 'mineral');
  const all = [...own, ...mineralEntries(own)];
  const entries = new Map(all.map((e) => [e.id, e]));
  const aliases: AliasEntry[] = [];
  const byName = new Map<string, string[]>();
  for (const e of all) {
    for (const alias of new Set([e.name, ...e.aliases])) {
      if (e.type !== 'mineral') aliases.push({ id: e.id, type: e.type, alias, caseInsensitive: /^\p{Ll}/u.test(alias) });
      const key = normName(alias);
      const ids = byName.get(key) ?? [];
      if (!ids.includes(e.id)) ids.push(e.id);
      byName.set(key, ids);
    }
  }
  aliases.sort((a, b) => b.alias.length - a.alias.length || (a.alias < b.alias ? -1 : 1));
  return { entries, aliases, byName };
}
