// Builds test/corpus/{dev,holdout}.jsonl from the annotated sources in test/corpus/posts/*.txt.
//
// Why a source format: labels written inline ({{category|text}}) beside the words they mark are
// far easier to review than character offsets, and nested labels (an age inside a case story)
// stay readable. The JSONL files are what tests and engineers read; a test checks they match
// the sources, so edit the sources and re-run this script.
//
// Source format (see test/corpus/README.md):
//   === en-x-012 positive dev        header: id, kind, split
//   note: free text                  optional, right after the header
//   post text, one or more lines, with {{age|94yo}} labels (nesting allowed)
//
// `npx tsx scripts/corpus-build.ts --stamp` gives new posts ("=== en-x positive") the next id of
// their language and site, and a split: within each language and kind, every third new post goes
// to holdout, so the split stays stratified and an existing post never changes sides.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSource, serialize, type CorpusPost } from '../test/corpus/source.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const POSTS_DIR = join(ROOT, 'test/corpus/posts');

function sourceFiles(): string[] {
  return readdirSync(POSTS_DIR).filter((f) => f.endsWith('.txt')).sort().map((f) => join(POSTS_DIR, f));
}

const HEADER = /^=== (\S+) (positive|negative)(?: (dev|holdout))?\s*$/;

function stamp(): void {
  const files = sourceFiles();
  const maxNum = new Map<string, number>();
  const groupCount = new Map<string, number>();
  const lines = files.map((f) => readFileSync(f, 'utf8').split('\n'));
  for (const fileLines of lines) {
    for (const line of fileLines) {
      const m = HEADER.exec(line);
      if (!m) continue;
      const id = m[1]!;
      const num = /^(\w+-\w+)-(\d+)$/.exec(id);
      if (num) maxNum.set(num[1]!, Math.max(maxNum.get(num[1]!) ?? 0, Number(num[2])));
      if (m[3]) {
        const g = `${id.slice(0, 2)}/${m[2]}`;
        groupCount.set(g, (groupCount.get(g) ?? 0) + 1);
      }
    }
  }
  let stamped = 0;
  lines.forEach((fileLines, fi) => {
    let changed = false;
    for (let i = 0; i < fileLines.length; i++) {
      const m = HEADER.exec(fileLines[i]!);
      if (!m || m[3]) continue;
      const prefix = m[1]!;
      if (!/^(en|fr)-(x|fb|li)$/.test(prefix)) throw new Error(`${files[fi]}:${i + 1}: new post prefix must be like en-x, fr-fb, en-li`);
      const n = (maxNum.get(prefix) ?? 0) + 1;
      maxNum.set(prefix, n);
      const g = `${prefix.slice(0, 2)}/${m[2]}`;
      const c = groupCount.get(g) ?? 0;
      groupCount.set(g, c + 1);
      const split = c % 3 === 2 ? 'holdout' : 'dev';
      fileLines[i] = `=== ${prefix}-${String(n).padStart(3, '0')} ${m[2]} ${split}`;
      changed = true;
      stamped++;
    }
    if (changed) writeFileSync(files[fi]!, fileLines.join('\n'));
  });
  console.error(`stamped ${stamped} new post(s)`);
}

export function buildAll(): { dev: CorpusPost[]; holdout: CorpusPost[] } {
  const dev: CorpusPost[] = [];
  const holdout: CorpusPost[] = [];
  for (const f of sourceFiles()) {
    for (const { post, split } of parseSource(readFileSync(f, 'utf8'), f)) (split === 'dev' ? dev : holdout).push(post);
  }
  // By prefix, then by number, so en-x-1000 follows en-x-999 (plain string order would put it
  // before en-x-101).
  const key = (id: string) => id.replace(/-(\d+)$/, (_, n: string) => `-${n.padStart(6, '0')}`);
  const byId = (a: CorpusPost, b: CorpusPost) => (key(a.id) < key(b.id) ? -1 : key(a.id) > key(b.id) ? 1 : 0);
  return { dev: dev.sort(byId), holdout: holdout.sort(byId) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv.includes('--stamp')) stamp();
  const { dev, holdout } = buildAll();
  writeFileSync(join(ROOT, 'test/corpus/dev.jsonl'), serialize(dev));
  writeFileSync(join(ROOT, 'test/corpus/holdout.jsonl'), serialize(holdout));
  console.error(`dev ${dev.length}, holdout ${holdout.length}`);
}
