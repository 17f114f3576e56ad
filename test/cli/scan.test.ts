import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { RULES } from '../../src/engine/index.ts';
import { FILE_SCANNERS } from '../../src/cli/files.ts';

// These run the real command, as a person or a pipeline would.
// Each case starts a process that compiles the engine with tsx; on a busy machine that takes seconds.
vi.setConfig({ testTimeout: 90_000 });

const root = new URL('../../', import.meta.url).pathname;
const tsx = join(root, 'node_modules/.bin/tsx');
const dir = mkdtempSync(join(tmpdir(), 'ctp-cli-'));

function scan(args: string[], input?: string) {
  const r = spawnSync(tsx, ['src/cli/index.ts', '--today', '2026-03-14', ...args], { cwd: root, input, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function file(name: string, content: string): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

const EMAIL_POST = 'Her daughter asked us to write to jane.tremblay72@gmail.com tonight';
const lowPolicy = () => file('low.json', JSON.stringify({
  version: 1,
  customPatterns: [{ id: 'ward', pattern: 'Ward [A-Z]\\d', category: 'room', severity: 'low' }],
}));

describe('text', () => {
  test('prints findings for people, masked, and exits 1', () => {
    const r = scan([EMAIL_POST]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('1 finding (1 high)');
    expect(r.out).toMatch(/high\s+contact\s+email\s+34-59\s+\*{25}\n/);
    expect(r.out).not.toContain('tremblay');
  });

  test('--show prints the matched text', () => {
    const r = scan(['--show', EMAIL_POST]);
    expect(r.out).toContain('"jane.tremblay72@gmail.com"');
  });

  test('nothing found exits 0; unquoted words are one text', () => {
    const r = scan(['Flu', 'clinic', 'opens', 'Monday']);
    expect(r).toMatchObject({ code: 0, out: 'No findings.\n' });
  });

  test('- reads standard input', () => {
    const r = scan(['--json', '-'], EMAIL_POST);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).findings).toMatchObject([{ ruleId: 'email', start: 34, end: 59 }]);
  });

  test('--fail-on sets the threshold (default low)', () => {
    const policy = lowPolicy();
    const text = 'Moved to Ward B4 overnight';
    expect(scan(['--policy', policy, text]).code).toBe(1);
    expect(scan(['--policy', policy, '--fail-on', 'medium', text]).code).toBe(0);
  });
});

describe('--jsonl', () => {
  test('one output line per input line, same order, other fields ignored', () => {
    const input = file('posts.jsonl', [
      JSON.stringify({ id: 'b', text: EMAIL_POST, source: 'x' }),
      '',
      JSON.stringify({ id: 7, text: 'Nothing here' }),
      JSON.stringify({ id: 'a', text: 'Contact: m.gagnon@videotron.ca' }),
    ].join('\n'));
    const r = scan(['--jsonl', input]);
    expect(r.code).toBe(1);
    const lines = r.out.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines).toEqual([
      { id: 'b', findings: [{ ruleId: 'email', category: 'contact', severity: 'high', start: 34, end: 59 }] },
      { id: 7, findings: [] },
      { id: 'a', findings: [{ ruleId: 'email', category: 'contact', severity: 'high', start: 9, end: 30 }] },
    ]);
  });

  test('a bad line is an error naming the line, exit 2, no partial output', () => {
    const input = file('bad.jsonl', `${JSON.stringify({ id: 1, text: EMAIL_POST })}\n{"id": 2, "text": \n`);
    const r = scan(['--jsonl', input]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain(`${input} line 2: not valid JSON`);
  });

  test('a missing file is exit 2', () => {
    const r = scan(['--jsonl', join(dir, 'absent.jsonl')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('ENOENT');
  });
});

describe('--policy', () => {
  test('applies the policy', () => {
    const r = scan(['--policy', lowPolicy(), '--json', 'Moved to Ward B4 overnight']);
    expect(JSON.parse(r.out).findings).toMatchObject([{ ruleId: 'custom:ward', category: 'room', severity: 'low', start: 9, end: 16 }]);
  });

  test('a bad policy is a clear error naming the path, exit 2', () => {
    const bad = file('bad-policy.json', JSON.stringify({
      version: 1,
      customPatterns: [{ id: 'x', pattern: '(a)\\1', category: 'id', severity: 'high' }],
    }));
    const r = scan(['--policy', bad, EMAIL_POST]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain(`${bad} is not a valid policy:\n  customPatterns.0.pattern: is not a supported pattern`);
  });

  test('a pattern that is exponential for backtracking engines is refused, exit 2', () => {
    const bad = file('redos-policy.json', JSON.stringify({
      version: 1,
      customPatterns: [{ id: 'runs', pattern: 'MRN(\\d+)+x', category: 'id', severity: 'high' }],
    }));
    const r = scan(['--policy', bad, EMAIL_POST]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${bad} is not a valid policy:\n  customPatterns.0.pattern: takes exponential time in backtracking regex engines`);
  });

  test('a 5 MB policy file is refused before it is read', () => {
    const huge = file('huge.json', `{"allowlist": [${'"abcdefgh",'.repeat(500_000)}"x"]}`);
    const r = scan(['--policy', huge, 'x']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('the policy file is 5.2 MB; the limit is 2.0 MB');
  });
});

describe('other commands', () => {
  test('--list-rules is generated from rule metadata', () => {
    const r = scan(['--list-rules']);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toMatch(/^RULE\s+CATEGORY\s+SEVERITY\s+REGION\s+LANGUAGES\s+STATE\s+DESCRIPTION$/);
    for (const rule of RULES) expect(r.out).toContain(rule.description);
  });

  test('--help and usage errors', () => {
    expect(scan(['--help'])).toMatchObject({ code: 0, out: expect.stringContaining('--fail-on SEVERITY') });
    expect(scan(['--bogus', 'x'])).toMatchObject({ code: 2, err: expect.stringContaining("Unknown option '--bogus'") });
  });

  test.runIf(FILE_SCANNERS.length === 0)('an image file is refused clearly while no image check is built in', () => {
    expect(scan(['xray.png'])).toMatchObject({ code: 2, err: expect.stringContaining('xray.png: image checks are not available in this build') });
  });

  test('npm run scan works as documented', () => {
    const r = spawnSync('npm', ['run', '--silent', 'scan', '--', EMAIL_POST], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('email');
  });
});
