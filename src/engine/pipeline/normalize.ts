// Rules see a normalised copy of the post so that full-width digits (０１２), ligatures,
// non-breaking spaces and zero-width characters cannot hide an identifier. Findings are
// mapped back to the caller's offsets with `toOriginal`.

/** Characters that render as nothing and are used (on purpose or by editors) inside words. */
const INVISIBLE = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/u;
/** Spaces that NFKC leaves alone but that behave like a plain space in a post. */
const ODD_SPACE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/u;
const COMBINING = /\p{M}/u;
/** Dashes that people type between digit groups. */
const DASH = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/u;

/** By code unit below U+0100: 1 for the characters the fast path keeps (ASCII, Latin-1 letters). */
const KEPT = new Uint8Array(0x100);
for (let c = 0; c < 0x100; c++) {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7F\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF]$/.test(String.fromCharCode(c))) KEPT[c] = 1;
}

export interface Normalized {
  text: string;
  /** map[i] = offset in the original text of normalised UTF-16 index i; map[text.length] = original length. */
  map: Int32Array;
  /** True when text === original, so mapping is the identity. */
  identity: boolean;
}

export function normalize(original: string): Normalized {
  // Fast path: plain ASCII and the accented letters of French (most posts) need no work at
  // all; every one of these characters is its own NFKC form and none is a space, dash, quote,
  // mark or invisible character that the loop below would rewrite.
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7F\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF]*$/.test(original)) {
    return { text: original, map: new Int32Array(0), identity: true };
  }
  // The text is built from its character codes, not from slices of the original: a slice of
  // a string that held one curly quote is stored two bytes per character even when every
  // character left is Latin-1, and V8 runs the rules' Unicode regexes on such a string two to
  // three times slower. String.fromCharCode stores one byte per character when it can.
  const codes: number[] = [];
  const map: number[] = [];
  let i = 0;
  while (i < original.length) {
    while (i < original.length && KEPT[original.charCodeAt(i)] === 1) {
      codes.push(original.charCodeAt(i));
      map.push(i++);
    }
    if (i >= original.length) break;
    const cp = original.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const width = ch.length;
    let rep: string;
    if (INVISIBLE.test(ch)) rep = '';
    else if (ODD_SPACE.test(ch)) rep = ' ';
    else if (DASH.test(ch)) rep = '-';
    else if (ch === '\u2019' || ch === '\u2018' || ch === '\u02BC') rep = "'";
    else if (COMBINING.test(ch) && codes.length > 0) {
      // "né" typed as e + U+0301: compose onto the previous character so rules see one letter.
      const composed = (String.fromCharCode(codes[codes.length - 1]!) + ch).normalize('NFC');
      if (composed.length === 1) { codes[codes.length - 1] = composed.charCodeAt(0); i += width; continue; }
      rep = ch;
    } else {
      // Per code point, so a character never maps to a neighbour's offset.
      rep = ch.normalize('NFKC');
    }
    for (let k = 0; k < rep.length; k++) {
      codes.push(rep.charCodeAt(k));
      map.push(i);
    }
    i += width;
  }
  map.push(original.length);
  return { text: fromCodes(codes), map: Int32Array.from(map), identity: false };
}

/** String.fromCharCode over the codes, a slice at a time (an argument list has a limit). */
function fromCodes(codes: number[]): string {
  let out = '';
  for (let k = 0; k < codes.length; k += 8192) out += String.fromCharCode(...codes.slice(k, k + 8192));
  return out;
}

/** Maps a [start, end) span of normalised text back to the original text. */
export function toOriginal(n: Normalized, start: number, end: number): [number, number] {
  if (n.identity) return [start, end];
  const s = n.map[start]!;
  // The end is the original offset just past the last normalised character of the span.
  const lastSrc = n.map[end - 1]!;
  let e = n.map[end]!;
  if (e <= lastSrc) e = lastSrc + 1;
  // A span never ends inside a surrogate pair of the original.
  return [s, Math.max(e, s)];
}
