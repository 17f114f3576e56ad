import type { Lang, Sentence } from '../types.ts';
import { decideLang, langScore, langScoreIn } from './lang.ts';
import { matchAll } from './match.ts';

// Abbreviations whose period does not end a sentence (titles matter most: "Mr. Smith").
const ABBREV = /(?:\b(?:mr|mrs|ms|dr|mme|mlle|m|st|ste|pt|no|vs|approx|dept|av|ave|blvd|ch|boul|etc|e\.g|i\.e|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|janv|févr|avr|juil|sept|déc|yo|y\.o|[a-z]))$/i;
const BOUNDARY = /[.!?…]+["')\]]*\s+|\n+/g;
/** Enough of the text before a period to recognise the longest abbreviation and its boundary. */
const ABBREV_WINDOW = 16;

/**
 * Splits a post into sentences with a language per sentence (posts mix EN and FR), and
 * decides the post's language from the same scores: one pass over the text, not two.
 * `forced` (a policy's language) replaces the post's guess as the tie-breaker. `lower` is
 * text.toLowerCase() when the caller has it already.
 */
export function splitSentences(text: string, forced?: Lang, lower = text.toLowerCase()): { lang: Lang; sentences: Sentence[] } {
  const spans: Array<[number, number]> = [];
  let start = 0;
  for (const m of matchAll(text, BOUNDARY)) {
    const end = m.index + m[0].length;
    // Only the tail matters to an end-anchored test; slicing it keeps long sentences linear.
    if (m[0][0] === '.' && !m[0].includes('\n') && ABBREV.test(text.slice(Math.max(start, m.index - ABBREV_WINDOW), m.index))) continue;
    if (end > start) spans.push([start, end]);
    start = end;
  }
  if (start < text.length || spans.length === 0) spans.push([start, text.length]);

  // Lower-casing can change a length ("İ"): then each sentence is lower-cased on its own.
  const scores = lower.length === text.length
    ? spans.map(([s, e]) => langScoreIn(lower, s, e))
    : spans.map(([s, e]) => langScore(text.slice(s, e)));
  const total = scores.reduce<[number, number]>((acc, [fr, en]) => [acc[0] + fr, acc[1] + en], [0, 0]);
  const lang = forced ?? decideLang(total);
  return { lang, sentences: spans.map(([s, e], i) => ({ start: s, end: e, lang: decideLang(scores[i]!, lang) })) };
}
