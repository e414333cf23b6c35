/**
 * The "What we changed" section of a source page: the ingest log grouped by
 * rule, each rule with the description readers see. Descriptions are data the
 * ingest publishes with its report (`rules` in content/ingest-report.json, from
 * the ingest's own rule tables), so the page and the cleaner cannot disagree
 * about what a rule does, and the site never imports the cleaner.
 */
import type { Change } from '../schemas/source.ts';
import type { RuleInfo } from '../schemas/ingest-report.ts';
import { excerpt } from './site-data.ts';

/** Human-readable description of a rule, by the name it has in the ingest log. A box's heading ("…-heading") is described by its box. */
export function ruleDescription(rule: string, rules: readonly RuleInfo[]): string {
  const found = rules.find((r) => r.name === rule);
  if (found) return found.description;
  const box = /^(.+)-heading$/.exec(rule)?.[1];
  const boxRule = box ? rules.find((r) => r.name === box) : undefined;
  if (boxRule) return `The heading of: ${boxRule.description.charAt(0).toLowerCase()}${boxRule.description.slice(1)}`;
  return rule;
}

/** Text longer than this (or on several lines) is shown collapsed. */
export const LONG_BEFORE = 160;

export interface ChangeItem {
  before: string;
  after: string;
  /** Shown collapsed: too long or on several lines. */
  long: boolean;
  /** For collapsed items: the opening of `before`, on one line. */
  preview: string;
}

export interface ChangeGroup {
  rule: string;
  description: string;
  count: number;
  items: ChangeItem[];
}

/** The ingest log grouped by rule, groups in the order their first change was made. */
export function groupChanges(changes: readonly Change[], rules: readonly RuleInfo[]): ChangeGroup[] {
  const groups = new Map<string, ChangeGroup>();
  for (const change of changes) {
    let group = groups.get(change.rule);
    if (!group) {
      group = { rule: change.rule, description: ruleDescription(change.rule, rules), count: 0, items: [] };
      groups.set(change.rule, group);
    }
    group.count++;
    const long = change.before.length > LONG_BEFORE || change.before.includes('\n');
    group.items.push({ before: change.before, after: change.after, long, preview: long ? excerpt(change.before, 80) : change.before });
  }
  return [...groups.values()];
}
