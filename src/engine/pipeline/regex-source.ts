// JavaScript's \b only knows ASCII word characters, so "\bopéré\b" never matches "opéré ".
// Lexicon patterns therefore use a Unicode-aware boundary built from lookarounds. Written
// naively that boundary is two lookbehinds and two lookaheads on \p{L} at every position
// the regex tries, which made it the engine's single biggest cost. Most boundaries sit in
// front of a word character ("\b(\d{1,3}) ...", "\b(?:aged?|âgée?)"): there only "no word
// character before" can hold. That one lookbehind is cheap: V8 still skips ahead on the
// characters that follow it. (A lookahead on those characters in front of it, tried once,
// made V8 run the lookahead at every position instead: the date pattern took 4 times as
// long on a tweet.) This module proves, from the pattern's own syntax, when that shortcut
// is exact, and otherwise keeps the full boundary.

const WORD_CLASS = String.raw`[\p{L}\p{N}_]`;
/** The boundary as a plain regex fragment; exact in every position. */
export const UNICODE_BOUNDARY = String.raw`(?:(?<!${WORD_CLASS})(?=${WORD_CLASS})|(?<=${WORD_CLASS})(?!${WORD_CLASS}))`;
/** Only "start of a word": exact when the next character consumed is a word character. */
const WORD_START = String.raw`(?<!${WORD_CLASS})`;
/** Only "end of a word": exact when the character just consumed is a word character. */
const WORD_END = String.raw`(?!${WORD_CLASS})`;

const IS_WORD = /^[\p{L}\p{N}_]$/u;
/** Property escapes whose every member is a word character. */
const WORD_PROPS = new Set(['L', 'Lu', 'Ll', 'Lt', 'Lm', 'Lo', 'N', 'Nd', 'Nl', 'No', 'Letter', 'Number']);

export interface Item {
  kind: 'char' | 'esc' | 'class' | 'group' | 'look' | 'assert' | 'other';
  /** Source text of the atom (without quantifier). */
  src: string;
  /** Offset of the atom in the pattern. */
  at: number;
  /** Offset just past the atom and its quantifier. */
  end: number;
  min: number;
  alts?: Item[][];
}

/** What the rest of a sequence can start with: class fragments, or null when unknown. */
interface First { frags: string[] | null; word: boolean; nullable: boolean }

const QUANTIFIER = /\{(\d+)(?:,\d*)?\}/y;

export class Parser {
  i = 0;
  constructor(readonly s: string) {}

  alternatives(): Item[][] {
    const alts: Item[][] = [[]];
    while (this.i < this.s.length) {
      const c = this.s[this.i]!;
      if (c === ')') break;
      if (c === '|') { this.i++; alts.push([]); continue; }
      alts[alts.length - 1]!.push(this.item());
    }
    return alts;
  }

  item(): Item {
    const s = this.s;
    const at = this.i;
    const c = s[at]!;
    let item: Item;
    if (c === '\\') {
      const e = s[at + 1]!;
      let end = at + 2;
      if ((e === 'p' || e === 'P' || (e === 'u' && s[at + 2] === '{')) && s.indexOf('}', at) !== -1) end = s.indexOf('}', at) + 1;
      else if (e === 'u') end = at + 6;
      else if (e === 'x') end = at + 4;
      else if (e === 'c') end = at + 3;
      else if (e === 'k') end = s.indexOf('>', at) + 1;
      this.i = end;
      const src = s.slice(at, end);
      item = { kind: e === 'b' || e === 'B' ? 'assert' : 'esc', src, at, end: 0, min: 1 };
    } else if (c === '[') {
      let j = at + 1;
      while (j < s.length && s[j] !== ']') j += s[j] === '\\' ? 2 : 1;
      this.i = j + 1;
      item = { kind: 'class', src: s.slice(at, j + 1), at, end: 0, min: 1 };
    } else if (c === '(') {
      let j = at + 1;
      let look = false;
      if (s[j] === '?') {
        if (s[j + 1] === ':') j += 2;
        else if (s[j + 1] === '=' || s[j + 1] === '!') { j += 2; look = true; }
        else if (s[j + 1] === '<' && (s[j + 2] === '=' || s[j + 2] === '!')) { j += 3; look = true; }
        else if (s[j + 1] === '<') j = s.indexOf('>', j) + 1;
      }
      this.i = j;
      const alts = this.alternatives();
      this.i++; // ')'
      item = { kind: look ? 'look' : 'group', src: s.slice(at, this.i), at, end: 0, min: 1, alts };
    } else if (c === '^' || c === '$') {
      this.i++;
      item = { kind: 'assert', src: c, at, end: 0, min: 1 };
    } else if (c === '.') {
      this.i++;
      item = { kind: 'other', src: c, at, end: 0, min: 1 };
    } else {
      const ch = String.fromCodePoint(s.codePointAt(at)!);
      this.i += ch.length;
      item = { kind: 'char', src: ch, at, end: 0, min: 1 };
    }
    this.quantifier(item);
    item.end = this.i;
    return item;
  }

