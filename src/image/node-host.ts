// The image checks for Node (the CLI and the tests): decoders, Tesseract with the trained
// data shipped in npm packages, and face-api's tiny detector, all from local files.
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { createWorker, OEM, type Worker } from 'tesseract.js';
import type { FacePort } from './analyze-image.ts';
import { facePort, type FaceApi } from './faces.ts';
import { wordsFromTesseract, type OcrPort, type TesseractPage } from './ocr.ts';
import { sniffKind } from './sniff.ts';
import { ImageError, type Raster } from './types.ts';

const require = createRequire(import.meta.url);
const pkgDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

export async function decodeNode(bytes: Uint8Array): Promise<Raster> {
  const kind = sniffKind(bytes);
  try {
    if (kind === 'png') {
      const png = PNG.sync.read(Buffer.from(bytes));
      return { width: png.width, height: png.height, data: png.data };
    }
    if (kind === 'jpeg') {
      const img = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, maxMemoryUsageInMB: 1024 });
      return { width: img.width, height: img.height, data: img.data };
    }
  } catch {
    throw new ImageError('corrupt', 'The image could not be decoded: it may be truncated or damaged.');
  }
  throw new ImageError('unsupported', `The command line reads PNG and JPEG; this file is ${kind.toUpperCase()}.`);
}

export function encodePng(r: Raster): Uint8Array {
  const png = new PNG({ width: r.width, height: r.height });
  png.data = Buffer.from(r.data.buffer, r.data.byteOffset, r.data.byteLength);
  return PNG.sync.write(png);
}

export function encodeJpeg(r: Raster, quality = 92): Uint8Array {
  return jpeg.encode({ width: r.width, height: r.height, data: r.data }, quality).data;
}

/** Where the OCR languages come from: npm packages, never a download. */
const LANGS = { eng: '@tesseract.js-data/eng', fra: '@tesseract.js-data/fra' } as const;
export type OcrLang = keyof typeof LANGS;

/**
 * Tesseract wants every language in one folder, while npm ships one package per language:
 * gather them (once) into a folder under the system's temp directory.
 */
function langFolder(langs: readonly OcrLang[]): string {
  const dir = join(tmpdir(), 'clear-to-post-tessdata');
  mkdirSync(dir, { recursive: true });
  for (const l of langs) {
    const target = join(dir, `${l}.traineddata.gz`);
    if (!existsSync(target)) copyFileSync(join(pkgDir(LANGS[l]), '4.0.0_best_int', `${l}.traineddata.gz`), target);
  }
  return dir;
}

export async function nodeOcr(langs: readonly OcrLang[] = ['eng']): Promise<OcrPort & { close(): Promise<void> }> {
  const worker: Worker = await createWorker([...langs], OEM.LSTM_ONLY, { langPath: langFolder(langs), cacheMethod: 'none', gzip: true });
  return {
    async recognize(r) {
      const page = await worker.recognize(Buffer.from(encodePng(r)), {}, { blocks: true, text: false });
      return wordsFromTesseract(page.data as unknown as TesseractPage);
    },
    close: () => worker.terminate().then(() => undefined),
  };
}

let faceApi: Promise<FaceApi> | undefined;

/**
 * face-api's bundled TensorFlow.js picks a Node platform that needs its native addon; we
 * hide Node while it loads, then give it the few platform hooks the CPU backend uses.
 */
function loadFaceApi(): Promise<FaceApi> {
  faceApi ??= (async () => {
    const saved = process.versions;
    Object.defineProperty(process, 'versions', { value: { ...saved, node: undefined }, configurable: true });
    let api: FaceApi;
    try {
      api = (await import('@vladmandic/face-api/dist/face-api.esm.js')) as unknown as FaceApi;
    } finally {
      Object.defineProperty(process, 'versions', { value: saved, configurable: true });
    }
    const refuse = () => { throw new Error('network and files are not available to the face detector'); };
    api.tf.setPlatform('clear-to-post-node', {
      fetch: refuse,
      now: () => performance.now(),
      encode: (t: string) => new TextEncoder().encode(t),
      decode: (b: Uint8Array, e: string) => new TextDecoder(e).decode(b),
      isTypedArray: (a: unknown) => ArrayBuffer.isView(a) && !(a instanceof DataView),
      setTimeoutCustom: (f: () => void, d: number) => setTimeout(f, d),
    });
    class Unused {}
    api.env.setEnv({
      Canvas: Unused, CanvasRenderingContext2D: Unused, Image: Unused, ImageData: Unused, Video: Unused,
      createCanvasElement: refuse, createImageElement: refuse, createVideoElement: refuse, fetch: refuse, readFile: refuse,
    });
    await api.tf.setBackend('cpu');
    await api.tf.ready();
    const dir = join(pkgDir('@vladmandic/face-api'), 'model');
    const manifest = JSON.parse(readFileSync(join(dir, 'tiny_face_detector_model-weights_manifest.json'), 'utf8')) as Array<{ weights: unknown }>;
    const bin = readFileSync(join(dir, 'tiny_face_detector_model.bin'));
    const buf = bin.buffer.slice(bin.byteOffset, bin.byteOffset + bin.byteLength);
    await api.nets.tinyFaceDetector.loadFromWeightMap(api.tf.io.decodeWeights(buf, manifest[0]!.weights));
    return api;
  })();
  return faceApi;
}

export function nodeFaces(): FacePort {
  return facePort(loadFaceApi);
}
