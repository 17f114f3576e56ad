import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { RULES } from '../registry.ts';
import { FIRST_LOOK_SOURCES, UNICODE_BOUNDARY, factorAlternatives, firstCharLooks, leadWords, unicodeBoundaries, widthOf } from './regex-source.ts';
import { WORD_RE_SOURCES } from './signals.ts';

// The shortcut boundary must find exactly what the naive one finds, for every lexicon
// pattern the engine compiles, on real posts, on the rule examples and on odd text.

function texts(): string[] {
  const dir = new URL('../../../test/corpus/', import.meta.url);
  const out: string[] = [];
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.jsonl'))) {
    for (const line of readFileSync(new URL(f, dir), 'utf8').split('\n')) {
      if (line.trim()) out.push((JSON.parse(line) as { text: string }).text);
    }
  }
  for (const r of RULES) for (const e of [...r.examples.flag, ...r.examples.pass]) out.push(e.replace(/\[\[|\]\]/g, ''));
  // Letters, digits and marks glued to the words the patterns look for, in both scripts.
  out.push('x34-year-old 34-year-oldé é34 yo _aged 90 âgée de 92ans ́né le 3 mars Ⅻ12 ans ſ34 yo K9 ͅaged 40');
  out.push('Mr.Smith,34 Mme Côté, 92 ans; 3e étage, ch.12 lit 3; 8mo 19 months old; bébé de 6 semaines');
  return out;
}

// Every lexicon pattern over the whole corpus: ~15 s of CPU that a loaded 2-core machine
// stretches past the default 20 s; the limit only guards a hang, so it is wide.
const CORPUS_WIDE = 120_000;

const naive = (src: string, flags: string) => new RegExp(src.replaceAll(String.raw`\b`, UNICODE_BOUNDARY), flags);
const all = (re: RegExp, s: string) => {
  const g = re.global ? re : new RegExp(re.source, `${re.flags}g`);
  return [...s.matchAll(g)].map((m) => `${m.index}:${m[0]}`).join('|');
};

/** Posts joined `n` at a time: the same positions are tried with far fewer calls and checks. */
function joined(n: number): string[] {
  const all = texts();
  const out: string[] = [];
  for (let i = 0; i < all.length; i += n) out.push(all.slice(i, i + n).join('\n\n'));
  return out;
}

test('every lexicon pattern matches the same with the fast boundary as with the naive one', () => {
  expect(WORD_RE_SOURCES.length).toBeGreaterThan(20);
  const corpus = joined(40);
  let shortcuts = 0;
  for (const { source, flags } of WORD_RE_SOURCES) {
    const fast = new RegExp(unicodeBoundaries(source), flags);
    if (fast.source !== naive(source, flags).source) shortcuts++;
    const slow = naive(source, flags);
    for (const t of corpus) expect(all(fast, t), source).toBe(all(slow, t));
  }
  // The point of the module: most patterns get the shortcut.
  expect(shortcuts).toBeGreaterThan(WORD_RE_SOURCES.length / 2);
}, CORPUS_WIDE);

test('the shortcut is taken only where the next character must be a word character', () => {
  expect(unicodeBoundaries(String.raw`\b\d+`)).not.toContain(UNICODE_BOUNDARY);
  expect(unicodeBoundaries(String.raw`\b(?:aged?|âgée?)`)).not.toContain(UNICODE_BOUNDARY);
  // May start with a non-word character, or with nothing at all: the full boundary stays.
  expect(unicodeBoundaries(String.raw`\b(?:foo|-bar)`)).toContain(UNICODE_BOUNDARY);
  expect(unicodeBoundaries(String.raw`-\b(?:foo)?`)).toContain(UNICODE_BOUNDARY);
  expect(unicodeBoundaries(String.raw`\b[^a]`)).toContain(UNICODE_BOUNDARY);
  // After a word character the boundary is only "no word character next".
  expect(unicodeBoundaries(String.raw`old\b`)).not.toContain(UNICODE_BOUNDARY);
  expect(unicodeBoundaries(String.raw`x\b(?:foo)?`)).not.toContain(UNICODE_BOUNDARY);
  expect(unicodeBoundaries(String.raw`(?:yrs?|ans)\b`)).not.toContain(UNICODE_BOUNDARY);
  // Optional or possibly non-word endings keep the full form.
  expect(unicodeBoundaries(String.raw`x?\b`)).toContain(UNICODE_BOUNDARY);
  expect(unicodeBoundaries(String.raw`(?:a|-)\b`)).toContain(UNICODE_BOUNDARY);
  // A class ending in '-' must not turn into a range when joined with the next fragment.
  const re = new RegExp(unicodeBoundaries(String.raw`\b(?:[a-]x|[-b]y|z)`), 'u');
  expect(re.test('-y')).toBe(new RegExp(String.raw`\b(?:[a-]x|[-b]y|z)`.replaceAll(String.raw`\b`, UNICODE_BOUNDARY), 'u').test('-y'));
});

