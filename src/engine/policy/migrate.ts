import { z } from 'zod';
import { REGIONS, SEVERITIES, type Severity } from '../types.ts';
import { POLICY_VERSION, toIssues, type PolicyIssue } from './schema.ts';

// Policies outlive builds: a file exported today, or a managed policy pushed to a fleet, must
// still load after the format changes. Each version step is one function from the shape
// before to the shape after; the current schema then validates the result.
//
// Version 0 is the draft shape the current format replaced. It had no packs, per-rule objects
// or per-severity actions:
//   {
//     "version": 0,
//     "name": "...",
//     "regions": ["CA", "US"],               -> packs: ["ca", "us"]
//     "disabledRules": ["email"],            -> rules.email.enabled = false
//     "severityOverrides": {"email": "low"}, -> rules.email.severity = "low"
//     "allowlist": ["St. Mary's"],           -> allowlist (unchanged)
//     "terms": ["Project Bluebird"],         -> customTerms, category "name", severity "high"
//     "blockAt": "high"                      -> actions: block at and above, warn below
//   }
// Every key was optional; what v0 did not have comes from the layer below when merged.

const policyV0Schema = z.strictObject({
  version: z.literal(0),
  name: z.string().max(200).optional(),
  regions: z.array(z.enum(['CA', 'US', 'UK'])).max(REGIONS.length).optional(),
  disabledRules: z.array(z.string().regex(/^[a-z0-9-]+$/)).max(500).optional(),
  severityOverrides: z.record(z.string().regex(/^[a-z0-9-]+$/), z.enum(SEVERITIES)).optional(),
  allowlist: z.array(z.string().min(2).max(200)).max(2000).optional(),
  terms: z.array(z.string().min(2).max(200)).max(2000).optional(),
  blockAt: z.enum(['high', 'medium', 'low', 'never']).optional(),
});
type PolicyV0 = z.infer<typeof policyV0Schema>;

function fromV0(v0: PolicyV0): Record<string, unknown> {
  const out: Record<string, unknown> = { version: 1 };
  if (v0.name !== undefined) out.name = v0.name;
  if (v0.regions) out.packs = [...new Set(v0.regions.map((r) => r.toLowerCase()))];
  const rules: Record<string, { enabled?: boolean; severity?: Severity }> = {};
  for (const id of v0.disabledRules ?? []) rules[id] = { ...rules[id], enabled: false };
  for (const [id, severity] of Object.entries(v0.severityOverrides ?? {})) rules[id] = { ...rules[id], severity };
  if (Object.keys(rules).length) out.rules = rules;
  if (v0.allowlist) out.allowlist = v0.allowlist;
  if (v0.terms) out.customTerms = v0.terms.map((term) => ({ term, category: 'name', severity: 'high' }));
  if (v0.blockAt && v0.blockAt !== 'never') {
    const at = v0.blockAt;
    const rank = (s: Severity) => SEVERITIES.indexOf(s);
    out.actions = Object.fromEntries(
      (['high', 'medium', 'low'] as const).map((s) => [s, rank(s) <= rank(at) ? 'block' : 'warn']),
    );
  }
  return out;
}

export type MigrateResult = { ok: true; value: unknown } | { ok: false; issues: PolicyIssue[] };

/**
 * Brings a parsed policy (a file, storage, or managed storage) to the current version.
 * Anything that is not an object, or that is already current, passes through untouched for
 * the schema to judge. Paths in errors refer to the file as written.
 */
export function migratePolicy(input: unknown): MigrateResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input) || !('version' in input)) {
    return { ok: true, value: input };
  }
  const version = (input as { version: unknown }).version;
  if (version === POLICY_VERSION) return { ok: true, value: input };
  if (version === 0) {
    const r = policyV0Schema.safeParse(input);
    if (!r.success) return { ok: false, issues: toIssues(r.error) };
    return { ok: true, value: fromV0(r.data) };
  }
  if (typeof version === 'number' && Number.isInteger(version) && version > POLICY_VERSION) {
    return {
      ok: false,
      issues: [{ path: 'version', message: `version ${version} is newer than this build understands (0 to ${POLICY_VERSION}); update Clear to Post` }],
    };
  }
  return { ok: false, issues: [{ path: 'version', message: `must be a policy version from 0 to ${POLICY_VERSION}` }] };
}