  quantifier(item: Item) {
    const s = this.s;
    const q = s[this.i];
    if (q === '?' || q === '*') { item.min = 0; this.i++; }
    else if (q === '+') this.i++;
    else if (q === '{') {
      // Sticky, not a slice: a lexicon's source is tens of thousands of characters.
      QUANTIFIER.lastIndex = this.i;
      const m = QUANTIFIER.exec(s);
      if (!m) return;
      item.min = Number(m[1]);
      this.i += m[0].length;
    } else return;
    if (s[this.i] === '?') this.i++;
  }
}

/** A class body made safe to concatenate with others inside one [...]. */
function classBody(body: string): string {
  let b = body;
  if (b.startsWith('-')) b = `\\${b}`;
  // A trailing unescaped '-' would join the next fragment into a range.
  if (b.endsWith('-') && !b.endsWith('\\-')) b = `${b.slice(0, -1)}\\-`;
  return b;
}

function charFrag(ch: string): string {
  return /[\\\]\[^-]/.test(ch) ? `\\${ch}` : ch;
}

/** Whether every character a class body can match is a word character. */
function classIsWord(body: string): boolean {
  let i = 0;
  const chars: Array<number | 'word' | 'other'> = [];
  while (i < body.length) {
    if (body[i] === '\\') {
      const e = body[i + 1]!;
      if (e === 'd' || e === 'w') { chars.push('word'); i += 2; continue; }
      if (e === 'p') {
        const end = body.indexOf('}', i);
        chars.push(WORD_PROPS.has(body.slice(i + 3, end)) ? 'word' : 'other');
        i = end + 1;
        continue;
      }
      return false; // other escapes: not worth proving
    }
    const cp = body.codePointAt(i)!;
    chars.push(cp);
    i += cp > 0xffff ? 2 : 1;
  }
  for (let k = 0; k < chars.length; k++) {
    const c = chars[k]!;
    if (c === 'other') return false;
    if (c === 'word') continue;
    if (chars[k + 1] === 45 /* - */ && typeof chars[k + 2] === 'number') {
      const to = chars[k + 2] as number;
      if (to - c > 0x3000) return false;
      for (let x = c; x <= to; x++) if (!IS_WORD.test(String.fromCodePoint(x))) return false;
      k += 2;
      continue;
    }
    if (!IS_WORD.test(String.fromCodePoint(c))) return false;
  }
  return true;
}

function firstOfAtom(item: Item): First {
  switch (item.kind) {
    case 'char':
      return { frags: [charFrag(item.src)], word: IS_WORD.test(item.src), nullable: false };
    case 'esc': {
      const e = item.src[1]!;
      if (e === 'd' || e === 'w') return { frags: [item.src], word: true, nullable: false };
      if (e === 'p') return { frags: [item.src], word: WORD_PROPS.has(item.src.slice(3, -1)), nullable: false };
      if (/^[1-9k]$/.test(e)) return { frags: null, word: false, nullable: true }; // back-reference
      if (e === 'u' && /^\\u[dD][89a-fA-F]/.test(item.src)) return { frags: null, word: false, nullable: false };
      return { frags: [item.src], word: false, nullable: false };
    }
    case 'class': {
      const body = item.src.slice(1, -1);
      if (body.startsWith('^') || body.length === 0) return { frags: null, word: false, nullable: false };
      return { frags: [classBody(body)], word: classIsWord(body), nullable: false };
    }
    case 'group': {
      const frags: string[] = [];
      let word = true;
      let nullable = false;
      for (const alt of item.alts!) {
        const f = firstOfSeq(alt, 0);
        if (!f.frags) return f;
        frags.push(...f.frags);
        word &&= f.word;
        nullable ||= f.nullable;
      }
      return { frags, word, nullable };
    }
    default:
      return { frags: null, word: false, nullable: false };
  }
}

/** What `seq` from index `k` on can start with. Zero-width items constrain nothing and are skipped. */
function firstOfSeq(seq: Item[], k: number): First {
  const frags: string[] = [];
  let word = true;
  for (let j = k; j < seq.length; j++) {
    const item = seq[j]!;
    if (item.kind === 'assert' || item.kind === 'look') continue;
    const f = firstOfAtom(item);
    if (!f.frags) return f;
    frags.push(...f.frags);
    word &&= f.word;
    if (item.min > 0 && !f.nullable) return { frags, word, nullable: false };
  }
  return { frags, word, nullable: true };
}

