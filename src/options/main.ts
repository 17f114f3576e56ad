import { localizeTree, pickUiLang, setUiLang, t } from '../shared/i18n.ts';
import { browser, uiLanguage } from '../shared/platform.ts';
import type { Message } from '../shared/messages.ts';
import {
  KEYS, effectiveFrom, isLocked, loadManaged, loadUserPolicy, managedPatch, resetUserPolicy, saveUserPolicy,
} from '../shared/settings.ts';
import { analyze, isRuleEnabled, RULES } from '../engine/index.ts';
import { CATEGORIES, REGIONS, SEVERITIES, type Finding, type Severity } from '../engine/types.ts';
import { ACTIONS, DEFAULT_POLICY, parsePolicy, validatePolicy, type Policy, type PolicyIssue, type PolicyPatch } from '../engine/policy/index.ts';
import { authoringIssues, checkedForAuthoring } from '../engine/policy/redos.ts';
import { asStore, rows, toCsv, toJson, totals, type AuditRow } from '../background/audit.ts';

// The compliance officer's console. The page edits a draft of the user's policy; what the
// organisation sets (storage.managed) is shown in place, disabled, with "Set by your
// organisation". Saving validates the whole draft and writes it once; the background pushes
// the result to open tabs. The test box runs the engine on the draft as it stands.

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

let saved: Policy;
let draft: Policy;
let managed: Record<string, unknown> = {};
let orgPatch: PolicyPatch = {};
let locked: string[] = [];

interface Bound { path: string; el: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement; write(view: Policy): void }
const bound: Bound[] = [];
/** Re-rendered lists (custom terms, patterns, Mastodon hosts) register here. */
const lists: Array<() => void> = [];

// ---------- paths ----------

