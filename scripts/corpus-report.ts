// Prints the corpus metrics as JSON, one object per split:
//   npx tsx scripts/corpus-report.ts                 both splits, with misses and false alarms
//   npx tsx scripts/corpus-report.ts --split dev     one split
//   npx tsx scripts/corpus-report.ts --summary       figures only, no per-post lists
//   npx tsx scripts/corpus-report.ts --write-budget  lower test/corpus/budget.json to today's dev alarms
//   npx tsx scripts/corpus-report.ts --write-floors  raise test/corpus/floors.json to today's dev figures
// Holdout is for measuring only: never look at its misses to tune a rule (README in test/corpus).
import { existsSync } from 'node:fs';
import { alarmsPerNegative, evaluate, type CorpusReport } from '../test/corpus/metrics.ts';
import {
  BUDGET_PATH, FLOORS_PATH, findingsFor, nextBudget, nextFloors, readBudget, readFloors, writeJson,
} from '../test/corpus/run.ts';
import { loadSplit, type Split } from '../test/corpus/source.ts';

const args = process.argv.slice(2);
const known = new Set(['--split', '--summary', '--write-budget', '--write-floors', 'dev', 'holdout']);
const bad = args.filter((a) => !known.has(a));
const splitAt = args.indexOf('--split');
const only = splitAt === -1 ? undefined : args[splitAt + 1];
if (bad.length || (splitAt !== -1 && only !== 'dev' && only !== 'holdout')) {
  console.error(`usage: corpus-report [--split dev|holdout] [--summary] [--write-budget] [--write-floors]`);
  process.exit(2);
}
const splits: Split[] = only ? [only as Split] : ['dev', 'holdout'];

const summarise = (r: CorpusReport) => {
  const { misses, falseAlarms, missedPosts, alarmedNegatives, ...figures } = r;
  return { ...figures, misses: misses.length, falseAlarms: falseAlarms.length, missedPosts: missedPosts.length, alarmedNegatives: alarmedNegatives.length };
};

const out: Record<string, unknown> = {};
for (const split of splits) {
  const report = evaluate(loadSplit(split), findingsFor);
  out[split] = args.includes('--summary') ? summarise(report) : report;
}
console.log(JSON.stringify(out, null, 2));

if (args.includes('--write-budget') || args.includes('--write-floors')) {
  const dev = loadSplit('dev');
  if (args.includes('--write-budget')) {
    const actual = alarmsPerNegative(dev, findingsFor);
    const { budget, added, over } = nextBudget(
      existsSync(BUDGET_PATH) ? readBudget() : undefined,
      actual,
      dev.filter((p) => p.kind === 'negative').map((p) => p.id),
    );
    writeJson(BUDGET_PATH, budget);
    console.error(`budget written: ${Object.keys(budget.allowed).length} post(s) with allowed alarms`);
    if (added.length) console.error(`new posts entered at today's count, review them: ${added.join(', ')}`);
    if (over.length) console.error(`OVER BUDGET (not raised; fix the rule or raise by hand after review): ${over.join(', ')}`);
  }
  if (args.includes('--write-floors')) {
    const floors = nextFloors(existsSync(FLOORS_PATH) ? readFloors() : undefined, evaluate(dev, findingsFor));
    writeJson(FLOORS_PATH, floors);
    console.error('floors written');
  }
}
