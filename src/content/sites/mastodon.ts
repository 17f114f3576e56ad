import type { SiteAdapter } from './types.ts';
import { info, ineligibility } from './common.ts';

// Mastodon (any instance the user or policy adds): a React-controlled textarea in
// .compose-form; its submit button is a real type=submit; Cmd/Ctrl+Enter posts.
export const mastodon: SiteAdapter = {
  id: 'mastodon',
  composer(editor) {
    if (ineligibility(editor).length) return null;
    const form = editor.closest<HTMLElement>('.compose-form, form');
    if (!form || !(editor instanceof HTMLTextAreaElement)) return undefined;
    return info(editor, form, ['mod-enter']);
  },
  postButton(el) {
    return el.closest<HTMLElement>('.compose-form button[type="submit"], .compose-form__publish button');
  },
  postButtonFor(c) {
    return c.scope.querySelector<HTMLElement>('button[type="submit"], .compose-form__publish button');
  },
};

/** Mastodon runs on any host: recognised by its markup rather than its address. */
export function looksLikeMastodon(doc: Document): boolean {
  return !!doc.querySelector('#mastodon, meta[name="application-name"][content*="Mastodon" i], .compose-form');
}
