import { Parser, type Item } from './regex-source.ts';
import { wordHash } from './words.ts';
import { matchAll } from './match.ts';

// A cue list is a long alternation of words and phrases ("\b(?:last night|tonight|...)\b") run
// over the folded post. As regexes, the dozen long lists cost more inside the engine than alone
// (their compiled code crowds the caches when hundreds of other patterns run around them), and
// most of their entries are plain phrases. A PhraseList answers the same question without the
// regex for those entries: each phrase is filed under its first word, the post is split into
// words once, and only the phrases filed under a post's words are compared with the text. The
// entries that are not plain (stems like "chemo\w*", lookarounds, \s, digits) stay in a smaller
// regex. The matches are exactly the regex's: same starts, same ends, the same entry winning
// where several could (a test holds every list to its regex on the corpus and on every phrase).

/** A phrase of one list; `rank` orders every list's phrases as its regex tries them. */
interface Phrase { list: number; rank: number; text: string; endBoundary: boolean; spaced: boolean }

/** A phrase's "\s": any one whitespace character, where a written space is only a space. */
const WS = '\uffff';
const SPACE = /^\s$/u;
/** Whether `phrase` is at `i` in `text`, its WS standing for any character \s matches. */
function spacedAt(text: string, i: number, phrase: string): boolean {
  if (i + phrase.length > text.length) return false;
  for (let k = 0; k < phrase.length; k++) {
    const c = text[i + k]!;
    if (phrase[k] === WS ? !SPACE.test(c) : c !== phrase[k]) return false;
  }
  return true;
}

/** ASCII \w: cue lists run without the i flag on folded text, where \b is ASCII. */
function isWord(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 95;
}

function pairOf(first: number, second: number): number {
  return (Math.imul(first, 0x9e3779b1) ^ second) & 0x3fffffff;
}

// Every list's phrases sit in one index, so that a post's words are looked up once for all the
// lists (the signals stage reads most of them on every post). A phrase whose second word is
// whole is filed under its first two words, the others under their first word alone: "on", "a"
// and "the" open a hundred phrases each, and only the few that go on with the post's next word
// are compared with the text. Two words that share a hash only cost a comparison that fails.
const BY_WORD = new Map<number, Phrase[]>();
const BY_PAIR = new Map<number, Phrase[]>();
let lists = 0;
let ranks = 0;

/** Where each list's winning phrases start and end in one text (the last one scanned). */
interface Found { text: string; lists: number; at: number[][]; ends: number[][] }
let lastFound: Found | undefined;
const NONE: number[] = [];
const NO_MATCHES: RegExpExecArray[] = [];

function phrasesIn(text: string): Found {
  if (lastFound?.text === text && lastFound.lists === lists) return lastFound;
  const starts: number[] = [];
  const hashes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!isWord(text.charCodeAt(i))) continue;
    let j = i + 1;
    while (j < text.length && isWord(text.charCodeAt(j))) j++;
    starts.push(i);
    hashes.push(wordHash(text, i, j));
    i = j;
  }
  const at: number[][] = [];
  const ends: number[][] = [];
  const fits: Phrase[] = [];
  for (let w = 0; w < starts.length; w++) {
    const i = starts[w]!;
    fit(text, i, BY_WORD.get(hashes[w]!), fits);
    if (w + 1 < starts.length) fit(text, i, BY_PAIR.get(pairOf(hashes[w]!, hashes[w + 1]!)), fits);
    if (!fits.length) continue;
    // Per list, the phrase its regex would try first among those that fit (ranks run list by list).
    fits.sort((a, b) => a.rank - b.rank);
    let done = -1;
    for (const ph of fits) {
      if (ph.list === done) continue;
      done = ph.list;
      (at[ph.list] ??= []).push(i);
      (ends[ph.list] ??= []).push(i + ph.text.length);
    }
    fits.length = 0;
  }
  return (lastFound = { text, lists, at, ends });
}

/** Adds to `fits` the first phrase of each list in `phrases` (in rank order) that matches at `i`. */
function fit(text: string, i: number, phrases: Phrase[] | undefined, fits: Phrase[]): void {
  if (!phrases) return;
  let done = -1;
  for (const ph of phrases) {
    if (ph.list === done || !(ph.spaced ? spacedAt(text, i, ph.text) : text.startsWith(ph.text, i))) continue;
    const e = i + ph.text.length;
    if (ph.endBoundary && isWord(text.charCodeAt(e - 1)) === isWord(text.charCodeAt(e))) continue;
    fits.push(ph);
    done = ph.list;
  }
}

const MAX_FORMS = 256;

/**
 * Every string an alternative can match, in the order the regex tries them (a greedy "?" tries
 * with, then without), or null when it is not a finite set of plain strings.
 */
