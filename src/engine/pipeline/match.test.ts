import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { analyze } from '../index.ts';
import { anchored, ANCHORED_PATTERNS, canMatch, digitChain, LEAD_PATTERNS, matchAll } from './match.ts';
import { CAPITAL_AHEAD, capitalLead, needsOf } from './regex-source.ts';

const viaBuiltin = (text: string, re: RegExp) => [...text.matchAll(re)].map((m) => [m.index, ...m]);
const viaHelper = (text: string, re: RegExp) => matchAll(text, re).map((m) => [m.index, ...m]);

test('matchAll gives what String.prototype.matchAll gives, empty matches and astral characters included', () => {
  const cases: Array<[string, RegExp]> = [
    ['Mr. Roy, 92 ans, lit 3', /\d+/g],
    ['a😀b', /(?:)/gu],
    ['a😀b', /(?:)/g],
    ['née le 4 juin', /(\p{L}+)|(\d+)/gu],
    ['', /x*/g],
  ];
  for (const [text, re] of cases) expect(viaHelper(text, re)).toEqual(viaBuiltin(text, re));
});

test('matchAll starts at lastIndex like the builtin and leaves the regex as it was', () => {
  const re = /\d/g;
  re.lastIndex = 2;
  const expected = viaBuiltin('1234', re);
  expect(viaHelper('1234', re)).toEqual(expected);
  expect(re.lastIndex).toBe(2);
});

test('a non-global regex is refused, as the builtin refuses it', () => {
  expect(() => matchAll('x', /x/)).toThrow(TypeError);
});

test('a pattern is skipped only when the text cannot hold a match of it', () => {
  const patterns = [
    /\d{3}([ -]?)\d{3}\1\d{4}/g, /(?:\+?1[ .-]?)?\(?[2-9]\d\d\)?[ .-]?\d{4}/g, /[\w.+-]+@[\w-]+\.[a-z]{2,}/gi,
    /(?:MRN|chart)\s?#?\d{6,8}|\d{10}/g, /(?:ab|a\d|\d\d)?x/g, /[0-9A-F]{2}(?::[0-9A-F]{2}){5}/gi, /(?<=\d{4})abc/g,
    /K\d/giu, /\u212A/giu, /[2-9]{2,}(?:st|nd)/g, /(?:\(0\)|0)\d{9}/g, /\$\d+(?:\.\d\d)?/g,
  ];
  const texts = [
    '', 'call 416-555-0199 now', '416 555 0199', 'no digits at all here, none, not one, in this long enough text',
    'write to jane@example.org or ab@c.de, in a long enough sentence to be asked about',
    'MRN 1234567 and chart #12345678 and 0123456789, all in one long enough text to be asked about',
    'aa:bb:cc:dd:ee:ff and AA:BB:CC:DD:EE:FF in a text long enough to be asked about, yes indeed',
    '\u212A9 and k9, the Kelvin sign and a k, in a text long enough to be asked about by the gate',
    '1234abc 22nd 99st (0)123456789 $12.50 x ax a1x 12x, in a text long enough to be asked about',
  ];
  let skipped = 0;
  for (const re of patterns) {
    for (const t of texts) {
      const padded = `${t} ${'.'.repeat(60)}`;
      expect(matchAll(padded, re).map((m) => [m.index, m[0]]), `${re} on ${t}`).toEqual(viaBuiltin(padded, re).map((m) => [m[0], m[1]]));
      if (!canMatch(padded, re)) skipped++;
    }
  }
  // The point: most of these texts lack what most of these patterns need.
  expect(skipped).toBeGreaterThan(40);
});

