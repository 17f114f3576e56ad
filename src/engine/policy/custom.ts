import { RE2JS } from 're2js';
import type { Rule, Span } from '../types.ts';
import type { CustomPattern, CustomTerm, Policy } from './schema.ts';

// An organisation's own terms and patterns, turned into rules the engine runs like any other.
//
// Patterns come from whoever writes the policy, so they must not be able to freeze the page a
// clinician is typing in. A backtracking engine (the browser's RegExp) can take exponential time
// on a pattern such as (a+)+$, and no timeout can interrupt it. RE2 (here its JavaScript port,
// re2js) matches in time linear in the text for every pattern it accepts; what it cannot promise
// that for (backreferences, lookaround) it refuses to compile, and that refusal is reported
// to the policy author as the reason.

/** Long enough for any real identifier format; short enough that the compiled program stays small. */
export const MAX_PATTERN_LENGTH = 500;
/**
 * Each custom scan reads at most this many characters. analyze() already caps its input at
 * MAX_INPUT (100,000); NFKC normalisation can lengthen a text, so the cap is applied again here.
 */
export const MAX_SCAN_LENGTH = 100_000;

/**
 * Zero-width matches would flag every post; these probes find patterns that produce them. An
 * empty match can only depend on RE2's zero-width assertions (^ $ \A \z \b \B, and ^ $ per
 * line with (?m)), so the probes put every combination of those in front of the pattern:
 * text edges, word and non-word neighbours, and line breaks between both kinds.
 */
const EMPTY_PROBES = ['', 'a', '.', 'A 1', 'Word, 12 ab-cd.\n', 'é ü 中 😀', 'x\ny', '.\n.', '\n\n'];

function compile(pattern: string, caseInsensitive: boolean): RE2JS {
  return RE2JS.compile(pattern, caseInsensitive ? RE2JS.CASE_INSENSITIVE : 0);
}

/** Why a custom pattern cannot be used, in words for the policy author; undefined when it can. */
export function patternProblem(pattern: string): string | undefined {
  if (pattern.length > MAX_PATTERN_LENGTH) return `is longer than ${MAX_PATTERN_LENGTH} characters`;
  let re: RE2JS;
  try {
    re = compile(pattern, false);
  } catch (e) {
    // re2js messages read "error parsing regexp: invalid escape sequence: `\1`".
    const detail = e instanceof Error ? e.message.replace(/^error parsing regexp:\s*/, '') : String(e);
    return `is not a supported pattern (${detail}); patterns use RE2 syntax, without backreferences or lookaround`;
  }
  for (const probe of EMPTY_PROBES) {
    for (const m of re.matchAll(probe)) {
      if (m[0].length === 0) return 'can match empty text, which would flag every post';
    }
  }
  return undefined;
}

const WORD = /[\p{L}\p{N}_]/u;
const isWord = (ch: string | undefined) => ch !== undefined && WORD.test(ch);

/** A match of a term counts only as a whole word: "Anne" must not flag "Joanne". */
function wordBounded(text: string, start: number, end: number, term: string): boolean {
  if (isWord(term[0]) && isWord(text[start - 1])) return false;
  if (isWord(term[term.length - 1]) && isWord(text[end])) return false;
  return true;
}

interface TermMatcher {
  re: RE2JS;
  /** lower-cased term -> the shorter terms it starts with, longest first. */
  prefixes: Map<string, string[]>;
}

/**
 * All terms of one category and severity as one RE2 alternation, so the text is read once
 * however many terms there are. Longer terms come first: RE2 prefers the earlier alternative,
 * so "Jean Paul" wins over "Jean" at the same position.
 */
function termMatcher(terms: readonly string[]): TermMatcher {
  // Rules read NFKC-normalised text, so the terms are normalised the same way.
  const sorted = [...new Set(terms.map((t) => t.normalize('NFKC').toLowerCase()))].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const re = compile(sorted.map((t) => RE2JS.quote(t)).join('|'), true);
  const prefixes = new Map<string, string[]>();
  for (const t of sorted) prefixes.set(t, sorted.filter((o) => o.length < t.length && t.startsWith(o)));
  return { re, prefixes };
}

function findTerms(text: string, m: TermMatcher): Span[] {
  const out: Span[] = [];
  const matcher = m.re.matcher(text);
  let from = 0;
  while (from <= text.length && matcher.find(from)) {
    const start = matcher.start();
    const end = matcher.end();
    const found = text.slice(start, end).toLowerCase();
    // The longest term at this position may run into a word ("Jean Pauline"); a shorter
    // term that starts the same way may still stand alone ("Jean").
    const term = [found, ...(m.prefixes.get(found) ?? [])].find((t) => wordBounded(text, start, start + t.length, t));
    if (term) {
      out.push({ start, end: start + term.length, confidence: 0.9, reason: 'custom-term' });
      from = start + term.length;
    } else {
      from = start + 1;
    }
  }
  return out;
}

function findPattern(text: string, re: RE2JS): Span[] {
  const out: Span[] = [];
  for (const m of re.matchAll(text)) {
    const start = m.index ?? 0;
    if (m[0].length === 0) continue;
    out.push({ start, end: start + m[0].length, confidence: 0.9, reason: 'custom-pattern' });
  }
  return out;
}

const capped = (text: string) => (text.length > MAX_SCAN_LENGTH ? text.slice(0, MAX_SCAN_LENGTH) : text);

function termRules(terms: readonly CustomTerm[]): Rule[] {
  const groups = new Map<string, CustomTerm[]>();
  for (const t of terms) {
    const key = `${t.category}/${t.severity}`;
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  return [...groups.values()].map((group) => {
    const { category, severity } = group[0]!;
    const m = termMatcher(group.map((t) => t.term));
    return {
      id: 'custom-term',
      category,
      severity,
      languages: ['en', 'fr'],
      description: `One of the ${group.length} ${category} term${group.length === 1 ? '' : 's'} of ${severity} severity the organisation's policy lists.`,
      guidance: `guidance_${category.replace(/-/g, '_')}`,
      detect: (text: string) => findTerms(capped(text), m),
      examples: { flag: [], pass: [] },
    } satisfies Rule;
  });
}

function patternRule(p: CustomPattern): Rule | undefined {
  // A policy that reached analyze() without parsePolicy() may hold a bad pattern; it is skipped
  // rather than allowed to throw in the middle of someone's typing.
  if (patternProblem(p.pattern)) return undefined;
  const re = compile(p.pattern, p.caseInsensitive ?? false);
  return {
    id: `custom:${p.id}`,
    category: p.category,
    severity: p.severity,
    languages: ['en', 'fr'],
    description: p.description ?? 'A pattern the organisation\'s policy defines.',
    guidance: `guidance_${p.category.replace(/-/g, '_')}`,
    detect: (text: string) => findPattern(capped(text), re),
    examples: { flag: [], pass: [] },
  };
}

const cache = new WeakMap<Policy, readonly Rule[]>();

/**
 * The policy's custom terms and patterns as rules: ids `custom-term` and `custom:<pattern id>`.
 * Compiled once per policy object (policies are treated as immutable values).
 */
export function customRules(policy: Policy): readonly Rule[] {
  if (policy.customTerms.length === 0 && policy.customPatterns.length === 0) return [];
  let rules = cache.get(policy);
  if (!rules) {
    rules = [
      ...termRules(policy.customTerms),
      ...policy.customPatterns.map(patternRule).filter((r): r is Rule => r !== undefined),
    ];
    cache.set(policy, rules);
  }
  return rules;
}
