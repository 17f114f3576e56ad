import { Parser, type Item } from './regex-source.ts';
import { wordHash } from './words.ts';
import { forms } from './phrase-list.ts';

// A long alternation of whole words, "(?<![\p{L}\p{N}_])(?:nurse|farmer|...)(?![\p{L}\p{N}_])",
// costs tens of microseconds a call inside the engine where it costs one alone: with hundreds of
// other patterns run around it, V8 keeps running it from its slow form. A WordList answers the
// same question by lookup: each plain entry is filed under its first word, and at each word start
// of the text only the entries filed under that word are compared. The entries that are not plain
// words ("\d{1,3}\s?/\s?[mf]") stay small regexes, tried only where their first character can be,
// and a letter-run guess ("\p{L}{3,}(?:er|ist)") is read from the word's ending. At each start the
// entry the regex would take is taken: the first in the list's order that matches there.

const NOT_WORD = 1;
const WORD = 2;
const LETTER = 3;
/**
 * What each UTF-16 unit is, filled in as met (0: not yet read): reading a character's class with
 * a small regex costs about a microsecond inside the engine, and a post's words are read often.
 */
const KINDS = new Uint8Array(0x10000);
const ASTRAL = new Map<number, number>();
function kindOf(ch: string): number {
  return /\p{L}/u.test(ch) ? LETTER : /[\p{N}_]/u.test(ch) ? WORD : NOT_WORD;
}
/** What the code point at `i` is (a surrogate pair read whole): a letter, another word character (a digit, "_"), or neither. */
function kindAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? LETTER : (c >= 48 && c <= 57) || c === 95 ? WORD : NOT_WORD;
  if (Number.isNaN(c)) return NOT_WORD;
  if (c >= 0xd800 && c <= 0xdbff) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) {
      let k = ASTRAL.get(cp);
      if (k === undefined) ASTRAL.set(cp, (k = kindOf(String.fromCodePoint(cp))));
      return k;
    }
  }
  return KINDS[c] || (KINDS[c] = kindOf(String.fromCharCode(c)));
}
/** Whether the code point at `i` is a letter, a number or "_": [\p{L}\p{N}_]. */
export function isWordAt(text: string, i: number): boolean {
  return kindAt(text, i) !== NOT_WORD;
}
/** Whether the code point that ends just before `i` is a letter, digit or "_" (what a lookbehind reads). */
function isWordBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = text.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return isWordAt(text, i - 2);
  }
  return isWordAt(text, i - 1);
}
/** Where the code point at `i` ends. */
export function nextCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return i + 2;
  }
  return i + 1;
}

interface Entry { rank: number; text: string }
/** An entry that is not plain: a letter-run guess ("\p{L}{3,}(?:er|or)") or a small regex. */
interface Rest {
  rank: number;
  /** The characters that may open it (UTF-16 units), or null for "\d" (or a guess). */
  opens: Set<number> | null;
  /** A guess: the fewest letters before an ending, the endings by their last character. */
  guess?: { min: number; endings: Map<number, string[]>; shortest: number };
  re?: RegExp;
}


/** A match: where it starts and ends, and which alternative of the list it is (0 for the first). */
export interface WordMatch { index: number; end: number; rank: number }

/** Every list built, so that a test can hold each to its regex. */
export const WORD_LISTS: WordList[] = [];

export class WordList {
  /** Every plain form, so that a test can put each in odd company. */
  readonly forms: string[] = [];
  /** How many alternatives the list has. */
  readonly count: number;
  /** The plain forms by the hash of their first word; two words that share a hash cost a comparison that fails. */
  private readonly byFirst = new Map<number, Entry[]>();
  private readonly rest: Rest[] = [];

