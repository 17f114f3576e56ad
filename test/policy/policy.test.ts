import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/engine/index.ts';
import {
  DEFAULT_POLICY, MAX_POLICY_BYTES, mergePolicies, migratePolicy, parsePolicy, patternProblem,
  policyFromManaged, validatePolicy, type Policy,
} from '../../src/engine/policy/index.ts';
import { backtrackingProblem, checkedForAuthoring } from '../../src/engine/policy/redos.ts';

const withCustom = (patch: Partial<Policy>): Policy => ({ ...DEFAULT_POLICY, ...patch });
const issuesOf = (text: string) => {
  const r = parsePolicy(text);
  if (r.ok) throw new Error('expected the policy to be rejected');
  return r.issues;
};

describe('custom patterns', () => {
  test('patterns RE2 cannot run in linear time are rejected with the reason and the path', () => {
    const bad = ['(a)\\1', '(?=x)y', '(?<!x)y', '[a-'];
    for (const pattern of bad) expect(patternProblem(pattern), pattern).toMatch(/RE2/);
    const issues = issuesOf(JSON.stringify({
      version: 1,
      customPatterns: [
        { id: 'ok', pattern: 'MRN-\\d{6}', category: 'id', severity: 'high' },
        { id: 'also-ok', pattern: 'X\\d{3}', category: 'id', severity: 'low' },
        { id: 'backref', pattern: '(ab)\\1', category: 'id', severity: 'high' },
      ],
    }));
    expect(issues).toEqual([{ path: 'customPatterns.2.pattern', message: expect.stringMatching(/invalid escape sequence/) }]);
  });

  test('patterns that can match empty text are rejected', () => {
    for (const p of ['a*', 'x|', '\\b', '(?:MRN)?', '^', '(?m)^\\b', '\\B$', '(?:\\d{3})?']) expect(patternProblem(p), p).toMatch(/empty text/);
    expect(patternProblem('MRN\\d+')).toBeUndefined();
  });

  test('over-long patterns and duplicate ids are rejected', () => {
    expect(patternProblem('a'.repeat(501))).toMatch(/longer than 500/);
    const issues = issuesOf(JSON.stringify({
      customPatterns: [
        { id: 'x', pattern: 'ab', category: 'id', severity: 'high' },
        { id: 'x', pattern: 'cd', category: 'id', severity: 'high' },
      ],
    }));
    expect(issues).toEqual([{ path: 'customPatterns.1.id', message: 'duplicate id "x"' }]);
  });

  test('patterns exponential for backtracking engines are refused where people author policies', () => {
    for (const p of ['(a+)+$', '^(\\d+)*$', '(?i)([a-z]+)+!', '(x+x+)+y']) {
      expect(backtrackingProblem(p), p).toMatch(/exponential time in backtracking regex engines/);
    }
    // Nested repetition that a separator makes unambiguous, and RE2-only syntax, stay allowed.
    for (const p of ['(\\w+\\.)+\\w+', '([A-Z]+-)+\\d', 'MRN\\d{6}', '(?P<n>\\d+)-\\pL+', '.*ward.*']) {
      expect(backtrackingProblem(p), p).toBeUndefined();
    }
    const text = JSON.stringify({ customPatterns: [
      { id: 'ok', pattern: 'W\\d{3}', category: 'room', severity: 'low' },
      { id: 'evil', pattern: '(a+)+$', category: 'id', severity: 'high' },
    ] });
    expect(parsePolicy(text).ok).toBe(true);
    const r = checkedForAuthoring(parsePolicy(text));
    expect(r.ok ? [] : r.issues).toEqual([{ path: 'customPatterns.1.pattern', message: expect.stringContaining('(a+)+') }]);
  });

  // A managed policy is not refused for it (RE2 runs it safely), so the engine must stay linear.
  test('a catastrophic-backtracking pattern runs in linear time on a hostile input', () => {
    const policy = withCustom({ customPatterns: [{ id: 'evil', pattern: '(a+)+$', category: 'id', severity: 'high' }] });
    const text = `${'a'.repeat(50_000)}!`;
    // The native RegExp would not finish in the lifetime of the test; RE2 answers at once.
    const findings = analyze(text, { policy, only: ['custom:evil'] });
    expect(findings).toEqual([]);
  });

  test('custom patterns produce findings with the policy\'s category and severity', () => {
    const policy = withCustom({
      customPatterns: [{ id: 'badge', pattern: 'EMP-\\d{5}', caseInsensitive: true, category: 'id', severity: 'medium' }],
    });
    const text = 'Staff badge emp-12345 and EMP-99999.';
    expect(analyze(text, { policy }).filter((f) => f.ruleId === 'custom:badge').map((f) => [f.start, f.end, f.category, f.severity]))
      .toEqual([[12, 21, 'id', 'medium'], [26, 35, 'id', 'medium']]);
  });

  test('positions map back through normalisation (full-width digits)', () => {
    const policy = withCustom({ customPatterns: [{ id: 'badge', pattern: 'EMP-\\d{5}', category: 'id', severity: 'high' }] });
    const text = 'Badge: EMP-１２３４５ ok';
    const [f] = analyze(text, { policy, only: ['custom:badge'] });
    expect(text.slice(f!.start, f!.end)).toBe('EMP-１２３４５');
  });
});

