import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { tierTexts } from './regex-tiers-texts.ts';

// V8 runs a pattern in its interpreter first and as optimised machine code once it is hot, and
// the two have disagreed (an optional group whose alternatives open on lookaheads: see
// isQuantified in regex-source.ts). Findings must not depend on how many posts a tab has read,
// so the same texts are read by a process that only interprets and one that only compiles.
test('findings read the same under the regex interpreter as in optimised code', () => {
  const texts = tierTexts();
  const child = fileURLToPath(new URL('./regex-tiers-child.ts', import.meta.url));
  const run = (flag: string) => JSON.parse(execFileSync(process.execPath, [flag, '--import', 'tsx', child], {
    input: JSON.stringify(texts), encoding: 'utf8', maxBuffer: 64 << 20,
  })) as string[];
  const interpreted = run('--regexp-interpret-all');
  const compiled = run('--no-regexp-tier-up');
  expect(interpreted.length).toBe(texts.length);
  const differ = texts.flatMap((t, i) => (interpreted[i] === compiled[i] ? [] : [{ text: t, interpreted: interpreted[i], compiled: compiled[i] }]));
  expect(differ).toEqual([]);
}, 120_000);
