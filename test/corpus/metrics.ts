// Corpus metrics: a pure function from labelled posts and the engine's findings to figures.
// No engine import here, so the same code scores findings from any source (the CLI's JSONL,
// another tool's output).
//
// Definitions (also in test/corpus/README.md):
// - alarm: a finding whose severity is not `info` (info findings are listed, never underlined).
// - Only PHI categories are scored. `claim` findings belong to the claims checker and its own
//   corpus; they are counted in `ignoredClaimFindings` and otherwise left out.
// - post recall: share of positive posts with at least one alarm (also by language and site).
// - false-alarm rate: share of negative posts with at least one alarm.
// - span recall (per category): a labelled span is recalled when an alarm of the same category
//   overlaps it. `anyCategory` also accepts an alarm of another category (an age caught only
//   inside a case finding), for diagnosis.
// - span precision: share of alarms that overlap a labelled span of the same category;
//   `anyCategory` accepts any labelled span. Alarms on negatives count against both.
import type { Category, Severity } from '../../src/engine/types.ts';
import { locate, type CorpusPost } from './source.ts';

export interface FindingLike {
  ruleId: string;
  category: Category;
  severity: Severity;
  start: number;
  end: number;
}

export interface Ratio {
  num: number;
  den: number;
  /** num / den, or 1 when den is 0 (nothing to get wrong). */
  value: number;
}

export interface CategoryRecall extends Ratio {
  anyCategory: Ratio;
}

export interface Miss {
  id: string;
  category: Category;
  text: string;
  /** Categories of alarms that overlap it anyway, if any. */
  overlappedBy?: Category[];
}

export interface FalseAlarm {
  id: string;
  ruleId: string;
  category: Category;
  severity: Severity;
  start: number;
  end: number;
  text: string;
  /** 'negative' = on a post with no PHI; 'unlabelled' = on a positive post, outside every label. */
  where: 'negative' | 'unlabelled';
}

export interface CorpusReport {
  posts: number;
  positives: number;
  negatives: number;
  postRecall: Ratio;
  falseAlarmRate: Ratio;
  byLang: Record<string, { postRecall: Ratio; falseAlarmRate: Ratio }>;
  bySite: Record<string, { postRecall: Ratio; falseAlarmRate: Ratio }>;
  spanRecall: Ratio;
  spanRecallByCategory: Partial<Record<Category, CategoryRecall>>;
  spanPrecision: Ratio;
  spanPrecisionAnyCategory: Ratio;
  ignoredClaimFindings: number;
  /** False alarms counted by rule id, to see at a glance which rule is noisy. */
  falseAlarmsByRule: Record<string, number>;
  /** Positive posts with no alarm at all. */
  missedPosts: string[];
  /** Negative posts with at least one alarm. */
  alarmedNegatives: string[];
  misses: Miss[];
  falseAlarms: FalseAlarm[];
}

export function ratio(num: number, den: number): Ratio {
  return { num, den, value: den === 0 ? 1 : num / den };
}

export const isAlarm = (f: Pick<FindingLike, 'severity'>): boolean => f.severity !== 'info';

/** The findings that the PHI metrics look at: alarms outside the claims checker. */
export function scoredAlarms(findings: readonly FindingLike[]): FindingLike[] {
  return findings.filter((f) => isAlarm(f) && f.category !== 'claim');
}

const overlaps = (a: readonly [number, number], f: { start: number; end: number }) => f.start < a[1] && a[0] < f.end;

