// Runs the peer's published recognizer cases (Microsoft Presidio's unit-test data, MIT; see
// ../shared/peer-cases/README.md) through analyze() and counts agreement. Shared by the test and
// by `npx tsx test/conformance/peer-cases.ts --write` (which rewrites RESULTS.md).

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../src/engine/index.ts';
import type { Category, Finding } from '../../src/engine/types.ts';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');

/** CI clones the repository with shared/ beside it; PEER_CASES overrides (a worktree elsewhere). */
export const CASES_PATH = process.env['PEER_CASES'] ?? resolve(root, '../shared/peer-cases/presidio-recognizers.jsonl');

export type Coarse = 'ID' | 'CONTACT' | 'NETWORK' | 'DATE' | 'LOCATION';

/** Our categories in the README's coarse types; categories with no peer equivalent map to none. */
export const COARSE: Partial<Record<Category, Coarse>> = {
  id: 'ID',
  contact: 'CONTACT',
  network: 'NETWORK',
  date: 'DATE',
  location: 'LOCATION',
};

export interface PeerCase {
  source: string;
  text: string;
  expected: Array<{ type: Coarse; start: number; end: number; value: string }>;
  presidio_entity: string;
  scope: string;
  relevance: 'high' | 'medium' | 'low';
}

export interface Tally { pos: number; posAgree: number; neg: number; negAgree: number }
export interface Outcome { c: PeerCase; agree: boolean; findings: Finding[] }

export const ENTITY_TYPE: Record<string, Coarse> = {
  EMAIL_ADDRESS: 'CONTACT', PHONE_NUMBER: 'CONTACT', URL: 'NETWORK', IP_ADDRESS: 'NETWORK', MAC_ADDRESS: 'NETWORK',
  DATE_TIME: 'DATE', UK_POSTCODE: 'LOCATION',
};

export function loadCases(path = CASES_PATH): PeerCase[] | null {
  if (!existsSync(path)) return null;
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as PeerCase);
}

/**
 * A detection is any finding the UI shows (severity above `info`), `low` included: the peer's
 * cases are bare numbers with no patient context, which this engine reports as `low` by design.
 */
function detections(text: string): Finding[] {
  return analyze(text, { today: '2026-11-22' }).filter((f) => f.severity !== 'info');
}

export function judge(c: PeerCase): Outcome {
  const findings = detections(c.text);
  const type = ENTITY_TYPE[c.presidio_entity] ?? 'ID';
  const ofType = findings.filter((f) => COARSE[f.category] === type);
  let agree: boolean;
  if (c.expected.length === 0) {
    // A negative is a negative for its entity's type only (README `scope`).
    agree = ofType.length === 0;
  } else {
    agree = c.expected.every((e) => ofType.some((f) => f.start < e.end && e.start < f.end));
  }
  return { c, agree, findings };
}

export function tally(outcomes: Outcome[], key: (o: Outcome) => string): Map<string, Tally> {
  const out = new Map<string, Tally>();
  for (const o of outcomes) {
    const k = key(o);
    const t = out.get(k) ?? { pos: 0, posAgree: 0, neg: 0, negAgree: 0 };
    if (o.c.expected.length) { t.pos++; if (o.agree) t.posAgree++; } else { t.neg++; if (o.agree) t.negAgree++; }
    out.set(k, t);
  }
  return new Map([...out.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

export const rate = (t: Tally): number => (t.posAgree + t.negAgree) / Math.max(1, t.pos + t.neg);
const pct = (n: number, d: number) => (d === 0 ? '–' : `${n}/${d} (${((100 * n) / d).toFixed(0)}%)`);

export function table(title: string, rows: Map<string, Tally>): string {
  const lines = [`| ${title} | positives agreeing | negatives agreeing | overall |`, '|---|---|---|---|'];
  for (const [k, t] of rows) lines.push(`| ${k} | ${pct(t.posAgree, t.pos)} | ${pct(t.negAgree, t.neg)} | ${(100 * rate(t)).toFixed(1)}% |`);
  return lines.join('\n');
}

export function runAll(cases: PeerCase[]): { outcomes: Outcome[]; byEntity: Map<string, Tally>; byTier: Map<string, Tally> } {
  const outcomes = cases.map(judge);
  return {
    outcomes,
    byEntity: tally(outcomes, (o) => o.c.presidio_entity),
    byTier: tally(outcomes, (o) => o.c.relevance),
  };
}

// `npx tsx test/conformance/peer-cases.ts [--write] [--misses]`
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const cases = loadCases();
  if (!cases) { console.error(`peer cases not found at ${CASES_PATH}`); process.exit(2); }
  const { outcomes, byEntity, byTier } = runAll(cases);
  console.log(table('relevance', byTier));
  console.log();
  console.log(table('entity', byEntity));
  if (process.argv.includes('--misses')) {
    for (const o of outcomes) {
      if (o.agree) continue;
      const got = o.findings.map((f) => `${f.ruleId}:${f.severity}:"${o.c.text.slice(f.start, f.end)}"`).join(' ');
      console.log(`${o.c.presidio_entity}\t${o.c.expected.length ? 'POS' : 'NEG'}\t${JSON.stringify(o.c.text.slice(0, 90))}\t${got}`);
    }
  }
  if (process.argv.includes('--write')) {
    const path = resolve(here, 'RESULTS.md');
    const old = existsSync(path) ? readFileSync(path, 'utf8') : '';
    const marker = '<!-- figures -->';
    const head = old.includes(marker) ? old.slice(0, old.indexOf(marker)) : old;
    const tail = old.includes('<!-- /figures -->') ? old.slice(old.indexOf('<!-- /figures -->') + '<!-- /figures -->'.length) : '';
    writeFileSync(path, `${head}${marker}\n${table('relevance', byTier)}\n\n${table('entity', byEntity)}\n<!-- /figures -->${tail}`);
    console.log(`wrote ${path}`);
  }
}
