// A tiny element builder for our shadow-root UI: text goes in as text nodes, never as HTML,
// so nothing from the page or the post can become markup.

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
