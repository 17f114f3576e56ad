import type { ComposerInfo, SiteAdapter } from './types.ts';
import { BUTTONS, buttonLabel, buttonsAfter, EDITABLE, editableRoot, info, ineligibility, isSubmitLike, isTool, norm, POST_WORDS, STEP_WORDS, untilChange } from './common.ts';

// Facebook's composer is a Lexical textbox inside a dialog created on demand; comment boxes
// and Messenger are Lexical textboxes too, so a bare [data-lexical-editor] selector matches
// them all (composer-dom.md §2). Told apart by structure first:
// - a comment box sits under a published post (role=article) and posts on Enter; the post's
//   own action bar (Like, Comment, Share) is not a way to post it;
// - a post composer is a dialog holding the textbox and a Post/Next button or a file input.
// Some accounts get a two-step flow: "Next" swaps the composer for a "Post settings" dialog whose
// "Post" publishes, with the editor unmounted meanwhile. "Next" publishes nothing, so the gate
// waits for that final Post, where the runtime answers with the findings of the composer the
// text came from (runtime.lastComposerFor). Labels are compared per language (common.ts's tables) only
// where structure cannot tell (which footer button is a step, which box is a chat).
//
// The Post button is found by structure, so a UI in another language (or relabelled) is still
// gated: the dialog's primary action is the last button after the editor (the footer's end),
// preferring one that carries aria-disabled (Facebook disables Post while the box is empty,
// never its tools). A known label only breaks ties (a footer ending in another button). In a
// language without our labels, a two-step flow's "Next" is taken for Post: the gate then comes
// one step early, never too late; the "Post settings" step, with no editor, is only known by
// its label.

const POST_LABELS = new Set([...POST_WORDS, 'share now', 'partager maintenant', 'save', 'enregistrer']);
const STEP_LABELS = STEP_WORDS;
const COMMENT_LABELS = /\b(?:comment|reply|answer|commentaire|commenter|répondre|réponse)\b/i;
const CHAT_LABELS = /^(?:message|aa|écrire un message|write a message|écrivez un message)/i;
const COMMENT_SUBMIT = new Set(['comment', 'commenter', 'post comment', 'publier le commentaire', 'reply', 'répondre']);
const ARTICLE = '[role="article"]';

function labelled(root: ParentNode, labels: ReadonlySet<string>): HTMLElement | null {
  return [...root.querySelectorAll<HTMLElement>(BUTTONS)].filter((b) => labels.has(buttonLabel(b))).at(-1) ?? null;
}

/**
 * The composer dialog's primary action (Post, or a two-step flow's Next): among the buttons
 * after the editor, a known label first (a tie-break), then the last that carries
 * aria-disabled, then the last.
 */
function primaryAction(dialog: HTMLElement, editor: HTMLElement): HTMLElement | null {
  const after = buttonsAfter(dialog, editor).filter((b) => !isTool(b));
  const named = after.filter((b) => POST_LABELS.has(buttonLabel(b)) || STEP_LABELS.has(buttonLabel(b)));
  return named.at(-1) ?? after.filter((b) => b.hasAttribute('aria-disabled')).at(-1) ?? after.at(-1) ?? null;
}

/** The composer editor a dialog holds, if any (not a comment box or a chat inside it). */
function dialogEditor(dialog: HTMLElement): HTMLElement | null {
  for (const el of dialog.querySelectorAll<HTMLElement>(EDITABLE)) {
    const editor = editableRoot(el);
    if (editor && editor.closest('[role="dialog"]') === dialog && !isChat(editor) && !isComment(editor) && !ineligibility(editor).length) return editor;
  }
  return null;
}

function isChat(editor: HTMLElement): boolean {
  return CHAT_LABELS.test(norm(editor.getAttribute('aria-label')))
    || !!editor.closest('[aria-label*="Messenger" i], [data-pagelet*="Messenger" i], [aria-label^="Chat" i], [aria-label^="Discussion" i]');
}

