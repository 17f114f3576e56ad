import type { ComposerInfo, EditorKind, SubmitKey } from './types.ts';

// Structure first, words second: labels are compared against small per-language tables
// (en, fr) and only where the structure alone is ambiguous. composer-dom.md §2, §6.

/** Editable roots we look at. `input` is left out on purpose: no site posts from one. */
export const EDITABLE = 'textarea, [contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]';

/** Words on buttons that publish what the composer holds (whole label, case-insensitive). */
const SUBMIT_WORDS = new Set([
  // en
  'post', 'post all', 'reply', 'publish', 'publish post', 'publish reply', 'tweet', 'tweet all', 'share',
  'share now', 'next', 'comment', 'submit', 'send', 'toot', 'toot!',
  // fr (Canadian and European French UIs)
  'publier', 'tout publier', 'répondre', 'partager', 'partager maintenant', 'suivant', 'commenter',
  'envoyer', 'soumettre', 'publier la réponse',
]);

const SEARCH_WORDS = /\b(?:search|rechercher|recherche|chercher)\b/i;

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
  return SUBMIT_WORDS.has(buttonLabel(el));
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

/**
 * The smallest ancestor (at most `maxUp` levels) that holds a submit-like button; a dialog
 * or form ends the climb because a composer never spans one.
 */
export function scopeWithSubmit(editor: HTMLElement, maxUp = 10): { scope: HTMLElement; button: HTMLElement } | null {
  let cur: HTMLElement | null = editor.parentElement;
  for (let i = 0; cur && i < maxUp; i++, cur = cur.parentElement) {
    for (const b of cur.querySelectorAll<HTMLElement>(BUTTONS)) {
      if (b.contains(editor) || !isSubmitLike(b)) continue;
      return { scope: cur, button: b };
    }
    if (cur.matches('[role="dialog"], form, body')) break;
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

/** The submit-like button in `scope` that is not inside another composer's editor, last first (footers). */
export function submitIn(scope: HTMLElement, selector = BUTTONS): HTMLElement | null {
  const all = [...scope.querySelectorAll<HTMLElement>(selector)].filter((b) => isSubmitLike(b) || selector !== BUTTONS);
  return all.at(-1) ?? null;
}
