import type { Lang, Sentence } from '../types.ts';
import { guessLang } from './lang.ts';

// Abbreviations whose period does not end a sentence (titles matter most: "Mr. Smith").
const ABBREV = /(?:\b(?:mr|mrs|ms|dr|mme|mlle|m|st|ste|pt|no|vs|approx|dept|av|ave|blvd|ch|boul|etc|e\.g|i\.e|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|janv|févr|avr|juil|sept|déc|yo|y\.o|[a-z]))$/i;
const BOUNDARY = /[.!?…]+["')\]]*\s+|\n+/g;

/** Splits a post into sentences with a language per sentence (posts mix EN and FR). */
export function splitSentences(text: string, postLang: Lang): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    const end = m.index! + m[0].length;
    const body = text.slice(start, m.index!);
    if (m[0][0] === '.' && !m[0].includes('\n') && ABBREV.test(body)) continue;
    if (end > start) out.push({ start, end, lang: guessLang(text.slice(start, end), postLang) });
    start = end;
  }
  if (start < text.length || out.length === 0) {
    out.push({ start, end: text.length, lang: guessLang(text.slice(start), postLang) });
  }
  return out;
}
