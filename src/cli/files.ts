import { extname } from 'node:path';
import type { Category, Policy, Severity } from '../engine/types.ts';
import { imageScanner } from './image.ts';

// Files other than text (images today) are checked by scanners registered here, each for its
// own extensions. Adding a kind of file is one import and one entry in FILE_SCANNERS.

export interface FileFinding {
  ruleId: string;
  category: Category;
  severity: Severity;
  /** Where in the file, for people: "EXIF GPSLatitude", "text box at 40,60 (310x28)". Never the content. */
  where: string;
}

export interface FileScanOptions {
  policy: Policy;
  lang: 'en' | 'fr' | 'auto';
  /** Write a cleaned copy here (.png or .jpg): no metadata, found areas painted over. */
  clean?: string;
}

export interface FileScanner {
  /** Lower-case extensions with the dot: ['.jpg', '.jpeg', '.png']. */
  extensions: readonly string[];
  scan(path: string, options: FileScanOptions): Promise<FileFinding[]>;
}

export const FILE_SCANNERS: readonly FileScanner[] = [imageScanner];

/** Extensions the CLI treats as files to check rather than as text to scan. */
export const IMAGE_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp', '.gif', '.heic', '.tif', '.tiff', '.bmp'];

export function isFileArgument(arg: string): boolean {
  const ext = extname(arg).toLowerCase();
  return IMAGE_EXTENSIONS.includes(ext) || FILE_SCANNERS.some((s) => s.extensions.includes(ext));
}

export function scannerFor(path: string): FileScanner | undefined {
  const ext = extname(path).toLowerCase();
  return FILE_SCANNERS.find((s) => s.extensions.includes(ext));
}