function getAt(obj: unknown, path: string): unknown {
  let cur = obj;
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

function setAt(obj: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let cur = obj;
  for (const part of parts.slice(0, -1)) {
    if (cur[part] === null || typeof cur[part] !== 'object') cur[part] = {};
    cur = cur[part] as Record<string, unknown>;
  }
  const last = parts.at(-1)!;
  if (value === undefined || value === '') delete cur[last];
  else cur[last] = value;
  // Optional groups the user emptied (a rule back to its defaults, no guidance text) go away
  // rather than being saved as {}.
  if (parts[0] === 'rules' && parts[1] && Object.keys(draft.rules[parts[1]] ?? {}).length === 0) delete draft.rules[parts[1]];
  if (parts[1] === 'text' && draft.guidance.text && Object.keys(draft.guidance.text).length === 0) delete draft.guidance.text;
}

/** The policy as tabs would see it if the draft were saved: the organisation's values win. */
function view(): Policy {
  return effectiveFrom({ user: draft, managed, paused: {} }).policy;
}

// ---------- controls ----------

let uid = 0;
const nextId = (p: string) => `${p}-${++uid}`;

function lockNote(el: HTMLElement, path: string, into: HTMLElement): void {
  if (!isLocked(locked, path)) return;
  el.setAttribute('disabled', '');
  const note = document.createElement('span');
  note.className = 'locked-note';
  note.id = nextId('locked');
  note.textContent = t('options_locked');
  el.setAttribute('aria-describedby', [el.getAttribute('aria-describedby'), note.id].filter(Boolean).join(' '));
  into.append(note);
}

function field(container: HTMLElement, labelText: string, el: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, path: string, help?: string): HTMLDivElement {
  const row = document.createElement('div');
  row.className = 'field';
  el.id ||= nextId('f');
  el.dataset.path = path;
  const label = document.createElement('label');
  label.htmlFor = el.id;
  label.textContent = labelText;
  if (el instanceof HTMLInputElement && el.type === 'checkbox') row.append(el, label);
  else row.append(label, el);
  if (help) {
    const h = document.createElement('span');
    h.className = 'muted';
    h.id = nextId('help');
    h.textContent = help;
    el.setAttribute('aria-describedby', h.id);
    row.append(h);
  }
  lockNote(el, path, row);
  container.append(row);
  return row;
}

function changed(): void {
  $('dirty').hidden = JSON.stringify(draft) === JSON.stringify(saved);
  scheduleTest();
}

function checkbox(container: HTMLElement, path: string, labelText: string, opts: { read?: (p: Policy) => boolean; write?: (on: boolean) => void } = {}): void {
  const el = document.createElement('input');
  el.type = 'checkbox';
  field(container, labelText, el, path);
  el.addEventListener('change', () => {
    if (opts.write) opts.write(el.checked);
    else setAt(draft as unknown as Record<string, unknown>, path, el.checked);
    changed();
    renderValues();
  });
  bound.push({ path, el, write: (p) => { el.checked = opts.read ? opts.read(p) : getAt(p, path) === true; } });
}

function select(container: HTMLElement, path: string, labelText: string, options: Array<[string, string]>, opts: { parse?: (v: string) => unknown } = {}): HTMLSelectElement {
  const el = document.createElement('select');
  for (const [value, label] of options) el.append(new Option(label, value));
  field(container, labelText, el, path);
  el.addEventListener('change', () => {
    setAt(draft as unknown as Record<string, unknown>, path, opts.parse ? opts.parse(el.value) : el.value);
    changed();
    renderValues();
  });
  bound.push({ path, el, write: (p) => { el.value = String(getAt(p, path) ?? ''); } });
  return el;
}

function text(container: HTMLElement, path: string, labelText: string, opts: { type?: string; multiline?: boolean; lines?: boolean; help?: string; number?: boolean } = {}): void {
  const el = opts.multiline || opts.lines ? document.createElement('textarea') : document.createElement('input');
  if (el instanceof HTMLInputElement) el.type = opts.type ?? 'text';
  else el.rows = opts.lines ? 6 : 3;
  field(container, labelText, el, path, opts.help);
  el.addEventListener('input', () => {
    let v: unknown = el.value;
    if (opts.lines) v = el.value.split('\n').map((s) => s.trim()).filter(Boolean);
    else if (opts.number) v = el.value === '' ? undefined : Number(el.value);
    else if (el.value === '') v = undefined;
    setAt(draft as unknown as Record<string, unknown>, path, v);
    changed();
  });
  bound.push({
    path,
    el,
    write: (p) => {
      // Never overwrite what the user is typing (a textarea would lose its blank lines).
      if (document.activeElement === el) return;
      const v = getAt(p, path);
      el.value = Array.isArray(v) ? v.join('\n') : v === undefined ? '' : String(v);
    },
  });
}

function renderValues(): void {
  const v = view();
  for (const b of bound) b.write(v);
  for (const l of lists) l();
}

// ---------- sections ----------

const sevLabel = (s: string) => t(`ui_severity_${s}`);
const catLabel = (c: string) => t(`ui_category_${c.replace(/-/g, '_')}`);
const actionOptions = (): Array<[string, string]> => ACTIONS.map((a) => [a, t(`options_action_${a}`)]);

function buildIdentity(): void {
  const box = $('identity');
  text(box, 'name', t('options_policy_name'));
  text(box, 'revision', t('options_policy_revision'), { help: t('options_policy_revision_help') });
  select(box, 'language', t('options_language'), [['auto', t('options_language_auto')], ['en', 'English'], ['fr', 'Français (Canada)']]);
}

function buildPacks(): void {
  const box = $('packs');
  for (const region of REGIONS) {
    checkbox(box, 'packs', t(`options_pack_${region}`), {
      read: (p) => p.packs.includes(region),
      write: (on) => {
        const set = new Set(draft.packs);
        if (on) set.add(region);
        else set.delete(region);
        draft.packs = REGIONS.filter((r) => set.has(r));
      },
    });
  }
}

function buildEnforcement(): void {
  const box = $('enforcement');
  for (const s of ['high', 'medium', 'low'] as const) select(box, `actions.${s}`, t('options_action_for', sevLabel(s)), actionOptions());
  box.append(helpText(t('options_actions_help')));
  checkbox(box, 'override.allowed', t('options_override_allowed'));
  checkbox(box, 'override.requireReason', t('options_override_reason'));
  checkbox(box, 'allowPause', t('options_allow_pause'));
}

function buildRules(): void {
  const box = $('rules');
  const table = document.createElement('table');
  const caption = document.createElement('caption');
  caption.className = 'visually-hidden';
  caption.textContent = t('options_rules_caption');
  const head = document.createElement('tr');
  for (const k of ['options_col_rule', 'options_col_category', 'options_col_pack', 'options_col_enabled', 'options_col_severity', 'options_col_action']) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = t(k);
    head.append(th);
  }
  const thead = document.createElement('thead');
  thead.append(head);
  const tbody = document.createElement('tbody');
  table.append(caption, thead, tbody);
  for (const rule of RULES) {
    const tr = document.createElement('tr');
    tr.dataset.ruleId = rule.id;
    const name = document.createElement('th');
    name.scope = 'row';
    const code = document.createElement('code');
    code.textContent = rule.id;
    const desc = document.createElement('div');
    desc.textContent = rule.description;
    const details = document.createElement('details');
    const summary = document.createElement('summary');
    summary.textContent = t('options_examples');
    const ul = document.createElement('ul');
    ul.className = 'examples';
    for (const e of rule.examples.flag) {
      const li = document.createElement('li');
      li.textContent = `${t('options_example_flag')} ${e.replace(/\[\[/g, '«').replace(/\]\]/g, '»')}`;
      ul.append(li);
    }
    for (const e of rule.examples.pass) {
      const li = document.createElement('li');
      li.textContent = `${t('options_example_pass')} ${e}`;
      ul.append(li);
    }
    details.append(summary, ul);
    name.append(code, desc, details);
    const cat = document.createElement('td');
    cat.textContent = catLabel(rule.category);
    const pack = document.createElement('td');
    pack.textContent = rule.region ? t(`options_pack_short_${rule.region}`) : t('options_pack_all');

    const enabledCell = document.createElement('td');
    const on = document.createElement('input');
    on.type = 'checkbox';
    on.id = nextId('rule-on');
    on.dataset.path = `rules.${rule.id}.enabled`;
    on.setAttribute('aria-label', t('options_rule_enabled', rule.id));
    enabledCell.append(on);
    lockNote(on, `rules.${rule.id}.enabled`, enabledCell);
    on.addEventListener('change', () => {
      const base = { ...draft, rules: { ...draft.rules, [rule.id]: { ...draft.rules[rule.id], enabled: undefined } } };
      // Store a switch only when it differs from what the packs would decide.
      const byDefault = isRuleEnabled(rule, base as Policy);
      setAt(draft as unknown as Record<string, unknown>, `rules.${rule.id}.enabled`, on.checked === byDefault ? undefined : on.checked);
      changed();
      renderValues();
    });
    bound.push({ path: `rules.${rule.id}.enabled`, el: on, write: (p) => { on.checked = isRuleEnabled(rule, p); } });

    const sevCell = document.createElement('td');
    const sev = document.createElement('select');
    sev.id = nextId('rule-sev');
    sev.dataset.path = `rules.${rule.id}.severity`;
    sev.setAttribute('aria-label', t('options_rule_severity', rule.id));
    sev.append(new Option(t('options_severity_default', sevLabel(rule.severity)), ''));
    for (const s of SEVERITIES) sev.append(new Option(sevLabel(s), s));
    sevCell.append(sev);
    lockNote(sev, `rules.${rule.id}.severity`, sevCell);
    sev.addEventListener('change', () => {
      setAt(draft as unknown as Record<string, unknown>, `rules.${rule.id}.severity`, sev.value || undefined);
      changed();
      renderValues();
    });
    bound.push({ path: `rules.${rule.id}.severity`, el: sev, write: (p) => { sev.value = p.rules[rule.id]?.severity ?? ''; } });

    const actionCell = document.createElement('td');
    actionCell.className = 'action';
    lists.push(() => {
      const p = view();
      const s: Severity = p.rules[rule.id]?.severity ?? rule.severity;
      actionCell.textContent = s === 'info' ? t('options_action_info') : t(`options_action_${p.actions[s]}`);
    });
    tr.append(name, cat, pack, enabledCell, sevCell, actionCell);
    tbody.append(tr);
  }
  box.append(table);
}

