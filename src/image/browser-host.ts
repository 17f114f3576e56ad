// The image checks in an extension page (Chrome's offscreen document, Firefox's background
// page): decoding with the browser's own codecs, Tesseract and face-api from files inside
// the extension. Never imported by a content script: the page must not see these workers.
import { createWorker, OEM, type Worker } from 'tesseract.js';
import type { FacePort } from './analyze-image.ts';
import { facePort, type FaceApi } from './faces.ts';
import { wordsFromTesseract, type OcrPort, type TesseractPage } from './ocr.ts';
import { ImageError, type Raster } from './types.ts';

export async function decodeBrowser(bytes: Uint8Array): Promise<Raster> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(new Blob([bytes as BlobPart]));
  } catch {
    throw new ImageError('corrupt', 'The image could not be decoded: it may be truncated, damaged or in a format this browser cannot open.');
  }
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  ctx.drawImage(bitmap, 0, 0);
  bitmap.close();
  const img = ctx.getImageData(0, 0, canvas.width, canvas.height);
  return { width: img.width, height: img.height, data: img.data };
}

function toCanvas(r: Raster): OffscreenCanvas {
  const canvas = new OffscreenCanvas(r.width, r.height);
  const data = r.data instanceof Uint8ClampedArray ? r.data : new Uint8ClampedArray(r.data);
  canvas.getContext('2d')!.putImageData(new ImageData(data as Uint8ClampedArray<ArrayBuffer>, r.width, r.height), 0, 0);
  return canvas;
}

/** Re-encodes pixels: what comes out carries no EXIF, XMP, IPTC or text chunks at all. */
export async function encodeBrowser(r: Raster, type: 'image/png' | 'image/jpeg'): Promise<Uint8Array> {
  const blob = await toCanvas(r).convertToBlob(type === 'image/jpeg' ? { type, quality: 0.92 } : { type });
  return new Uint8Array(await blob.arrayBuffer());
}

export async function browserOcr(url: (path: string) => string, langs: readonly ('eng' | 'fra')[]): Promise<OcrPort & { close(): Promise<void> }> {
  const worker: Worker = await createWorker([...langs], OEM.LSTM_ONLY, {
    workerPath: url('tesseract/worker.min.js'),
    corePath: url('tesseract/core'),
    langPath: url('tesseract/lang'),
    // A blob: worker would be created from page-constructed code; load the extension's file.
    workerBlobURL: false,
    cacheMethod: 'none',
    gzip: true,
  });
  return {
    async recognize(r) {
      const page = await worker.recognize(toCanvas(r), {}, { blocks: true, text: false });
      return wordsFromTesseract(page.data as unknown as TesseractPage);
    },
    close: () => worker.terminate().then(() => undefined),
  };
}

export function browserFaces(url: (path: string) => string): FacePort {
  let ready: Promise<FaceApi> | undefined;
  return facePort(() => (ready ??= (async () => {
    const api = (await import('@vladmandic/face-api')) as unknown as FaceApi;
    // WebGL is absent in some offscreen contexts; the CPU backend always works, and the
    // input is a small copy (see analyze-image.ts), so it is fast enough.
    await api.tf.setBackend('cpu');
    await api.tf.ready();
    const manifest = (await (await fetch(url('faces/tiny_face_detector_model-weights_manifest.json'))).json()) as Array<{ weights: unknown }>;
    const bin = await (await fetch(url('faces/tiny_face_detector_model.bin'))).arrayBuffer();
    await api.nets.tinyFaceDetector.loadFromWeightMap(api.tf.io.decodeWeights(bin, manifest[0]!.weights));
    return api;
  })()));
}
