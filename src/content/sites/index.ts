import type { SiteId } from '../../shared/messages.ts';
import type { ComposerInfo, SiteAdapter } from './types.ts';
import { generic } from './generic.ts';
import { x } from './x.ts';
import { facebook } from './facebook.ts';
import { linkedin } from './linkedin.ts';
import { bluesky } from './bluesky.ts';
import { threads } from './threads.ts';
import { reddit } from './reddit.ts';
import { looksLikeMastodon, mastodon } from './mastodon.ts';

export type { ComposerInfo, SiteAdapter, EditorKind } from './types.ts';

const BY_HOST: Array<[RegExp, SiteAdapter]> = [
  [/^(?:(?:www|mobile)\.)?(?:x|twitter)\.com$/, x],
  [/^(?:www|web|m)\.facebook\.com$/, facebook],
  [/^www\.linkedin\.com$/, linkedin],
  [/^bsky\.app$/, bluesky],
  [/^www\.threads\.(?:net|com)$/, threads],
  [/^(?:www|new|old)\.reddit\.com$/, reddit],
];

/** The site adapter for this page; Mastodon is recognised by markup on any other host. */
export function siteFor(host: string, doc: Document): SiteAdapter {
  for (const [re, a] of BY_HOST) if (re.test(host)) return a;
  return looksLikeMastodon(doc) ? mastodon : generic;
}

/** The site's answer, or the generic one when the site has no opinion (a redesign degrades, never silences). */
export function composerFor(site: SiteAdapter, editor: HTMLElement): ComposerInfo | null {
  const own = site.composer(editor);
  if (own !== undefined) return own;
  return site === generic ? null : generic.composer(editor) ?? null;
}

/** A Post button for the site, or a generic submit-like button. */
export function postButtonFor(site: SiteAdapter, el: Element): HTMLElement | null {
  const own = site.postButton(el);
  if (own || site === generic || site.notPost?.(el)) return own;
  return generic.postButton(el);
}

export function siteIdOf(site: SiteAdapter): SiteId {
  return site.id;
}
