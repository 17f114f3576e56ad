import type { RuleContext } from '../types.ts';
import { matchAll } from './match.ts';
import { perAnalysis } from './signals.ts';

// Context words are looked up around every candidate number. Testing a cue pattern on a
// fresh window per candidate costs a regex run each time; a post with hundreds of numbers
// (a pasted list) made that the engine's hot spot. Instead each cue pattern is run once over
// the whole text per analysis, and "is there a cue near here" becomes a binary search.
// The memo is keyed by the analysis context object, so it is dropped with it.

const GLOBAL = new WeakMap<RegExp, RegExp>();
const newHits = () => new Map<RegExp, Int32Array>();

function hits(ctx: RuleContext, re: RegExp): Int32Array {
  const perCtx = perAnalysis(ctx, 'cueHits', newHits);
  let found = perCtx.get(re);
  if (found) return found;
  let g = GLOBAL.get(re);
  if (!g) { g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`); GLOBAL.set(re, g); }
  const flat: number[] = [];
  for (const m of matchAll(ctx.text, g)) {
    if (m[0].length === 0) continue;
    flat.push(m.index, m.index + m[0].length);
  }
  found = Int32Array.from(flat);
  perCtx.set(re, found);
  return found;
}

/** First pair index whose start is >= `pos`. */
function lowerBound(arr: Int32Array, pos: number): number {
  let lo = 0;
  let hi = arr.length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (arr[mid * 2]! < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * True when a match of `re` lies wholly within `before` characters before `start` or `after`
 * characters after `end`, without crossing a sentence boundary (the same contract as ctx.near).
 */
export function cueNear(ctx: RuleContext, start: number, end: number, re: RegExp, before = 60, after = 30): boolean {
  const arr = hits(ctx, re);
  if (arr.length === 0) return false;
  const from = Math.max(ctx.sentenceAt(start).start, start - before);
  const to = Math.min(ctx.sentenceAt(Math.max(start, end - 1)).end, end + after);
  for (let i = lowerBound(arr, from); i * 2 < arr.length; i++) {
    const s = arr[i * 2]!;
    const e = arr[i * 2 + 1]!;
    if (s >= to) break;
    if ((e <= start) || (s >= end && e <= to)) return true;
  }
  return false;
}

/** True when `re` matches anywhere in the text (cached like cueNear). */
export function cueAnywhere(ctx: RuleContext, re: RegExp): boolean {
  return hits(ctx, re).length > 0;
}

/** True when a match of `re` ends exactly at `pos` (a label directly before a number). */
export function cueEndsAt(ctx: RuleContext, pos: number, re: RegExp, maxLength = 60): boolean {
  const arr = hits(ctx, re);
  for (let i = lowerBound(arr, pos - maxLength); i * 2 < arr.length; i++) {
    const s = arr[i * 2]!;
    if (s >= pos) break;
    if (arr[i * 2 + 1] === pos) return true;
  }
  return false;
}
