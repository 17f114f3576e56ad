import { browser } from '../shared/platform.ts';
import { handleImageRequest, type ImageRequest } from '../image/service.ts';

// Chrome's MV3 service worker cannot start Workers; this offscreen document hosts OCR and
// face detection, and answers only the messages the background forwards to it.
browser.runtime.onMessage.addListener((raw: unknown) => {
  const msg = raw as (ImageRequest & { target?: string }) | undefined;
  if (msg?.target !== 'offscreen') return undefined;
  return handleImageRequest(msg, (p) => browser.runtime.getURL(p));
});
