import { expect, test } from 'vitest';
import { dropPossessive, firstWord, isSpace, words } from './words.ts';

test('words, firstWord and dropPossessive give what the regex forms give', () => {
  const samples = ['', ' ', 'Jane', 'Jane Doe', 'Jean-Marc  Côté', 'a\u00a0b\u2009c\td\ne', '-x-', 'Tim’s', "Roy's", 'x\u3000y\ufeffz', 'Ana s', "'s", '\u2028'];
  for (const s of samples) {
    expect(words(s)).toEqual(s.split(/\s/u));
    expect(words(s, true)).toEqual(s.split(/[\s-]/u));
    expect(firstWord(s)).toBe(s.split(/\s/u)[0]);
    expect(firstWord(s, true)).toBe(s.split(/[\s-]/u)[0]);
    expect(dropPossessive(s)).toBe(s.replace(/[’']s$/u, ''));
  }
});

test('isSpace is \\s on every UTF-16 unit', () => {
  for (let c = 0; c < 0x10000; c++) if (isSpace(c) !== /\s/u.test(String.fromCharCode(c))) expect(c.toString(16)).toBe('');
});
