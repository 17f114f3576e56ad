import type { SiteAdapter } from './types.ts';
import { closestButton, genericComposer, isSubmitLike, scopeWithSubmit } from './common.ts';

/** Any page (and every site after a redesign): a textbox with a submit-like button near it. */
export const generic: SiteAdapter = {
  id: 'generic',
  composer: genericComposer,
  postButton(el) {
    const b = closestButton(el);
    return b && isSubmitLike(b) ? b : null;
  },
  postButtonFor(c) {
    return scopeWithSubmit(c.editor)?.button ?? null;
  },
};