test('what a pattern needs is read from its syntax as a lower bound', () => {
  expect(needsOf(String.raw`\d{3}([ -]?)\d{3}\1\d{4}`, 'g')).toEqual({ digits: 10, chars: [] });
  expect(needsOf(String.raw`(?:ab|a\d|\d\d)?x`, 'g')).toEqual({ digits: 0, chars: [120] });
  expect(needsOf(String.raw`[\w.+-]+@[\w-]+\.[a-z]{2,}`, 'gi')).toEqual({ digits: 0, chars: [64, 46] });
  // Under /i letters are not needed (the Kelvin sign is a K); lookarounds need nothing.
  expect(needsOf(String.raw`K\d(?=xyz)(?<=\d{9})`, 'giu')).toEqual({ digits: 1, chars: [] });
  expect(needsOf(String.raw`(?:MRN\d{6}|\d{10})`, 'g')).toEqual({ digits: 6, chars: [] });
  expect(needsOf('(unclosed', 'g')).toBeNull();
});

test('endsWith answers as its "$" pattern does, for every pattern the engine turned around', async () => {
  const { readdirSync, readFileSync } = await import('node:fs');
  const { RULES } = await import('../registry.ts');
  const { TAIL_PATTERNS, endsWith } = await import('./match.ts');
  expect(() => endsWith(/abc/u)).toThrow();
  expect(TAIL_PATTERNS.length).toBeGreaterThan(10);
  const dir = new URL('../../../test/corpus/', import.meta.url);
  // Every rule example (they are written around the cues these patterns read), and one corpus
  // post in SAMPLE, chosen by its place in file order so every run reads the same posts: the
  // whole corpus was 745,000 slices by 89 patterns, 47 to 116 s and growing with every batch.
  // The sample is 121,000 slices (13-16 s at load 5), and 88 of the 89 patterns answer yes on
  // some of them, as on the whole corpus.
  const SAMPLE = 8;
  const texts: string[] = [];
  let n = 0;
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(new URL(f, dir), 'utf8').split('\n')) {
      if (line.trim() && n++ % SAMPLE === 0) texts.push((JSON.parse(line) as { text: string }).text);
    }
  }
  for (const r of RULES) for (const e of [...r.examples.flag, ...r.examples.pass]) texts.push(e.replace(/\[\[|\]\]/g, ''));
  // The slices the rules test: the 30 or 60 characters before every number and every word.
  const slices = new Set<string>();
  for (const t of texts) for (const m of t.matchAll(/\d+|\p{L}+/gu)) for (const w of [30, 60]) slices.add(t.slice(Math.max(0, m.index - w), m.index));
  const patterns = [...new Set(TAIL_PATTERNS)];
  let answeredTrue = 0;
  for (const re of patterns) {
    const fast = endsWith(re);
    const slow = new RegExp(re.source, re.flags.replace(/[gy]/g, ''));
    let trues = 0;
    for (const s of slices) {
      const answer = slow.test(s);
      if (fast(s) !== answer) expect(`${re.source} on ${JSON.stringify(s)}`).toBe('the same answer');
      if (answer) trues++;
    }
    if (trues > 0) answeredTrue++;
  }
  // Not a vacuous check: nearly every pattern is seen to answer yes on some slice (on the whole
  // corpus all but one did), so both answers are compared for each.
  expect(answeredTrue).toBeGreaterThanOrEqual(patterns.length - 3);
}, 120_000);

test('digitChain counts the digits of the longest chain joined by single non-letters (or up to three, wide)', () => {
  const cases: Array<[string, number, number]> = [
    ['no digits here', 0, 0],
    ['BP 128/82, HR 74', 5, 5],
    ['SIN 130 692 544 on file', 9, 9],
    ['call (416) 555-0132 ext 22', 7, 10],
    ['+44 (0) 20 7946 0018', 10, 13],
    ['4B 12 and 3', 2, 2],
    ['12  34', 2, 4],
    ['12    34', 2, 2],
    ['1a2b3c', 1, 1],
    ['9698\u2028658\u2028215', 10, 10],
  ];
  for (const [text, narrow, wide] of cases) {
    expect(digitChain(text), text).toBe(narrow);
    expect(digitChain(text, true), text).toBe(wide);
  }
  // Every pattern a rule gates on the chain is found in a text whose chain is that long.
  expect(digitChain('OHIP 1234-567-897-AB')).toBeGreaterThanOrEqual(10);
  expect(digitChain('card 4111 1111 1111 1')).toBeGreaterThanOrEqual(13);
});

