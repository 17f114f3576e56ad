import { interceptImages } from './images/intercept.ts';

/** Images count when they enter something that composes: an editor, a dialog, a file input. */
const imageScope = (target: EventTarget | null) =>
  target instanceof HTMLInputElement ||
  (target instanceof Element && !!target.closest('[contenteditable="true"], textarea, [role="textbox"], [role="dialog"], form'));

// Guarded bootstrap: a content script can be injected twice (extension reload, bfcache);
// the second copy must do nothing.
const FLAG = '__clearToPostLoaded';
const w = window as unknown as Record<string, unknown>;
if (!w[FLAG]) {
  w[FLAG] = true;
  document.documentElement.dataset.clearToPost = 'ready';
  const teardown = new AbortController();
  interceptImages(teardown.signal, imageScope);
}
