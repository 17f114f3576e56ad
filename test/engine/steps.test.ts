import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { analyze, analyzeSteps, type AnalyzeOptions } from '../../src/engine/index.ts';
import { DEFAULT_POLICY } from '../../src/engine/policy/defaults.ts';
import { prose } from '../../scripts/bench-browser.ts';

// The content script drives analyzeSteps() a slice at a time; whatever the slicing, the
// findings must be exactly analyze()'s.

function corpus(): string[] {
  const out: string[] = [];
  for (const f of ['dev.jsonl', 'holdout.jsonl', 'claims-dev.jsonl', 'claims-holdout.jsonl']) {
    for (const line of readFileSync(new URL(`../corpus/${f}`, import.meta.url), 'utf8').split('\n')) {
      if (line.trim()) out.push((JSON.parse(line) as { text: string }).text);
    }
  }
  return out;
}

/** Runs the steps, counting the pauses, with other work (another analysis) in between. */
function stepped(text: string, options: AnalyzeOptions) {
  const it = analyzeSteps(text, options);
  let pauses = 0;
  for (;;) {
    const r = it.next();
    if (r.done) return { findings: r.value, pauses };
    pauses++;
    // Interleaved work on another text must not leak into this run (no shared state).
    if (pauses === 3) analyze('Saw Mary Jones (DOB 1957-03-14) in room 412 today.', options);
  }
}

describe('analyzeSteps', () => {
  const posts = corpus();
  test('the corpus is there', () => {
    expect(posts.length).toBeGreaterThan(500);
  });

  test('gives exactly what analyze() gives on every corpus post', () => {
    let findings = 0;
    for (const text of posts) {
      const want = analyze(text, { today: '2026-03-14' });
      const got = stepped(text, { today: '2026-03-14' });
      expect(got.findings).toEqual(want);
      findings += want.length;
    }
    expect(findings).toBeGreaterThan(100);
    // Two analyses of every corpus post (over 10,000 now): on a shared 2-core machine under
    // load that has passed 120 s.
  }, 300_000);

  test('the same with a policy of custom terms and an allowlist', () => {
    const policy = { ...DEFAULT_POLICY, allowlist: ['Mary Jones'], customTerms: [{ term: 'Bluebird', category: 'location', severity: 'high' }] } as typeof DEFAULT_POLICY;
    for (const text of posts.slice(0, 200)) expect(stepped(text, { policy }).findings).toEqual(analyze(text, { policy }));
  });

  test('pauses between its stages and rules, so a long paste can be sliced', () => {
    const text = prose(63_206);
    const { findings, pauses } = stepped(text, {});
    expect(findings).toEqual(analyze(text));
    expect(findings.length).toBeGreaterThan(100);
    // normalise, context, then one pause per rule that runs
    expect(pauses).toBeGreaterThanOrEqual(10);
  });

  test('an empty text finishes at once', () => {
    expect(analyzeSteps('   ').next()).toEqual({ done: true, value: [] });
  });
});