test('a pattern tried only where its opening words start finds what a scan of every position finds', () => {
  const patterns = [
    /(?<![\p{L}\d_])(?:my|his|patient'?s?|r[ée]sident(?:e|s)?|s[œo]eur|[1-9]\d{0,2}\s?y\/?o)\s+(?:number|#|cell)(?![\p{L}\d_])/giu,
    /(?<![\p{L}\d_])(?:call|text)\s+me|(?:appelez|joignez)-(?:moi|le)(?![\p{L}\d_])/giu,
    /(?:(?<![\p{L}\d_])(?:doi|pmid)|(?<![\p{L}\p{N}_])isbn)[:\s]*(\d+)/gu,
    /(?<![\p{L}\d_])(?:Mr|Mme)\.?\s(?=\p{Lu})/gu,
    /(?<![\p{L}\d_])(?:v|doi|ref|mr)\s*[:#]?/giu,
    /\b(?:my|call|doi|\d{1,2} days? ago)\b|\b(?:his|her)\s(?:cell|number)/g,
    /\b(?:my|cur)(?:\s|e)/gi,
    /\b(?:my|ref|t[ée]l)/gu,
    /(?<![\p{L}\d])(?:my|his)\s|(?<![\p{L}])(?:number|cell)(?![\p{L}])/giu,
  ];
  const texts = [
    'Call my number, his cell, my # 123 — "my number" and ſon, patient’s cell, patients number. Call me. Rappelez-moi, appelez-le',
    '_my number, 4my number, émy number, my_ number, MY NUMBER, My  Number, 34 y/o cell, 34y/o cell, 034 yo number, sœur #, SŒUR number',
    'doi:123 PMID 99 xdoi:1 isbn 42 isbn_1 Mr. Roy, MME Tremblay, Mme Tremblay, mr. Roy, Mr Roy and 𝐀my number, my𝐀 number',
  ];
  for (const re of patterns) {
    for (const t of texts) {
      const padded = `${t} ${'.'.repeat(60)} ${t}`;
      expect(viaHelper(padded, re), `${re} on ${t}`).toEqual(viaBuiltin(padded, re));
    }
  }
});

test('a pattern that opens on a capital is tried only there, with the same matches', () => {
  const patterns = [
    new RegExp(String.raw`${CAPITAL_AHEAD}(?<![\p{L}\p{N}_])\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?`, 'gu'),
    new RegExp(String.raw`${CAPITAL_AHEAD}(?<![A-Za-zªµºÀ-ÖØ-öø-ÿŒœ])(\p{Lu})[\p{L}'’.-]*|${CAPITAL_AHEAD}(?<![\p{L}])\p{Lu}\.`, 'gu'),
    new RegExp(String.raw`${CAPITAL_AHEAD}(?<![\p{L}])(?=\p{Lu})`, 'gu'),
    // No lookahead, but a first character that can only be a capital.
    new RegExp(String.raw`(?<![\p{L}\p{N}])(\p{Lu}[\p{Lu}'-]{1,30}),\s?(\p{Lu}[\p{Lu}'-]{1,30}|\p{Lu}\.)`, 'gu'),
    new RegExp(String.raw`(?<![A-Za-zªµºÀ-ÖØ-öø-ÿŒœ\d])(?:[A-ZÀ-ÖØ-ÞŒ]\.|\p{Lu}{2})`, 'gu'),
  ];
  for (const re of patterns) expect(capitalLead(re.source, re.flags), String(re)).toBe(true);
  // A lookbehind that lets a letter before, /i, or an alternative without the lookahead: not read so.
  expect(capitalLead(String.raw`${CAPITAL_AHEAD}(?<![\d])\p{Lu}`, 'gu')).toBe(false);
  expect(capitalLead(String.raw`${CAPITAL_AHEAD}(?<![\p{L}])\p{Lu}`, 'giu')).toBe(false);
  expect(capitalLead(String.raw`${CAPITAL_AHEAD}(?<![\p{L}])\p{Lu}|x`, 'gu')).toBe(false);
  // Without the lookahead: a first character that may be lower case, or may be skipped.
  expect(capitalLead(String.raw`(?<![\p{L}])[A-Zé]x`, 'gu')).toBe(false);
  expect(capitalLead(String.raw`(?<![\p{L}])\p{L}x`, 'gu')).toBe(false);
  expect(capitalLead(String.raw`(?<![\p{L}])\p{Lu}?x`, 'gu')).toBe(false);
  const texts = [
    'Jane Roy met ÉLODIE Tremblay; McKay, O’Neill and DiMaggio. aBc Δelta ΔΕΛΤΑ Ωmega J. R. Roy',
    'x𝐀my 𝐀my Émile ąZ ×Zed ÷Bob «Anne» "Marc" 12Paul _Paul ŒUVRE œUvre ºMax ªMax µMax',
  ];
  for (const re of patterns) {
    for (const t of texts) {
      const padded = `${t} ${'.'.repeat(60)} ${t}`;
      expect(viaHelper(padded, re), `${re} on ${t}`).toEqual(viaBuiltin(padded, re));
      re.lastIndex = 7;
      expect(viaHelper(padded, re), `${re} from 7 on ${t}`).toEqual(viaBuiltin(padded, re));
      re.lastIndex = 0;
    }
  }
});

test('every pattern the engine scans by its opening words finds on the corpus what a plain scan finds', () => {
  const dir = new URL('../../../test/corpus/', import.meta.url);
  const posts = readdirSync(dir).filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readFileSync(new URL(f, dir), 'utf8').split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { text: string }).text));
  for (const p of posts) analyze(p, { today: '2026-11-22' });
  expect(LEAD_PATTERNS.length).toBeGreaterThan(5);
  // Posts joined in long texts, as a paste would bring them. Every post is analysed (so every lead
  // pattern the engine makes is registered), but the patterns are compared on one paste in
  // LEAD_SAMPLE, the same ones each run: over the whole corpus this took 44 s idle and 138 s under
  // load, and grew with every batch.
  const LEAD_SAMPLE = 4;
  const joined: string[] = [];
  for (let i = 0; i < posts.length; i += 60 * LEAD_SAMPLE) joined.push(posts.slice(i, i + 60).join('\n\n'));
  let found = 0;
  for (const re of LEAD_PATTERNS) {
    let any = false;
    for (const t of joined) {
      const fast = viaHelper(t, re);
      expect(fast, String(re).slice(0, 80)).toEqual(viaBuiltin(t, re));
      any ||= fast.length > 0;
    }
    if (any) found++;
  }
  // The sample must still exercise the patterns, not only agree on finding nothing: on 8 Dec 155
  // of 159 patterns found something in it (158 over the whole corpus), in 17 s idle.
  expect(found / LEAD_PATTERNS.length).toBeGreaterThan(0.95);
}, 300_000);

