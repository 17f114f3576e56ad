import type { Runtime } from 'webextension-polyfill';
import { browser } from '../shared/platform.ts';
import type { CommandResult, EffectivePolicy, Message, TabState } from '../shared/messages.ts';
import { KEYS, isLocked, loadEffective, loadUserPolicy, saveUserPolicy, setPause } from '../shared/settings.ts';
import { RULES } from '../engine/index.ts';
import { asStore, emptyAudit, prune, record } from './audit.ts';
import { routeImageRequest } from './images.ts';
import { syncMastodonScripts, watchGrants } from './mastodon.ts';
import { ANY_HOST_CHUNK_MESSAGE, isAnyHostChunk } from './any-host-script.ts';
import { CHECKLIST_PATH } from '../shared/guidance.ts';

// Service worker (Chrome) / event page (Firefox). It owns the settings, the live policy push,
// per-tab state and the badge, and the audit counters. Per-tab state holds rule ids,
// severities and our own suggestion texts, never a post's text, and lives only in memory.

const tabStates = new Map<number, { state: TabState; origin: string }>();

let effective: Promise<EffectivePolicy> = loadEffective();

/** Storage writes that read-modify-write (audit, allowlist) run one after another. */
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(job: () => Promise<T>): Promise<T> {
  const next = queue.then(job, job);
  queue = next.catch(() => undefined);
  return next;
}

async function pushPolicy(): Promise<void> {
  effective = loadEffective();
  const eff = await effective;
  const msg: Message = { type: 'policy-changed', effective: eff };
  const tabs = await browser.tabs.query({});
  await Promise.all(tabs.map((tab) => tab.id === undefined
    ? undefined
    // Tabs without our content script have no receiver; that rejection is expected.
    : browser.tabs.sendMessage(tab.id, msg).catch(() => undefined)));
  await syncMastodonScripts(eff.policy.sites.mastodon).catch(() => undefined);
  await serial(() => pruneAudit(eff));
}

browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'managed' || (area === 'local' && (KEYS.policy in changes || KEYS.paused in changes))) void pushPolicy();
});
watchGrants(() => effective.then((e) => e.policy.sites.mastodon));
browser.runtime.onStartup.addListener(() => { void pushPolicy(); });
browser.runtime.onInstalled.addListener(() => { void pushPolicy(); });

const categoryById = new Map<string, string>(RULES.map((r) => [r.id, r.category]));

async function pruneAudit(eff: EffectivePolicy): Promise<void> {
  const got = await browser.storage.local.get(KEYS.audit);
  if (got[KEYS.audit] === undefined) return;
  const before = asStore(got[KEYS.audit]);
  const n = Object.keys(before.counts).length;
  const after = prune(before, eff.policy.audit.retentionDays, Date.now());
  if (Object.keys(after.counts).length !== n) await browser.storage.local.set({ [KEYS.audit]: after });
}

async function recordAudit(msg: Extract<Message, { type: 'audit' }>): Promise<void> {
  const eff = await effective;
  if (!eff.policy.audit.enabled) return;
  const custom = new Map<string, string>(eff.policy.customPatterns.map((p) => [p.id, p.category]));
  const got = await browser.storage.local.get(KEYS.audit);
  const store = record(asStore(got[KEYS.audit]), msg, Date.now(), (id) => categoryById.get(id) ?? custom.get(id) ?? custom.get(id.replace(/^custom[:-]/, '')));
  prune(store, eff.policy.audit.retentionDays, Date.now());
  await browser.storage.local.set({ [KEYS.audit]: store });
}

async function addToAllowlist(term: string): Promise<CommandResult> {
  const eff = await effective;
  if (isLocked(eff.locked, 'allowlist')) return { ok: false, reason: 'locked' };
  const clean = term.trim();
  const user = await loadUserPolicy();
  if (user.allowlist.some((t) => t.toLowerCase() === clean.toLowerCase())) return { ok: true };
  const saved = await saveUserPolicy({ ...user, allowlist: [...user.allowlist, clean] });
  return saved.ok ? { ok: true } : { ok: false, reason: 'invalid' };
}

