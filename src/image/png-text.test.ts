import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { analyzeImage } from './analyze-image.ts';
import { metadataFindings, readTags } from './metadata.ts';
import { decodeNode, encodePng } from './node-host.ts';
import { paintBoxes } from './raster.ts';
import { MAX_TEXT_BYTES, readPngText } from './png-text.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../test/fixtures/images/${name}`, import.meta.url)));

// A minimal PNG around the given chunks (CRCs are not checked by the reader, as by exifr).
const chunk = (type: string, data: Buffer) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  return Buffer.concat([len, Buffer.from(type, 'latin1'), data, Buffer.alloc(4)]);
};
const png = (...chunks: Buffer[]) => new Uint8Array(Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', Buffer.alloc(13)), ...chunks, chunk('IEND', Buffer.alloc(0)),
]));
const ztxt = (keyword: string, body: Buffer) => chunk('zTXt', Buffer.concat([Buffer.from(`${keyword}\0\0`, 'latin1'), body]));

describe('PNG text chunks', () => {
  test('tEXt, zTXt and compressed UTF-8 iTXt are all read, in file order', () => {
    expect(readPngText(fixture('png-text-chunks.png'))).toEqual([
      { keyword: 'Description', text: 'Patient: Marie Tremblay, DOB 1948-05-02', chunk: 'zTXt' },
      { keyword: 'Comment', text: 'Mme Gagnon, née le 2 mai 1948, chambre 12', chunk: 'iTXt' },
      { keyword: 'PatientName', text: 'TREMBLAY^MARIE', chunk: 'tEXt' },
    ]);
    expect(readPngText(fixture('png-comment.png')).map((t) => [t.chunk, t.keyword])).toEqual([['tEXt', 'Comment'], ['iTXt', 'Description']]);
  });

  test('the XMP packet in iTXt is left to exifr', () => {
    const xmp = chunk('iTXt', Buffer.from('XML:com.adobe.xmp\0\0\0\0\0<x:xmpmeta/>', 'latin1'));
    expect(readPngText(png(xmp))).toEqual([]);
  });

  test('a decompression bomb is cut at the size limit, quickly', () => {
    const bomb = deflateSync(Buffer.alloc(32 * 1024 * 1024, 0x41));
    const t0 = performance.now();
    const [t] = readPngText(png(ztxt('Comment', bomb)));
    expect(t!.text.length).toBe(MAX_TEXT_BYTES);
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  test('a corrupt compressed caption is skipped and the next one still read', () => {
    const bad = ztxt('Comment', Buffer.from([0x78, 0x9c, 0xff, 0xff, 0xff, 0x00, 0x13]));
    const good = chunk('tEXt', Buffer.from('Author\0Dr Test', 'latin1'));
    expect(readPngText(png(bad, good))).toEqual([{ keyword: 'Author', text: 'Dr Test', chunk: 'tEXt' }]);
  });

  test('lengths past the end of the file, truncation and non-PNG input give what could be read, never a throw', () => {
    const good = chunk('tEXt', Buffer.from('Title\0bed 4', 'latin1'));
    const lying = Buffer.from([0x7f, 0xff, 0xff, 0xff, ...Buffer.from('tEXt')]);
    const bytes = png(good, lying);
    expect(readPngText(bytes)).toEqual([{ keyword: 'Title', text: 'bed 4', chunk: 'tEXt' }]);
    expect(readPngText(bytes.subarray(0, 40))).toEqual([]);
    expect(readPngText(fixture('not-an-image.png'))).toEqual([]);
    expect(readPngText(fixture('photo-gps.jpg'))).toEqual([]);
  });

  test('the metadata check flags every caption by field name, with the text engine deciding how serious', async () => {
    const tags = await readTags(fixture('png-text-chunks.png'));
    const findings = metadataFindings(tags);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'exif-description', severity: 'high' });
    expect(findings[0]!.fields).toEqual(expect.arrayContaining(['Description', 'Comment', 'PNG:PatientName']));
    // Field names, never their contents.
    expect(JSON.stringify(findings)).not.toMatch(/Tremblay|TREMBLAY|Gagnon|1948/);
  });

  test('a harmless caption stays low', () => {
    const findings = metadataFindings({ 'PNG:Software': 'Screenshot tool' });
    expect(findings).toEqual([expect.objectContaining({ ruleId: 'exif-description', severity: 'low' })]);
  });

  test('the cleaned copy carries none of them', async () => {
    const original = fixture('png-text-chunks.png');
    const r = await analyzeImage(original, { decode: decodeNode });
    expect(r.findings.map((f) => f.ruleId)).toEqual(['exif-description']);
    const cleaned = encodePng(paintBoxes(await decodeNode(original), []));
    expect(readPngText(cleaned)).toEqual([]);
    const again = await analyzeImage(cleaned, { decode: decodeNode });
    expect(again.findings).toEqual([]);
  });
});
