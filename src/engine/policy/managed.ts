import { DEFAULT_POLICY } from './defaults.ts';
import { loadPolicy, type PolicyLoadResult } from './parse.ts';
import { policyPatchSchema, type Policy } from './schema.ts';

// Managed storage (chrome.storage.managed; in Firefox the "data" object of a managed storage
// manifest) holds the organisation's policy as TOP-LEVEL KEYS, one per policy setting:
//
//   chrome.storage.managed.get(null)  ->  { "packs": ["ca"], "actions": { "high": "block" },
//                                           "customTerms": [ ... ] }
//
// so that admin consoles (Google Admin, GPO, plist) show each setting as its own policy with
// its own description, instead of one opaque "policy" blob. The object is read as a policy
// patch: any subset of the settings, `version` optional (absent = current version), strict
// (an unknown key is an error, because Firefox does not validate managed data against any
// schema). public/managed_schema.json declares the same keys for Chrome; it is generated from
// policyPatchSchema by scripts/gen-managed-schema.ts and a test keeps it up to date.

/** The top-level keys managed storage may hold. */
export const MANAGED_KEYS: readonly string[] = Object.keys(policyPatchSchema.shape);

/**
 * Validates what managed storage returned. On success `patch` is the managed layer for
 * mergePolicies(defaults, user, patch); `policy` is that layer over `base` alone. Settings for
 * rules this build does not have are skipped (listed in `warnings`), not fatal.
 */
export function policyFromManaged(items: Record<string, unknown>, base: Policy = DEFAULT_POLICY): PolicyLoadResult {
  return loadPolicy(items, base, { unknownRules: 'skip' });
}
