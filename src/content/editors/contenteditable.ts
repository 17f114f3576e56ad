import type { EditorKind } from '../sites/types.ts';
import type { EditorAdapter } from './types.ts';
import { pieceAt, spliced, type Piece } from './offsets.ts';
import { dispatchCut, dispatchPaste, insertText, nextFrame, selectionSettled, settlesTo } from './input-path.ts';

// One reader for every rich editor: blocks (Draft's div[data-block], Lexical/ProseMirror/Quill
// <p>) are joined with '\n', <br> is '\n', and text is read per text node so a mention or a
// link in its own span maps back to the right node. Editors differ only in the quirks below.

const BLOCK = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'TR', 'TABLE', 'SECTION', 'FIGURE']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IMG', 'svg', 'SVG', 'VIDEO', 'AUDIO', 'CANVAS']);

interface Quirks {
  /** Draft.js puts the caret at the end after execCommand; put it back after the replacement. */
  restoreCaret: boolean;
  /**
   * Draft.js corrupts its EditorState when one insertText spans several leaves (a name then a
   * #hashtag span). Such a span is replaced through Draft's own cut or paste handler instead,
   * one change and one undo step; per-leaf insertText edits remain the fallback.
   */
  perLeaf: boolean;
}

const QUIRKS: Record<Exclude<EditorKind, 'textarea'>, Quirks> = {
  contenteditable: { restoreCaret: false, perLeaf: false },
  draft: { restoreCaret: true, perLeaf: true },
  lexical: { restoreCaret: false, perLeaf: false },
  prosemirror: { restoreCaret: false, perLeaf: false },
  quill: { restoreCaret: false, perLeaf: false },
};

export interface TextMap {
  text: string;
  pieces: Piece<Node>[];
}

function skipped(el: Element): boolean {
  if (SKIP.has(el.tagName)) return true;
  if (el.getAttribute('aria-hidden') === 'true' && !el.querySelector('br')) return true;
  // Placeholders some editors render inside the root (Draft's is outside, Lexical's beside it).
  return el.classList.contains('public-DraftEditorPlaceholder-root') || el.hasAttribute('data-placeholder-node');
}

export function readMap(root: HTMLElement): TextMap {
  const pieces: Piece<Node>[] = [];
  let text = '';
  const walk = (n: Node): void => {
    if (n.nodeType === Node.TEXT_NODE) {
      const data = (n as Text).data;
      pieces.push({ node: n, start: text.length, length: data.length, kind: 'text' });
      text += data;
      return;
    }
    if (n.nodeType !== Node.ELEMENT_NODE) return;
    const el = n as Element;
    if (skipped(el)) return;
    if (el.tagName === 'BR') {
      // ProseMirror adds a trailing break so an empty line has height; it is not in the model.
      if (el.classList.contains('ProseMirror-trailingBreak') && el.parentElement?.lastChild === el && el.previousSibling) return;
      pieces.push({ node: el, start: text.length, length: 1, kind: 'break' });
      text += '\n';
      return;
    }
    if (el !== root && BLOCK.has(el.tagName) && text.length > 0 && !text.endsWith('\n')) {
      pieces.push({ node: el, start: text.length, length: 1, kind: 'block' });
      text += '\n';
    }
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c);
  };
  walk(root);
  // A trailing <br> that only keeps the last line open is not text the site posts.
  if (text.endsWith('\n') && pieces.at(-1)?.kind === 'break' && text.length > 1) {
    pieces.pop();
    text = text.slice(0, -1);
  }
  return { text, pieces };
}

function boundary(map: TextMap, root: HTMLElement, p: number, affinity: 'start' | 'end'): [Node, number] | null {
  if (map.pieces.length === 0) return [root, 0];
  const piece = pieceAt(map.pieces, p, affinity) ?? (p >= map.text.length ? map.pieces.at(-1) : undefined);
  if (!piece) return null;
  const into = Math.max(0, Math.min(piece.length, p - piece.start));
  if (piece.kind === 'text') return [piece.node, into];
  const el = piece.node;
  const parent = el.parentNode;
  if (!parent) return null;
  const index = Array.prototype.indexOf.call(parent.childNodes, el) as number;
  if (piece.kind === 'break') return into === 0 ? [parent, index] : [parent, index + 1];
  // A block start: before it is the end of the previous block, after it the block's beginning.
  return into === 0 ? [parent, index] : [el, 0];
}

export function rangeFor(map: TextMap, root: HTMLElement, start: number, end: number): Range | null {
  const a = boundary(map, root, start, 'start');
  const b = boundary(map, root, end, 'end');
  if (!a || !b) return null;
  try {
    const r = document.createRange();
    r.setStart(a[0], a[1]);
    r.setEnd(b[0], b[1]);
    return r;
  } catch {
    return null;
  }
}