function lastOfAtom(item: Item): { word: boolean; nullable: boolean } {
  switch (item.kind) {
    case 'char':
      return { word: IS_WORD.test(item.src), nullable: false };
    case 'esc': {
      const e = item.src[1]!;
      if (e === 'd' || e === 'w') return { word: true, nullable: false };
      if (e === 'p') return { word: WORD_PROPS.has(item.src.slice(3, -1)), nullable: false };
      return { word: false, nullable: false };
    }
    case 'class': {
      const body = item.src.slice(1, -1);
      return { word: !body.startsWith('^') && body.length > 0 && classIsWord(body), nullable: false };
    }
    case 'group': {
      let word = true;
      let nullable = false;
      for (const alt of item.alts!) {
        const l = lastOfSeq(alt, alt.length - 1);
        word &&= l.word;
        nullable ||= l.nullable;
      }
      return { word, nullable };
    }
    default:
      return { word: false, nullable: false };
  }
}

/** Whether `seq` up to index `k` must end with a word character (reading backwards). */
function lastOfSeq(seq: Item[], k: number): { word: boolean; nullable: boolean } {
  for (let j = k; j >= 0; j--) {
    const item = seq[j]!;
    if (item.kind === 'assert' || item.kind === 'look') continue;
    const f = lastOfAtom(item);
    if (!f.word) return { word: false, nullable: false };
    if (item.min > 0 && !f.nullable) return { word: true, nullable: false };
  }
  return { word: true, nullable: true };
}

/**
 * `source` with every `\b` made Unicode-aware. Where the pattern itself proves that the
 * next character consumed is a word character, the boundary is "no word character before";
 * elsewhere it is the full two-sided boundary.
 */
export function unicodeBoundaries(source: string): string {
  const edits: Edit[] = [];
  let boundaries = 0;
  const walk = (alts: Item[][]) => {
    for (const seq of alts) {
      seq.forEach((item, k) => {
        if (item.alts) walk(item.alts);
        if (item.kind !== 'assert' || item.src !== '\\b') return;
        boundaries++;
        // A quantified \b ("\b?") is legal but meaningless; leave such a pattern to the full form.
        const quantified = item.end !== item.at + 2;
        const f = firstOfSeq(seq, k + 1);
        const l = lastOfSeq(seq, k - 1);
        let text = UNICODE_BOUNDARY;
        if (quantified) text = UNICODE_BOUNDARY;
        else if (f.frags && f.word && !f.nullable) text = WORD_START;
        // After a word character only "no word character next" can hold.
        else if (l.word && !l.nullable) text = WORD_END;
        edits.push({ at: item.at, len: 2, text });
      });
    }
  };
  const p = new Parser(source);
  const alts = p.alternatives();
  if (p.i !== source.length) return source.replaceAll(String.raw`\b`, UNICODE_BOUNDARY);
  walk(alts);
  firstLooks(alts, edits);
  // The old rule was a plain text replacement of every "\b"; where that differs from the
  // parsed boundaries (a "\b" in a class, an escaped backslash), keep the old meaning.
  if (boundaries !== source.split(String.raw`\b`).length - 1) return source.replaceAll(String.raw`\b`, UNICODE_BOUNDARY);
  return edited(source, edits);
}

/**
 * The lookahead to put before an alternative that opens with a lookbehind, or undefined: the
 * lookbehind runs at every position; a lookahead on the first character the alternative must
 * then consume rejects most positions first.
 */
/**
 * Whether a group carries a quantifier ("(?:…)?"). No lookahead goes inside one: V8's optimised
 * regex code (Node 20) can skip an optional group whose alternatives open on lookaheads, so
 * "(?:(?=Z)(Z\s*)|(?=M)ME\s)?(\d{5})" reads "ME 04426" as "ME 04426" until the pattern tiers up
 * and as "04426" after it: findings would depend on how many posts the process has read.
 */
function isQuantified(item: Item): boolean {
  return item.end !== item.at + item.src.length;
}

/** lookFirst's lookahead for every alternative, at any depth outside a quantified group. */
function firstLooks(alts: Item[][], edits: Edit[], repeated = false): void {
  for (const seq of alts) {
    const look = repeated ? undefined : lookFirst(seq);
    if (look) edits.push(look);
    for (const item of seq) if (item.alts) firstLooks(item.alts, edits, repeated || isQuantified(item));
  }
}

