import { localizeTree, setUiLang, t, uiLang } from '../shared/i18n.ts';
import { browser, uiLanguage } from '../shared/platform.ts';
import type { CommandResult, EffectivePolicy, FindingSummary, Message, SiteId, TabCommand, TabState, TabStatus, ThumbnailAnswer } from '../shared/messages.ts';
import { describeImageFinding } from '../content/images/describe.ts';
import type { ImageCategory } from '../image/types.ts';
import { PAUSE_HOUR_MS, PAUSE_UNTIL_RESUMED, isLocked, siteEnabled, siteOfUrl } from '../shared/settings.ts';
import { guidanceFor, resolveUiLang } from '../shared/guidance.ts';

// The popup shows one tab: the active one, or ?tab=ID (so it can be opened in a normal page
// and in tests). It holds no text: findings arrive as rule ids, severities and our own
// suggestion texts, and every action is relayed to the tab's content script.

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

let tabId: number | undefined;
let tabUrl: string | undefined;
let eff: EffectivePolicy;
let state: TabState | null = null;

async function send<T>(msg: Message): Promise<T> {
  return (await browser.runtime.sendMessage(msg)) as T;
}

async function findTab(): Promise<void> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) {
    const tab = await browser.tabs.get(fromQuery).catch(() => undefined);
    tabId = tab?.id;
    tabUrl = tab?.url;
    return;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  tabId = tab?.id;
  tabUrl = tab?.url;
}

function hostOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).hostname : undefined;
  } catch {
    return undefined;
  }
}

function currentSite(): SiteId | undefined {
  return state?.site ?? siteOfUrl(tabUrl, eff.policy.sites.mastodon);
}

function currentStatus(): { status: TabStatus; until?: number } {
  const site = currentSite();
  // Without a host permission the tab's URL is hidden from us, which is itself the answer:
  // our content script cannot be running there.
  if (!site || tabUrl === undefined) return { status: 'unsupported' };
  if (!siteEnabled(eff.policy, site, hostOf(tabUrl))) return { status: 'disabled-by-policy' };
  const until = eff.paused[site];
  if (until !== undefined && (until === PAUSE_UNTIL_RESUMED || until > Date.now())) return { status: 'paused', until };
  return { status: state?.status ?? 'no-composer' };
}

function statusText(s: { status: TabStatus; until?: number }): string {
  switch (s.status) {
    case 'active': return t('popup_status_active');
    case 'no-composer': return t('popup_status_no_composer');
    case 'unsupported': return t('popup_status_unsupported');
    case 'disabled-by-policy': return t('popup_status_disabled');
    case 'paused':
      return s.until === PAUSE_UNTIL_RESUMED
        ? t('popup_status_paused_indefinitely')
        : t('popup_status_paused_until', new Date(s.until!).toLocaleTimeString(document.documentElement.lang, { hour: 'numeric', minute: '2-digit' }));
  }
}

function button(label: string, onClick: () => void, opts: { primary?: boolean; describedBy?: string } = {}): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = label;
  if (opts.primary) b.className = 'primary';
  if (opts.describedBy) b.setAttribute('aria-describedby', opts.describedBy);
  b.addEventListener('click', onClick);
  return b;
}

/** The same guidance as the in-page card: our text, then the organisation's words and link. */
function guidanceNodes(f: FindingSummary): Node[] {
  const view = guidanceFor(f, eff.policy, uiLang());
  const p = document.createElement('p');
  p.textContent = t(view.messageKey);
  const out: Node[] = [p];
  if (view.sources.length) {
    // What the guidance rests on, linked where there is a public page.
    const basis = document.createElement('p');
    basis.className = 'sources muted';
    basis.append(`${t('guidance_sources')}: `);
    view.sources.forEach((src, i) => {
      if (i) basis.append(' · ');
      if (!src.url) { basis.append(t(src.nameKey)); return; }
      const a = document.createElement('a');
      a.href = src.url;
      a.target = '_blank';
      a.rel = 'noreferrer';
      a.textContent = t(src.nameKey);
      basis.append(a);
    });
    out.push(basis);
  }
  if (view.org?.text) {
    const org = document.createElement('p');
    org.className = 'org';
    org.textContent = view.org.text;
    out.push(org);
  }
  if (view.org?.policyUrl) {
    const a = document.createElement('a');
    a.href = view.org.policyUrl;
    a.target = '_blank';
    a.rel = 'noreferrer';
    a.textContent = t('popup_org_policy');
    const line = document.createElement('p');
    line.append(a);
    out.push(line);
  }
  return out;
}

