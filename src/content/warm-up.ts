import type { Rule } from '../engine/types.ts';

/**
 * The texts the engine is warmed on at the first focus, in order: every rule's first flagged
 * example alone, then all of them as one text. A step's first run pays for every pattern and
 * list it meets for the first time (compiling, indexing): one analysis of them all made single
 * steps of 50-60 ms of CPU; forty short analyses each meet a few, and no step of ours went
 * over about 21 ms. The long text last warms what only longer texts take (a 20,000-character
 * paste right after was half as slow as without it).
 */
export function warmUpTexts(rules: readonly Rule[]): string[] {
  const examples = rules.map((r) => (r.examples.flag[0] ?? '').replace(/\[\[|\]\]/g, '')).filter((x) => x !== '');
  return [...examples, examples.join('\n')];
}
