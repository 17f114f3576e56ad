import { capitalLead, leadWords, needsOf, type Needs, type WordMode } from './regex-source.ts';
import { wordHash } from './words.ts';

// String.prototype.matchAll clones its regex (a species constructor call) and builds an
// iterator for every call; the engine makes well over a hundred such calls per post, and on a
// tweet that overhead cost more than the matching. This is the same contract as matchAll
// (every match of a global regex, from its lastIndex, leaving the regex as it was) with a
// plain exec loop, and the matches are returned as an array.
//
// Most of those calls find nothing, and many cannot: a health-card pattern needs ten digits,
// an e-mail an "@". What a pattern must consume is read once from its source (needsOf), what
// a text holds is counted once per text, and a pattern whose needs the text cannot meet is
// not run at all. The needs are a lower bound, so no match is ever skipped.

const SHORT = 48;
const NEEDS = new WeakMap<RegExp, Needs | null>();

/**
 * ASCII digits and which ASCII characters a text holds (bit c & 31 of word c >> 5), for the
 * last few texts seen. Four integers rather than a 128-byte array: a typed array allocated
 * per text cost more than the scan that fills it.
 */
interface Holds { text: string; digits: number; chain: number; wideChain: number; bits: [number, number, number, number] }
const HELD: Holds[] = [];
/** Long texts (a post and its copies) apart, so a run of sentence slices never pushes them out. */
const HELD_LONG: Holds[] = [];
const LONG = 1000;

function holds(text: string): Holds {
  const cache = text.length >= LONG ? HELD_LONG : HELD;
  for (const h of cache) if (h.text === text) return h;
  let b0 = 0;
  let b1 = 0;
  let b2 = 0;
  let b3 = 0;
  let digits = 0;
  let chain = 0;
  let wideChain = 0;
  let run = 0;
  let wideRun = 0;
  let gap = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      digits++;
      run = gap > 1 ? 1 : run + 1;
      if (run > chain) chain = run;
      wideRun = gap > 3 ? 1 : wideRun + 1;
      if (wideRun > wideChain) wideChain = wideRun;
      gap = 0;
    } else if ((c | 32) >= 97 && (c | 32) <= 122) {
      run = 0;
      wideRun = 0;
    } else {
      gap++;
    }
    if (c < 64) {
      if (c < 32) b0 |= 1 << c;
      else b1 |= 1 << (c - 32);
    } else if (c < 96) b2 |= 1 << (c - 64);
    else if (c < 128) b3 |= 1 << (c - 96);
  }
  const h: Holds = { text, digits, chain, wideChain, bits: [b0, b1, b2, b3] };
  // A post, its lower-cased and folded copies, and a slice or two are asked about in turn.
  if (cache.unshift(h) > 4) cache.pop();
  return h;
}

/**
 * What a pattern's source tells, read once per pattern object and once per source: a regex
 * literal inside a function is a new object on every call, with the same source.
 */
function perPattern<T>(byObject: WeakMap<RegExp, T>, bySource: Map<string, T>, re: RegExp, read: () => T): T {
  let v = byObject.get(re);
  if (v === undefined) {
    const key = `${re.flags}/${re.source}`;
    v = bySource.get(key);
    if (v === undefined) {
      v = read();
      bySource.set(key, v);
    }
    byObject.set(re, v);
  }
  return v;
}

const NEEDS_BY_SOURCE = new Map<string, Needs | null>();

function needs(re: RegExp): Needs | null {
  return perPattern(NEEDS, NEEDS_BY_SOURCE, re, () => {
    const n = needsOf(re.source, re.flags);
    return n && n.digits === 0 && n.chars.length === 0 ? null : n;
  });
}

/** Whether `text` holds what every match of `re` needs (when false, `re` cannot match). */
export function canMatch(text: string, re: RegExp): boolean {
  // A short slice costs less to scan than to ask about (and patterns written inside
  // functions are new objects on every call, so their needs would be read every time).
  if (text.length < SHORT) return true;
  const n = needs(re);
  if (!n) return true;
  const h = holds(text);
  if (h.digits < n.digits) return false;
  for (const c of n.chars) if (((h.bits[c >> 5]! >>> (c & 31)) & 1) === 0) return false;
  return true;
}

