import type { SiteAdapter } from './types.ts';
import { info, ineligibility } from './common.ts';

// X renders Draft.js on desktop and a textarea on mobile web, both under
// data-testid="tweetTextarea_N"; Post is button[data-testid^=tweetButton] (tweetButton in
// the dialog, tweetButtonInline on the timeline and status pages). composer-dom.md §1.
const EDITOR = '[data-testid^="tweetTextarea_"]';
const POST = 'button[data-testid^="tweetButton"], [role="button"][data-testid^="tweetButton"]';
const NOT_COMPOSER = '[data-testid="dmComposerTextInput"], [data-testid^="dmComposer"], [data-testid="SearchBox_Search_Input"]';

/** The composer block: the dialog, or the nearest ancestor that also holds a Post button. */
function scopeOf(editor: HTMLElement): HTMLElement | null {
  const dialog = editor.closest<HTMLElement>('[role="dialog"]');
  if (dialog?.querySelector(POST)) return dialog;
  for (let cur = editor.parentElement; cur; cur = cur.parentElement) {
    if (cur.querySelector(POST)) return cur;
    if (cur === document.body) break;
  }
  return null;
}

export const x: SiteAdapter = {
  id: 'x',
  composer(editor) {
    if (editor.matches(NOT_COMPOSER) || editor.closest(NOT_COMPOSER)) return null;
    const marked = editor.matches(EDITOR) || editor.closest(EDITOR);
    if (!marked) return undefined;
    if (ineligibility(editor).length) return null;
    const scope = scopeOf(editor);
    return scope ? info(editor, scope, ['mod-enter']) : undefined;
  },
  postButton(el) {
    return el.closest<HTMLElement>(POST);
  },
  postButtonFor(c) {
    // Thread mode has one button for every item ("Post all"); it sits after the editors.
    const all = c.scope.querySelectorAll<HTMLElement>(POST);
    return all[all.length - 1] ?? null;
  },
};