describe('custom terms', () => {
  const policy = withCustom({
    customTerms: [
      { term: 'Jean', category: 'name', severity: 'high' },
      { term: 'Jean Paul', category: 'name', severity: 'high' },
      { term: 'Hôpital Bluebird', category: 'location', severity: 'medium' },
      { term: 'Anne', category: 'name', severity: 'high' },
    ],
  });
  const found = (text: string) =>
    analyze(text, { policy, only: ['custom-term'] }).map((f) => [text.slice(f.start, f.end), f.category, f.severity]);

  test('whole words only, case-insensitive, longest first', () => {
    expect(found('jean paul was here')).toEqual([['jean paul', 'name', 'high']]);
    expect(found('Jean Pauline came')).toEqual([['Jean', 'name', 'high']]);
    expect(found('Joanne and Annette')).toEqual([]);
    expect(found('ANNE, bed 3')).toEqual([['ANNE', 'name', 'high']]);
    expect(found('au hôpital bluebird hier')).toEqual([['hôpital bluebird', 'location', 'medium']]);
  });

  test('terms are found wherever they fall in a long text (the search is windowed)', () => {
    for (let at = 500; at <= 530; at++) {
      const text = `${'x'.repeat(at - 1)} Jean Paul and jean, then Anne.`;
      expect(found(text), String(at)).toEqual([['Jean Paul', 'name', 'high'], ['jean', 'name', 'high'], ['Anne', 'name', 'high']]);
    }
    const many = 'Seen with Jean Paul today. '.repeat(400);
    const spans = analyze(many, { policy, only: ['custom-term'] });
    expect(spans).toHaveLength(400);
    expect(spans.every((f, i) => f.start === i * 27 + 10 && f.end === i * 27 + 19)).toBe(true);
  });

  test('the allowlist still wins', () => {
    const allow = { ...policy, allowlist: ['Jean Coutu'] };
    expect(analyze('Pharmacie Jean Coutu', { policy: allow, only: ['custom-term'] })).toEqual([]);
  });
});