  /** `source`: the alternation, as it sits in "(?<![\p{L}\p{N}_])(?:source)(?![\p{L}\p{N}_])" run with the u flag. */
  constructor(readonly source: string) {
    WORD_LISTS.push(this);
    const p = new Parser(source);
    const alts = p.alternatives();
    if (p.i !== source.length) throw new Error(`WordList: cannot read ${source.slice(0, 60)}`);
    this.count = alts.length;
    alts.forEach((seq, rank) => {
      const src = seq.length ? source.slice(seq[0]!.at, seq[seq.length - 1]!.end) : '';
      const plain = forms(seq, source);
      if (plain && plain.every((f) => f !== '' && isWordAt(f, 0) && !f.includes('\uffff'))) {
        for (const text of plain) {
          this.forms.push(text);
          let j = 0;
          while (j < text.length && isWordAt(text, j)) j = nextCharAt(text, j);
          const key = wordHash(text, 0, j);
          // A "?" spells two forms of one entry: never both a match at one place, so one rank serves.
          (this.byFirst.get(key) ?? this.byFirst.set(key, []).get(key)!).push({ rank, text });
        }
        return;
      }
      const guess = /^\\p\{L\}\{(\d+),\}\(\?:(\p{L}+(?:\|\p{L}+)*)\)$/u.exec(src);
      if (guess) {
        const endings = new Map<number, string[]>();
        for (const e of guess[2]!.split('|')) (endings.get(e.charCodeAt(e.length - 1)) ?? endings.set(e.charCodeAt(e.length - 1), []).get(e.charCodeAt(e.length - 1))!).push(e);
        const shortest = Math.min(...guess[2]!.split('|').map((e) => e.length));
        this.rest.push({ rank, opens: null, guess: { min: Number(guess[1]), endings, shortest } });
        return;
      }
      const first = opening(seq[0], source);
      // Only words are tried: an entry that may open on anything else could match where none starts.
      if (first === null || (first !== 'digits' && !first.every((c) => isWordAt(c, 0)))) throw new Error(`WordList: cannot tell how ${src} opens`);
      this.rest.push({
        rank,
        opens: first === 'digits' ? null : new Set(first.map((c) => c.charCodeAt(0))),
        re: new RegExp(String.raw`(?:${src})(?![\p{L}\p{N}_])`, 'uy'),
      });
    });
  }

  /** The first match at or after `from`, as the regex's exec with lastIndex `from` would give it. */
  exec(text: string, from = 0): WordMatch | null {
    for (let i = Math.max(0, from); i < text.length; ) {
      if (!isWordAt(text, i)) {
        i = nextCharAt(text, i);
        continue;
      }
      let j = i;
      let letters = true;
      let hash = 0;
      for (let k; j < text.length && (k = kindAt(text, j)) !== NOT_WORD; ) {
        if (k !== LETTER) letters = false;
        const n = nextCharAt(text, j);
        for (; j < n; j++) hash = (Math.imul(hash, 31) + text.charCodeAt(j)) & 0x3fffffff;
      }
      if (!isWordBefore(text, i)) {
        const m = this.at(text, i, j, letters, hash);
        if (m) return m;
      }
      i = j;
    }
    return null;
  }

  /** Whether the list matches anywhere in `text`. */
  test(text: string): boolean {
    return this.exec(text) !== null;
  }

  /**
   * The entry the regex takes at word start `i`, if any: the word runs to `j`, all letters or
   * not, and `hash` is its key.
   */
  private at(text: string, i: number, j: number, letters: boolean, hash: number): WordMatch | null {
    let rank = Infinity;
    let end = -1;
    const entries = this.byFirst.get(hash);
    if (entries) {
      for (const e of entries) {
        if (e.rank >= rank) break;
        const to = i + e.text.length;
        if (text.startsWith(e.text, i) && !isWordAt(text, to)) {
          rank = e.rank;
          end = to;
        }
      }
    }
    for (const r of this.rest) {
      if (r.rank >= rank) break;
      if (r.guess) {
        // Letters up to a character that is no word character: the whole word, all letters.
        if (letters && guessed(text, i, j, r.guess)) return { index: i, end: j, rank: r.rank };
        continue;
      }
      const c = text.charCodeAt(i);
      if (r.opens ? !r.opens.has(c) : !(c >= 48 && c <= 57)) continue;
      r.re!.lastIndex = i;
      const m = r.re!.exec(text);
      if (m) return { index: i, end: i + m[0].length, rank: r.rank };
    }
    return end < 0 ? null : { index: i, end, rank };
  }
}

/** Whether the word of letters from `i` to `j` is "\p{L}{min,}(?:endings)". */
function guessed(text: string, i: number, j: number, g: NonNullable<Rest['guess']>): boolean {
  if (j - i < g.min + g.shortest) return false;
  const endings = g.endings.get(text.charCodeAt(j - 1));
  if (!endings) return false;
  for (const e of endings) {
    if (j - e.length - i >= g.min && text.startsWith(e, j - e.length) && [...text.slice(i, j - e.length)].length >= g.min) return true;
  }
  return false;
}

/** The characters an entry can open with ('digits' for "\d"), or null when it cannot be told. */
function opening(item: Item | undefined, source: string): string[] | 'digits' | null {
  if (!item || item.min === 0) return null;
  if (item.kind === 'esc' && item.src === '\\d') return 'digits';
  const f = forms([{ ...item, end: item.at + item.src.length }], source);
  return f && f.every((c) => c.length === 1) ? f : null;
}

