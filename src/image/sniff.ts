import { ImageError } from './types.ts';

// Trust the bytes, not the file name or the MIME type a page claims: a ".png" that is a
// text file must get a clear error, and a huge image must be refused before decoding.

export type ImageKind = 'jpeg' | 'png' | 'webp' | 'gif' | 'heic' | 'avif' | 'bmp';

/** More pixels than this is refused outright (a 12000x12000 image would need 576 MB decoded). */
export const MAX_PIXELS = 50_000_000;

export function sniffKind(bytes: Uint8Array): ImageKind {
  const b = bytes;
  const ascii = (from: number, to: number) => String.fromCharCode(...b.subarray(from, to));
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  if (b.length >= 8 && b[0] === 0x89 && ascii(1, 4) === 'PNG') return 'png';
  if (b.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  if (b.length >= 6 && ascii(0, 4) === 'GIF8') return 'gif';
  if (b.length >= 2 && ascii(0, 2) === 'BM') return 'bmp';
  if (b.length >= 12 && ascii(4, 8) === 'ftyp') {
    const brand = ascii(8, 12);
    if (/^(heic|heix|hevc|heim|heis|mif1|msf1)$/.test(brand)) return 'heic';
    if (/^avi[fs]$/.test(brand)) return 'avif';
  }
  throw new ImageError('not-an-image', 'The file is not an image this checker can read.');
}

/** Reads width and height from the header when the format makes that cheap (PNG, JPEG, GIF, WebP). */
export function headerSize(bytes: Uint8Array, kind: ImageKind): { width: number; height: number } | null {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    if (kind === 'png' && bytes.length >= 24) return { width: dv.getUint32(16), height: dv.getUint32(20) };
    if (kind === 'gif' && bytes.length >= 10) return { width: dv.getUint16(6, true), height: dv.getUint16(8, true) };
    if (kind === 'jpeg') {
      // Walk the segments to the first start-of-frame marker.
      let i = 2;
      while (i + 9 < bytes.length) {
        if (bytes[i] !== 0xff) return null;
        const marker = bytes[i + 1]!;
        const len = dv.getUint16(i + 2);
        if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
          return { height: dv.getUint16(i + 5), width: dv.getUint16(i + 7) };
        }
        i += 2 + len;
      }
    }
  } catch {
    return null;
  }
  return null;
}

export function checkSize(width: number, height: number): void {
  if (!(width > 0 && height > 0)) throw new ImageError('corrupt', 'The image has no pixels.');
  if (width * height > MAX_PIXELS) {
    throw new ImageError(
      'too-large',
      `The image is ${width}x${height} pixels, more than this checker can safely open (${MAX_PIXELS / 1e6} megapixels).`,
    );
  }
}
