import type { SiteAdapter } from './types.ts';
import { BUTTONS, buttonLabel, info, ineligibility } from './common.ts';

// Threads: a Meta contenteditable textbox in a dialog; the Post button is a role=button
// whose label is "Post" (fr "Publier"). Selectors are medium confidence (composer-dom.md §3).
const LABELS = new Set(['post', 'publier', 'reply', 'répondre']);

function postIn(root: ParentNode): HTMLElement | null {
  return [...root.querySelectorAll<HTMLElement>(BUTTONS)].filter((b) => LABELS.has(buttonLabel(b))).at(-1) ?? null;
}

export const threads: SiteAdapter = {
  id: 'threads',
  composer(editor) {
    if (ineligibility(editor).length) return null;
    const dialog = editor.closest<HTMLElement>('[role="dialog"]');
    if (!dialog || !postIn(dialog)) return undefined;
    return info(editor, dialog, ['mod-enter']);
  },
  postButton(el) {
    const b = el.closest<HTMLElement>(BUTTONS);
    return b && LABELS.has(buttonLabel(b)) && b.closest('[role="dialog"]') ? b : null;
  },
  postButtonFor(c) {
    return postIn(c.scope);
  },
};
