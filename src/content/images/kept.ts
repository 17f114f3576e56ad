import type { ImageFinding } from '../../image/types.ts';

// Images the user attached as they were although the check found something. They stay
// listed in the composer's panel and the popup, and come back at the gate when Post is
// pressed, like text findings, until the post goes out. The file itself stays here, in the
// page's content script, for the thumbnails and a later review: nothing else holds pixels.

export interface KeptImage {
  id: number;
  /** The user's own file, for thumbnails and a later review. */
  file: File;
  /** Object URL of the file, for the review dialog; revoked when the entry goes. */
  url: string;
  width: number;
  height: number;
  findings: readonly ImageFinding[];
  added: number;
  /**
   * Hands a cleaned copy to the site the way the original went (same file input, or the same
   * paste or drop target); false when that way is gone. Absent when it never can be.
   */
  resend?: (copy: File) => boolean;
  /** A cleaned copy went to the site after the fact; the original stays until the user removes it. */
  cleanedLater?: boolean;
}

/** An attachment the site removed without telling us must not hold posts forever. */
const MAX_AGE_MS = 30 * 60_000;
let kept: KeptImage[] = [];
let nextId = 1;
const listeners = new Set<() => void>();

const changed = () => { for (const l of listeners) l(); };

export function keepImage(file: File, findings: readonly ImageFinding[], size: { width: number; height: number }, resend?: KeptImage['resend']): KeptImage {
  const k: KeptImage = { id: nextId++, file, url: URL.createObjectURL(file), width: size.width, height: size.height, findings, added: Date.now(), ...(resend ? { resend } : {}) };
  kept.push(k);
  changed();
  return k;
}

export function keptImages(): readonly KeptImage[] {
  const now = Date.now();
  const stale = kept.filter((k) => now - k.added > MAX_AGE_MS);
  if (stale.length) {
    for (const k of stale) URL.revokeObjectURL(k.url);
    kept = kept.filter((k) => !stale.includes(k));
  }
  return kept;
}

export function keptImage(id: number): KeptImage | undefined {
  return keptImages().find((k) => k.id === id);
}

/** 1-based, in the order they were attached: how the UI names an image (never by file name). */
export function imageNumber(k: KeptImage): number {
  return kept.indexOf(k) + 1;
}

/** The user set one image aside ("Ignore", or the original was removed after a cleaned copy went in). */
export function dropKeptImage(id: number): KeptImage | undefined {
  const k = kept.find((x) => x.id === id);
  if (!k) return undefined;
  URL.revokeObjectURL(k.url);
  kept = kept.filter((x) => x !== k);
  changed();
  return k;
}

export function markCleanedLater(id: number): void {
  const k = kept.find((x) => x.id === id);
  if (!k || k.cleanedLater) return;
  k.cleanedLater = true;
  changed();
}

/** After the post went out, what it carried is no longer pending. */
export function clearKeptImages(): void {
  if (!kept.length) return;
  for (const k of kept) URL.revokeObjectURL(k.url);
  kept = [];
  changed();
}

export function onKeptImagesChange(fn: () => void, signal: AbortSignal): void {
  listeners.add(fn);
  signal.addEventListener('abort', () => listeners.delete(fn), { once: true });
}
