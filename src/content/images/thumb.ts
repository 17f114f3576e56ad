import type { Box } from '../../image/types.ts';
import type { KeptImage } from './kept.ts';

// Thumbnails of kept images with the finding boxes outlined, drawn on a canvas here in the
// content script. A canvas (not an <img> of the file's object URL) because the page's CSP may
// forbid blob: images and the popup cannot load the page's object URLs; the popup gets a small
// data URL drawn here, on request, so the background never carries pixels.

export const THUMB_SIDE = 160;

const bitmaps = new WeakMap<KeptImage, Promise<ImageBitmap | null>>();

/** One small decoded copy per image, at twice the thumbnail size for sharp high-DPI screens. */
function bitmapOf(k: KeptImage): Promise<ImageBitmap | null> {
  let p = bitmaps.get(k);
  if (!p) {
    const { width, height } = thumbSize(k, THUMB_SIDE * 2);
    p = createImageBitmap(k.file, { resizeWidth: width, resizeHeight: height, resizeQuality: 'medium' })
      // A format this browser cannot show (HEIC in Chrome): the item says so instead.
      .catch(() => null);
    bitmaps.set(k, p);
  }
  return p;
}

export function thumbSize(k: Pick<KeptImage, 'width' | 'height'>, side = THUMB_SIDE): { width: number; height: number; scale: number } {
  const scale = Math.min(1, side / Math.max(k.width, k.height, 1));
  return { width: Math.max(1, Math.round(k.width * scale)), height: Math.max(1, Math.round(k.height * scale)), scale };
}

export function findingBoxes(k: Pick<KeptImage, 'findings'>): Box[] {
  const out: Box[] = [];
  for (const f of k.findings) {
    if (f.box && !out.some((b) => b.x === f.box!.x && b.y === f.box!.y && b.w === f.box!.w && b.h === f.box!.h)) out.push(f.box);
  }
  return out;
}

/** Draws the image into `canvas` with its boxes outlined; false when the browser cannot decode it. */
export async function drawThumbnail(canvas: HTMLCanvasElement, k: KeptImage, side = THUMB_SIDE, dpr = Math.min(2, globalThis.devicePixelRatio || 1)): Promise<boolean> {
  const { width, height, scale } = thumbSize(k, side);
  canvas.width = Math.round(width * dpr);
  canvas.height = Math.round(height * dpr);
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
  const bmp = await bitmapOf(k);
  const ctx = canvas.getContext('2d');
  if (!bmp || !ctx) return false;
  ctx.drawImage(bmp, 0, 0, canvas.width, canvas.height);
  const k2 = scale * dpr;
  ctx.lineWidth = Math.max(1.5, 2 * dpr);
  ctx.strokeStyle = '#d93025';
  ctx.fillStyle = 'rgb(217 48 37 / 0.25)';
  for (const b of findingBoxes(k)) {
    ctx.fillRect(b.x * k2, b.y * k2, b.w * k2, b.h * k2);
    ctx.strokeRect(b.x * k2, b.y * k2, b.w * k2, b.h * k2);
  }
  return true;
}

export interface ThumbnailData {
  dataUrl: string;
  width: number;
  height: number;
  boxes: number;
}

/** For the popup: a PNG data URL of the thumbnail, made only when the popup asks. */
export async function thumbnailData(k: KeptImage, side = THUMB_SIDE): Promise<ThumbnailData | null> {
  const canvas = document.createElement('canvas');
  if (!(await drawThumbnail(canvas, k, side, 2))) return null;
  const { width, height } = thumbSize(k, side);
  return { dataUrl: canvas.toDataURL('image/png'), width, height, boxes: findingBoxes(k).length };
}
