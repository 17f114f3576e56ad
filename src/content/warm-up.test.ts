import { describe, expect, test } from 'vitest';
import { RULES } from '../engine/index.ts';
import { warmUpTexts } from './warm-up.ts';

describe('warmUpTexts', () => {
  test('every rule\'s flagged example alone first, then all of them as one longer text', () => {
    const texts = warmUpTexts(RULES);
    const examples = RULES.map((r) => r.examples.flag[0]).filter((x): x is string => !!x).map((x) => x.replace(/\[\[|\]\]/g, ''));
    expect(texts.slice(0, -1)).toEqual(examples);
    expect(texts.at(-1)).toBe(examples.join('\n'));
    // Short ones: a step's first run over each meets only a few patterns for the first time.
    expect(Math.max(...texts.slice(0, -1).map((t) => t.length))).toBeLessThan(texts.at(-1)!.length / 4);
  });
});
