// Our UI lives in one open shadow root on <clear-to-post-ui>, appended to <html>, so the
// page's styles cannot reach it and we never touch the page's own DOM tree.
const TAG = 'clear-to-post-ui';

export function uiRoot(): ShadowRoot {
  let host = document.querySelector(TAG);
  if (!host) {
    host = document.createElement(TAG);
    document.documentElement.append(host);
  }
  return host.shadowRoot ?? host.attachShadow({ mode: 'open' });
}
