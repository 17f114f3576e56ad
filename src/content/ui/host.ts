import { OVERLAY_CSS } from '../highlights.ts';

// All of our UI lives in one open shadow root on <clear-to-post-ui>, appended to <html> so
// page styles cannot reach it and site re-renders (which own <body>'s subtree) cannot remove
// it. Open, so tests and assistive technology can see inside.

export const HOST_TAG = 'clear-to-post-ui';

const CSS_TEXT = `
:host{all:initial;position:fixed;top:0;left:0;width:0;height:0;z-index:2147483646;font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f1f1f}
*{box-sizing:border-box}
[hidden]{display:none!important}
button{font:inherit;cursor:pointer;border-radius:6px;border:1px solid #8e8e8e;background:#fff;color:#1f1f1f;padding:4px 10px;min-height:28px}
button:hover{background:#f1f3f4}
button:focus-visible,input:focus-visible{outline:2px solid #0b57d0;outline-offset:2px}
button.primary{background:#0b57d0;border-color:#0b57d0;color:#fff}
button.primary:hover{background:#0842a0}
button.primary[disabled]{background:#9aa0a6;border-color:#9aa0a6}
.ctp-chip{position:fixed;z-index:1;display:flex;align-items:center;gap:4px;padding:2px 8px;min-height:24px;border-radius:12px;font-size:12px;font-weight:600;box-shadow:0 1px 3px #0003;pointer-events:auto}
.ctp-chip[data-count="0"]{color:#146c2e;border-color:#146c2e}
.ctp-chip.high{color:#fff;background:#c5221f;border-color:#c5221f}
.ctp-chip.medium{color:#fff;background:#b06000;border-color:#b06000}
.ctp-chip.low{color:#fff;background:#1a73e8;border-color:#1a73e8}
.ctp-pop{position:fixed;z-index:2;max-width:360px;min-width:260px;background:#fff;border:1px solid #c4c7c5;border-radius:10px;box-shadow:0 4px 16px #0004;padding:12px;pointer-events:auto}
.ctp-pop h2{font-size:14px;margin:0 0 6px;display:flex;gap:6px;align-items:center}
.ctp-pop p{margin:0 0 8px}
.ctp-sev{font-size:11px;font-weight:600;padding:1px 6px;border-radius:8px;color:#fff}
.ctp-sev.high{background:#c5221f}.ctp-sev.medium{background:#b06000}.ctp-sev.low{background:#1a73e8}.ctp-sev.info{background:#5f6368}
.ctp-actions{display:flex;flex-wrap:wrap;gap:6px;margin-top:6px}
.ctp-list{list-style:none;margin:0 0 8px;padding:0;max-height:260px;overflow:auto}
.ctp-list li{padding:6px 0;border-top:1px solid #e3e3e3}
.ctp-excerpt{font-family:ui-monospace,monospace;background:#f1f3f4;border-radius:4px;padding:0 4px;overflow-wrap:anywhere}
.ctp-backdrop{position:fixed;z-index:3;inset:0;width:100vw;height:100vh;background:#0006;pointer-events:auto;display:flex;align-items:center;justify-content:center}
.ctp-alert{position:static;max-width:480px;width:calc(100vw - 32px);max-height:calc(100vh - 32px);display:flex;flex-direction:column;overflow:hidden}
.ctp-scroll{flex:1 1 auto;min-height:0;overflow:auto;margin:0 -12px;padding:0 12px}
.ctp-alert .ctp-list{max-height:none;overflow:visible}
.ctp-alert details{margin:0 0 8px}
.ctp-alert summary{cursor:pointer;font-weight:600;padding:2px 0}
.ctp-alert h2{font-size:16px}
.ctp-reasons{border:0;margin:8px 0;padding:0}
.ctp-reasons label{display:block;padding:2px 0}
.ctp-status{font-size:12px;color:#5f6368;margin:4px 0 0}
.ctp-status:empty{display:none}
.ctp-pop h3{font-size:13px;margin:8px 0 4px}
.ctp-image{display:flex;gap:8px;align-items:flex-start}
.ctp-thumb{flex:none;display:block;border-radius:4px;background:#202124}
.ctp-image-body{flex:1;min-width:0}
.ctp-image-title{font-weight:600;margin:0 0 4px}
.ctp-image-findings{list-style:none;margin:0 0 4px;padding:0}
.ctp-list .ctp-image-findings li{padding:2px 0;border:0}
.ctp-image-why{font-size:12px;color:#444}
${OVERLAY_CSS}
`;

let current: { host: HTMLElement; shadow: ShadowRoot } | null = null;

/**
 * The one host, created on first use by whichever part needs UI first (the runtime, or the
 * image check that can run before any composer was focused); later calls share it.
 */
export function createHost(signal: AbortSignal): { host: HTMLElement; shadow: ShadowRoot } {
  if (current) return current;
  // A host left by an earlier copy of this script (its context gone) is reused, not doubled.
  const host = document.querySelector<HTMLElement>(HOST_TAG) ?? document.createElement(HOST_TAG);
  const shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = CSS_TEXT;
  shadow.append(style);
  if (!host.isConnected) document.documentElement.append(host);
  // A site that rewrites <html>'s children (rare, but single-page apps do odd things) drops
  // us: put the host back rather than go silent.
  const keep = new MutationObserver(() => {
    if (!host.isConnected) document.documentElement.append(host);
  });
  keep.observe(document.documentElement, { childList: true });
  signal.addEventListener('abort', () => { keep.disconnect(); style.remove(); host.remove(); current = null; }, { once: true });
  current = { host, shadow };
  return current;
}
