/**
 * Where a build's CPU time goes: a V8 .cpuprofile (node --cpu-prof) summed by
 * owner — a project file, an npm package, Node itself, the garbage collector,
 * idle (waiting on I/O or a child process such as Pagefind's binary).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };

export type ProfileSummary = {
  totalMs: number;
  /** Self time by owner, largest first. */
  byOwner: Array<{ owner: string; ms: number }>;
  /** Functions with the most self time. */
  topSelf: Array<{ fn: string; owner: string; ms: number }>;
  /** Project functions (the ingest's, and the site's as bundled by Astro) with the most inclusive time (time spent in them and what they call). */
  topProject: Array<{ fn: string; ms: number }>;
};

/** Who owns a frame: "src/lib/x.ts", "pkg astro", "node", or a V8 pseudo-frame such as "(garbage collector)". */
export function ownerOf(url: string, fn: string, projectRoot: string): string {
  if (!url) return fn.startsWith('(') ? fn : '(native)';
  if (url.startsWith('node:')) return 'node';
  let file = url.replace(/^file:\/\//, '');
  try {
    file = decodeURIComponent(file);
  } catch {
    // keep as is
  }
  file = file.replace(/[?#].*$/, '');
  const nm = file.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const rest = file.slice(nm + '/node_modules/'.length).split('/');
    return `pkg ${rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]}`;
  }
  if (file.startsWith(projectRoot + path.sep)) {
    const rel = path.relative(projectRoot, file);
    // Astro's build bundles pages into dist/.prerender chunks or its cache; call them by what they are.
    if (/(^|\/)(\.astro|dist|\.prerender|chunks)\//.test(rel) && !rel.startsWith('src/')) return 'site bundle (built pages)';
    return rel;
  }
  if (/\/tmp\/|sourcebook-bench/.test(file)) return 'site bundle (built pages)';
  return url.startsWith('/') || url.startsWith('file:') ? 'other file' : 'node';
}

export async function summarizeProfile(file: string, projectRoot: string): Promise<ProfileSummary> {
  const p = JSON.parse(await readFile(file, 'utf8')) as Profile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<number, number>();
  p.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)));
  const owners = new Map<string, number>();
  const fns = new Map<string, { owner: string; us: number }>();
  const project = new Map<string, number>();
  const label = (n: Node) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber + 1}`;
  for (const [id, us] of self) {
    const n = byId.get(id)!;
    const owner = ownerOf(n.callFrame.url, n.callFrame.functionName, projectRoot);
    owners.set(owner, (owners.get(owner) ?? 0) + us);
    const key = label(n);
    const f = fns.get(key) ?? { owner, us: 0 };
    f.us += us;
    fns.set(key, f);
    // Inclusive time for project frames on this stack (each function once per stack).
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const frame = byId.get(cur)!;
      const o = ownerOf(frame.callFrame.url, frame.callFrame.functionName, projectRoot);
      if (!/^(src|scripts)\//.test(o) && !o.startsWith('site bundle')) continue;
      const k = label(frame);
      if (seen.has(k)) continue;
      seen.add(k);
      project.set(k, (project.get(k) ?? 0) + us);
    }
  }
  const ms = (us: number) => Math.round(us / 1000);
  return {
    totalMs: ms(p.endTime - p.startTime),
    byOwner: [...owners].map(([owner, us]) => ({ owner, ms: ms(us) })).sort((a, b) => b.ms - a.ms).slice(0, 20),
    topSelf: [...fns].map(([fn, f]) => ({ fn, owner: f.owner, ms: ms(f.us) })).sort((a, b) => b.ms - a.ms).slice(0, 20),
    topProject: [...project].map(([fn, us]) => ({ fn, ms: ms(us) })).sort((a, b) => b.ms - a.ms).slice(0, 20),
  };
}
