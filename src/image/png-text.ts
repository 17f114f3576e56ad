import { Unzlib } from 'fflate';

// PNG keeps captions in three kinds of chunk: tEXt (Latin-1), zTXt (zlib-compressed Latin-1)
// and iTXt (UTF-8, optionally compressed, with a language tag). exifr reads only tEXt and the
// XMP packet in iTXt, so a "Description" written as iTXt or zTXt (what many editors and
// screenshot tools use) would go unseen. This walker reads just those chunks: it skips pixel
// data without copying it, never trusts a declared length past the end of the file, and stops
// inflating a compressed caption at a fixed size (a small chunk can inflate to gigabytes).

export interface PngText {
  /** The chunk's keyword ("Comment", "Description", "Author"...). */
  keyword: string;
  text: string;
  chunk: 'tEXt' | 'zTXt' | 'iTXt';
}

/** Per caption and in total: far more than any real caption, far less than a decompression bomb. */
export const MAX_TEXT_BYTES = 64 * 1024;
const MAX_TOTAL_BYTES = 256 * 1024;
/** The XMP packet rides in iTXt; exifr parses it into its own fields. */
const XMP_KEYWORD = 'XML:com.adobe.xmp';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const latin1 = (b: Uint8Array) => {
  let s = '';
  for (let i = 0; i < b.length; i += 0x8000) s += String.fromCharCode(...b.subarray(i, i + 0x8000));
  return s;
};
const utf8 = new TextDecoder('utf-8', { fatal: false });

class TooLong extends Error {}

/** zlib-inflates at most `limit` bytes; longer output is cut there (the start is what counts). */
function inflateBounded(data: Uint8Array, limit: number): Uint8Array {
  const parts: Uint8Array[] = [];
  let size = 0;
  const z = new Unzlib((chunk) => {
    parts.push(chunk.subarray(0, Math.max(0, limit - size)));
    size += chunk.length;
    if (size >= limit) throw new TooLong();
  });
  try {
    // Small slices bound what one push can produce (deflate expands at most ~1032x).
    for (let i = 0; i < data.length; i += 256) z.push(data.subarray(i, i + 256), i + 256 >= data.length);
  } catch (e) {
    if (!(e instanceof TooLong)) throw e;
  }
  // The parts were cut to the limit as they came: together they fit.
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
}

function nulAt(b: Uint8Array, from: number): number {
  const i = b.indexOf(0, from);
  return i < 0 ? b.length : i;
}

function decodeChunk(type: string, body: Uint8Array, budget: number): PngText | null {
  const kEnd = nulAt(body, 0);
  // A keyword is 1-79 Latin-1 characters; anything else is not a text chunk we can trust.
  if (kEnd === 0 || kEnd > 79 || kEnd >= body.length) return null;
  const keyword = latin1(body.subarray(0, kEnd));
  const limit = Math.min(MAX_TEXT_BYTES, budget);
  if (type === 'tEXt') {
    return { keyword, text: latin1(body.subarray(kEnd + 1, kEnd + 1 + limit)), chunk: 'tEXt' };
  }
  if (type === 'zTXt') {
    // keyword \0 method(1) data
    return { keyword, text: latin1(inflateBounded(body.subarray(kEnd + 2), limit)), chunk: 'zTXt' };
  }
  // iTXt: keyword \0 compressed(1) method(1) language \0 translated keyword \0 text
  if (keyword === XMP_KEYWORD) return null;
  const compressed = body[kEnd + 1] === 1;
  const langEnd = nulAt(body, kEnd + 3);
  const transEnd = nulAt(body, langEnd + 1);
  const data = body.subarray(Math.min(body.length, transEnd + 1));
  const bytes = compressed ? inflateBounded(data, limit) : data.subarray(0, limit);
  return { keyword, text: utf8.decode(bytes), chunk: 'iTXt' };
}

/**
 * Every caption in a PNG, in file order. Not a PNG, or damaged past the point of reading,
 * gives what was read before the damage: the other checks still run on the file.
 */
export function readPngText(bytes: Uint8Array): PngText[] {
  if (bytes.length < 8 || SIGNATURE.some((b, i) => bytes[i] !== b)) return [];
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: PngText[] = [];
  let budget = MAX_TOTAL_BYTES;
  let at = 8;
  while (at + 12 <= bytes.length && budget > 0) {
    const length = dv.getUint32(at);
    const type = String.fromCharCode(bytes[at + 4]!, bytes[at + 5]!, bytes[at + 6]!, bytes[at + 7]!);
    const start = at + 8;
    if (length > bytes.length - start) break;
    if (type === 'IEND') break;
    if (type === 'tEXt' || type === 'zTXt' || type === 'iTXt') {
      try {
        const t = decodeChunk(type, bytes.subarray(start, start + length), budget);
        if (t && t.text.trim()) {
          out.push(t);
          budget -= t.text.length;
        }
      } catch {
        // A chunk whose compressed text is corrupt is skipped; the next one may be fine.
      }
    }
    at = start + length + 4;
  }
  return out;
}
