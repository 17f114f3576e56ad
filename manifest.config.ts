import { defineManifest } from '@crxjs/vite-plugin';
import pkg from './package.json' with { type: 'json' };

export type Browser = 'chrome' | 'firefox';

/** Sites the content script runs on by default; Mastodon instances are asked for at run time. */
export const SITE_MATCHES = [
  'https://x.com/*',
  'https://twitter.com/*',
  'https://mobile.x.com/*',
  'https://mobile.twitter.com/*',
  'https://www.facebook.com/*',
  'https://web.facebook.com/*',
  'https://m.facebook.com/*',
  'https://www.linkedin.com/*',
  'https://bsky.app/*',
  'https://www.threads.net/*',
  'https://www.threads.com/*',
  'https://www.reddit.com/*',
];

export const makeManifest = (browser: Browser) =>
  defineManifest({
    manifest_version: 3,
    name: '__MSG_ext_name__',
    description: '__MSG_ext_description__',
    default_locale: 'en',
    version: pkg.version,
    icons: { 16: 'icons/16.png', 32: 'icons/32.png', 48: 'icons/48.png', 128: 'icons/128.png' },
    // offscreen: Chrome's service worker cannot run the OCR worker; Firefox's event page can.
    permissions: browser === 'firefox' ? ['storage'] : ['storage', 'offscreen'],
    host_permissions: SITE_MATCHES,
    // Mastodon runs on thousands of hosts: each is asked for when the user or policy adds it.
    optional_host_permissions: ['https://*/*'],
    content_security_policy: {
      extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'",
    },
    action: {
      default_popup: 'src/popup/index.html',
      default_title: '__MSG_ext_name__',
      default_icon: { 16: 'icons/16.png', 32: 'icons/32.png' },
    },
    options_ui: { page: 'src/options/index.html', open_in_tab: true },
    background:
      browser === 'firefox'
        ? { scripts: ['src/background/index.ts'], type: 'module' }
        : { service_worker: 'src/background/index.ts', type: 'module' },
    content_scripts: [
      {
        matches: SITE_MATCHES,
        js: ['src/content/index.ts'],
        run_at: 'document_start',
        all_frames: false,
      },
    ],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'clear-to-post@clear-to-post.org',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  } as Parameters<typeof defineManifest>[0]);
