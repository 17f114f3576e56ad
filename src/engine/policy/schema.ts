import { z } from 'zod';
import { CATEGORIES, REGIONS, SEVERITIES } from '../types.ts';
import { MAX_PATTERN_LENGTH, patternProblem } from './custom.ts';
import { POLICY_VERSION } from './version.ts';

// One schema for every way a policy arrives: defaults, the options page, import/export,
// the CLI's --policy, and chrome.storage.managed. Objects are strict so a typo in a key
// is an error that names its path instead of a silently ignored setting.

// The engine runs inside extension pages whose CSP forbids eval; zod's JIT would try it.
z.config({ jitless: true });

export { POLICY_VERSION };

const severity = z.enum(SEVERITIES);
const category = z.enum(CATEGORIES);
export const ACTIONS = ['warn', 'confirm', 'block'] as const;
const action = z.enum(ACTIONS);
const shortText = z.string().max(200);
const url = z.string().max(2000).regex(/^https:\/\/\S+$/, 'must be an https:// URL');
const host = z.string().max(253).regex(/^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, 'must be a host name such as mastodon.social');

export const ruleSettingSchema = z.strictObject({
  enabled: z.boolean().optional(),
  severity: severity.optional(),
});

export const customTermSchema = z.strictObject({
  /** Matched as whole words, case-insensitively, after the same normalisation as the post (NFKC). */
  term: z.string().min(2).max(200).regex(/[\p{L}\p{N}]/u, 'must contain a letter or a digit'),
  category,
  severity,
});

export const customPatternSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be lower-case letters, digits and dashes'),
  /** RE2 syntax (no backreferences or lookaround), so matching time is linear in the text. */
  pattern: z.string().min(1).max(MAX_PATTERN_LENGTH).superRefine((p, ctx) => {
    const problem = patternProblem(p);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }),
  /** Only case-insensitivity is offered: other flags change semantics between regex engines. */
  caseInsensitive: z.boolean().optional(),
  category,
  severity,
  description: shortText.optional(),
});

/** Two entries with one id would report findings under one rule id with two meanings. */
function uniqueIds(list: readonly { id: string }[], ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  list.forEach((p, i) => {
    if (seen.has(p.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate id "${p.id}"` });
    seen.add(p.id);
  });
}

const actionsSchema = z.strictObject({ high: action, medium: action, low: action });
const overrideSchema = z.strictObject({ allowed: z.boolean(), requireReason: z.boolean() });
const guidanceSchema = z.strictObject({
  text: z.strictObject({ en: z.string().max(2000).optional(), fr: z.string().max(2000).optional() }).optional(),
  policyUrl: url.optional(),
  privacyContact: shortText.optional(),
});
const sitesSchema = z.strictObject({
  x: z.boolean(),
  facebook: z.boolean(),
  linkedin: z.boolean(),
  bluesky: z.boolean(),
  threads: z.boolean(),
  reddit: z.boolean(),
  mastodon: z.array(host).max(100),
});
const auditSchema = z.strictObject({ enabled: z.boolean(), retentionDays: z.number().int().min(1).max(3650) });

export const policySchema = z.strictObject({
  version: z.literal(POLICY_VERSION),
  name: shortText,
  /** Bumped by whoever edits the policy; shown in the popup so staff can quote it. */
  revision: z.string().max(40).optional(),
  packs: z.array(z.enum(REGIONS)).max(REGIONS.length),
  /** 'auto' follows the browser's UI language. */
  language: z.enum(['auto', 'en', 'fr']),
  rules: z.record(z.string().regex(/^[a-z0-9-]+$/), ruleSettingSchema),
  allowlist: z.array(z.string().min(2).max(200)).max(2000),
  customTerms: z.array(customTermSchema).max(2000),
  customPatterns: z.array(customPatternSchema).max(200).superRefine(uniqueIds),
  actions: actionsSchema,
  override: overrideSchema,
  guidance: guidanceSchema,
  sites: sitesSchema,
  /** Whether staff may pause checking on a site from the popup. */
  allowPause: z.boolean(),
  audit: auditSchema,
});

/**
 * What a file, the options page or managed storage may hold: any subset of the policy, down to
 * single settings inside the nested objects (`{"actions": {"high": "block"}}`). Missing settings
 * come from the layer below (see merge.ts). Still strict: an unknown key is an error.
 * `version` may be omitted and then means the current version.
 */
export const policyPatchSchema = policySchema.extend({
  version: z.literal(POLICY_VERSION),
  actions: actionsSchema.partial(),
  override: overrideSchema.partial(),
  guidance: guidanceSchema.partial(),
  sites: sitesSchema.partial(),
  audit: auditSchema.partial(),
}).partial();

export type Policy = z.infer<typeof policySchema>;
export type Action = (typeof ACTIONS)[number];
export type CustomPattern = z.infer<typeof customPatternSchema>;
export type CustomTerm = z.infer<typeof customTermSchema>;
export type PolicyPatch = z.infer<typeof policyPatchSchema>;

export interface PolicyIssue {
  /** Dotted path into the file, e.g. "customPatterns.2.pattern"; "" for the whole file. */
  path: string;
  message: string;
}

export type PolicyResult = { ok: true; policy: Policy } | { ok: false; issues: PolicyIssue[] };

export function validatePolicy(input: unknown): PolicyResult {
  const r = policySchema.safeParse(input);
  if (r.success) return { ok: true, policy: r.data };
  return { ok: false, issues: toIssues(r.error) };
}

export function toIssues(error: z.ZodError): PolicyIssue[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
}
