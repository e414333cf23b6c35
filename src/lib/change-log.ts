/**
 * The "What we changed" section of a source page: the ingest log grouped by
 * rule, each rule with the description readers see. Descriptions come from the
 * ingest's own rule tables (scripts/ingest/clean.ts, scripts/ingest/rules/clutter.ts),
 * so the page and the cleaner cannot disagree about what a rule does.
 */
import { CLEAN_STEPS } from '../../scripts/ingest/clean.ts';
import { BLOCK_RULES, EVIDENCE_RULES } from '../../scripts/ingest/rules/clutter.ts';
import type { Change } from '../schemas/source.ts';
import { excerpt } from './site-data.ts';

const STEP = new Map(CLEAN_STEPS.map((step) => [step.name, step.description]));

/** Log entries written under another name than the step that writes them, and the decode/extract notes. */
const OTHER_RULES: Record<string, string> = {
  hyphenation: 'A word hyphenated across a line break rejoined',
  'unwrap-lines': STEP.get('unwrap') ?? 'Hard-wrapped lines joined',
  'pull-quote': 'A pull-quote that repeats a sentence of the article',
  'duplicate-paragraph': 'A paragraph that appears twice',
  'control-characters': 'Control characters (such as NUL) removed from the text',
  'invalid-utf8': 'Byte sequences that are not valid UTF-8 removed',
  'front-matter-invalid': 'Front matter that could not be read was ignored',
  'front-matter-ignored-key': 'A front-matter key Sourcebook does not use was ignored',
};

/** Human-readable description of a rule, by the name it has in the ingest log. */
export function ruleDescription(rule: string): string {
  return (
    BLOCK_RULES.find((r) => r.name === rule)?.description ??
    EVIDENCE_RULES.find((r) => r.name === rule)?.description ??
    STEP.get(rule) ??
    OTHER_RULES[rule] ??
    rule
  );
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
export function groupChanges(changes: readonly Change[]): ChangeGroup[] {
  const groups = new Map<string, ChangeGroup>();
  for (const change of changes) {
    let group = groups.get(change.rule);
    if (!group) {
      group = { rule: change.rule, description: ruleDescription(change.rule), count: 0, items: [] };
      groups.set(change.rule, group);
    }
    group.count++;
    const long = change.before.length > LONG_BEFORE || change.before.includes('\n');
    group.items.push({ before: change.before, after: change.after, long, preview: long ? excerpt(change.before, 80) : change.before });
  }
  return [...groups.values()];
}
