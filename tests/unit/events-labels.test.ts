/**
 * Events of the dev half of the multi-topic evaluation set (tests/fixtures/eval-knowledge/dev) against their hand labels
 * (issues #15 and #19): multi-source events clustered into one — and not by absorbing several labelled events into one
 * (clustering precision) — event dates and participants. Issue #19 asks for ≥ 90% on dates and participants; the
 * extractor is not there yet, so this pins the level reached on the five dev stories so that a change that loses ground
 * fails. Raise the floors as the numbers improve. The entity work that found more organisations (Japan Coast Guard
 * among them) cost two clusters and two dates (31 → 29 clustered, 33 → 31 dates): a participant the earthquake and
 * the runway collision share now ties them. Pinned at that level: clustered 29/35, precision 12/19, found 46/52,
 * dates 31/46. Issue #19 work (collisions as incidents, dates written as a noun's modifier — "Tuesday's deadly
 * collision", "the July 19 outage" — days of fixed date, both parties of "collided with", the name a relative clause
 * hangs on, the organisation whose statement is the news) untied the earthquake from the runway collision:
 * clustered 29/35, precision 13/20, found 46/52, dates 32/46, participants P 43/70 = 0.61, R 43/74 = 0.58.
 * An event four or more sources report now names as participants only the actors two of them name (and its first):
 * on these five stories participants P 43/70 → 36/48 (0.75), R 43/74 → 36/72 (0.50), two events no longer matched by a
 * participant (found 46 → 44); on the whole dev half (ten stories) P 87/184 → 78/131, R 87/153 → 78/151 (F1 0.52 → 0.56).
 * A participant named wrongly is a claim no source makes; the floors follow the trade.
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
const scores: Array<StoryScore & { name: string }> = [];
const cleanups: (() => Promise<void>)[] = [];

beforeAll(async () => {
  for (const story of (await readdir(path.join(ROOT, 'dev'))).sort()) {
    const dir = path.join(ROOT, 'dev', story);
    const labels = StoryLabels.parse(JSON.parse(await readFile(path.join(ROOT, 'labels', `${story}.json`), 'utf8')));
    const { sources, cleanup } = await ingestCorpus(dir);
    cleanups.push(cleanup);
    scores.push({ ...scoreStory(buildKnowledge(sources, [], { packs: readCorpusConfig(dir).packs }), sources, labels), name: story });
  }
}, 240_000);
afterAll(async () => {
  for (const c of cleanups) await c();
});

/** The stories of the first two batches, whose floors are pinned below; a later batch (written blind, added to dev) is pinned apart. */
const FIRST_BATCHES = ['boeing-machinists-strike', 'crowdstrike-outage', 'euro-2024-final', 'key-bridge-collapse', 'noto-earthquake'];
const sum = (key: keyof StoryScore) => scores.filter((s) => FIRST_BATCHES.includes(s.name)).reduce((n, s) => n + (s[key] as number), 0);

describe('events of the dev stories against their labels', () => {
  it('scores all five dev stories', () => {
    expect(scores.filter((s) => FIRST_BATCHES.includes(s.name))).toHaveLength(5);
    expect(sum('events')).toBe(52);
  });

  it('clusters at least 32 of the 35 events several sources report', () => {
    expect(sum('multi')).toBe(35);
    expect(sum('clustered')).toBeGreaterThanOrEqual(32);
  });

  // (A sentence-opening weekday read since 2026-12-07 joined the CrowdStrike outage's reports of its day: three more events
  // clustered, one extracted event now the best fit of two labelled ones — 13 of 20 became 12 of 19.)
  it('does not get there by absorbing: at least 12 of 19 multi-source events found stand for one labelled event, not several', () => {
    expect(sum('multiPure')).toBeGreaterThanOrEqual(12);
    expect(sum('multiPure') / sum('multiExtracted')).toBeGreaterThanOrEqual(0.6);
  });

  it('finds at least 44 labelled events and dates at least 32 of those it finds right (#19 asks 90%; not reached)', () => {
    expect(sum('eventsFound')).toBeGreaterThanOrEqual(44);
    expect(sum('datesRight')).toBeGreaterThanOrEqual(32);
  });

  it('names participants at precision of at least 0.72 and recall of at least 0.5 (#19 asks 90%; not reached)', () => {
    expect(sum('participantsRight') / sum('participantsExtracted')).toBeGreaterThanOrEqual(0.72);
    expect(sum('participantsFound') / sum('participantsLabelled')).toBeGreaterThanOrEqual(0.5);
  });
});
