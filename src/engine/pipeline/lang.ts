import type { Lang } from '../types.ts';
import { matchAll } from './match.ts';

// Function words are the cheapest reliable signal on short, noisy posts: they are
// frequent, rarely shared between English and French, and survive hashtags and typos.
const FR = new Set(('le la les un une des du de et est sont pas avec pour dans sur au aux ce cette ces qui que ' +
  'je tu il elle nous vous ils elles mon ma mes son sa ses notre nos leur très aussi mais ou où ' +
  "hier aujourd'hui patiente patient ans été était avons avait chez plus moins comme après avant à").split(' '));
const EN = new Set(('the a an and is are was were not with for in on at this that these those who which ' +
  'i you he she we they my his her our their very also but or where yesterday today patient years ' +
  'been had have has as after before of to from by it its').split(' '));

const WORD = /[\p{L}']+/gu;
const ELISION = /^(?:l|d|qu|n|j|s|c)'\p{L}/u;
const FR_LETTER = /[éèêàçùâîôûœ]/;

/** French and English evidence in a slice: [fr, en]. Additive, so sentences sum to their post. */
export function langScore(text: string): [number, number] {
  let fr = 0;
  let en = 0;
  const lower = text.toLowerCase();
  // One test on the slice spares one per word in the many slices with no accent at all.
  const accented = FR_LETTER.test(lower);
  for (const m of matchAll(lower, WORD)) {
    const w = m[0];
    // Elided articles (l', d', qu', n') are a strong French marker.
    if (w.includes("'") && ELISION.test(w)) { fr += 2; continue; }
    if (FR.has(w)) fr++;
    if (EN.has(w)) en++;
    if (accented && FR_LETTER.test(w)) fr += 0.5;
  }
  return [fr, en];
}

/** Ties go to `fallback`, so a short mixed sentence inherits the post's language. */
export function decideLang([fr, en]: readonly [number, number], fallback: Lang = 'en'): Lang {
  if (fr === en) return fallback;
  return fr > en ? 'fr' : 'en';
}

export function guessLang(text: string, fallback: Lang = 'en'): Lang {
  return decideLang(langScore(text), fallback);
}
