import type { Lang } from '../types.ts';
import { wordHash } from './words.ts';

// Function words are the cheapest reliable signal on short, noisy posts: they are
// frequent, rarely shared between English and French, and survive hashtags and typos.
const FR = new Set(('le la les un une des du de et est sont pas avec pour dans sur au aux ce cette ces qui que ' +
  'je tu il elle nous vous ils elles mon ma mes son sa ses notre nos leur très aussi mais ou où ' +
  "hier aujourd'hui patiente patient ans été était avons avait chez plus moins comme après avant à").split(' '));
const EN = new Set(('the a an and is are was were not with for in on at this that these those who which ' +
  'i you he she we they my his her our their very also but or where yesterday today patient years ' +
  'been had have has as after before of to from by it its').split(' '));

/** By code unit (a table, not a Set: it is read for every letter of every post). */
const FR_LETTER = new Uint8Array(0x154);
for (const c of 'éèêàçùâîôûœ') FR_LETTER[c.charCodeAt(0)] = 1;
const LETTER = /^\p{L}$/u;
/** Per BMP code unit: 0 not asked yet, 1 a letter, 2 not one. */
const LETTERS = new Uint8Array(0x10000);

/** Width of the word character (a letter or an apostrophe) at `i`, or 0. */
function wordWidth(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const cp = s.codePointAt(i)!;
    return cp > 0xffff && LETTER.test(String.fromCodePoint(cp)) ? 2 : 0;
  }
  if (LETTERS[c] === 0) LETTERS[c] = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
  return LETTERS[c] === 1 ? 1 : 0;
}

/** Each function word: 1 French, 2 English, 3 both ("patient"). One lookup per word. */
const WORD_LANG = new Map<string, number>();
for (const w of FR) WORD_LANG.set(w, 1);
for (const w of EN) WORD_LANG.set(w, (WORD_LANG.get(w) ?? 0) | 2);
/** Longer words cannot be function words, so they are never looked up. */
const LONGEST = Math.max(...[...WORD_LANG.keys()].map((w) => w.length));
/**
 * The function words by a hash of their code units, which the scan below computes as it reads
 * a word: a post's words are looked up without a string sliced out for each.
 */
const BY_HASH = new Map<number, Array<[string, number]>>();
for (const [w, k] of WORD_LANG) {
  const h = wordHash(w, 0, w.length);
  (BY_HASH.get(h) ?? BY_HASH.set(h, []).get(h)!).push([w, k]);
}
const QUOTE = 39;

/**
 * French and English evidence in a slice: [fr, en]. Additive, so sentences sum to their post.
 * Words are runs of letters and apostrophes, read with a loop: a regex match per word cost
 * more than the rest of the sentence splitting.
 */
export function langScore(text: string): [number, number] {
  const lower = text.toLowerCase();
  return langScoreIn(lower, 0, lower.length);
}

/**
 * langScore of lower-cased text's [from, to): the post is lower-cased once, not once per
 * sentence. Sentence edges never split a surrogate pair (they follow white space).
 */
export function langScoreIn(lower: string, from: number, to: number): [number, number] {
  let fr = 0;
  let en = 0;
  let i = from;
  while (i < to) {
    if (wordWidth(lower, i) === 0) { i++; continue; }
    const start = i;
    let apostrophe = false;
    let accented = false;
    // An astral letter is in no function word.
    let astral = false;
    let h = 0;
    for (let w = wordWidth(lower, i); w > 0 && i < to; w = wordWidth(lower, i)) {
      const c = lower.charCodeAt(i);
      if (c === QUOTE) apostrophe = true;
      else if (c < 0x154 && FR_LETTER[c] === 1) accented = true;
      if (w === 2) astral = true;
      h = (Math.imul(h, 31) + c) & 0x3fffffff;
      i += w;
    }
    // Elided articles (l', d', qu', n') are a strong French marker.
    if (apostrophe && elided(lower, start, i)) { fr += 2; continue; }
    const length = i - start;
    const same = length <= LONGEST && !astral ? BY_HASH.get(h) : undefined;
    if (same !== undefined) {
      for (const [word, k] of same) {
        if (word.length !== length || !lower.startsWith(word, start)) continue;
        if (k & 1) fr++;
        if (k & 2) en++;
        break;
      }
    }
    if (accented) fr += 0.5;
  }
  return [fr, en];
}

/** /^(?:l|d|qu|n|j|s|c)'\p{L}/u on the word [start, end) of letters and apostrophes. */
function elided(s: string, start: number, end: number): boolean {
  let k = start;
  const c = s.charCodeAt(k);
  if (c === 113 /* q */) {
    if (s.charCodeAt(k + 1) !== 117 /* u */) return false;
    k++;
  } else if (c !== 108 && c !== 100 && c !== 110 && c !== 106 && c !== 115 && c !== 99) return false;
  // After the apostrophe, a letter: any word character but another apostrophe.
  return k + 2 < end && s.charCodeAt(k + 1) === QUOTE && s.charCodeAt(k + 2) !== QUOTE;
}

/** Ties go to `fallback`, so a short mixed sentence inherits the post's language. */
export function decideLang([fr, en]: readonly [number, number], fallback: Lang = 'en'): Lang {
  if (fr === en) return fallback;
  return fr > en ? 'fr' : 'en';
}

export function guessLang(text: string, fallback: Lang = 'en'): Lang {
  return decideLang(langScore(text), fallback);
}
