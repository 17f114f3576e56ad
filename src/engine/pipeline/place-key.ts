import { fold } from './signals.ts';

// How a town is looked up in the gazetteer: "Sault Ste. Marie", "Sault-Sainte-Marie" and
// "sault ste marie" are one key, as are "Rivière-du-Loup" and "Riviere du Loup". The
// generator (scripts/gen-place-lexicon.ts) writes its keys with this same function.

// A Map, not an object: a capitalised "Constructor" must not read Object.prototype.constructor.
export const ABBREVIATIONS: ReadonlyMap<string, string> = new Map([['st', 'saint'], ['ste', 'sainte'], ['mt', 'mount'], ['ft', 'fort']]);
const SEPARATORS = /[\s.\-\u2010-\u2013]+/u;

/** The lookup key of a place name: lower case, accents folded, abbreviations spelled out, words joined by one space. */
export function placeKey(name: string): string {
  const out: string[] = [];
  for (const w of fold(name.toLowerCase()).split(SEPARATORS)) if (w) out.push(ABBREVIATIONS.get(w) ?? w);
  return out.join(' ');
}

/** placeKey() of a single word (letters and apostrophes), without the split: asked of every capitalised word. */
export function wordKey(word: string): string {
  let w = word.toLowerCase();
  for (let i = 0; i < w.length; i++) {
    if (w.charCodeAt(i) > 0x7f) {
      w = fold(w);
      break;
    }
  }
  // Only two- and three-letter words are abbreviations.
  return w.length < 4 ? (ABBREVIATIONS.get(w) ?? w) : w;
}