function buildAllowlist(): void {
  text($('allowlist'), 'allowlist', t('options_allowlist_label'), { lines: true, help: t('options_allowlist_help') });
}

function issueText(i: PolicyIssue): string {
  return i.path ? `${i.path}: ${i.message}` : i.message;
}

/** Validates the draft with `change` applied; returns the issues under `under`, or applies it. */
function tryChange(change: (p: Policy) => void, under: string): PolicyIssue[] {
  const candidate = structuredClone(draft);
  change(candidate);
  const r = validatePolicy(candidate);
  const issues = (r.ok ? authoringIssues(r.policy) : r.issues).filter((i) => i.path === under || i.path.startsWith(under + '.'));
  if (issues.length === 0) {
    change(draft);
    changed();
    renderValues();
  }
  return issues;
}

function addForm(container: HTMLElement, path: string, legend: string, inputs: Array<HTMLInputElement | HTMLSelectElement>, labels: string[], onAdd: (err: HTMLElement) => void): void {
  const fs = document.createElement('fieldset');
  const lg = document.createElement('legend');
  lg.textContent = legend;
  fs.append(lg);
  const err = document.createElement('p');
  err.className = 'error';
  err.id = nextId('err');
  err.setAttribute('role', 'alert');
  inputs.forEach((el, i) => {
    el.id = nextId('add');
    el.setAttribute('aria-describedby', err.id);
    const label = document.createElement('label');
    label.htmlFor = el.id;
    label.textContent = labels[i]!;
    const row = document.createElement('div');
    row.className = 'field';
    if (el instanceof HTMLInputElement && el.type === 'checkbox') row.append(el, label);
    else row.append(label, el);
    fs.append(row);
  });
  const add = document.createElement('button');
  add.type = 'button';
  add.textContent = t('options_add');
  add.addEventListener('click', () => onAdd(err));
  // Enter in a text box adds the row instead of submitting the whole policy form.
  for (const el of inputs) el.addEventListener('keydown', (e) => { if ((e as KeyboardEvent).key === 'Enter') { e.preventDefault(); onAdd(err); } });
  fs.append(add, err);
  // Custom terms and patterns only add detections: the organisation's entries are locked, but
  // staff may still add their own beside them.
  if (isLocked(locked, path) && path !== 'customTerms' && path !== 'customPatterns') {
    for (const el of [...inputs, add]) el.disabled = true;
    const note = document.createElement('p');
    note.className = 'locked-note';
    note.textContent = t('options_locked');
    fs.append(note);
  }
  container.append(fs);
}

