/**
 * What a test found, kept per check so that every check of a page runs and
 * reports (soft assertions), and written to test-results/audit/findings/ so
 * the run ends with one list of defects (test-results/audit/findings.json).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type TestInfo } from '@playwright/test';
import { OUT } from './site.ts';

export interface Finding {
  check: string;
  page: string;
  detail: string;
  /** Advisory findings are listed but do not fail the run. */
  advisory?: boolean;
}

export class Findings {
  readonly items: Finding[] = [];
  readonly testInfo: TestInfo;

  constructor(testInfo: TestInfo) {
    this.testInfo = testInfo;
  }

  add(check: string, page: string, detail: string, advisory = false): void {
    this.items.push({ check, page, detail, ...(advisory ? { advisory } : {}) });
  }

  /** Soft-asserts that `check` found nothing (advisories aside), with every finding in the message. */
  expectNone(check: string): void {
    const found = this.items.filter((f) => f.check === check && !f.advisory).map((f) => `${f.page}: ${f.detail}`);
    expect.soft(found, `${check}: ${found.length} problem(s)`).toEqual([]);
  }

  /** Writes this test's findings for the run summary (global teardown). */
  save(): void {
    const dir = path.join(OUT, 'findings');
    mkdirSync(dir, { recursive: true });
    const name = this.testInfo.titlePath.join(' ').replace(/[^a-z0-9]+/gi, '-').slice(0, 150);
    writeFileSync(path.join(dir, `${name}-${this.testInfo.testId}.json`), JSON.stringify(this.items, null, 2));
    const advisories = this.items.filter((f) => f.advisory);
    if (advisories.length) {
      this.testInfo.annotations.push({ type: 'advisory', description: advisories.map((f) => `${f.check} ${f.page}: ${f.detail}`).join('\n') });
    }
  }
}
