import { readFileSync } from 'node:fs';
import { analyze } from '../../src/engine/index.ts';

// Shared by the claims corpus test and the report script: labels, the engine's verdict per
// post, and the naive baseline the issue compares against.

export type Label = 'warn' | 'info' | 'none';
export interface Post { id: string; lang: 'en' | 'fr'; text: string; label: Label }

export function loadCorpus(name: 'claims-dev' | 'claims-holdout'): Post[] {
  return readFileSync(new URL(`./${name}.jsonl`, import.meta.url), 'utf8')
    .split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Post);
}

/** warn: an underlined claim finding (any severity but info); info: only cited claims. */
export function verdict(text: string): Label {
  const claims = analyze(text).filter((f) => f.category === 'claim');
  if (claims.some((f) => f.severity !== 'info')) return 'warn';
  return claims.length ? 'info' : 'none';
}

// "A claim word and no link": the baseline named in the issue.
const CLAIM_WORD = /\b(?:cures?|cured|heals?|prevents?|reverses?|eliminates?|kills?|boosts?|detox\w*|miracle|100 ?%|guaranteed|proven|gu[eé]ri\w*|pr[eé]vien\w*|[eé]limine\w*|prouv[eé]\w*|garanti\w*|renforce\w*)/iu;
const LINK = /https?:\/\/|www\.|\b[a-z0-9-]+\.(?:com|org|ca|gov|int|net|uk|io)\b/i;
export function naive(text: string): Label {
  return CLAIM_WORD.test(text) && !LINK.test(text) ? 'warn' : 'none';
}

export interface Score { tp: number; fp: number; fn: number; precision: number; recall: number }

export function score(posts: Post[], predict: (t: string) => Label): Score {
  let tp = 0; let fp = 0; let fn = 0;
  for (const p of posts) {
    const warn = predict(p.text) === 'warn';
    if (warn && p.label === 'warn') tp++;
    else if (warn) fp++;
    else if (p.label === 'warn') fn++;
  }
  return { tp, fp, fn, precision: tp + fp ? tp / (tp + fp) : 1, recall: tp + fn ? tp / (tp + fn) : 1 };
}
