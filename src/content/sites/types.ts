import type { SiteId } from '../../shared/messages.ts';

/** Which editing framework owns an editable element; decides how text is read and replaced. */
export type EditorKind = 'textarea' | 'contenteditable' | 'draft' | 'lexical' | 'prosemirror' | 'quill';

/** How the site submits from inside the composer with the keyboard. */
export type SubmitKey = 'mod-enter' | 'enter';

export interface ComposerInfo {
  /** The editable element itself (textarea or the contenteditable root). */
  editor: HTMLElement;
  kind: EditorKind;
  /** The smallest ancestor holding the editor and its Post button (dialog, form, composer box). */
  scope: HTMLElement;
  /** Keyboard shortcuts that post from inside the editor. */
  submitKeys: SubmitKey[];
}

/**
 * One site's knowledge of its composers. Every answer is a structural check made now, on the
 * live DOM: nodes are re-queried, never cached, because the sites re-render freely.
 */
export interface SiteAdapter {
  id: SiteId;
  /**
   * Whether `editor` (a textarea or contenteditable root) is a composer on this site.
   * `null` = recognised and not a composer (search, chat...); `undefined` = no opinion, let the
   * generic path decide.
   */
  composer(editor: HTMLElement): ComposerInfo | null | undefined;
  /** The Post button `el` is part of, if any. */
  postButton(el: Element): HTMLElement | null;
  /**
   * True for a button that looks submit-like but publishes nothing: a step inside a composer
   * (Facebook's "Next") or an action on a published post ("Comment", "Share"). Keeps the
   * generic fallback from taking it for a Post button.
   */
  notPost?(el: Element): boolean;
  /** The Post button that posts what `c` holds, re-queried now. */
  postButtonFor(c: ComposerInfo): HTMLElement | null;
}
