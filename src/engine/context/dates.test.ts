import { expect, test } from 'vitest';
import { analyze } from '../index.ts';

const dates = (text: string) => analyze(text, {}).filter((f) => f.ruleId === 'patient-date').map((f) => text.slice(f.start, f.end));

// A date listed after another asks that one for its tie, and a timeline asks its neighbours:
// the two questions once went round in a circle until the stack overflowed.
test('a date listed after another in a timeline is judged without asking itself back', () => {
  for (const text of ['Aunty L., 58, back again, 12/3 to 12/5.', 'Ti-Louis L., 58, back again, 12/3 to 12/5.']) {
    expect(() => analyze(text, {}), text).not.toThrow();
  }
  expect(dates('Mrs. K, 88, admitted 12/3 to 12/5 with pneumonia.')).toEqual(['12/3', '12/5']);
});
