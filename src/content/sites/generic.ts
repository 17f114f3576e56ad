import type { SiteAdapter } from './types.ts';
import { closestButton, editorSubmittedBy, genericComposer, isSubmitLike, scopeWithSubmit } from './common.ts';

/**
 * Any page (and every site after a redesign): a textbox with its submit near it, found by
 * structure in any language (common.ts, scopeWithSubmit); a pressed button is a Post when it
 * has a publishing label or is the submit of a textbox before it.
 */
export const generic: SiteAdapter = {
  id: 'generic',
  composer: genericComposer,
  postButton(el) {
    const b = closestButton(el);
    return b && (isSubmitLike(b) || editorSubmittedBy(b)) ? b : null;
  },
  postButtonFor(c) {
    return scopeWithSubmit(c.editor)?.button ?? null;
  },
};
