import type { Severity } from '../engine/types.ts';

// Underlines that never touch the editor's DOM (composer-dom.md §4b): the CSS Custom
// Highlight API paints ranges of the page's own text; where it is missing (older Firefox,
// textareas, whose text has no DOM ranges) boxes are drawn in our shadow root instead.
// Unlike Harper we keep the Highlight API under navigator.webdriver, so the browser tests
// exercise it; they force the overlay with the attribute below to cover the other path.

export const FORCE_OVERLAY_ATTR = 'data-clear-to-post-overlay';

/** Performance mark (user timing) set when a composer's underlines are in place, for the benchmark. */
export const MARK_DRAWN = 'clear-to-post:drawn';

export type Underlined = Exclude<Severity, 'info'>;
export const UNDERLINED: readonly Underlined[] = ['high', 'medium', 'low'];

export interface Mark {
  key: string;
  severity: Underlined;
  range: Range | null;
  rects: DOMRect[];
}

export function highlightApiAvailable(): boolean {
  if (document.documentElement.hasAttribute(FORCE_OVERLAY_ATTR)) return false;
  try {
    return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function'
      && CSS.supports('selector(::highlight(x))');
  } catch {
    return false;
  }
}

const COLOURS: Record<Underlined, string> = { high: '#c5221f', medium: '#b06000', low: '#1a73e8' };

function pageSheetText(): string {
  return UNDERLINED.map((s) => `::highlight(ctp-${s}){text-decoration:underline wavy ${COLOURS[s]};text-decoration-thickness:2px;text-underline-offset:3px;background-color:${COLOURS[s]}1f}`).join('\n')
    + '\n::highlight(ctp-active){background-color:#fbbc0466}';
}

export class Highlighter {
  private readonly api = highlightApiAvailable();
  private readonly layer: HTMLElement;
  private sheet: { remove(): void } | null = null;
  /** Overlay boxes drawn per composer, so one composer's redraw does not wipe another's. */
  private readonly apiRanges = new Map<object, Map<Underlined | 'active', Range[]>>();

  constructor(shadow: ShadowRoot) {
    this.layer = document.createElement('div');
    this.layer.className = 'ctp-layer';
    shadow.append(this.layer);
    if (this.api) this.installSheet();
  }

  get mode(): 'css' | 'overlay' {
    return this.api ? 'css' : 'overlay';
  }

  private installSheet(): void {
    // ::highlight() rules must be in the document's styles: the ranges are in its light DOM.
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(pageSheetText());
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      this.sheet = { remove: () => { document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet); } };
    } catch {
      const style = document.createElement('style');
      style.textContent = pageSheetText();
      (document.head ?? document.documentElement).append(style);
      this.sheet = style;
    }
  }

  /**
   * Draws the marks of one composer. `clip` is the editor's visible box: overlay boxes
   * outside it (scrolled away) are not drawn.
   */
  draw(owner: object, marks: readonly Mark[], activeKey: string | null, clip: DOMRect, useApi = true): void {
    if (this.api && useApi) {
      const byName = new Map<Underlined | 'active', Range[]>();
      for (const m of marks) {
        if (!m.range) continue;
        const list = byName.get(m.severity) ?? [];
        list.push(m.range);
        byName.set(m.severity, list);
        if (m.key === activeKey) byName.set('active', [m.range]);
      }
      this.apiRanges.set(owner, byName);
      this.flushApi();
      this.clearBoxes(owner);
      return;
    }
    this.clearBoxes(owner);
    const id = this.ownerId(owner);
    const frag = document.createDocumentFragment();
    for (const m of marks) {
      for (const r of m.rects) {
        const left = Math.max(r.left, clip.left);
        const right = Math.min(r.right, clip.right);
        if (right <= left || r.bottom <= clip.top || r.top >= clip.bottom) continue;
        const box = document.createElement('div');
        box.className = `ctp-mark ctp-${m.severity}${m.key === activeKey ? ' ctp-active' : ''}`;
        box.dataset.owner = id;
        box.dataset.key = m.key;
        box.dataset.severity = m.severity;
        box.style.cssText = `left:${left}px;top:${r.top}px;width:${right - left}px;height:${r.height}px`;
        frag.append(box);
      }
    }
    this.layer.append(frag);
  }

  clear(owner: object): void {
    if (this.apiRanges.delete(owner)) this.flushApi();
    this.clearBoxes(owner);
  }

  destroy(): void {
    if (this.api) for (const name of [...UNDERLINED, 'active']) CSS.highlights.delete(`ctp-${name}`);
    this.sheet?.remove();
    this.layer.remove();
  }

  private ids = new WeakMap<object, string>();
  private nextId = 1;
  private ownerId(owner: object): string {
    let id = this.ids.get(owner);
    if (!id) this.ids.set(owner, (id = String(this.nextId++)));
    return id;
  }

  private clearBoxes(owner: object): void {
    const id = this.ownerId(owner);
    for (const b of this.layer.querySelectorAll(`[data-owner="${id}"]`)) b.remove();
  }

  private flushApi(): void {
    for (const name of [...UNDERLINED, 'active'] as const) {
      const all: Range[] = [];
      for (const m of this.apiRanges.values()) all.push(...(m.get(name) ?? []));
      if (all.length) {
        const h = new Highlight(...all);
        h.priority = name === 'active' ? 10 : 3 - UNDERLINED.indexOf(name as Underlined);
        CSS.highlights.set(`ctp-${name}`, h);
      } else CSS.highlights.delete(`ctp-${name}`);
    }
  }
}

export const OVERLAY_CSS = `
.ctp-layer{position:fixed;inset:0;pointer-events:none;overflow:hidden}
.ctp-mark{position:fixed;pointer-events:none;border-bottom:2px solid;box-sizing:border-box}
.ctp-mark.ctp-high{border-color:${COLOURS.high};background:${COLOURS.high}1f}
.ctp-mark.ctp-medium{border-color:${COLOURS.medium};background:${COLOURS.medium}1f}
.ctp-mark.ctp-low{border-color:${COLOURS.low};background:${COLOURS.low}14}
.ctp-mark.ctp-active{background:#fbbc0466}
`;
