import { browser } from '../shared/platform.ts';
import type { EffectivePolicy, Message, ThumbnailAnswer } from '../shared/messages.ts';
import type { ComposerInfo, SiteAdapter } from './sites/types.ts';
import { composerFor, siteFor } from './sites/index.ts';
import { EDITABLE, editableRoot } from './sites/common.ts';
import { watch } from './watcher.ts';
import { Gate, type GateHost, type PostVia } from './gate-events.ts';
import type { Runtime } from './runtime.ts';
import { interceptImages } from './images/intercept.ts';
import { keptImage, onKeptImagesChange } from './images/kept.ts';

// The content script's first load, kept small: it finds composers and guards Post. The
// engine and every piece of UI (runtime.ts) are imported on the first focus of a composer,
// or when a Post needs checking, as a separate chunk.
//
//   MutationObserver + focusin --(one pass per frame)--> sites/* --> composers
//   window capture listeners (Post press, keys, submit) --> Gate --> runtime.mayPost / held
//   runtime: editors/* (text + offsets) -> engine -> highlights, card, chip, gate dialog
//
// Everything hangs off one AbortController: aborting it removes every listener, observer and
// element we added.

const FLAG = '__clearToPostLoaded';

/** Images count when they enter something that composes: an editor, a dialog, a file input. */
const imageScope = (target: EventTarget | null) =>
  target instanceof HTMLInputElement ||
  (target instanceof Element && !!target.closest('[contenteditable="true"], textarea, [role="textbox"], [role="dialog"], form'));

interface Instance {
  alive(): boolean;
  stop(): void;
}

function contextAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

function boot(): Instance {
  const ac = new AbortController();
  const { signal } = ac;
  let site: SiteAdapter = siteFor(location.hostname, document);
  let policy: EffectivePolicy | null = null;
  let runtime: Runtime | null = null;
  let loading: Promise<Runtime> | null = null;

  const send = (msg: Message): Promise<unknown> =>
    browser.runtime.sendMessage(msg).catch((err: unknown) => {
      // An extension update invalidates this copy; the new one takes over on next injection.
      if (!contextAlive()) ac.abort();
      return err instanceof Error ? undefined : undefined;
    });

  const siteEnabled = (): boolean => {
    if (!policy) return true;
    const p = policy.policy;
    const id = site.id;
    if (id !== 'generic' && id !== 'mastodon' && p.sites[id] === false) return false;
    const until = policy.paused[id];
    return until === undefined || (until !== 0 && until < Date.now());
  };

  const load = (): Promise<Runtime> => {
    loading ??= import('./runtime.ts').then(({ startRuntime }) => {
      runtime = startRuntime({ site: () => site, gate, signal, policy, send, siteEnabled });
      return runtime;
    });
    return loading;
  };

  const known = new WeakSet<HTMLElement>();
  const consider = (editor: HTMLElement | null): ComposerInfo | null => {
    if (!editor || !siteEnabled()) return null;
    const c = composerFor(site, editor);
    if (!c) return null;
    known.add(c.editor);
    return c;
  };

  const host: GateHost = {
    site: () => site,
    composersForButton(button) {
      const roots = new Set([...document.querySelectorAll<HTMLElement>(EDITABLE)].map((el) => editableRoot(el)));
      const found: ComposerInfo[] = [];
      for (const el of roots) {
        const c = consider(el);
        if (c && c.scope.contains(button)) found.push(c);
      }
      if (found.length) return found;
      const last = runtime?.lastComposerFor(button);
      return last ? [last] : [];
    },
    composerForEditor: (el) => consider(editableRoot(el)),
    mayPost(c) {
      if (runtime) return runtime.mayPost(c);
      // Not loaded yet means never focused; a pre-filled composer still gets checked.
      const text = c.editor instanceof HTMLTextAreaElement ? c.editor.value : c.editor.textContent ?? '';
      return text.trim() === '';
    },
    held(c: ComposerInfo, via: PostVia) {
      void load().then((rt) => rt.held(c, via));
    },
  };
  const gate = new Gate(host, signal);
  interceptImages(signal, imageScope);
  // An image kept despite findings belongs in the panel, the gate and the popup even when no
  // composer was focused yet (X's photo button does not focus the editor).
  onKeptImagesChange(() => { if (!runtime) void load(); }, signal);

  const onFocus = (e: FocusEvent) => {
    const c = consider(editableRoot(e.target as Node));
    if (c) void load().then((rt) => rt.attach(c));
  };
  window.addEventListener('focusin', onFocus, { capture: true, signal });

  const start = () => {
    // Mastodon is recognised by markup, which exists only once the page has parsed.
    if (site.id === 'generic') site = siteFor(location.hostname, document);
    watch(document, ({ added, removed }) => {
      if (removed) runtime?.sweep();
      if (!runtime) return;
      for (const root of added) {
        const editors = root.matches(EDITABLE) ? [root] : [...root.querySelectorAll(EDITABLE)];
        for (const el of editors) {
          const c = consider(editableRoot(el));
          // Composers that appear with text in them (a re-render, a draft restored) are
          // checked at once; empty ones wait for focus.
          if (c && runtime.hasText(c)) runtime.attach(c);
        }
      }
    }, signal);
    const active = document.activeElement;
    if (active instanceof HTMLElement) {
      const c = consider(editableRoot(active));
      if (c) void load().then((rt) => rt.attach(c));
    }
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true, signal });
  else start();

  browser.runtime.onMessage.addListener((raw: unknown) => {
    if (signal.aborted) return undefined;
    const msg = raw as Message;
    if (msg.type === 'policy-changed') {
      policy = msg.effective;
      runtime?.setPolicy(msg.effective);
    } else if (msg.type === 'run-command') {
      return Promise.resolve(runtime ? runtime.command(msg.command) : { ok: false, reason: 'invalid' });
    } else if (msg.type === 'image-thumbnail') {
      // Frames that do not hold this image stay silent; the one that does answers.
      const k = keptImage(msg.image);
      if (!k) return undefined;
      return import('./images/thumb.ts')
        .then(({ thumbnailData }) => thumbnailData(k))
        .then((d): ThumbnailAnswer => (d ? { ok: true, ...d } : { ok: false }), (): ThumbnailAnswer => ({ ok: false }));
    }
    return undefined;
  });
  void send({ type: 'get-policy' }).then((answer) => {
    const p = answer as EffectivePolicy | undefined;
    if (!p || typeof p !== 'object' || !('policy' in p)) return;
    policy = p;
    runtime?.setPolicy(p);
  });

  signal.addEventListener('abort', () => { runtime?.destroy(); delete document.documentElement.dataset.clearToPost; }, { once: true });
  document.documentElement.dataset.clearToPost = 'ready';
  return { alive: () => !signal.aborted && contextAlive(), stop: () => ac.abort() };
}

// Guarded bootstrap: a content script can be injected twice (extension update, reload).
// A live copy keeps the page; a dead one (its extension context gone) is torn down and replaced.
const w = window as unknown as Record<string, Instance | undefined>;
const previous = w[FLAG];
if (!previous?.alive()) {
  previous?.stop();
  w[FLAG] = boot();
}
