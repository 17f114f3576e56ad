// `npm run bench`: speed and size of the engine, and of a regex-only peer on the same posts,
// printed as JSON. A measurement, not a test: nothing here fails on a slow machine.
//
// Output: { engine: {...}, peer: {...} }. Other measurements (the browser, OCR) add keys of
// their own beside these.
//
// Targets (issue 2): analyze() median < 0.25 ms on a 280-character tweet, < 5 ms on 5,000
// characters, < 50 ms on 63,206 (Facebook's limit); throughput at least redact-pii's.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { availableParallelism, loadavg } from 'node:os';
import { build } from 'vite';
import { analyze, RULES } from '../src/engine/index.ts';
import { DEFAULT_POLICY, type Policy } from '../src/engine/policy/index.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const TODAY = '2026-03-14';

// ---- Deterministic text ------------------------------------------------------------------

/** mulberry32: a tiny seeded generator, so every run measures the same text. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Clinical social-media prose: mostly ordinary talk (doses, lab values, eponyms, events, claims)
// with patient details mixed in, in English and Canadian French, as posts really are.
const SENTENCES = [
  'Long night shift in the ER, three codes before midnight and one good save.',
  'Mr. Tremblay in room 412 finally stabilised after his third fluid bolus.',
  'Pt DOB 1957-03-14, MRN 00482917, seen today for follow-up of his CHF.',
  'Metoprolol 25 mg BID continued, furosemide 40 mg daily, recheck K+ in 48 h.',
  'Her daughter asked us to write to jane.tremblay72@gmail.com or call 416-555-0199 with updates.',
  'Troponin 0.04 ng/mL, BP 128/82, HR 74, SpO2 97% on room air, lactate 1.1.',
  'Reminder: grand rounds on sepsis are Thursday March 3 at noon in the main auditorium.',
  'Parkinson\'s, Crohn\'s and Hashimoto\'s are eponyms, not patients; please stop redacting them.',
  'The 94-year-old we admitted last night from Kingston is asking for her cat again.',
  'OHIP 1234-567-897-AB was written on the requisition in plain sight at the nursing station.',
  'Turmeric cures arthritis, 100%! My aunt stopped her methotrexate and feels great.',
  'New guideline (doi:10.1056/NEJMoa2034577) lowers the threshold for statins in adults 40-75.',
  'If you are in crisis call or text 988, or Health811 for non-urgent advice in Ontario.',
  'Bed 7 in the step-down unit has been waiting for a CT since 06:00.',
  'Proud of our team: 1,200 flu shots given this week at the community clinic.',
  'Mme Gagnon, 92 ans, chambre 12, lit 3, admise le 12 mars pour une pneumonie.',
  'Garde de nuit à l\'urgence : trois arrêts avant minuit et un beau sauvetage.',
  'Le patient né le 4 juin 1948 (NAM TREM 4806 0412) a été vu ce matin en clinique.',
  'Rappel : la conférence sur la sepsie a lieu jeudi le 3 mars à midi, à l\'amphithéâtre.',
  'Le curcuma guérit l\'arthrite, c\'est prouvé, pas besoin de votre médecin!',
  'Sa fille nous a écrit à m.gagnon@videotron.ca pour avoir des nouvelles.',
  'HbA1c 7.2%, eGFR 58, LDL 2.1 mmol/L; metformin 500 mg BID and lifestyle advice.',
  'DOE, JANE on the x-ray overlay again: please crop images before sharing them.',
  'Our study NCT04512345 is recruiting adults over 65 with heart failure; contact research@hospital.ca.',
  'Follow @OntarioHealth for the latest on RSV season and vaccine clinics.',
  'Handover from Unit 12 Bluebird: a staff badge EMP3-12345 was left at the desk.',
];

function text(seed: number, length: number): string {
  const next = rng(seed);
  let out = '';
  while (out.length < length) {
    out += SENTENCES[Math.floor(next() * SENTENCES.length)]! + (next() < 0.2 ? '\n\n' : ' ');
  }
  return out.slice(0, length);
}

function ownPosts(count: number): string[] {
  const next = rng(7);
  return Array.from({ length: count }, (_, i) => text(1000 + i, 60 + Math.floor(next() * 540)).trim());
}

function corpusPosts(): { source: string; posts: string[] } {
  const dir = new URL('../test/corpus/', import.meta.url);
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();
  } catch {
    // No corpus in this checkout: measure on the bench's own posts instead.
  }
  const posts: string[] = [];
  for (const f of files) {
    for (const line of readFileSync(new URL(f, dir), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const value = JSON.parse(line) as { text?: unknown };
      if (typeof value.text === 'string') posts.push(value.text);
    }
  }
  if (posts.length) return { source: `test/corpus (${files.join(', ')})`, posts };
  return { source: 'generated by the bench (test/corpus/*.jsonl not found)', posts: ownPosts(400) };
}

// ---- Measurement --------------------------------------------------------------------------

let peakHeap = 0;
const sampleHeap = () => { peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed); };

const round = (n: number, digits = 3) => Number(n.toFixed(digits));
const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

function perCall(input: string, runs: number, warmup: number, policy: Policy = DEFAULT_POLICY) {
  for (let i = 0; i < warmup; i++) analyze(input, { today: TODAY, policy });
  const times: number[] = [];
  let findings = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const f = analyze(input, { today: TODAY, policy });
    times.push(performance.now() - t0);
    findings = f.length;
    if (i % 50 === 0) sampleHeap();
  }
  times.sort((a, b) => a - b);
  return { chars: input.length, findings, runs, medianMs: round(quantile(times, 0.5), 4), p95Ms: round(quantile(times, 0.95), 4) };
}

/** Posts per second over the whole set, repeated until at least `minMs` has passed. */
function throughput(posts: string[], check: (post: string) => number, minMs = 1500) {
  let found = 0;
  for (const p of posts) found += check(p); // warm-up, and the count of what was found
  let done = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < minMs) {
    for (const p of posts) check(p);
    done += posts.length;
    sampleHeap();
  }
  const seconds = (performance.now() - t0) / 1000;
  return { posts: posts.length, found, postsPerSecond: Math.round(done / seconds) };
}