function lookFirst(seq: Item[]): Edit | undefined {
  if (seq[0]?.kind !== 'look' || !seq[0].src.startsWith('(?<')) return undefined;
  const f = firstOfSeq(seq, 0);
  return f.frags && !f.nullable ? { at: seq[0].at, len: 0, text: `(?=[${f.frags.join('')}])` } : undefined;
}

/** Replace `len` characters at `at` with `text`. */
interface Edit { at: number; len: number; text: string }

/** `source` with its edits made, in order (an insertion, where len is 0, before a replacement at the same place). */
function edited(source: string, edits: Edit[]): string {
  edits.sort((a, b) => a.at - b.at || a.len - b.len);
  let out = '';
  let last = 0;
  for (const e of edits) {
    out += source.slice(last, e.at) + e.text;
    last = e.at + e.len;
  }
  return out + source.slice(last);
}

/**
 * `source` with a lookahead on its first character in front of every alternative that opens
 * with a lookbehind ("(?<![\p{L}\d])(?:GIR|[A-PR-UWYZ]...)" becomes "(?=[GA-PR-UWYZ])(?<!...)...").
 * The lookbehind is tried at every position of the text, and once V8 stops optimising regex
 * code (a busy page's isolate soon does), each try reads a Unicode class; the lookahead turns
 * most positions away with one small class. Exact: the character looked at is one the
 * alternative must consume first. Patterns that hold a "\b" go through unicodeBoundaries.
 */
export function firstCharLooks(source: string): string {
  const p = new Parser(source);
  const alts = p.alternatives();
  if (p.i !== source.length || source.includes(String.raw`\b`)) return source;
  const edits: Edit[] = [];
  firstLooks(alts, edits);
  return edited(source, edits);
}

/** Every pattern given to firstLooked, as written, so that a test can hold each to its looked form. */
export const FIRST_LOOK_SOURCES: RegExp[] = [];
/** `re` with firstCharLooks applied. */
export function firstLooked(re: RegExp): RegExp {
  FIRST_LOOK_SOURCES.push(re);
  return new RegExp(firstCharLooks(re.source), re.flags);
}

/** What every match of a pattern must contain: ASCII digits, and ASCII characters by code. */
export interface Needs { digits: number; chars: number[] }

const DIGIT_CLASS = /^(?:\\d|[0-9](?:-[0-9])?)+$/;

/**
 * A lower bound on what any match of `source` consumes, read from the syntax: how many ASCII
 * digits at least, and which ASCII characters always. Lookarounds and back-references
 * count for nothing, so the bound never excludes a real match. Under /i letters are left
 * out (with /iu, "k" also matches the Kelvin sign). null when the pattern does not parse.
 */
