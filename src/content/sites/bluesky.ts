import type { SiteAdapter } from './types.ts';
import { info, ineligibility } from './common.ts';

// Bluesky: a ProseMirror (TipTap) editor in the composer dialog; Post is
// [data-testid=composerPublishBtn] (bluesky-social/social-app). Cmd/Ctrl+Enter posts.
const POST = '[data-testid="composerPublishBtn"]';

export const bluesky: SiteAdapter = {
  id: 'bluesky',
  composer(editor) {
    if (ineligibility(editor).length) return null;
    for (let cur = editor.parentElement; cur; cur = cur.parentElement) {
      if (cur.querySelector(POST)) return info(editor, cur, ['mod-enter']);
      if (cur === document.body) break;
    }
    return undefined;
  },
  postButton(el) {
    return el.closest<HTMLElement>(POST);
  },
  postButtonFor(c) {
    return c.scope.querySelector<HTMLElement>(POST);
  },
};
