import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { RULES } from '../registry.ts';
import { DEFAULT_POLICY } from './defaults.ts';
import { mergePolicies } from './merge.ts';
import { migratePolicy } from './migrate.ts';
import { policyPatchSchema, toIssues, type Policy, type PolicyIssue, type PolicyPatch } from './schema.ts';

// The one way in for a policy, whatever carries it: the options page's import, the CLI's
// --policy, and chrome.storage.managed. Nothing is applied unless all of it is valid.

/**
 * The largest policy file accepted. The biggest valid policy (2,000 allowlist entries and
 * custom terms of 200 characters, 200 patterns of 500) is about 1.1 MB.
 */
export const MAX_POLICY_BYTES = 2 * 1024 * 1024;

export type PolicyLoadResult =
  | {
      ok: true;
      /** The policy in force: `patch` over `base`. */
      policy: Policy;
      /** What the input set, migrated. */
      patch: PolicyPatch;
      /** Settings that were left out rather than applied (see `unknownRules`). */
      warnings: PolicyIssue[];
    }
  | { ok: false; issues: PolicyIssue[] };

export interface LoadOptions {
  /**
   * A rule id this build does not know: an error for files people import (a typo would
   * otherwise switch nothing off, silently), but skipped with a warning for managed storage,
   * where a policy written for a newer build must not be thrown away whole on an older one.
   */
  unknownRules?: 'error' | 'skip';
}

const fail = (path: string, message: string): PolicyLoadResult => ({ ok: false, issues: [{ path, message }] });

/**
 * Validates an already-parsed policy (any subset of the settings; see policyPatchSchema),
 * migrating older versions, and lays it over `base`.
 */
export function loadPolicy(value: unknown, base: Policy = DEFAULT_POLICY, options: LoadOptions = {}): PolicyLoadResult {
  const shape = shapeProblem(value);
  if (shape) return { ok: false, issues: [shape] };
  const migrated = migratePolicy(value);
  if (!migrated.ok) return migrated;
  const r = policyPatchSchema.safeParse(migrated.value);
  if (!r.success) return { ok: false, issues: toIssues(r.error) };
  const patch = r.data;
  const known = new Set(RULES.map((rule) => rule.id));
  const unknown = Object.keys(patch.rules ?? {}).filter((id) => !known.has(id));
  const issues = unknown.map((id) => ({ path: `rules.${id}`, message: `no rule has the id "${id}"` }));
  if (unknown.length && options.unknownRules !== 'skip') return { ok: false, issues };
  if (unknown.length) patch.rules = Object.fromEntries(Object.entries(patch.rules!).filter(([id]) => known.has(id)));
  return { ok: true, policy: mergePolicies(base, patch).policy, patch, warnings: issues };
}

/** Deeper than any valid policy (guidance.text.en is 3), with room for a clear error. */
const MAX_DEPTH = 8;

/**
 * Rejects, without recursion, nesting no policy has and "__proto__" keys: JSON.parse keeps
 * the latter as plain data, but any later copy by assignment would turn it into a prototype.
 */
function shapeProblem(value: unknown): PolicyIssue | undefined {
  const stack: Array<[unknown, string[]]> = [[value, []]];
  while (stack.length) {
    const [node, path] = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    if (path.length >= MAX_DEPTH) return { path: path.join('.'), message: 'is nested too deeply for a policy' };
    for (const key of Object.keys(node)) {
      if (key === '__proto__') return { path: [...path, key].join('.'), message: 'is not an allowed key' };
      stack.push([(node as Record<string, unknown>)[key], [...path, key]]);
    }
  }
  return undefined;
}

function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) { n += 4; i++; }
    else n += 3;
  }
  return n;
}

const mb = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) { line++; lineStart = i + 1; }
  }
  return { line, column: offset - lineStart + 1 };
}

/** "PropertyNameExpected" -> "property name expected" */
const words = (code: string) => code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

/** Parses, migrates and validates a policy file's text; see loadPolicy. */
export function parsePolicy(jsonText: string, base: Policy = DEFAULT_POLICY): PolicyLoadResult {
  // Cheap bound first: UTF-8 needs at most 3 bytes per UTF-16 unit.
  if (jsonText.length > MAX_POLICY_BYTES || utf8Length(jsonText) > MAX_POLICY_BYTES) {
    return fail('', `the policy file is ${mb(utf8Length(jsonText))}; the limit is ${mb(MAX_POLICY_BYTES)}`);
  }
  // Editors on Windows save UTF-8 with a byte order mark, which JSON itself does not allow.
  const text = jsonText.replace(/^\uFEFF/, '');
  if (text.trim() === '') return fail('', 'the policy file is empty');
  let value: unknown;
  try {
    // JSON.parse, not a tolerant parser, builds the value: it keeps a "__proto__" key as plain
    // data for the schema to reject, where assignment-based parsers would change a prototype.
    value = JSON.parse(text);
  } catch (e) {
    // Engines word JSON errors differently and not all give a position; this parser does.
    const errors: ParseError[] = [];
    try {
      parseJsonc(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    } catch {
      // It recurses, so absurd nesting exhausts the stack; the engine's own message remains.
      errors.length = 0;
    }
    const first = errors[0];
    if (!first) return fail('', `not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
    const { line, column } = lineColumn(text, first.offset);
    return fail('', `not valid JSON: ${words(printParseErrorCode(first.error))} at line ${line}, column ${column}`);
  }
  return loadPolicy(value, base);
}
