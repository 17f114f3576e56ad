// Guarded bootstrap: a content script can be injected twice (extension reload, bfcache);
// the second copy must do nothing.
const FLAG = '__clearToPostLoaded';
const w = window as unknown as Record<string, unknown>;
if (!w[FLAG]) {
  w[FLAG] = true;
  document.documentElement.dataset.clearToPost = 'ready';
}