/**
 * The most ASCII digits in one chain of `text`: digits joined by at most one character that is
 * neither an ASCII letter nor a digit ("416-555-0132" is 10, "BP 128/82" is 5, "4B 12" two
 * chains of 1 and 2). A number printed in groups ("130 692 544", "9698-658-215") is one chain,
 * so a rule whose pattern needs N digits so joined has nothing to find in a text whose longest
 * chain is shorter. With `wide`, up to three such characters may join two digits, as in phone
 * numbers ("(416) 555", "+44 (0) 20"). Counted once per text, with asciiDigits.
 */
export function digitChain(text: string, wide = false): number {
  const h = holds(text);
  return wide ? h.wideChain : h.chain;
}

/** How many ASCII digits `text` holds (counted once per text, shared with canMatch). */
export function asciiDigits(text: string): number {
  return holds(text).digits;
}

/**
 * Whether matchAll scans `re` over `text` by the pattern's opening words: then a text holding
 * none of them costs it a table read, less than any search of its own.
 */
export function scansByWords(text: string, re: RegExp): boolean {
  return text.length >= SHORT && leadOf(re) !== null;
}

/**
 * matchAll for a pattern whose every match starts at most `back` characters before a hit of the
 * plain, non-global `cue`: a text matchAll scans position by position (too short to be scanned by
 * the pattern's words) is searched for the cue first, and scanned from just before its first hit,
 * or not at all. `back` = Infinity: the cue only says whether to scan.
 */
export function matchAllNear(text: string, re: RegExp, cue: RegExp, back: number): RegExpExecArray[] {
  if (scansByWords(text, re)) return matchAll(text, re);
  const first = cue.exec(text);
  if (!first) return [];
  re.lastIndex = Math.max(0, first.index - back);
  const found = matchAll(text, re);
  re.lastIndex = 0;
  return found;
}

/** All matches of the global regex `re` in `text`, as `text.matchAll(re)` yields them. */
export function matchAll(text: string, re: RegExp): RegExpExecArray[] {
  if (!re.global) throw new TypeError('matchAll needs a global regex');
  const out: RegExpExecArray[] = [];
  if (!canMatch(text, re)) return out;
  const anchor = text.length >= SHORT ? ANCHORS.get(re) : undefined;
  if (anchor) return byAnchors(text, re, anchor, out);
  const lead = text.length >= SHORT ? leadOf(re) : null;
  if (lead) return byLeads(text, re, lead, out);
  const capital = text.length >= SHORT ? capitalOf(re) : null;
  if (capital) return byCapitals(text, re, capital, out);
  const from = re.lastIndex;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    out.push(m);
    // An empty match would repeat forever: step over one character (a code point with /u).
    if (m[0].length === 0) re.lastIndex = advance(text, re.lastIndex, re.unicode || re.flags.includes('v'));
  }
  re.lastIndex = from;
  return out;
}

function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const c = text.charCodeAt(index);
  if (c < 0xd800 || c > 0xdbff) return index + 1;
  const d = text.charCodeAt(index + 1);
  return d >= 0xdc00 && d <= 0xdfff ? index + 2 : index + 1;
}

// A pattern that opens on words of any shape ("Oak Ridge High School", "MARC1234 5678 9012")
// is tried at every position of a text, though each match holds a fixed part a few characters
// in ("High School", the eight digits). Such a part is found fast by a pattern of its own (by
// its words, when it is a lexicon pattern), and the whole pattern is tried, anchored, only at
// the places close enough before it.

interface Anchor { anchor: RegExp; back: number; sticky: RegExp; opens: ((text: string, at: number) => boolean) | undefined }
const ANCHORS = new WeakMap<RegExp, Anchor>();
/** Every pattern given to anchored(), so that a test can hold each to a plain scan. */
export const ANCHORED_PATTERNS: RegExp[] = [];

/**
 * `re`, to be scanned by matchAll only from `back` code units before each match of `anchor`
 * up to its start. The caller's promise, which a test holds on the corpus: every match of `re`
 * holds one of the matches matchAll finds of `anchor` (so none inside an earlier one), starting
 * at most `back` after its own start (widthOf a pattern's opening gives such a bound). A match
 * may instead end before such an anchor that starts at most `back` after it, and holds none.
 * With `opens`, a second promise: no match starts where it is false (a test the pattern's own
 * opening makes, cheaper than trying the pattern at each of the `back` places before an anchor).
 */