test('a pattern scanned around its anchors finds what a plain scan finds, on the corpus joined as pastes and from any lastIndex', () => {
  const dir = new URL('../../../test/corpus/', import.meta.url);
  const posts = readdirSync(dir).filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readFileSync(new URL(f, dir), 'utf8').split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { text: string }).text));
  // Two matches in a row, one inside the window of the next anchor, and an astral character in a window.
  const own = anchored(/\p{Lu}\w{0,3}\d/gu, /\d/u, 8);
  for (const t of ['AB1 Cd2Ef3 x 𝐀G4 ' + '.'.repeat(60), 'Q9Q9Q9 ' + '.'.repeat(60)]) {
    expect(viaHelper(t, own)).toEqual(viaBuiltin(t, own));
    own.lastIndex = 2;
    expect(viaHelper(t, own)).toEqual(viaBuiltin(t, own));
    own.lastIndex = 0;
  }
  expect(ANCHORED_PATTERNS.length).toBeGreaterThan(3);
  const joined: string[] = [];
  for (let i = 0; i < posts.length; i += 60) joined.push(posts.slice(i, i + 60).join('\n\n'));
  for (const re of ANCHORED_PATTERNS) {
    for (const t of joined) expect(viaHelper(t, re), String(re).slice(0, 80)).toEqual(viaBuiltin(t, re));
  }
}, 120_000);
