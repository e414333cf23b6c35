/**
 * Measuring a child process: wall time, peak memory (of the process, and of
 * its whole process tree by polling /proc), and what a build wrote to disk.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';

export type ProcessRun = {
  command: string;
  exitCode: number | null;
  /** The signal that ended the child, if any (e.g. SIGKILL from the time limit or the OOM killer). */
  signal: string | null;
  wallMs: number;
  /** Peak summed RSS of the process tree while each stage ran, kB, by the stage names the child prints (`▶ name`). */
  stagePeakRssKB: Record<string, number>;
  /** Peak RSS of the child as GNU time reports it (the largest single process in the tree), kB; null without /usr/bin/time. */
  timeMaxRssKB: number | null;
  /**
   * CPU time (user + system) of the child and the children it waited for, ms; null without /usr/bin/time.
   * Less sensitive than wall time to other work on a shared machine.
   */
  cpuMs: number | null;
  /** Peak of the summed RSS of the child and all its descendants, sampled every `pollMs`, kB; null off Linux. */
  treePeakRssKB: number | null;
  /** One-minute load average when the run started and ended (the machine is shared). */
  load: [number, number];
  stdout: string;
  stderr: string;
};

const TIME = '/usr/bin/time';
const PAGE_KB = 4; // /proc/<pid>/statm counts pages; 4 KiB on x86-64 and arm64 Linux.

/** Sum of RSS (kB) of `root` and its descendants, from /proc. */
function treeRssKB(root: number): number | null {
  if (!existsSync('/proc/self/stat')) return null;
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Field 4 (ppid) comes after the command name, which is in parentheses and may contain spaces.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      (children.get(ppid) ?? children.set(ppid, []).get(ppid)!).push(Number(name));
    } catch {
      // the process ended meanwhile
    }
  }
  let total = 0;
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop()!;
    try {
      total += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_KB;
    } catch {
      // ended
    }
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

/**
 * Run `command args` (through /usr/bin/time when available), wait for it (killing it after
 * `timeoutMs`), and return timings, memory and output.
 */
export async function runMeasured(command: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number; pollMs?: number; echo?: boolean }): Promise<ProcessRun> {
  // On a busy shared machine a 1,000-article build can take an hour of wall time: the default limit is generous.
  const timeFile = path.join(tmpdir(), `sourcebook-bench-time-${process.pid}-${Date.now()}.txt`);
  const useTime = existsSync(TIME);
  const [file, argv] = useTime ? [TIME, ['-f', '%e %M %U %S', '-o', timeFile, command, ...args]] : [command, [...args]];
  const load0 = loadavg()[0]!;
  const started = performance.now();
  const child = spawn(file, argv, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  // The stage running now: the last `▶ name` line the child printed (scripts/build.ts, the baseline's build script).
  let stage: string | null = null;
  const stagePeakRssKB: Record<string, number> = {};
  child.stdout.on('data', (d: Buffer) => {
    stdout += d;
    for (const m of String(d).matchAll(/^▶ (.+)$/gm)) stage = m[1]!.trim();
    if (options.echo) process.stdout.write(d);
  });
  child.stderr.on('data', (d: Buffer) => {
    stderr += d;
    if (options.echo) process.stderr.write(d);
  });
  let peak: number | null = null;
  const poll = setInterval(() => {
    const rss = child.pid ? treeRssKB(child.pid) : null;
    if (rss !== null) {
      peak = Math.max(peak ?? 0, rss);
      if (stage) stagePeakRssKB[stage] = Math.max(stagePeakRssKB[stage] ?? 0, rss);
    }
  }, options.pollMs ?? 100);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, options.timeoutMs ?? 6 * 3600_000);
  const [exitCode, signal] = await new Promise<[number | null, string | null]>((resolve) => child.on('close', (code, sig) => resolve([code, sig])));
  const wallMs = performance.now() - started;
  clearInterval(poll);
  clearTimeout(timer);
  let timeMaxRssKB: number | null = null;
  let cpuMs: number | null = null;
  let termination: RegExpExecArray | null = null;
  if (useTime) {
    const report = await readFile(timeFile, 'utf8').catch(() => '');
    const m = /^([\d.]+) (\d+) ([\d.]+) ([\d.]+)$/.exec(report.trim().split('\n').at(-1) ?? '');
    if (m) {
      timeMaxRssKB = Number(m[2]);
      cpuMs = (Number(m[3]) + Number(m[4])) * 1000;
    }
    // Through /usr/bin/time, a child killed by a signal shows as "Command terminated by signal N" (exit code 128 + N).
    termination = /Command terminated by signal (\d+)/.exec(report);
    await rm(timeFile, { force: true });
  }
  if (timedOut) stderr += `\n(killed after the time limit of ${Math.round((options.timeoutMs ?? 6 * 3600_000) / 60_000)} min)`;
  return { command: [command, ...args].join(' '), exitCode, stagePeakRssKB, signal: signal ?? (termination ? `signal ${termination[1]}` : null), wallMs, timeMaxRssKB, cpuMs, treePeakRssKB: peak, load: [load0, loadavg()[0]!], stdout, stderr };
}

/** Stage lines printed by scripts/build.ts: "✔ ingest: … in 0.47 s". */
export function parseStageLines(stdout: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of stdout.matchAll(/^✔ ([^:]+): .* in ([\d.]+) s$/gm)) out[m[1]!] = Number(m[2]) * 1000;
  return out;
}

export type DistStats = { files: number; bytes: number; htmlPages: number; byExt: Record<string, { files: number; bytes: number }> };

/** Files and bytes under a built site, in total and by extension. */
export async function distStats(dir: string): Promise<DistStats> {
  const stats: DistStats = { files: 0, bytes: 0, htmlPages: 0, byExt: {} };
  const walk = async (d: string): Promise<void> => {
    for (const entry of await readdir(d, { withFileTypes: true })) {
      const abs = path.join(d, entry.name);
      if (entry.isDirectory()) await walk(abs);
      else if (entry.isFile()) {
        const size = (await stat(abs)).size;
        const ext = path.extname(entry.name).toLowerCase() || '(none)';
        stats.files++;
        stats.bytes += size;
        if (ext === '.html') stats.htmlPages++;
        const e = (stats.byExt[ext] ??= { files: 0, bytes: 0 });
        e.files++;
        e.bytes += size;
      }
    }
  };
  await walk(dir);
  return stats;
}

export const median = (xs: readonly number[]): number => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
