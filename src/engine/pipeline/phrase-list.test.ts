import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { RULES } from '../registry.ts';
import { matchAll } from './match.ts';
import { PHRASE_LISTS } from './phrase-list.ts';
import { cuePhrases, fold } from './signals.ts';

// A PhraseList must give exactly its regex's matches. Held here on the dev posts, the rule
// examples, and each list's phrases in odd company: glued to letters, run together, overlapping.

function texts(): string[] {
  const out: string[] = [];
  for (const f of ['dev.jsonl', 'claims-dev.jsonl']) {
    for (const line of readFileSync(new URL(`../../../test/corpus/${f}`, import.meta.url), 'utf8').split('\n')) {
      if (line.trim()) out.push((JSON.parse(line) as { text: string }).text);
    }
  }
  for (const r of RULES) for (const e of [...r.examples.flag, ...r.examples.pass]) out.push(e.replace(/\[\[|\]\]/g, ''));
  return out.map((t) => fold(t.toLowerCase()));
}

/** A fixed pseudo-random sequence, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff) / 0x80000000);
}

function oddCompany(phrases: string[]): string[] {
  const rnd = random(7);
  const glue = [' ', '', '-', "'", '.', ', ', '_', 's ', 'x', '\n', '  '];
  const out: string[] = [];
  for (const p of phrases) {
    out.push(p, `x${p}`, `${p}x`, `${p}s`, `_${p}.`, `${p} ${p}`, `${p}${p}`, `(${p})`, `${p.slice(0, -1)}`, `${p} 12`);
    // A written space is only a space; a "\s" takes a line break or a no-break space too.
    out.push(p.replaceAll(' ', '\n'), p.replaceAll(' ', '\u00a0'), p.replaceAll(' ', '-'), p.replace(' ', '  '));
  }
  for (let k = 0; k < 300; k++) {
    let t = '';
    for (let n = 0; n < 12; n++) t += phrases[Math.floor(rnd() * phrases.length)]! + glue[Math.floor(rnd() * glue.length)]!;
    out.push(t);
  }
  return out;
}

const spans = (pairs: Array<readonly [number, number]>) => pairs.map(([s, e]) => `${s}-${e}`).join(',');

test('every phrase list finds (and tests) what its regex finds', { timeout: 120_000 }, () => {
  expect(PHRASE_LISTS.length).toBeGreaterThan(10);
  const corpus = texts();
  for (const list of PHRASE_LISTS) {
    // Words of every list in one text, so that a list's phrases meet its rest and other lists' phrases.
    const others = PHRASE_LISTS.flatMap((l) => l.phrases.filter((_, i) => i % 7 === 0));
    for (const t of [...corpus, ...oddCompany(list.phrases), ...oddCompany([...list.phrases, ...others])]) {
      const want = spans(matchAll(t, list.whole).map((m) => [m.index, m.index + m[0].length] as const));
      if (spans(list.scan(t)) !== want) expect(`${list.whole.source.slice(0, 40)} on ${t}: ${spans(list.scan(t))}`).toBe(want);
      if (list.test(t) !== (want !== '')) expect(`${list.whole.source.slice(0, 40)} tests ${list.test(t)} on ${t}`).toBe(want);
    }
  }
});

test('a list of phrases only still skips what an earlier match took, as a scan does', () => {
  const list = cuePhrases(String.raw`\b(?:lobster fisherman|fisherman|nurse|nurses)\b`);
  expect(list.counts).toEqual({ phrases: 4, rest: 0 });
  expect(list.scan('a lobster fisherman, a nurses aide')).toEqual([[2, 19], [23, 29]]);
});

test('"\\s" in a phrase takes any space, a written space only a space', () => {
  const list = cuePhrases(String.raw`\b(?:christmas\s(?:eve|day)|boxing day)\b`);
  expect(list.counts).toEqual({ phrases: 2, rest: 0 });
  expect(list.phrases).toEqual(['christmas eve', 'christmas day', 'boxing day']);
  expect(list.scan('christmas\neve, boxing\nday, boxing day')).toEqual([[0, 13], [27, 37]]);
});

test('a list followed by endings is spread entry by entry, its endings kept', () => {
  const list = cuePhrases(String.raw`\b(?:baker|chemo\w*)(?:s|ies)?\b`);
  expect(list.counts).toEqual({ phrases: 1, rest: 1 });
  expect(list.phrases).toEqual(['bakers', 'bakeries', 'baker']);
  expect(list.scan('bakeries, chemos, bakery')).toEqual([[0, 8], [10, 16]]);
});

test('plain phrases leave the regex; stems, lookarounds and digits stay in it', () => {
  const list = cuePhrases(String.raw`\b(?:last night|tonight|chemo\w*|room \d+|came in(?! to see)|client(?:e|s)?)\b`);
  expect(list.counts).toEqual({ phrases: 3, rest: 3 });
  expect(list.phrases).toEqual(['last night', 'tonight', 'cliente', 'clients', 'client']);
  expect(list.scan('came in last night, chemo today; clientes')).toEqual([[0, 7], [8, 18], [20, 25]]);
});