test('an alternative that opens with a lookbehind gets a lookahead on its first character', () => {
  expect(unicodeBoundaries(String.raw`(?<=age )(\d{1,3})|x`)).toBe(String.raw`(?=[\d])(?<=age )(\d{1,3})|x`);
  // Nothing is known about what may follow an optional start: no guard.
  expect(unicodeBoundaries(String.raw`(?<=a)\d?`)).toBe(String.raw`(?<=a)\d?`);
});

test('odd patterns keep the old text replacement', () => {
  expect(unicodeBoundaries(String.raw`a\\b`)).toBe(String.raw`a\\b`.replaceAll(String.raw`\b`, UNICODE_BOUNDARY));
});

test('every lexicon pattern finds the same with its alternatives grouped by first character', async () => {
  // Importing the rules compiles every lexicon pattern through factored().
  const { FACTORED_SOURCES } = await import('./signals.ts');
  await import('./claims.ts');
  expect(FACTORED_SOURCES.length).toBeGreaterThan(50);
  // Lower-cased too, as the folded cue lists see posts.
  const batches = joined(40);
  const corpus = [...batches, ...batches.map((t) => t.toLowerCase())];
  const groups = (re: RegExp, s: string) => {
    const g = re.global ? re : new RegExp(re.source, `${re.flags}g`);
    return JSON.stringify([...s.matchAll(g)].map((m) => [m.index, ...m]));
  };
  let changed = 0;
  for (const { source, flags } of FACTORED_SOURCES) {
    const grouped = factorAlternatives(source, flags);
    if (grouped === source) continue;
    changed++;
    const a = new RegExp(source, flags);
    const b = new RegExp(grouped, flags);
    for (const t of corpus) expect(groups(b, t), source.slice(0, 80)).toBe(groups(a, t));
  }
  expect(changed).toBeGreaterThan(10);
}, CORPUS_WIDE);

test('grouping alternatives keeps the first match and leaves what it cannot prove alone', () => {
  expect(factorAlternatives(String.raw`\b(?:crash|car crash|urgences?|collision|diagnos(?:is|ed)|cat)\b`, 'g'))
    .toBe(String.raw`\b(?:c(?:rash|ar crash|ollision|at)|urgences?|diagnos(?:is|ed))\b`);
  // Nothing moves across an alternative that opens with a class, and "Mr" and "mr" keep their order under /i.
  expect(factorAlternatives(String.raw`(?:ab|[ab]x|ac|ad|Ae)`, '')).toBe(String.raw`(?:ab|[ab]x|a(?:c|d)|Ae)`);
  expect(factorAlternatives(String.raw`(?:Mr|ms|mr|x)`, 'i')).toBe(String.raw`(?:Mr|ms|mr|x)`);
  // Capturing groups and back-references keep the pattern as written.
  expect(factorAlternatives(String.raw`(?:a(b)|ac|ad)`, '')).toBe(String.raw`(?:a(b)|ac|ad)`);
  expect(factorAlternatives(String.raw`(x)(?:ab|ac|ad)\1`, '')).toBe(String.raw`(x)(?:ab|ac|ad)\1`);
});

