// The content script for hosts chosen after install (Mastodon instances). The manifest's
// content script is a small loader that imports its chunks from the extension's files, which
// only works on hosts those files are web-accessible to, and web_accessible_resources cannot
// grow at run time. So vite.config.ts builds the content script a second time as classic
// scripts: the registered one (src/content/any-host-loader.ts and the first chunk: composer
// detection, the gate, image interception) and the lazy chunks under ANY_HOST_CHUNKS, which
// the loader asks the background to run in its frame (ANY_HOST_CHUNK_MESSAGE) on the first
// focus of a composer. Nothing is web-accessible to these pages: they cannot probe for the
// extension's files. src/background/mastodon.ts registers the script.
export const ANY_HOST_CONTENT_SCRIPT = 'assets/content-any-host.js';
export const ANY_HOST_CHUNKS = 'assets/any-host';
export const ANY_HOST_CHUNK_MESSAGE = 'any-host-chunk';

const CHUNK_FILE = new RegExp(`^${ANY_HOST_CHUNKS}/[A-Za-z0-9_-]+\\.js$`);

/** Whether `file` names one of the lazy chunks (and nothing else of the extension). */
export function isAnyHostChunk(file: unknown): file is string {
  return typeof file === 'string' && CHUNK_FILE.test(file);
}