/** What the i flag with u compares a letter by, for the letters a list holds: its lower case, and "s" for "ſ". */
const HASH_BASE = 0x01000193;
const CASE_CODES = new Uint16Array(0x10000);
/** caseKey's one UTF-16 unit, as a number (read once per character code). */
function caseCode(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  return CASE_CODES[c] || (CASE_CODES[c] = caseKey(c).charCodeAt(0));
}

function caseKey(c: number): string {
  if (c < 128) return String.fromCharCode(c >= 65 && c <= 90 ? c + 32 : c);
  if (c === 0x17f) return 's';
  const ch = String.fromCharCode(c);
  const low = ch.toLowerCase();
  return low.length === 1 ? low : ch;
}

/**
 * A cheap test that a case-blind list of words (run with the i and u flags) cannot match: its
 * entries' last words, each a run of letters. Where such an entry matches, followed by no letter
 * or by an "s" and no letter, the word of the text that ends there ends with the entry's last
 * word, however the entry starts. So when no word in a stretch of text ends that way, a pattern
 * that needs an entry to end there need not run.
 */
export class LastWords {
  private readonly last = new Set<string>();
  /** The hash of every entry of `last` (kept to 30 bits, a small integer in V8): a word's endings are looked up by number, without a string each. */
  private readonly hashes = new Set<number>();
  private shortest = Infinity;
  /** The most spaces an entry holds. */
  spaces = 0;

  /** `source`: the alternation, all of it plain words and phrases ("nurse|bus driver|twins?"). */
  constructor(source: string) {
    const p = new Parser(source);
    const alts = p.alternatives();
    if (p.i !== source.length) throw new Error(`LastWords: cannot read ${source.slice(0, 60)}`);
    for (const seq of alts) {
      const plain = forms(seq, source);
      if (!plain) throw new Error(`LastWords: not plain: ${source.slice(seq[0]!.at, seq[seq.length - 1]!.end)}`);
      for (const f of plain) {
        let k = f.length;
        while (k > 0 && kindAt(f, k - 1) === LETTER) k--;
        if (k === f.length) throw new Error(`LastWords: no last word in ${f}`);
        const word = [...f.slice(k)].map((ch) => caseKey(ch.charCodeAt(0))).join('');
        this.last.add(word);
        let h = 0;
        let pow = 1;
        for (let i = word.length - 1; i >= 0; i--) {
          h = (h + Math.imul(word.charCodeAt(i), pow)) & 0x3fffffff;
          pow = Math.imul(pow, HASH_BASE);
        }
        this.hashes.add(h);
        this.spaces = Math.max(this.spaces, f.split(/[ \uffff]/u).length - 1);
        this.shortest = Math.min(this.shortest, word.length);
      }
    }
  }

  /** Whether the word of letters that ends at `end` of `text` ends with an entry's last word, or with one and an "s". */
  endsAt(text: string, end: number): boolean {
    let start = end;
    while (start > 0 && isLetterBefore(text, start)) start--;
    if (end - start < this.shortest) return false;
    return this.endingIn(text, start, end) || (caseCode(text.charCodeAt(end - 1)) === 115 && this.endingIn(text, start, end - 1));
  }

  /**
   * Whether text[start, end), case-keyed, ends with an entry (one at least `shortest` long). Its
   * endings are hashed from the last character back, and only an ending whose hash an entry has
   * is made a string and looked up: building every ending as a string (a dozen words before
   * each age) cost more than the age's other tests.
   */
  private endingIn(text: string, start: number, end: number): boolean {
    let h = 0;
    let pow = 1;
    for (let i = end - 1; i >= start; i--) {
      h = (h + Math.imul(caseCode(text.charCodeAt(i)), pow)) & 0x3fffffff;
      pow = Math.imul(pow, HASH_BASE);
      if (end - i < this.shortest || !this.hashes.has(h)) continue;
      let key = '';
      for (let j = i; j < end; j++) key += caseKey(text.charCodeAt(j));
      if (this.last.has(key)) return true;
    }
    return false;
  }

  /** Whether any word of letters that ends between `from` and `to` (the end of one, or of `text`) passes endsAt. */
  within(text: string, from: number, to: number): boolean {
    const stop = Math.min(to, text.length);
    for (let j = Math.max(1, from); j <= stop; j++) {
      if (isLetterBefore(text, j) && (j === text.length || !isLetterAt(text, j)) && this.endsAt(text, j)) return true;
    }
    return false;
  }
}

function isLetterAt(text: string, i: number): boolean {
  return kindAt(text, i) === LETTER;
}
/** Whether the UTF-16 unit before `i` is part of a letter (a surrogate pair read whole). */
function isLetterBefore(text: string, i: number): boolean {
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = text.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return kindAt(text, i - 2) === LETTER;
  }
  return kindAt(text, i - 1) === LETTER;
}
