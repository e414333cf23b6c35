/**
 * The rule catalog the ingest publishes with its report: every rule a change log names has the
 * description a reader sees on the source page ("What we changed"), never a bare rule name.
 */
import { mkdtemp, readFile, readdir, rm, cp, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../scripts/ingest/pipeline.ts';
import { ruleCatalog } from '../../scripts/ingest/rules/catalog.ts';
import { groupChanges, ruleDescription } from '../../src/lib/change-log.ts';
import { mdxToSource } from '../../src/lib/source-mdx.ts';
import { IngestReport } from '../../src/schemas/ingest-report.ts';
import type { Change } from '../../src/schemas/source.ts';

const root = path.resolve(import.meta.dirname, '../..');
/** Every corpus of messy input the project has, except the held-out halves (never looked at). */
const CORPORA = ['seeds', 'tests/fixtures/eval-ingest/dev', 'tests/fixtures/second-corpus', 'tests/fixtures/corpus', 'tests/fixtures/hostile'];

let dir: string;
const changes: Array<Change & { file: string }> = [];
let report: IngestReport;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'sourcebook-rules-'));
  const folders = CORPORA.map((c) => path.join(root, c));
  // The ingest fixture cases, one article each, gathered into one folder.
  const cases = path.join(dir, 'cases');
  await mkdir(cases);
  for (const name of await readdir(path.join(root, 'tests/fixtures/ingest'))) {
    for (const file of await readdir(path.join(root, 'tests/fixtures/ingest', name))) {
      if (file.startsWith('input.')) await cp(path.join(root, 'tests/fixtures/ingest', name, file), path.join(cases, `${name}${path.extname(file)}`));
    }
  }
  folders.push(cases);
  for (const [i, seeds] of folders.entries()) {
    const out = path.join(dir, `out-${i}`);
    const result = await ingest({ seedsDir: seeds, outDir: out });
    report = IngestReport.parse(JSON.parse(await readFile(path.join(out, 'ingest-report.json'), 'utf8')));
    for (const accepted of result.accepted) {
      const source = mdxToSource(await readFile(path.join(out, 'sources', `${accepted.slug}.mdx`), 'utf8'));
      for (const change of source.changes) changes.push({ ...change, file: `${path.relative(root, seeds)}/${accepted.file}` });
    }
  }
}, 300_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('rule catalog', () => {
  it('is published in the ingest report, one entry per rule name, each with a sentence for readers', () => {
    expect(report.rules).toEqual(ruleCatalog());
    const names = report.rules.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const rule of report.rules) expect(rule.description.length, rule.name).toBeGreaterThan(10);
    expect(report.rules.filter((r) => r.kind === 'step').length).toBeGreaterThan(5);
  });

  it('describes every rule the ingest logs on every messy input we have', () => {
    expect(changes.length).toBeGreaterThan(200);
    const undescribed = [...new Set(changes.filter((c) => ruleDescription(c.rule, report.rules) === c.rule).map((c) => `${c.rule} (${c.file})`))];
    expect(undescribed).toEqual([]);
  });

  it('groups a source page\'s changes under the rule\'s description, a box heading under its box', () => {
    const groups = groupChanges(
      [
        { rule: 'skip-link', before: 'Skip to main content', after: '' },
        { rule: 'release-chrome-heading', before: 'Media Contact', after: '' },
        { rule: 'skip-link', before: 'Skip to navigation', after: '' },
      ],
      report.rules,
    );
    expect(groups.map((g) => [g.rule, g.count])).toEqual([['skip-link', 2], ['release-chrome-heading', 1]]);
    expect(groups[0]!.description).toBe('An accessibility skip link');
    expect(groups[1]!.description).toMatch(/^The heading of: press-release labels/);
    expect(ruleDescription('no-such-rule', report.rules)).toBe('no-such-rule');
  });
});
