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

function editableRoots(root: ParentNode): Set<HTMLElement> {
  const out = new Set<HTMLElement>();
  for (const el of root.querySelectorAll(EDITABLE)) {
    const r = editableRoot(el);
    if (r) out.add(r);
  }
  return out;
}

/**
 * The editor's footer in `scope`: the buttons after it and before the next editable (a second
 * field's buttons are that field's), less the tools.
 */
function footer(scope: HTMLElement, editor: HTMLElement): HTMLElement[] {
  const next = [...editableRoots(scope)].find((e) => e !== editor && (editor.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 && !editor.contains(e));
  return buttonsAfter(scope, editor).filter((b) =>
    !isTool(b) && (!next || (b.compareDocumentPosition(next) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0));
}

/** Buttons seen disabled while their editor was empty: a later enabled state is a toggle. */
const disabledWhenEmpty = new WeakSet<HTMLElement>();

/**
 * The footer button that follows the editor's content: disabled while it is empty, enabled
 * once it has text (remembered from an earlier look while empty, or announced by an explicit
 * aria-disabled="false"). Sites disable Post so, never their tools.
 */
function toggling(scope: HTMLElement, editor: HTMLElement): HTMLElement | null {
  const after = footer(scope, editor);
  if (isEmpty(editor)) {
    const off = after.filter((b) => isDisabled(b));
    for (const b of off) disabledWhenEmpty.add(b);
    return off.at(-1) ?? null;
  }
  const on = after.filter((b) => !isDisabled(b));
  return on.filter((b) => disabledWhenEmpty.has(b)).at(-1) ?? on.filter((b) => b.getAttribute('aria-disabled') === 'false').at(-1) ?? null;
}

/** A composer spans a few fields at most (a title and a body); wider is a page, not a composer. */
const MAX_EDITABLES = 3;
const SCOPE_END = '[role="dialog"], form, body';

/**
 * The editor's composer block and its submit, by structure first. From the editor up (at most
 * `maxUp` levels; a dialog or a form ends the climb, a composer never spans one), the smallest
 * ancestor holding: a form's submit button; else a footer button that toggles with the
 * content; else a button with a publishing label. Failing all, the nearest footer (the first
 * level, among those holding few fields, with buttons after the editor) ends in its primary
 * action: its last enabled, labelled button. So a redesign in any language degrades to this
 * path, not to silence, and a button further down the page (a post's Like) is never taken.
 */
export function scopeWithSubmit(editor: HTMLElement, maxUp = 10): { scope: HTMLElement; button: HTMLElement } | null {
  let nearest: { scope: HTMLElement; button: HTMLElement } | null = null;
  let narrow = false;
  let cur: HTMLElement | null = editor.parentElement;
  for (let i = 0; cur && i < maxUp; i++, cur = cur.parentElement) {
    const buttons = [...cur.querySelectorAll<HTMLElement>(BUTTONS)].filter((b) => !b.contains(editor));
    const formSubmit = buttons.find((b) => (b instanceof HTMLButtonElement || b instanceof HTMLInputElement) && b.type === 'submit' && !!b.form);
    const button = formSubmit ?? toggling(cur, editor) ?? buttons.find((b) => isSubmitLike(b) && !isTool(b));
    if (button) return { scope: cur, button };
    narrow ||= editableRoots(cur).size > MAX_EDITABLES || cur === document.body;
    if (!narrow && !nearest) {
      const last = footer(cur, editor).filter((b) => !isDisabled(b) && buttonLabel(b) !== '').at(-1);
      if (last) nearest = { scope: cur, button: last };
    }
    if (cur.matches(SCOPE_END)) break;
  }
  return nearest;
}

/** The editor `button` submits, if it is the submit of a textbox near it (generic path). */
export function editorSubmittedBy(button: HTMLElement, maxUp = 12): HTMLElement | null {
  if (isTool(button)) return null;
  let cur: HTMLElement | null = button.parentElement;
  for (let i = 0; cur && i < maxUp; i++, cur = cur.parentElement) {
    for (const editor of editableRoots(cur)) {
      if (ineligibility(editor).length || !(editor.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
      if (scopeWithSubmit(editor)?.button === button) return editor;
    }
    if (cur.matches(SCOPE_END)) break;
  }
  return null;
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
