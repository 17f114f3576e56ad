import type { ComposerInfo, EditorKind, SubmitKey } from './types.ts';

// Structure first, words second: labels are compared against small per-language tables only
// where the structure alone is ambiguous. composer-dom.md §2, §6.

/** Editable roots we look at. `input` is left out on purpose: no site posts from one. */
export const EDITABLE = 'textarea, [contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]';

// Words on buttons (whole label, case-insensitive), per UI language: the one table for every
// adapter; on the generic path only a tie-break between buttons the structure allows.

/** A step that publishes nothing yet (a two-step flow's Next). */
export const STEP_WORDS = new Set([
  'next', 'suivant', 'weiter', 'siguiente', 'avanti', 'próximo', 'seguinte', 'avançar', 'volgende',
]);

/** The button that publishes a new post (not a reply, a comment or a share of another post). */
export const POST_WORDS = new Set([
  'post', 'post all', 'publish', 'publish post', 'tweet', 'tweet all', 'toot', 'toot!', // en
  'publier', 'tout publier', // fr
  'posten', 'alle posten', 'veröffentlichen', // de
  'publicar', 'publicar todo', // es, pt
  'pubblica', 'pubblica tutto', // it
  'plaatsen', 'alles plaatsen', // nl
]);

/** Buttons that publish what the composer holds: a post, a step towards it, a reply, a comment. */
const SUBMIT_WORDS = new Set([
  ...POST_WORDS, ...STEP_WORDS,
  'reply', 'publish reply', 'share', 'share now', 'comment', 'submit', 'send', // en
  'répondre', 'partager', 'partager maintenant', 'commenter', 'envoyer', 'soumettre', 'publier la réponse', // fr
  'senden', 'absenden', 'antworten', 'teilen', 'jetzt teilen', 'kommentieren', // de
  'responder', 'enviar', 'compartir', 'compartir ahora', 'comentar', // es (and pt: responder, enviar, comentar)
  'rispondi', 'invia', 'condividi', 'condividi ora', 'commenta', // it
  'partilhar', 'compartilhar', 'compartilhar agora', // pt
  'versturen', 'verzenden', 'delen', 'nu delen', 'reageren', // nl
]);

/** Buttons that close or undo the composer: next to Post in a footer, never a way to publish. */
const DISMISS_WORDS = new Set([
  'cancel', 'close', 'discard', 'back', 'annuler', 'fermer', 'retour', 'abbrechen', 'schließen', 'verwerfen',
  'zurück', 'cancelar', 'cerrar', 'descartar', 'atrás', 'volver', 'annulla', 'chiudi', 'indietro', 'fechar',
  'voltar', 'annuleren', 'sluiten', 'terug',
]);

const SEARCH_WORDS = /(?:^|[^\p{L}])(?:search|rechercher|recherche|chercher|suche|suchen|buscar|búsqueda|cerca|cercare|pesquisar|pesquisa|zoeken|zoek)(?![\p{L}])/iu;

/** Whether `label` (normalised) names a button that publishes. */
export function isSubmitWord(label: string): boolean {
  return SUBMIT_WORDS.has(label);
}

