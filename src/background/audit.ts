import type { AuditAction, OverrideReason, SiteId } from '../shared/messages.ts';

// The audit is counts, never content: a day, a rule id (ours or the policy's own custom id),
// its category, a site id from a closed list, an action from a closed list and an override
// reason from a closed list. Anything outside those sets is dropped before it is counted, so
// a bug elsewhere cannot turn the audit into a copy of what someone wrote.

export const AUDIT_ACTIONS: readonly AuditAction[] = ['warned', 'fixed', 'ignored', 'allowlisted', 'overridden', 'posted-clean', 'cancelled'];
export const OVERRIDE_REASONS: readonly OverrideReason[] = ['consent', 'not-patient', 'public-info', 'deidentified', 'other'];
export const SITE_IDS: readonly SiteId[] = ['x', 'facebook', 'linkedin', 'bluesky', 'threads', 'reddit', 'mastodon', 'generic'];

/** Rule ids are kebab-case; custom ones may carry a "custom-" or "custom:" prefix. Never free text. */
const RULE_ID = /^[a-z0-9][a-z0-9:-]{0,79}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Stands for "no rule" in rows such as posted-clean. */
export const NO_RULE = '-';

export interface AuditRow {
  date: string;
  rule: string;
  category: string;
  site: SiteId;
  action: AuditAction;
  /** Only for overridden; '' otherwise. */
  reason: OverrideReason | '';
  count: number;
}

export interface AuditStore {
  version: 1;
  /** key = date \t rule \t category \t site \t action \t reason */
  counts: Record<string, number>;
}

export const emptyAudit = (): AuditStore => ({ version: 1, counts: {} });

export interface AuditEvent {
  site: SiteId;
  action: AuditAction;
  ruleIds: readonly string[];
  reason?: OverrideReason | undefined;
}

/** Local calendar day: staff and officers think in their own days, not UTC's. */
export function dayOf(ms: number): string {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

export function asStore(raw: unknown): AuditStore {
  if (!raw || typeof raw !== 'object' || (raw as AuditStore).version !== 1) return emptyAudit();
  const counts: Record<string, number> = {};
  for (const [k, v] of Object.entries((raw as AuditStore).counts ?? {})) {
    if (parseKey(k) && Number.isInteger(v) && v > 0) counts[k] = v;
  }
  return { version: 1, counts };
}

function parseKey(key: string): Omit<AuditRow, 'count'> | null {
  const [date, rule, category, site, action, reason, ...rest] = key.split('\t');
  if (rest.length || date === undefined || rule === undefined || category === undefined || site === undefined || action === undefined || reason === undefined) return null;
  if (!DAY.test(date)) return null;
  if (rule !== NO_RULE && !RULE_ID.test(rule)) return null;
  if (category !== NO_RULE && !RULE_ID.test(category)) return null;
  if (!SITE_IDS.includes(site as SiteId) || !AUDIT_ACTIONS.includes(action as AuditAction)) return null;
  if (reason !== '' && !OVERRIDE_REASONS.includes(reason as OverrideReason)) return null;
  return { date, rule, category, site: site as SiteId, action: action as AuditAction, reason: reason as OverrideReason | '' };
}

/**
 * Adds one event to the store (mutates and returns it). `categoryOf` maps a rule id to its
 * category; ids it does not know are counted as "unknown" rather than trusted as text.
 */
export function record(store: AuditStore, ev: AuditEvent, now: number, categoryOf: (ruleId: string) => string | undefined): AuditStore {
  if (!SITE_IDS.includes(ev.site) || !AUDIT_ACTIONS.includes(ev.action)) return store;
  const reason = ev.action === 'overridden' && ev.reason && OVERRIDE_REASONS.includes(ev.reason) ? ev.reason : '';
  const date = dayOf(now);
  const ids = ev.ruleIds.filter((id) => typeof id === 'string' && RULE_ID.test(id));
  // A clean post names no rule; one event still counts once.
  const rules = ids.length ? [...new Set(ids)] : [NO_RULE];
  for (const rule of rules) {
    const category = rule === NO_RULE ? NO_RULE : (categoryOf(rule) ?? 'unknown');
    const key = [date, rule, category, ev.site, ev.action, reason].join('\t');
    store.counts[key] = (store.counts[key] ?? 0) + 1;
  }
  return store;
}

/** Drops days older than `retentionDays` (today counts as day 1). */
export function prune(store: AuditStore, retentionDays: number, now: number): AuditStore {
  const oldest = dayOf(now - (retentionDays - 1) * 86_400_000);
  for (const key of Object.keys(store.counts)) {
    if (key.slice(0, 10) < oldest) delete store.counts[key];
  }
  return store;
}

export function rows(store: AuditStore): AuditRow[] {
  const out: AuditRow[] = [];
  for (const [k, count] of Object.entries(store.counts)) {
    const r = parseKey(k);
    if (r) out.push({ ...r, count });
  }
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.rule.localeCompare(b.rule) || a.site.localeCompare(b.site) || a.action.localeCompare(b.action) || a.reason.localeCompare(b.reason));
}

export const CSV_HEADER = ['date', 'rule', 'category', 'site', 'action', 'reason', 'count'] as const;

/** RFC 4180 CSV. Every field comes from a closed vocabulary, but quote defensively anyway. */
export function toCsv(list: readonly AuditRow[]): string {
  const cell = (v: string | number) => {
    const s = String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [CSV_HEADER.join(',')];
  for (const r of list) lines.push(CSV_HEADER.map((h) => cell(r[h])).join(','));
  return lines.join('\r\n') + '\r\n';
}

export function toJson(list: readonly AuditRow[], retentionDays: number): string {
  return JSON.stringify({ format: 'clear-to-post-audit', version: 1, retentionDays, rows: list }, null, 2);
}

export interface AuditTotals {
  byAction: Record<string, number>;
  byCategory: Record<string, number>;
  bySite: Record<string, number>;
  byDay: Record<string, number>;
  byRule: Record<string, number>;
  total: number;
}

export function totals(list: readonly AuditRow[]): AuditTotals {
  const t: AuditTotals = { byAction: {}, byCategory: {}, bySite: {}, byDay: {}, byRule: {}, total: 0 };
  const add = (m: Record<string, number>, k: string, n: number) => { m[k] = (m[k] ?? 0) + n; };
  for (const r of list) {
    add(t.byAction, r.action, r.count);
    add(t.byDay, r.date, r.count);
    add(t.bySite, r.site, r.count);
    if (r.rule !== NO_RULE) {
      add(t.byCategory, r.category, r.count);
      add(t.byRule, r.rule, r.count);
    }
    t.total += r.count;
  }
  return t;
}