export function anchored(re: RegExp, anchor: RegExp, back: number, opens?: (text: string, at: number) => boolean): RegExp {
  const flags = (r: RegExp, add: string) => r.flags.replace(/[gy]/g, '') + add;
  ANCHORS.set(re, { anchor: new RegExp(anchor.source, flags(anchor, 'g')), back, sticky: new RegExp(re.source, flags(re, 'y')), opens });
  ANCHORED_PATTERNS.push(re);
  return re;
}

function byAnchors(text: string, re: RegExp, a: Anchor, out: RegExpExecArray[]): RegExpExecArray[] {
  const { anchor, back, sticky, opens } = a;
  const unicode = sticky.unicode || sticky.flags.includes('v');
  // Every place below `tried` has been tried, or cannot open a match.
  let tried = re.lastIndex;
  anchor.lastIndex = tried;
  const hits = matchAll(text, anchor);
  anchor.lastIndex = 0;
  for (let h = 0; h < hits.length; ) {
    const k = hits[h]!.index;
    let m: RegExpExecArray | null = null;
    let p = Math.max(tried, k - back);
    for (; p <= k; p++) {
      // A scan under /u never starts inside a surrogate pair.
      if (unicode && p > 0 && isLowSurrogate(text.charCodeAt(p)) && isHighSurrogate(text.charCodeAt(p - 1))) continue;
      if (opens !== undefined && !opens(text, p)) continue;
      sticky.lastIndex = p;
      if ((m = sticky.exec(text)) !== null) break;
    }
    if (m !== null) {
      out.push(m);
      tried = m[0].length ? p + m[0].length : advance(text, p, unicode);
    } else tried = k + 1;
    // The same anchor may still open a match after this one.
    if (tried > k) h++;
  }
  return out;
}

/** Every pattern endsWith() turned around, so a test can hold each against its "$" form. */
export const TAIL_PATTERNS: RegExp[] = [];

/**
 * A test of whether a text ends with a match of `re`, a pattern written "...$" (the words right
 * before a candidate: "une patiente de ", "admitted on "). Run forward, such a pattern is tried
 * from every position of the slice; as a lookbehind tried once, at the end, it reads back only
 * as far as a match reaches. Same answers (a test holds every such pattern to its "$" form).
 */
export function endsWith(re: RegExp): (text: string) => boolean {
  const src = re.source;
  if (!src.endsWith('$') || src.endsWith('\\$')) throw new Error(`endsWith needs a pattern ending in $: ${src}`);
  const back = new RegExp(`(?<=${src.slice(0, -1)})`, `${re.flags.replace(/[gy]/g, '')}y`);
  TAIL_PATTERNS.push(re);
  return (text) => {
    back.lastIndex = text.length;
    return back.test(text);
  };
}

// A lexicon pattern ("(?<![\p{L}\d_])(?:my|his|patient'?s?|...)\s+...") can only match where one
// of the words it opens with starts. Run as a regex, it is tried at every position of the text,
// and V8 does that fast only while it still optimises regex code, which it stops doing once a
// page has compiled a lot of it. So its opening words are read once from its source
// (leadWords), the text is split into words once, and the pattern is tried, anchored, only where
// such a word starts. The same matches, in the same order: every place a match can start is
// tried, from left to right, with the pattern itself deciding.

interface Lead {
  /** Its place among the patterns of its word mode (ByKey.count). */
  id: number;
  mode: WordMode;
  /** How far before an opening word a match may start (an optional prefix: LeadWords.back). */
  back: number;
  /** Punctuation a match may open on (LeadWords.marks), found with indexOf. */
  marks: string[];
  sticky: RegExp;
  rest: RegExp | null;
}

/**
 * Every lead pattern of one word mode, by what a word must be to open it: its key, the key of
 * its first one, two or three characters, or a digit first. A text's words are looked up here
 * once (openersOf), not once per pattern: a tweet is asked about by a few dozen such patterns,
 * and going through all of its words for each of them was the largest self time of a tweet's
 * analysis; a long paste's thousands of words, by dozens of patterns, more so.
 */