async function command(command: TabCommand): Promise<void> {
  if (tabId === undefined) return;
  $('command-error').textContent = '';
  const r = await send<CommandResult>({ type: 'tab-command', tabId, command });
  if (!r.ok) $('command-error').textContent = t('popup_command_failed');
  else await refreshState();
}

/**
 * Thumbnails come from the tab's content script, which holds the file, straight to this page
 * (tabs.sendMessage): the background never carries pixels. Asked once per image while the
 * popup is open, and forgotten with it.
 */
const thumbs = new Map<number, Promise<ThumbnailAnswer>>();
function thumbnail(image: number): Promise<ThumbnailAnswer> {
  let p = thumbs.get(image);
  if (!p) {
    p = tabId === undefined
      ? Promise.resolve({ ok: false } as const)
      : (browser.tabs.sendMessage(tabId, { type: 'image-thumbnail', image } satisfies Message) as Promise<ThumbnailAnswer | undefined>)
        .then((a) => (a && a.ok ? a : { ok: false } as const), () => ({ ok: false } as const));
    thumbs.set(image, p);
  }
  return p;
}

/** One attached image: its thumbnail with the boxes drawn, what was found, why it matters. */
function imageItem(image: number, n: number, findings: readonly FindingSummary[]): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'finding image';
  const order = ['high', 'medium', 'low', 'info'] as const;
  const sev = order.find((x) => findings.some((f) => f.severity === x)) ?? 'low';
  li.dataset.severity = sev;
  li.dataset.image = String(image);
  const titleId = `image-${image}-title`;
  const h = document.createElement('h3');
  h.id = titleId;
  h.textContent = `${t('imgpanel_popup_title', n)} · ${t(`ui_severity_${sev}`)}`;
  const figure = document.createElement('div');
  figure.className = 'thumb';
  const wait = document.createElement('p');
  wait.className = 'muted';
  wait.textContent = t('imgpanel_preview_loading');
  figure.append(wait);
  void thumbnail(image).then((a) => {
    if (!a.ok) { wait.textContent = t('imgpanel_preview_failed'); return; }
    const img = document.createElement('img');
    img.src = a.dataUrl;
    img.width = a.width;
    img.height = a.height;
    img.alt = a.boxes ? t('imgpanel_thumb_boxes', n, a.boxes) : t('imgpanel_thumb_no_boxes', n);
    figure.replaceChildren(img);
  });
  const what = document.createElement('ul');
  what.className = 'image-findings';
  for (const f of findings) {
    const item = document.createElement('li');
    item.textContent = `${describeImageFinding({ ruleId: f.ruleId, category: f.category as ImageCategory, ...(f.textCategory ? { textCategory: f.textCategory } : {}) })} · ${t(`ui_severity_${f.severity}`)}`;
    what.append(item);
  }
  const seen = new Set<string>();
  const why = findings.flatMap((f) => {
    if (seen.has(f.category)) return [];
    seen.add(f.category);
    // The image kind's own guidance (what to do with a picture), not that of the text rule
    // that read the overlay: "take the name out" cannot be done to pixels.
    return guidanceNodes({ ...f, ruleId: '' });
  });
  const actions = document.createElement('div');
  actions.className = 'actions';
  actions.setAttribute('role', 'group');
  actions.setAttribute('aria-labelledby', titleId);
  const ignore = button(t('popup_ignore'), () => void command({ kind: 'image-ignore', image }), { describedBy: titleId });
  ignore.setAttribute('aria-label', t('imgpanel_ignore_named', n));
  actions.append(ignore);
  li.append(h, figure, what, ...why, actions);
  return li;
}