export function needsOf(source: string, flags: string): Needs | null {
  const p = new Parser(source);
  const alts = p.alternatives();
  if (p.i !== source.length) return null;
  const fold = flags.includes('i');
  const atom = (item: Item): { digits: number; chars: Set<number> } => {
    const none = { digits: 0, chars: new Set<number>() };
    switch (item.kind) {
      case 'char': {
        const c = item.src.codePointAt(0)!;
        if (c >= 0x30 && c <= 0x39) return { digits: 1, chars: new Set() };
        if (c >= 0x80 || (fold && /[a-z]/i.test(item.src))) return none;
        return { digits: 0, chars: new Set([c]) };
      }
      case 'esc': {
        if (item.src === '\\d') return { digits: 1, chars: new Set() };
        // An escaped punctuation character stands for itself.
        if (item.src.length === 2 && /[\\^$.*+?()[\]{}|/\-:@#%&,;=!<>'"~`]/.test(item.src[1]!)) {
          return { digits: 0, chars: new Set([item.src.charCodeAt(1)]) };
        }
        return none;
      }
      case 'class': {
        const body = item.src.slice(1, -1);
        return DIGIT_CLASS.test(body) ? { digits: 1, chars: new Set() } : none;
      }
      case 'group': return seqs(item.alts!);
      default: return none;
    }
  };
  const seq = (items: Item[]) => {
    let digits = 0;
    const chars = new Set<number>();
    for (const item of items) {
      if (item.min === 0) continue;
      const a = atom(item);
      digits += a.digits * item.min;
      for (const c of a.chars) chars.add(c);
    }
    return { digits, chars };
  };
  // Only what every alternative needs is needed.
  const seqs = (list: Item[][]) => {
    const each = list.map(seq);
    const chars = new Set(each[0]!.chars);
    for (const e of each.slice(1)) for (const c of chars) if (!e.chars.has(c)) chars.delete(c);
    return { digits: Math.min(...each.map((e) => e.digits)), chars };
  };
  const all = seqs(alts);
  return { digits: all.digits, chars: [...all.chars] };
}

/**
 * A lexicon's alternatives grouped by their first character: "\b(?:crash|collision|car
 * crash)" becomes "\b(?:c(?:rash|ollision|ar crash))". V8 merges alternatives that are plain
 * words by itself, but not ones with a group or a quantifier inside ("urgences?",
 * "diagnos(?:is|ed)"), and then tries each of hundreds of alternatives at every word. The
 * rewrite is exact: alternatives that start with different characters never match at the
 * same place, and those that share one keep their order, so the first that matches is the
 * same. Alternatives that start otherwise (a class, a lookaround, an optional character)
 * stay where they are and nothing moves across them. Patterns with capturing groups inside
 * the alternatives or back-references are left alone (their group numbers would move).
 */
export function factorAlternatives(source: string, flags: string): string {
  const p = new Parser(source);
  const top = p.alternatives();
  if (p.i !== source.length || /\\[1-9k]/.test(source)) return source;
  const fold = flags.includes('i');
  const edits: Array<{ at: number; end: number; text: string }> = [];
  for (const seq of top) {
    for (const item of seq) {
      if (item.kind !== 'group' || item.alts!.length < 3) continue;
      if (item.alts!.some((alt) => alt.some(capturing))) continue;
      const open = /^\((?:\?:|\?<[^>]+>)?/.exec(item.src)![0];
      const text = factored(source, item.alts!, fold);
      if (text) edits.push({ at: item.at, end: item.at + item.src.length, text: `${open}${text})` });
    }
  }
  let out = '';
  let last = 0;
  for (const e of edits) {
    out += source.slice(last, e.at) + e.text;
    last = e.end;
  }
  return out + source.slice(last);
}

function capturing(item: Item): boolean {
  if (item.kind === 'group' && (!item.src.startsWith('(?') || /^\(\?<[^=!]/.test(item.src))) return true;
  return (item.alts ?? []).some((alt) => alt.some(capturing));
}

/** The alternatives regrouped, or null when nothing would change. */
function factored(source: string, alts: Item[][], fold: boolean): string | null {
  // Runs of alternatives that open with one plain character, between those that do not.
  const parts: string[] = [];
  let run: Array<{ key: string; head: string; rest: string }> = [];
  let changed = false;
  const flush = () => {
    const buckets = new Map<string, Array<{ head: string; rest: string }>>();
    for (const a of run) (buckets.get(a.key) ?? buckets.set(a.key, []).get(a.key)!).push(a);
    for (const list of buckets.values()) {
      // Under /i "Mr" and "mr" share a bucket; their own first letters stay as written.
      const sameHead = list.every((a) => a.head === list[0]!.head);
      if (list.length > 1 && sameHead) {
        changed = true;
        parts.push(`${list[0]!.head}(?:${list.map((a) => a.rest).join('|')})`);
      } else {
        for (const a of list) parts.push(a.head + a.rest);
      }
    }
    if (buckets.size < run.length) changed = true;
    run = [];
  };
  for (const alt of alts) {
    const first = alt[0];
    const src = alt.length ? source.slice(alt[0]!.at, alt[alt.length - 1]!.end) : '';
    const plain = first && first.kind === 'char' && first.end === first.at + first.src.length && first.src.charCodeAt(0) < 0x80;
    if (!plain) {
      flush();
      parts.push(src);
      continue;
    }
    const head = first.src;
    run.push({ key: fold ? head.toLowerCase() : head, head, rest: source.slice(first.end, alt[alt.length - 1]!.end) });
  }
  flush();
  return changed ? parts.join('|') : null;
}

/**
 * Which words a match of `source` can open with, read from its syntax: for a pattern whose
 * every alternative opens with "no word character before" ((?<![\p{L}\d_]) and the like) and
 * then spells a word out ("my", "patient'?s?", "r[ée]sident(?:e|s)?"), the lower-cased first
 * words it can consume; `digits` when some alternative opens with an ASCII digit instead. A
 * match can only start where such a word starts, so those places are all a scan must try.
 * Alternatives that open otherwise are returned as `rest` (a pattern of their own, in order).
 * null when nothing is gained (no alternative reads so).
 */
export interface LeadWords {
  words: Set<string>;
  /** Openings a match may end inside of, or go on past ("doi" in "doi:", "v" in "v2"): a word need only start with one. */
  prefixes: Set<string>;
  digits: boolean;
  /** ASCII punctuation a match may open on instead of a word ("#" in "# de dossier"). */
  marks: Set<string>;
  /**
   * What counts as a word's character: 'w' [\\p{L}\\d_], 'ld' [\\p{L}\\d], 'l' \\p{L} (what the
   * opening lookbehind refuses at least), or 'ascii' [A-Za-z0-9_] for patterns that open with "\\b".
   */
  mode: WordMode;
  /**
   * How many characters (UTF-16 code units) a match may start before its opening word: an
   * optional prefix of bounded width in front of it ("4B bed 2", "3e Nord, chambre 317"), else 0.
   */
  back: number;
  rest: string | null;
}
type Leads = Omit<LeadWords, 'rest'>;
export type WordMode = 'w' | 'ld' | 'l' | 'ascii';
const MODE_WORD: Record<WordMode, RegExp> = { w: /^[\p{L}\d_]$/u, ld: /^[\p{L}\d]$/u, l: /^\p{L}$/u, ascii: /^\w$/ };
/** The widest word class a lookbehind's (or lookahead's) refused class holds. */
function modeOf(body: string): WordMode | null {
  if (!body.includes('\\p{L}')) return null;
  const digits = body.includes('\\d') || body.includes('\\p{N}');
  if (digits && body.includes('_')) return 'w';
  return digits ? 'ld' : 'l';
}
const WIDER: Record<WordMode, WordMode[]> = { w: ['w'], ld: ['w', 'ld'], l: ['w', 'ld', 'l'], ascii: ['ascii'] };

const MAX_LEADS = 4000;
const LEAD_BEHIND = /^\(\?<!\[([^\]]*)\]\)$/;

export function leadWords(source: string, flags: string): LeadWords | null {
  const p = new Parser(source);
  const top = p.alternatives();
  if (p.i !== source.length || /\\[1-9k]/.test(source)) return null;
  // Under /iu a "\\b" also counts "ſ" and the Kelvin sign as word characters: not read.
  const asciiOk = !(flags.includes('i') && (flags.includes('u') || flags.includes('v')));
  const all: Leads = { words: new Set(), prefixes: new Set(), digits: false, marks: new Set(), mode: 'w', back: 0 };
  const rest: string[] = [];
  let keyed = 0;
  for (const seq of top) {
    const got = leadsOf(seq, source, asciiOk, /[uv]/.test(flags));
    if (got && (!keyed || got.mode === all.mode)) {
      join(all, got);
      all.mode = got.mode;
      keyed++;
    } else rest.push(seq.length ? source.slice(seq[0]!.at, seq[seq.length - 1]!.end) : '');
    if (all.words.size + all.prefixes.size > MAX_LEADS) return null;
  }
  if (!keyed || rest.includes('')) return null;
  return { ...all, rest: rest.length ? rest.join('|') : null };
}

function join(into: Leads, from: Leads): void {
  for (const w of from.words) into.words.add(w);
  for (const w of from.prefixes) into.prefixes.add(w);
  into.digits ||= from.digits;
  for (const c of from.marks) into.marks.add(c);
  into.back = Math.max(into.back, from.back);
}

/** The first words one alternative can open with, or null when it does not open with a whole word. */
function leadsOf(seq: Item[], source: string, asciiOk: boolean, unicode: boolean): Leads | null {
  // A lookahead in front (firstCharLooks puts one there) only narrows where a match starts.
  if (seq[0]?.kind === 'look' && seq[0].src.startsWith('(?=') && seq[0].end === seq[0].at + seq[0].src.length) return leadsOf(seq.slice(1), source, asciiOk, unicode);
  const lead = seq[0];
  // An optional prefix of bounded width: the match opens with the words after it, or up to that width before them.
  if (lead && source.slice(lead.at + lead.src.length, lead.end) === '?') {
    const width = maxWidth(lead, source, unicode);
    const got = width === null ? null : leadsOf(seq.slice(1), source, asciiOk, unicode);
    return got && { ...got, back: got.back + width! };
  }
  // "(?:(?<!...)a|(?<!...)b)c": each alternative of an opening group, followed by the rest.
  if (lead?.kind === 'group' && lead.end === lead.at + lead.src.length) {
    const all: Leads = { words: new Set(), prefixes: new Set(), digits: false, marks: new Set(), mode: 'w', back: 0 };
    for (const [k, alt] of lead.alts!.entries()) {
      const got = leadsOf([...alt, ...seq.slice(1)], source, asciiOk, unicode);
      if (!got || (k > 0 && got.mode !== all.mode)) return null;
      join(all, got);
      all.mode = got.mode;
    }
    return all;
  }
  if (!lead || lead.end !== lead.at + lead.src.length) return null;
  // The lookbehind must refuse at least every character a scan reads as a word's.
  const ascii = asciiOk && lead.kind === 'assert' && lead.src === '\\b';
  const m = lead.kind === 'look' ? LEAD_BEHIND.exec(lead.src) : null;
  const mode: WordMode | null = ascii ? 'ascii' : m && modeOf(m[1]!);
  if (!mode) return null;
  const re = MODE_WORD[mode];
  const isWord = (c: string) => re.test(c);
  const words = new Set<string>();
  const prefixes = new Set<string>();
  let digits = false;
  const marks = new Set<string>();
  let count = 0;
  let ok = true;
  // Walks the items still to match (a stack of sequences), with the word read so far.
  const walk = (todo: Item[], prefix: string): void => {
    if (!ok) return;
    if (++count > MAX_LEADS * 4) { ok = false; return; }
    const end = () => { if (prefix) words.add(prefix); else ok = false; };
    // The match may end here with the text's word going on ("doi" in "doing"): only its start is known.
    if (!todo.length) { if (prefix) prefixes.add(prefix); else ok = false; return; }
    const [item, ...more] = todo as [Item, ...Item[]];
    const quant = source.slice(item.at + item.src.length, item.end);
    const optional = quant === '?';
    // Digits open a word a scan finds by its first character ("34 y/o", "12F").
    if (!prefix && item.min > 0 && /^(?:\\d|\[[0-9-]+\]|[0-9])$/.test(item.src)) {
      if (mode === 'l') ok = false; else digits = true;
      return;
    }
    if (quant !== '' && !optional) {
      // Only a run of non-word characters may repeat: it ends the word ("\s+", "[- ]{1,2}"),
      // or, when it may be empty ("\s*"), the word may end there or be read on.
      if (!endsWord(item, isWord)) { if (prefix) prefixes.add(prefix); else ok = false; return; }
      end();
      if (item.min === 0) walk(more, prefix);
      return;
    }
    if (optional) walk(more, prefix);
    switch (item.kind) {
      case 'look':
        // A lookahead that refuses word characters ends the word; other lookarounds only narrow.
        if (refusesWords(item.src, mode)) { end(); return; }
        if (item.src.startsWith('(?<')) { walk(more, prefix); return; }
        walk(more, prefix);
        return;
      case 'group':
        for (const alt of item.alts!) walk([...alt, ...more], prefix);
        return;
      case 'char':
      case 'esc':
      case 'class': {
        const chars = plainChars(item);
        // Punctuation first: a match opens on that character wherever it stands.
        if (!prefix && chars && chars.every((c) => /^[!-\/:-@[-`{-~]$/.test(c))) { for (const c of chars) marks.add(c); return; }
        if (endsWord(item, isWord)) { end(); return; }
        // A class past the opening ("bed\\d", "rm[a-z]"): the word starts with what was read, whatever follows.
        if (!chars) { if (prefix) prefixes.add(prefix); else ok = false; return; }
        // "t[ée]l" as ASCII reads it: "tel", or the word "t" ended by "é".
        for (const c of chars) if (isWord(c)) walk(more, prefix + c.toLowerCase()); else end();
        return;
      }
      case 'assert':
        // After a word character, an ASCII "\\b" holds only where that word ends.
        if (ascii && item.src === '\\b' && prefix) { end(); return; }
        ok = false;
        return;
      default:
        ok = false;
    }
  };
  walk(seq.slice(1), '');
  return ok ? { words, prefixes, digits, marks, mode, back: 0 } : null;
}

/** The most UTF-16 code units a match of `source` can consume under `flags`, or null when unbounded. */
export function widthOf(source: string, flags: string): number | null {
  const p = new Parser(source);
  const alts = p.alternatives();
  if (p.i !== source.length) return null;
  // A group around the whole: its items' offsets are the source's, and it has no quantifier.
  const src = `(?:${source})`;
  return maxWidth({ kind: 'group', src, at: 0, end: src.length, min: 1, alts }, source, /[uv]/.test(flags));
}

/**
 * The most UTF-16 code units a match of `item` can consume, or null when unbounded (or a
 * back-reference). Under /u every atom is counted as two: a class or a case-blind letter may
 * match an astral character.
 */
function maxWidth(item: Item, source: string, unicode: boolean): number | null {
  const quant = source.slice(item.at + item.src.length, item.end).replace(/\?$/, '');
  let times = 1;
  if (quant === '*' || quant === '+') return null;
  if (quant.startsWith('{')) {
    const m = /^\{(\d+)(?:(,)(\d*))?\}$/.exec(quant);
    if (!m || (m[2] && !m[3])) return null;
    times = Number(m[3] ?? m[1]);
  }
  let one: number | null;
  switch (item.kind) {
    case 'look':
    case 'assert':
      return 0;
    case 'group':
      one = 0;
      for (const alt of item.alts!) {
        let sum = 0;
        for (const x of alt) {
          const w = maxWidth(x, source, unicode);
          if (w === null) return null;
          sum += w;
        }
        one = Math.max(one, sum);
      }
      break;
    case 'esc':
      if (/^\\[1-9k]/.test(item.src)) return null;
      one = unicode ? 2 : 1;
      break;
    case 'char':
      one = unicode ? 2 : item.src.length;
      break;
    default:
      one = unicode ? 2 : 1;
  }
  return one * times;
}

const LOOK_AHEAD_CLASS = /^\(\?!\[([^\]]*)\]\)$/;
/** A lookahead that refuses every word character: the word ends right there. */
function refusesWords(src: string, mode: WordMode): boolean {
  if (src === String.raw`(?!\w)`) return mode === 'ascii';
  const m = LOOK_AHEAD_CLASS.exec(src);
  const refused = m && modeOf(m[1]!);
  return !!refused && WIDER[mode].includes(refused);
}

/** The characters an atom matches: one character, or a small class of them (no ranges, no escapes). */
function plainChars(item: Item): string[] | null {
  if (item.kind === 'char') return [item.src];
  if (item.kind !== 'class') return null;
  const body = item.src.slice(1, -1);
  if (!body || body.startsWith('^') || /[\\-]/.test(body)) return null;
  return [...body];
}

/** Whether an atom only matches characters that end a word (a space, an apostrophe, a hyphen). */
function endsWord(item: Item, isWord: (c: string) => boolean): boolean {
  if (item.kind === 'char') return !isWord(item.src);
  if (item.kind === 'esc') return item.src === '\\s' || (item.src.length === 2 && /[^\w\s]/.test(item.src[1]!) && item.src[1]!.charCodeAt(0) < 0x80);
  if (item.kind === 'class') {
    const body = item.src.slice(1, -1);
    if (!body || body.startsWith('^')) return false;
    const parts = body.match(/\\.|./gu)!;
    return parts.every((c) => c === '\\s' || (c.length === 2 && /[^\w\s]/.test(c[1]!)) || (c.length === 1 && !isWord(c) && c !== '\\'));
  }
  return false;
}

/** The lookahead names.ts and staff.ts put before a pattern whose first character is a capital. */
export const CAPITAL_AHEAD = String.raw`(?=[A-ZÀ-ÖØ-Þ]|[^\x00-\xff])`;
/** The Latin-1 letters (and œ, Œ): every form of \p{L} holds them, narrowed or not (latin.ts). */
const LATIN_LETTER = /^[A-Za-zªµºÀ-ÖØ-öø-ÿŒœ]$/u;
const LATIN_LETTERS = [...Array(0x100).keys(), 0x152, 0x153].map((c) => String.fromCharCode(c)).filter((c) => LATIN_LETTER.test(c));

/** The Latin-1 characters CAPITAL_AHEAD accepts. */
const LATIN_CAPITAL = /^[A-ZÀ-ÖØ-Þ]$/u;
const LATIN1 = [...Array(0x100).keys()].map((c) => String.fromCharCode(c));

/**
 * Whether every match of `source` opens with a lookbehind that refuses at least every Latin-1
 * letter and then a character CAPITAL_AHEAD accepts (CAPITAL_AHEAD in front, or a first
 * character that can only be a capital: "\p{Lu}", "[A-ZÀ-ÖØ-Þ]"): such a match can only start
 * on a capital (or a character past Latin-1) that no Latin-1 letter precedes. Only for /u
 * patterns without /i (there a capital's class folds to lower case too).
 */
export function capitalLead(source: string, flags: string): boolean {
  if (!/[uv]/.test(flags) || flags.includes('i')) return false;
  const p = new Parser(source);
  const alts = p.alternatives();
  if (p.i !== source.length) return false;
  const plain = (item: Item | undefined) => item?.kind === 'look' && item.end === item.at + item.src.length;
  const bare = flags.replace(/[gy]/g, '');
  return alts.every((seq) => {
    const ahead = plain(seq[0]) && seq[0]!.src === CAPITAL_AHEAD;
    const behind = seq[ahead ? 1 : 0];
    if (!plain(behind)) return false;
    const m = LEAD_BEHIND.exec(behind!.src);
    if (!m) return false;
    const refused = new RegExp(`^[${m[1]}]$`, bare);
    if (!LATIN_LETTERS.every((c) => refused.test(c))) return false;
    if (ahead) return true;
    // The first character consumed: only capitals of Latin-1 may be among its members.
    const first = firstOfSeq(seq, 1);
    if (!first.frags || first.nullable) return false;
    const opens = new RegExp(`^[${first.frags.join('')}]$`, bare);
    return LATIN1.every((c) => !opens.test(c) || LATIN_CAPITAL.test(c));
  });
}
