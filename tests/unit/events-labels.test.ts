/**
 * Events of the dev half of the multi-topic evaluation set (tests/fixtures/eval-knowledge/dev) against their hand labels
 * (issues #15 and #19): multi-source events clustered into one, event dates and participants. Issue #19 asks for ≥ 90%
 * on dates and participants; the extractor is not there yet, so this pins the level reached (dates 18/28, participants
 * P 25/48, R 25/48, clustered 12/16) so that a change that loses ground fails. Raise the floors as the numbers improve.
 * Only the dev half is read here; the held-out half is scored by the lead, never in tests.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestCorpus } from '../../scripts/eval-extraction.ts';
import { scoreStory, StoryLabels, type StoryScore } from '../../scripts/eval-knowledge.ts';
import { buildKnowledge } from '../../src/lib/knowledge/index.ts';
import { readCorpusConfig } from '../../src/lib/corpus.ts';

const ROOT = path.resolve(import.meta.dirname, '../fixtures/eval-knowledge');
const scores: StoryScore[] = [];
const cleanups: (() => Promise<void>)[] = [];

beforeAll(async () => {
  for (const story of (await readdir(path.join(ROOT, 'dev'))).sort()) {
    const dir = path.join(ROOT, 'dev', story);
    const labels = StoryLabels.parse(JSON.parse(await readFile(path.join(ROOT, 'labels', `${story}.json`), 'utf8')));
    const { sources, cleanup } = await ingestCorpus(dir);
    cleanups.push(cleanup);
    scores.push(scoreStory(buildKnowledge(sources, [], { packs: readCorpusConfig(dir).packs }), sources, labels));
  }
}, 240_000);
afterAll(async () => {
  for (const c of cleanups) await c();
});

const sum = (key: keyof StoryScore) => scores.reduce((n, s) => n + (s[key] as number), 0);

describe('events of the dev stories against their labels', () => {
  it('scores all three dev stories', () => {
    expect(scores).toHaveLength(3);
    expect(sum('events')).toBe(33);
  });

  it('clusters at least 12 of the 16 events several sources report', () => {
    expect(sum('multi')).toBe(16);
    expect(sum('clustered')).toBeGreaterThanOrEqual(12);
  });

  it('finds the labelled events and dates at least 18 of those it finds right (#19 asks 90%; not reached)', () => {
    expect(sum('eventsFound')).toBeGreaterThanOrEqual(28);
    expect(sum('datesRight')).toBeGreaterThanOrEqual(18);
  });

  it('names participants at precision and recall of at least 0.52 (#19 asks 90%; not reached)', () => {
    expect(sum('participantsRight') / sum('participantsExtracted')).toBeGreaterThanOrEqual(0.52);
    expect(sum('participantsFound') / sum('participantsLabelled')).toBeGreaterThanOrEqual(0.52);
  });
});
