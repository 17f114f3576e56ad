// Serves the fixture pages at the real sites' addresses (request routing; nothing leaves the
// machine) and opens them in a test browser. Each page script is bundled from
// test/e2e/fixtures/<site>.ts with esbuild, in memory, once per process.
import { build } from 'esbuild';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { FixtureApi } from './fixtures/page.ts';

export type Site = 'x' | 'x-mobile' | 'facebook' | 'threads' | 'reddit' | 'bluesky' | 'linkedin' | 'mastodon';

export interface SiteInfo {
  url: string;
  title: string;
  /** The composer's text box, for the tests to type into. */
  editor: string;
  /** The site's own Post control. */
  post: string;
  /** A control that must be clicked to open the composer first, if any. */
  opener?: string;
  /** How the editor is built, for reports. */
  framework: string;
  /**
   * False where the extension has no host permission until the user or policy grants it at run
   * time (Mastodon instances): there the content script must not run at all.
   */
  byDefault: boolean;
}

export const SITES: Record<Site, SiteInfo> = {
  x: {
    url: 'https://x.com/compose/post', title: 'X', framework: 'Draft.js 0.11.7 + React 17', byDefault: true,
    editor: '[data-testid="tweetTextarea_0"]', post: '[data-testid="tweetButton"]',
  },
  'x-mobile': {
    url: 'https://mobile.x.com/compose/post', title: 'X', framework: 'React-controlled textarea', byDefault: true,
    editor: '[data-testid="tweetTextarea_0"] textarea', post: '[data-testid="tweetButton"]',
  },
  facebook: {
    url: 'https://www.facebook.com/', title: 'Facebook', framework: 'Lexical (rich text)', byDefault: true,
    editor: '[role="dialog"] [data-lexical-editor="true"][role="textbox"]', post: '[role="dialog"] .post',
    opener: '[role="region"] [role="button"]',
  },
  threads: {
    url: 'https://www.threads.net/', title: 'Threads', framework: 'Lexical (plain text)', byDefault: true,
    editor: '[data-lexical-editor="true"][role="textbox"]', post: '[role="dialog"] .post',
  },
  reddit: {
    url: 'https://www.reddit.com/submit', title: 'Reddit', framework: 'Lexical in a custom element', byDefault: true,
    editor: 'shreddit-composer [slot="rte"][role="textbox"]', post: 'form button[type="submit"]',
  },
  bluesky: {
    url: 'https://bsky.app/', title: 'Bluesky', framework: 'ProseMirror', byDefault: true,
    editor: '.ProseMirror[role="textbox"]', post: '[data-testid="composerPublishBtn"]',
  },
  linkedin: {
    url: 'https://www.linkedin.com/feed/', title: 'LinkedIn', framework: 'Quill 2', byDefault: true,
    editor: '.share-creation-state__text-editor .ql-editor', post: '.share-actions__primary-action',
    opener: '.share-box-feed-entry__trigger',
  },
  mastodon: {
    url: 'https://mastodon.social/home', title: 'Mastodon', framework: 'React-controlled textarea', byDefault: false,
    editor: '.compose-form textarea', post: '.compose-form button[type="submit"]',
  },
};

export const ALL_SITES = Object.keys(SITES) as Site[];
/** The sites the content script runs on without asking. */
export const DEFAULT_SITES = ALL_SITES.filter((s) => SITES[s].byDefault);

const FIXTURES = resolve(import.meta.dirname, 'fixtures');
const bundles = new Map<Site, Promise<string>>();

export function bundle(site: Site): Promise<string> {
  let b = bundles.get(site);
  if (!b) {
    b = build({
      entryPoints: [resolve(FIXTURES, `${site}.ts`)],
      bundle: true,
      write: false,
      format: 'iife',
      target: 'es2022',
      minify: true,
      legalComments: 'none',
      // fbjs (under draft-js) still reads Node's `global`.
      define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
      logLevel: 'silent',
    }).then((r) => r.outputFiles[0]!.text);
    bundles.set(site, b);
  }
  return b;
}

