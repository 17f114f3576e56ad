import type { Policy } from './schema.ts';
import { POLICY_VERSION } from './version.ts';

/** Canada first (PHIPA), with French; organisations add the US or UK pack as they need. */
export const DEFAULT_POLICY: Policy = Object.freeze({
  version: POLICY_VERSION,
  name: 'Clear to Post defaults',
  packs: ['ca', 'us', 'uk'],
  language: 'auto',
  rules: {},
  allowlist: [],
  customTerms: [],
  customPatterns: [],
  actions: { high: 'confirm', medium: 'confirm', low: 'warn' },
  override: { allowed: true, requireReason: false },
  guidance: {},
  sites: { x: true, facebook: true, linkedin: true, bluesky: true, threads: true, reddit: true, mastodon: [] },
  allowPause: true,
  audit: { enabled: true, retentionDays: 90 },
}) as Policy;
