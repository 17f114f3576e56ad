import type { Finding, Lang, Policy, Rule, Suggestion } from './types.ts';
import { DEFAULT_POLICY } from './policy/defaults.ts';
import { customRules } from './policy/custom.ts';
import { normalize, toOriginal, type Normalized } from './pipeline/normalize.ts';
import { makeContext } from './pipeline/context.ts';
import { mergeFindings } from './pipeline/merge.ts';
import { suggestionsFor, tidyRemoval } from './redact.ts';
import { RULES } from './registry.ts';
import { findNameEvents, findNames } from './context/names.ts';
import { findPlaces, namedPlaces } from './context/places.ts';
import { findAges, numberAges, patientAgeSentences, spelledAges } from './context/ages.ts';
import { findDates } from './context/dates.ts';
import { scanCommonSignals } from './pipeline/signals.ts';
import { scanSubjects } from './pipeline/subject.ts';
import type { RuleContext } from './types.ts';

export type { Finding, Rule, Policy, Lang } from './types.ts';
export { RULES } from './registry.ts';

/**
 * JavaScript regexes cannot be interrupted, so the input length is what bounds the work.
 * Facebook's post limit is 63,206 characters; anything past this is not a post but a paste
 * accident, and its tail is left unchecked rather than freezing the page.
 */
export const MAX_INPUT = 100_000;

export interface AnalyzeOptions {
  policy?: Policy;
  lang?: Lang | 'auto';
  /** ISO date for rules that reason about "recent" dates; the engine never reads a clock. */
  today?: string;
  /** Only these rules (ids); used by the rule examples and the options page's rule preview. */
  only?: readonly string[];
}

/** Whether a rule runs under a policy: pack, explicit switch, then its default. */
export function isRuleEnabled(rule: Rule, policy: Policy): boolean {
  return enabledUnder(rule, policy, policy.rules);
}

function enabledUnder(rule: Rule, policy: Policy, settings: Policy['rules'] | undefined): boolean {
  const setting = settings?.[rule.id];
  if (setting?.enabled !== undefined) return setting.enabled;
  if (rule.region && !policy.packs.includes(rule.region)) return false;
  return !rule.defaultOff;
}

/**
 * A policy's per-rule settings, or undefined when it sets none, as the default policy does. Asked
 * of an empty object, each rule's id missed through to Object.prototype, twice per rule and post:
 * a few microseconds of every analysis in a profile of the dev corpus.
 */
function settingsOf(policy: Policy): Policy['rules'] | undefined {
  for (const _ in policy.rules) return policy.rules;
  return undefined;
}

export function analyze(input: string, options: AnalyzeOptions = {}): Finding[] {
  // The same stages as analyzeSteps in the same order, without a generator: resuming one
  // between every rule cost more on a tweet than most of the rules themselves.
  const original = clip(input);
  if (original === undefined) return [];
  const norm = normalize(original);
  const ctx = contextOf(norm, options);
  if (!options.only) for (const scan of SHARED_SCANS) scan(ctx);
  const run = new Run(original, norm, ctx, options.policy ?? DEFAULT_POLICY);
  for (const rule of rulesOf(run.policy)) if (run.runs(rule, options)) run.rule(rule);
  return run.findings();
}

/**
 * The same analysis as analyze(), as steps: the generator yields between its stages and
 * between rules, and returns the findings when it is done. Still pure: it never decides when
 * to pause. A caller on a page's main thread (the content script) runs steps until its time
 * slice is spent, then lets the page breathe, so a 63,206-character paste is never one long
 * task. Running it to completion is exactly analyze().
 */
export function* analyzeSteps(input: string, options: AnalyzeOptions = {}): Generator<void, Finding[], void> {
  const original = clip(input);
  if (original === undefined) return [];
  const norm = normalize(original);
  yield;
  const ctx = contextOf(norm, options);
  yield;
  // The scans several rules share (memoised per analysis), each a step of its own: otherwise
  // the first rule to ask pays for them all in one step, which on a 63,206-character paste was
  // the longest pause a sliced caller could not break (40-60 ms). Same results either way.
  if (!options.only) {
    for (const scan of SHARED_SCANS) {
      scan(ctx);
      yield;
    }
  }
  const run = new Run(original, norm, ctx, options.policy ?? DEFAULT_POLICY);
  for (const rule of rulesOf(run.policy)) {
    if (!run.runs(rule, options)) continue;
    run.rule(rule);
    yield;
  }
  return run.findings();
}

