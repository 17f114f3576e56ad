import { describe, expect, test } from 'vitest';
import { analyze, RULES } from '../../src/engine/index.ts';
import { makeContext } from '../../src/engine/pipeline/context.ts';
import { findClaims, findClaimsUnfiltered } from '../../src/engine/pipeline/claims.ts';
import { parseExample } from '../examples.ts';
import { loadCorpus, naive, score, verdict, type Post } from './claims-eval.ts';

// The claims corpus (issue 4): posts written for this project, labelled warn (a claim without a
// credible source, to underline), info (a claim that cites one) or none. The dev split is for
// tuning; the holdout split was written at the same time and is only measured. The floors are a
// ratchet: raise them when the engine improves, never lower them to get green.

const FLOORS = {
  'claims-dev': { precision: 1, recall: 1 },
  'claims-holdout': { precision: 1, recall: 0.975 },
} as const;

/** Claim findings allowed on posts labelled none, per split (hard negatives). */
const NEGATIVE_BUDGET = { 'claims-dev': 0, 'claims-holdout': 0 } as const;

const splits = ['claims-dev', 'claims-holdout'] as const;

describe.each(splits)('%s', (name) => {
  const posts = loadCorpus(name);

  test('is well formed: unique ids, known labels, a quarter in French', () => {
    expect(new Set(posts.map((p) => p.id)).size).toBe(posts.length);
    for (const p of posts) {
      expect(['warn', 'info', 'none']).toContain(p.label);
      expect(['en', 'fr']).toContain(p.lang);
    }
    expect(posts.filter((p) => p.lang === 'fr').length / posts.length).toBeGreaterThanOrEqual(0.25);
  });

  test('warn precision and recall stay at or above their floors, and beat the naive rule', () => {
    const engine = score(posts, verdict);
    const baseline = score(posts, naive);
    console.info(`${name}: engine P=${engine.precision.toFixed(3)} R=${engine.recall.toFixed(3)} ` +
      `(tp ${engine.tp}, fp ${engine.fp}, fn ${engine.fn}); naive "claim word, no link" ` +
      `P=${baseline.precision.toFixed(3)} R=${baseline.recall.toFixed(3)}`);
    expect(engine.precision).toBeGreaterThanOrEqual(FLOORS[name].precision);
    expect(engine.recall).toBeGreaterThanOrEqual(FLOORS[name].recall);
    expect(engine.precision).toBeGreaterThan(baseline.precision);
    expect(engine.recall).toBeGreaterThan(baseline.recall);
  });

  test('hard negatives stay within the findings budget', () => {
    const found = posts.filter((p) => p.label === 'none')
      .flatMap((p) => analyze(p.text).filter((f) => f.category === 'claim').map((f) => `${p.id} ${f.ruleId}`));
    expect(found.length, found.join('\n')).toBeLessThanOrEqual(NEGATIVE_BUDGET[name]);
  });

  test('cited claims are info, never underlined', () => {
    const wrong = posts.filter((p) => p.label === 'info' && verdict(p.text) === 'warn').map((p) => p.id);
    expect(wrong).toEqual([]);
  });

  test('positives match the reviewed snapshot', () => {
    const shown = posts.filter((p) => p.label !== 'none').map((p: Post) => ({
      id: p.id,
      findings: analyze(p.text).filter((f) => f.category === 'claim')
        .map((f) => `${f.ruleId} ${f.severity}${f.reason ? ` (${f.reason})` : ''}: ${p.text.slice(f.start, f.end)}`),
    }));
    expect(shown).toMatchSnapshot();
  });
});

test('the cheap gate never hides a claim the full analysis would find', () => {
  const texts = [
    ...splits.flatMap((s) => loadCorpus(s).map((p) => p.text)),
    ...RULES.filter((r) => r.category === 'claim')
      .flatMap((r) => [...r.examples.flag.map((e) => parseExample(e).text), ...r.examples.pass]),
  ];
  for (const text of texts) {
    const a = findClaims(makeContext(text, {}));
    const b = findClaimsUnfiltered(makeContext(text, {}));
    expect(a, text).toEqual(b);
  }
});
