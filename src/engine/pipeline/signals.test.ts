import { expect, test } from 'vitest';
import { makeContext } from './context.ts';
import { fold, has, patientContext, perAnalysis, signalsOf } from './signals.ts';

test('fold keeps the length and strips French accents', () => {
  const s = 'décédée à l’hôpital, sœur';
  expect(fold(s)).toHaveLength(s.length);
  expect(fold(s)).toBe("decedee a l'hopital, soeur".replace('oe', 'o'));
});

test('cues match accented French words at word boundaries', () => {
  const ctx = makeContext('Elle est décédée hier soir. Rien à voir.', { lang: 'fr' });
  expect(has(ctx, 0, 'patient')).toBe(true);
  expect(has(ctx, 0, 'timeFrame')).toBe(true);
  expect(has(ctx, 1, 'patient')).toBe(false);
});

test('patient context reaches one sentence either side, but not into news', () => {
  const ctx = makeContext('Saw a patient today. She lives alone. Unrelated thought here. And another one.', { lang: 'en' });
  expect(patientContext(ctx, ctx.sentences[1]!.start)).toBe(true);
  expect(patientContext(ctx, ctx.sentences[3]!.start)).toBe(false);
  const news = makeContext('The prime minister announced he was admitted to hospital.', { lang: 'en' });
  expect(patientContext(news, 0)).toBe(false);
});

test('courtesy titles are case-sensitive: MS is a disease, Ms. Lee a person', () => {
  const a = makeContext('MS Society walk today', { lang: 'en' });
  const b = makeContext('Ms. Lee walked today', { lang: 'en' });
  expect(signalsOf(a).hits.title).toHaveLength(0);
  expect(signalsOf(b).hits.title).toHaveLength(1);
});

test('perAnalysis computes once per context', () => {
  const ctx = makeContext('x', { lang: 'en' });
  let calls = 0;
  const f = () => ++calls;
  perAnalysis(ctx, 'k', f);
  perAnalysis(ctx, 'k', f);
  expect(calls).toBe(1);
});
