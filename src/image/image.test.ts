import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEFAULT_POLICY } from '../engine/policy/defaults.ts';
import { analyzeImage } from './analyze-image.ts';
import { readTags } from './metadata.ts';
import { decodeNode, encodePng, nodeFaces, nodeOcr } from './node-host.ts';
import { paintBoxes } from './raster.ts';
import { ImageError, type ImageFinding } from './types.ts';
import type { OcrPort } from './ocr.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../test/fixtures/images/${name}`, import.meta.url)));
const facePhoto = (name: string) =>
  new Uint8Array(readFileSync(join(dirname(createRequire(import.meta.url).resolve('@vladmandic/face-api/package.json')), 'demo', name)));

describe('bad input gets a clear error', () => {
  test.each([
    ['not-an-image.png', 'not-an-image'],
    ['truncated.jpg', 'corrupt'],
    ['huge-12000.png', 'too-large'],
  ])('%s -> %s', async (file, code) => {
    const err = await analyzeImage(fixture(file), { decode: decodeNode }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImageError);
    expect((err as ImageError).code).toBe(code);
    expect((err as ImageError).message.length).toBeGreaterThan(10);
  });
});

describe('metadata', () => {
  test('a phone photo gives GPS, time, serials and author, naming fields but not their values', async () => {
    const r = await analyzeImage(fixture('photo-gps.jpg'), { decode: decodeNode });
    const byRule = Object.fromEntries(r.findings.map((f) => [f.ruleId, f]));
    expect(byRule['exif-gps']?.severity).toBe('high');
    expect(byRule['exif-datetime']?.fields).toContain('DateTimeOriginal');
    expect(byRule['exif-device-serial']?.fields).toEqual(expect.arrayContaining(['SerialNumber']));
    expect(byRule['exif-person']?.fields).toContain('Artist');
    expect(JSON.stringify(r.findings)).not.toMatch(/Test Author|88213377|43\.6|2026:03/);
  });

  test('a PNG caption is read by the text engine with the policy in force', async () => {
    const policy = { ...DEFAULT_POLICY, customTerms: [{ term: 'Tremblay', category: 'name' as const, severity: 'high' as const }] };
    const r = await analyzeImage(fixture('png-comment.png'), { decode: decodeNode, policy });
    const caption = r.findings.find((f) => f.ruleId === 'exif-description');
    expect(caption?.fields).toContain('Comment');
    expect(caption?.severity).toBe('high');
  });

  test('an image without metadata gives no metadata finding', async () => {
    for (const f of ['plain-no-metadata.jpg', 'xray-no-text.png']) {
      const r = await analyzeImage(fixture(f), { decode: decodeNode });
      expect(r.findings, f).toEqual([]);
    }
  });
});

describe('text burned into x-rays (OCR)', () => {
  let ocr: Awaited<ReturnType<typeof nodeOcr>>;
  beforeAll(async () => { ocr = await nodeOcr(); }, 120_000);
  afterAll(async () => { await ocr?.close(); });

  const textCats = (fs: ImageFinding[]) => new Set(fs.filter((f) => f.category === 'image-text').map((f) => f.textCategory));

  test.each(['xray-1024.png', 'xray-2048.jpg', 'xray-low-contrast.png', 'xray-small-font.png', 'xray-skewed.png'])(
    '%s: name, ID and date are found, boxed in the overlay corners',
    async (file) => {
      const r = await analyzeImage(fixture(file), { decode: decodeNode, ocr });
      expect(r.ocr).toBe('done');
      const cats = textCats(r.findings);
      expect(cats).toContain('name');
      expect(cats).toContain('id');
      expect(cats).toContain('date');
      for (const f of r.findings.filter((x) => x.box)) {
        // Overlays sit in the top and bottom bands; nothing in the middle of the film.
        const mid = f.box!.y + f.box!.h / 2;
        expect(mid < r.height * 0.25 || mid > r.height * 0.75, `${f.ruleId} at y=${mid}`).toBe(true);
      }
    },
    120_000,
  );

  test('DICOM-style FAMILY^GIVEN names and RAMQ numbers count', async () => {
    const r = await analyzeImage(fixture('xray-dicom-caret.png'), { decode: decodeNode, ocr });
    expect(textCats(r.findings)).toContain('name');
    expect(textCats(r.findings)).toContain('id');
  }, 60_000);

  test('an x-ray with no text and no metadata gives no findings', async () => {
    const r = await analyzeImage(fixture('xray-no-text.png'), { decode: decodeNode, ocr });
    expect(r.ocr).toBe('done');
    expect(r.findings).toEqual([]);
  }, 60_000);

  test('the cleaned copy has no metadata and OCR finds nothing left in it', async () => {
    const original = fixture('xray-1024.png');
    const r = await analyzeImage(original, { decode: decodeNode, ocr });
    const painted = paintBoxes(await decodeNode(original), r.findings.flatMap((f) => (f.box ? [f.box] : [])));
    const cleaned = encodePng(painted);
    const tags = await readTags(cleaned);
    expect(Object.keys(tags).filter((k) => !/^(ImageWidth|ImageHeight|BitDepth|ColorType|Compression|Filter|Interlace)$/.test(k))).toEqual([]);
    const again = await analyzeImage(cleaned, { decode: decodeNode, ocr });
    expect(again.findings.filter((f) => f.category === 'image-text')).toEqual([]);
  }, 60_000);

  test('OCR that hangs is reported as failed, and the metadata result is kept', async () => {
    const hanging: OcrPort = { recognize: () => new Promise(() => {}) };
    const r = await analyzeImage(fixture('photo-gps.jpg'), { decode: decodeNode, ocr: hanging, timeoutMs: 200 });
    expect(r.ocr).toBe('failed');
    expect(r.findings.some((f) => f.ruleId === 'exif-gps')).toBe(true);
  });
});

describe('faces', () => {
  test('faces in a photo are found and boxed; none in a landscape', async () => {
    const faces = nodeFaces();
    const r = await analyzeImage(facePhoto('sample1.jpg'), { decode: decodeNode, faces });
    const found = r.findings.filter((f) => f.category === 'face');
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) expect(f.box!.w).toBeGreaterThan(20);
    const none = await analyzeImage(fixture('plain-no-metadata.jpg'), { decode: decodeNode, faces });
    expect(none.findings).toEqual([]);
  }, 180_000);
});