function removeButton(label: string, disabled: boolean, onClick: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = t('options_remove');
  b.setAttribute('aria-label', label);
  b.disabled = disabled;
  b.addEventListener('click', onClick);
  return b;
}

function lockedSpan(): HTMLSpanElement {
  const span = document.createElement('span');
  span.className = 'locked-note';
  span.textContent = t('options_locked');
  return span;
}

/**
 * A list of the organisation's entries (first, locked) and the user's own (each with Remove),
 * redrawn with the other lists.
 */
function orgThenOwn<T>(list: HTMLElement, org: () => readonly T[], own: () => T[], item: (entry: T) => HTMLLIElement, name: (entry: T) => string): void {
  lists.push(() => {
    const mine = own();
    list.replaceChildren(
      ...org().map((c) => { const li = item(c); li.append(lockedSpan()); return li; }),
      ...mine.map((c, i) => {
        const li = item(c);
        li.append(removeButton(t('options_remove_item', name(c)), false, () => {
          mine.splice(i, 1);
          changed();
          renderValues();
        }));
        return li;
      }),
    );
  });
}

function helpText(text: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = 'muted';
  p.textContent = text;
  return p;
}

/** A section's explanation and the list its entries are drawn into, appended to `box`. */
function entryList(box: HTMLElement, help: string, id: string): HTMLUListElement {
  const list = document.createElement('ul');
  list.id = id;
  box.append(helpText(help), list);
  return list;
}

