import type { EditorAdapter } from './types.ts';
import { spliced } from './offsets.ts';
import { insertText, settlesTo } from './input-path.ts';

// A textarea's text is its value; positions on screen come from a mirror: an invisible div
// laid over the textarea with the same box and font, where the span can be measured.

const COPIED = [
  'boxSizing', 'width', 'height', 'overflowX', 'overflowY', 'borderTopWidth', 'borderRightWidth',
  'borderBottomWidth', 'borderLeftWidth', 'borderStyle', 'paddingTop', 'paddingRight', 'paddingBottom',
  'paddingLeft', 'fontStyle', 'fontVariant', 'fontWeight', 'fontStretch', 'fontSize', 'fontSizeAdjust',
  'lineHeight', 'fontFamily', 'textAlign', 'textTransform', 'textIndent', 'letterSpacing', 'wordSpacing',
  'tabSize', 'direction', 'unicodeBidi',
] as const;

let mirror: HTMLDivElement | null = null;
/**
 * What the mirror holds: one textarea's text, laid out under one key. Kept between measures,
 * so a redraw, a scroll or a hover after the first measure costs no new layout.
 */
let laid: { ta: HTMLTextAreaElement; key: string; text: string; chunks: Chunks } | null = null;

/** The mirror's text nodes and the text offset each starts at. */
interface Chunks {
  nodes: Text[];
  starts: number[];
  /** Each node's top and bottom in the laid-out text (from the content's top), once asked for. */
  bands?: Array<[number, number]>;
}

/**
 * About this many characters per text node: a range's rectangles are found by walking the
 * line boxes of its text nodes, so one node for a 63,206-character paste made each of its
 * hundreds of spans walk every line. Cut after a space or a line break, where the line
 * breaking is the same either way.
 */
const CHUNK = 512;

function chunked(text: string): Chunks {
  const nodes: Text[] = [];
  const starts: number[] = [];
  let at = 0;
  while (at < text.length) {
    let end = Math.min(text.length, at + CHUNK);
    while (end < text.length && text[end - 1] !== ' ' && text[end - 1] !== '\n' && end - at < 4 * CHUNK) end++;
    // Never between the two halves of a surrogate pair.
    if (end < text.length && /[\ud800-\udbff]/.test(text[end - 1]!)) end++;
    starts.push(at);
    nodes.push(document.createTextNode(text.slice(at, end)));
    at = end;
  }
  // The trailing zero-width space keeps a final empty line, as the textarea shows it.
  starts.push(text.length);
  nodes.push(document.createTextNode('\u200b'));
  return { nodes, starts };
}

