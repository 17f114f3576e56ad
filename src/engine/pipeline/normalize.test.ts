import { expect, test } from 'vitest';
import { normalize, toOriginal } from './normalize.ts';

test('the fast path covers only characters the full normalisation leaves as they are', () => {
  const fast: string[] = [];
  for (let c = 0; c <= 0xff; c++) {
    const ch = String.fromCharCode(c);
    if (normalize(`a${ch}b`).identity) fast.push(ch);
  }
  expect(fast).toContain('é');
  expect(fast).not.toContain('\u00a0');
  expect(fast).not.toContain('\u00ad');
  // A curly apostrophe forces the full path; each fast character must come out unchanged, in place.
  for (const ch of fast) {
    // The full path copies these characters as they are, so NFKC must leave each unchanged.
    expect(ch.normalize('NFKC')).toBe(ch);
    const n = normalize(`x${ch}\u2019y`);
    expect(n.identity).toBe(false);
    expect(n.text).toBe(`x${ch}'y`);
    expect(toOriginal(n, 1, 2)).toEqual([1, 2]);
  }
});

test('French text with accents is analysed without an offset map', () => {
  const n = normalize('Mme Côté, 92 ans, née le 4 juin 1948');
  expect(n.identity).toBe(true);
  expect(n.text).toBe('Mme Côté, 92 ans, née le 4 juin 1948');
});