function categorySelect(): HTMLSelectElement {
  const s = document.createElement('select');
  for (const c of CATEGORIES) s.append(new Option(catLabel(c), c));
  return s;
}

function severitySelect(initial: Severity): HTMLSelectElement {
  const s = document.createElement('select');
  for (const v of SEVERITIES) s.append(new Option(sevLabel(v), v));
  s.value = initial;
  return s;
}

function buildCustomTerms(): void {
  const box = $('custom-terms');
  const list = entryList(box, t('options_custom_terms_help'), 'custom-terms-list');
  // The organisation's terms come first and stay; the user's own can be added and removed.
  orgThenOwn(list, () => orgPatch.customTerms ?? [], () => draft.customTerms, (c) => {
    const li = document.createElement('li');
    li.append(`${c.term} (${catLabel(c.category)}, ${sevLabel(c.severity)}) `);
    return li;
  }, (c) => c.term);
  const term = document.createElement('input');
  term.type = 'text';
  const cat = categorySelect();
  cat.value = 'name';
  const sev = severitySelect('high');
  addForm(box, 'customTerms', t('options_add_term'), [term, cat, sev], [t('options_term'), t('options_category'), t('options_severity')], (err) => {
    const idx = draft.customTerms.length;
    const issues = tryChange((p) => p.customTerms.push({ term: term.value.trim(), category: cat.value as Policy['customTerms'][number]['category'], severity: sev.value as Severity }), `customTerms.${idx}`);
    err.textContent = issues.map(issueText).join('; ');
    if (!issues.length) term.value = '';
  });
}

function buildCustomPatterns(): void {
  const box = $('custom-patterns');
  const list = entryList(box, t('options_custom_patterns_help'), 'custom-patterns-list');
  const item = (c: Policy['customPatterns'][number]) => {
    const li = document.createElement('li');
    const code = document.createElement('code');
    code.textContent = c.pattern;
    li.append(`${c.id}: `, code, ` (${catLabel(c.category)}, ${sevLabel(c.severity)}${c.caseInsensitive ? ', ' + t('options_case_insensitive') : ''}) `);
    return li;
  };
  orgThenOwn(list, () => orgPatch.customPatterns ?? [], () => draft.customPatterns, item, (c) => c.id);
  const id = document.createElement('input');
  id.type = 'text';
  const pattern = document.createElement('input');
  pattern.type = 'text';
  pattern.spellcheck = false;
  const ci = document.createElement('input');
  ci.type = 'checkbox';
  const cat = categorySelect();
  cat.value = 'id';
  const sev = severitySelect('high');
  const desc = document.createElement('input');
  desc.type = 'text';
  addForm(box, 'customPatterns', t('options_add_pattern'), [id, pattern, ci, cat, sev, desc],
    [t('options_pattern_id'), t('options_pattern'), t('options_case_insensitive'), t('options_category'), t('options_severity'), t('options_pattern_description')], (err) => {
      const idx = draft.customPatterns.length;
      const entry: Policy['customPatterns'][number] = {
        id: id.value.trim(), pattern: pattern.value, category: cat.value as Policy['customPatterns'][number]['category'], severity: sev.value as Severity,
      };
      if (ci.checked) entry.caseInsensitive = true;
      if (desc.value.trim()) entry.description = desc.value.trim();
      const issues = tryChange((p) => p.customPatterns.push(entry), `customPatterns.${idx}`);
      err.textContent = issues.map(issueText).join('; ');
      if (!issues.length) { id.value = ''; pattern.value = ''; desc.value = ''; ci.checked = false; }
    });
}

function buildGuidance(): void {
  const box = $('guidance');
  text(box, 'guidance.text.en', t('options_guidance_en'), { multiline: true });
  text(box, 'guidance.text.fr', t('options_guidance_fr'), { multiline: true });
  text(box, 'guidance.policyUrl', t('options_policy_url'), { type: 'url', help: t('options_policy_url_help') });
  text(box, 'guidance.privacyContact', t('options_privacy_contact'));
}

