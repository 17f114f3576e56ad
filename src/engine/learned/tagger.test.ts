import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { makeContext } from '../pipeline/context.ts';
import { MODEL_DATA } from './model-data.ts';
import { decode, decodeModel, fromBase64, K, tag, toBase64, W, type ModelData } from './tagger.ts';
import { featurise } from './features.ts';

test('the shipped model was trained on today\'s dev corpus (retrain: npx tsx scripts/train-model.ts)', () => {
  const dev = readFileSync(new URL('../../../test/corpus/dev.jsonl', import.meta.url));
  expect(MODEL_DATA.trainedOn).toBe(createHash('sha256').update(dev).digest('hex'));
});

test('base64 round-trips every length', () => {
  for (let n = 0; n < 9; n++) {
    const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + 200) & 0xff);
    expect(fromBase64(toBase64(bytes))).toEqual(bytes);
  }
  expect(toBase64(Uint8Array.from([77, 97, 110]))).toBe('TWFu');
});

test('the shipped model decodes to whole rows of weights, every key found', () => {
  const m = decodeModel(MODEL_DATA);
  const rows = m.weights.length / W;
  expect(Number.isInteger(rows)).toBe(true);
  expect(rows).toBeGreaterThan(100);
  expect([...m.rows].filter((r) => r >= 0).sort((a, b) => a - b)).toEqual([...Array(rows).keys()]);
});

/** A model of one feature (the bias) whose weights are `bias`, with thresholds `th`. */
function biasOnly(bias: number[], th: Array<number | null>): ModelData {
  const text = makeContext('x', {});
  const key = featurise(text).feats[0]!;
  const keys: number[] = [];
  for (let d = key; ; d >>>= 7) { if (d < 0x80) { keys.push(d); break; } keys.push((d & 0x7f) | 0x80); }
  return { trainedOn: '', thresholds: th, gate: null, keys: toBase64(Uint8Array.from(keys)), weights: toBase64(new Uint8Array(Int8Array.from(bias).buffer)) };
}

test('a token is labelled only past its category\'s threshold, and neighbours join into one span', () => {
  const ctx = makeContext('Visit from PELLETIER, Ghislaine today.', {});
  // The bias feature alone: every token scores 10 for name, 5 for age.
  const spans = (th: Array<number | null>) => tag(ctx, decodeModel(biasOnly([10, 5, 0, 0, 0], th)));
  expect(spans([20, null, null, null])).toEqual([]);
  expect(spans([null, null, null, null])).toEqual([]);
  const all = spans([0, 0, null, null]);
  expect(all.map((s) => [ctx.text.slice(s.start, s.end), s.category])).toEqual([['Visit from PELLETIER, Ghislaine today', 'name']]);
  expect(spans([null, 0, null, null]).map((s) => s.category)).toEqual(['age']);
});

test('spans never cross a sentence', () => {
  const ctx = makeContext('Saw Ann. Then Bob.', {});
  const m = decodeModel(biasOnly([10, 0, 0, 0, 0], [0, null, null, null]));
  const f = featurise(ctx);
  const got = decode(m, ctx.text, f, new Float64Array(f.n * K).map((_, i) => (i % K === 0 ? 10 : 0)));
  expect(got.map((s) => ctx.text.slice(s.start, s.end))).toEqual(['Saw Ann', 'Then Bob']);
});

test('the learned rules report only what the rules missed, and a policy switch removes them', async () => {
  const { analyze } = await import('../index.ts');
  const { DEFAULT_POLICY } = await import('../policy/defaults.ts');
  const text = 'Found old Marcel in a ditch on Concession 4 near Ayr, hypothermic but talking, 81yo';
  const learned = (policy = DEFAULT_POLICY) => analyze(text, { policy }).filter((f) => f.ruleId.startsWith('learned-'));
  // Which words past the threshold moves with every retrain (the rules are its features), so
  // only that the model reads this story's name and places, at medium.
  const found = learned();
  expect(new Set(found.map((f) => f.ruleId))).toEqual(new Set(['learned-name', 'learned-place']));
  expect(found.every((f) => f.severity === 'medium')).toBe(true);
  const off = { ...DEFAULT_POLICY, rules: { 'learned-name': { enabled: false }, 'learned-place': { enabled: false } } };
  expect(learned(off as typeof DEFAULT_POLICY)).toEqual([]);
  // A name the name rule finds stays that rule's finding.
  const named = analyze('Our patient Baptiste went home today after 40 days in the ICU');
  expect(named.map((f) => f.ruleId)).toContain('patient-name');
  expect(named.map((f) => f.ruleId)).not.toContain('learned-name');
});
