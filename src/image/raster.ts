import type { Box, Raster } from './types.ts';

// Small pixel operations shared by the browser host and the CLI. Plain loops over
// typed arrays: they run once per image, and keep the module free of any canvas.

/** Mean luminance 0..255 (Rec. 601 weights), sampled on a grid so a 2048² image costs ~65k reads. */
export function meanLuma(r: Raster): number {
  const step = Math.max(1, Math.floor(Math.sqrt((r.width * r.height) / 65536)));
  let sum = 0;
  let n = 0;
  for (let y = 0; y < r.height; y += step) {
    for (let x = 0; x < r.width; x += step) {
      const i = (y * r.width + x) * 4;
      sum += 0.299 * r.data[i]! + 0.587 * r.data[i + 1]! + 0.114 * r.data[i + 2]!;
      n++;
    }
  }
  return n ? sum / n : 0;
}

/**
 * Greyscale copy for OCR; inverted when the image is mostly dark, because PACS overlays
 * are light text on a dark field and Tesseract reads dark text on light far better.
 */
export function prepareForOcr(r: Raster): Raster {
  const invert = meanLuma(r) < 110;
  const out = new Uint8ClampedArray(r.width * r.height * 4);
  for (let i = 0; i < out.length; i += 4) {
    let v = 0.299 * r.data[i]! + 0.587 * r.data[i + 1]! + 0.114 * r.data[i + 2]!;
    if (invert) v = 255 - v;
    out[i] = out[i + 1] = out[i + 2] = v;
    out[i + 3] = 255;
  }
  return { width: r.width, height: r.height, data: out };
}

/** Paints solid opaque boxes (never blur: blurred text and faces can be recovered). */
export function paintBoxes(r: Raster, boxes: readonly Box[], rgb: [number, number, number] = [0, 0, 0]): Raster {
  const data = new Uint8ClampedArray(r.data);
  for (const b of boxes) {
    const x0 = Math.max(0, Math.floor(b.x));
    const y0 = Math.max(0, Math.floor(b.y));
    const x1 = Math.min(r.width, Math.ceil(b.x + b.w));
    const y1 = Math.min(r.height, Math.ceil(b.y + b.h));
    for (let y = y0; y < y1; y++) {
      for (let x = x0; x < x1; x++) {
        const i = (y * r.width + x) * 4;
        data[i] = rgb[0]; data[i + 1] = rgb[1]; data[i + 2] = rgb[2]; data[i + 3] = 255;
      }
    }
  }
  return { width: r.width, height: r.height, data };
}

/** Grows a box by `pad` pixels on each side (OCR boxes hug the glyphs; descenders and anti-aliasing stick out). */
export function padBox(b: Box, pad: number, r: { width: number; height: number }): Box {
  const x = Math.max(0, b.x - pad);
  const y = Math.max(0, b.y - pad);
  return { x, y, w: Math.min(r.width, b.x + b.w + pad) - x, h: Math.min(r.height, b.y + b.h + pad) - y };
}

export function unionBox(boxes: readonly Box[]): Box {
  const x0 = Math.min(...boxes.map((b) => b.x));
  const y0 = Math.min(...boxes.map((b) => b.y));
  const x1 = Math.max(...boxes.map((b) => b.x + b.w));
  const y1 = Math.max(...boxes.map((b) => b.y + b.h));
  return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}

/** Integer box-filter downscale: cheap, and OCR on a 2x smaller PACS capture loses little. */
export function downscale(r: Raster, factor: number): Raster {
  const f = Math.max(1, Math.floor(factor));
  if (f === 1) return r;
  const w = Math.floor(r.width / f);
  const h = Math.floor(r.height / f);
  const out = new Uint8ClampedArray(w * h * 4);
  const n = f * f;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let s0 = 0, s1 = 0, s2 = 0;
      for (let dy = 0; dy < f; dy++) {
        let i = ((y * f + dy) * r.width + x * f) * 4;
        for (let dx = 0; dx < f; dx++, i += 4) { s0 += r.data[i]!; s1 += r.data[i + 1]!; s2 += r.data[i + 2]!; }
      }
      const o = (y * w + x) * 4;
      out[o] = s0 / n; out[o + 1] = s1 / n; out[o + 2] = s2 / n; out[o + 3] = 255;
    }
  }
  return { width: w, height: h, data: out };
}