/** The index of the text node holding offset `p` ('end': a span ending there). */
function chunkAt(c: Chunks, p: number, end: boolean): number {
  let lo = 0;
  let hi = c.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (end ? c.starts[mid]! < p : c.starts[mid]! <= p) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The text node holding offset `p` and the offset inside it. */
function pointAt(c: Chunks, p: number, end: boolean): [Text, number] {
  const i = chunkAt(c, p, end);
  return [c.nodes[i]!, p - c.starts[i]!];
}

/** Each text node's top and bottom in the laid-out text (from the content's top), read once per layout. */
function bandsOf(c: Chunks): Array<[number, number]> {
  if (!c.bands) {
    const origin = mirror!.getBoundingClientRect();
    const range = document.createRange();
    c.bands = c.nodes.map((n) => {
      range.selectNodeContents(n);
      const r = range.getBoundingClientRect();
      return [r.top - origin.top, r.bottom - origin.top];
    });
  }
  return c.bands;
}

/**
 * The text offsets laid out within [top, bottom] of the laid-out text (from the content's top),
 * from its text nodes' boxes (a few hundred on a 63,206-character paste): each span is then
 * told near or far by two comparisons. The text flows down, so the nodes near are consecutive;
 * a node with no box (only line breaks) holds no span worth drawing.
 */
function offsetsNear(c: Chunks, top: number, bottom: number): [number, number] {
  const bands = bandsOf(c);
  let first = -1;
  let last = -1;
  bands.forEach(([t, b], k) => {
    if (b <= t || b < top || t > bottom) return;
    if (first < 0) first = k;
    last = k;
  });
  if (first < 0) return [1, 0];
  return [c.starts[first]!, c.starts[last + 1] ?? Infinity];
}

/** The mirror lives in our shadow root (`host`), never in the page. */
export function setMirrorHost(host: ShadowRoot | null): void {
  mirror?.remove();
  mirror = null;
  laid = null;
  if (!host) return;
  mirror = document.createElement('div');
  mirror.setAttribute('aria-hidden', 'true');
  // contain:strict: its own box is fixed, so laying it out never moves anything of the page.
  mirror.style.cssText = 'position:fixed;visibility:hidden;pointer-events:none;white-space:pre-wrap;overflow-wrap:break-word;word-wrap:break-word;top:0;left:0;contain:strict;';
  host.append(mirror);
}

/**
 * The mirror holding `ta`'s `text` under its current box and styles, `key` (filled only when
 * they changed). The caller reads the key and the text once: each is 30 computed styles or a
 * copy of the whole value.
 */
function layOut(ta: HTMLTextAreaElement, key: string, cs: CSSStyleDeclaration, box: DOMRect, text: string): Chunks | null {
  if (!mirror) return null;
  if (laid && laid.ta === ta && laid.key === key && laid.text === text) return laid.chunks;
  // The textarea's own overflow is copied too: its scrollbar changes the wrapping width.
  for (const k of COPIED) (mirror.style as unknown as Record<string, string>)[k] = cs[k];
  mirror.style.left = `${box.left}px`;
  mirror.style.top = `${box.top}px`;
  const chunks = chunked(text);
  mirror.replaceChildren(...chunks.nodes);
  mirror.scrollTop = 0;
  mirror.scrollLeft = 0;
  laid = { ta, key, text, chunks };
  return chunks;
}

interface Layout {
  /** What the measure depends on: the box's size and every copied style, and the text. */
  key: string;
  text: string;
  /** Rectangles per "start:end", relative to the content's top-left corner (scroll 0). */
  spans: Map<string, DOMRect[]>;
  /** The text nodes it was laid out in, with their boxes: which spans are near the view. */
  chunks: Chunks | null;
}

const spanKey = (start: number, end: number) => `${start}:${end}`;
/** The rectangles of a span far from the view: one shared empty list, never written to. */
const NONE: DOMRect[] = Object.freeze([]) as unknown as DOMRect[];

/**
 * Lays the textarea's text out once in the mirror and reads each span's line boxes from a
 * range over it. One layout for all spans, overlapping or not: measuring
 * them one by one re-laid the whole text each time (seconds on a long paste).
 */
function measureAll(chunks: Chunks, text: string, spans: ReadonlyArray<{ start: number; end: number }>): Map<string, DOMRect[]> {
  const out = new Map<string, DOMRect[]>();
  if (!mirror) return out;
  const origin = mirror.getBoundingClientRect();
  const range = document.createRange();
  for (const sp of spans) {
    if (sp.start < 0 || sp.end > text.length || sp.start > sp.end) continue;
    range.setStart(...pointAt(chunks, sp.start, false));
    range.setEnd(...pointAt(chunks, sp.end, sp.end > sp.start));
    out.set(spanKey(sp.start, sp.end), [...range.getClientRects()]
      .filter((r) => r.width > 0 || r.height > 0)
      .map((r) => new DOMRect(r.left - origin.left, r.top - origin.top, r.width, r.height)));
  }
  return out;
}

function layoutKey(cs: CSSStyleDeclaration, box: DOMRect): string {
  let k = `${box.width}x${box.height}`;
  for (const p of COPIED) k += `|${cs[p]}`;
  return k;
}

export function textareaAdapter(el: HTMLTextAreaElement): EditorAdapter {
  // The last layout, kept while the text, size and styles are the same: scrolling, hovering
  // and redraws then only shift rectangles, without laying the text out again.
  let layout: Layout | null = null;
  /**
   * The layout for the textarea as it is now, kept while its text, size and styles are. Read
   * once per turn of the event loop: a redraw asks near() then rectsOf(), and nothing of ours
   * between them changes the textarea (each read is 30 computed styles and its box).
   */
  let turn: ReturnType<typeof look> | null = null;
  const current = () => {
    if (!turn) {
      turn = look();
      queueMicrotask(() => { turn = null; });
    }
    return turn;
  };
  const look = () => {
    const cs = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    const key = layoutKey(cs, box);
    const text = el.value;
    if (!layout || layout.key !== key || layout.text !== text) layout = { key, text, spans: new Map(), chunks: null };
    return { cs, box, key, text, layout };
  };
  // Only the spans within a screen of the visible part are drawn: the rest cannot be seen or
  // hovered, and are measured when a scroll brings them near. They are told apart by offsets
  // alone: after a long paste they are hundreds, and the draw of an analysis result runs in
  // the result's own task.
  const nearOf = (c: ReturnType<typeof current>): [number, number] => {
    if (!c.layout.chunks) {
      c.layout.chunks = layOut(el, c.key, c.cs, c.box, c.text);
      if (c.layout.chunks) bandsOf(c.layout.chunks);
    }
    return c.layout.chunks ? offsetsNear(c.layout.chunks, el.scrollTop - c.box.height, el.scrollTop + 2 * c.box.height) : [-Infinity, Infinity];
  };
  const rectsOf = (spans: ReadonlyArray<{ start: number; end: number }>, many = true): DOMRect[][] => {
    const c = current();
    const { cs, box, key, text } = c;
    const done = c.layout.spans;
    const [lo, hi] = many ? nearOf(c) : [-Infinity, Infinity];
    const wanted = spans.map((sp) => sp.end >= lo && sp.start <= hi);
    const missing = spans.filter((sp, i) => wanted[i] && !done.has(spanKey(sp.start, sp.end)));
    // The mirror may hold another textarea's text since: laid out again only if so.
    const laidOut = missing.length ? layOut(el, key, cs, box, text) : null;
    if (laidOut) for (const [k, v] of measureAll(laidOut, text, missing)) done.set(k, v);
    const dx = box.left - el.scrollLeft;
    const dy = box.top - el.scrollTop;
    return spans.map((sp, i) => (wanted[i] ? (done.get(spanKey(sp.start, sp.end)) ?? NONE)
      .map((r) => new DOMRect(r.left + dx, r.top + dy, r.width, r.height)) : NONE));
  };
  return {
    kind: 'textarea',
    el,
    read: () => el.value,
    // Lays the text out now, and reads where each of its text nodes went (reading a box
    // forces the layout), ahead of the redraw that measures the spans.
    prepare: () => void nearOf(current()),
    range: () => null,
    rects: (start, end) => rectsOf([{ start, end }], false)[0]!,
    rectsOf,
    near: () => nearOf(current()),
    selection: () => (document.activeElement === el ? { start: el.selectionStart, end: el.selectionEnd } : null),
    joinable: () => true,
    async replace(start, end, expected, replacement) {
      const before = el.value;
      if (before.slice(start, end) !== expected) return false;
      const want = spliced(before, start, end, replacement);
      el.focus({ preventScroll: true });
      el.setSelectionRange(start, end);
      insertText(replacement);
      if (!(await settlesTo(() => el.value, want, 2))) {
        if (el.value !== before) return false;
        // React-controlled fallback: the native setter plus an input event (loses native undo).
        Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(el, want);
        el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: replacement }));
        if (!(await settlesTo(() => el.value, want, 2))) return false;
      }
      el.setSelectionRange(start + replacement.length, start + replacement.length);
      return true;
    },
  };
}
