import type { ComposerInfo, SiteAdapter } from './types.ts';
import { BUTTONS, buttonLabel, info, ineligibility, norm } from './common.ts';

// Facebook's composer is a Lexical textbox inside a dialog created on demand; comment boxes
// and Messenger are Lexical textboxes too, so a bare [data-lexical-editor] selector matches
// them all (composer-dom.md §2). Posts are told apart by structure: a dialog that holds the
// textbox and a Post/Next button (labels compared per language) or a file input. Comments are
// in scope (issue 3) and post on Enter; Messenger is not.

const POST_LABELS = new Set(['post', 'publier', 'next', 'suivant', 'share now', 'partager maintenant', 'save', 'enregistrer']);
const COMMENT_LABELS = /\b(?:comment|reply|answer|commentaire|commenter|répondre|réponse)\b/i;
const CHAT_LABELS = /^(?:message|aa|écrire un message|write a message|écrivez un message)/i;
const COMMENT_SUBMIT = new Set(['comment', 'commenter', 'post comment', 'publier le commentaire', 'reply', 'répondre']);

function postButtonIn(root: ParentNode): HTMLElement | null {
  const all = [...root.querySelectorAll<HTMLElement>(BUTTONS)].filter((b) => POST_LABELS.has(buttonLabel(b)));
  return all.at(-1) ?? null;
}

function isChat(editor: HTMLElement): boolean {
  return CHAT_LABELS.test(norm(editor.getAttribute('aria-label')))
    || !!editor.closest('[aria-label*="Messenger" i], [data-pagelet*="Messenger" i], [aria-label^="Chat" i], [aria-label^="Discussion" i]');
}

function isComment(editor: HTMLElement): boolean {
  const label = `${editor.getAttribute('aria-label') ?? ''} ${editor.getAttribute('aria-placeholder') ?? ''}`;
  return COMMENT_LABELS.test(label);
}

function commentScope(editor: HTMLElement): HTMLElement {
  return editor.closest<HTMLElement>('form') ?? editor.parentElement?.parentElement ?? editor;
}

export const facebook: SiteAdapter = {
  id: 'facebook',
  composer(editor): ComposerInfo | null | undefined {
    if (ineligibility(editor).length) return null;
    if (editor instanceof HTMLTextAreaElement) return undefined;
    if (isChat(editor)) return null;
    if (isComment(editor)) return info(editor, commentScope(editor), ['enter']);
    const dialog = editor.closest<HTMLElement>('[role="dialog"]');
    if (dialog && (postButtonIn(dialog) || dialog.querySelector('input[type="file"]'))) return info(editor, dialog, []);
    return undefined;
  },
  postButton(el) {
    const b = el.closest<HTMLElement>(BUTTONS);
    if (!b) return null;
    const label = buttonLabel(b);
    if (POST_LABELS.has(label) && b.closest('[role="dialog"]')) return b;
    if (COMMENT_SUBMIT.has(label) && b.closest('form')?.querySelector('[contenteditable="true"]')) return b;
    return null;
  },
  postButtonFor(c) {
    return c.submitKeys.includes('enter') ? null : postButtonIn(c.scope);
  },
};
