import exifr from 'exifr';
import { analyze } from '../engine/index.ts';
import type { Policy, Severity } from '../engine/types.ts';
import { readPngText } from './png-text.ts';
import type { ImageFinding } from './types.ts';

// What a photo's metadata can give away, grouped the way the user should act on it.
// Values are read only to decide; a finding names the fields, never their contents.

interface Group {
  ruleId: string;
  severity: Severity;
  fields: readonly string[];
}

const GROUPS: readonly Group[] = [
  { ruleId: 'exif-gps', severity: 'high', fields: ['latitude', 'longitude', 'GPSLatitude', 'GPSLongitude', 'GPSAltitude', 'GPSDestLatitude', 'GPSDestLongitude'] },
  { ruleId: 'exif-person', severity: 'medium', fields: ['Artist', 'Copyright', 'OwnerName', 'CameraOwnerName', 'XPAuthor', 'By-line', 'Byline', 'Writer-Editor', 'creator', 'Creator', 'Author', 'PersonInImage', 'rights'] },
  { ruleId: 'exif-datetime', severity: 'medium', fields: ['DateTimeOriginal', 'CreateDate', 'DateTimeDigitized', 'ModifyDate', 'DateTime', 'GPSDateStamp', 'DateCreated', 'DigitalCreationDate', 'Creation Time', 'date:create'] },
  { ruleId: 'exif-device-serial', severity: 'medium', fields: ['BodySerialNumber', 'SerialNumber', 'LensSerialNumber', 'InternalSerialNumber', 'CameraSerialNumber', 'ImageUniqueID'] },
  { ruleId: 'exif-description', severity: 'low', fields: ['ImageDescription', 'UserComment', 'XPComment', 'XPSubject', 'XPTitle', 'XPKeywords', 'Caption-Abstract', 'Headline', 'Keywords', 'description', 'title', 'subject', 'Comment', 'Description', 'Title'] },
  { ruleId: 'exif-device', severity: 'low', fields: ['Make', 'Model', 'LensModel', 'Software', 'HostComputer', 'Source'] },
];

const DESCRIPTIVE = new Set(GROUPS.find((g) => g.ruleId === 'exif-description')!.fields);
const KNOWN = new Set(GROUPS.flatMap((g) => g.fields));
/**
 * PNG captions under a keyword no group names (a viewer's "PatientName", a generator's
 * "parameters") are kept under this prefix and read as captions: free text is free text.
 */
export const PNG_TEXT_PREFIX = 'PNG:';

export type Tags = Record<string, unknown>;

/** Parses every metadata block exifr understands; a file with none gives {}. Never throws on bad metadata. */
export async function readTags(bytes: Uint8Array): Promise<Tags> {
  try {
    const tags = await exifr.parse(bytes, {
      tiff: true, ifd0: {}, exif: true, gps: true, interop: false, ifd1: false,
      xmp: true, iptc: true, icc: false, jfif: false, ihdr: true,
      makerNote: false, userComment: true, multiSegment: true, mergeOutput: true,
      translateValues: true, reviveValues: false, sanitize: true,
    } as Parameters<typeof exifr.parse>[1]);
    return withPngText((tags as Tags | undefined) ?? {}, bytes);
  } catch {
    // Corrupt metadata is not a reason to lose the other checks; the decoder reports a broken image.
    return withPngText({}, bytes);
  }
}

/** Adds the PNG tEXt, zTXt and iTXt captions exifr leaves out (it reads tEXt only). */
function withPngText(tags: Tags, bytes: Uint8Array): Tags {
  for (const { keyword, text } of readPngText(bytes)) {
    const key = KNOWN.has(keyword) ? keyword : `${PNG_TEXT_PREFIX}${keyword}`;
    const had = tags[key];
    if (had === undefined || had === null || had === '') tags[key] = text;
    else if (typeof had === 'string' && !had.includes(text)) tags[key] = `${had}\n${text}`;
  }
  return tags;
}

const textOf = (v: unknown): string =>
  typeof v === 'string' ? v : Array.isArray(v) ? v.filter((x) => typeof x === 'string').join(' ') :
  v && typeof v === 'object' && 'value' in v ? textOf((v as { value: unknown }).value) : '';

export function metadataFindings(tags: Tags, policy?: Policy): ImageFinding[] {
  const present = (f: string) => {
    const v = tags[f];
    return v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0);
  };
  const out: ImageFinding[] = [];
  const pngFields = Object.keys(tags).filter((k) => k.startsWith(PNG_TEXT_PREFIX) && present(k));
  for (const g of GROUPS) {
    const fields = g.fields.filter(present);
    if (g.ruleId === 'exif-description') fields.push(...pngFields);
    if (fields.length === 0) continue;
    let severity = g.severity;
    if (g.ruleId === 'exif-description') {
      // A caption is only as sensitive as what it says: run it through the text engine.
      const text = fields.filter((f) => DESCRIPTIVE.has(f) || f.startsWith(PNG_TEXT_PREFIX)).map((f) => textOf(tags[f])).join('\n');
      const hits = text ? analyze(text, policy ? { policy } : {}).filter((f) => f.severity !== 'info') : [];
      if (hits.some((h) => h.severity === 'high')) severity = 'high';
      else if (hits.length) severity = 'medium';
    }
    out.push({ ruleId: g.ruleId, category: 'image-metadata', severity, confidence: 1, fields });
  }
  return out;
}
