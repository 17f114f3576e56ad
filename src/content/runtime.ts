import { analyzeSteps, RULES } from '../engine/index.ts';
import { DEFAULT_POLICY } from '../engine/policy/defaults.ts';
import type { Finding, Policy } from '../engine/types.ts';
import type { Action } from '../engine/policy/schema.ts';
import { pickUiLang, setUiLang, t } from '../shared/i18n.ts';
import { uiLanguage } from '../shared/platform.ts';
import type { AuditAction, CommandResult, EffectivePolicy, Message, OverrideReason, TabCommand, TabState } from '../shared/messages.ts';
import { log } from '../shared/log.ts';
import type { ComposerInfo, SiteAdapter } from './sites/types.ts';
import type { Gate, PostVia } from './gate-events.ts';
import { Session, SLICE_ABOVE_CHARS, warmUp } from './session.ts';
import { Highlighter, MARK_DRAWN, UNDERLINED, type Mark, type Underlined } from './highlights.ts';
import { setMirrorHost } from './editors/textarea.ts';
import { warmUpTexts } from './warm-up.ts';
import { createHost } from './ui/host.ts';
import { Card } from './ui/card.ts';
import { Chip } from './ui/chip.ts';
import { GateDialog } from './ui/gate-dialog.ts';
import { summary, worstOf, type View } from './findings.ts';
import { clearKeptImages, dropKeptImage, keptImages, onKeptImagesChange, type KeptImage } from './images/kept.ts';
import type { Severity } from '../engine/types.ts';

// Everything that is not needed until a composer is used: the engine, the sessions, the
// underlines and every piece of UI. Loaded as its own chunk by index.ts.

export interface Core {
  site(): SiteAdapter;
  gate: Gate;
  signal: AbortSignal;
  policy: EffectivePolicy | null;
  send(msg: Message): Promise<unknown>;
  siteEnabled(): boolean;
}

export interface Runtime {
  attach(c: ComposerInfo): void;
  /** Drops sessions whose editor left the page. */
  sweep(): void;
  hasText(c: ComposerInfo): boolean;
  mayPost(c: ComposerInfo): boolean;
  held(c: ComposerInfo, via: PostVia): void;
  /** For a Post button outside every composer's scope (Facebook's "Post settings" step). */
  lastComposerFor(button: HTMLElement): ComposerInfo | null;
  setPolicy(p: EffectivePolicy): void;
  /** A command from the popup (through the background), on the composer in use. */
  command(cmd: TabCommand): Promise<CommandResult>;
  destroy(): void;
}

const HOVER_MS = 250;
/** How long after its editor was last used a session still answers for a detached Post button. */
const FLOW_WINDOW_MS = 10 * 60_000;