/** The text analysed (bounded by MAX_INPUT), or undefined when there is nothing to analyse. */
function clip(input: string): string | undefined {
  const original = input.length > MAX_INPUT ? input.slice(0, MAX_INPUT) : input;
  return original.trim().length === 0 ? undefined : original;
}

function contextOf(norm: Normalized, options: AnalyzeOptions): RuleContext {
  const policy = options.policy ?? DEFAULT_POLICY;
  return makeContext(norm.text, {
    lang: options.lang ?? (policy.language === 'auto' ? 'auto' : policy.language),
    today: options.today,
  });
}

function rulesOf(policy: Policy): readonly Rule[] {
  const custom = customRules(policy);
  return custom.length ? [...RULES, ...custom] : RULES;
}

/** One analysis's findings, gathered rule by rule. */
class Run {
  private readonly list: Finding[] = [];
  private readonly settings: Policy['rules'] | undefined;

  constructor(
    private readonly original: string,
    private readonly norm: Normalized,
    private readonly ctx: RuleContext,
    readonly policy: Policy,
  ) {
    this.settings = settingsOf(policy);
  }

  runs(rule: Rule, options: AnalyzeOptions): boolean {
    return options.only ? options.only.includes(rule.id) : enabledUnder(rule, this.policy, this.settings);
  }

  rule(rule: Rule): void {
    const { original, norm, ctx } = this;
    const severity = this.settings?.[rule.id]?.severity;
    for (const span of rule.detect(norm.text, ctx)) {
      if (span.end <= span.start) continue;
      // A rule that only speaks one language must not judge a sentence in the other.
      if (rule.languages.length < 2 && !rule.languages.includes(ctx.langAt(span.start))) continue;
      const [start, end] = toOriginal(norm, span.start, span.end);
      const f: Finding = {
        ruleId: rule.id,
        category: rule.category,
        severity: severity ?? span.severity ?? rule.severity,
        start,
        end,
        confidence: Math.max(0, Math.min(1, span.confidence)),
      };
      if (span.reason) f.reason = span.reason;
      const suggestions = (span.suggestions?.map((sg) => mapSuggestion(norm, sg)) ?? suggestionsFor(f, original, ctx.langAt(span.start)))
        .map((sg) => tidyRemoval(sg, original, start, end));
      if (suggestions.length) f.suggestions = suggestions;
      this.list.push(f);
    }
  }

  findings(): Finding[] {
    return mergeFindings(dropAllowlisted(this.list, this.original, this.policy.allowlist));
  }
}

const SHARED_SCANS: ReadonlyArray<(ctx: RuleContext) => unknown> = [scanCommonSignals, scanSubjects, findNameEvents, findNames, numberAges, spelledAges, findAges, patientAgeSentences, namedPlaces, findPlaces, findDates];

/** A suggestion's own range is in normalised offsets, like a span's; insertions stay insertions. */
function mapSuggestion(norm: Normalized, sg: Suggestion): Suggestion {
  if (sg.start === undefined || sg.end === undefined || norm.identity) return sg;
  if (sg.start === sg.end) {
    const at = norm.map[sg.start]!;
    return { ...sg, start: at, end: at };
  }
  const [start, end] = toOriginal(norm, sg.start, sg.end);
  return { ...sg, start, end };
}

/** Allowlisted terms (an organisation's own name, a colleague's handle) are never findings. */
function dropAllowlisted(findings: Finding[], text: string, allowlist: readonly string[]): Finding[] {
  if (allowlist.length === 0 || findings.length === 0) return findings;
  const lower = text.toLowerCase();
  const covered: Array<[number, number]> = [];
  for (const term of allowlist) {
    const t = term.toLowerCase();
    for (let i = lower.indexOf(t); i !== -1; i = lower.indexOf(t, i + 1)) covered.push([i, i + t.length]);
  }
  return findings.filter((f) => !covered.some(([s, e]) => f.start >= s && f.end <= e));
}
