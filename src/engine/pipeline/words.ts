// Splitting a matched name into words, and the possessive "'s", happen for every capitalised
// word of a care story. String.prototype.split with a regex builds a sticky copy of it and runs
// it at every position, and a replace runs a regex too; these loops give the same results.

/** Whether the UTF-16 unit `c` is an ASCII digit (the age and date scans walk numbers by code unit). */
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Whether the UTF-16 unit `c` is matched by `\s` (read without a regex: inside the engine a small one costs a microsecond a call). */
export function isSpace(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0x1680) return c === 0xa0;
  return c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** `s.split(/\s/u)`, or `s.split(/[\s-]/u)` with `dash`. */
export function words(s: string, dash = false): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isSpace(c) || (dash && c === 45)) {
      out.push(s.slice(from, i));
      from = i + 1;
    }
  }
  out.push(s.slice(from));
  return out;
}

/** `words(s, dash)[0]`. */
export function firstWord(s: string, dash = false): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isSpace(c) || (dash && c === 45)) return s.slice(0, i);
  }
  return s;
}

/** `s.replace(/[’']s$/u, '')`: a possessive ending dropped. */
export function dropPossessive(s: string): string {
  return s.endsWith("'s") || s.endsWith('\u2019s') ? s.slice(0, -2) : s;
}

/**
 * A word's key: a hash of its UTF-16 units, so that a post's words are looked up without slicing
 * them out. 30 bits, so that V8 keeps it a small integer (a larger one is a heap number allocated
 * per word, and a slower Map key); a clash only costs a comparison. Scans that hash a word as they
 * read it step it the same way: h = (h * 31 + unit) & 0x3fffffff.
 */
export function wordHash(text: string, from: number, to: number): number {
  let h = 0;
  for (let i = from; i < to; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) & 0x3fffffff;
  return h;
}