/** Text offset of a DOM point inside root, from the map. */
function offsetOf(map: TextMap, root: HTMLElement, node: Node, offset: number): number | null {
  if (!root.contains(node)) return null;
  if (node.nodeType === Node.TEXT_NODE) {
    const piece = map.pieces.find((p) => p.node === node);
    return piece ? piece.start + Math.min(offset, piece.length) : null;
  }
  // An element point: count every piece that ends at or before it.
  const r = document.createRange();
  r.setStart(root, 0);
  try { r.setEnd(node, offset); } catch { return null; }
  let best = 0;
  for (const p of map.pieces) {
    const inside = p.kind === 'text' ? r.comparePoint(p.node, p.length) === 0
      : p.kind === 'break' ? p.node.parentNode !== null && r.comparePoint(p.node.parentNode, indexIn(p.node) + 1) === 0
        : r.comparePoint(p.node, 0) === 0;
    if (inside) best = p.start + p.length;
  }
  return best;
}

function indexIn(n: Node): number {
  return n.parentNode ? (Array.prototype.indexOf.call(n.parentNode.childNodes, n) as number) : 0;
}

export function contentEditableAdapter(el: HTMLElement, kind: Exclude<EditorKind, 'textarea'>): EditorAdapter {
  const quirks = QUIRKS[kind];
  let map: TextMap = { text: '', pieces: [] };
  const read = () => (map = readMap(el)).text;

  const select = (start: number, end: number): boolean => {
    const r = rangeFor(readMap(el), el, start, end);
    const sel = el.ownerDocument.getSelection();
    if (!r || !sel) return false;
    sel.removeAllRanges();
    sel.addRange(r);
    return true;
  };

  /** One edit through the input path: select, let the editor see it, insert, wait for its model. */
  const editOnce = async (start: number, end: number, replacement: string, want: string): Promise<boolean> => {
    if (!select(start, end)) return false;
    await selectionSettled();
    insertText(replacement);
    return settlesTo(() => readMap(el).text, want);
  };

  const rects = (start: number, end: number): DOMRect[] => {
    const r = rangeFor(map, el, start, end);
    return r ? [...r.getClientRects()].filter((x) => x.width > 0 || x.height > 0) : [];
  };

  /** The selection replaced by the editor's own clipboard handling: a cut removes, a paste inserts. */
  const clipboardEdit = async (start: number, end: number, replacement: string, want: string): Promise<boolean> => {
    if (!select(start, end)) return false;
    await selectionSettled();
    await nextFrame();
    if (replacement === '') dispatchCut(el);
    else dispatchPaste(el, replacement);
    return settlesTo(() => readMap(el).text, want);
  };

  return {
    kind,
    el,
    read,
    range(start, end) {
      return rangeFor(map, el, start, end);
    },
    rects,
    rectsOf(spans) {
      // The page's own layout is done once; each range reads it without relayout.
      return spans.map((sp) => rects(sp.start, sp.end));
    },
    joinable(start, end) {
      return textLeaves(map, start, end).length === 1;
    },
    selection() {
      const sel = el.ownerDocument.getSelection();
      if (!sel || sel.rangeCount === 0) return null;
      const r = sel.getRangeAt(0);
      const m = readMap(el);
      const s = offsetOf(m, el, r.startContainer, r.startOffset);
      const e = offsetOf(m, el, r.endContainer, r.endOffset);
      return s === null || e === null ? null : { start: s, end: e };
    },
    async replace(start, end, expected, replacement) {
      const before = readMap(el).text;
      if (before.slice(start, end) !== expected) return false;
      const want = spliced(before, start, end, replacement);
      el.focus({ preventScroll: true });

      let ok = false;
      const leaves = quirks.perLeaf ? textLeaves(readMap(el), start, end) : [];
      if (leaves.length > 1) ok = await clipboardEdit(start, end, replacement, want);
      if (leaves.length > 1 && !ok && readMap(el).text === before) {
        // Last leaf first so earlier offsets stay valid; the replacement goes into the first leaf.
        let cur = before;
        ok = true;
        for (let i = leaves.length - 1; i >= 0 && ok; i--) {
          const [s, e] = leaves[i]!;
          const rep = i === 0 ? replacement : '';
          const next = spliced(cur, s, e, rep);
          ok = await editOnce(s, e, rep, next);
          cur = next;
        }
      } else if (leaves.length <= 1) {
        ok = await editOnce(start, end, replacement, want);
      }
      if (!ok && readMap(el).text === before) {
        // Fallback: a paste event, which the frameworks handle once their selection caught up.
        if (select(start, end)) {
          await selectionSettled();
          await nextFrame();
          dispatchPaste(el, replacement);
          ok = await settlesTo(() => readMap(el).text, want);
        }
      }
      if (!ok && readMap(el).text !== before) {
        // A half-applied edit: undo it rather than leave the user's text altered.
        document.execCommand('undo', false);
        await settlesTo(() => readMap(el).text, before);
      }
      if (ok && quirks.restoreCaret) {
        await nextFrame();
        select(start + replacement.length, start + replacement.length);
      }
      read();
      return ok;
    },
  };
}

/** [start, end) cut at text-node edges (only text pieces; breaks between them are kept out). */
function textLeaves(map: TextMap, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const p of map.pieces) {
    if (p.kind !== 'text') continue;
    const s = Math.max(start, p.start);
    const e = Math.min(end, p.start + p.length);
    if (s < e) out.push([s, e]);
  }
  // Spans crossing a line break are edited in one go: per-leaf deletes would keep the break.
  const covered = out.reduce((n, [s, e]) => n + e - s, 0);
  return covered === end - start ? out : [];
}
