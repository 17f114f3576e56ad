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

test('the own-family signal carries into the sentences that go on about the relative, until someone else comes in', () => {
  const fam = (text: string) => { const ctx = makeContext(text, {}); return ctx.sentences.map((_, i) => has(ctx, i, 'ownFamily')); };
  expect(fam('Mon père a fait un AVC dimanche à Rimouski. 74 ans. Il récupère bien, merci.')).toEqual([true, true, true]);
  expect(fam('My dad had his knee replaced last week. He is 81 and back in his garden in Gimli.')).toEqual([true, true]);
  // Someone new, a patient or an encounter ends it.
  expect(fam('My daughter asked about my day. I told her about the 7-year-old from Gimli who swallowed a magnet.')).toEqual([true, false]);
  expect(fam('Called my mom after shift. Last night we had an 84-year-old farmer come in after a rollover.')).toEqual([true, false]);
  expect(fam('My son is 6. Our patient in bed 4 is 6 too and he loves trucks.')).toEqual([true, false]);
});

test('a family title said as a name is own family at a birthday, not as the patient\'s relative', () => {
  const fam = (text: string) => { const ctx = makeContext(text, {}); return ctx.sentences.map((_, i) => has(ctx, i, 'ownFamily')); };
  expect(fam("Nana's 95th was Sunday in Antigonish.")).toEqual([true]);
  expect(fam('Maman a 70 ans aujourd\'hui.')).toEqual([true]);
  expect(fam('Blue-lighted a 6yo this afternoon, Lego brick up the nose. Mum says it is the same brick.')).toEqual([false, false]);
  expect(fam("She told us how many of Grandpa's gummies she ate.")).toEqual([false]);
});

test('kin inside a quotation are the speaker\'s, not the author\'s', () => {
  const fam = (text: string) => { const ctx = makeContext(text, {}); return ctx.sentences.some((_, i) => has(ctx, i, 'ownFamily')); };
  expect(fam('Le patient du 4 nous a dit : « Je veux revoir ma fille avant Noël. » Elle arrive demain.')).toBe(false);
  expect(fam('He looked up and said "tell my wife I\'m fine." We did.')).toBe(false);
  expect(fam('My wife said "you look tired." She was right.')).toBe(true);
});

test('"patient" as an adjective is no patient cue, in either language', () => {
  const ctx = makeContext('Deux jobs, trois enfants pis un mari ben patient. The crew was so patient with me. Our patient is home.', {});
  expect(has(ctx, 0, 'patient')).toBe(false);
  expect(has(ctx, 1, 'patient')).toBe(false);
  expect(has(ctx, 2, 'patient')).toBe(true);
});

test('a parent with their age opening a later sentence is the author\'s own', () => {
  const ctx = makeContext('Rough Sunday. Mom (88) moved into a care home in Dauphin.', {});
  expect(has(ctx, 1, 'ownFamily')).toBe(true);
});
