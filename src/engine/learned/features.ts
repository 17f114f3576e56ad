// Tokens and their hashed features for the learned tagger (tagger.ts). The features are the
// word and its neighbours, its shape, a few lexicons, and what the hand-written rules' shared
// scans already said about it (stacking): the model learns when to trust a rule's candidate
// that the rule itself rejected, and which phrasings around a word make it a patient's.
// Everything is hashed to integers without building strings, so a post costs a few thousand
// integer operations.
import type { RuleContext } from '../types.ts';
import { findNames } from '../context/names.ts';
import { findAges, isPatientAge } from '../context/ages.ts';
import { findPlaces, isPatientPlace } from '../context/places.ts';
import { dateTie, findDates } from '../context/dates.ts';
import { caseStories } from '../rules/case-description.ts';
import { has, signalsOf, SIGNALS, type Signal } from '../pipeline/signals.ts';
import { GIVEN_NAMES } from '../lexicons/given-names.ts';
import { COMMON_WORDS } from '../lexicons/common-words.ts';
import { isPublicSurname } from '../lexicons/public-figures.ts';

/** Hash space of the features: 2^20 buckets keeps collisions rare among the few thousand kept. */
export const FEATURE_BITS = 20;
const MASK = (1 << FEATURE_BITS) - 1;

export interface Featurised {
  /** Token k is text[starts[k], ends[k]) in sentence sentence[k]. */
  n: number;
  starts: Int32Array;
  ends: Int32Array;
  sentence: Int32Array;
  /** Feature ids of token k: feats[offsets[k] .. offsets[k + 1]). */
  feats: Int32Array;
  offsets: Int32Array;
  /** The post's own features (its words, signals and the rules' evidence), for the post score. */
  post: Int32Array;
}

/** Most features one token can have (the templates below), to size the buffer once. */
const MAX_PER_TOKEN = 48;

