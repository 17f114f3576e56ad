import type { SiteAdapter } from './types.ts';
import { BUTTONS, info, ineligibility, isSubmitLike } from './common.ts';

// LinkedIn's share box is Quill (.ql-editor) in a dialog; Post is .share-actions__primary-action.
const POST = '.share-actions__primary-action';

export const linkedin: SiteAdapter = {
  id: 'linkedin',
  composer(editor) {
    if (ineligibility(editor).length) return null;
    const box = editor.closest<HTMLElement>('.share-creation-state, [role="dialog"]');
    if (!box || !editor.matches('.ql-editor')) return undefined;
    return info(editor, box, ['mod-enter']);
  },
  postButton(el) {
    const b = el.closest<HTMLElement>(POST) ?? el.closest<HTMLElement>(BUTTONS);
    if (!b) return null;
    return b.matches(POST) || (isSubmitLike(b) && !!b.closest('.share-creation-state, [role="dialog"]')) ? b : null;
  },
  postButtonFor(c) {
    return c.scope.querySelector<HTMLElement>(POST)
      ?? [...c.scope.querySelectorAll<HTMLElement>(BUTTONS)].filter(isSubmitLike).at(-1) ?? null;
  },
};
