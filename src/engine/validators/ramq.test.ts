import { expect, test } from 'vitest';
import { ramqParse, ramqPlausible } from './ramq.ts';

test('a man born 1957-03-14 and a woman born the same day (month + 50)', () => {
  expect(ramqParse('TREJ57031412')).toEqual({ sex: 'M', month: 3, day: 14 });
  expect(ramqParse('GAGM57531412')).toEqual({ sex: 'F', month: 3, day: 14 });
});

test('impossible months and days are rejected', () => {
  for (const n of ['TREJ57131412', 'TREJ57631412', 'TREJ57003112', 'TREJ57043112', 'TREJ57023012', 'TREJ57000012']) {
    expect(ramqPlausible(n), n).toBe(false);
  }
});

test('29 February only when the year could be a leap year', () => {
  expect(ramqPlausible('TREJ48022901')).toBe(true);
  expect(ramqPlausible('TREJ49022901')).toBe(false);
});

test('shape: 4 letters then 8 digits', () => {
  expect(ramqPlausible('TRE157031412')).toBe(false);
  expect(ramqPlausible('TREJ5703141')).toBe(false);
  expect(ramqPlausible('trej57031412')).toBe(true);
});
