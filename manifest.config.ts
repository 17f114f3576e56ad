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

/**
 * Public half of the key that fixes the Chrome/Edge extension id at
 * madekhfkkhkacodlbjbacgaagjleoamp, so fleet policies (3rdparty.extensions.<id>) can name it
 * before install. The private half is not in the repository; see docs/deploy.md.
 */
export const EXTENSION_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu0aZUPFsDS6/jxhWYvluRBm5vw1zVsh5SNps26XEmH/fkeUqLdaEQWhJUHPeZoNrOL5HLUN0b948F0ZvCNjXj0BLUyXgdzWZF0ko9ecj+EjB+Qe7H6iFSkJyO9Vv6mDGf5Z9SmPIcgYA/i9zqxEh/vl8ZXRCOFVfL0Gqp2FvCz19ZX9/f2yu4E3RkR6WsiXP9DaxmIwohNGlUHwsdaIFHdgWR8bqPFN9dxwS4EG39WTIeE4H+b35YFCTsqf645Gse8lcDx9pLzjH6McHZgfZOPGeur7ViyP0AzKcY4N/38VKBvbsMVjOHZvMFpMrgABvNuiBrMRkicllyAeoi8AfvwIDAQAB';
export const CHROME_EXTENSION_ID = 'madekhfkkhkacodlbjbacgaagjleoamp';
export const FIREFOX_EXTENSION_ID = 'clear-to-post@clear-to-post.org';

export const makeManifest = (browser: Browser) =>
  defineManifest({
    manifest_version: 3,
    name: '__MSG_ext_name__',
    description: '__MSG_ext_description__',
    default_locale: 'en',
    version: pkg.version,
    icons: { 16: 'icons/16.png', 32: 'icons/32.png', 48: 'icons/48.png', 128: 'icons/128.png' },
    // scripting: registers the content script on Mastodon instances added after install
    // (src/background/mastodon.ts); no other API can inject into a host unknown at build time.
    // offscreen: Chrome's service worker cannot run the OCR worker; Firefox's event page can.
    permissions: browser === 'firefox' ? ['storage', 'scripting'] : ['storage', 'scripting', 'offscreen'],
    // Chrome publishes 3rdparty extension policy to storage.managed only for keys the schema
    // declares; Firefox reads policies.json "3rdparty" without a schema.
    ...(browser === 'chrome' ? { key: EXTENSION_KEY, storage: { managed_schema: 'managed_schema.json' } } : {}),
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
              id: FIREFOX_EXTENSION_ID,
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  } as Parameters<typeof defineManifest>[0]);