interface ByKey {
  count: number;
  words: Map<number, number[]>;
  starts: [Map<number, number[]>, Map<number, number[]>, Map<number, number[]>];
  digits: number[];
}
const BY_KEY: Record<WordMode, ByKey> = { w: byKey(), ld: byKey(), l: byKey(), ascii: byKey() };
function byKey(): ByKey {
  return { count: 0, words: new Map(), starts: [new Map(), new Map(), new Map()], digits: [] };
}
function file(map: Map<number, number[]>, key: number, id: number): void {
  const ids = map.get(key);
  if (!ids) map.set(key, [id]);
  else if (ids[ids.length - 1] !== id) ids.push(id);
}
const LEADS = new WeakMap<RegExp, Lead | null>();
const LEADS_BY_SOURCE = new Map<string, Lead | null>();
/** Every pattern scanned by its opening words, so that a test can hold each to a plain scan. */
export const LEAD_PATTERNS: RegExp[] = [];

function leadOf(re: RegExp): Lead | null {
  return perPattern(LEADS, LEADS_BY_SOURCE, re, () => {
    const w = leadWords(re.source, re.flags);
    if (!w) return null;
    const flags = re.flags.replace(/[gy]/g, '');
    const all = BY_KEY[w.mode];
    const id = all.count++;
    for (const x of w.words) file(all.words, wordHash(x, 0, x.length), id);
    for (const x of w.prefixes) file(all.starts[Math.min(x.length, 3) - 1]!, wordHash(x, 0, Math.min(x.length, 3)), id);
    if (w.digits) all.digits.push(id);
    LEAD_PATTERNS.push(new RegExp(re.source, re.flags));
    return {
      id,
      mode: w.mode,
      back: w.back,
      marks: [...w.marks],
      sticky: new RegExp(re.source, `${flags}y`),
      rest: w.rest === null ? null : new RegExp(w.rest, `${flags}g`),
    };
  });
}


/** 1 for a word character ([\p{L}\d_], \d ASCII), 2 for another, 0 not asked yet; and lower cases. */
const KIND = new Uint8Array(0x10000);
const LOWER = new Uint16Array(0x10000);
const LETTER = /^\p{L}$/u;
function kindOf(c: number): number {
  let k = KIND[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = (c >= 48 && c <= 57) || c === 95 || LETTER.test(ch) ? 1 : 2;
    const low = ch.toLowerCase();
    // The long s matches "s" under /iu; a letter that lower-cases to two keeps itself.
    LOWER[c] = c === 0x17f ? 115 : low.length === 1 ? low.charCodeAt(0) : c;
    KIND[c] = k;
  }
  return k;
}

/** A word character as ASCII "\\b" reads one: [A-Za-z0-9_]. */
function kindAscii(c: number): number {
  if (c >= 128) return 2;
  // Called for its table: kindOf fills LOWER[c], which the word's key is hashed from.
  kindOf(c);
  return (c >= 48 && c <= 57) || c === 95 || ((c | 32) >= 97 && (c | 32) <= 122) ? 1 : 2;
}

const KINDS: Record<WordMode, (c: number) => number> = {
  w: kindOf,
  ld: (c) => (c === 95 ? 2 : kindOf(c)),
  l: (c) => (c === 95 || (c >= 48 && c <= 57) ? 2 : kindOf(c)),
  ascii: kindAscii,
};

/** Where each word of a text starts, its key, and the keys of its first one, two and three characters (-1 past its end), for the last few texts. */
interface Words {
  text: string; mode: WordMode; starts: Int32Array; keys: Int32Array; heads: [Int32Array, Int32Array, Int32Array]; count: number;
  /** Per lead pattern (by id), the words it may open at, in text order; for the first `known` patterns of the mode. */
  openers: Array<number[] | undefined> | undefined;
  known: number;
}
const WORDS: Words[] = [];
/** Long texts apart, so that a run of sentence slices never pushes the post's words out. */
const WORDS_LONG: Words[] = [];
let spare: Words | undefined;

