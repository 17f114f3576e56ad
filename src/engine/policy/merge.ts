import type { CustomPattern, CustomTerm, Policy, PolicyPatch } from './schema.ts';
import { POLICY_VERSION } from './version.ts';

// Three layers decide the policy in force: the built-in defaults, what the user set on the
// options page (or imported), and what the organisation pushed through managed storage.
// Later layers win setting by setting: a managed {"actions": {"high": "block"}} changes that one
// action and leaves the user's other choices alone.
//
// Arrays are settings of their own and are replaced whole (a managed allowlist or pack list is
// the organisation's list, not an addition a user can widen), with one exception: custom terms
// and custom patterns only ever add detections, so the user's are kept beside the managed ones
// (a user entry that repeats a managed term or pattern id gives way to the managed one).
//
// Every setting the managed layer sets is locked: `locked` lists their dotted paths
// ("actions.high", "rules.email.enabled", "packs"), for the options page to show as fixed.
// For customTerms and customPatterns the lock covers the managed entries only.

export interface MergedPolicy {
  policy: Policy;
  locked: string[];
}

type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);

function overlay(base: unknown, patch: unknown, path: string, locked: string[] | undefined): unknown {
  if (!isPlain(patch)) {
    locked?.push(path);
    return patch;
  }
  // A setting absent below (guidance.text) is built key by key, so each key gets its own lock.
  const out: Plain = isPlain(base) ? { ...base } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    out[key] = overlay(out[key], value, path ? `${path}.${key}` : key, locked);
  }
  return out;
}

function unionTerms(managed: readonly CustomTerm[], user: readonly CustomTerm[]): CustomTerm[] {
  const taken = new Set(managed.map((t) => t.term.toLowerCase()));
  return [...managed, ...user.filter((t) => !taken.has(t.term.toLowerCase()))];
}

function unionPatterns(managed: readonly CustomPattern[], user: readonly CustomPattern[]): CustomPattern[] {
  const taken = new Set(managed.map((p) => p.id));
  return [...managed, ...user.filter((p) => !taken.has(p.id))];
}

/**
 * The policy in force: managed > user > defaults, and the paths the managed layer locks.
 * Both layers must come from loadPolicy/parsePolicy/policyFromManaged (validated and migrated).
 */
export function mergePolicies(defaults: Policy, user?: PolicyPatch, managed?: PolicyPatch): MergedPolicy {
  const locked: string[] = [];
  const { version: _uv, ...userRest } = user ?? {};
  const { version: _mv, customTerms, customPatterns, ...managedRest } = managed ?? {};
  const withUser = overlay(defaults, userRest, '', undefined) as Policy;
  const merged = overlay(withUser, managedRest, '', locked) as Policy;
  if (customTerms) {
    merged.customTerms = unionTerms(customTerms, withUser.customTerms);
    locked.push('customTerms');
  }
  if (customPatterns) {
    merged.customPatterns = unionPatterns(customPatterns, withUser.customPatterns);
    locked.push('customPatterns');
  }
  merged.version = POLICY_VERSION;
  return { policy: merged, locked: locked.sort() };
}
