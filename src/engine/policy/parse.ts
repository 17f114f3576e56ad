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
  | { ok: true; /** The policy in force: `patch` over `base`. */ policy: Policy; /** What the input set, migrated. */ patch: PolicyPatch }
  | { ok: false; issues: PolicyIssue[] };

const fail = (path: string, message: string): PolicyLoadResult => ({ ok: false, issues: [{ path, message }] });

/**
 * Validates an already-parsed policy (any subset of the settings; see policyPatchSchema),
 * migrating older versions, and lays it over `base`.
 */
export function loadPolicy(value: unknown, base: Policy = DEFAULT_POLICY): PolicyLoadResult {
  const migrated = migratePolicy(value);
  if (!migrated.ok) return migrated;
  const r = policyPatchSchema.safeParse(migrated.value);
  if (!r.success) return { ok: false, issues: toIssues(r.error) };
  const known = new Set(RULES.map((rule) => rule.id));
  // A typo in a rule id would otherwise switch nothing off, silently.
  const unknown = Object.keys(r.data.rules ?? {}).filter((id) => !known.has(id));
  if (unknown.length) {
    return { ok: false, issues: unknown.map((id) => ({ path: `rules.${id}`, message: `no rule has the id "${id}"` })) };
  }
  return { ok: true, policy: mergePolicies(base, r.data).policy, patch: r.data };
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
    parseJsonc(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = errors[0];
    if (!first) return fail('', `not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
    const { line, column } = lineColumn(text, first.offset);
    return fail('', `not valid JSON: ${words(printParseErrorCode(first.error))} at line ${line}, column ${column}`);
  }
  return loadPolicy(value, base);
}
