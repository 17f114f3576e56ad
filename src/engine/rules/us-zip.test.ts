import { describe, expect, it } from 'vitest';
import { ZIP, zipMatches } from './us-zip.ts';

/** What a plain scan of ZIP finds, as comparable strings. */
const plain = (text: string) => [...text.matchAll(new RegExp(ZIP.source, ZIP.flags))].map((m) => [m.index, ...m].join('|'));
const scanned = (text: string) => zipMatches(text).map((m) => [m.index, ...m].join('|'));

describe('zipMatches', () => {
  it('finds what a plain scan of ZIP finds', () => {
    const texts = [
      'Pt lives in Dorchester, MA 02124 with her son',
      'ZIP 10027, then zip code: 10028 and Code   postal\n# 10029',
      'Boston MA 02115-6110, 12345 and 123456, EMP3-12345, 1.12345, 12345/2, 12345%',
      'MA,\n02115 CA 90210-1234 NY 10001.5 ZIP:12345 zip12345',
      '😀 ZIP 12345 é 54321 ZIPCODE 11111',
    ];
    // And every mix of the pieces a match is made of (a seeded walk, so the test is repeatable).
    const pieces = ['ZIP', 'zip code', 'Code postal', 'MA', 'NY', ',', ' ', '\n', ':', '#', '12345', '-6789', '123456', '.', '/', '%', 'x', '😀', '-', '5'];
    let seed = 7;
    const next = (k: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % k;
    for (let t = 0; t < 3000; t++) {
      let s = '';
      for (let j = 1 + next(12); j > 0; j--) s += pieces[next(pieces.length)];
      texts.push(s);
    }
    for (const text of texts) expect(scanned(text), text).toEqual(plain(text));
    expect(ZIP.lastIndex).toBe(0);
  });
});