async function bundleSize() {
  const out = await build({
    root,
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      lib: { entry: 'src/engine/index.ts', formats: ['es'], fileName: 'engine' },
    },
  });
  const outputs = (Array.isArray(out) ? out : [out]) as Array<{ output: Array<{ type: string; code?: string }> }>;
  const code = outputs.flatMap((o) => o.output).filter((c) => c.type === 'chunk').map((c) => c.code ?? '').join('\n');
  return { minifiedBytes: Buffer.byteLength(code), gzipBytes: gzipSync(code, { level: 9 }).length };
}

// ---- Run ----------------------------------------------------------------------------------

const tweet = text(1, 280);
const post5k = text(2, 5_000);
const post63k = text(3, 63_206);
const corpus = corpusPosts();

const inputs = {
  tweet280: perCall(tweet, 3000, 300),
  post5000: perCall(post5k, 300, 30),
  post63206: perCall(post63k, 40, 5),
};
// An organisation's policy at a realistic upper size: 200 custom terms, 20 custom patterns (RE2).
const customPolicy: Policy = {
  ...DEFAULT_POLICY,
  customTerms: Array.from({ length: 200 }, (_, i) => ({ term: `Unit ${i} Bluebird`, category: 'location' as const, severity: 'medium' as const })),
  customPatterns: Array.from({ length: 20 }, (_, i) => ({ id: `badge-${i}`, pattern: `EMP${i}-\\d{5}`, category: 'id' as const, severity: 'high' as const })),
};
const withCustomPolicy = { post5000: perCall(post5k, 300, 30, customPolicy) };
const engineRate = throughput(corpus.posts, (p) => analyze(p, { today: TODAY }).length);
const engineHeap = peakHeap;
const bundle = await bundleSize();

// The peer is loaded only now, so its modules do not count in the engine's heap figure.
const require = createRequire(import.meta.url);
const { SyncRedactor } = require('redact-pii') as typeof import('redact-pii');
const SENTINEL = '\u27E6R\u27E7';
const redactor = new SyncRedactor({ globalReplaceWith: SENTINEL });
const peerRate = throughput(corpus.posts, (p) => redactor.redact(p).split(SENTINEL).length - 1);
const peerVersion = (require('redact-pii/package.json') as { version: string }).version;