function wordsOf(text: string, mode: WordMode): Words {
  const cache = text.length >= LONG ? WORDS_LONG : WORDS;
  for (const w of cache) if (w.mode === mode && w.text === text) return w;
  const kind = KINDS[mode];
  const need = (text.length >> 1) + 1;
  let starts: Int32Array, keys: Int32Array, heads: Words['heads'];
  // Its only reader (byLeads) lets go of a text's words before asking for another's, so the
  // arrays of the entry last pushed out can be written over rather than allocated again.
  if (spare !== undefined && spare.starts.length >= need) ({ starts, keys, heads } = spare);
  else {
    const size = Math.max(need, 512);
    starts = new Int32Array(size);
    keys = new Int32Array(size);
    heads = [new Int32Array(size), new Int32Array(size), new Int32Array(size)];
  }
  spare = undefined;
  let count = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    if (kind(text.charCodeAt(i)) !== 1) { i++; continue; }
    let h = 0;
    const s = i;
    let c: number;
    while (i < n && kind(c = text.charCodeAt(i)) === 1) {
      h = (Math.imul(h, 31) + LOWER[c]!) & 0x3fffffff;
      i++;
      if (i - s <= 3) heads[i - s - 1]![count] = h;
    }
    for (let k = i - s; k < 3; k++) heads[k]![count] = -1;
    starts[count] = s;
    keys[count++] = h;
  }
  const w: Words = { text, mode, starts, keys, heads, count, openers: undefined, known: 0 };
  // A long post is read in two copies (as written; lower-cased or folded) by four word modes.
  if (cache.unshift(w) > 8) spare = cache.pop();
  return w;
}

/** Which words of `w` each lead pattern known so far may open at (a pattern met later rebuilds them). */
function openersOf(w: Words, lead: Lead): readonly number[] {
  if (w.openers === undefined || lead.id >= w.known) {
    const all = BY_KEY[w.mode];
    const openers: Array<number[] | undefined> = (w.openers = new Array(all.count));
    w.known = all.count;
    const add = (ids: number[] | undefined, k: number) => {
      if (ids === undefined) return;
      for (const id of ids) {
        const at = openers[id];
        if (at === undefined) openers[id] = [k];
        else if (at[at.length - 1] !== k) at.push(k);
      }
    };
    // Few patterns open with a one- or two-character prefix: their tables are mostly empty.
    const [s1, s2, s3] = all.starts;
    const [h1, h2, h3] = w.heads;
    const digits = all.digits.length > 0;
    for (let k = 0; k < w.count; k++) {
      add(all.words.get(w.keys[k]!), k);
      if (s1.size) add(s1.get(h1[k]!), k);
      if (s2.size) add(s2.get(h2[k]!), k);
      if (s3.size) add(s3.get(h3[k]!), k);
      if (digits) {
        const c = w.text.charCodeAt(w.starts[k]!);
        if (c >= 48 && c <= 57) add(all.digits, k);
      }
    }
  }
  return w.openers[lead.id] ?? NONE;
}
const NONE: readonly number[] = [];

function byLeads(text: string, re: RegExp, lead: Lead, out: RegExpExecArray[]): RegExpExecArray[] {
  const words = wordsOf(text, lead.mode);
  const { starts } = words;
  const openers = openersOf(words, lead);
  const count = openers.length;
  const { sticky, rest, back, marks } = lead;
  const unicode = sticky.unicode || sticky.flags.includes('v');
  let cursor = re.lastIndex;
  let w = 0;
  let restAt = -1;
  let markAt = marks.length ? -1 : Infinity;
  for (;;) {
    // The next word at or after the cursor that the pattern can open with.
    while (w < count && starts[openers[w]!]! < cursor) w++;
    if (restAt < cursor) restAt = restFrom(text, rest, cursor);
    if (markAt < cursor) markAt = markFrom(text, marks, cursor);
    // With a prefix, every place up to `back` before the word (or the mark) is tried, in order.
    const at = Math.min(w < count ? Math.max(cursor, starts[openers[w]!]! - back) : Infinity, restAt, Math.max(cursor, markAt - back));
    if (at === Infinity) return out;
    // A scan under /u never starts inside a surrogate pair (a word never does).
    if (unicode && at > 0 && isLowSurrogate(text.charCodeAt(at)) && isHighSurrogate(text.charCodeAt(at - 1))) {
      cursor = at + 1;
      continue;
    }
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (m) {
      out.push(m);
      cursor = m[0].length ? at + m[0].length : advance(text, at, unicode);
    } else cursor = at + 1;
  }
}