function buildSites(): void {
  const box = $('sites');
  for (const s of ['x', 'facebook', 'linkedin', 'bluesky', 'threads', 'reddit'] as const) checkbox(box, `sites.${s}`, t(`options_site_${s}`));
  const h = document.createElement('h3');
  h.textContent = t('options_mastodon');
  const list = document.createElement('ul');
  list.id = 'mastodon-list';
  box.append(h, list);
  lists.push(() => {
    const hosts = view().sites.mastodon;
    const lockedHere = isLocked(locked, 'sites.mastodon');
    list.replaceChildren(...hosts.map((host) => {
      const li = document.createElement('li');
      li.append(`${host} `, removeButton(t('options_remove_item', host), lockedHere, () => {
        draft.sites.mastodon = draft.sites.mastodon.filter((h) => h !== host);
        changed();
        renderValues();
      }));
      // A listed instance is only checked once this browser grants access to it; the
      // organisation's list arrives without that grant.
      const origins = [`https://${host}/*`];
      void browser.permissions.contains({ origins }).then((granted) => {
        if (granted) return;
        const grant = document.createElement('button');
        grant.type = 'button';
        grant.textContent = t('options_mastodon_grant');
        grant.setAttribute('aria-label', t('options_mastodon_grant_item', host));
        grant.addEventListener('click', () => {
          browser.permissions.request({ origins }).then((ok) => { if (ok) grant.remove(); }, () => undefined);
        });
        li.append(' ', grant);
      });
      return li;
    }));
  });
  const host = document.createElement('input');
  host.type = 'text';
  host.placeholder = 'mastodon.social';
  addForm(box, 'sites.mastodon', t('options_add_mastodon'), [host], [t('options_mastodon_host')], (err) => {
    const name = host.value.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/\/.*$/, '');
    const idx = draft.sites.mastodon.length;
    const candidate = structuredClone(draft);
    candidate.sites.mastodon.push(name);
    const r = validatePolicy(candidate);
    const issues = r.ok ? [] : r.issues.filter((i) => i.path.startsWith(`sites.mastodon`));
    if (issues.length) { err.textContent = issues.map(issueText).join('; '); return; }
    if (draft.sites.mastodon.includes(name)) { host.value = ''; return; }
    // permissions.request must run in the click's own task (a user gesture), before any await.
    browser.permissions.request({ origins: [`https://${name}/*`] }).then((granted) => {
      if (!granted) { err.textContent = t('options_mastodon_denied', name); return; }
      err.textContent = '';
      draft.sites.mastodon.splice(idx, 0, name);
      host.value = '';
      changed();
      renderValues();
    }, () => { err.textContent = t('options_mastodon_denied', name); });
  });
}

function buildAuditSettings(): void {
  const box = $('audit-settings');
  checkbox(box, 'audit.enabled', t('options_audit_enabled'));
  text(box, 'audit.retentionDays', t('options_audit_retention'), { type: 'number', number: true, help: t('options_audit_retention_help') });
}

// ---------- save, import, export, reset ----------

function showIssues(list: HTMLElement, issues: PolicyIssue[]): void {
  list.replaceChildren(...issues.map((i) => {
    const li = document.createElement('li');
    li.textContent = issueText(i);
    return li;
  }));
}

async function save(): Promise<void> {
  $('save-status').textContent = '';
  const r = await saveUserPolicy(draft);
  if (!r.ok) {
    showIssues($('save-errors'), r.issues);
    $('save-status').textContent = t('options_save_failed', r.issues.length);
    return;
  }
  showIssues($('save-errors'), []);
  saved = structuredClone(draft);
  changed();
  $('save-status').textContent = t('options_saved');
}

