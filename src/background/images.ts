import { browser, isFirefox } from '../shared/platform.ts';
import type { ImageRequest, ImageResponse } from '../image/service.ts';

// Image checks need Workers and a DOM. Chrome: forward to an offscreen document created on
// first use. Firefox: the background is an event page with a DOM, so the service runs here,
// loaded only when the first image arrives.

const OFFSCREEN_URL = 'src/offscreen/index.html';
let creating: Promise<void> | undefined;

async function ensureOffscreen(): Promise<void> {
  const existing = await chrome.runtime.getContexts({
    contextTypes: [chrome.runtime.ContextType.OFFSCREEN_DOCUMENT],
    documentUrls: [chrome.runtime.getURL(OFFSCREEN_URL)],
  });
  if (existing.length > 0) return;
  creating ??= chrome.offscreen
    .createDocument({ url: OFFSCREEN_URL, reasons: [chrome.offscreen.Reason.WORKERS], justification: 'Reads text in attached images on this computer, before they are posted.' })
    .finally(() => { creating = undefined; });
  await creating;
}

export async function routeImageRequest(req: ImageRequest): Promise<ImageResponse> {
  if (__BROWSER__ === 'firefox' || isFirefox) {
    const { handleImageRequest } = await import('../image/service.ts');
    return handleImageRequest(req, (p) => browser.runtime.getURL(p));
  }
  await ensureOffscreen();
  return (await browser.runtime.sendMessage({ ...req, target: 'offscreen' })) as ImageResponse;
}
