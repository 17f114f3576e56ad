import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { tailWords } from './places.ts';

// tailWords reads the words after a person noun without a regex; it must count what this one counted.
const NOUN_TAIL = /^,?((?:,?\s[\p{L}\p{N}'’-]{1,14})*),?\s?$/u;
function byRegex(rest: string): number {
  const m = NOUN_TAIL.exec(rest);
  return m ? (m[1]!.match(/\s/gu)?.length ?? 0) : -1;
}

test('tailWords counts the words after a noun as the tail pattern does', () => {
  const samples = ['', ',', ' ', ', ', ',,', ' ,', ',, x', ' x', '  x', ' x ', ' x,', ' x, ', ' x,  ', ' x,,', ',x', ' x y', ' x  y', ' x\ny', ' x\u00a0y',
    ' abcdefghijklmn', ' abcdefghijklmno', ' abcdefghijklmn,', " o'neil", ' o’neil', ' x-y', ' x_y', ' _', ' ½', ' 12', ' \u{1d41a}', ' \u{1d41a}'.repeat(2) + 'b',
    ' ' + '\u{1d41a}'.repeat(14), ' ' + '\u{1d41a}'.repeat(15), ' éèê', ' x.', ' x!', ', three of them, from', ' x \n'];
  for (const s of samples) expect(tailWords(s), JSON.stringify(s)).toBe(byRegex(s));
  const posts = readFileSync(new URL('../../../test/corpus/dev.jsonl', import.meta.url), 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text.toLowerCase());
  for (const p of posts) {
    // Every tail from a space or comma, cut where the cues that read them stop.
    for (let i = 0; i < p.length; i++) {
      if (!/[\s,]/u.test(p[i]!)) continue;
      for (const end of [p.length, i + 20, i + 50]) {
        const rest = p.slice(i, end);
        if (tailWords(rest) !== byRegex(rest)) expect(`${JSON.stringify(rest)}: ${tailWords(rest)}`).toBe(`${JSON.stringify(rest)}: ${byRegex(rest)}`);
      }
    }
  }
});