export function forms(seq: Item[], source: string): string[] | null {
  let out = [''];
  for (const item of seq) {
    const quant = source.slice(item.at + item.src.length, item.end);
    let own: string[] | null;
    if (item.kind === 'char') own = [item.src];
    else if (item.kind === 'esc') own = item.src === '\\s' ? [WS] : /^\\[^\w\s]$/.test(item.src) ? [item.src[1]!] : null;
    else if (item.kind === 'class') own = classForms(item.src);
    else if (item.kind === 'group' && item.src.startsWith('(?:')) {
      own = [];
      for (const alt of item.alts!) {
        const f = forms(alt, source);
        if (!f) return null;
        own.push(...f);
      }
    } else return null;
    if (!own) return null;
    if (quant === '?') own = [...own, ''];
    else if (quant === '??') own = ['', ...own];
    else if (quant !== '') return null;
    const next: string[] = [];
    for (const a of out) for (const b of own) next.push(a + b);
    if (next.length > MAX_FORMS) return null;
    out = next;
  }
  return out;
}

/** "[sz]" as ["s", "z"]; null for ranges, negations and escapes. */
function classForms(src: string): string[] | null {
  const body = src.slice(1, -1);
  if (!body || body.startsWith('^') || body.includes('\\') || /.-./u.test(body) || /[^\x00-\x7f]/.test(body)) return null;
  return [...body];
}

/**
 * The regex's alternatives at top level, with "\b(?:a|b)X\b" spread into "\baX\b", "\bbX\b"
 * (which match the same, tried in the same order), each with its plain forms when it has them.
 * `src` is a unit's source without its "\b" ends, so that neighbours from one group can be
 * grouped again.
 */
interface Unit { src: string; group: number; forms: PlainForm[] | null }
function units(source: string): Unit[] {
  const p = new Parser(source);
  const top = p.alternatives();
  if (p.i !== source.length) throw new Error(`PhraseList: cannot read ${source.slice(0, 60)}`);
  const out: Unit[] = [];
  const srcOf = (seq: Item[]) => (seq.length ? source.slice(seq[0]!.at, seq[seq.length - 1]!.end) : '');
  const plain = (seq: Item[]) => (seq[0]?.src === '\\b' && seq.length > 1 ? plainForms(seq, source) : null);
  for (const [n, seq] of top.entries()) {
    const [b1, g] = seq;
    const b2 = seq[seq.length - 1];
    const spread = seq.length >= 3 && b1!.src === '\\b' && b2!.src === '\\b' && b2!.end === b2!.at + 2
      && g!.kind === 'group' && g!.src.startsWith('(?:') && g!.end === g!.at + g!.src.length;
    if (!spread) { out.push({ src: srcOf(seq), group: -1, forms: plain(seq) }); continue; }
    const tail = seq.slice(2, -1);
    const each = g!.alts!.map((alt) => ({ src: `${srcOf(alt)}${srcOf(tail)}`, group: n, forms: plain([b1!, ...alt, ...tail, b2!]) }));
    // Spread only when it frees a phrase: otherwise the rest would hold the tail once per entry.
    if (each.some((u) => u.forms)) out.push(...each);
    else out.push({ src: srcOf(seq), group: -1, forms: null });
  }
  return out;
}

/** Every list built, so that a test can hold each to its regex. */
export const PHRASE_LISTS: PhraseList[] = [];

export class PhraseList {
  private readonly id = lists++;
  /** The entries that are not plain phrases, in their order, or null when there are none. */
  readonly rest: RegExp | null;
  /** How many entries became phrases, and how many stayed in `rest` (for the tests). */
  readonly counts = { phrases: 0, rest: 0 };
  /** Every phrase, so that a test can put each in odd company. */
  readonly phrases: string[] = [];

  /**
   * `source` as cueRe reads it (folded), and the flags of its regex. That regex (`whole`) is only
   * built when it must decide between a phrase and a rest entry, which is rare: reading a long
   * list's source once here, and not a second time to build it, keeps the engine's import short.
   */
  constructor(private readonly source: string, private readonly flags: string, restOf: (src: string) => RegExp) {
    PHRASE_LISTS.push(this);
    // The rest keeps the list's shape, "\b(?:a|b)\b", for the entries of one group that stay
    // next to each other: a "\b" before every entry hid their first characters from V8.
    const rest: Array<{ src: string; group: number }> = [];
    for (const { src, group, forms: f } of units(source)) {
      if (!f) {
        const last = rest[rest.length - 1];
        if (group >= 0 && last?.group === group) last.src += `|${src}`;
        else rest.push({ src, group });
        this.counts.rest++;
        continue;
      }
      this.counts.phrases++;
      for (const { text, endBoundary } of f) {
        const first = wordHash(text, 0, /^\w+/.exec(text)![0].length);
        const second = secondWord(text, endBoundary);
        const [index, key] = second === undefined ? [BY_WORD, first] : [BY_PAIR, pairOf(first, second)];
        const list = index.get(key) ?? index.set(key, []).get(key)!;
        list.push({ list: this.id, rank: ranks++, text, endBoundary, spaced: text.includes(WS) });
        this.phrases.push(text.replaceAll(WS, ' '));
      }
    }
    this.rest = rest.length ? restOf(rest.map((r) => (r.group >= 0 ? `\\b(?:${r.src})\\b` : r.src)).join('|')) : null;
  }

