import { t } from '../../shared/i18n.ts';
import type { OverrideReason } from '../../shared/messages.ts';
import { button, fillList, findingLine, h, trapFocus } from './dom.ts';
import type { View } from '../findings.ts';
import { guidanceFor } from '../../shared/guidance.ts';
import { uiLang } from '../../shared/i18n.ts';
import type { Policy } from '../../engine/types.ts';
import type { KeptImage } from '../images/kept.ts';
import { imageItem } from './image-item.ts';

/**
 * Why these findings matter, once per kind of finding, with the sources it rests on. Folded
 * when there are several kinds, so the list and the buttons stay in view; the organisation's
 * own words are never folded away.
 */
function whySection(views: readonly View[], policy: Pick<Policy, 'guidance'> | undefined): HTMLElement[] {
  const seen = new Set<string>();
  const items: HTMLElement[] = [];
  let org: ReturnType<typeof guidanceFor>['org'];
  for (const v of views) {
    const g = guidanceFor(v.finding, policy, uiLang());
    org ??= g.org;
    if (seen.has(g.messageKey)) continue;
    seen.add(g.messageKey);
    items.push(h('p', { class: 'ctp-why' }, t(g.messageKey), g.sources.length ? ' ' : '',
      g.sources.length ? h('span', { class: 'ctp-sources' }, `${t('guidance_sources')}: `,
        ...g.sources.flatMap((src, i) => [i ? ' · ' : '', src.url
          ? h('a', { href: src.url, target: '_blank', rel: 'noopener noreferrer' }, t(src.nameKey))
          : t(src.nameKey)])) : ''));
  }
  const out: HTMLElement[] = [];
  if (items.length) out.push(h('details', items.length <= 2 ? { open: true } : {}, h('summary', {}, t('content_gate_why')), ...items));
  if (org?.text) out.push(h('p', { class: 'ctp-org' }, h('strong', {}, `${t('guidance_org')}: `), org.text));
  if (org?.policyUrl) out.push(h('p', {}, h('a', { href: org.policyUrl, target: '_blank', rel: 'noopener noreferrer' }, t('guidance_org_policy'))));
  return out;
}
export const REASONS: readonly OverrideReason[] = ['consent', 'not-patient', 'public-info', 'deidentified', 'other'];

export interface GateOptions {
  /** Some finding has an automatic fix and the editor is still on the page. */
  canFix: boolean;
  /** "Post anyway" is offered (absent when the policy blocks without override). */
  canPost: boolean;
  requireReason: boolean;
  blocked: boolean;
  /** Attached images kept despite findings: shown with their thumbnail and boxes. */
  images?: readonly KeptImage[];
  /** For the organisation's own text beside the built-in guidance. */
  policy?: Pick<Policy, 'guidance'>;
}

export interface GateActions {
  fixAll(): void;
  /** Leaves the gate for the image dialog of one kept image (a cleaned copy can still be attached). */
  reviewImage?(k: KeptImage): void;
  review(): void;
  postAnyway(reason: OverrideReason | undefined): void;
  openChecklist(): void;
}

/**
 * The modal question at Post. Focus moves into it and stays there until a choice is made;
 * Escape is "Review" (nothing is posted, nothing is changed).
 */
export class GateDialog {
  private root: HTMLElement | null = null;
  private restoreFocus: HTMLElement | null = null;

  constructor(private readonly shadow: ShadowRoot, private readonly signal: AbortSignal) {}

  get open(): boolean {
    return this.root !== null;
  }

  show(views: readonly View[], opts: GateOptions, actions: GateActions): void {
    this.close(false);
    this.restoreFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const list = h('ul', { class: 'ctp-list' });
    fillList(list, [
      ...views.map((v) => () => h('li', { 'data-key': v.key }, ...findingLine(v))),
      ...(opts.images ?? []).map((k) => () => imageItem(k, actions.reviewImage ? { review: (x) => actions.reviewImage!(x) } : {}, this.signal)),
    ]);
    const count = views.length + (opts.images ?? []).reduce((n, k) => n + k.findings.length, 0);
    const status = h('p', { class: 'ctp-status', role: 'status' });
    const reasons = h('fieldset', { class: 'ctp-reasons', hidden: true },
      h('legend', {}, t('content_reason_prompt')),
      ...REASONS.map((r) => h('label', {}, h('input', { type: 'radio', name: 'ctp-reason', value: r }), ' ', t(`content_reason_${r.replace(/-/g, '_')}`))));
    const confirm = button(t('content_confirm_post'), { class: 'primary', disabled: true, hidden: true }, () => {
      const chosen = reasons.querySelector<HTMLInputElement>('input:checked');
      if (chosen) actions.postAnyway(chosen.value as OverrideReason);
    }, this.signal);
    reasons.addEventListener('change', () => { confirm.disabled = !reasons.querySelector('input:checked'); }, { signal: this.signal });

    const buttons = h('div', { class: 'ctp-actions' },
      opts.canFix ? button(t('content_fix_all'), { class: 'primary' }, () => actions.fixAll(), this.signal) : null,
      button(t('content_review'), {}, () => actions.review(), this.signal),
      button(t('content_checklist'), { 'data-action': 'checklist' }, () => actions.openChecklist(), this.signal),
      opts.canPost ? button(t('content_post_anyway'), { 'data-action': 'post-anyway' }, () => {
        if (!opts.requireReason) { actions.postAnyway(undefined); return; }
        reasons.hidden = false;
        confirm.hidden = false;
        reasons.querySelector<HTMLInputElement>('input')?.focus();
      }, this.signal) : null);

    const dialog = h('div', { class: 'ctp-pop ctp-alert', role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': 'ctp-gate-title', 'aria-describedby': 'ctp-gate-desc' },
      h('h2', { id: 'ctp-gate-title' }, t('content_gate_title')),
      h('p', { id: 'ctp-gate-desc' }, opts.blocked && !opts.canPost ? t('content_gate_blocked') : t(count === 1 ? 'content_gate_intro_one' : 'content_gate_intro_many', count)),
      // The middle scrolls; the title and the buttons stay put however long the list is.
      h('div', { class: 'ctp-scroll' }, list, ...whySection(views, opts.policy), reasons, h('div', { class: 'ctp-actions' }, confirm)),
      buttons, status);
    const backdrop = h('div', { class: 'ctp-backdrop' }, dialog);
    backdrop.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') { e.preventDefault(); e.stopPropagation(); actions.review(); return; }
      trapFocus(dialog, e);
      // The page must not see keys typed in our dialog (sites bind shortcuts on window).
      e.stopPropagation();
    }, { signal: this.signal });
    for (const type of ['pointerdown', 'mousedown', 'click'] as const) backdrop.addEventListener(type, (e) => e.stopPropagation(), { signal: this.signal });
    this.shadow.append(backdrop);
    this.root = backdrop;
    (dialog.querySelector('.ctp-actions:last-of-type button, button') as HTMLElement | null)?.focus();
    (buttons.querySelector('button') as HTMLElement | null)?.focus();
  }

  status(text: string): void {
    const s = this.root?.querySelector('.ctp-status');
    if (s) s.textContent = text;
  }

  close(refocus = true): void {
    if (!this.root) return;
    this.root.remove();
    this.root = null;
    if (refocus && this.restoreFocus?.isConnected) this.restoreFocus.focus({ preventScroll: true });
    this.restoreFocus = null;
  }
}