function isComment(editor: HTMLElement): boolean {
  if (editor.closest(ARTICLE)) return true;
  const label = `${editor.getAttribute('aria-label') ?? ''} ${editor.getAttribute('aria-placeholder') ?? ''}`;
  return COMMENT_LABELS.test(label);
}

/**
 * The comment box's own block: up from the editor, the largest ancestor that still holds no
 * other editor and stays inside the post, so that it takes the send button in and the post's
 * action bar out.
 */
const commentScope = untilChange(function commentScope(editor: HTMLElement): HTMLElement {
  const form = editor.closest<HTMLElement>('form');
  if (form && !form.querySelector(ARTICLE)) return form;
  const article = editor.closest(ARTICLE);
  let scope: HTMLElement = editor.parentElement ?? editor;
  for (let cur = scope.parentElement; cur && cur !== article && cur !== document.body; cur = cur.parentElement) {
    if (cur.querySelector(ARTICLE) || [...cur.querySelectorAll(EDITABLE)].some((e) => editableRoot(e) !== editor)) break;
    if ([...cur.querySelectorAll(BUTTONS)].some((b) => COMMENT_SUBMIT.has(buttonLabel(b)) && !scope.contains(b))) {
      // This level brings in a second "Comment" button: the action bar's, if the send one is in.
      if ([...scope.querySelectorAll(BUTTONS)].some((b) => COMMENT_SUBMIT.has(buttonLabel(b)))) break;
    }
    scope = cur;
  }
  return scope;
});

/**
 * For a button under a published post: the comment box it sends, if it is that box's send
 * button (the emoji, photo and GIF buttons beside it send nothing).
 */
const commentFor = untilChange(function commentFor(button: HTMLElement): HTMLElement | null {
  const root = button.closest(ARTICLE) ?? button.closest('form');
  if (!root) return null;
  const named = COMMENT_SUBMIT.has(buttonLabel(button)) || isSubmitLike(button);
  for (const el of root.querySelectorAll<HTMLElement>(EDITABLE)) {
    const editor = editableRoot(el);
    if (!editor || !isComment(editor)) continue;
    const scope = commentScope(editor);
    if (!scope.contains(button)) continue;
    // Unnamed (another language): the send button ends the box's row, after its tools.
    if (named || buttonsAfter(scope, editor).at(-1) === button) return editor;
  }
  return null;
});

export const facebook: SiteAdapter = {
  id: 'facebook',
  composer(editor): ComposerInfo | null | undefined {
    if (ineligibility(editor).length) return null;
    if (editor instanceof HTMLTextAreaElement) return undefined;
    if (isChat(editor)) return null;
    if (isComment(editor)) return info(editor, commentScope(editor), ['enter']);
    const dialog = editor.closest<HTMLElement>('[role="dialog"]');
    if (dialog && (primaryAction(dialog, editor) || dialog.querySelector('input[type="file"]'))) return info(editor, dialog, []);
    return undefined;
  },
  postButton(el) {
    const b = el.closest<HTMLElement>(BUTTONS);
    if (!b) return null;
    if (b.closest(ARTICLE)) return commentFor(b) ? b : null;
    const label = buttonLabel(b);
    const dialog = b.closest<HTMLElement>('[role="dialog"]');
    if (POST_LABELS.has(label) && dialog) return b;
    if (dialog && !STEP_LABELS.has(label)) {
      const editor = dialogEditor(dialog);
      if (editor && primaryAction(dialog, editor) === b) return b;
    }
    if (COMMENT_SUBMIT.has(label) && commentFor(b)) return b;
    return null;
  },
  notPost(el) {
    const b = el.closest<HTMLElement>(BUTTONS);
    if (!b) return false;
    if (b.closest(ARTICLE)) return !commentFor(b);
    return STEP_LABELS.has(buttonLabel(b)) && !!b.closest('[role="dialog"]');
  },
  postButtonFor(c) {
    // Comments post with Enter; a comment's send button is clicked only by the user.
    if (c.submitKeys.includes('enter')) return null;
    return c.editor.isConnected ? primaryAction(c.scope, c.editor) : labelled(c.scope, POST_LABELS);
  },
};
