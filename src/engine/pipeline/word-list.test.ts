import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { RULES } from '../registry.ts';
import { Parser } from './regex-source.ts';
import { LastWords, WORD_LISTS, WordList } from './word-list.ts';

// A WordList must give exactly its regex's matches: the same starts, the same ends (the entry the
// regex tries first), from any starting point. Held on the corpus, the rule examples, and every
// form of every list in odd company: glued to letters or digits, plural, capitalised, accented,
// split by other spaces.

function corpus(): string[] {
  const out: string[] = [];
  for (const f of ['dev.jsonl', 'claims-dev.jsonl']) {
    for (const line of readFileSync(new URL(`../../../test/corpus/${f}`, import.meta.url), 'utf8').split('\n')) {
      if (line.trim()) out.push((JSON.parse(line) as { text: string }).text);
    }
  }
  for (const r of RULES) for (const e of [...r.examples.flag, ...r.examples.pass]) out.push(e.replace(/\[\[|\]\]/g, ''));
  return out;
}

/**
 * Every match, each scan starting one character past the last match's start, as the engine's
 * callers walk. One character, not one code unit: from inside a surrogate pair the regex steps
 * back to its start and finds the same match again, where the list moves on.
 */
function walk(text: string, next: (from: number) => { index: number; end: number; rank: number } | null): string {
  const out: string[] = [];
  for (let m = next(0); m; m = next(m.index + String.fromCodePoint(text.codePointAt(m.index)!).length)) out.push(`${m.index}-${m.end}#${m.rank}`);
  return out.join(',');
}
function byList(list: WordList, text: string): string {
  return walk(text, (from) => list.exec(text, from));
}
/** The list's regex with each alternative captured, so that a match tells which one it is. */
function ranked(list: WordList): RegExp {
  const p = new Parser(list.source);
  const alts = p.alternatives();
  expect(list.source).not.toMatch(/\((?!\?)/u);
  const src = alts.map((seq) => `(${list.source.slice(seq[0]!.at, seq[seq.length - 1]!.end)})`).join('|');
  return new RegExp(String.raw`(?<![\p{L}\p{N}_])(?:${src})(?![\p{L}\p{N}_])`, 'gu');
}
function byRegex(re: RegExp, text: string): string {
  return walk(text, (from) => {
    re.lastIndex = from;
    const m = re.exec(text);
    return m && { index: m.index, end: m.index + m[0].length, rank: m.findIndex((g, k) => k > 0 && g !== undefined) - 1 };
  });
}

function oddCompany(forms: string[]): string[] {
  const out: string[] = [];
  let k = 0;
  const glue = [' ', '', '-', "'", '.', ', ', '_', 's ', 'x', '\n', '3', 'é', '\u{1d41a}', '/'];
  for (const f of forms) {
    out.push(f, `x${f}`, `${f}x`, `${f}s`, `${f}e`, `${f}es`, `${f}1`, `_${f}`, `é${f}`, `${f}é`, `${f} ${f}`, `${f}${f}`, `(${f}).`);
    out.push(f.toUpperCase(), f[0]!.toUpperCase() + f.slice(1), f.replaceAll(' ', '\n'), f.replaceAll(' ', '\u00a0'), f.replaceAll('-', ' '));
    out.push(f.slice(0, -1), `\u{1d41a}${f}`, `${f}\u{1d41a}`, `12 ${f}`, `${f} 12`);
    let t = '';
    for (let n = 0; n < 10; n++) t += forms[(k = (k * 31 + 7) % forms.length)]! + glue[(k + n) % glue.length]!;
    out.push(t, t.toUpperCase());
  }
  return out;
}

test('every word list finds what its regex finds', { timeout: 120_000 }, () => {
  expect(WORD_LISTS.length).toBeGreaterThan(0);
  const texts = corpus();
  for (const list of WORD_LISTS) {
    const re = ranked(list);
    const lower = texts.map((t) => t.toLowerCase());
    for (const t of [...texts, ...lower, ...oddCompany(list.forms)]) {
      const want = byRegex(re, t);
      if (byList(list, t) !== want) expect(`${list.source.slice(0, 40)} on ${t}: ${byList(list, t)}`).toBe(want);
    }
  }
});

test('plurals, feminines, accents, several words and the guesses, as a regex reads them', () => {
  const list = new WordList(String.raw`cousins?|cousines?|bus driver|chauffeur d'autobus|y\.o\.|yo|[mf]/\d{1,3}|\d{1,3}\s?-?\s?(?:yo|ans)|\p{L}{3,}(?:man|woman)|\p{L}{3,}(?:er|eur)`);
  const texts = ['cousin', 'cousins', 'cousine', 'cousines', 'cousinage', 'mère cousine', 'bus driver', 'bus  driver', 'bus\ndriver', 'school bus driver',
    "chauffeur d'autobus", 'chauffeur d’autobus', 'y.o.', 'y.o.x', '45 y.o.', '45yo', '45 - yo', '45-ans', '1234 yo', 'm/45', 'f/1234', 'm/45f',
    'policewoman', 'chairman', 'oman', 'hauteur', 'ier', 'farmer2', 'farmer_', 'fermière', 'élève', 'αfarmer', '\u{1d41a}\u{1d41b}\u{1d41c}er', 'yo!'];
  for (const t of texts) expect(byList(list, t), t).toBe(byRegex(ranked(list), t));
  expect(byList(list, 'two cousines, one bus driver')).toBe('4-12#1,18-28#2,22-28#9');
});

test('every character is a word character or not as the regex reads it', () => {
  const list = new WordList('a|é|\\p{L}{1,}(?:b)');
  const re = ranked(list);
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    for (const t of [` ${ch} `, `a${ch}`, `${ch}a`, `é${ch}é`, `${ch}b`, `x${ch}b`]) {
      const got = byList(list, t);
      if (got !== byRegex(re, t)) expect(`U+${c.toString(16)} in ${t}: ${got}`).toBe(byRegex(re, t));
    }
  }
  for (const t of ['\u{1d41a}b', 'a\u{1d41a}', '\u{1d7d8}a', 'a\u{1d7d8}', '\u{1d41a}\u{1d41b}b']) expect(byList(list, t), t).toBe(byRegex(re, t));
});