const mb = (bytes: number) => round(bytes / 1048576, 1);
const result = {
  engine: {
    node: process.version,
    /** Timings from a busy machine are not comparable with a quiet one's. */
    machine: { cpus: availableParallelism(), loadAverage1m: round(loadavg()[0]!, 1) },
    rules: RULES.length,
    analyze: inputs,
    /** The same 5,000-character post under a policy with 200 custom terms and 20 custom patterns. */
    analyzeWithCustomPolicy: withCustomPolicy,
    corpus: { source: corpus.source, posts: engineRate.posts, findings: engineRate.found, postsPerSecond: engineRate.postsPerSecond },
    peakHeapUsedMB: mb(engineHeap),
    maxRssMB: mb(process.resourceUsage().maxRSS * 1024),
    bundle: { entry: 'src/engine/index.ts', ...bundle },
    targets: {
      tweetMedianUnder0_25ms: inputs.tweet280.medianMs < 0.25,
      post5000MedianUnder5ms: inputs.post5000.medianMs < 5,
      post63206MedianUnder50ms: inputs.post63206.medianMs < 50,
      throughputAtLeastPeer: engineRate.postsPerSecond >= peerRate.postsPerSecond,
    },
  },
  peer: {
    'redact-pii': {
      version: peerVersion,
      posts: peerRate.posts,
      redactions: peerRate.found,
      postsPerSecond: peerRate.postsPerSecond,
    },
  },
};
// OCR and faces run in a child process so their memory is measured apart from the engine's.
const image = JSON.parse(execFileSync(process.execPath, [...process.execArgv, fileURLToPath(new URL('./bench-image.ts', import.meta.url))], { encoding: 'utf8' })) as object;
// The content script in real Chromium (scripts/bench-browser.ts; it builds dist/chrome first).
const browser = JSON.parse(execFileSync(process.execPath, [...process.execArgv, fileURLToPath(new URL('./bench-browser.ts', import.meta.url))], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })) as object;
console.log(JSON.stringify({ ...result, image, browser }, null, 2));

// `npm run bench -- --readme` also writes the engine figures into README.md (between
// <!-- bench:start --> and <!-- bench:end -->), with the date and rule count they belong to.
if (process.argv.includes('--readme')) {
  const e = result.engine;
  const a = e.analyze;
  const cell = (x: { medianMs: number; p95Ms: number }) => `${x.medianMs} ms (p95 ${x.p95Ms} ms)`;
  const table = [
    '<!-- bench:start -->',
    `Measured ${new Date().toISOString().slice(0, 10)} with ${e.rules} rule${e.rules === 1 ? '' : 's'}, Node ${e.node}, ${e.machine.cpus} CPUs at load average ${e.machine.loadAverage1m}, by \`npm run bench -- --readme\`.`,
    '',
    '| measure | result | target |',
    '| --- | --- | --- |',
    `| analyze(), 280-character tweet, median | ${cell(a.tweet280)} | < 0.25 ms |`,
    `| analyze(), 5,000 characters, median | ${cell(a.post5000)} | < 5 ms |`,
    `| analyze(), 63,206 characters, median | ${cell(a.post63206)} | < 50 ms |`,
    `| same 5,000 characters, policy with 200 custom terms and 20 patterns | ${cell(e.analyzeWithCustomPolicy.post5000)} | |`,
    `| corpus throughput (${e.corpus.posts} posts) | ${e.corpus.postsPerSecond} posts/s, ${e.corpus.findings} findings | at least redact-pii |`,
    `| redact-pii ${result.peer['redact-pii'].version}, same posts | ${result.peer['redact-pii'].postsPerSecond} posts/s, ${result.peer['redact-pii'].redactions} redactions | |`,
    `| peak heap used | ${e.peakHeapUsedMB} MB | |`,
    `| engine bundle, minified and gzipped | ${(e.bundle.gzipBytes / 1024).toFixed(1)} KB (${(e.bundle.minifiedBytes / 1024).toFixed(1)} KB minified) | |`,
    '<!-- bench:end -->',
  ].join('\n');
  const readmePath = new URL('../README.md', import.meta.url);
  const readme = readFileSync(readmePath, 'utf8');
  const from = readme.indexOf('<!-- bench:start -->');
  const to = readme.indexOf('<!-- bench:end -->');
  if (from === -1 || to < from) throw new Error('README.md needs <!-- bench:start --> and <!-- bench:end -->');
  writeFileSync(readmePath, readme.slice(0, from) + table + readme.slice(to + '<!-- bench:end -->'.length));
}
