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

/** The mirror lives in our shadow root (`host`), never in the page. */
export function setMirrorHost(host: ShadowRoot | null): void {
  mirror?.remove();
  mirror = null;
  if (!host) return;
  mirror = document.createElement('div');
  mirror.setAttribute('aria-hidden', 'true');
  mirror.style.cssText = 'position:fixed;visibility:hidden;pointer-events:none;white-space:pre-wrap;overflow-wrap:break-word;word-wrap:break-word;top:0;left:0;';
  host.append(mirror);
}

function measure(ta: HTMLTextAreaElement, start: number, end: number): DOMRect[] {
  if (!mirror) return [];
  const cs = getComputedStyle(ta);
  for (const k of COPIED) (mirror.style as unknown as Record<string, string>)[k] = cs[k];
  const box = ta.getBoundingClientRect();
  mirror.style.left = `${box.left}px`;
  mirror.style.top = `${box.top}px`;
  mirror.style.overflow = 'hidden';
  const text = ta.value;
  const span = document.createElement('span');
  span.textContent = text.slice(start, end) || '\u200b';
  // The tail keeps the wrapping of the last line identical.
  mirror.replaceChildren(document.createTextNode(text.slice(0, start)), span, document.createTextNode(text.slice(end) + '\u200b'));
  mirror.scrollTop = ta.scrollTop;
  mirror.scrollLeft = ta.scrollLeft;
  const rects = [...span.getClientRects()].map((r) => new DOMRect(r.left, r.top, r.width, r.height));
  mirror.replaceChildren();
  return rects;
}

export function textareaAdapter(el: HTMLTextAreaElement): EditorAdapter {
  return {
    kind: 'textarea',
    el,
    read: () => el.value,
    range: () => null,
    rects: (start, end) => measure(el, start, end),
    selection: () => (document.activeElement === el ? { start: el.selectionStart, end: el.selectionEnd } : null),
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
