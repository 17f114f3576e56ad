import { RegExpParser } from '@eslint-community/regexpp';
import { analyse } from 'scslre';
import type { PolicyLoadResult } from './parse.ts';
import type { Policy, PolicyIssue } from './schema.ts';

// Clear to Post itself runs custom patterns on RE2, in time linear in the text, so no pattern
// can hang the page. A policy file travels further than this extension, though: compliance
// teams keep it in their own tooling, test it with grep or a JavaScript console, and reuse its
// patterns in other filters, all backtracking engines where a pattern like (a+)+$ takes
// exponential time. Such a pattern is also always a mistake (it means the same as a+$), so
// wherever a person writes or imports a policy it is refused with the reason.
//
// This check is for authoring only (options page, CLI): the analyser it uses is large, and it
// must stay out of the content script, which only ever runs patterns on RE2.

/** RE2-only syntax with a JavaScript equivalent, so most patterns can be analysed as JS. */
function asJavaScript(pattern: string): { source: string; flags: string } {
  let flags = 'u';
  let source = pattern;
  const lead = /^\(\?([imsU]+)\)/.exec(source);
  if (lead) {
    if (lead[1]!.includes('i')) flags += 'i';
    if (lead[1]!.includes('s')) flags += 's';
    if (lead[1]!.includes('m')) flags += 'm';
    source = source.slice(lead[0].length);
  }
  // Named groups: RE2's (?P<name>...) is JavaScript's (?<name>...).
  source = source.replace(/\(\?P</g, '(?<');
  return { source, flags };
}

/**
 * The options page checks the whole policy on every change (a term added, a box ticked), and
 * the analysis of one pattern can take tens of milliseconds: each pattern is analysed once.
 * Bounded, since a person can type any number of patterns into the form.
 */
const verdicts = new Map<string, string | undefined>();
const MAX_VERDICTS = 1000;

/**
 * Why `pattern` would be dangerous in a backtracking engine, for the policy author; undefined
 * when it is not, or when it uses RE2 syntax JavaScript cannot parse (RE2 still runs it safely).
 */
export function backtrackingProblem(pattern: string, caseInsensitive = false): string | undefined {
  const key = `${caseInsensitive ? 'i' : '-'}${pattern}`;
  if (verdicts.has(key)) return verdicts.get(key);
  if (verdicts.size >= MAX_VERDICTS) verdicts.clear();
  const verdict = analysePattern(pattern, caseInsensitive);
  verdicts.set(key, verdict);
  return verdict;
}

function analysePattern(pattern: string, caseInsensitive: boolean): string | undefined {
  const { source, flags } = asJavaScript(pattern);
  const allFlags = caseInsensitive && !flags.includes('i') ? flags + 'i' : flags;
  let ast;
  try {
    ast = new RegExpParser({ ecmaVersion: 2025 }).parseLiteral(`/${source.replace(/\//g, '\\/')}/${allFlags}`);
  } catch {
    return undefined;
  }
  // Only exponential cases: polynomial ones (.*a.*) are everywhere in ordinary patterns and
  // cost little on a post-sized text.
  const found = analyse({ pattern: ast.pattern, flags: ast.flags }, { maxReports: 5 }).reports.find((r) => r.exponential);
  if (!found) return undefined;
  // The outer repetition is the part to rewrite: (a+)+ for a self report, the wider of the two
  // quantifiers that trade characters otherwise.
  const quant = found.type === 'Self' ? found.parentQuant : found.type === 'Trade' ? found.startQuant : found.quant;
  const part = quant.raw.length <= 40 ? quant.raw : undefined;
  return 'takes exponential time in backtracking regex engines (a repetition that can match the same text in many ways'
    + (part ? `, here ${part}` : '')
    + '); rewrite it so that text can match it only one way, for example (a+)+ as a+';
}

/** Problems a person writing or importing `policy` must fix, with the same paths as the schema's. */
export function authoringIssues(policy: Pick<Policy, 'customPatterns'>): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  policy.customPatterns.forEach((p, i) => {
    const problem = backtrackingProblem(p.pattern, p.caseInsensitive);
    if (problem) issues.push({ path: `customPatterns.${i}.pattern`, message: problem });
  });
  return issues;
}

/** parsePolicy's result, failed when a person would have to fix the policy first. */
export function checkedForAuthoring(r: PolicyLoadResult): PolicyLoadResult {
  if (!r.ok) return r;
  const issues = authoringIssues(r.policy);
  return issues.length ? { ok: false, issues } : r;
}
