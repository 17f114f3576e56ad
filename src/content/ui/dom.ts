// A tiny element builder for our shadow-root UI: text goes in as text nodes, never as HTML,
// so nothing from the page or the post can become markup.

import type { Severity } from '../../engine/types.ts';
import { categoryLabel, excerpt, severityLabel, type View } from '../findings.ts';

type Attrs = Record<string, string | boolean | number | undefined | null>;
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') el.className = String(v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(c);
  return el;
}

export function button(label: string, attrs: Attrs, onClick: (e: MouseEvent) => void, signal?: AbortSignal): HTMLButtonElement {
  const b = h('button', { type: 'button', ...attrs }, label);
  b.addEventListener('click', (e) => { e.stopPropagation(); onClick(e); }, signal ? { signal } : undefined);
  return b;
}

/** Keeps Tab inside `root` (a modal dialog). */
export function trapFocus(root: HTMLElement, e: KeyboardEvent): void {
  if (e.key !== 'Tab') return;
  const items = [...root.querySelectorAll<HTMLElement>('button:not([disabled]), input:not([disabled]), [tabindex="0"]')];
  if (items.length === 0) return;
  const first = items[0]!;
  const last = items.at(-1)!;
  const active = (root.getRootNode() as ShadowRoot).activeElement;
  if (e.shiftKey && active === first) { e.preventDefault(); last.focus(); }
  else if (!e.shiftKey && active === last) { e.preventDefault(); first.focus(); }
}

/** How many list items are made per task (a few milliseconds' worth of elements). */
const BATCH = 40;

/**
 * Fills `list` with one item per maker: the first batch at once, the rest a batch per task, so
 * the hundreds of findings of a long paste never hold the page in one task. Stops once `list`
 * has left the page (the panel or the dialog was redrawn or closed).
 */
export function fillList(list: HTMLElement, makers: ReadonlyArray<() => Node>): void {
  let i = 0;
  const batch = () => {
    if (i > 0 && !list.isConnected) return;
    const end = Math.min(makers.length, i + BATCH);
    const frag = document.createDocumentFragment();
    for (; i < end; i++) frag.append(makers[i]!());
    list.append(frag);
    if (i < makers.length) setTimeout(batch, 0);
  };
  batch();
}

/** A severity as the coloured badge every card and list shows. */
export function sevBadge(s: Severity): HTMLElement {
  return h('span', { class: `ctp-sev ${s}` }, severityLabel(s));
}

/** A text finding as the panel and the gate list it: badge, kind, and the flagged text, shortened. */
export function findingLine(v: View): Child[] {
  return [sevBadge(v.finding.severity), ' ', categoryLabel(v.finding), ' ', h('span', { class: 'ctp-excerpt', title: v.text }, excerpt(v.text))];
}