  /** Every match of the regex in `text` (as matchAll would give it), as [start, end] pairs. */
  scan(text: string): Array<[number, number]> {
    const found = phrasesIn(text);
    const at = found.at[this.id] ?? NONE;
    const ends = found.ends[this.id] ?? NONE;
    // Merge with the rest's matches as one scan would: the leftmost match wins; where a phrase
    // and a rest entry start at the same place, the whole regex decides which comes first.
    // The rest's matches come from one scan, which stays valid while the merged scan is not
    // ahead of it; where a phrase took text the rest had matched, the rest is scanned again from there.
    let rest = this.rest ? matchAll(text, this.rest) : NO_MATCHES;
    const out: Array<[number, number]> = [];
    let cursor = 0;
    let i = 0;
    let r = 0;
    for (;;) {
      while (i < at.length && at[i]! < cursor) i++;
      if (r < rest.length && rest[r]!.index < cursor) {
        rest = this.restFrom(text, cursor);
        r = 0;
      }
      const pl = i < at.length ? at[i]! : Infinity;
      const pr = r < rest.length ? rest[r]!.index : Infinity;
      if (pl === Infinity && pr === Infinity) return out;
      let s: number;
      let e: number;
      if (pl < pr) {
        s = pl;
        e = ends[i]!;
      } else if (pr < pl) {
        s = pr;
        e = pr + rest[r]![0].length;
        r++;
      } else {
        // A phrase and a rest entry start at the same place: the whole regex knows which it tries first.
        const sticky = (this.sticky ??= new RegExp(this.source, `${this.flags.replace('g', '')}y`));
        sticky.lastIndex = s = pl;
        e = s + sticky.exec(text)![0].length;
      }
      out.push([s, e]);
      cursor = e > s ? e : s + 1;
    }
  }

  /**
   * Whether the regex matches `text` anywhere (its test). A phrase that fits is a match where it
   * starts, whichever entry the regex would take there; without one, only the rest can match.
   */
  test(text: string): boolean {
    if (phrasesIn(text).at[this.id] !== undefined) return true;
    const re = this.rest;
    if (!re) return false;
    re.lastIndex = 0;
    const found = re.test(text);
    re.lastIndex = 0;
    return found;
  }

  private sticky: RegExp | undefined;

  /** The list as one global regex: what scan must match, for the tests. */
  get whole(): RegExp {
    return new RegExp(this.source, this.flags);
  }

  private restFrom(text: string, from: number): RegExpExecArray[] {
    const re = this.rest!;
    re.lastIndex = from;
    const found = matchAll(text, re);
    re.lastIndex = 0;
    return found;
  }
}

/**
 * "\b phrase \b" (or "\b phrase"): its forms when each starts with a word character and can
 * only match a whole first word of the text, so that filing it under that word finds it.
 */
interface PlainForm { text: string; endBoundary: boolean }
function plainForms(seq: Item[], source: string): PlainForm[] | null {
  const endBoundary = seq[seq.length - 1]!.src === '\\b';
  const body = seq.slice(1, endBoundary ? -1 : undefined);
  if (body.some((it) => it.kind === 'assert')) return null;
  const f = forms(body, source);
  if (!f) return null;
  const out: PlainForm[] = [];
  for (const text of f) {
    const first = /^\w+/.exec(text);
    // Without a boundary after it, "admis" would match inside "admission": not a whole word.
    if (!first || (!endBoundary && first[0].length === text.length)) return null;
    out.push({ text, endBoundary });
  }
  return out;
}

/**
 * The hash of a phrase's second word, when the text's word there must be exactly that word: it
 * is followed by a non-word character in the phrase, or by the boundary that ends the phrase.
 */
function secondWord(text: string, endBoundary: boolean): number | undefined {
  const m = /^\w+\W+(\w+)(\W|$)/.exec(text);
  if (!m || (m[2] === '' && !endBoundary)) return undefined;
  const from = m[0].length - m[1]!.length - m[2]!.length;
  return wordHash(text, from, from + m[1]!.length);
}