test('the words a pattern opens with are read from its syntax, and patterns that open otherwise are left to a scan', () => {
  const lw = (src: string, flags = 'iu') => {
    const l = leadWords(src, flags);
    return l && { words: [...l.words].sort(), prefixes: [...l.prefixes].sort(), digits: l.digits, rest: l.rest };
  };
  expect(lw(String.raw`(?<![\p{L}\d_])(?:my|pt'?s?|r[ée]s)\s+x`)).toEqual({ words: ['my', 'pt', 'pts', 'res', 'rés'], prefixes: [], digits: false, rest: null });
  expect(lw(String.raw`(?<![\p{L}\d_])(?:Mr|[1-9]\d?f)(?![\p{L}\d_])|(?:appelez)-moi`)).toEqual({ words: ['mr'], prefixes: [], digits: true, rest: '(?:appelez)-moi' });
  // A match that may end inside a word ("cur" in "cured", "doi" in "doing") keeps only its start.
  expect(lw(String.raw`(?<![\p{L}\d_])(?:cur|doi)\s*[:#]?`)).toEqual({ words: ['cur', 'doi'], prefixes: ['cur', 'doi'], digits: false, rest: null });
  // "\b" opens words as ASCII sees them; not under /iu, where "ſ" is a word character to it.
  expect(lw(String.raw`\b(?:my|caf)\b|\bt[ée]l`, 'g')).toEqual({ words: ['caf', 'my', 't'], prefixes: ['tel'], digits: false, rest: null });
  expect(lw(String.raw`\bmy\s`)).toBeNull();
  // A lookbehind that lets "_" or digits through: words are read as it sees them.
  expect(lw(String.raw`(?<![\p{L}\d])my\s`)).toEqual({ words: ['my'], prefixes: [], digits: false, rest: null });
  expect(lw(String.raw`(?<![\p{L}])(?:my_x|\d+ans)`)).toBeNull();
  expect(lw(String.raw`(?<![\p{L}\d_-])`)).toBeNull();
  // A digit or class after the opening ("bed12", "rm4b"): only the word's start is known.
  expect(lw(String.raw`(?<![\p{L}\d_])(?:bed|rm)\s?\d{1,4}`)).toEqual({ words: ['bed', 'rm'], prefixes: ['bed', 'rm'], digits: false, rest: null });
  // An optional prefix of bounded width ("4B bed 2"): the match may start that far before the word (two units a character under /u).
  expect(leadWords(String.raw`(?:\d{1,2}[a-z],?\s)?(?<![\p{L}\d_])bed\s\d`, 'iu')?.back).toBe(10);
  expect(leadWords(String.raw`(?:\d{1,2}[a-z],?\s)?(?<![\p{L}\d_])bed\s\d`, 'i')?.back).toBe(5);
  expect(leadWords(String.raw`(?:\d+\s)?(?<![\p{L}\d_])bed\s\d`, 'iu')).toBeNull();
  // Punctuation after the lookbehind ("# de dossier"): a match may open on any such character.
  expect([...leadWords(String.raw`(?<![\p{L}\d_])(?:mrn|#\s*dossier|[(+]\d)`, 'iu')!.marks].sort()).toEqual(['#', '(', '+']);
  expect(widthOf(String.raw`(?:\p{Lu}[\p{L}'-]{0,30}\s){1,4}`, 'u')).toBe(256);
  expect(widthOf(String.raw`(?<!x)ab|c{2,3}`, '')).toBe(3);
  expect(widthOf(String.raw`a+`, '')).toBeNull();
});

test('a lookahead on the first character in front of a lookbehind changes no match', () => {
  expect(firstCharLooks(String.raw`(?<![\p{L}\d])(?:GIR|[A-P]\d)x|(?:(?<!a)b|c)`)).toBe(String.raw`(?=[GA-P])(?<![\p{L}\d])(?:GIR|[A-P]\d)x|(?:(?=[b])(?<!a)b|c)`);
  // Nothing to look at: an optional first atom, or a pattern that holds \b.
  expect(firstCharLooks(String.raw`(?<!a)b?c`)).toBe(String.raw`(?=[bc])(?<!a)b?c`);
  expect(firstCharLooks(String.raw`(?<!a)b?`)).toBe(String.raw`(?<!a)b?`);
  // None inside a quantified group, where V8's optimised code can skip the group once it tiers up.
  expect(firstCharLooks(String.raw`(?:(?<!a)(b)|(?<!a)c)?\d`)).toBe(String.raw`(?:(?<!a)(b)|(?<!a)c)?\d`);
  expect(unicodeBoundaries(String.raw`(?:(?<=a)(b)|c)*x`)).not.toContain('(?=');
  expect(FIRST_LOOK_SOURCES.length).toBeGreaterThan(5);
  const corpus = joined(80);
  for (const re of FIRST_LOOK_SOURCES) {
    const looked = new RegExp(firstCharLooks(re.source), re.flags);
    for (const t of corpus) expect(all(looked, t), re.source.slice(0, 80)).toBe(all(re, t));
  }
}, CORPUS_WIDE);