/** FNV-1a over s[from, to), a string slice's hash without the slice. */
function fnv(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Feature template t with value v, as a bucket (murmur3's finaliser mixes the pair). */
function bucket(t: number, v: number): number {
  let h = Math.imul(t + 1, 0x9e3779b1) ^ v;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h & MASK;
}

const LETTER_ABOVE_ASCII = /\p{L}/u;
/** 1 lower-case letter, 2 capital, 3 digit, 0 anything else; Latin letters without a regex. */
function charClass(text: string, lower: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 97 && c <= 122 ? 1 : c >= 65 && c <= 90 ? 2 : c >= 48 && c <= 57 ? 3 : 0;
  if (c < 0xc0 || c === 0xd7 || c === 0xf7 || (c >= 0xd800 && c <= 0xdfff)) return 0;
  // Latin-1 and Latin Extended-A (French accents) are all letters; past them, ask the regex.
  if (c > 0x17f && !LETTER_ABOVE_ASCII.test(text[i]!)) return 0;
  return lower.charCodeAt(i) === c ? 1 : 2;
}

const enum Shape { Lower = 1, Cap, Upper, Letter, Digits1, Digits2, Digits3, Digits4, Mixed, Other }

/** The nearest non-space character before `i` (0 at the start), and after `j`. */
function charBefore(text: string, i: number): number {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) if (text.charCodeAt(k) > 32) return text.charCodeAt(k);
  return 0;
}
function charAfter(text: string, j: number): number {
  for (let k = j; k < text.length && k < j + 3; k++) if (text.charCodeAt(k) > 32) return text.charCodeAt(k);
  return 0;
}

// Rule evidence per token, as small codes (0 = none).
const NAME_KINDS = ['titled', 'cue', 'relative', 'initials', 'given', 'surname'];
const PLACE_KINDS = ['address', 'street', 'town', 'school', 'workplace'];
const USED_SIGNALS: readonly Signal[] = ['patient', 'clinical', 'encounter', 'title', 'timeFrame', 'event', 'unit'];
const USED_BITS = USED_SIGNALS.map((s) => 1 << SIGNALS.indexOf(s));
const PATIENTISH = 0b111;

/** Marks tokens covered by [start, end) with `code` in `into`. */
function cover(f: Featurised, into: Uint8Array, start: number, end: number, code: number): void {
  // Tokens are sorted: binary search the first that ends after start.
  let lo = 0;
  let hi = f.n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (f.ends[mid]! <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < f.n && f.starts[k]! < end; k++) into[k] = code;
}

/**
 * Working arrays reused from one analysis to the next (featurise runs start to end without a
 * pause, and hands none of them out but to a caller that borrows them). A typed array of a few hundred bytes has its own buffer
 * outside V8's heap, slow to make and to collect: a post used to make about twenty.
 */
let scratchCap = 0;
let tokStarts = new Int32Array(0);
let tokEnds = new Int32Array(0);
let tokSentence = new Int32Array(0);
let tokWord = new Int32Array(0);
let tokShape = new Uint8Array(0);
let evidence5 = new Uint8Array(0);
let featScratch = new Int32Array(0);
let offsetScratch = new Int32Array(0);
let postScratch = new Int32Array(0);
let sentenceScratch = new Int32Array(0);
let judgedScratch = new Uint8Array(0);
const seenScratch = new Uint8Array(256);
function reserveTokens(cap: number): void {
  if (cap <= scratchCap) return;
  scratchCap = Math.max(cap, scratchCap * 2, 64);
  tokStarts = new Int32Array(scratchCap);
  tokEnds = new Int32Array(scratchCap);
  tokSentence = new Int32Array(scratchCap);
  tokWord = new Int32Array(scratchCap);
  tokShape = new Uint8Array(scratchCap);
  evidence5 = new Uint8Array(scratchCap * 5);
  featScratch = new Int32Array(scratchCap * MAX_PER_TOKEN);
  offsetScratch = new Int32Array(scratchCap + 1);
  // The post's features: the bias, one per word, the signals, and at most one per evidence code.
  postScratch = new Int32Array(scratchCap + 1 + 16 + 256);
}

/** An empty array, for the features not computed (nothing is ever written to it). */
const NONE = new Int32Array(0);

/**
 * Words: letters and digits, with an inner apostrophe or hyphen ("O'Neill", "Sainte-Agathe").
 * Also each word's hash and shape, in one pass over the text.
 */
function tokenise(ctx: RuleContext, borrowed: boolean): { f: Featurised; word: Int32Array; shape: Uint8Array } {
  const { text, lower, sentences } = ctx;
  const len = text.length;
  reserveTokens((len >> 1) + 1);
  const starts = tokStarts;
  const ends = tokEnds;
  const sentence = tokSentence;
  const word = tokWord;
  const shape = tokShape;
  let n = 0;
  let si = 0;
  let i = 0;
  while (i < len) {
    let cls = charClass(text, lower, i);
    if (cls === 0) { i++; continue; }
    const start = i;
    let up = 0;
    let low = 0;
    let dig = 0;
    let h = 0x811c9dc5;
    for (;;) {
      if (cls === 1) low++;
      else if (cls === 2) up++;
      else dig++;
      h = Math.imul(h ^ lower.charCodeAt(i), 0x01000193);
      i++;
      if (i >= len) break;
      cls = charClass(text, lower, i);
      if (cls !== 0) continue;
      const c = text.charCodeAt(i);
      if ((c === 39 || c === 0x2019 || c === 45) && i + 1 < len && charClass(text, lower, i + 1) !== 0) {
        h = Math.imul(h ^ lower.charCodeAt(i), 0x01000193);
        i++;
        cls = charClass(text, lower, i);
        continue;
      }
      break;
    }
    while (si + 1 < sentences.length && sentences[si + 1]!.start <= start) si++;
    starts[n] = start;
    ends[n] = i;
    sentence[n] = si;
    word[n] = h >>> 0;
    const size = up + low + dig;
    shape[n] = dig === size
      ? (size === 1 ? Shape.Digits1 : size === 2 ? Shape.Digits2 : size === 3 ? Shape.Digits3 : Shape.Digits4)
      : dig > 0 ? Shape.Mixed
        : up === 0 ? Shape.Lower
          : size === 1 ? Shape.Letter
            : low === 0 ? Shape.Upper
              : up === 1 && text.charCodeAt(start) !== lower.charCodeAt(start) ? Shape.Cap : Shape.Mixed;
    n++;
  }
  const f: Featurised = { n, starts, ends, sentence, feats: NONE, offsets: NONE, post: NONE };
  if (borrowed) {
    f.starts = starts.subarray(0, n);
    f.ends = ends.subarray(0, n);
    f.sentence = sentence.subarray(0, n);
  } else {
    // The token arrays handed out, in one buffer.
    const own = new Int32Array(3 * n);
    own.set(starts.subarray(0, n), 0);
    own.set(ends.subarray(0, n), n);
    own.set(sentence.subarray(0, n), 2 * n);
    f.starts = own.subarray(0, n);
    f.ends = own.subarray(n, 2 * n);
    f.sentence = own.subarray(2 * n, 3 * n);
  }
  return { f, word, shape };
}

/**
 * The post's tokens and features. `wanted` sees the post's own features first: when it says no,
 * the tokens get no features (scoring them would be wasted work). `borrowed`: the caller reads
 * the result before the next call and keeps none of it, so its arrays are this module's working
 * ones, not copies (the tagger; training keeps every post's).
 */
export function featurise(ctx: RuleContext, wanted: (post: Int32Array) => boolean = () => true, borrowed = false): Featurised {
  const { text, lower } = ctx;
  const { f, word, shape } = tokenise(ctx, borrowed);
  const { n, starts, ends, sentence } = f;

  // What the rules' scans say, token by token.
  evidence5.fill(0, 0, 5 * n);
  const nameEv = evidence5.subarray(0, n);
  for (const h of findNames(ctx)) cover(f, nameEv, h.start, h.end, 1 + NAME_KINDS.indexOf(h.kind) * 2 + (h.partial ? 1 : 0));
  const ageEv = evidence5.subarray(n, 2 * n);
  for (const h of findAges(ctx)) cover(f, ageEv, h.start, h.end, (isPatientAge(ctx, h) ? 1 : 2) + (h.value > 89 ? 2 : 0) + (h.shorthand ? 4 : 0));
  const placeEv = evidence5.subarray(2 * n, 3 * n);
  for (const h of findPlaces(ctx)) cover(f, placeEv, h.start, h.end, 1 + PLACE_KINDS.indexOf(h.kind) * 4 + (isPatientPlace(ctx, h) ? 2 : 0) + (h.big ? 1 : 0));
  const dateEv = evidence5.subarray(3 * n, 4 * n);
  for (const h of findDates(ctx)) {
    const tie = dateTie(ctx, h);
    cover(f, dateEv, h.start, h.end, tie === 'birth' ? 1 : tie === 'care' ? 2 : 3);
  }
  const storyEv = evidence5.subarray(4 * n, 5 * n);
  for (const s of caseStories(ctx)) cover(f, storyEv, s.start, s.end, 1);
  // Whether the rules already hold the post, and the token's sentence, for a patient's story:
  // a word the rules passed over in a story they flagged is worth more than one in a post they cleared.
  if (judgedScratch.length < ctx.sentences.length) {
    judgedScratch = new Uint8Array(ctx.sentences.length * 2);
    sentenceScratch = new Int32Array(ctx.sentences.length * 2);
  }
  const judged = judgedScratch.fill(0, 0, ctx.sentences.length);
  let post = 0;
  for (let k = 0; k < n; k++) {
    if (nameEv[k] || (ageEv[k]! & 3) === 1 || (placeEv[k]! & 2) !== 0 || dateEv[k] === 1 || dateEv[k] === 2 || storyEv[k]) {
      judged[sentence[k]!] = 1;
      post = 1;
    }
  }

  // Sentence signals: only those every analysis scans anyway (the others would cost a scan each).
  has(ctx, 0, ...USED_SIGNALS);
  const scanned = signalsOf(ctx).bits;
  const sentences = ctx.sentences.length;
  const sentenceBits = sentenceScratch;
  for (let i = 0; i < sentences; i++) {
    let b = 0;
    for (let s = 0; s < USED_BITS.length; s++) if (scanned[i]! & USED_BITS[s]!) b |= 1 << s;
    sentenceBits[i] = b;
  }

  // The post as a whole: its words, the signals anywhere in it, and what the rules found.
  const postFeats = postScratch;
  let p = 0;
  postFeats[p++] = bucket(100, 0);
  for (let k = 0; k < n; k++) postFeats[p++] = bucket(101, word[k]!);
  let anyBits = 0;
  for (let i = 0; i < sentences; i++) anyBits |= sentenceBits[i]!;
  for (let s = 0; s < USED_SIGNALS.length; s++) if (anyBits & (1 << s)) postFeats[p++] = bucket(102, s);
  const seen = seenScratch.fill(0);
  const evidence = (code: number) => {
    if (!seen[code]) { seen[code] = 1; postFeats[p++] = bucket(103, code); }
  };
  for (let k = 0; k < n; k++) {
    if (nameEv[k]) evidence(16 + nameEv[k]!);
    if (ageEv[k]) evidence(64 + ageEv[k]!);
    if (placeEv[k]) evidence(128 + placeEv[k]!);
    if (dateEv[k]) evidence(192 + dateEv[k]!);
    if (storyEv[k]) evidence(255);
  }
  f.post = borrowed ? postFeats.subarray(0, p) : postFeats.slice(0, p);
  // A post the caller will not tag (the gate) needs no token features.
  if (!wanted(f.post)) {
    f.feats = NONE;
    f.offsets = borrowed ? offsetScratch.fill(0, 0, n + 1).subarray(0, n + 1) : new Int32Array(n + 1);
    return f;
  }

  const feats = featScratch;
  const offsets = borrowed ? offsetScratch.subarray(0, n + 1) : new Int32Array(n + 1);
  let o = 0;
  const langCode = ctx.lang === 'fr' ? 2 : 1;
  for (let k = 0; k < n; k++) {
    offsets[k] = o;
    const start = starts[k]!;
    const end = ends[k]!;
    const w = word[k]!;
    const sh = shape[k]!;
    const prev = k > 0 ? word[k - 1]! : 1;
    const next = k + 1 < n ? word[k + 1]! : 2;
    const prevSh = k > 0 ? shape[k - 1]! : 0;
    const nextSh = k + 1 < n ? shape[k + 1]! : 0;
    const first = k === 0 || sentence[k - 1] !== sentence[k] ? 1 : 0;
    const bits = sentenceBits[sentence[k]!]!;
    const ctxCode = (bits & PATIENTISH) !== 0 ? 1 : 0;
    feats[o++] = bucket(0, 0);
    feats[o++] = bucket(1, w);
    feats[o++] = bucket(3, sh);
    feats[o++] = bucket(4, prev);
    feats[o++] = bucket(5, next);
    feats[o++] = bucket(6, k > 1 ? word[k - 2]! : 3);
    feats[o++] = bucket(7, k + 2 < n ? word[k + 2]! : 4);
    feats[o++] = bucket(8, prevSh * 16 + sh);
    feats[o++] = bucket(9, sh * 16 + nextSh);
    feats[o++] = bucket(10, Math.imul(prev, 31) ^ sh);
    feats[o++] = bucket(11, charBefore(text, start) * 16 + sh);
    feats[o++] = bucket(12, charAfter(text, end) * 16 + sh);
    feats[o++] = bucket(13, sh * 8 + ctxCode * 2 + first);
    feats[o++] = bucket(14, langCode * 16 + sh);
    feats[o++] = bucket(15, Math.imul(next, 31) ^ sh);
    if (end - start > 4) feats[o++] = bucket(2, fnv(lower, end - 3, end));
    // Lexicons, read on the lower-cased word (a Set lookup needs the string itself).
    if (sh === Shape.Cap || sh === Shape.Upper || sh === Shape.Lower) {
      const s = lower.slice(start, end);
      const lex = (GIVEN_NAMES.has(s) ? 1 : 0) + (COMMON_WORDS.has(s) ? 2 : 0) + (isPublicSurname(s) ? 4 : 0);
      feats[o++] = bucket(16, lex * 16 + sh);
      feats[o++] = bucket(17, lex * 8 + ctxCode * 2 + first);
      if (k > 0 && lex & 1) feats[o++] = bucket(18, prev);
    }
    const held = post * 2 + judged[sentence[k]!]!;
    feats[o++] = bucket(31, held * 16 + sh);
    feats[o++] = bucket(32, held * 4 + ctxCode);
    if (nameEv[k]) { feats[o++] = bucket(20, nameEv[k]!); feats[o++] = bucket(21, nameEv[k]! * 4 + ctxCode); }
    if (ageEv[k]) { feats[o++] = bucket(22, ageEv[k]!); feats[o++] = bucket(23, ageEv[k]! * 4 + ctxCode); }
    if (placeEv[k]) { feats[o++] = bucket(24, placeEv[k]!); feats[o++] = bucket(25, placeEv[k]! * 4 + ctxCode); }
    if (dateEv[k]) { feats[o++] = bucket(26, dateEv[k]!); feats[o++] = bucket(27, dateEv[k]! * 4 + ctxCode); }
    if (storyEv[k]) feats[o++] = bucket(28, sh);
    // Neighbours' rule evidence: "Roger, 87 ans" (an age after a capitalised word).
    if (k > 0 && (ageEv[k - 1] || nameEv[k - 1])) feats[o++] = bucket(29, ageEv[k - 1]! * 32 + nameEv[k - 1]! * 16 + sh);
    if (k + 1 < n && (ageEv[k + 1] || nameEv[k + 1])) feats[o++] = bucket(30, ageEv[k + 1]! * 32 + nameEv[k + 1]! * 16 + sh);
    for (let s = 0, b = bits; b !== 0; s++, b >>>= 1) if (b & 1) feats[o++] = bucket(40 + s, sh);
    // How the word is spelt, with its case: a capitalised word ending like a given name ("-ine",
    // "-a") or starting like one is a name the lexicons do not hold; the same letters in lower
    // case or in capitals are vocabulary. Tried without the case on 6 Dec: a gain on one state
    // of the rules, a loss on the next.
    feats[o++] = bucket(63, fnv(lower, Math.max(start, end - 2), end) * 16 + sh);
    feats[o++] = bucket(64, fnv(lower, start, Math.min(end, start + 3)) * 16 + sh);
  }
  offsets[n] = o;
  f.offsets = offsets;
  f.feats = borrowed ? feats.subarray(0, o) : feats.slice(0, o);

  return f;
}