export function norm(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The name a button shows to assistive technology, approximately (aria-label, then text). */
export function buttonLabel(el: Element): string {
  return norm(el.getAttribute('aria-label') || el.textContent);
}

export function isSubmitLike(el: Element): boolean {
  if (el instanceof HTMLButtonElement && el.type === 'submit' && el.form) return true;
  if (el instanceof HTMLInputElement && el.type === 'submit') return true;
  return isSubmitWord(buttonLabel(el));
}

export const BUTTONS = 'button, [role="button"], input[type="submit"]';

/** The closest button-like ancestor (or self) of `el`. */
export function closestButton(el: Element | null): HTMLElement | null {
  return (el?.closest(BUTTONS) as HTMLElement | null) ?? null;
}

export function isDisabled(el: Element): boolean {
  return (el as HTMLButtonElement).disabled === true || el.getAttribute('aria-disabled') === 'true';
}

export function editorKind(el: HTMLElement): EditorKind {
  if (el instanceof HTMLTextAreaElement) return 'textarea';
  if (el.hasAttribute('data-lexical-editor')) return 'lexical';
  if (el.classList.contains('public-DraftEditor-content') || el.closest('.DraftEditor-root')) return 'draft';
  if (el.classList.contains('ProseMirror')) return 'prosemirror';
  if (el.classList.contains('ql-editor')) return 'quill';
  return 'contenteditable';
}

/** The editable root for a node inside an editor (contenteditable nests; take the outermost). */
export function editableRoot(node: Node | null): HTMLElement | null {
  const el = node instanceof Element ? node : node?.parentElement;
  if (!el) return null;
  if (el instanceof HTMLTextAreaElement) return el;
  let root: HTMLElement | null = null;
  for (let cur: HTMLElement | null = el.closest('[contenteditable]'); cur; cur = cur.parentElement?.closest('[contenteditable]') ?? null) {
    if (cur.isContentEditable) root = cur;
    else break;
  }
  return root;
}

/** Reasons an editable is never a composer, whatever the site (empty = eligible). */
export function ineligibility(el: HTMLElement): string[] {
  const reasons: string[] = [];
  if (el instanceof HTMLTextAreaElement && (el.disabled || el.readOnly)) reasons.push('read-only');
  if (el.getAttribute('role') === 'combobox' || el.getAttribute('type') === 'search') reasons.push('search');
  if (el.closest('[role="search"], search') || SEARCH_WORDS.test(el.getAttribute('aria-label') ?? '') || SEARCH_WORDS.test(el.getAttribute('placeholder') ?? '')) reasons.push('search');
  if (el.closest('clear-to-post-ui')) reasons.push('ours');
  if (el.getAttribute('aria-hidden') === 'true' || el.closest('[inert]')) reasons.push('hidden');
  return reasons;
}

/** Buttons of `root` that come after `editor` in the page (its footer and tools), last last. */
export function buttonsAfter(root: ParentNode, editor: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(BUTTONS)].filter((b) =>
    !b.contains(editor) && !editor.contains(b) && (editor.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0);
}

/**
 * Controls that never publish, told by structure (menus and pickers, toggles, toolbars, file
 * pickers, reset) or by a dismissing label (Cancel, Close).
 */
export function isTool(b: HTMLElement): boolean {
  if (b.matches('[aria-haspopup]:not([aria-haspopup="false"]), [aria-pressed], [aria-expanded], [type="reset"]')) return true;
  if (b.closest('[role="toolbar"], [role="menu"], [role="menubar"], [role="tablist"], [role="listbox"]')) return true;
  if (b.querySelector('input[type="file"]')) return true;
  return DISMISS_WORDS.has(buttonLabel(b));
}

function isEmpty(editor: HTMLElement): boolean {
  return (editor instanceof HTMLTextAreaElement ? editor.value : editor.textContent ?? '').trim() === '';
}

/**
 * The elements of `cur` that match `selector`, in page order, given `known`: those of its
 * child `inner`. Only the rest of `cur` is queried, so a climb from an element up to the page
 * visits each element once, not once per level.
 */
function widened(cur: HTMLElement, inner: HTMLElement | null, known: HTMLElement[], selector: string): HTMLElement[] {
  if (!inner) return [...cur.querySelectorAll<HTMLElement>(selector)];
  const before: HTMLElement[] = [];
  const after: HTMLElement[] = [];
  let into = before;
  for (let c = cur.firstElementChild; c; c = c.nextElementSibling) {
    if (c.matches(selector)) into.push(c as HTMLElement);
    if (c === inner) { into = after; continue; }
    for (const e of c.querySelectorAll<HTMLElement>(selector)) into.push(e);
  }
  return before.length || after.length ? [...before, ...known, ...after] : known;
}

/** Per-element answers, asked at most once per element however many levels ask again. */
function memo<T>(f: (el: HTMLElement) => T): (el: HTMLElement) => T {
  const seen = new Map<HTMLElement, T>();
  return (el) => {
    if (seen.has(el)) return seen.get(el)!;
    const v = f(el);
    seen.set(el, v);
    return v;
  };
}

/** Buttons seen disabled while their editor was empty: a later enabled state is a toggle. */
const disabledWhenEmpty = new WeakSet<HTMLElement>();

/** A composer spans a few fields at most (a title and a body); wider is a page, not a composer. */
const MAX_EDITABLES = 3;
const SCOPE_END = '[role="dialog"], form, body';
/** A composer's block and its submit. */
type Found = { scope: HTMLElement; button: HTMLElement } | null;
/** How far up from its editor scopeWithSubmit looks by default. */
const SCOPE_MAX_UP = 10;

/**
 * The editor's ancestors, one level at a time, with the buttons and editables each holds
 * (queried once per element for the whole climb) and the answers about them that
 * scopeWithSubmit asks at every level.
 */
class Climb {
  buttons: HTMLElement[] = [];
  private editables: HTMLElement[] = [];
  private inner: HTMLElement | null = null;
  readonly tool = memo(isTool);
  readonly label = memo(buttonLabel);
  readonly submitLike = memo(isSubmitLike);
  /** After the editor in the page, neither inside it nor holding it. */
  readonly after = memo((b) => !b.contains(this.editor) && !this.editor.contains(b)
    && (this.editor.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0);
  readonly holds = memo((b) => b.contains(this.editor));
  private readonly root = memo(editableRoot);
  /** The footer of the current level, once asked. */
  private foot: HTMLElement[] | null = null;

  constructor(private readonly editor: HTMLElement) {}

  up(cur: HTMLElement): void {
    this.buttons = widened(cur, this.inner, this.buttons, BUTTONS);
    this.editables = widened(cur, this.inner, this.editables, EDITABLE);
    this.inner = cur;
    this.foot = null;
  }

  /** The editable roots of the current level, in page order. */
  roots(): Set<HTMLElement> {
    const out = new Set<HTMLElement>();
    for (const el of this.editables) {
      const r = this.root(el);
      if (r) out.add(r);
    }
    return out;
  }

  /**
   * The editor's footer at this level: the buttons after it and before the next editable (a
   * second field's buttons are that field's), less the tools.
   */
  footer(): HTMLElement[] {
    if (this.foot) return this.foot;
    const editor = this.editor;
    const next = [...this.roots()].find((e) => e !== editor && (editor.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 && !editor.contains(e));
    return (this.foot = this.buttons.filter((b) => this.after(b) && !this.tool(b)
      && (!next || (b.compareDocumentPosition(next) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0)));
  }

  /**
   * The footer button that follows the editor's content: disabled while it is empty, enabled
   * once it has text (remembered from an earlier look while empty, or announced by an explicit
   * aria-disabled="false"). Sites disable Post so, never their tools.
   */
  toggling(empty: boolean): HTMLElement | null {
    const after = this.footer();
    if (empty) {
      const off = after.filter((b) => isDisabled(b));
      for (const b of off) remember(b);
      return off.at(-1) ?? null;
    }
    const on = after.filter((b) => !isDisabled(b));
    return on.filter((b) => disabledWhenEmpty.has(b)).at(-1) ?? on.filter((b) => b.getAttribute('aria-disabled') === 'false').at(-1) ?? null;
  }
}

/**
 * The editor's composer block and its submit, by structure first. From the editor up (at most
 * `maxUp` levels; a dialog or a form ends the climb, a composer never spans one), the smallest
 * ancestor holding: a form's submit button; else a footer button that toggles with the
 * content; else a button with a publishing label. Failing all, the nearest footer (the first
 * level, among those holding few fields, with buttons after the editor) ends in its primary
 * action: its last enabled, labelled button. So a redesign in any language degrades to this
 * path, not to silence, and a button further down the page (a post's Like) is never taken.
 *
 * The answer is kept until the page changes (any mutation, or the editor's emptiness, which a
 * textarea's typing changes without one): a click asks it for every editor before the button,
 * five times (pointer and mouse down/up, click).
 */
export function scopeWithSubmit(editor: HTMLElement, maxUp = SCOPE_MAX_UP): Found {
  const empty = isEmpty(editor);
  const key = `${maxUp}${empty ? 'e' : ''}`;
  const kept = known(editor)?.get(key);
  if (kept !== undefined) return kept;
  const found = climb(editor, maxUp, empty);
  keep(editor, key, found);
  return found;
}

function climb(editor: HTMLElement, maxUp: number, empty: boolean): Found {
  let nearest: Found = null;
  let narrow = false;
  const c = new Climb(editor);
  let cur: HTMLElement | null = editor.parentElement;
  for (let i = 0; cur && i < maxUp; i++, cur = cur.parentElement) {
    c.up(cur);
    const buttons = c.buttons.filter((b) => !c.holds(b));
    const formSubmit = buttons.find((b) => (b instanceof HTMLButtonElement || b instanceof HTMLInputElement) && b.type === 'submit' && !!b.form);
    const button = formSubmit ?? c.toggling(empty) ?? buttons.find((b) => c.submitLike(b) && !c.tool(b));
    if (button) return { scope: cur, button };
    narrow ||= c.roots().size > MAX_EDITABLES || cur === document.body;
    if (!narrow && !nearest) {
      const last = c.footer().filter((b) => !isDisabled(b) && c.label(b) !== '').at(-1);
      if (last) nearest = { scope: cur, button: last };
    }
    if (cur.matches(SCOPE_END)) break;
  }
  return nearest;
}

// The kept answers. A MutationObserver on the whole page runs only while answers are kept:
// the first change it sees (or one still queued, taken at the next look) drops them all and
// disconnects it, so a page that keeps changing pays for one record, not a stream.
let answers = new WeakMap<HTMLElement, Map<string, Found>>();
/** editorSubmittedBy's answers, with the emptiness of each editor it asked (typing in a textarea changes no DOM). */
let submits = new WeakMap<HTMLElement, { maxUp: number; editor: HTMLElement | null; asked: Array<[HTMLElement, boolean]> }>();
let watching: MutationObserver | null = null;
/** Bumped whenever the kept answers go, so untilChange()'s maps go with them. */
let generation = 0;

function forget(): void {
  answers = new WeakMap();
  submits = new WeakMap();
  generation++;
  watching?.disconnect();
  watching = null;
}

/**
 * `f`, an answer that depends only on the page's DOM, kept per element like scopeWithSubmit's
 * answers: until the page changes. For adapters' checks that a click asks five times.
 */
export function untilChange<V>(f: (el: HTMLElement) => V): (el: HTMLElement) => V {
  let kept = new WeakMap<HTMLElement, V>();
  let gen = -1;
  return (el) => {
    if (!unchanged() || gen !== generation) {
      kept = new WeakMap();
      gen = generation;
    }
    if (kept.has(el)) return kept.get(el)!;
    const v = f(el);
    watch();
    // f may have dropped the kept answers (a button newly remembered): keep only from now on.
    if (gen === generation) kept.set(el, v);
    return v;
  };
}

/** Whether the kept answers still hold (nothing changed since they were found). */
function unchanged(): boolean {
  if (watching && watching.takeRecords().length) forget();
  return watching !== null;
}

function watch(): void {
  if (watching) return;
  watching = new MutationObserver(forget);
  watching.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
}

function known(editor: HTMLElement): Map<string, Found> | undefined {
  return unchanged() ? answers.get(editor) : undefined;
}

function keep(editor: HTMLElement, key: string, found: Found): void {
  watch();
  let m = answers.get(editor);
  if (!m) answers.set(editor, (m = new Map()));
  m.set(key, found);
}

/** A button newly seen disabled while empty changes what toggling() says of it: answers go. */
function remember(b: HTMLElement): void {
  if (disabledWhenEmpty.has(b)) return;
  disabledWhenEmpty.add(b);
  forget();
}

/**
 * The editor `button` submits, if it is the submit of a textbox near it (generic path). From
 * the button up, each editor before it is asked once, at the first level holding both: there,
 * only an editor whose climb reaches that level (within its `maxUp`, no dialog or form
 * between) can have the button in its scope. Kept like scopeWithSubmit's answers: a click
 * asks five times.
 */
export function editorSubmittedBy(button: HTMLElement, maxUp = 12): HTMLElement | null {
  const kept = unchanged() ? submits.get(button) : undefined;
  if (kept && kept.maxUp === maxUp && kept.asked.every(([e, empty]) => isEmpty(e) === empty)) return kept.editor;
  const asked: Array<[HTMLElement, boolean]> = [];
  const editor = submitted(button, maxUp, asked);
  watch();
  submits.set(button, { maxUp, editor, asked });
  return editor;
}

function submitted(button: HTMLElement, maxUp: number, asked: Array<[HTMLElement, boolean]>): HTMLElement | null {
  if (isTool(button)) return null;
  const seen = new Set<HTMLElement>();
  const root = memo(editableRoot);
  let editables: HTMLElement[] = [];
  let inner: HTMLElement | null = null;
  let cur: HTMLElement | null = button.parentElement;
  for (let i = 0; cur && i < maxUp; i++, cur = cur.parentElement) {
    editables = widened(cur, inner, editables, EDITABLE);
    inner = cur;
    for (const el of editables) {
      const editor = root(el);
      if (!editor || seen.has(editor)) continue;
      seen.add(editor);
      if (!(editor.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING) || ineligibility(editor).length) continue;
      // (An editor holding the button, whatever its depth, has it in every scope.)
      if (!editor.contains(cur) && !reaches(editor, cur, SCOPE_MAX_UP)) continue;
      asked.push([editor, isEmpty(editor)]);
      if (scopeWithSubmit(editor)?.button === button) return editor;
    }
    if (cur.matches(SCOPE_END)) break;
  }
  return null;
}

/** Whether a climb from `editor` of at most `maxUp` levels, ended by a dialog or form, gets to `to`. */
function reaches(editor: HTMLElement, to: HTMLElement, maxUp: number): boolean {
  let cur = editor.parentElement;
  for (let i = 0; cur && i < maxUp; i++, cur = cur.parentElement) {
    if (cur === to) return true;
    if (cur.matches(SCOPE_END)) return false;
  }
  return false;
}

export function info(editor: HTMLElement, scope: HTMLElement, submitKeys: SubmitKey[] = ['mod-enter']): ComposerInfo {
  return { editor, kind: editorKind(editor), scope, submitKeys };
}

/** Generic fallback: a textbox-like editable with a submit-like button nearby. */
export function genericComposer(editor: HTMLElement): ComposerInfo | null {
  if (ineligibility(editor).length) return null;
  const isTextbox = editor instanceof HTMLTextAreaElement || editor.getAttribute('role') === 'textbox' || editor.isContentEditable;
  if (!isTextbox) return null;
  const found = scopeWithSubmit(editor);
  return found ? info(editor, found.scope) : null;
}