export function startRuntime(core: Core): Runtime {
  const ac = new AbortController();
  const signal = ac.signal;
  core.signal.addEventListener('abort', () => ac.abort(), { once: true });

  let effective: EffectivePolicy | null = core.policy;
  /** Terms added with "Not patient information" here, applied before the background echoes them. */
  const localAllow = new Set<string>();
  let policy: Policy = DEFAULT_POLICY;
  const applyPolicy = () => {
    const base = effective?.policy ?? DEFAULT_POLICY;
    policy = localAllow.size ? { ...base, allowlist: [...base.allowlist, ...localAllow] } : base;
    setUiLang(pickUiLang(base.language === 'auto' ? safeUiLanguage() : base.language));
  };
  applyPolicy();

  const { host, shadow } = createHost(signal);
  setMirrorHost(shadow);
  signal.addEventListener('abort', () => setMirrorHost(null), { once: true });
  const highlighter = new Highlighter(shadow);
  host.dataset.highlights = highlighter.mode;
  signal.addEventListener('abort', () => highlighter.destroy(), { once: true });

  // The engine warmed in the background (warmUpTexts says on what): it is warm before the
  // first real analysis, which may be a paste of tens of thousands of characters.
  warmUp((function* () {
    for (const text of warmUpTexts(RULES)) yield* analyzeSteps(text, { policy });
  })(), signal);

  const sessions = new Map<HTMLElement, Session>();
  const chips = new Map<Session, Chip>();
  let active: Session | null = null;
  let lastState = '';

  const actionFor = (f: Finding): Action | 'none' =>
    f.severity === 'info' ? 'none' : policy.actions[f.severity as Underlined];

  const auditIds = (action: AuditAction, ruleIds: readonly string[], reason?: OverrideReason) => {
    if (!policy.audit.enabled) return;
    void core.send({ type: 'audit', site: core.site().id, action, ruleIds: [...new Set(ruleIds)], ...(reason ? { reason } : {}) });
  };
  const audit = (action: AuditAction, views: readonly View[], reason?: OverrideReason) => auditIds(action, views.map((v) => v.finding.ruleId), reason);

  // Attached images kept as they were, despite findings: listed with the text findings.
  const imageSummaries = () => keptImages().flatMap((k) => k.findings.map((f, i) => ({
    key: `img-${k.id}-${i}`, ruleId: f.ruleId, category: f.category, severity: f.severity, suggestions: [], image: k.id,
    ...(f.textCategory ? { textCategory: f.textCategory } : {}),
  })));
  /** The worst severity among a composer's findings and the kept images'. */
  const worstWithImages = (views: readonly View[], images: readonly KeptImage[]): Severity | null =>
    worstOf([...views.map((v) => v.finding.severity), ...images.flatMap((k) => k.findings.map((f) => f.severity))]);
  /** Kept images whose findings reach the policy's confirm or block: they come back at the gate. */
  const gateImages = (): KeptImage[] => keptImages().filter((k) =>
    k.findings.some((f) => f.severity !== 'info' && policy.actions[f.severity as Underlined] !== 'warn'));

  const report = () => {
    const s = active && active.connected ? active : null;
    const state: TabState = !core.siteEnabled()
      ? { status: 'paused', site: core.site().id, findings: [] }
      : { status: s ? 'active' : 'no-composer', site: core.site().id, findings: [...(s ? s.views.map(summary) : []), ...imageSummaries()] };
    const json = JSON.stringify(state);
    if (json === lastState) return;
    lastState = json;
    void core.send({ type: 'tab-state', state });
  };

  /**
   * report() for an analysis result, in a task of its own after the drawing: the summaries of a
   * long paste's hundreds of findings and their message took 2 to 8 ms, which the underlines
   * waited for.
   */
  let reportTimer = 0;
  const reportSoon = () => {
    if (!reportTimer) reportTimer = window.setTimeout(() => { reportTimer = 0; report(); }, 0);
  };
  signal.addEventListener('abort', () => clearTimeout(reportTimer), { once: true });

  onKeptImagesChange(() => { report(); requestDraw(null); }, signal);

  // ---- drawing, one pass per frame ----
  const dirty = new Set<Session>();
  let frame = 0;
  const requestDraw = (s: Session | null, now = false) => {
    if (s && now) {
      dirty.delete(s);
      draw(s);
      return;
    }
    if (s) dirty.add(s);
    else for (const x of sessions.values()) dirty.add(x);
    if (!frame) frame = requestAnimationFrame(drawAll);
  };
  const drawAll = () => {
    frame = 0;
    const batch = [...dirty];
    dirty.clear();
    for (const s of batch) draw(s);
  };
  const draw = (s: Session) => {
    const chip = chips.get(s);
    // Our own edits under way: drawn once they are done.
    if (s.busy) return;
    if (!s.connected || !core.siteEnabled()) {
      highlighter.clear(s);
      chip?.hide();
      return;
    }
    const now = s.adapter.read();
    // Changed behind our back (no input event): analyse it; the result asks for a new draw.
    if (now !== s.text) return void s.analyzeSoon();
    const box = s.info.editor.getBoundingClientRect();
    const visible = box.width > 0 && box.height > 0;
    const marks: Mark[] = [];
    let underlined = 0;
    if (visible) {
      const useApi = s.adapter.kind !== 'textarea';
      // One plain pass over the views, however many: after a long paste they are hundreds, and
      // this runs in the analysis result's own task. A textarea's spans far from the view are
      // left for the redraw that a scroll bringing them near asks for.
      const [from, to] = useApi ? [-Infinity, Infinity] : s.adapter.near?.() ?? [-Infinity, Infinity];
      const shown: View[] = [];
      for (const v of s.views) {
        if (!UNDERLINED.includes(v.finding.severity as Underlined)) continue;
        underlined++;
        if (v.finding.end >= from && v.finding.start <= to) shown.push(v);
      }
      // Every span measured in one pass (a textarea's mirror is laid out once, not per span).
      const rects = useApi && highlighter.mode === 'css' ? null : s.adapter.rectsOf(shown.map((v) => v.finding));
      shown.forEach((v, i) => marks.push({
        key: v.key,
        severity: v.finding.severity as Underlined,
        range: useApi ? s.adapter.range(v.finding.start, v.finding.end) : null,
        rects: rects?.[i] ?? [],
      }));
      highlighter.draw(s, marks, card.key, box, s.adapter.kind !== 'textarea');
    } else highlighter.clear(s);
    host.dataset.marks = String(underlined);
    try {
      performance.mark(MARK_DRAWN);
      performance.clearMarks(MARK_DRAWN);
    } catch {
      // A measurement aid only.
    }
    if (chip) {
      const images = keptImages();
      if (visible && (s.text.trim() !== '' || s.views.length || images.length)) chip.update(s.views, worstWithImages(s.views, images), box, images);
      else chip.hide();
    }
    if (card.open && card.key) {
      const v = s.views.find((x) => x.key === card.key);
      if (v && s === cardSession) {
        const r = s.adapter.rects(v.finding.start, v.finding.end)[0];
        if (r) card.place(r);
      } else if (s === cardSession) card.hide();
    }
  };

  // ---- fixes ----
  /** Where suggestion `i` of `v` applies: its own range inside the finding, or the finding. */
  const editOf = (s: Session, v: View, i: number) => {
    const sug = v.finding.suggestions?.[i];
    if (!sug) return null;
    const start = sug.start ?? v.finding.start;
    const end = sug.end ?? v.finding.end;
    // A removal may also take one space beside the finding: read it from the text itself.
    return { start, end, expected: s.text.slice(start, end), replacement: sug.replacement };
  };

  const fix = async (s: Session, v: View, i: number): Promise<boolean> => {
    if (!v.finding.suggestions?.[i]) return false;
    await s.settle();
    const cur = s.views.find((x) => x.key === v.key) ?? v;
    const e = editOf(s, cur, i) ?? editOf(s, v, i)!;
    const ok = await s.adapter.replace(e.start, e.end, e.expected, e.replacement);
    log(ok ? 'fix-applied' : 'fix-failed', { length: cur.finding.end - cur.finding.start });
    if (ok) audit('fixed', [cur]);
    await s.settle();
    return ok;
  };

  /**
   * Applies every finding's first suggestion from one analysis, last to first so earlier
   * offsets hold. Neighbouring fixes that one edit can carry (within one text node of a rich
   * editor, anywhere in a textarea) go in one edit: a long paste's hundreds of findings were
   * hundreds of edits, each followed by a full analysis (40 s on 63,206 characters). Stops if
   * the text changes under it (the user typed), rather than edit at stale offsets.
   */
  const fixAll = async (s: Session): Promise<boolean> => {
    await s.settle();
    const edits: Array<{ start: number; end: number; expected: string; replacement: string; v: View }> = [];
    for (const v of [...s.views].sort((a, b) => b.finding.start - a.finding.start)) {
      const e = editOf(s, v, 0);
      // Overlapping fixes: the later one wins; the analysis afterwards finds what is left.
      if (e && (!edits.length || e.end <= edits.at(-1)!.start)) edits.push({ ...e, v });
    }
    const groups: Array<typeof edits> = [];
    for (const e of edits) {
      const g = groups.at(-1);
      if (g && s.adapter.joinable(e.start, g[0]!.end)) g.push(e);
      else groups.push([e]);
    }
    let text = s.text;
    let allOk = true;
    const fixed: View[] = [];
    await s.quietly(async () => {
      for (const g of groups) {
        if (s.adapter.read() !== text) { allOk = false; break; }
        const start = g.at(-1)!.start;
        const end = g[0]!.end;
        let replacement = text.slice(start, end);
        for (const e of g) replacement = replacement.slice(0, e.start - start) + e.replacement + replacement.slice(e.end - start);
        const ok = await s.adapter.replace(start, end, text.slice(start, end), replacement);
        log(ok ? 'fix-applied' : 'fix-failed', { length: end - start });
        if (ok) { text = text.slice(0, start) + replacement + text.slice(end); fixed.push(...g.map((e) => e.v)); }
        allOk &&= ok;
      }
    });
    if (fixed.length) audit('fixed', fixed);
    await s.settle();
    return allOk;
  };

  const ignore = (s: Session, v: View) => {
    s.ignored.add(s.ignoreId(v));
    audit('ignored', [v]);
    s.analyzeSoon(true);
  };

  const allowlist = (s: Session, v: View) => {
    const term = v.text.trim();
    if (term.length >= 2) {
      localAllow.add(term);
      applyPolicy();
      void core.send({ type: 'allowlist-add', term });
    } else s.ignored.add(s.ignoreId(v));
    audit('allowlisted', [v]);
    for (const x of sessions.values()) x.analyzeSoon(true);
  };

  // ---- card ----
  let cardSession: Session | null = null;
  const card = new Card(shadow, {
    policy: () => policy,
    fix: (v, i) => { const s = cardSession; card.hide(); if (s) void fix(s, v, i).then(() => s.info.editor.focus()); },
    ignore: (v) => { const s = cardSession; card.hide(true); if (s) ignore(s, v); },
    allowlist: (v) => { const s = cardSession; card.hide(true); if (s) allowlist(s, v); },
    closed: (refocus) => {
      const s = cardSession;
      cardSession = null;
      if (s) { requestDraw(s); if (refocus && s.connected) s.info.editor.focus({ preventScroll: true }); }
    },
  }, signal);

  const openCard = (s: Session, v: View, focus: boolean) => {
    const r = s.adapter.rects(v.finding.start, v.finding.end)[0] ?? s.info.editor.getBoundingClientRect();
    cardSession = s;
    card.show(v, r, focus);
    requestDraw(s);
  };

  /** The finding under a viewport point, if any. */
  const hit = (x: number, y: number): { s: Session; v: View } | null => {
    for (const s of sessions.values()) {
      if (!s.connected) continue;
      const box = s.info.editor.getBoundingClientRect();
      if (x < box.left || x > box.right || y < box.top || y > box.bottom) continue;
      s.adapter.read();
      const list = s.views.filter((v) => v.finding.severity !== 'info');
      // A textarea's spans come from one cached layout, all at once; a rich editor's one range
      // at a time, stopping at the first hit.
      const all = s.adapter.kind === 'textarea' ? s.adapter.rectsOf(list.map((v) => v.finding)) : null;
      for (let i = 0; i < list.length; i++) {
        const f = list[i]!.finding;
        for (const r of all ? all[i]! : s.adapter.rects(f.start, f.end)) {
          if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 2 && y <= r.bottom + 4) return { s, v: list[i]! };
        }
      }
    }
    return null;
  };

  let hoverTimer = 0;
  let hoverKey: string | null = null;
  let pointer = { x: 0, y: 0 };
  let moveFrame = 0;
  window.addEventListener('mousemove', (e) => {
    // The chip sits on the editor's corner, over text: pointing at our own UI is not hovering
    // the underline beneath it. Retargeted, an event from inside our shadow root names the
    // host: no composedPath() array built on every move.
    if (e.target === host) { clearTimeout(hoverTimer); hoverKey = null; return; }
    pointer = { x: e.clientX, y: e.clientY };
    if (moveFrame) return;
    moveFrame = requestAnimationFrame(() => {
      moveFrame = 0;
      const found = hit(pointer.x, pointer.y);
      const key = found?.v.key ?? null;
      if (key === hoverKey) return;
      hoverKey = key;
      clearTimeout(hoverTimer);
      if (found && card.key !== key) hoverTimer = window.setTimeout(() => openCard(found.s, found.v, false), HOVER_MS);
    });
  }, { capture: true, passive: true, signal });

  window.addEventListener('click', (e) => {
    if (e.composedPath().includes(host)) return;
    const found = hit(e.clientX, e.clientY);
    if (found) openCard(found.s, found.v, false);
    else if (card.open && !(e.target instanceof Node && card.el.contains(e.target))) card.hide();
    for (const c of chips.values()) c.close();
  }, { capture: true, signal });

  window.addEventListener('keydown', (e) => {
    // Alt+Shift+C: the next finding in the focused composer (the card takes focus).
    if (!(e.altKey && e.shiftKey && (e.code === 'KeyC' || e.key.toLowerCase() === 'c'))) return;
    const s = active;
    if (!s || !s.connected) return;
    s.analyzeNow();
    const list = s.views.filter((v) => v.finding.severity !== 'info');
    if (!list.length) return;
    e.preventDefault();
    e.stopPropagation();
    const at = list.findIndex((v) => v.key === card.key);
    openCard(s, list[(at + 1) % list.length]!, true);
  }, { capture: true, signal });

  for (const type of ['scroll', 'resize'] as const) window.addEventListener(type, () => requestDraw(null), { capture: true, passive: true, signal });

  // ---- kept images ----
  const reviewImage = (k: KeptImage, after: (note: string) => void) => {
    void import('./images/review-kept.ts').then(({ reviewKept }) => reviewKept(k)).then((outcome) => {
      if (outcome === 'cleaned') auditIds('fixed', k.findings.map((f) => f.ruleId));
      after(outcome === 'cleaned' ? t('imgpanel_cleaned_note') : outcome === 'resend-failed' ? t('imgpanel_resend_failed') : '');
    });
  };
  const ignoreImage = (k: KeptImage) => {
    if (dropKeptImage(k.id) && !k.cleanedLater) auditIds('ignored', k.findings.map((f) => f.ruleId));
  };

  // ---- gate ----
  const dialog = new GateDialog(shadow, signal);
  const gateViews = (views: readonly View[]) => views.filter((v) => { const a = actionFor(v.finding); return a === 'confirm' || a === 'block'; });

  const sessionFor = (c: ComposerInfo): Session => {
    let s = sessions.get(c.editor);
    if (!s) {
      s = new Session(c, { analyze: (text) => analyzeSteps(core.siteEnabled() ? text : '', { policy }), changed: reportSoon, requestDraw }, signal);
      sessions.set(c.editor, s);
      const session = s;
      chips.set(s, new Chip(shadow, {
        fix: (v, i) => void fix(session, v, i),
        fixAll: () => void fixAll(session),
        // One popup at a time: the panel lists what the card would show.
        opened: () => card.hide(),
        show: (v) => openCard(session, v, true),
        ignore: (v) => ignore(session, v),
        reviewImage: (k) => reviewImage(k, (note) => {
          const chip = chips.get(session);
          if (!chip) return;
          if (note) chip.status(note);
          if (session.connected) { chip.openPanel(); }
        }),
        ignoreImage,
      }, signal));
    } else s.info = c;
    return s;
  };

  /** A held press waiting for its analysis: further presses meanwhile are swallowed. */
  let settling = false;
  const held = async (c: ComposerInfo, via: PostVia) => {
    if (dialog.open || settling) return;
    const s = sessions.get(c.editor) ?? sessionFor(c);
    settling = true;
    let views: View[];
    try {
      views = gateViews(await s.settle());
    } finally {
      settling = false;
    }
    if (dialog.open) return;
    const images = gateImages();
    if (!views.length && !images.length) {
      // Held only because it was not checked yet, and it is clean: post as the user asked.
      audit('posted-clean', []);
      clearKeptImages();
      core.gate.post(via, c);
      return;
    }
    card.hide();
    log('gate-shown', { findings: views.length });
    audit('warned', views);
    const blocked = views.some((v) => actionFor(v.finding) === 'block') ||
      images.some((k) => k.findings.some((f) => f.severity !== 'info' && policy.actions[f.severity as Underlined] === 'block'));
    const canPost = !blocked || policy.override.allowed;
    const show = (list: readonly View[]) => dialog.show(list, {
      canFix: s.connected && list.some((v) => v.finding.suggestions?.length),
      canPost,
      requireReason: policy.override.requireReason,
      blocked,
      images,
      policy,
    }, {
      openChecklist: () => void core.send({ type: 'open-checklist' }),
      reviewImage: (k) => {
        // The gate gives way to the image dialog; Post asks again afterwards.
        dialog.close(false);
        reviewImage(k, (note) => {
          const chip = chips.get(s);
          if (note && chip) { chip.status(note); chip.openPanel(); }
          else if (s.connected) s.info.editor.focus({ preventScroll: true });
        });
      },
      fixAll: async () => {
        await fixAll(s);
        const left = gateViews(await s.settle());
        if (left.length) { show(left); dialog.status(t('content_gate_left', left.length)); }
        else { dialog.close(false); s.info.editor.focus(); }
      },
      review: () => {
        dialog.close(false);
        audit('cancelled', views);
        const first = s.views.find((v) => v.finding.severity !== 'info');
        if (s.connected) {
          s.info.editor.focus({ preventScroll: false });
          if (first) openCard(s, first, false);
        }
      },
      postAnyway: (reason) => {
        dialog.close(false);
        audit('overridden', views, reason ?? 'other');
        if (core.gate.post(via, c)) clearKeptImages();
        else {
          // The site's button went away or is disabled: say so instead of pretending.
          show(views);
          dialog.status(t('content_post_failed'));
        }
      },
    });
    show(views);
  };

  // Loaded because an image was kept before any composer was used: tell the popup now.
  if (keptImages().length) report();

  const runtime: Runtime = {
    attach(c) {
      if (!core.siteEnabled()) return;
      const s = sessionFor(c);
      active = s;
      s.lastActive = Date.now();
      if (s.analyzed === null) s.schedule();
      report();
    },
    sweep() {
      for (const [el, s] of sessions) {
        if (el.isConnected) continue;
        // Kept for a while: Facebook's final "Post" may come after its editor left the page.
        highlighter.clear(s);
        chips.get(s)?.hide();
        if (Date.now() - s.lastActive > FLOW_WINDOW_MS) {
          s.dispose();
          chips.get(s)?.remove();
          chips.delete(s);
          sessions.delete(el);
        }
      }
      report();
    },
    hasText: (c) => (c.editor instanceof HTMLTextAreaElement ? c.editor.value : c.editor.textContent ?? '').trim() !== '',
    mayPost(c) {
      if (dialog.open) return false;
      if (!core.siteEnabled()) return true;
      const s = sessions.get(c.editor);
      if (gateImages().length) return false;
      // A long post not analysed yet (a paste, Post pressed at once) is held and analysed in
      // slices by held(), which posts it if it is clean, rather than in one long task here.
      if (settling || (s && !s.fresh() && s.adapter.read().length > SLICE_ABOVE_CHARS)) return false;
      const ok = !s
        ? !runtime.hasText(c) || gateViews(sessionFor(c).analyzeNow()).length === 0
        : gateViews(s.analyzeNow()).length === 0;
      if (ok && s && s.views.length === 0 && s.text.trim()) audit('posted-clean', []);
      if (ok) clearKeptImages();
      return ok;
    },
    held,
    lastComposerFor(button) {
      let best: Session | null = null;
      for (const s of sessions.values()) {
        if (Date.now() - s.lastActive > FLOW_WINDOW_MS) continue;
        if (!best || s.lastActive > best.lastActive) best = s;
      }
      if (!best || !button.closest('[role="dialog"]')) return null;
      return best.info;
    },
    setPolicy(p) {
      effective = p;
      applyPolicy();
      for (const s of sessions.values()) s.analyzeSoon(true);
      report();
    },
    async command(cmd) {
      if (cmd.kind === 'image-ignore') {
        const k = keptImages().find((x) => x.id === cmd.image);
        if (!k) return { ok: false, reason: 'invalid' };
        ignoreImage(k);
        return { ok: true };
      }
      const s = active;
      if (!s || !s.connected) return { ok: false, reason: 'invalid' };
      await s.settle();
      const v = 'key' in cmd ? s.views.find((x) => x.key === cmd.key) : undefined;
      if (cmd.kind !== 'fix-all' && !v) return { ok: false, reason: 'invalid' };
      switch (cmd.kind) {
        case 'fix': return (await fix(s, v!, cmd.suggestion)) ? { ok: true } : { ok: false, reason: 'invalid' };
        case 'fix-all': return (await fixAll(s)) ? { ok: true } : { ok: false, reason: 'invalid' };
        case 'ignore': ignore(s, v!); return { ok: true };
        case 'allowlist': allowlist(s, v!); return { ok: true };
      }
    },
    destroy() {
      for (const s of sessions.values()) s.dispose();
      sessions.clear();
      ac.abort();
    },
  };
  return runtime;
}

function safeUiLanguage(): string {
  try {
    return uiLanguage();
  } catch {
    return navigator.language;
  }
}
