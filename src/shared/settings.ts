import { browser } from './platform.ts';
import type { EffectivePolicy, SiteId } from './messages.ts';
import { DEFAULT_POLICY, MANAGED_KEYS, loadPolicy, mergePolicies, policyFromManaged, type Policy, type PolicyIssue, type PolicyPatch } from '../engine/policy/index.ts';

// Where settings live, and how the three layers become the policy a tab obeys:
// defaults < the user's policy (storage.local) < the organisation's (storage.managed, which
// Chrome/Edge fill from 3rdparty extension policy and Firefox from policies.json "3rdparty").
// The background, the popup and the options page all read through here.

export const KEYS = { policy: 'policy', paused: 'paused', audit: 'audit' } as const;

/** A pause that lasts until the user turns checking back on. */
export const PAUSE_UNTIL_RESUMED = 0;
export const PAUSE_HOUR_MS = 60 * 60 * 1000;

export async function loadUserPolicy(): Promise<Policy> {
  const got = await browser.storage.local.get(KEYS.policy);
  const stored = got[KEYS.policy];
  if (stored === undefined) return structuredClone(DEFAULT_POLICY);
  // Only the options page writes this key, after validation, so a problem here means a newer
  // build removed a rule or a setting: keep everything that still holds rather than
  // throwing the user's whole policy away.
  return mergePolicies(DEFAULT_POLICY, usablePart(stored)).policy;
}

/**
 * The valid part of a policy patch: settings with a problem are left out one by one (a rule
 * entry on its own, otherwise the whole top-level setting), so one bad value in managed
 * storage cannot switch the rest of the organisation's policy off.
 */
export function usablePart(value: unknown): PolicyPatch {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return {};
  // Unknown top-level keys are reported against the whole object; leave them out first.
  const known = new Set(MANAGED_KEYS);
  let candidate = Object.fromEntries(Object.entries(structuredClone(value)).filter(([k]) => known.has(k)));
  for (let attempt = 0; attempt < 50; attempt++) {
    const r = loadPolicy(candidate);
    if (r.ok) return r.patch;
    const next = { ...candidate };
    for (const issue of r.issues) {
      const [top, second] = issue.path.split('.');
      if (!top) return {};
      const rules = next.rules as Record<string, unknown> | undefined;
      if (top === 'rules' && second && rules && typeof rules === 'object' && second in rules) {
        const copy = { ...rules };
        delete copy[second];
        next.rules = copy;
      } else {
        delete next[top];
      }
    }
    candidate = next;
  }
  return {};
}

export async function saveUserPolicy(policy: Policy): Promise<{ ok: true } | { ok: false; issues: PolicyIssue[] }> {
  const r = loadPolicy(policy);
  if (!r.ok) return r;
  await browser.storage.local.set({ [KEYS.policy]: r.policy });
  return { ok: true };
}

export async function resetUserPolicy(): Promise<void> {
  await browser.storage.local.remove(KEYS.policy);
}

/** The organisation's values, or {} when there are none (Firefox throws without a policy). */
export async function loadManaged(): Promise<Record<string, unknown>> {
  try {
    const area = browser.storage.managed as { get(k?: null): Promise<Record<string, unknown>> } | undefined;
    if (!area) return {};
    return (await area.get(null)) ?? {};
  } catch {
    return {};
  }
}

export async function loadPaused(now = Date.now()): Promise<Record<string, number>> {
  const got = await browser.storage.local.get(KEYS.paused);
  return livePauses((got[KEYS.paused] ?? {}) as Record<string, number>, now);
}

export function livePauses(paused: Record<string, number>, now: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [site, until] of Object.entries(paused)) {
    if (typeof until === 'number' && (until === PAUSE_UNTIL_RESUMED || until > now)) out[site] = until;
  }
  return out;
}

export async function setPause(site: SiteId, until: number | null): Promise<void> {
  const got = await browser.storage.local.get(KEYS.paused);
  const paused = livePauses((got[KEYS.paused] ?? {}) as Record<string, number>, Date.now());
  if (until === null) delete paused[site];
  else paused[site] = until;
  await browser.storage.local.set({ [KEYS.paused]: paused });
}

export interface Layers {
  user: Policy;
  managed: Record<string, unknown>;
  paused: Record<string, number>;
}

export async function loadLayers(): Promise<Layers> {
  const [user, managed, paused] = await Promise.all([loadUserPolicy(), loadManaged(), loadPaused()]);
  return { user, managed, paused };
}

export async function loadEffective(): Promise<EffectivePolicy> {
  return effectiveFrom(await loadLayers());
}

/** The organisation's layer as a validated patch (its invalid settings left out). */
export function managedPatch(managed: Record<string, unknown>): PolicyPatch {
  const checked = policyFromManaged(managed);
  return checked.ok ? checked.patch : usablePart(managed);
}

export function effectiveFrom({ user, managed, paused }: Layers): EffectivePolicy {
  const patch = managedPatch(managed);
  const { policy, locked } = mergePolicies(DEFAULT_POLICY, user, patch);
  return { policy, locked, managed: Object.keys(patch).length > 0, paused: policy.allowPause ? paused : {} };
}

/** True when `path`, anything above it or anything below it is set by the organisation. */
export function isLocked(locked: readonly string[], path: string): boolean {
  return locked.some((l) => l === path || path.startsWith(l + '.') || l.startsWith(path + '.'));
}

const SITE_HOSTS: ReadonlyArray<[RegExp, SiteId]> = [
  [/^(?:mobile\.)?(?:x|twitter)\.com$/, 'x'],
  [/^(?:www|web|m)\.facebook\.com$/, 'facebook'],
  [/^www\.linkedin\.com$/, 'linkedin'],
  [/^bsky\.app$/, 'bluesky'],
  [/^www\.threads\.(?:net|com)$/, 'threads'],
  [/^www\.reddit\.com$/, 'reddit'],
];

/** Which supported site a page belongs to, from its URL (https only), or undefined. */
export function siteOfUrl(url: string | undefined, mastodonHosts: readonly string[]): SiteId | undefined {
  if (!url) return undefined;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  if (u.protocol !== 'https:') return undefined;
  for (const [re, site] of SITE_HOSTS) if (re.test(u.hostname)) return site;
  return mastodonHosts.includes(u.hostname) ? 'mastodon' : undefined;
}

/** Whether the policy checks a site at all. */
export function siteEnabled(policy: Policy, site: SiteId, host?: string): boolean {
  if (site === 'generic') return false;
  if (site === 'mastodon') return host ? policy.sites.mastodon.includes(host) : policy.sites.mastodon.length > 0;
  return policy.sites[site];
}

