import type { Finding } from '../engine/types.ts';
import type { ComposerInfo } from './sites/types.ts';
import { adapterFor, type EditorAdapter } from './editors/index.ts';
import { rebase } from './editors/offsets.ts';
import type { View } from './findings.ts';

// One composer being checked. Analysis runs after a typing pause (or at once on paste, or
// synchronously when Post is pressed on a text newer than the last analysis); between two
// analyses the last findings are moved along with the edits, so underlines stay put.

export const TYPING_PAUSE_MS = 300;

export interface SessionHost {
  analyze(text: string): Finding[];
  changed(s: Session): void;
  requestDraw(s: Session): void;
}

export class Session {
  readonly adapter: EditorAdapter;
  /** Text the views' offsets refer to. */
  text = '';
  /** Text of the last analysis. */
  analyzed: string | null = null;
  views: View[] = [];
  /** (rule, span text) pairs dismissed with "Ignore once", for this composer's life. */
  readonly ignored = new Set<string>();
  lastActive = Date.now();
  private timer = 0;
  private readonly keys = new Map<string, string>();
  private nextKey = 1;
  private readonly observer: MutationObserver;
  private readonly ac = new AbortController();
  /**
   * Whether `views` are the last analysis's own, not moved along by edits since. Text that
   * changed and came back (a comment sent and typed again, a cut and paste) can equal `analyzed`
   * while the moved views lost findings on the way: those texts are analysed again.
   */
  private fresh = false;

  constructor(public info: ComposerInfo, private readonly host: SessionHost, parent: AbortSignal) {
    this.adapter = adapterFor(info.editor, info.kind);
    const signal = this.ac.signal;
    parent.addEventListener('abort', () => this.dispose(), { once: true, signal });
    const el = info.editor;
    el.addEventListener('input', () => this.edited('typing'), { signal });
    el.addEventListener('paste', () => this.edited('paste'), { signal });
    el.addEventListener('focus', () => { this.lastActive = Date.now(); }, { signal });
    // Frameworks re-render without input events (undo, a fix, a collaborator): follow the DOM.
    this.observer = new MutationObserver(() => this.edited('typing'));
    if (!(el instanceof HTMLTextAreaElement)) this.observer.observe(el, { childList: true, characterData: true, subtree: true });
  }

  get connected(): boolean {
    return this.info.editor.isConnected;
  }

  ignoreId(v: View): string {
    return `${v.finding.ruleId}\u0000${v.text}`;
  }

  private edited(kind: 'typing' | 'paste'): void {
    // An editor torn down with its dialog (Facebook's "Next" step) may be emptied on its way
    // out; its findings must outlive it for the Post that follows, so a detached editor's
    // changes are not the user's edits.
    if (!this.connected) return;
    this.lastActive = Date.now();
    const now = this.adapter.read();
    if (now !== this.text) {
      this.views = rebase(this.text, now, this.views, (v) => v.finding,
        (v, d) => ({ ...v, finding: { ...v.finding, start: v.finding.start + d, end: v.finding.end + d } }));
      this.text = now;
      this.fresh = false;
      this.host.requestDraw(this);
    }
    clearTimeout(this.timer);
    // A paste lands after its event: analyse on the next task, once the editor has it.
    this.timer = window.setTimeout(() => this.analyzeNow(), kind === 'paste' ? 0 : TYPING_PAUSE_MS);
  }

  /** Analyses now if the text changed since the last analysis. Returns the current views. */
  analyzeNow(force = false): View[] {
    clearTimeout(this.timer);
    if (!this.connected) return this.views;
    const text = this.adapter.read();
    if (!force && text === this.analyzed && this.fresh) return this.views;
    const findings = this.host.analyze(text);
    const seen = new Map<string, number>();
    const views: View[] = [];
    for (const f of findings) {
      const span = text.slice(f.start, f.end);
      const id = `${f.ruleId}\u0000${span}`;
      if (this.ignored.has(id)) continue;
      const n = seen.get(id) ?? 0;
      seen.set(id, n + 1);
      // Keys stay the same while the same span is there, so the popup's commands stay valid.
      const kid = `${id}\u0000${n}`;
      let key = this.keys.get(kid);
      if (!key) this.keys.set(kid, (key = `f${this.nextKey++}`));
      views.push({ key, finding: f, text: span });
    }
    this.text = text;
    this.analyzed = text;
    this.views = views;
    this.fresh = true;
    this.host.changed(this);
    this.host.requestDraw(this);
    return views;
  }

  schedule(): void {
    clearTimeout(this.timer);
    this.timer = window.setTimeout(() => this.analyzeNow(), 0);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.observer.disconnect();
    this.ac.abort();
  }
}
