import { browser } from './platform.ts';
import type { EffectivePolicy, SiteId } from './messages.ts';
import { DEFAULT_POLICY } from '../engine/policy/defaults.ts';
import { validatePolicy, type Policy, type PolicyIssue } from '../engine/policy/schema.ts';

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
  const r = validatePolicy(stored);
  // Only the options page writes this key, after validation; an invalid value means a
  // downgrade or a corrupted profile, and the safe reading of that is the defaults.
  return r.ok ? r.policy : structuredClone(DEFAULT_POLICY);
}

export async function saveUserPolicy(policy: unknown): Promise<{ ok: true } | { ok: false; issues: PolicyIssue[] }> {
  const r = validatePolicy(policy);
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

export function effectiveFrom({ user, managed, paused }: Layers): EffectivePolicy {
  const { policy, locked } = mergeLayers(user, managed);
  return { policy, locked, managed: locked.length > 0, paused: policy.allowPause ? paused : {} };
}

/** True when `path` or any part above it is set by the organisation. */
export function isLocked(locked: readonly string[], path: string): boolean {
  return locked.some((l) => l === path || path.startsWith(l + '.'));
}

/**
 * Interim merge until the engine's mergePolicies lands: each top-level key the organisation
 * sets replaces the user's, and only if the result still validates (an invalid managed value
 * must not switch checking off). Replaced by src/engine/policy's merge.
 */
function mergeLayers(user: Policy, managed: Record<string, unknown>): { policy: Policy; locked: string[] } {
  let policy: Policy = structuredClone(user);
  const locked: string[] = [];
  for (const [key, value] of Object.entries(managed)) {
    if (!(key in DEFAULT_POLICY)) continue;
    const candidate = { ...policy, [key]: value };
    const r = validatePolicy(candidate);
    if (!r.ok) continue;
    policy = r.policy;
    locked.push(key);
  }
  return { policy, locked: locked.sort() };
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

/** Largest policy file accepted; a real policy is a few kilobytes. */
export const MAX_POLICY_BYTES = 1_000_000;

/**
 * Reads an imported policy file. Interim until the engine's parsePolicy lands (which adds
 * custom-pattern compilation and migrations): size cap, JSON syntax, then the schema.
 */
export function parsePolicyText(text: string): { ok: true; policy: Policy } | { ok: false; issues: PolicyIssue[] } {
  if (text.length > MAX_POLICY_BYTES) return { ok: false, issues: [{ path: '', message: `file is larger than ${MAX_POLICY_BYTES} bytes` }] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, issues: [{ path: '', message: `not valid JSON: ${(e as Error).message}` }] };
  }
  return validatePolicy(data);
}