const CSS = `
*{box-sizing:border-box}
body{margin:0;font:15px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#0f1419;background:#f0f2f5}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.modal{position:relative;max-width:600px;margin:40px auto;background:#fff;border-radius:16px;padding:16px 20px;box-shadow:0 4px 24px #0002}
.modal h2,.modal h1{font-size:18px;margin:0 0 12px}
.box{min-height:120px;padding:8px 0;position:relative}
.editor,.public-DraftEditor-content,.ql-editor,textarea{min-height:100px;outline:none;font-size:19px;line-height:1.4;white-space:pre-wrap}
textarea{width:100%;border:1px solid #cfd9de;border-radius:8px;padding:8px;font:inherit;font-size:19px;resize:vertical}
.title{font-size:16px;min-height:0}
.editor p,.ProseMirror p{margin:0}
.placeholder,.public-DraftEditorPlaceholder-root{position:absolute;color:#536471;pointer-events:none;font-size:19px;padding:0}
.public-DraftEditorPlaceholder-hasFocus{color:#8b98a5}
.bar{display:flex;justify-content:flex-end;align-items:center;gap:12px;border-top:1px solid #eff3f4;padding-top:12px}
.post{background:#1d9bf0;color:#fff;border:0;border-radius:999px;padding:8px 18px;font-weight:700;font-size:15px;cursor:pointer}
.post:disabled,.post[aria-disabled=true]{opacity:.5;cursor:default}
.r-link{color:#1d9bf0}
.timeline,.region,[role=feed]{max-width:600px;margin:16px auto;background:#fff;border-radius:12px;padding:12px 16px}
.trigger,.share-box-feed-entry__trigger{display:block;width:100%;text-align:left;background:#f0f2f5;border:0;border-radius:999px;padding:10px 14px;color:#65676b;cursor:pointer;font:inherit}
.close{position:absolute;right:16px;top:16px;cursor:pointer}
[data-testid=app-bar-close]{position:absolute;right:16px;top:12px;cursor:pointer}
#layers .modal{margin-top:24px}
`;

export function html(site: Site, opts: { lang?: string } = {}): string {
  const info = SITES[site];
  const roots = site === 'x' || site === 'x-mobile' ? '<div id="react-root"></div><div id="layers"></div>' : '<div id="app"></div>';
  return `<!doctype html><html lang="${opts.lang ?? 'en'}" dir="ltr"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>${info.title}</title><style>${CSS}</style></head>
<body>${roots}<script src="/__fixture__/app.js"></script></body></html>`;
}

/**
 * Answers every request to the site's origin from the fixture: the page at any path, its
 * bundled script at /__fixture__/app.js, and 404 for anything else the browser asks for
 * (favicon). Routed on the page, so two pages of one context can show two languages.
 */
export async function serve(page: Page, site: Site, opts: { lang?: string } = {}): Promise<void> {
  const origin = new URL(SITES[site].url).origin;
  const js = await bundle(site);
  const body = html(site, opts);
  await page.route(`${origin}/**`, (route) => {
    const req = route.request();
    const path = new URL(req.url()).pathname;
    if (path === '/__fixture__/app.js') {
      return route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: js });
    }
    if (req.resourceType() === 'document') {
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
    }
    return route.fulfill({ status: 404, contentType: 'text/plain', body: '' });
  });
}

export type { FixtureApi };

export interface OpenedSite {
  page: Page;
  info: SiteInfo;
  /** Uncaught errors and console errors on the page, for zero-error assertions. */
  errors: string[];
  /** What the page would post right now (the editor framework's model). */
  text(): Promise<string>;
  /** What the page posted so far. */
  posts(): Promise<string[]>;
  /** Opens the composer if the site needs a click for it, and focuses the editor. */
  focusEditor(): Promise<void>;
}

/** `url` opens another page of the same fixture (a path or query the fixture reads). */
export async function openSite(context: BrowserContext, site: Site, opts: { lang?: string; url?: string } = {}): Promise<OpenedSite> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  await serve(page, site, opts);
  await page.goto(opts.url ?? SITES[site].url);
  // A fixture that throws while loading must fail the test now, not time out later.
  let onError: (e: Error) => void = () => {};
  try {
    await Promise.race([
      page.waitForFunction(() => window.__fixture !== undefined),
      new Promise((_, reject) => {
        onError = (e) => reject(new Error(`${site} fixture failed to load: ${e.message}`));
        page.on('pageerror', onError);
      }),
    ]);
  } finally {
    page.off('pageerror', onError);
  }
  const info = SITES[site];
  return {
    page,
    info,
    errors,
    text: () => page.evaluate(() => window.__fixture.text()),
    posts: () => page.evaluate(() => [...window.__fixture.posts]),
    async focusEditor() {
      if (info.opener && (await page.locator(info.editor).count()) === 0) await page.click(info.opener);
      await page.click(info.editor);
      await page.waitForFunction((sel) => {
        const a = document.activeElement;
        return a !== null && a.matches(sel);
      }, info.editor);
    },
  };
}

/**
 * Clicks the site's own Post control. If our gate holds the post, "Post anyway" must let the
 * site post it; either way the page must post exactly once more.
 */
export async function postThrough(o: OpenedSite): Promise<'posted' | 'held'> {
  const before = (await o.posts()).length;
  await o.page.click(o.info.post);
  await o.page.waitForFunction(
    (n) =>
      window.__fixture.posts.length > n ||
      document.querySelector('clear-to-post-ui')?.shadowRoot?.querySelector('[role="alertdialog"]') != null,
    before,
  );
  let how: 'posted' | 'held' = 'posted';
  if ((await o.posts()).length === before) {
    how = 'held';
    await o.page.getByRole('alertdialog').getByRole('button', { name: 'Post anyway' }).click();
    await o.page.waitForFunction((n) => window.__fixture.posts.length > n, before);
  }
  const after = (await o.posts()).length;
  if (after !== before + 1) throw new Error(`the page posted ${after - before} times, expected once`);
  return how;
}
