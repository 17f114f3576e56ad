import type { Severity } from '../engine/types.ts';

/** Pixel rectangle in the image's own coordinates. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** 8-bit RGBA pixels, row-major: the one raster shape the browser and Node both produce. */
export interface Raster {
  width: number;
  height: number;
  data: Uint8ClampedArray | Uint8Array;
}

export type ImageCategory = 'image-metadata' | 'image-text' | 'face';

export interface ImageFinding {
  /** For image-text: the text rule that fired (e.g. 'mrn'); for metadata: 'exif-<field group>'; for faces: 'face'. */
  ruleId: string;
  category: ImageCategory;
  severity: Severity;
  confidence: number;
  /** Where to paint over; absent for metadata (cleaning strips all of it). */
  box?: Box;
  /** For image-text: the category of the underlying text finding (name, id, date...). */
  textCategory?: string;
  /** For metadata: which fields (tag names, never their values). */
  fields?: string[];
}

export interface ImageReport {
  width: number;
  height: number;
  findings: ImageFinding[];
  /** Whether OCR and face detection ran (they can be skipped or fail without losing the metadata result). */
  ocr: 'done' | 'skipped' | 'failed';
  faces: 'done' | 'skipped' | 'failed';
  /** Milliseconds spent, for the progress UI and the benchmark. */
  ms: number;
}

export class ImageError extends Error {
  constructor(
    /** A stable code the UI maps to a localised message. */
    readonly code: 'not-an-image' | 'corrupt' | 'too-large' | 'unsupported' | 'timeout',
    message: string,
  ) {
    super(message);
    this.name = 'ImageError';
  }
}
