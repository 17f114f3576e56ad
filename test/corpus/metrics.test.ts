import { describe, expect, test } from 'vitest';
import { evaluate, type FindingLike } from './metrics.ts';
import { nextBudget, nextFloors } from './run.ts';
import { parseLabels, type CorpusPost } from './source.ts';

const post = (id: string, kind: 'positive' | 'negative', labelled: string): CorpusPost => {
  const { text, expect } = parseLabels(labelled, id);
  return { id, lang: 'en', site: 'x', kind, text, expect };
};
const at = (p: CorpusPost, s: string, category: FindingLike['category'], severity: FindingLike['severity'] = 'medium', n = 1): FindingLike => {
  let i = -1;
  for (let k = 0; k < n; k++) i = p.text.indexOf(s, i + 1);
  return { ruleId: `r-${category}`, category, severity, start: i, end: i + s.length };
};

describe('parseLabels', () => {
  test('nested labels, occurrences and clean text', () => {
    const { text, expect: e } = parseLabels('{{age|34yo}} and {{case|the {{age|34yo}} from {{location|Kingston}}}}', 't');
    expect(text).toBe('34yo and the 34yo from Kingston');
    expect(e).toEqual([
      { category: 'age', text: '34yo' },
      { category: 'case', text: 'the 34yo from Kingston' },
      { category: 'age', text: '34yo', occurrence: 2 },
      { category: 'location', text: 'Kingston' },
    ]);
  });
  test('malformed labels are errors', () => {
    expect(() => parseLabels('{{age|34yo', 't')).toThrow(/unclosed/);
    expect(() => parseLabels('34yo}}', 't')).toThrow(/unmatched/);
    expect(() => parseLabels('{{agee|34yo}}', 't')).toThrow(/unknown category/);
    expect(() => parseLabels('{{age| 34yo}}', 't')).toThrow(/outer spaces/);
  });
});

describe('evaluate', () => {
  const pos = post('p1', 'positive', '{{name|Mr. Okafor}} in {{room|bay 3}}, {{age|94yo}}');
  const pos2 = post('p2', 'positive', 'the {{age|34yo}} teacher, and her {{age|34yo}} sister');
  const neg = post('n1', 'negative', 'Room 101, Metro Toronto Convention Centre, Nov 27');
  const neg2 = post('n2', 'negative', 'Parkinson awareness month');

  const findings = new Map<string, FindingLike[]>([
    // name found partly (overlap counts), room found as the wrong category, age missed.
    ['p1', [at(pos, 'Okafor', 'name', 'high'), at(pos, 'bay 3', 'location')]],
    // only the second occurrence is found
    ['p2', [at(pos2, '34yo', 'age', 'medium', 2)]],
    // info findings and claim findings are not alarms for the PHI metrics
    ['n1', [at(neg, 'Nov 27', 'date', 'info'), at(neg, 'Room 101', 'room', 'low')]],
    ['n2', [at(neg2, 'Parkinson', 'claim', 'medium')]],
  ]);
  const r = evaluate([pos, pos2, neg, neg2], (p) => findings.get(p.id) ?? []);

  test('post level', () => {
    expect(r.postRecall).toEqual({ num: 2, den: 2, value: 1 });
    expect(r.falseAlarmRate).toEqual({ num: 1, den: 2, value: 0.5 });
    expect(r.alarmedNegatives).toEqual(['n1']);
    expect(r.missedPosts).toEqual([]);
    expect(r.ignoredClaimFindings).toBe(1);
  });

  test('span recall needs the same category; anyCategory accepts another', () => {
    expect(r.spanRecallByCategory.name).toMatchObject({ num: 1, den: 1 });
    expect(r.spanRecallByCategory.room).toMatchObject({ num: 0, den: 1, anyCategory: { num: 1, den: 1 } });
    expect(r.spanRecallByCategory.age).toMatchObject({ num: 1, den: 3 });
    expect(r.spanRecall).toEqual({ num: 2, den: 5, value: 0.4 });
    expect(r.misses).toContainEqual({ id: 'p1', category: 'room', text: 'bay 3', overlappedBy: ['location'] });
    expect(r.misses).toContainEqual({ id: 'p2', category: 'age', text: '34yo' });
  });

  test('span precision and false alarms', () => {
    // alarms: Okafor (name ok), bay 3 (location on a room label), 34yo (age ok), Room 101 (negative)
    expect(r.spanPrecision).toEqual({ num: 2, den: 4, value: 0.5 });
    expect(r.spanPrecisionAnyCategory).toEqual({ num: 3, den: 4, value: 0.75 });
    expect(r.falseAlarms).toEqual([
      { id: 'n1', ruleId: 'r-room', category: 'room', severity: 'low', start: 0, end: 8, text: 'Room 101', where: 'negative' },
    ]);
    expect(r.falseAlarmsByRule).toEqual({ 'r-room': 1 });
  });

  test('a label whose text is not in the post is an error, not a silent miss', () => {
    const bad: CorpusPost = { ...pos, expect: [{ category: 'age', text: '95yo' }] };
    expect(() => evaluate([bad], () => [])).toThrow(/95yo/);
  });
});

describe('ratchets', () => {
  test('the budget only shrinks; unreviewed posts enter at their count', () => {
    const current = { comment: '', reviewed: ['a', 'b', 'c'], allowed: { a: 2, b: 1 } };
    const { budget, added, over } = nextBudget(current, { a: 1, b: 3, c: 1, d: 2 }, ['a', 'b', 'c', 'd']);
    expect(budget.allowed).toEqual({ a: 1, b: 1, d: 2 });
    expect(budget.reviewed).toEqual(['a', 'b', 'c', 'd']);
    expect(added).toEqual(['d']);
    expect(over).toEqual(['b', 'c']);
  });

  test('floors only rise and the false-alarm ceiling only falls', () => {
    const r = evaluate([], () => []);
    const low = { ...r, postRecall: { num: 1, den: 2, value: 0.5 }, falseAlarmRate: { num: 1, den: 3, value: 1 / 3 } };
    const f1 = nextFloors(undefined, low);
    expect(f1.postRecall).toBe(0.5);
    expect(f1.falseAlarmRateMax).toBe(0.3334);
    const worse = { ...low, postRecall: { num: 1, den: 4, value: 0.25 }, falseAlarmRate: { num: 1, den: 2, value: 0.5 } };
    const f2 = nextFloors(f1, worse);
    expect(f2.postRecall).toBe(0.5);
    expect(f2.falseAlarmRateMax).toBe(0.3334);
  });
});
