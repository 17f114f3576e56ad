import type { Lang, RuleContext, Sentence } from '../types.ts';
import { splitSentences } from './sentences.ts';

/**
 * Per-analysis memo (see perAnalysis in signals.ts), carried on the context itself: a WeakMap
 * lookup per call was a measurable share of a tweet's analysis.
 */
export const MEMO: unique symbol = Symbol('per-analysis memo');
export type Memoised = RuleContext & { [MEMO]?: Map<string, unknown> };

export function makeContext(text: string, opts: { lang?: Lang | 'auto'; today?: string }): RuleContext {
  const lower = text.toLowerCase();
  const { lang, sentences } = splitSentences(text, opts.lang && opts.lang !== 'auto' ? opts.lang : undefined, lower);

  const sentenceAt = (offset: number): Sentence => {
    // Binary search: rules call this once per candidate, posts can hold thousands of sentences.
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentences[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return sentences[lo]!;
  };

  const ctx: Memoised = {
    text,
    lower: lower.length === text.length ? lower : text, // toLowerCase can change length (İ); fall back
    lang,
    sentences,
    today: opts.today,
    sentenceAt,
    langAt: (offset) => sentenceAt(offset).lang,
    near(start, end, pattern, before = 60, after = 30) {
      const s = sentenceAt(start);
      const from = Math.max(s.start, start - before);
      const e = sentenceAt(Math.max(start, end - 1));
      const to = Math.min(e.end, end + after);
      return pattern.test(text.slice(from, start)) || pattern.test(text.slice(end, to));
    },
  };
  ctx[MEMO] = new Map();
  return ctx;
}
