// Runs the peer's published recognizer cases (shared/peer-cases/presidio-recognizers.jsonl,
// Presidio's unit-test data, MIT) through analyze() and prints the agreement as JSON, by
// relevance and by Presidio entity.
//
//   npx tsx scripts/peer-cases.ts [--file PATH] [--details]
//
// PATH defaults to ../shared/peer-cases/presidio-recognizers.jsonl beside the repository (where
// CI and the main checkout have it). How a case is judged (see that folder's README):
// - with spans: agreed when every expected span is overlapped by a finding of the matching
//   category (`agreeAlarm` counts only findings that are not `info`);
// - without spans: a negative for that entity only, agreed when no finding of the matching
//   category overlaps any of the text.
// These are bare strings with no patient context, so a PHI checker that wants context for
// weak formats (a bare 9-digit number, a date) is expected to disagree on some; the figure is
// a format and checksum conformance measure, not a target to tune against.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/engine/index.ts';
import type { Category } from '../src/engine/types.ts';

interface PeerCase {
  source: string;
  text: string;
  expected: Array<{ type: string; start: number; end: number; value: string }>;
  presidio_entity: string;
  scope: string;
  relevance: 'high' | 'medium' | 'low';
}

const COARSE: Record<string, Category> = {
  CONTACT: 'contact',
  NETWORK: 'network',
  DATE: 'date',
  LOCATION: 'location',
  ID: 'id',
};
/** Presidio entity -> coarse type, from the peer-cases README (used for negatives, which carry no span type). */
const ENTITY_TYPE: Record<string, string> = {
  EMAIL_ADDRESS: 'CONTACT', PHONE_NUMBER: 'CONTACT', URL: 'NETWORK', IP_ADDRESS: 'NETWORK', MAC_ADDRESS: 'NETWORK',
  DATE_TIME: 'DATE', UK_POSTCODE: 'LOCATION',
};
const categoryOf = (entity: string): Category => COARSE[ENTITY_TYPE[entity] ?? 'ID']!;

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const fileAt = args.indexOf('--file');
const file = fileAt === -1 ? join(ROOT, '../shared/peer-cases/presidio-recognizers.jsonl') : args[fileAt + 1];
if (!file || !existsSync(file)) {
  console.error(`peer-cases: no case file at ${file ?? '(missing --file value)'}; pass --file PATH`);
  process.exit(2);
}

const cases = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as PeerCase);

interface Tally { cases: number; agree: number; agreeAlarm: number; positives: number; positivesAgree: number; negatives: number; negativesAgree: number }
const blank = (): Tally => ({ cases: 0, agree: 0, agreeAlarm: 0, positives: 0, positivesAgree: 0, negatives: 0, negativesAgree: 0 });
const byRelevance: Record<string, Tally> = {};
const byEntity: Record<string, Tally> = {};
const total = blank();
const disagreements: Array<{ entity: string; text: string; expected: string[]; found: string[] }> = [];

for (const c of cases) {
  const findings = analyze(c.text, { today: '2026-11-22' });
  const cat = c.expected[0] ? COARSE[c.expected[0].type] ?? categoryOf(c.presidio_entity) : categoryOf(c.presidio_entity);
  const same = findings.filter((f) => f.category === cat);
  const alarms = same.filter((f) => f.severity !== 'info');
  const covers = (fs: typeof same) => c.expected.every((e) => fs.some((f) => f.start < e.end && e.start < f.end));
  const positive = c.expected.length > 0;
  const agree = positive ? covers(same) : same.length === 0;
  const agreeAlarm = positive ? covers(alarms) : alarms.length === 0;
  for (const t of [total, (byRelevance[c.relevance] ??= blank()), (byEntity[c.presidio_entity] ??= blank())]) {
    t.cases++;
    if (agree) t.agree++;
    if (agreeAlarm) t.agreeAlarm++;
    if (positive) { t.positives++; if (agree) t.positivesAgree++; } else { t.negatives++; if (agree) t.negativesAgree++; }
  }
  if (!agree && c.relevance !== 'low') {
    disagreements.push({
      entity: c.presidio_entity,
      text: c.text.length > 120 ? `${c.text.slice(0, 117)}...` : c.text,
      expected: c.expected.map((e) => e.value),
      found: same.map((f) => `${f.ruleId}:${f.severity}:${c.text.slice(f.start, f.end)}`),
    });
  }
}

const rate = (t: Tally) => ({ ...t, agreement: t.cases ? +(t.agree / t.cases).toFixed(4) : 1, alarmAgreement: t.cases ? +(t.agreeAlarm / t.cases).toFixed(4) : 1 });
const sortObj = <T>(o: Record<string, T>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));
const out: Record<string, unknown> = {
  file,
  total: rate(total),
  byRelevance: sortObj(Object.fromEntries(Object.entries(byRelevance).map(([k, v]) => [k, rate(v)]))),
  byEntity: sortObj(Object.fromEntries(Object.entries(byEntity).map(([k, v]) => [k, rate(v)]))),
};
if (args.includes('--details')) out.disagreementsHighMedium = disagreements;
console.log(JSON.stringify(out, null, 2));
