import { createHost } from '../ui/host.ts';

let teardown: AbortSignal | undefined;

/** Set by interceptImages: the image UI goes away with the rest of the content script. */
export function setImageUiSignal(signal: AbortSignal): void {
  teardown = signal;
}

export function uiRoot(): ShadowRoot {
  return createHost(teardown ?? new AbortController().signal).shadow;
}
