// The content script as one self-contained classic script, for hosts chosen after install
// (Mastodon instances). The manifest's content script is a small loader that imports its
// chunks from the extension's files, which only works on hosts those files are web-accessible
// to, and web_accessible_resources cannot grow at run time. This bundle needs no such access:
// it imports nothing, so pages on these hosts cannot probe for the extension's files either.
// vite.config.ts builds it; src/background/mastodon.ts registers it.
export const ANY_HOST_CONTENT_SCRIPT = 'assets/content-any-host.js';
