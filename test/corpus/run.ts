// Runs the engine over the corpus the same way for the report script and the tests, and holds
// the two ratchets (findings budget for negatives, metric floors on dev).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../src/engine/index.ts';
import { type CorpusReport, type FindingLike } from './metrics.ts';
import type { CorpusPost } from './source.ts';

/** Fixed "today" so date rules that reason about recency give the same answer every day. */
export const CORPUS_TODAY = '2026-11-22';

// The budget, snapshot and floor tests all look at the same posts; analysing each once keeps
// the suite fast as rules (and their NLP) grow. Keyed by text: the engine is deterministic.
const cache = new Map<string, FindingLike[]>();

export function findingsFor(post: CorpusPost): FindingLike[] {
  let found = cache.get(post.text);
  if (!found) {
    found = analyze(post.text, { today: CORPUS_TODAY }).map(({ ruleId, category, severity, start, end }) => ({
      ruleId,
      category,
      severity,
      start,
      end,
    }));
    cache.set(post.text, found);
  }
  return found;
}

export const BUDGET_PATH = fileURLToPath(new URL('./budget.json', import.meta.url));
export const FLOORS_PATH = fileURLToPath(new URL('./floors.json', import.meta.url));

/** Allowed alarms per dev negative post id; a missing id allows none. */
export interface Budget {
  comment: string;
  /** Every dev negative whose alarms were reviewed when the budget was written. */
  reviewed: string[];
  allowed: Record<string, number>;
}

export const BUDGET_COMMENT =
  'Reviewed false alarms allowed on dev negatives (post id -> alarm count; absent = 0). Only ever ' +
  'shrinks: scripts/corpus-report.ts --write-budget lowers entries and never raises them; see ' +
  'test/corpus/README.md.';

export function readBudget(): Budget {
  return JSON.parse(readFileSync(BUDGET_PATH, 'utf8')) as Budget;
}

/**
 * The next budget: reviewed entries lowered to what the engine does now, never raised; posts the
 * budget has never reviewed (new ones) enter at their current count and are listed for review.
 */
export function nextBudget(
  current: Budget | undefined,
  actual: Record<string, number>,
  negativeIds: readonly string[],
): { budget: Budget; added: string[]; over: string[] } {
  const allowed: Record<string, number> = {};
  const added: string[] = [];
  const over: string[] = [];
  const reviewed = new Set(current?.reviewed ?? []);
  for (const id of [...negativeIds].sort()) {
    const now = actual[id] ?? 0;
    if (reviewed.has(id)) {
      const cap = current?.allowed[id] ?? 0;
      if (now > cap) over.push(id);
      const v = Math.min(cap, now);
      if (v > 0) allowed[id] = v;
    } else if (now > 0) {
      added.push(id);
      allowed[id] = now;
    }
  }
  return { budget: { comment: BUDGET_COMMENT, reviewed: [...negativeIds].sort(), allowed }, added, over };
}

export interface Floors {
  comment: string;
  postRecall: number;
  falseAlarmRateMax: number;
  spanRecall: number;
  spanPrecision: number;
  spanRecallByCategory: Record<string, number>;
}

export const FLOORS_COMMENT =
  'Dev-split figures the engine must keep (recall and precision at least, false-alarm rate at most). ' +
  'Ratchet: scripts/corpus-report.ts --write-floors only raises floors and lowers the ceiling.';

export function readFloors(): Floors {
  return JSON.parse(readFileSync(FLOORS_PATH, 'utf8')) as Floors;
}

/** Rounded toward the safe side so a floor written from a run always passes that same run. */
const down = (x: number) => Math.floor(x * 10_000) / 10_000;
const up = (x: number) => Math.ceil(x * 10_000) / 10_000;

export function nextFloors(current: Floors | undefined, r: CorpusReport): Floors {
  const byCat: Record<string, number> = {};
  for (const [cat, v] of Object.entries(r.spanRecallByCategory)) {
    byCat[cat] = Math.max(current?.spanRecallByCategory[cat] ?? 0, down(v.value));
  }
  return {
    comment: FLOORS_COMMENT,
    postRecall: Math.max(current?.postRecall ?? 0, down(r.postRecall.value)),
    falseAlarmRateMax: Math.min(current?.falseAlarmRateMax ?? 1, up(r.falseAlarmRate.value)),
    spanRecall: Math.max(current?.spanRecall ?? 0, down(r.spanRecall.value)),
    spanPrecision: Math.max(current?.spanPrecision ?? 0, down(r.spanPrecision.value)),
    spanRecallByCategory: byCat,
  };
}

export function writeJson(path: string, value: unknown): void {
  writeFileSync(path, JSON.stringify(value, null, 2) + '\n');
}