describe('parsePolicy', () => {
  test('a partial file is laid over the defaults', () => {
    const r = parsePolicy('{"version": 1, "actions": {"high": "block"}, "packs": ["ca"]}');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.policy.actions).toEqual({ high: 'block', medium: 'confirm', low: 'warn' });
    expect(r.policy.packs).toEqual(['ca']);
    expect(r.patch).toEqual({ version: 1, actions: { high: 'block' }, packs: ['ca'] });
    expect(r.warnings).toEqual([]);
    expect(validatePolicy(r.policy).ok).toBe(true);
  });

  test('JSON errors give the line and column', () => {
    expect(issuesOf('{\n  "version": 1,\n  "packs": ["ca",]\n}')).toEqual([
      { path: '', message: 'not valid JSON: value expected at line 3, column 18' },
    ]);
    expect(issuesOf('{"version": 1')[0]!.message).toMatch(/^not valid JSON: .* at line 1, column 14$/);
    expect(issuesOf('   ')[0]!.message).toBe('the policy file is empty');
  });

  test('a 5 MB file is rejected before parsing', () => {
    const huge = `{"allowlist": [${'"abcdefgh",'.repeat(500_000)}"x"]}`;
    expect(huge.length).toBeGreaterThan(5_000_000);
    expect(issuesOf(huge)).toEqual([{ path: '', message: 'the policy file is 5.2 MB; the limit is 2.0 MB' }]);
    expect(MAX_POLICY_BYTES).toBe(2 * 1024 * 1024);
  });

  test('unknown keys, wrong types and unknown rules name the path; nothing is applied', () => {
    expect(issuesOf('{"actions": {"hihg": "block"}}')).toEqual([{ path: 'actions', message: 'Unrecognized key: "hihg"' }]);
    expect(issuesOf('{"audit": {"retentionDays": "90"}}')[0]!.path).toBe('audit.retentionDays');
    expect(issuesOf('{"rules": {"emial": {"enabled": false}}}')).toEqual([{ path: 'rules.emial', message: 'no rule has the id "emial"' }]);
    expect(issuesOf('{"__proto__": {"version": 1}}')).toEqual([{ path: '__proto__', message: 'is not an allowed key' }]);
    expect(issuesOf('[1, 2]')[0]!.path).toBe('');
  });

  test('hostile shapes are errors, never exceptions', () => {
    expect(issuesOf('['.repeat(1_000_000))[0]!.message).toMatch(/^not valid JSON/);
    expect(issuesOf('{"a":'.repeat(100_000))[0]!.message).toMatch(/^not valid JSON/);
    expect(issuesOf(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)[0]!.message).toBe('is nested too deeply for a policy');
    expect(issuesOf('{"rules": {"__proto__": {}}}')).toEqual([{ path: 'rules.__proto__', message: 'is not an allowed key' }]);
    for (const text of ['null', '"x"', '0', '{"customPatterns": [null]}', '{"rules": null}', '{"version": "1"}']) {
      expect(parsePolicy(text).ok, text).toBe(false);
    }
  });

  test('a byte order mark is accepted', () => {
    expect(parsePolicy('\uFEFF{"version": 1}').ok).toBe(true);
  });

  test('a newer version is refused with a clear message', () => {
    expect(issuesOf('{"version": 7}')).toEqual([{ path: 'version', message: expect.stringMatching(/newer than this build/) }]);
  });
});

describe('migratePolicy', () => {
  const v0 = {
    version: 0,
    name: 'Old policy',
    regions: ['CA', 'UK'],
    disabledRules: ['email'],
    severityOverrides: { email: 'low' },
    allowlist: ['St. Mary\'s'],
    terms: ['Project Bluebird'],
    blockAt: 'medium',
  };

  test('version 0 becomes version 1', () => {
    expect(migratePolicy(v0)).toEqual({
      ok: true,
      value: {
        version: 1,
        name: 'Old policy',
        packs: ['ca', 'uk'],
        rules: { email: { enabled: false, severity: 'low' } },
        allowlist: ['St. Mary\'s'],
        customTerms: [{ term: 'Project Bluebird', category: 'name', severity: 'high' }],
        actions: { high: 'block', medium: 'block', low: 'warn' },
      },
    });
    const r = parsePolicy(JSON.stringify(v0));
    expect(r.ok && r.policy.rules.email).toEqual({ enabled: false, severity: 'low' });
    expect(r.ok && analyze('Project Bluebird update', { policy: r.policy }).map((f) => f.ruleId)).toEqual(['custom-term']);
  });

  test('a bad version 0 file names the path in its own terms', () => {
    expect(issuesOf(JSON.stringify({ ...v0, regions: ['FR'] }))[0]!.path).toBe('regions.0');
  });

  test('current and unversioned input passes through', () => {
    expect(migratePolicy({ version: 1, name: 'x' })).toEqual({ ok: true, value: { version: 1, name: 'x' } });
    expect(migratePolicy({ name: 'x' })).toEqual({ ok: true, value: { name: 'x' } });
  });
});

