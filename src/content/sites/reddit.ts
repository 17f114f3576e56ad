import type { SiteAdapter } from './types.ts';
import { BUTTONS, info, ineligibility, isSubmitLike } from './common.ts';

// New Reddit: Lexical inside the Lit <shreddit-composer> (light-DOM slot "rte"), in a form
// whose submit button says Post. Comments use the same composer and are checked too.
const COMPOSER = 'shreddit-composer';

function scopeOf(editor: HTMLElement): HTMLElement | null {
  return editor.closest<HTMLElement>('form') ?? editor.closest<HTMLElement>(COMPOSER)?.parentElement ?? null;
}

export const reddit: SiteAdapter = {
  id: 'reddit',
  composer(editor) {
    if (ineligibility(editor).length) return null;
    if (!editor.closest(COMPOSER) && !editor.matches('[slot="rte"]')) return undefined;
    const scope = scopeOf(editor);
    return scope ? info(editor, scope, ['mod-enter']) : undefined;
  },
  postButton(el) {
    const b = el.closest<HTMLElement>(BUTTONS);
    return b && isSubmitLike(b) && (b.closest('form') || b.closest(COMPOSER)) ? b : null;
  },
  postButtonFor(c) {
    return [...c.scope.querySelectorAll<HTMLElement>(BUTTONS)].filter(isSubmitLike).at(-1) ?? null;
  },
};