export function evaluate(
  posts: readonly CorpusPost[],
  findingsFor: (post: CorpusPost) => readonly FindingLike[],
): CorpusReport {
  let positives = 0;
  let caught = 0;
  let negatives = 0;
  let alarmed = 0;
  let ignoredClaimFindings = 0;
  const lang: Record<string, { pos: number; caught: number; neg: number; alarmed: number }> = {};
  const site: Record<string, { pos: number; caught: number; neg: number; alarmed: number }> = {};
  const perCat = new Map<Category, { n: number; hit: number; any: number }>();
  let alarms = 0;
  let matched = 0;
  let matchedAny = 0;
  const missedPosts: string[] = [];
  const alarmedNegatives: string[] = [];
  const misses: Miss[] = [];
  const falseAlarms: FalseAlarm[] = [];

  for (const post of posts) {
    const all = findingsFor(post);
    ignoredClaimFindings += all.filter((f) => f.category === 'claim').length;
    const found = scoredAlarms(all);
    const groups = [
      (lang[post.lang] ??= { pos: 0, caught: 0, neg: 0, alarmed: 0 }),
      (site[post.site] ??= { pos: 0, caught: 0, neg: 0, alarmed: 0 }),
    ];
    const labels = post.expect.map((e) => {
      const at = locate(post, e);
      if (!at) throw new Error(`${post.id}: expected text "${e.text}" is not in the post`);
      return { e, at };
    });

    if (post.kind === 'positive') {
      positives++;
      for (const g of groups) g.pos++;
      if (found.length > 0) {
        caught++;
        for (const g of groups) g.caught++;
      } else missedPosts.push(post.id);
    } else {
      negatives++;
      for (const g of groups) g.neg++;
      if (found.length > 0) {
        alarmed++;
        for (const g of groups) g.alarmed++;
        alarmedNegatives.push(post.id);
      }
    }

    for (const { e, at } of labels) {
      const c = perCat.get(e.category) ?? { n: 0, hit: 0, any: 0 };
      perCat.set(e.category, c);
      c.n++;
      const over = found.filter((f) => overlaps(at, f));
      if (over.length) c.any++;
      if (over.some((f) => f.category === e.category)) c.hit++;
      else {
        const miss: Miss = { id: post.id, category: e.category, text: e.text };
        if (over.length) miss.overlappedBy = [...new Set(over.map((f) => f.category))];
        misses.push(miss);
      }
    }

    for (const f of found) {
      alarms++;
      const over = labels.filter(({ at }) => overlaps(at, f));
      if (over.length) matchedAny++;
      if (over.some(({ e }) => e.category === f.category)) matched++;
      if (over.length === 0) {
        falseAlarms.push({
          id: post.id,
          ruleId: f.ruleId,
          category: f.category,
          severity: f.severity,
          start: f.start,
          end: f.end,
          text: post.text.slice(f.start, f.end),
          where: post.kind === 'negative' ? 'negative' : 'unlabelled',
        });
      }
    }
  }

  const spanRecallByCategory: Partial<Record<Category, CategoryRecall>> = {};
  let n = 0;
  let hit = 0;
  for (const [cat, c] of [...perCat].sort(([a], [b]) => (a < b ? -1 : 1))) {
    spanRecallByCategory[cat] = { ...ratio(c.hit, c.n), anyCategory: ratio(c.any, c.n) };
    n += c.n;
    hit += c.hit;
  }
  const falseAlarmsByRule: Record<string, number> = {};
  for (const f of falseAlarms) falseAlarmsByRule[f.ruleId] = (falseAlarmsByRule[f.ruleId] ?? 0) + 1;
  const breakdown = (groups: typeof lang): CorpusReport['byLang'] => {
    const out: CorpusReport['byLang'] = {};
    for (const [k, v] of Object.entries(groups).sort()) {
      out[k] = { postRecall: ratio(v.caught, v.pos), falseAlarmRate: ratio(v.alarmed, v.neg) };
    }
    return out;
  };

  return {
    posts: posts.length,
    positives,
    negatives,
    postRecall: ratio(caught, positives),
    falseAlarmRate: ratio(alarmed, negatives),
    byLang: breakdown(lang),
    bySite: breakdown(site),
    spanRecall: ratio(hit, n),
    spanRecallByCategory,
    spanPrecision: ratio(matched, alarms),
    spanPrecisionAnyCategory: ratio(matchedAny, alarms),
    ignoredClaimFindings,
    falseAlarmsByRule,
    missedPosts,
    alarmedNegatives,
    misses,
    falseAlarms,
  };
}

/** Alarms per negative post, the quantity the findings budget caps. */
export function alarmsPerNegative(
  posts: readonly CorpusPost[],
  findingsFor: (post: CorpusPost) => readonly FindingLike[],
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of posts) {
    if (p.kind !== 'negative') continue;
    const n = scoredAlarms(findingsFor(p)).length;
    if (n > 0) out[p.id] = n;
  }
  return out;
}
