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
// to the policy author as the reason. (Where people author policies, redos.ts also refuses
// patterns that would be exponential in other, backtracking, engines.)

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
  /** Lower-cased, NFKC-normalised, longest first. */
  terms: string[];
  maxLength: number;
}

/** All terms of one category and severity, for findTerms. */
function termMatcher(terms: readonly string[]): TermMatcher {
  // Rules read NFKC-normalised text, so the terms are normalised the same way.
  const sorted = [...new Set(terms.map((t) => t.normalize('NFKC').toLowerCase()))].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const re = compile(sorted.map((t) => RE2JS.quote(t)).join('|'), true);
  return { re, terms: sorted, maxLength: sorted[0]?.length ?? 0 };
}

/** Lower case with the same length (toLowerCase turns "İ" into two code units). */
function lowerSameLength(s: string): string {
  const lower = s.toLowerCase();
  if (lower.length === s.length) return lower;
  return Array.from(s, (ch) => {
    const l = ch.toLowerCase();
    return l.length === ch.length ? l : ch;
  }).join('');
}

/**
 * Where terms occur. Whether any term occurs is answered by RE2's DFA over one alternation of
 * all terms, which reads the text once however many terms there are; RE2's way of locating
 * matches (the NFA) is slow on a long alternation, so matching windows are then searched with
 * indexOf per term. Most posts match no term, and most windows of those that do match none.
 */
const WINDOW = 512;

function findTerms(text: string, m: TermMatcher): Span[] {
  if (!m.re.test(text)) return [];
  const out: Span[] = [];
  let next = 0; // a match may not start before the end of the previous one
  for (let w = 0; w < text.length; w += WINDOW) {
    // A window owns the matches that start in [w, w + WINDOW); it reaches one longest term further.
    const chunk = text.slice(w, Math.min(text.length, w + WINDOW + m.maxLength));
    if (next >= w + WINDOW || !m.re.test(chunk)) continue;
    const lower = lowerSameLength(chunk);
    const found: Array<[number, string]> = [];
    for (const t of m.terms) {
      for (let i = lower.indexOf(t); i !== -1 && i < WINDOW; i = lower.indexOf(t, i + 1)) found.push([w + i, t]);
    }
    // Leftmost first; at one position the longest term that stands as a whole word wins
    // ("Jean Paul" over "Jean", but "Jean" in "Jean Pauline").
    found.sort((a, b) => a[0] - b[0] || b[1].length - a[1].length);
    for (const [start, t] of found) {
      if (start < next || !wordBounded(text, start, start + t.length, t)) continue;
      out.push({ start, end: start + t.length, confidence: 0.9, reason: 'custom-term' });
      next = start + t.length;
    }
  }
  return out;
}

function findPattern(text: string, re: RE2JS): Span[] {
  // A pattern's matches have no length bound, so it cannot be windowed; the DFA still answers
  // first for the common case of no match.
  if (!re.test(text)) return [];
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
