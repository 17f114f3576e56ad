import type { ImageFinding } from '../../image/types.ts';

// Images the user attached as they were although the check found something (or that could
// not be checked). They stay listed for the popup and come back at the gate when Post is
// pressed, like text findings, until the post goes out.

export interface KeptImage {
  id: number;
  /** Object URL of the user's own file, for the thumbnail; revoked when the entry goes. */
  url: string;
  width: number;
  height: number;
  findings: readonly ImageFinding[];
  added: number;
}

/** An attachment the site removed without telling us must not hold posts forever. */
const MAX_AGE_MS = 30 * 60_000;
let kept: KeptImage[] = [];
let nextId = 1;
const listeners = new Set<() => void>();

const changed = () => { for (const l of listeners) l(); };

export function keepImage(file: File, findings: readonly ImageFinding[], size: { width: number; height: number }): void {
  kept.push({ id: nextId++, url: URL.createObjectURL(file), ...size, findings, added: Date.now() });
  changed();
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
