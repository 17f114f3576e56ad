import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { findStem, STEM_SOURCE } from './claims.ts';

test('the claim stems are found where their regex finds them, from any start and within any end', () => {
  const dir = new URL('../../../test/corpus/', import.meta.url);
  const posts = readdirSync(dir).filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readFileSync(new URL(f, dir), 'utf8').split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { text: string }).text.toLowerCase()));
  posts.push('ça a marché, ca a, cela a guéri; dm me, 20% off, x1000 xcurx gu ér guér');
  const re = new RegExp(STEM_SOURCE, 'g');
  const sticky = new RegExp(STEM_SOURCE);
  let found = 0;
  for (const lower of posts) {
    for (let from = 0; from < lower.length; from += 7) {
      re.lastIndex = from;
      const m = re.exec(lower);
      const s = findStem(lower, from);
      expect(s && [s.index, s.length], lower.slice(0, 40)).toEqual(m && [m.index, m[0].length]);
      if (m) found++;
      const to = Math.min(lower.length, from + 40);
      expect(!!findStem(lower, from, to)).toBe(sticky.test(lower.slice(from, to)));
    }
  }
  expect(found).toBeGreaterThan(1000);
});
