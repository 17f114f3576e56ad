import { DEFAULT_POLICY } from '../engine/policy/defaults.ts';
import type { Policy } from '../engine/types.ts';
import { analyzeImage } from './analyze-image.ts';
import { browserFaces, browserOcr, decodeBrowser, encodeBrowser } from './browser-host.ts';
import type { OcrPort } from './ocr.ts';
import { paintBoxes } from './raster.ts';
import { fromBase64, toBase64 } from './base64.ts';
import { sniffKind } from './sniff.ts';
import { ImageError, type Box, type ImageReport } from './types.ts';

// Runs in an extension page with a DOM (Chrome's offscreen document, Firefox's background
// page). Images arrive and leave as base64 because extension messaging is JSON.

export type ImageRequest =
  | { type: 'image-analyze'; data: string; lang: 'en' | 'fr'; policy?: Policy }
  | { type: 'image-clean'; data: string; boxes: Box[] };

export type ImageResponse =
  | { ok: true; report: ImageReport }
  | { ok: true; data: string; mime: 'image/png' | 'image/jpeg' }
  | { ok: false; code: ImageError['code'] | 'failed'; message: string };


/** The OCR worker costs ~40 MB; keep it for a burst of attachments, then let it go. */
const IDLE_MS = 90_000;
let ocr: { langs: string; port: Promise<OcrPort & { close(): Promise<void> }>; timer?: ReturnType<typeof setTimeout> } | undefined;

function ocrFor(url: (p: string) => string, lang: 'en' | 'fr') {
  // French data doubles the OCR time; overlays are mostly ASCII, so it is used for French users only.
  const langs: Array<'eng' | 'fra'> = lang === 'fr' ? ['eng', 'fra'] : ['eng'];
  const key = langs.join('+');
  if (ocr?.langs !== key) {
    void ocr?.port.then((p) => p.close());
    ocr = { langs: key, port: browserOcr(url, langs) };
  }
  clearTimeout(ocr.timer);
  const current = ocr;
  current.timer = setTimeout(() => {
    if (ocr === current) ocr = undefined;
    void current.port.then((p) => p.close());
  }, IDLE_MS);
  return current.port;
}

let faces: ReturnType<typeof browserFaces> | undefined;

export async function handleImageRequest(req: ImageRequest, url: (p: string) => string): Promise<ImageResponse> {
  try {
    const bytes = fromBase64(req.data);
    if (req.type === 'image-analyze') {
      faces ??= browserFaces(url);
      const port = await ocrFor(url, req.lang);
      const report = await analyzeImage(bytes, { decode: decodeBrowser, ocr: port, faces, policy: req.policy ?? DEFAULT_POLICY });
      return { ok: true, report };
    }
    // JPEG stays JPEG (photos); everything else becomes PNG (screenshots keep sharp edges).
    const mime = sniffKind(bytes) === 'jpeg' ? 'image/jpeg' : 'image/png';
    const painted = paintBoxes(await decodeBrowser(bytes), req.boxes);
    return { ok: true, data: toBase64(await encodeBrowser(painted, mime)), mime };
  } catch (e) {
    if (e instanceof ImageError) return { ok: false, code: e.code, message: e.message };
    return { ok: false, code: 'failed', message: 'The image check failed unexpectedly.' };
  }
}