// Module functions, not closures in byLeads: it runs a few hundred times a post, and a closure
// made per call (with its name set, under the bench's loader) showed in a tweet's profile.
function markFrom(text: string, marks: readonly string[], from: number): number {
  let first = Infinity;
  for (const c of marks) {
    const i = text.indexOf(c, from);
    if (i !== -1 && i < first) first = i;
  }
  return first;
}

function restFrom(text: string, rest: RegExp | null, from: number): number {
  if (!rest) return Infinity;
  rest.lastIndex = from;
  const m = rest.exec(text);
  rest.lastIndex = 0;
  return m ? m.index : Infinity;
}

// The name patterns (names.ts, staff.ts) open with CAPITAL_AHEAD and a lookbehind refusing
// letters: a match can start only on a capital that follows no letter. There are a dozen such
// patterns run on the whole post; where V8 no longer optimises regex code each one costs as
// much at every lower-case letter as the rest of its work. Those places are found once per
// text, and each pattern is tried, anchored, only there, left to right (the same matches).

const CAPITALS = new WeakMap<RegExp, RegExp | null>();
const CAPITALS_BY_SOURCE = new Map<string, RegExp | null>();

function capitalOf(re: RegExp): RegExp | null {
  return perPattern(CAPITALS, CAPITALS_BY_SOURCE, re, () => {
    if (!capitalLead(re.source, re.flags)) return null;
    LEAD_PATTERNS.push(new RegExp(re.source, re.flags));
    return new RegExp(re.source, `${re.flags.replace(/[gy]/g, '')}y`);
  });
}

/** A Latin-1 letter (or œ, Œ): what every such lookbehind refuses at least. */
function latinLetter(c: number): boolean {
  if (c < 0xc0) return ((c | 32) >= 97 && (c | 32) <= 122) || c === 0xaa || c === 0xb5 || c === 0xba;
  return c <= 0xff ? c !== 0xd7 && c !== 0xf7 : c === 0x152 || c === 0x153;
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

interface Capitals { text: string; at: readonly number[]; count: number }
const CAPS: Capitals[] = [];
const CAPS_LONG: Capitals[] = [];

/** Where `text` holds a character CAPITAL_AHEAD accepts with no Latin-1 letter before it, for the last few texts. */
function capitalsOf(text: string): Capitals {
  const cache = text.length >= LONG ? CAPS_LONG : CAPS;
  for (const c of cache) if (c.text === text) return c;
  // Kept as the plain array it is built in: copying it into a typed array (a buffer of its
  // own outside the heap) cost more than the scan.
  const at: number[] = [];
  let prev = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A global /u scan never starts inside a surrogate pair.
    if ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) || (c >= 0x100 && !(isLowSurrogate(c) && isHighSurrogate(prev)))) {
      if (prev === -1 || !latinLetter(prev)) at.push(i);
    }
    prev = c;
  }
  const caps = { text, at, count: at.length };
  // A post, its sentences and the copies the names scan reads: with four, a tweet's pushed each
  // other out within one analysis.
  if (cache.unshift(caps) > (cache === CAPS ? 8 : 4)) cache.pop();
  return caps;
}

function byCapitals(text: string, re: RegExp, sticky: RegExp, out: RegExpExecArray[]): RegExpExecArray[] {
  const { at, count } = capitalsOf(text);
  let cursor = re.lastIndex;
  // Under /u a scan from inside a surrogate pair starts at the pair.
  if (cursor > 0 && isLowSurrogate(text.charCodeAt(cursor)) && isHighSurrogate(text.charCodeAt(cursor - 1))) cursor--;
  // The first place at or after the cursor (a binary search: the cursor may start anywhere).
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid]! < cursor) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < count; k++) {
    const p = at[k]!;
    if (p < cursor) continue;
    sticky.lastIndex = p;
    const m = sticky.exec(text);
    if (m) {
      out.push(m);
      cursor = m[0].length ? p + m[0].length : advance(text, p, true);
    }
  }
  return out;
}
