import { expect, test } from 'vitest';
import { matchAll } from './match.ts';

const viaBuiltin = (text: string, re: RegExp) => [...text.matchAll(re)].map((m) => [m.index, ...m]);
const viaHelper = (text: string, re: RegExp) => matchAll(text, re).map((m) => [m.index, ...m]);

test('matchAll gives what String.prototype.matchAll gives, empty matches and astral characters included', () => {
  const cases: Array<[string, RegExp]> = [
    ['Mr. Roy, 92 ans, lit 3', /\d+/g],
    ['a😀b', /(?:)/gu],
    ['a😀b', /(?:)/g],
    ['née le 4 juin', /(\p{L}+)|(\d+)/gu],
    ['', /x*/g],
  ];
  for (const [text, re] of cases) expect(viaHelper(text, re)).toEqual(viaBuiltin(text, re));
});

test('matchAll starts at lastIndex like the builtin and leaves the regex as it was', () => {
  const re = /\d/g;
  re.lastIndex = 2;
  const expected = viaBuiltin('1234', re);
  expect(viaHelper('1234', re)).toEqual(expected);
  expect(re.lastIndex).toBe(2);
});

test('a non-global regex is refused, as the builtin refuses it', () => {
  expect(() => matchAll('x', /x/)).toThrow(TypeError);
});
