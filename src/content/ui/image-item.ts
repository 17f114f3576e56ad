import { t } from '../../shared/i18n.ts';
import { categoryKey } from '../../shared/guidance.ts';
import { button, h, sevBadge } from './dom.ts';
import { describeImageFinding } from '../images/describe.ts';
import { imageNumber, type KeptImage } from '../images/kept.ts';
import { drawThumbnail, findingBoxes } from '../images/thumb.ts';

// One kept image as the composer's panel and the gate list it: a thumbnail with the boxes
// outlined, what was found (kind, never content), why it matters, and what can still be done.
// The image is already with the site, so it cannot be taken back out from here: a review can
// attach a cleaned copy the same way, and the user removes the original with the site's button.

export interface ImageItemActions {
  /** Reopens the image dialog (boxes, cleaned copy) for an image whose way to the site still exists. */
  review?(k: KeptImage): void;
  /** Stop listing this image for this post. */
  ignore?(k: KeptImage): void;
}

export function thumbLabel(n: number, boxes: number): string {
  return boxes ? t('imgpanel_thumb_boxes', n, boxes) : t('imgpanel_thumb_no_boxes', n);
}

/** Small enough to leave the findings beside it in the composer's panel (360 px wide at most). */
const ITEM_THUMB_SIDE = 112;

export function imageItem(k: KeptImage, actions: ImageItemActions, signal?: AbortSignal): HTMLLIElement {
  const n = imageNumber(k);
  const canvas = h('canvas', { class: 'ctp-thumb', role: 'img', 'aria-label': thumbLabel(n, findingBoxes(k).length) });
  void drawThumbnail(canvas, k, ITEM_THUMB_SIDE).then((ok) => {
    if (!ok && canvas.isConnected) canvas.replaceWith(h('p', { class: 'ctp-status' }, t('imgpanel_no_preview')));
  });
  const seen = new Set<string>();
  const why = k.findings.flatMap((f) => {
    if (seen.has(f.category)) return [];
    seen.add(f.category);
    return [h('p', { class: 'ctp-image-why' }, t(categoryKey(f.category)))];
  });
  const canReview = !k.cleanedLater && k.resend && actions.review;
  return h('li', { class: 'ctp-image', 'data-image': String(k.id) },
    canvas,
    h('div', { class: 'ctp-image-body' },
      h('p', { class: 'ctp-image-title' }, t(k.cleanedLater ? 'imgpanel_title_cleaned' : 'imgpanel_title_kept', n)),
      k.cleanedLater ? h('p', { class: 'ctp-status' }, t('imgpanel_cleaned_note')) : null,
      h('ul', { class: 'ctp-image-findings' }, ...k.findings.map((f) =>
        h('li', {}, sevBadge(f.severity), ' ', describeImageFinding(f)))),
      ...why,
      h('div', { class: 'ctp-actions' },
        canReview ? button(t('imgpanel_review'), { 'aria-label': t('imgpanel_review_named', n), 'data-action': 'review-image' }, () => actions.review!(k), signal) : null,
        actions.ignore ? button(t(k.cleanedLater ? 'imgpanel_removed_original' : 'imgpanel_ignore'),
          { 'aria-label': t(k.cleanedLater ? 'imgpanel_removed_original_named' : 'imgpanel_ignore_named', n), 'data-action': 'ignore-image' }, () => actions.ignore!(k), signal) : null)));
}
