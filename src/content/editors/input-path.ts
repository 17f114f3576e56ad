// The edit itself: select, yield so the framework syncs its model selection on
// selectionchange, execCommand('insertText'), verify by re-reading, then a synthetic paste as
// fallback. Proven on real Draft.js and Lexical (composer-dom.md §4c); execCommand is
// deprecated but is the only path that goes through the editor's own input handling and undo.

export function nextFrame(): Promise<void> {
  return new Promise((r) => requestAnimationFrame(() => r()));
}

/** Resolves on the next selectionchange, or after `ms` if the browser sends none (same selection). */
export function selectionSettled(ms = 60): Promise<void> {
  return new Promise((resolve) => {
    const done = () => { clearTimeout(timer); document.removeEventListener('selectionchange', done); resolve(); };
    const timer = setTimeout(done, ms);
    document.addEventListener('selectionchange', done, { once: true });
  });
}

/** Waits up to `frames` frames for `read()` to equal `want` (frameworks re-render asynchronously). */
export async function settlesTo(read: () => string, want: string, frames = 6): Promise<boolean> {
  // Lexical commits an edit in a microtask: waiting for a frame then made each of "Fix all"'s
  // edits cost a frame or two (seconds over a long paste's hundreds of lines).
  if (read() === want) return true;
  await Promise.resolve();
  for (let i = 0; i < frames; i++) {
    if (read() === want) return true;
    await nextFrame();
  }
  return read() === want;
}

export function insertText(text: string): boolean {
  // insertText with '' is a no-op in some engines; deleting the selection is the same edit.
  return text === '' ? document.execCommand('delete', false) : document.execCommand('insertText', false, text);
}

export function dispatchPaste(target: HTMLElement, text: string): void {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
}

/**
 * A cut event over the current selection. Draft.js handles it itself (removes the selected
 * fragment as one 'remove-range' change, one undo step) and never reads the system clipboard,
 * which a synthetic event cannot touch anyway.
 */
export function dispatchCut(target: HTMLElement): void {
  target.dispatchEvent(new ClipboardEvent('cut', { clipboardData: new DataTransfer(), bubbles: true, cancelable: true }));
}
