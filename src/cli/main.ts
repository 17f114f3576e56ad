import { readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { analyze, MAX_INPUT, RULES, isRuleEnabled, type Finding } from '../engine/index.ts';
import { DEFAULT_POLICY, MAX_POLICY_BYTES, customRules, parsePolicy, type Policy } from '../engine/policy/index.ts';
import { checkedForAuthoring } from '../engine/policy/redos.ts';
import { SEVERITIES, type Severity } from '../engine/types.ts';
import { FILE_SCANNERS, isFileArgument, scannerFor, type FileFinding } from './files.ts';

// `npm run scan`: the engine on the command line. Exit codes: 0 nothing at or above the
// --fail-on threshold, 1 something was, 2 a usage error or bad input (nothing was checked).

export interface Io {
  stdout(line: string): void;
  stderr(line: string): void;
  /** Everything on standard input; only called for `-`. */
  stdin(): string;
  /** ISO date standing in for "today" when --today is not given. */
  today(): string;
}

export const HELP = `Usage: npm run scan -- [options] "text to check"
       npm run scan -- [options] --jsonl FILE     (FILE may be - for standard input)
       npm run scan -- [options] IMAGE.jpg|png
       npm run scan -- [options] -                 (check standard input as one text)
       npm run scan -- --list-rules

Checks text for patient information and unsupported health claims, with the same engine as
the browser extension. Matched text is masked unless --show is given.

Options:
  --jsonl FILE        read lines {"id": ..., "text": "..."}; write one line per input line,
                      in the same order: {"id": ..., "findings": [{ruleId, category, severity, start, end}]}
  --policy FILE       apply a policy file (the options page's export format)
  --fail-on SEVERITY  exit 1 when a finding at or above high|medium|low|info exists (default: low)
  --lang LANG         en, fr or auto (default: the policy's, normally auto)
  --today DATE        the date (YYYY-MM-DD) rules treat as today (default: the system date)
  --clean OUT         with one image: write a cleaned copy (no metadata, found text and faces
                      covered with solid boxes) to OUT (.png or .jpg)
  --show              print the matched text instead of masking it
  --json              print findings as JSON instead of a table
  --list-rules        list every rule: id, category, severity, region, languages, description
  -h, --help          show this help

Exit status: 0 nothing found at or above the threshold, 1 found, 2 usage error or bad input.`;

/** Bad arguments or bad input: reported on stderr with exit code 2. */
class UsageError extends Error {
  constructor(message: string, readonly showHelpHint = false) {
    super(message);
  }
}

const SEVERITY_SET: ReadonlySet<string> = new Set(SEVERITIES);
const rank = (s: Severity) => SEVERITIES.indexOf(s);

interface Options {
  positionals: string[];
  jsonl?: string;
  clean?: string;
  policy: Policy;
  failOn: Severity;
  lang: 'en' | 'fr' | 'auto' | undefined;
  today: string;
  show: boolean;
  json: boolean;
  listRules: boolean;
  help: boolean;
}

function readInput(path: string, io: Io, what: string): string {
  if (path === '-') return io.stdin();
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read ${what} ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

function loadPolicyFile(path: string, io: Io): Policy {
  if (path !== '-') {
    let size: number;
    try {
      size = statSync(path).size;
    } catch (e) {
      throw new UsageError(`cannot read policy ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    // Checked before reading, so a huge file is refused without loading it.
    if (size > MAX_POLICY_BYTES) {
      throw new UsageError(`${path} is not a valid policy:\n  the policy file is ${(size / 1048576).toFixed(1)} MB; the limit is ${(MAX_POLICY_BYTES / 1048576).toFixed(1)} MB`);
    }
  }
  const r = checkedForAuthoring(parsePolicy(readInput(path, io, 'policy')));
  if (r.ok) return r.policy;
  const lines = r.issues.map((i) => `  ${i.path ? `${i.path}: ` : ''}${i.message}`);
  throw new UsageError(`${path} is not a valid policy:\n${lines.join('\n')}`);
}

function parseOptions(argv: string[], io: Io): Options {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        jsonl: { type: 'string' },
        clean: { type: 'string' },
        policy: { type: 'string' },
        'fail-on': { type: 'string' },
        lang: { type: 'string' },
        today: { type: 'string' },
        show: { type: 'boolean' },
        json: { type: 'boolean' },
        'list-rules': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message, true);
  }
  const v = parsed.values;
  const failOn = v['fail-on'] ?? 'low';
  if (!SEVERITY_SET.has(failOn)) throw new UsageError(`--fail-on must be one of ${SEVERITIES.join(', ')} (got "${failOn}")`, true);
  if (v.lang !== undefined && !['en', 'fr', 'auto'].includes(v.lang)) throw new UsageError(`--lang must be en, fr or auto (got "${v.lang}")`, true);
  if (v.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(v.today)) throw new UsageError(`--today must be a date such as 2026-03-14 (got "${v.today}")`, true);
  return {
    positionals: parsed.positionals,
    jsonl: v.jsonl,
    clean: v.clean,
    policy: v.policy === undefined ? DEFAULT_POLICY : loadPolicyFile(v.policy, io),
    failOn: failOn as Severity,
    lang: v.lang as Options['lang'],
    today: v.today ?? io.today(),
    show: v.show ?? false,
    json: v.json ?? false,
    listRules: v['list-rules'] ?? false,
    help: v.help ?? false,
  };
}

/** Table columns padded to their widest cell; the last column is left ragged. */
function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]!))).join('  ').trimEnd());
}

function listRules(o: Options, io: Io): number {
  const rules = [...RULES, ...customRules(o.policy)];
  const rows = rules.map((r) => ({
    id: r.id,
    category: r.category,
    severity: o.policy.rules[r.id]?.severity ?? r.severity,
    region: r.region ?? 'all',
    languages: r.languages.join(','),
    enabled: isRuleEnabled(r, o.policy),
    description: r.description,
  }));
  if (o.json) {
    io.stdout(JSON.stringify(rows, null, 2));
    return 0;
  }
  const cells = rows.map((r) => [r.id, r.category, r.severity, r.region, r.languages, r.enabled ? 'on' : 'off', r.description]);
  for (const line of table([['RULE', 'CATEGORY', 'SEVERITY', 'REGION', 'LANGUAGES', 'STATE', 'DESCRIPTION'], ...cells])) io.stdout(line);
  return 0;
}

/** Masked text keeps its length (so positions read naturally) and nothing else. */
function shown(text: string, f: { start: number; end: number }, show: boolean): string {
  const s = text.slice(f.start, f.end);
  if (show) return JSON.stringify(s);
  const n = [...s].length;
  return n > 32 ? `${'*'.repeat(32)}… (${n} characters)` : '*'.repeat(n);
}

const exitFor = (severities: Iterable<Severity>, failOn: Severity) => {
  for (const s of severities) if (rank(s) <= rank(failOn)) return 1;
  return 0;
};

function warnIfTruncated(text: string, label: string, io: Io): void {
  if (text.length > MAX_INPUT) {
    io.stderr(`scan: warning: ${label} has ${text.length.toLocaleString('en')} characters; only the first ${MAX_INPUT.toLocaleString('en')} were checked`);
  }
}

function scanText(text: string, o: Options, io: Io): number {
  warnIfTruncated(text, 'the text', io);
  const findings = analyze(text, { policy: o.policy, lang: o.lang, today: o.today });
  if (o.json) {
    io.stdout(JSON.stringify({ findings: findings.map((f) => (o.show ? { ...f, text: text.slice(f.start, f.end) } : f)) }));
  } else if (findings.length === 0) {
    io.stdout('No findings.');
  } else {
    const counts = SEVERITIES.map((s) => [s, findings.filter((f) => f.severity === s).length] as const).filter(([, n]) => n);
    io.stdout(`${findings.length} finding${findings.length === 1 ? '' : 's'} (${counts.map(([s, n]) => `${n} ${s}`).join(', ')}):`);
    const rows = findings.map((f) => ['  ' + f.severity, f.category, f.ruleId, `${f.start}-${f.end}`, shown(text, f, o.show)]);
    for (const line of table([['  SEVERITY', 'CATEGORY', 'RULE', 'POSITION', o.show ? 'TEXT' : 'TEXT (masked)'], ...rows])) io.stdout(line);
  }
  return exitFor(findings.map((f) => f.severity), o.failOn);
}

interface JsonlPost {
  id: unknown;
  text: string;
}

function readJsonl(path: string, io: Io): JsonlPost[] {
  const content = readInput(path, io, 'JSONL file');
  const posts: JsonlPost[] = [];
  const lines = content.split(/\r?\n/);
  // Every line is checked before anything is written, so a bad file produces no partial output.
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const where = `${path === '-' ? 'standard input' : path} line ${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      throw new UsageError(`${where}: not valid JSON (${(e as Error).message})`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new UsageError(`${where}: expected an object {"id": ..., "text": "..."}`);
    const rec = value as Record<string, unknown>;
    if (typeof rec.id !== 'string' && typeof rec.id !== 'number') throw new UsageError(`${where}: "id" must be a string or a number`);
    if (typeof rec.text !== 'string') throw new UsageError(`${where}: "text" must be a string`);
    posts.push({ id: rec.id, text: rec.text });
  });
  return posts;
}

function scanJsonl(path: string, o: Options, io: Io): number {
  const posts = readJsonl(path, io);
  let exit = 0;
  for (const post of posts) {
    warnIfTruncated(post.text, `post ${JSON.stringify(post.id)}`, io);
    const findings = analyze(post.text, { policy: o.policy, lang: o.lang, today: o.today });
    const out = findings.map((f: Finding) => ({ ruleId: f.ruleId, category: f.category, severity: f.severity, start: f.start, end: f.end }));
    io.stdout(JSON.stringify({ id: post.id, findings: out }));
    exit = Math.max(exit, exitFor(out.map((f) => f.severity), o.failOn));
  }
  return exit;
}

async function scanFiles(paths: string[], o: Options, io: Io): Promise<number> {
  const jobs = paths.map((path) => {
    const scanner = scannerFor(path);
    if (!scanner) {
      throw new UsageError(FILE_SCANNERS.length === 0
        ? `${path}: image checks are not available in this build`
        : `${path}: no check handles this kind of file`);
    }
    return { path, scanner };
  });
  let exit = 0;
  const all: Array<{ file: string; findings: FileFinding[] }> = [];
  for (const { path, scanner } of jobs) {
    let findings: FileFinding[];
    try {
      findings = await scanner.scan(path, { policy: o.policy, lang: o.lang ?? 'auto', ...(o.clean ? { clean: o.clean } : {}) });
    } catch (e) {
      throw new UsageError(`${path}: ${(e as Error).message}`);
    }
    all.push({ file: path, findings });
    exit = Math.max(exit, exitFor(findings.map((f) => f.severity), o.failOn));
  }
  if (o.json) {
    io.stdout(JSON.stringify({ files: all }));
  } else {
    for (const { file, findings } of all) {
      io.stdout(findings.length === 0 ? `${file}: no findings.` : `${file}: ${findings.length} finding${findings.length === 1 ? '' : 's'}:`);
      if (findings.length) {
        for (const line of table(findings.map((f) => ['  ' + f.severity, f.category, f.ruleId, f.where]))) io.stdout(line);
      }
    }
  }
  return exit;
}

export async function run(argv: string[], io: Io): Promise<number> {
  try {
    const o = parseOptions(argv, io);
    if (o.help) {
      io.stdout(HELP);
      return 0;
    }
    if (o.listRules) return listRules(o, io);
    if (o.jsonl !== undefined) {
      if (o.positionals.length) throw new UsageError('--jsonl takes its input from FILE; give no text as well', true);
      return scanJsonl(o.jsonl, o, io);
    }
    if (o.positionals.length === 0) throw new UsageError('nothing to check: give a text, - for standard input, --jsonl FILE or an image file', true);
    if (o.positionals.length === 1 && o.positionals[0] === '-') return scanText(io.stdin(), o, io);
    if (o.positionals.some(isFileArgument)) {
      if (!o.positionals.every(isFileArgument)) throw new UsageError('give either a text or image files, not both', true);
      if (o.clean && o.positionals.length !== 1) throw new UsageError('--clean takes one image', true);
      if (o.clean && !/\.(png|jpe?g)$/i.test(o.clean)) throw new UsageError('--clean writes .png or .jpg files', true);
      return await scanFiles(o.positionals, o, io);
    }
    // Unquoted words arrive as separate arguments; they are one text.
    return scanText(o.positionals.join(' '), o, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`scan: error: ${e.message}`);
      if (e.showHelpHint) io.stderr('Try `npm run scan -- --help`.');
      return 2;
    }
    throw e;
  }
}
