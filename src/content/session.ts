import type { Finding } from '../engine/types.ts';
import type { ComposerInfo } from './sites/types.ts';
import { adapterFor, type EditorAdapter } from './editors/index.ts';
import { rebase } from './editors/offsets.ts';
import type { View } from './findings.ts';

// One composer being checked. Analysis runs after a typing pause (or at once on paste, or
// synchronously when Post is pressed on a text newer than the last analysis); between two
// analyses the last findings are moved along with the edits, so underlines stay put.
// The scheduled analyses run in slices of about SLICE_MS, letting the page handle input and paint
// in between, so a long paste is never one long task; an edit meanwhile discards the run.

export const TYPING_PAUSE_MS = 300;
/** How long one slice of an analysis may hold the main thread before it yields. */
export const SLICE_MS = 4;
/**
 * Posts up to this long (every site's limit but Facebook's) are analysed in one go, as
 * before slicing: warm, that is a millisecond or two; only the engine's very first run is
 * longer, and spreading it over tasks would only make the first underline later.
 */
export const SLICE_ABOVE_CHARS = 3_000;
/** Performance marks (user timing) around the last analysis, for the benchmark. */
export const MARK_RESULT = 'clear-to-post:result';
/** Set when the engine's warm-up run is over: the benchmark times the first focus up to it. */
export const MARK_WARM = 'clear-to-post:warm';

export interface SessionHost {
  /** The analysis of `text` as resumable steps (the engine's analyzeSteps()). */
  analyze(text: string): Iterator<void, Finding[], void>;
  changed(s: Session): void;
  /** `now`: draw in this task (an analysis result), else in the next frame with the others. */
  requestDraw(s: Session, now?: boolean): void;
}

interface Run {
  text: string;
  steps: Iterator<void, Finding[], void>;
  /** Called once when the run ends: done, dropped or failed (settle() waits on it). */
  ended: Array<() => void>;
}

/** Queues `fn` as a new task, without setTimeout's 4 ms clamp on nested timers. */
const nextTask: (fn: () => void) => void = (() => {
  const queue: Array<() => void> = [];
  let channel: MessageChannel | null = null;
  return (fn) => {
    if (!channel) {
      channel = new MessageChannel();
      channel.port1.onmessage = () => queue.shift()?.();
    }
    queue.push(fn);
    channel.port2.postMessage(null);
  };
})();

/**
 * Runs `steps` to the end in slices, in tasks of their own, and drops the result. The engine's
 * first pass over any text is several times slower than later ones (V8 compiles each regex to
 * machine code only after running it once, and the JIT warms up likewise), so a first long paste
 * would otherwise meet single rules that hold the main thread for 50 to 100 ms.
 */
export function warmUp(steps: Iterator<void, unknown, void>, signal: AbortSignal): void {
  const slice = () => {
    if (signal.aborted) return;
    if (!stepUntil(steps, performance.now() + SLICE_MS)) nextTask(slice);
    else {
      performance.mark(MARK_WARM);
      performance.clearMarks(MARK_WARM);
    }
  };
  nextTask(slice);
}

