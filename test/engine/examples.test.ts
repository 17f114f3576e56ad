import { describe, expect, test } from 'vitest';
import { analyze, RULES } from '../../src/engine/index.ts';
import { parseExample } from '../examples.ts';

// Every rule's own examples are its first test: flagged examples must produce exactly the
// marked spans, near misses must produce nothing from that rule.
const TODAY = '2026-11-22';

describe.each(RULES.map((r) => [r.id, r] as const))('%s', (id, rule) => {
  test.each(rule.examples.flag.map((e) => [e]))('flags %s', (example) => {
    const { text, spans } = parseExample(example);
    const got = analyze(text, { only: [id], today: TODAY })
      .filter((f) => f.ruleId === id)
      .map((f) => text.slice(f.start, f.end));
    expect(got).toEqual(spans.map(([s, e]) => text.slice(s, e)));
  });
  test.each(rule.examples.pass.map((e) => [e]))('passes %s', (text) => {
    const got = analyze(text, { only: [id], today: TODAY }).filter((f) => f.ruleId === id);
    expect(got.map((f) => text.slice(f.start, f.end))).toEqual([]);
  });
});