test('an entry that could open on something other than a word is refused', () => {
  expect(() => new WordList(String.raw`nurse|\s?doc`)).toThrow();
});

test('LastWords never rules out a case-blind match', () => {
  const source = String.raw`bus driver|élève|grand-maman|chauffeur d'autobus|twins?|aîné|kid|œuvre|skier|farmer`;
  const last = new LastWords(source);
  const unicode = new RegExp(String.raw`(?<![\p{L}\p{N}_])(?:${source})(s?)(?![\p{L}\p{N}_])`, 'giu');
  const ascii = new RegExp(String.raw`\b(?:${source})(s?)(?=[,\s])`, 'giu');
  const forms = ['bus driver', 'élève', 'grand-maman', "chauffeur d'autobus", 'twin', 'twins', 'aîné', 'kid', 'œuvre', 'skier', 'farmer'];
  const texts = [...corpus(), ...forms.flatMap((f) => [f, f.toUpperCase(), `${f}s,`, `x${f} `, `é${f},`, `\u{1d41a}${f} `, f.replaceAll('s', 'ſ').replaceAll('k', '\u212a'), `${f.toUpperCase()}S`])];
  for (const t of texts) {
    for (const re of [unicode, ascii]) {
      for (const m of t.matchAll(re)) {
        const end = m.index + m[0].length;
        if (!last.endsAt(t, end) || !last.within(t, m.index, end)) expect(`${t} at ${m.index}`).toBe('found');
      }
    }
  }
  expect(last.endsAt('a plumber', 9)).toBe(false);
  expect(last.spaces).toBe(1);
});

test('every letter the i flag takes for a list letter is a letter, and keyed as that letter', () => {
  const letters = [...'abcdefghijklmnopqrstuvwxyzàâäçéèêëîïôöûùüÿœæñ'];
  const last = new LastWords(letters.join('|'));
  for (const e of letters) {
    const re = new RegExp(`^${e}$`, 'iu');
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      if (re.test(ch) && !last.endsAt(` ${ch}`, 2)) expect(`U+${c.toString(16)} for ${e}`).toBe('found');
    }
  }
});