/** Steps `steps` until it is done (its result) or the clock passes `until` (undefined). */
function stepUntil<T>(steps: Iterator<void, T, void>, until: number): { value: T } | undefined {
  for (;;) {
    const r = steps.next();
    if (r.done) return { value: r.value };
    if (performance.now() >= until) return undefined;
  }
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
  /** The views are the analysis of `text` itself, not findings moved along with edits. */
  private current = false;
  /** The sliced analysis under way, if any. */
  private run: Run | null = null;
  private readonly keys = new Map<string, string>();
  private nextKey = 1;
  private readonly observer: MutationObserver;
  private readonly ac = new AbortController();

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

  /** Whether the views are the analysis of the editor's text as it is now. */
  fresh(): boolean {
    return this.current && this.adapter.read() === this.text;
  }

  get connected(): boolean {
    return this.info.editor.isConnected;
  }

  ignoreId(v: View): string {
    return `${v.finding.ruleId}\u0000${v.text}`;
  }

  /** Edits under way by quietly(): the session follows them once, at the end. */
  private quiet = 0;
  private missed = false;

  get busy(): boolean {
    return this.quiet > 0;
  }

  /**
   * Runs `edits` (our own fixes) without following each change: re-reading the text, moving
   * the findings and redrawing after every one of "Fix all"'s hundreds of edits on a long post
   * cost more than the edits. The views stay as they were until the settle() that follows.
   */
  async quietly<T>(edits: () => Promise<T>): Promise<T> {
    this.quiet++;
    try {
      return await edits();
    } finally {
      if (--this.quiet === 0 && this.missed) {
        this.missed = false;
        this.edited('typing');
      }
    }
  }

  private edited(kind: 'typing' | 'paste'): void {
    if (this.quiet) { this.missed = true; return; }
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
      this.current = false;
      this.host.requestDraw(this);
    }
    // The run under way is for a text that is no more: drop it.
    if (this.run && this.run.text !== now) this.setRun(null);
    clearTimeout(this.timer);
    // A paste lands after its event: analyse on the next task, once the editor has it.
    this.timer = window.setTimeout(() => this.analyzeSoon(), kind === 'paste' ? 0 : TYPING_PAUSE_MS);
  }

  /**
   * Starts a sliced analysis of the current text unless it is already analysed or being
   * analysed (`force`: analyse again, e.g. under a new policy). A short post finishes within
   * the first slice, as fast as analyzeNow().
   */
  analyzeSoon(force = false): void {
    clearTimeout(this.timer);
    if (!this.connected || this.quiet) return;
    const text = this.adapter.read();
    if (!force && ((this.current && text === this.text) || this.run?.text === text)) return;
    // Until the new run is done, the views are not this text's analysis (analyzeNow finishes it).
    if (force) this.current = false;
    const run: Run = { text, steps: this.host.analyze(text), ended: [] };
    this.setRun(run);
    this.slice(run);
    // A long text's layout for the underlines (a textarea's mirror) is done in a task of its
    // own while the analysis runs, rather than in the frame that draws the result.
    if (this.run === run && text.length > SLICE_ABOVE_CHARS && this.adapter.prepare) {
      nextTask(() => { if (this.run === run) this.adapter.prepare?.(); });
    }
  }

  private slice(run: Run): void {
    if (this.run !== run || !this.connected) return;
    const until = run.text.length > SLICE_ABOVE_CHARS ? performance.now() + SLICE_MS : Infinity;
    let done: { value: Finding[] } | undefined;
    try {
      done = stepUntil(run.steps, until);
    } catch (e) {
      // A failed run must not pass for one under way: the next edit or draw starts afresh.
      this.setRun(null);
      throw e;
    }
    if (!done) { nextTask(() => this.slice(run)); return; }
    // Waiters resume in a microtask, after apply() below.
    this.setRun(null);
    this.apply(run.text, done.value);
  }

  /** Replaces the run under way, telling whoever waits on the old one that it ended. */
  private setRun(run: Run | null): void {
    const old = this.run;
    this.run = run;
    if (old && old !== run) for (const f of old.ended.splice(0)) f();
  }

  /**
   * The views of the current text, analysed in slices like analyzeSoon() (never one long
   * task): for fixes and "Fix all", which can wait a few frames. Follows the text if it
   * changes meanwhile. `force`: analyse again even if the views are fresh.
   */
  async settle(force = false): Promise<View[]> {
    for (;;) {
      if (!this.connected) return this.views;
      if (!force && this.fresh()) return this.views;
      this.analyzeSoon(force);
      force = false;
      const run = this.run;
      if (run) await new Promise<void>((r) => run.ended.push(r));
    }
  }

  /**
   * Analyses now, synchronously, if the text changed since the last analysis (Post pressed,
   * a fix about to be applied). A sliced run of the same text is finished rather than
   * restarted. Returns the current views.
   */
  analyzeNow(force = false): View[] {
    clearTimeout(this.timer);
    if (!this.connected) return this.views;
    const text = this.adapter.read();
    if (!force && this.current && text === this.text) return this.views;
    const steps = !force && this.run?.text === text ? this.run.steps : this.host.analyze(text);
    this.setRun(null);
    return this.apply(text, stepUntil(steps, Infinity)!.value);
  }

  private apply(text: string, findings: Finding[]): View[] {
    try {
      performance.mark(MARK_RESULT);
      performance.clearMarks(MARK_RESULT);
    } catch {
      // User timing is a measurement aid; a page that broke it changes nothing here.
    }
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
    this.current = true;
    this.views = views;
    // Drawn at once: waiting for the next frame added up to a frame to every result, and the
    // drawing done now overlaps that wait instead of following it.
    this.host.requestDraw(this, true);
    this.host.changed(this);
    return views;
  }

  schedule(): void {
    clearTimeout(this.timer);
    this.timer = window.setTimeout(() => this.analyzeSoon(), 0);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.setRun(null);
    this.observer.disconnect();
    this.ac.abort();
  }
}
