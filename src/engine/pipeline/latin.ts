// A Unicode property class (\p{L}, \p{Lu}, \p{Ll}, \p{N}) is hundreds of ranges, which V8
// looks up and builds each time it parses a pattern: when the RegExp is created, and again
// for each of its two compilations (bytecode, then machine code). A name pattern holding a
// dozen of them took about half a millisecond each time, and the names scan has dozens of
// such patterns: most of its first-run cost. Tested at run time, the big classes are slower
// too. In a text whose letters and digits are all Latin-1 (or the French œ, Œ), each class
// can only ever match its Latin-1 members, so a narrow form with just those ranges gives the
// same matches. Nearly every post is such a text; the full form is built for the others.

/** The members below U+0100 of each class (and œ, Œ), as class ranges. A test holds them to V8's classes. */
export const LATIN_MEMBERS: Readonly<Record<string, string>> = {
  L: 'A-Za-zªµºÀ-ÖØ-öø-ÿŒœ',
  Lu: 'A-ZÀ-ÖØ-ÞŒ',
  Ll: 'a-zµß-öø-ÿœ',
  N: '0-9²³¹¼-¾',
};
/**
 * Under the i flag a class matches whatever case-folds like one of its members: \p{Lu} then
 * matches "é" and "µ" (whose capital, Μ, is Greek), \p{Ll} matches "É". Both become the Latin-1
 * letters that have a case (all but ª and º).
 */
const CASED = 'A-Za-zµÀ-ÖØ-öø-ÿŒœ';
const LATIN_MEMBERS_I: Readonly<Record<string, string>> = { ...LATIN_MEMBERS, Lu: CASED, Ll: CASED };

/**
 * A character past Latin-1 (other than œ, Œ) that one of the classes can match: a letter, a
 * digit, or U+0345, a combining mark that /iu case-folds to a Greek letter.
 */
const WIDE = /(?=[^\x00-\xffŒœ])[\p{L}\p{N}\u0345]/u;
// eslint-disable-next-line no-control-regex
const PAST_LATIN1 = /[^\x00-\xff]/;

/** Whether every letter and digit of `text` is Latin-1 (or œ, Œ): there a narrow form matches as the full one. */
export function latinLetters(text: string): boolean {
  return !PAST_LATIN1.test(text) || !WIDE.test(text);
}

/**
 * `source` with each \p{L}, \p{Lu}, \p{Ll} and \p{N} (in a class or alone) replaced by its Latin-1
 * members (for `flags`). Other escapes stay as they are (\P{...} too), so the narrow form is
 * exact wherever latinLetters holds.
 */
export function narrowClasses(source: string, flags: string): string {
  // Without u (or v), "\p{L}" is no class at all but the letters p, {, L, }.
  if (!/[uv]/.test(flags)) return source;
  const table = flags.includes('i') ? LATIN_MEMBERS_I : LATIN_MEMBERS;
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const m = /^\\p\{(\w+)\}/.exec(source.slice(i, i + 24));
      const members = m ? table[m[1]!] : undefined;
      if (m && members) {
        out += inClass ? members : `[${members}]`;
        i += m[0].length - 1;
      } else {
        out += c + (source[i + 1] ?? '');
        i++;
      }
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    out += c;
  }
  return out;
}

/** A pattern in its two forms, each built on first use (and handed to `built`, as anchored() wants a pattern). */
export class TwoForms {
  private narrowRe: RegExp | undefined;
  private wideRe: RegExp | undefined;
  constructor(readonly source: string, readonly flags: string, private readonly built: (re: RegExp) => RegExp = (re) => re) {}
  /** The narrow form when `latin` (the text's letters are all Latin-1: latinLetters), else the full one. */
  get(latin: boolean): RegExp {
    return latin ? (this.narrowRe ??= this.built(new RegExp(narrowClasses(this.source, this.flags), this.flags))) : (this.wideRe ??= this.built(new RegExp(this.source, this.flags)));
  }
}
