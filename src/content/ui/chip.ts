import { t } from '../../shared/i18n.ts';
import { button, fillList, findingLine, h } from './dom.ts';
import { categoryLabel, countLabel, suggestionLabel, type View } from '../findings.ts';
import type { Severity } from '../../engine/types.ts';
import type { KeptImage } from '../images/kept.ts';
import { imageItem } from './image-item.ts';

export interface ChipActions {
  fix(v: View, suggestion: number): void;
  fixAll(): void;
  opened(): void;
  show(v: View): void;
  ignore(v: View): void;
  reviewImage(k: KeptImage): void;
  ignoreImage(k: KeptImage): void;
}

let panelIds = 0;

/** The count beside one composer, and the panel it opens with every finding and "Fix all". */
export class Chip {
  readonly chip: HTMLButtonElement;
  readonly panel: HTMLElement;
  private views: readonly View[] = [];
  /** Images attached as they were despite findings: listed and counted with the text findings. */
  private images: readonly KeptImage[] = [];
  private note = '';

  constructor(shadow: ShadowRoot, private readonly actions: ChipActions, private readonly signal: AbortSignal) {
    const id = `ctp-panel-${++panelIds}`;
    this.chip = h('button', { type: 'button', class: 'ctp-chip', 'aria-expanded': 'false', 'aria-controls': id, hidden: true });
    this.panel = h('div', { class: 'ctp-pop ctp-panel', id, role: 'dialog', 'aria-label': t('content_panel_title'), hidden: true });
    this.chip.addEventListener('click', (e) => { e.stopPropagation(); this.toggle(); }, { signal });
    // Keep the editor's selection when the chip is pressed with the mouse.
    this.chip.addEventListener('mousedown', (e) => e.preventDefault(), { signal });
    this.panel.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') { e.preventDefault(); e.stopPropagation(); this.close(); this.chip.focus(); }
    }, { signal });
    shadow.append(this.chip, this.panel);
  }

  update(views: readonly View[], worst: Severity | null, editorBox: DOMRect | null, images: readonly KeptImage[] = []): void {
    this.views = views;
    this.images = images;
    const n = views.length + images.reduce((sum, k) => sum + k.findings.length, 0);
    const label = countLabel(n);
    this.chip.setAttribute('aria-label', label);
    this.chip.title = label;
    this.chip.textContent = n ? String(n) : '✓';
    this.chip.dataset.count = String(n);
    this.chip.className = `ctp-chip${worst && worst !== 'info' ? ` ${worst}` : ''}`;
    if (editorBox) {
      this.chip.hidden = false;
      this.place(editorBox);
    }
    if (!this.panel.hidden) this.render();
  }

  place(editorBox: DOMRect): void {
    // Inside the composer's bottom-right corner, where sites leave padding for the text.
    const left = Math.min(editorBox.right - 6, innerWidth - 8) - (this.chip.offsetWidth || 28);
    const top = Math.min(editorBox.bottom - 6, innerHeight - 8) - (this.chip.offsetHeight || 24);
    this.chip.style.left = `${Math.max(0, left)}px`;
    this.chip.style.top = `${Math.max(0, top)}px`;
    if (!this.panel.hidden) this.placePanel();
  }

  hide(): void {
    this.chip.hidden = true;
    this.close();
  }

  remove(): void {
    this.chip.remove();
    this.panel.remove();
  }

  toggle(): void {
    if (this.panel.hidden) this.openPanel();
    else this.close();
  }

  openPanel(): void {
    this.actions.opened();
    this.render();
    this.panel.hidden = false;
    this.chip.setAttribute('aria-expanded', 'true');
    this.placePanel();
    (this.panel.querySelector('button') as HTMLElement | null)?.focus();
  }

  /** A line at the foot of the panel (what became of a review), until the panel closes. */
  status(text: string): void {
    this.note = text;
    if (!this.panel.hidden) this.render();
  }

  close(): void {
    this.note = '';
    if (this.panel.hidden) return;
    this.panel.hidden = true;
    this.chip.setAttribute('aria-expanded', 'false');
  }

  private placePanel(): void {
    const c = this.chip.getBoundingClientRect();
    const w = this.panel.offsetWidth || 320;
    const hgt = this.panel.offsetHeight || 200;
    this.panel.style.left = `${Math.max(8, Math.min(c.right - w, innerWidth - w - 8))}px`;
    this.panel.style.top = `${c.bottom + 6 + hgt > innerHeight ? Math.max(8, c.top - hgt - 6) : c.bottom + 6}px`;
  }

  private render(): void {
    const views = this.views;
    const fixable = views.some((v) => v.finding.suggestions?.length);
    const items = views.map((v) => () => {
      const f = v.finding;
      const first = f.suggestions?.[0];
      return h('li', { 'data-key': v.key },
        h('div', {}, ...findingLine(v)),
        h('div', { class: 'ctp-actions' },
          button(t('content_show'), { 'aria-label': t('content_show_named', categoryLabel(f)) }, () => { this.close(); this.actions.show(v); }),
          first ? button(suggestionLabel(first), { 'aria-label': first.labelKey ? suggestionLabel(first) : t('content_replace_with', first.replacement) }, () => this.actions.fix(v, 0)) : null,
          button(t('content_ignore_once'), {}, () => this.actions.ignore(v))));
    });
    const list = h('ul', { class: 'ctp-list' });
    fillList(list, items);
    const images = this.images.map((k) => imageItem(k, {
      review: (x) => { this.close(); this.actions.reviewImage(x); },
      ignore: (x) => this.actions.ignoreImage(x),
    }, this.signal));
    const parts: Array<HTMLElement | null> = [
      h('h2', {}, t('content_panel_title')),
      views.length ? list : null,
      images.length ? h('h3', { id: `${this.panel.id}-images` }, t('imgpanel_heading')) : null,
      images.length ? h('ul', { class: 'ctp-list', 'aria-labelledby': `${this.panel.id}-images` }, ...images) : null,
      !views.length && !images.length ? h('p', {}, t('content_chip_none')) : null,
      this.note ? h('p', { class: 'ctp-status', role: 'status' }, this.note) : null,
      h('div', { class: 'ctp-actions' },
        fixable ? button(t('content_fix_all'), { class: 'primary' }, () => this.actions.fixAll()) : null,
        button(t('content_close'), {}, () => { this.close(); this.chip.focus(); })),
    ];
    this.panel.replaceChildren(...parts.filter((p): p is HTMLElement => p !== null));
  }
}
