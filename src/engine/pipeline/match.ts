import { needsOf, type Needs } from './regex-source.ts';

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

/** By source too: a regex literal inside a function is a new object on every call. */
const NEEDS_BY_SOURCE = new Map<string, Needs | null>();

function needs(re: RegExp): Needs | null {
  let n = NEEDS.get(re);
  if (n === undefined) {
    const key = `${re.flags}/${re.source}`;
    n = NEEDS_BY_SOURCE.get(key);
    if (n === undefined) {
      n = needsOf(re.source, re.flags);
      if (n && n.digits === 0 && n.chars.length === 0) n = null;
      NEEDS_BY_SOURCE.set(key, n);
    }
    NEEDS.set(re, n);
  }
  return n;
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

/** All matches of the global regex `re` in `text`, as `text.matchAll(re)` yields them. */
export function matchAll(text: string, re: RegExp): RegExpExecArray[] {
  if (!re.global) throw new TypeError('matchAll needs a global regex');
  const out: RegExpExecArray[] = [];
  if (!canMatch(text, re)) return out;
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

/**
 * matchAll(text, re) for a pattern that can only match where one of `starts` is (ascending):
 * `re` is its sticky twin (flag y), tried at those offsets alone, each match ending where the
 * next try may begin, as a scan of the whole text would. A post's few candidate offsets (the
 * capitals where a name can open) cost less to try than every position of the post.
 */
export function matchAt(text: string, re: RegExp, starts: readonly number[]): RegExpExecArray[] {
  if (!re.sticky || re.global) throw new TypeError('matchAt needs a sticky, non-global regex');
  const out: RegExpExecArray[] = [];
  if (!starts.length || !canMatch(text, re)) return out;
  let done = 0;
  for (const at of starts) {
    if (at < done) continue;
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m) continue;
    out.push(m);
    done = at + Math.max(1, m[0].length);
  }
  return out;
}

function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const c = text.charCodeAt(index);
  if (c < 0xd800 || c > 0xdbff) return index + 1;
  const d = text.charCodeAt(index + 1);
  return d >= 0xdc00 && d <= 0xdfff ? index + 2 : index + 1;
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