describe('mergePolicies', () => {
  test('managed > user > defaults, setting by setting, and managed settings are locked', () => {
    const user = { actions: { high: 'warn' as const, low: 'confirm' as const }, allowlist: ['Dr Who'], packs: ['ca' as const] };
    const managed = { actions: { high: 'block' as const }, rules: { email: { severity: 'medium' as const } }, guidance: { text: { en: 'Ask privacy' } } };
    const { policy, locked } = mergePolicies(DEFAULT_POLICY, user, managed);
    expect(policy.actions).toEqual({ high: 'block', medium: 'confirm', low: 'confirm' });
    expect(policy.allowlist).toEqual(['Dr Who']);
    expect(policy.packs).toEqual(['ca']);
    expect(policy.rules).toEqual({ email: { severity: 'medium' } });
    expect(policy.guidance).toEqual({ text: { en: 'Ask privacy' } });
    expect(locked).toEqual(['actions.high', 'guidance.text.en', 'rules.email.severity']);
    expect(validatePolicy(policy).ok).toBe(true);
    expect(DEFAULT_POLICY.actions.high).toBe('confirm');
  });

  test('managed arrays replace, except custom terms and patterns, which add to the user\'s', () => {
    const user = {
      allowlist: ['a1', 'a2'],
      customTerms: [{ term: 'Bluebird', category: 'name' as const, severity: 'low' as const }, { term: 'Kestrel', category: 'name' as const, severity: 'low' as const }],
    };
    const managed = { allowlist: ['m1'], customTerms: [{ term: 'bluebird', category: 'case' as const, severity: 'high' as const }] };
    const { policy, locked } = mergePolicies(DEFAULT_POLICY, user, managed);
    expect(policy.allowlist).toEqual(['m1']);
    expect(policy.customTerms.map((t) => t.term)).toEqual(['bluebird', 'Kestrel']);
    expect(locked).toEqual(['allowlist', 'customTerms']);
  });

  test('no layers gives the defaults and no locks', () => {
    expect(mergePolicies(DEFAULT_POLICY)).toEqual({ policy: DEFAULT_POLICY, locked: [] });
  });
});

describe('managed storage', () => {
  test('top-level keys are a policy patch; unknown keys are errors', () => {
    const r = policyFromManaged({ packs: ['us'], allowPause: false });
    expect(r.ok && r.patch).toEqual({ packs: ['us'], allowPause: false });
    const newer = policyFromManaged({ rules: { email: { severity: 'low' }, 'rule-from-a-newer-build': { enabled: false } } });
    expect(newer).toMatchObject({
      ok: true,
      patch: { rules: { email: { severity: 'low' } } },
      warnings: [{ path: 'rules.rule-from-a-newer-build', message: 'no rule has the id "rule-from-a-newer-build"' }],
    });
    const bad = policyFromManaged({ policy: { packs: ['us'] } });
    expect(bad.ok).toBe(false);
    expect(policyFromManaged({}).ok).toBe(true);
  });
});

describe('custom term details', () => {
  test('terms are normalised like the post and must hold a letter or digit', () => {
    const policy = withCustom({ customTerms: [{ term: 'Ｗａｒｄ ７', category: 'room', severity: 'high' }] });
    expect(analyze('moved to ward 7 today', { policy, only: ['custom-term'] }).map((f) => [f.start, f.end])).toEqual([[9, 15]]);
    expect(issuesOf('{"customTerms": [{"term": "  ", "category": "name", "severity": "high"}]}'))
      .toEqual([{ path: 'customTerms.0.term', message: 'must contain a letter or a digit' }]);
  });
});
