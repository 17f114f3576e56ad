import type { ComposerInfo, SiteAdapter } from './sites/types.ts';
import { postButtonFor } from './sites/index.ts';
import { isDisabled } from './sites/common.ts';

// Post interception (composer-dom.md §5): listeners on window in the capture phase run before
// React's root listeners and the sites' own element listeners. The whole press (pointer and
// mouse down/up, click) is held, because some sites act on pointer events rather than click.
// The decision is made once per press, at its first event, from the last analysis (or a
// synchronous one if the text changed since): a clean post is never delayed.

export type PostVia =
  | { kind: 'button'; button: HTMLElement }
  | { kind: 'keys'; init: KeyboardEventInit; target: HTMLElement }
  | { kind: 'form'; form: HTMLFormElement; submitter: HTMLElement | null };

export interface GateHost {
  site(): SiteAdapter;
  /** The composers whose text `button` posts (a body and a title can share one form). */
  composersForButton(button: HTMLElement): ComposerInfo[];
  composerForEditor(el: Element | null): ComposerInfo | null;
  /** True = let the post through now; false = hold it (the host then asks the user). */
  mayPost(c: ComposerInfo): boolean;
  /** Called once per held press, on its activating event. */
  held(c: ComposerInfo, via: PostVia): void;
}

const PRESS = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'] as const;

export class Gate {
  /** Set only while our own re-dispatch of a post runs, so it is let through exactly once. */
  private bypass = false;
  private press: { button: HTMLElement; hold: boolean; c: ComposerInfo; at: number } | null = null;

  constructor(private readonly host: GateHost, signal: AbortSignal) {
    const opts = { capture: true, signal };
    for (const type of PRESS) window.addEventListener(type, (e) => this.onPress(e as MouseEvent), opts);
    window.addEventListener('keydown', (e) => this.onKey(e), opts);
    window.addEventListener('submit', (e) => this.onSubmit(e as SubmitEvent), opts);
  }

  /** Runs the site's own post action once, past the gate. */
  post(via: PostVia, c: ComposerInfo): boolean {
    this.bypass = true;
    try {
      if (via.kind === 'button') {
        // The site may have re-rendered the button while the dialog was open: re-query it.
        const b = via.button.isConnected ? via.button : this.host.site().postButtonFor(c);
        if (!b || isDisabled(b)) return false;
        b.click();
      } else if (via.kind === 'form') {
        if (!via.form.isConnected) return false;
        via.form.requestSubmit(via.submitter && via.submitter.isConnected ? via.submitter as HTMLButtonElement : undefined);
      } else {
        const b = this.host.site().postButtonFor(c);
        if (b && !isDisabled(b)) b.click();
        else (via.target.isConnected ? via.target : c.editor).dispatchEvent(new KeyboardEvent('keydown', { ...via.init, bubbles: true, cancelable: true }));
      }
      return true;
    } finally {
      this.bypass = false;
    }
  }

  private stop(e: Event): void {
    e.preventDefault();
    e.stopImmediatePropagation();
  }

  private onPress(e: MouseEvent): void {
    if (this.bypass || !(e.target instanceof Element)) return;
    if ((e.type === 'pointerdown' || e.type === 'mousedown' || e.type === 'pointerup' || e.type === 'mouseup') && e.button !== 0) return;
    const button = postButtonFor(this.host.site(), e.target);
    if (!button) return;
    let press = this.press;
    // A press starts at pointerdown (or at whatever comes first when there is none, as for a
    // keyboard or scripted click); its later events reuse that decision.
    if (e.type === 'pointerdown' || !press || press.button !== button || Date.now() - press.at > 10_000) {
      const all = this.host.composersForButton(button);
      if (!all.length) { this.press = null; return; }
      const c = all.find((x) => !this.host.mayPost(x));
      press = { button, c: c ?? all[0]!, hold: !!c, at: Date.now() };
      this.press = press;
    }
    if (!press.hold) {
      if (e.type === 'click') this.press = null;
      return;
    }
    this.stop(e);
    if (e.type === 'click') {
      this.press = null;
      this.host.held(press.c, { kind: 'button', button });
    }
  }

  private onKey(e: KeyboardEvent): void {
    if (this.bypass || e.isComposing || !(e.target instanceof Element)) return;
    const activate = e.key === 'Enter' || e.key === ' ';
    if (!activate) return;
    const button = postButtonFor(this.host.site(), e.target);
    if (button && e.target === button) {
      const c = this.host.composersForButton(button).find((x) => !this.host.mayPost(x));
      if (!c) return;
      this.stop(e);
      this.host.held(c, { kind: 'button', button });
      return;
    }
    if (e.key !== 'Enter' || e.shiftKey || e.altKey) return;
    const c = this.host.composerForEditor(e.target);
    if (!c) return;
    const mod = e.ctrlKey || e.metaKey;
    const posts = (mod && c.submitKeys.includes('mod-enter')) || (!mod && c.submitKeys.includes('enter'));
    if (!posts || this.host.mayPost(c)) return;
    this.stop(e);
    const init: KeyboardEventInit = { key: e.key, code: e.code, keyCode: e.keyCode, which: e.which, ctrlKey: e.ctrlKey, metaKey: e.metaKey, shiftKey: false, altKey: false } as KeyboardEventInit;
    this.host.held(c, { kind: 'keys', init, target: e.target as HTMLElement });
  }

  private onSubmit(e: SubmitEvent): void {
    if (this.bypass || !(e.target instanceof HTMLFormElement)) return;
    const form = e.target;
    const c = [...form.querySelectorAll('textarea, [contenteditable="true"]')]
      .map((el) => this.host.composerForEditor(el))
      .find((x): x is ComposerInfo => !!x && form.contains(x.editor) && !this.host.mayPost(x));
    if (!c) return;
    this.stop(e);
    this.host.held(c, { kind: 'form', form, submitter: (e.submitter as HTMLElement | null) ?? null });
  }
}
