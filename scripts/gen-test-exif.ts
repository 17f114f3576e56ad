// Writes EXIF (GPS, capture time, camera serial, artist) into the plain test JPEG, and a
// PNG whose header claims 12000x12000 (the "huge image" case) without the pixel data.
import { readFileSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import piexif from 'piexifjs';

const dir = 'test/fixtures/images';
const jpeg = readFileSync(`${dir}/plain.jpg`).toString('binary');
const zeroth = {
  [piexif.ImageIFD.Make]: 'Pixelphone',
  [piexif.ImageIFD.Model]: 'PX-7',
  [piexif.ImageIFD.Artist]: 'Dr Test Author',
  [piexif.ImageIFD.ImageDescription]: 'bed 4 wound day 3',
  [piexif.ImageIFD.Software]: 'CameraApp 2.1',
};
const exif = {
  [piexif.ExifIFD.DateTimeOriginal]: '2026:03:14 21:47:05',
  [piexif.ExifIFD.BodySerialNumber]: 'SN-88213377',
  [piexif.ExifIFD.LensSerialNumber]: 'LN-1122',
};
const dms = (deg: number): [number, number][] => {
  const d = Math.floor(deg);
  const m = Math.floor((deg - d) * 60);
  const s = Math.round(((deg - d) * 60 - m) * 60 * 100);
  return [[d, 1], [m, 1], [s, 100]];
};
const gps = {
  [piexif.GPSIFD.GPSLatitudeRef]: 'N',
  [piexif.GPSIFD.GPSLatitude]: dms(43.6577),
  [piexif.GPSIFD.GPSLongitudeRef]: 'W',
  [piexif.GPSIFD.GPSLongitude]: dms(79.3788),
};
const bytes = piexif.insert(piexif.dump({ '0th': zeroth, Exif: exif, GPS: gps }), jpeg);
writeFileSync(`${dir}/photo-gps.jpg`, Buffer.from(bytes, 'binary'));

// PNG: signature, IHDR claiming 12000x12000 RGB, one tiny IDAT, IEND.
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc = (buf: Buffer) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type: string, data: Buffer) => {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const c = Buffer.alloc(4); c.writeUInt32BE(crc(td));
  return Buffer.concat([len, td, c]);
};
const png = (w: number, h: number, extra: Buffer[], idat: Buffer) => {
  const hdr = Buffer.alloc(13);
  hdr.writeUInt32BE(w, 0); hdr.writeUInt32BE(h, 4); hdr[8] = 8; hdr[9] = 0;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', hdr), ...extra,
    chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0))]);
};
// A PNG whose text chunks (captions some apps write) name the patient.
const rows = Buffer.concat(Array.from({ length: 240 }, () => Buffer.concat([Buffer.from([0]), Buffer.alloc(320, 100)])));
writeFileSync(`${dir}/png-comment.png`, png(320, 240, [
  chunk('tEXt', Buffer.from('Comment\0Mr. Tremblay, room 412, DOB 1931-03-12', 'latin1')),
  chunk('iTXt', Buffer.from('Description\0\0\0\0\0Wound photo, bed 4', 'latin1')),
], deflateSync(rows)));
// The same captions the ways other tools write them: compressed zTXt, compressed UTF-8 iTXt,
// and a viewer's own keyword; exifr reads none of these, metadata.ts must.
const itxt = (keyword: string, text: string, compressed: boolean) => chunk('iTXt', Buffer.concat([
  Buffer.from(`${keyword}\0`, 'latin1'), Buffer.from([compressed ? 1 : 0, 0]), Buffer.from('fr-CA\0\0', 'latin1'),
  compressed ? deflateSync(Buffer.from(text, 'utf8')) : Buffer.from(text, 'utf8'),
]));
writeFileSync(`${dir}/png-text-chunks.png`, png(320, 240, [
  chunk('zTXt', Buffer.concat([Buffer.from('Description\0\0', 'latin1'), deflateSync(Buffer.from('Patient: Marie Tremblay, DOB 1948-05-02', 'latin1'))])),
  itxt('Comment', 'Mme Gagnon, née le 2 mai 1948, chambre 12', true),
  chunk('tEXt', Buffer.from('PatientName\0TREMBLAY^MARIE', 'latin1')),
], deflateSync(rows)));

const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(12000, 0); ihdr.writeUInt32BE(12000, 4); ihdr[8] = 8; ihdr[9] = 2;
writeFileSync(`${dir}/huge-12000.png`, Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.alloc(12001))), chunk('IEND', Buffer.alloc(0)),
]));
