import { describe, expect, test } from 'vitest';
import { ageSuggestions, dateSuggestions, placeSuggestions } from './redact.ts';

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