function download(name: string, type: string, body: string): void {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function importFile(file: File): Promise<void> {
  $('file-status').textContent = '';
  showIssues($('import-errors'), []);
  let textContent: string;
  try {
    textContent = await file.text();
  } catch {
    textContent = '';
  }
  const r = checkedForAuthoring(parsePolicy(textContent));
  if (!r.ok) {
    $('file-status').textContent = t('options_import_failed', file.name, r.issues.length);
    $('file-status').className = 'error';
    showIssues($('import-errors'), r.issues);
    return;
  }
  draft = r.policy;
  const s = await saveUserPolicy(draft);
  if (!s.ok) { showIssues($('import-errors'), s.issues); return; }
  saved = structuredClone(draft);
  renderValues();
  changed();
  $('file-status').className = 'ok';
  $('file-status').textContent = t('options_imported', r.policy.name);
}

// ---------- live test ----------

let testTimer: ReturnType<typeof setTimeout> | undefined;
function scheduleTest(): void {
  clearTimeout(testTimer);
  testTimer = setTimeout(runTest, 120);
}

function runTest(): void {
  const input = $<HTMLTextAreaElement>('test-input').value;
  const findings = analyze(input, { policy: view() });
  const preview = $('test-preview');
  preview.replaceChildren(...highlight(input, findings));
  const list = $('test-findings');
  list.replaceChildren(...findings.map((f) => {
    const li = document.createElement('li');
    li.dataset.ruleId = f.ruleId;
    li.textContent = t('options_test_finding', catLabel(f.category), sevLabel(f.severity), f.ruleId, input.slice(f.start, f.end));
    return li;
  }));
  $('test-summary').textContent = input.trim() ? t('options_test_count', findings.length) : '';
}

/** Splits the text at every finding edge; each piece is a <mark> when a finding covers it. */
function highlight(input: string, findings: readonly Finding[]): Node[] {
  const cuts = new Set<number>([0, input.length]);
  for (const f of findings) { cuts.add(f.start); cuts.add(f.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Node[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [a, b] = [points[i]!, points[i + 1]!];
    const covering = findings.filter((f) => f.start <= a && f.end >= b);
    if (!covering.length) { out.push(document.createTextNode(input.slice(a, b))); continue; }
    const worst = covering.reduce((w, f) => (SEVERITIES.indexOf(f.severity) < SEVERITIES.indexOf(w.severity) ? f : w));
    const m = document.createElement('mark');
    m.dataset.severity = worst.severity;
    m.dataset.ruleId = worst.ruleId;
    m.textContent = input.slice(a, b);
    out.push(m);
  }
  return out;
}

// ---------- audit view ----------

async function renderAudit(): Promise<AuditRow[]> {
  const got = await browser.storage.local.get(KEYS.audit);
  const list = rows(asStore(got[KEYS.audit]));
  const tot = totals(list);
  const box = $('audit-view');
  box.replaceChildren();
  const summary = document.createElement('p');
  summary.id = 'audit-total';
  summary.textContent = t('options_audit_total', tot.total);
  box.append(summary);
  if (tot.total === 0) return list;

  // Last 14 days, oldest first; the table below carries the same numbers for screen readers.
  const days: string[] = [];
  for (let i = 13; i >= 0; i--) {
    const d = new Date(Date.now() - i * 86_400_000);
    days.push(`${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`);
  }
  const max = Math.max(1, ...days.map((d) => tot.byDay[d] ?? 0));
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('class', 'chart');
  svg.setAttribute('viewBox', '0 0 420 120');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', t('options_audit_chart', days.map((d) => `${d}: ${tot.byDay[d] ?? 0}`).join(', ')));
  days.forEach((d, i) => {
    const n = tot.byDay[d] ?? 0;
    const h = Math.round((n / max) * 90);
    const r = document.createElementNS(ns, 'rect');
    r.setAttribute('x', String(i * 30 + 4));
    r.setAttribute('y', String(100 - h));
    r.setAttribute('width', '22');
    r.setAttribute('height', String(h));
    const label = document.createElementNS(ns, 'text');
    label.setAttribute('x', String(i * 30 + 15));
    label.setAttribute('y', '114');
    label.setAttribute('text-anchor', 'middle');
    label.textContent = d.slice(8);
    svg.append(r, label);
  });
  box.append(svg);

  const table = (captionText: string, entries: Array<[string, number]>, id: string) => {
    const tbl = document.createElement('table');
    tbl.id = id;
    const cap = document.createElement('caption');
    cap.textContent = captionText;
    tbl.append(cap);
    for (const [k, n] of entries) {
      const tr = document.createElement('tr');
      const th = document.createElement('th');
      th.scope = 'row';
      th.textContent = k;
      const td = document.createElement('td');
      td.textContent = String(n);
      tr.append(th, td);
      tbl.append(tr);
    }
    return tbl;
  };
  box.append(
    table(t('options_audit_by_action'), Object.entries(tot.byAction).map(([a, n]) => [t(`options_audit_action_${a.replace(/-/g, '_')}`), n]), 'audit-by-action'),
    table(t('options_audit_by_category'), Object.entries(tot.byCategory).map(([c, n]) => [CATEGORIES.includes(c as never) ? catLabel(c) : c, n]), 'audit-by-category'),
    table(t('options_audit_by_site'), Object.entries(tot.bySite).map(([s, n]) => [s, n]), 'audit-by-site'),
  );
  return list;
}

// ---------- start ----------

async function main(): Promise<void> {
  [saved, managed] = await Promise.all([loadUserPolicy(), loadManaged()]);
  orgPatch = managedPatch(managed);
  draft = structuredClone(saved);
  const eff = effectiveFrom({ user: saved, managed, paused: {} });
  locked = eff.locked;
  const lang = eff.policy.language === 'auto' ? pickUiLang(uiLanguage()) : eff.policy.language;
  setUiLang(lang);
  document.documentElement.lang = lang === 'fr' ? 'fr-CA' : 'en';
  localizeTree(document);
  $('managed-banner').hidden = !eff.managed;

  buildIdentity();
  buildPacks();
  buildEnforcement();
  buildRules();
  buildAllowlist();
  buildCustomTerms();
  buildCustomPatterns();
  buildGuidance();
  buildSites();
  buildAuditSettings();
  renderValues();

  $('policy-form').addEventListener('submit', (e) => { e.preventDefault(); void save(); });
  $('discard').addEventListener('click', () => { draft = structuredClone(saved); renderValues(); changed(); });
  $('test-input').addEventListener('input', scheduleTest);
  $<HTMLInputElement>('import-file').addEventListener('change', (e) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) void importFile(file).finally(() => { input.value = ''; });
  });
  $('export').addEventListener('click', () => download('clear-to-post-policy.json', 'application/json', JSON.stringify(saved, null, 2) + '\n'));
  $('reset').addEventListener('click', () => {
    if (!confirm(t('options_reset_confirm'))) return;
    void resetUserPolicy().then(() => {
      saved = structuredClone(DEFAULT_POLICY);
      draft = structuredClone(saved);
      renderValues();
      changed();
      $('file-status').className = 'ok';
      $('file-status').textContent = t('options_reset_done');
    });
  });
  let auditRows = await renderAudit();
  $('audit-csv').addEventListener('click', () => download('clear-to-post-audit.csv', 'text/csv', toCsv(auditRows)));
  $('audit-json').addEventListener('click', () => download('clear-to-post-audit.json', 'application/json', toJson(auditRows, view().audit.retentionDays)));
  $('audit-clear').addEventListener('click', () => {
    if (!confirm(t('options_audit_clear_confirm'))) return;
    void browser.runtime.sendMessage({ type: 'audit-clear' } satisfies Message);
  });

  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && KEYS.audit in changes) void renderAudit().then((r) => { auditRows = r; });
    if (area === 'managed') location.reload();
    if (area === 'local' && KEYS.policy in changes && $('dirty').hidden) {
      // Saved elsewhere (the popup's allowlist button, another options tab): follow it when
      // there is nothing unsaved here to lose.
      void loadUserPolicy().then((p) => { saved = p; draft = structuredClone(p); renderValues(); changed(); });
    }
  });
  $('app').removeAttribute('aria-busy');
}

void main();
