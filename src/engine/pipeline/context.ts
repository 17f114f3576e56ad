import type { Lang, RuleContext, Sentence } from '../types.ts';
import { splitSentences } from './sentences.ts';
import { latinLetters } from './latin.ts';

/**
 * Per-analysis memo (see perAnalysis in signals.ts), carried on the context itself: a WeakMap
 * lookup per call was a measurable share of a tweet's analysis.
 */
export const MEMO: unique symbol = Symbol('per-analysis memo');
export type Memoised = RuleContext & { [MEMO]?: Map<string, unknown> };

export function makeContext(text: string, opts: { lang?: Lang | 'auto'; today?: string }): RuleContext {
  const lower = text.toLowerCase();
  const { lang, sentences } = splitSentences(text, opts.lang && opts.lang !== 'auto' ? opts.lang : undefined, lower);
  // toLowerCase can change the length ("İ"): then rules read the text itself.
  return new Context(text, lower.length === text.length ? lower : text, latinLetters(text), lang, sentences, opts.today);
}

/** A class, not an object of closures: three closures per analysis showed in a tweet's profile. */
class Context implements RuleContext {
  [MEMO]: Map<string, unknown> = new Map();

  constructor(
    readonly text: string,
    readonly lower: string,
    readonly latin: boolean,
    readonly lang: Lang,
    readonly sentences: readonly Sentence[],
    readonly today: string | undefined,
  ) {}

  sentenceAt(offset: number): Sentence {
    // Binary search: rules call this once per candidate, posts can hold thousands of sentences.
    const sentences = this.sentences;
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentences[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return sentences[lo]!;
  }

  langAt(offset: number): Lang {
    return this.sentenceAt(offset).lang;
  }

  near(start: number, end: number, pattern: RegExp, before = 60, after = 30): boolean {
    const s = this.sentenceAt(start);
    const from = Math.max(s.start, start - before);
    const e = this.sentenceAt(Math.max(start, end - 1));
    const to = Math.min(e.end, end + after);
    return pattern.test(this.text.slice(from, start)) || pattern.test(this.text.slice(end, to));
  }
}
