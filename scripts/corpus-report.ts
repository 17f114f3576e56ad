// Prints the corpus metrics as JSON, one object per split:
//   npx tsx scripts/corpus-report.ts                 both splits, with misses and false alarms
//   npx tsx scripts/corpus-report.ts --split dev     one split
//   npx tsx scripts/corpus-report.ts --summary       figures only, no per-post lists
//   npx tsx scripts/corpus-report.ts --posts en-blind-4.txt   only the posts of one source file (repeatable),
//                                                    e.g. to measure a new blind batch before anyone tunes on it
//   npx tsx scripts/corpus-report.ts --write-budget  lower test/corpus/budget.json to today's dev alarms
//   npx tsx scripts/corpus-report.ts --write-floors  raise test/corpus/floors.json to today's dev figures
// Holdout is for measuring only: never look at its misses to tune a rule (README in test/corpus).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alarmsPerNegative, evaluate, type CorpusReport } from '../test/corpus/metrics.ts';
import {
  BUDGET_PATH, FLOORS_PATH, findingsFor, nextBudget, nextFloors, readBudget, readFloors, writeJson,
} from '../test/corpus/run.ts';
import { loadSplit, parseSource, type Split } from '../test/corpus/source.ts';
import { POSTS_DIR } from './corpus-build.ts';

const args = process.argv.slice(2);
const known = new Set(['--split', '--summary', '--write-budget', '--write-floors', 'dev', 'holdout']);
// File names after --posts are taken out of the flags first; they select posts, never ratchets.
const postFiles: string[] = [];
for (let i = args.indexOf('--posts'); i !== -1; i = args.indexOf('--posts')) {
  const f = args[i + 1];
  if (!f || f.startsWith('--')) {
    console.error('--posts needs a file name from test/corpus/posts');
    process.exit(2);
  }
  postFiles.push(f);
  args.splice(i, 2);
}
const onlyIds = postFiles.length
  ? new Set(postFiles.flatMap((f) => parseSource(readFileSync(join(POSTS_DIR, f.replace(/^.*\//, '')), 'utf8'), f).map((x) => x.post.id)))
  : undefined;
if (onlyIds && (args.includes('--write-budget') || args.includes('--write-floors'))) {
  console.error('--posts measures a subset; the ratchets are written from the whole dev split only');
  process.exit(2);
}
const bad = args.filter((a) => !known.has(a));
const splitAt = args.indexOf('--split');
const only = splitAt === -1 ? undefined : args[splitAt + 1];
if (bad.length || (splitAt !== -1 && only !== 'dev' && only !== 'holdout')) {
  console.error(`usage: corpus-report [--split dev|holdout] [--summary] [--posts file.txt]... [--write-budget] [--write-floors]`);
  process.exit(2);
}
const splits: Split[] = only ? [only as Split] : ['dev', 'holdout'];

const summarise = (r: CorpusReport) => {
  const { misses, falseAlarms, missedPosts, alarmedNegatives, ...figures } = r;
  return { ...figures, misses: misses.length, falseAlarms: falseAlarms.length, missedPosts: missedPosts.length, alarmedNegatives: alarmedNegatives.length };
};

const out: Record<string, unknown> = {};
for (const split of splits) {
  const posts = loadSplit(split).filter((p) => !onlyIds || onlyIds.has(p.id));
  const report = evaluate(posts, findingsFor);
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
