// The evaluation corpus as a test suite (README.md beside this file explains the files).
// (a) the data is valid; (b) dev negatives stay within their reviewed findings budget;
// (c) dev positives' findings match a reviewed snapshot; (d) dev metrics stay above their floors.
// Holdout is only checked for validity here: its results are measured by scripts/corpus-report.ts
// and never tuned against.
import { describe, expect, test } from 'vitest';
import { buildAll } from '../../scripts/corpus-build.ts';
import { alarmsPerNegative, evaluate, scoredAlarms } from './metrics.ts';
import { findingsFor, readBudget, readFloors } from './run.ts';
import { loadSplit, locate, SITES, TEXT_CATEGORIES, type CorpusPost } from './source.ts';

const dev = loadSplit('dev');
const holdout = loadSplit('holdout');
const all = [...dev, ...holdout];

const share = (posts: readonly CorpusPost[], pred: (p: CorpusPost) => boolean) =>
  posts.filter(pred).length / posts.length;

// Check digits, written here rather than imported from the engine so a bug in an engine
// validator cannot make a wrong label look right.
function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}
function bcPhn(d: string): boolean {
  const w = [2, 4, 8, 5, 10, 9, 7, 3];
  let s = 0;
  for (let i = 0; i < 8; i++) s += (Number(d[i + 1]) * w[i]!) % 11;
  const check = 11 - (s % 11);
  return d.length === 10 && d[0] === '9' && check < 10 && check === Number(d[9]);
}
function nhs(d: string): boolean {
  let s = 0;
  for (let i = 0; i < 10; i++) s += Number(d[i]) * (10 - i);
  return d.length === 10 && s % 11 === 0;
}

describe('corpus data', () => {
  test('the JSONL files are built from test/corpus/posts (run npx tsx scripts/corpus-build.ts)', () => {
    const built = buildAll();
    expect(dev).toEqual(built.dev);
    expect(holdout).toEqual(built.holdout);
  });

  test('size and composition', () => {
    expect(all.length).toBeGreaterThanOrEqual(330);
    expect(share(all, (p) => p.kind === 'negative')).toBeGreaterThanOrEqual(0.45);
    expect(share(all, (p) => p.lang === 'fr')).toBeGreaterThanOrEqual(0.2);
    for (const split of [dev, holdout]) {
      expect(share(split, (p) => p.kind === 'negative')).toBeGreaterThanOrEqual(0.45);
      expect(share(split, (p) => p.lang === 'fr')).toBeGreaterThanOrEqual(0.2);
    }
    // About 2:1, so holdout figures mean something.
    expect(holdout.length / all.length).toBeGreaterThan(0.25);
    expect(holdout.length / all.length).toBeLessThan(0.4);
  });

  test('ids are unique and say the language and site', () => {
    const ids = all.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of all) {
      expect(p.id).toMatch(/^(en|fr)-(x|fb|li)-\d{3,4}$/);
      expect(p.id.startsWith(`${p.lang}-${p.site}-`)).toBe(true);
      expect(SITES).toContain(p.site);
    }
  });

  test.each(all.map((p) => [p.id, p] as const))('%s labels are well formed', (_id, p) => {
    expect(p.text.trim().length).toBeGreaterThan(0);
    if (p.kind === 'negative') expect(p.expect).toEqual([]);
    else expect(p.expect.length).toBeGreaterThan(0);
    for (const e of p.expect) {
      expect(TEXT_CATEGORIES).toContain(e.category);
      expect(locate(p, e), `"${e.text}" (occurrence ${e.occurrence ?? 1})`).toBeDefined();
    }
  });

  test('health and insurance numbers in labels pass their check digits', () => {
    let checked = 0;
    for (const p of all) {
      for (const e of p.expect.filter((x) => x.category === 'id')) {
        const digits = e.text.replace(/[\s-]/g, '').replace(/[A-Z]{1,2}$/, '');
        if (!/^\d{9,10}$/.test(digits)) continue;
        const ctx = p.text;
        let ok: boolean | undefined;
        if (/\bPHN\b/.test(ctx)) ok = bcPhn(digits);
        else if (/\bNHS\b/.test(ctx)) ok = nhs(digits);
        else if (/\b(?:OHIP|health card|carte santé)/i.test(ctx) && digits.length === 10) ok = luhn(digits);
        else if (/\b(?:SIN|NAS)\b/.test(ctx) && digits.length === 9) ok = luhn(digits) && !/^[08]/.test(digits);
        if (ok === undefined) continue;
        expect(ok, `${p.id}: ${e.text}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(8);
  });
});

describe('dev negatives stay within the findings budget (budget.json)', () => {
  const budget = readBudget();
  const actual = alarmsPerNegative(dev, findingsFor);
  const negatives = dev.filter((p) => p.kind === 'negative');

  test('every dev negative has been reviewed into the budget', () => {
    expect(negatives.map((p) => p.id).filter((id) => !budget.reviewed.includes(id))).toEqual([]);
  });

  test.each(negatives.map((p) => [p.id, p] as const))('%s', (id, p) => {
    const allowed = budget.allowed[id] ?? 0;
    const got = actual[id] ?? 0;
    if (got > allowed) {
      const detail = scoredAlarms(findingsFor(p)).map(
        (f) => `${f.ruleId} ${f.category}/${f.severity} "${p.text.slice(f.start, f.end)}"`,
      );
      expect.fail(`${got} alarm(s), budget ${allowed}: ${detail.join('; ')}`);
    }
  });
});

describe('dev positives: reviewed findings snapshot', () => {
  // One line per post: the findings as rule, category, severity and offsets. Review the diff
  // when it changes, then accept it with `npx vitest run test/corpus -u`. Claim findings are
  // left out: the claims checker has its own corpus and snapshot.
  test('snapshot', async () => {
    const lines = dev
      .filter((p) => p.kind === 'positive')
      .map((p) => {
        const fs = findingsFor(p).filter((f) => f.category !== 'claim').map((f) => `${f.ruleId}:${f.category}:${f.severity}@${f.start}-${f.end}`);
        return `${p.id}\t${fs.length ? fs.join(' ') : '-'}`;
      });
    await expect(lines.join('\n') + '\n').toMatchFileSnapshot('./__snapshots__/dev-positives.txt');
  });
});

describe('dev metric floors (floors.json)', () => {
  const floors = readFloors();
  const r = evaluate(dev, findingsFor);
  test('post-level recall', () => expect(r.postRecall.value).toBeGreaterThanOrEqual(floors.postRecall));
  test('false-alarm rate', () => expect(r.falseAlarmRate.value).toBeLessThanOrEqual(floors.falseAlarmRateMax));
  test('span recall', () => expect(r.spanRecall.value).toBeGreaterThanOrEqual(floors.spanRecall));
  test('span precision', () => expect(r.spanPrecision.value).toBeGreaterThanOrEqual(floors.spanPrecision));
  test.each(Object.entries(floors.spanRecallByCategory))('%s span recall', (cat, floor) => {
    const got = r.spanRecallByCategory[cat as keyof typeof r.spanRecallByCategory];
    expect(got?.value ?? 0).toBeGreaterThanOrEqual(floor);
  });
});
