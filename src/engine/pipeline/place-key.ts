import { fold } from './signals.ts';

// How a town is looked up in the gazetteer: "Sault Ste. Marie", "Sault-Sainte-Marie" and
// "sault ste marie" are one key, as are "Rivière-du-Loup" and "Riviere du Loup". The
// generator (scripts/gen-place-lexicon.ts) writes its keys with this same function.

const ABBREVIATIONS: Readonly<Record<string, string>> = { st: 'saint', ste: 'sainte', mt: 'mount', ft: 'fort'};
const SEPARATORS = /[\s.\-\u2010-\u2013]+/u;

/** The lookup key of a place name: lower case, accents folded, abbreviations spelled out, words joined by one space. */
export function placeKey(name: string): string {
  const out: string[] = [];
  for (const w of fold(name.toLowerCase()).split(SEPARATORS)) if (w) out.push(ABBREVIATIONS[w] ?? w);
  return out.join(' ');
}

// eslint-disable-next-line no-control-regex
const ASCII = /^[\x00-\x7f]*$/;
/** placeKey() of a single word (letters and apostrophes), without the split: asked of every capitalised word. */
export function wordKey(word: string): string {
  let w = word.toLowerCase();
  if (!ASCII.test(w)) w = fold(w);
  return ABBREVIATIONS[w] ?? w;
}
