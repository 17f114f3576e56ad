import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { RULES } from '../../src/engine/index.ts';

// The CLI's logic in-process (scan.test.ts runs the real command for the main paths).
async function cli(args: string[], stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, { stdout: (l) => out.push(l), stderr: (l) => err.push(l), stdin: () => stdin, today: () => '2026-03-14' });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const dir = mkdtempSync(join(tmpdir(), 'ctp-cli-run-'));
const file = (name: string, content: string) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
const wardPolicy = () => file('ward.json', JSON.stringify({
  customPatterns: [{ id: 'ward', pattern: 'Ward [A-Z]\\d', category: 'room', severity: 'low' }],
}));

test('usage errors exit 2 with a hint', async () => {
  for (const args of [[], ['--lang', 'de', 'x'], ['--fail-on', 'severe', 'x'], ['--today', 'yesterday', 'x'], ['--jsonl', 'a.jsonl', 'text'], ['a.png', 'some text']]) {
    const r = await cli(args);
    expect(r.code, args.join(' ')).toBe(2);
    expect(r.err).toMatch(/^scan: error: .+\nTry `npm run scan -- --help`\.$/);
  }
});

test('--fail-on info counts info findings; the default (low) does not', async () => {
  const policy = file('info.json', JSON.stringify({ customTerms: [{ term: 'grand rounds', category: 'date', severity: 'info' }] }));
  expect((await cli(['--policy', policy, 'Grand rounds today'])).code).toBe(0);
  expect((await cli(['--policy', policy, '--fail-on', 'info', 'Grand rounds today'])).code).toBe(1);
});

test('JSONL: each kind of bad line names its line', async () => {
  const cases: Array<[string, string]> = [
    ['{"id": 1}', 'line 1: "text" must be a string'],
    ['{"id": 1, "text": "a"}\n[1]', 'line 2: expected an object'],
    ['{"text": "a"}', 'line 1: "id" must be a string or a number'],
  ];
  for (const [content, message] of cases) {
    const r = await cli(['--jsonl', '-'], content);
    expect(r).toMatchObject({ code: 2, out: '' });
    expect(r.err).toContain(`standard input ${message}`);
  }
});

test('a policy file with bad JSON gives the line and column', async () => {
  const r = await cli(['--policy', file('broken.json', '{\n  "packs": ["ca"\n}'), 'x']);
  expect(r.code).toBe(2);
  expect(r.err).toMatch(/is not a valid policy:\n  not valid JSON: .* at line 3, column 1$/m);
});

test('--list-rules --json carries the metadata and the policy\'s custom rules', async () => {
  const rows = JSON.parse((await cli(['--list-rules', '--json', '--policy', wardPolicy()])).out);
  expect(rows.map((x: { id: string }) => x.id)).toEqual([...RULES.map((x) => x.id), 'custom:ward']);
  const r = RULES[0]!;
  expect(rows[0]).toEqual({
    id: r.id, category: r.category, severity: r.severity, region: r.region ?? 'all',
    languages: r.languages.join(','), enabled: !r.defaultOff, description: r.description,
  });
});

test('a policy that switches a rule off is honoured, and --list-rules shows it', async () => {
  const id = RULES[0]!.id;
  const policy = file('off.json', JSON.stringify({ rules: { [id]: { enabled: false } } }));
  const rows = JSON.parse((await cli(['--list-rules', '--json', '--policy', policy])).out);
  expect(rows[0]).toMatchObject({ id, enabled: false });
});

test('long texts are checked up to the engine cap, with a warning', async () => {
  const r = await cli(['-'], 'a '.repeat(60_000));
  expect(r.code).toBe(0);
  expect(r.err).toContain('only the first 100,000 were checked');
});