async function pause(msg: Extract<Message, { type: 'set-pause' }>): Promise<CommandResult> {
  const eff = await effective;
  if (!eff.policy.allowPause) return { ok: false, reason: isLocked(eff.locked, 'allowPause') ? 'locked' : 'not-allowed' };
  if (msg.until !== null && !(Number.isFinite(msg.until) && msg.until >= 0)) return { ok: false, reason: 'invalid' };
  await setPause(msg.site, msg.until);
  return { ok: true };
}

/** The popup and options page, as opposed to a content script speaking for a web page. */
function fromOwnPage(sender: Runtime.MessageSender): boolean {
  return sender.url?.startsWith(browser.runtime.getURL('')) === true;
}

function notifyPages(msg: Message): void {
  // No popup open means no receiver, and that rejection is expected.
  browser.runtime.sendMessage(msg).catch(() => undefined);
}

function originOf(url: string | undefined): string {
  try {
    return url ? new URL(url).origin : '';
  } catch {
    return '';
  }
}

function setBadge(tabId: number, state: TabState | undefined): void {
  const n = state?.status === 'active' ? state.findings.filter((f) => f.severity !== 'info').length : 0;
  void browser.action.setBadgeText({ tabId, text: n ? String(n) : '' }).catch(() => undefined);
  if (n) void browser.action.setBadgeBackgroundColor({ tabId, color: '#b3261e' }).catch(() => undefined);
}

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
  const msg = raw as Message;
  // Only our own pages and content scripts can reach this listener (no externally_connectable),
  // but a content script speaks for its own tab only.
  switch (msg?.type) {
    case 'get-policy':
      return effective;
    case ANY_HOST_CHUNK_MESSAGE: {
      // Into the asking frame only, and only the content script's own chunks.
      const tabId = sender.tab?.id;
      if (tabId === undefined || !isAnyHostChunk(msg.file)) return Promise.resolve(false);
      return browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [msg.file] }).then(() => true);
    }
    case 'open-checklist':
      return browser.tabs.create({ url: browser.runtime.getURL(CHECKLIST_PATH) }).then(() => undefined);
    case 'tab-state': {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return undefined;
      tabStates.set(tabId, { state: msg.state, origin: originOf(sender.url ?? sender.tab?.url) });
      setBadge(tabId, msg.state);
      notifyPages({ type: 'tab-state-changed', tabId, state: msg.state });
      return undefined;
    }
    case 'audit':
      return serial(() => recordAudit(msg)).then(() => ({ ok: true }));
    case 'audit-clear':
      if (!fromOwnPage(sender)) return undefined;
      return serial(() => browser.storage.local.set({ [KEYS.audit]: emptyAudit() })).then(() => ({ ok: true }));
    case 'allowlist-add':
      if (typeof msg.term !== 'string') return Promise.resolve({ ok: false, reason: 'invalid' });
      return serial(() => addToAllowlist(msg.term));
    case 'image-analyze':
    case 'image-clean':
      return routeImageRequest(msg);
    case 'get-tab-state':
      return Promise.resolve(tabStates.get(msg.tabId)?.state ?? null);
    case 'set-pause':
      return serial(() => pause(msg));
    case 'tab-command':
      if (!fromOwnPage(sender)) return undefined;
      return browser.tabs
        .sendMessage(msg.tabId, { type: 'run-command', command: msg.command } satisfies Message)
        .then((r: unknown) => (r && typeof r === 'object' && 'ok' in r ? r : { ok: true }) as CommandResult, () => ({ ok: false, reason: 'no-tab' }) as CommandResult);
    default:
      return undefined;
  }
});

browser.tabs.onRemoved.addListener((tabId) => { tabStates.delete(tabId); });
browser.tabs.onUpdated.addListener((tabId, change) => {
  // Leaving a site leaves its findings behind; the new page reports its own. Moving within a
  // single-page site (x.com opening its composer changes the URL) keeps them.
  const known = tabStates.get(tabId);
  if (known && change.url !== undefined && originOf(change.url) !== known.origin) {
    tabStates.delete(tabId);
    setBadge(tabId, undefined);
  }
});
