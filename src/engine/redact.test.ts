import { describe, expect, test } from 'vitest';
import { ageSuggestions, dateSuggestions, placeSuggestions, removalRange } from './redact.ts';
import { analyze } from './index.ts';

const r = (s: { replacement: string }[]) => s.map((x) => x.replacement);

describe('ageSuggestions', () => {
  test('any age over 89 becomes 90+ (HIPAA Safe Harbor)', () => {
    expect(r(ageSuggestions(94, 'en'))).toEqual(['90+']);
    expect(r(ageSuggestions(90, 'fr'))).toEqual(['90 ans et plus']);
  });
  test('an exact age becomes its decade', () => {
    expect(r(ageSuggestions(34, 'en'))).toEqual(['in their 30s']);
    expect(r(ageSuggestions(34, 'en', true))).toEqual(['30-something', 'in their 30s']);
    expect(r(ageSuggestions(89, 'en'))).toEqual(['in their 80s']);
    expect(r(ageSuggestions(34, 'fr'))).toEqual(['dans la trentaine']);
    expect(r(ageSuggestions(72, 'fr'))).toEqual(['dans la soixante-dizaine']);
  });
  test('children and teenagers are not given a decade', () => {
    expect(r(ageSuggestions(4, 'en'))).toEqual(['a young child']);
    expect(r(ageSuggestions(15, 'en'))).toEqual(['a teenager']);
    expect(r(ageSuggestions(15, 'fr'))).toEqual(['un adolescent']);
  });
});

describe('dateSuggestions', () => {
  test('recently, or the month and year', () => {
    expect(r(dateSuggestions('en', { month: 3, year: 2024 }))).toEqual(['recently', 'in March 2024']);
    expect(r(dateSuggestions('fr', { month: 3, year: 2024 }))).toEqual(['récemment', 'en mars 2024']);
    expect(r(dateSuggestions('en', { month: 11 }))).toEqual(['recently', 'in November']);
    expect(r(dateSuggestions('en', {}))).toEqual(['recently']);
  });
  test('a birth date keeps only its year', () => {
    expect(r(dateSuggestions('en', { month: 3, year: 1931, birth: true }))).toEqual(['1931', '']);
    expect(r(dateSuggestions('fr', { month: 3, year: 1931, birth: true, withPreposition: true }))).toEqual(['en 1931', '']);
    expect(r(dateSuggestions('en', { month: 3, birth: true }))).toEqual(['']);
  });
});

test('a place becomes the region', () => {
  expect(r(placeSuggestions('en'))).toEqual(['in our region']);
  expect(r(placeSuggestions('fr'))).toEqual(['dans notre région']);
});

describe('removals take one adjacent space with them', () => {
  /** The text after removing the first occurrence of `word` the way the engine suggests. */
  const remove = (text: string, word: string) => {
    const at = text.indexOf(word);
    const [s, e] = removalRange(text, at, at + word.length);
    return text.slice(0, s) + text.slice(e);
  };
  test('between two words: no double space', () => {
    expect(remove('write to X today', 'X')).toBe('write to today');
  });
  test('before punctuation or the end: no space before it', () => {
    expect(remove('call X.', 'X')).toBe('call.');
    expect(remove('call X, then', 'X')).toBe('call, then');
    expect(remove('call X', 'X')).toBe('call');
    expect(remove('call X\nthen', 'X')).toBe('call\nthen');
  });
  test('at the start of the post or a line: the space after goes', () => {
    expect(remove('X is here', 'X')).toBe('is here');
    expect(remove('a\nX is here', 'X')).toBe('a\nis here');
  });
  test('inside words, brackets or alone it is left as it is', () => {
    expect(removalRange('(X)', 1, 2)).toEqual([1, 2]);
    expect(removalRange('aXb', 1, 2)).toEqual([1, 2]);
    expect(removalRange('X', 0, 1)).toEqual([0, 1]);
  });
  test('French no-break spaces count as spaces', () => {
    expect(remove('écrire à X\u00a0!', 'X')).toBe('écrire à\u00a0!');
  });
  test("analyze()'s Remove suggestion for an email leaves a clean sentence", () => {
    const text = 'Her daughter asked us to write to jane.tremblay72@gmail.com with updates.';
    const f = analyze(text).find((x) => x.ruleId === 'email')!;
    const sg = f.suggestions!.find((x) => x.replacement === '')!;
    expect(sg.start).toBe(f.start);
    expect(sg.end).toBe(f.end + 1);
    expect(text.slice(0, sg.start) + text.slice(sg.end)).toBe('Her daughter asked us to write to with updates.');
    const end = 'Please write to jane.tremblay72@gmail.com.';
    const g = analyze(end).find((x) => x.ruleId === 'email')!;
    const rm = g.suggestions!.find((x) => x.replacement === '')!;
    expect(end.slice(0, rm.start) + end.slice(rm.end)).toBe('Please write to.');
  });
});
