import { t, uiLang } from '../../shared/i18n.ts';
import { guidanceFor } from '../../shared/guidance.ts';
import type { Policy } from '../../engine/policy/schema.ts';
import { button, h, sevBadge } from './dom.ts';
import { categoryLabel, guidance, suggestionLabel, type View } from '../findings.ts';

export interface CardActions {
  /** The policy in force, for the organisation's own guidance beside ours. */
  policy?(): Pick<Policy, 'guidance'>;
  fix(v: View, suggestion: number): void;
  ignore(v: View): void;
  allowlist(v: View): void;
  /** The card closed (Escape, or the user moved on); `refocus` = give the editor focus back. */
  closed(refocus: boolean): void;
}

/** The card for one finding: what, why, the fixes, and the two ways to dismiss it. */
export class Card {
  readonly el: HTMLElement;
  private view: View | null = null;

  constructor(shadow: ShadowRoot, private readonly actions: CardActions, signal: AbortSignal) {
    this.el = h('div', { class: 'ctp-pop ctp-card', role: 'dialog', hidden: true, 'aria-labelledby': 'ctp-card-title' });
    shadow.append(this.el);
    this.el.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        e.stopPropagation();
        this.hide(true);
      }
    }, { signal });
  }

  get key(): string | null {
    return this.view?.key ?? null;
  }

  get open(): boolean {
    return !this.el.hidden;
  }

  show(v: View, anchor: DOMRect, focus: boolean): void {
    this.view = v;
    const f = v.finding;
    const title = h('h2', { id: 'ctp-card-title' }, categoryLabel(f), ' ', sevBadge(f.severity));
    const why = h('p', {}, guidance(f));
    const g = guidanceFor(f, this.actions.policy?.(), uiLang());
    const basis = g.sources.length === 0 ? null : h('p', { class: 'ctp-sources' }, `${t('guidance_sources')}: `,
      ...g.sources.flatMap((src, i) => [i ? ' · ' : '', src.url
        ? h('a', { href: src.url, target: '_blank', rel: 'noopener noreferrer' }, t(src.nameKey))
        : t(src.nameKey)]));
    const org = g.org && h('div', { class: 'ctp-org' },
      g.org.text && h('p', {}, h('strong', {}, `${t('guidance_org')}: `), g.org.text),
      g.org.policyUrl && h('p', {}, h('a', { href: g.org.policyUrl, target: '_blank', rel: 'noopener noreferrer' }, t('guidance_org_policy'))),
      g.org.privacyContact && h('p', {}, t('guidance_org_privacy', g.org.privacyContact)));
    const fixes = (f.suggestions ?? []).map((s, i) =>
      button(suggestionLabel(s), { class: i === 0 ? 'primary' : '', 'aria-label': s.labelKey ? suggestionLabel(s) : t('content_replace_with', s.replacement), 'data-action': 'fix' }, () => this.actions.fix(v, i)));
    const dismiss = [
      button(t('content_ignore_once'), { 'data-action': 'ignore' }, () => this.actions.ignore(v)),
      f.category === 'claim' ? null : button(t('content_not_phi'), { 'data-action': 'allowlist' }, () => this.actions.allowlist(v)),
    ];
    this.el.dataset.key = v.key;
    // Sources and the organisation's text come after the actions, so the keyboard path through
    // the card (fixes, then dismiss) is unchanged.
    this.el.replaceChildren(title, why, h('div', { class: 'ctp-actions' }, ...fixes, ...dismiss), ...(basis ? [basis] : []), ...(org ? [org] : []));
    this.el.hidden = false;
    this.place(anchor);
    if (focus) (this.el.querySelector('button') as HTMLElement | null)?.focus();
  }

  place(anchor: DOMRect): void {
    const w = this.el.offsetWidth || 300;
    const hgt = this.el.offsetHeight || 120;
    const left = Math.max(8, Math.min(anchor.left, innerWidth - w - 8));
    const below = anchor.bottom + 6;
    const top = below + hgt > innerHeight - 8 && anchor.top - hgt - 6 > 8 ? anchor.top - hgt - 6 : below;
    this.el.style.left = `${left}px`;
    this.el.style.top = `${top}px`;
  }

  hide(refocus = false): void {
    if (this.el.hidden) return;
    this.el.hidden = true;
    this.view = null;
    this.el.replaceChildren();
    this.actions.closed(refocus);
  }
}