function renderFindings(): void {
  const list = $('findings');
  list.replaceChildren();
  const status = currentStatus().status;
  const all = status === 'active' || status === 'no-composer' ? (state?.findings ?? []) : [];
  // Images kept on the page count even before a composer is in use.
  const findings = status === 'active' ? all.filter((f) => f.image === undefined) : [];
  const byImage = new Map<number, FindingSummary[]>();
  for (const f of all) if (f.image !== undefined) byImage.set(f.image, [...(byImage.get(f.image) ?? []), f]);
  $('findings-section').hidden = findings.length === 0 && byImage.size === 0;
  const allowlistLocked = isLocked(eff.locked, 'allowlist');
  findings.forEach((f, i) => {
    const li = document.createElement('li');
    li.className = 'finding';
    li.dataset.severity = f.severity;
    li.dataset.ruleId = f.ruleId;
    const titleId = `finding-${i}-title`;
    const h = document.createElement('h3');
    h.id = titleId;
    h.textContent = `${t(`ui_category_${f.category.replace(/-/g, '_')}`)} · ${t(`ui_severity_${f.severity}`)}`;
    const actions = document.createElement('div');
    actions.className = 'actions';
    actions.setAttribute('role', 'group');
    actions.setAttribute('aria-labelledby', titleId);
    f.suggestions.forEach((s, n) => {
      // Claim fixes insert a caveat or a source rather than replace: they carry their own name.
      const label = s.labelKey ? t(s.labelKey) : s.replacement === '' ? t('fix_remove') : t('popup_replace_with', s.replacement);
      actions.append(button(label, () => void command({ kind: 'fix', key: f.key, suggestion: n }), { primary: n === 0, describedBy: titleId }));
    });
    actions.append(button(t('popup_ignore'), () => void command({ kind: 'ignore', key: f.key }), { describedBy: titleId }));
    if (!allowlistLocked) {
      actions.append(button(t('popup_allowlist'), () => void command({ kind: 'allowlist', key: f.key }), { describedBy: titleId }));
    }
    li.append(h, ...guidanceNodes(f), actions);
    list.append(li);
  });
  if (findings.some((f) => f.suggestions.length > 0) && findings.length > 1) {
    const li = document.createElement('li');
    li.append(button(t('popup_fix_all'), () => void command({ kind: 'fix-all' })));
    list.append(li);
  }
  [...byImage].forEach(([image, fs], i) => list.append(imageItem(image, i + 1, fs)));
}

function renderPause(): void {
  const box = $('pause-controls');
  box.replaceChildren();
  const site = currentSite();
  const s = currentStatus();
  $('pause-section').hidden = !site || s.status === 'unsupported' || s.status === 'disabled-by-policy';
  if (!site) return;
  if (!eff.policy.allowPause) {
    const p = document.createElement('p');
    p.className = 'muted';
    p.textContent = isLocked(eff.locked, 'allowPause') ? t('popup_pause_locked') : t('popup_pause_off');
    box.append(p);
    return;
  }
  const setPause = async (until: number | null) => {
    const r = await send<CommandResult>({ type: 'set-pause', site, until });
    if (!r.ok) $('command-error').textContent = t('popup_command_failed');
    eff = await send<EffectivePolicy>({ type: 'get-policy' });
    render();
  };
  const actions = document.createElement('div');
  actions.className = 'actions';
  if (s.status === 'paused') {
    actions.append(button(t('popup_resume'), () => void setPause(null), { primary: true }));
  } else {
    actions.append(
      button(t('popup_pause_hour'), () => void setPause(Date.now() + PAUSE_HOUR_MS)),
      button(t('popup_pause_indefinitely'), () => void setPause(PAUSE_UNTIL_RESUMED)),
    );
  }
  box.append(actions);
}

function render(): void {
  const { policy } = eff;
  const parts = [t('popup_policy', policy.name)];
  if (policy.revision) parts.push(t('popup_revision', policy.revision));
  if (eff.managed) parts.push(t('popup_managed'));
  $('policy-line').textContent = parts.join(' · ');
  $('status').textContent = statusText(currentStatus());
  renderFindings();
  renderPause();
}

async function refreshState(): Promise<void> {
  state = tabId === undefined ? null : await send<TabState | null>({ type: 'get-tab-state', tabId });
  render();
}

async function main(): Promise<void> {
  eff = await send<EffectivePolicy>({ type: 'get-policy' });
  const lang = resolveUiLang(eff.policy.language, uiLanguage());
  setUiLang(lang);
  document.documentElement.lang = lang === 'fr' ? 'fr-CA' : 'en';
  localizeTree(document);
  await findTab();
  browser.runtime.onMessage.addListener((raw: unknown) => {
    const msg = raw as Message;
    if (msg?.type === 'tab-state-changed' && msg.tabId === tabId) {
      state = msg.state;
      render();
    }
    return undefined;
  });
  browser.storage.onChanged.addListener(() => {
    void send<EffectivePolicy>({ type: 'get-policy' }).then((e) => { eff = e; render(); });
  });
  $('open-options').addEventListener('click', () => void browser.runtime.openOptionsPage());
  await refreshState();
  $('app').removeAttribute('aria-busy');
}

void main();
