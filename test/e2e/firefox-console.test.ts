import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  click, evaluate, extensionContext, findFirefox, launchFirefox, navigate, openExtensionPage, serveSite, type,
  UI_ROOT, waitFor, type FirefoxSession,
} from './firefox.ts';
import { SAMPLE_EN } from './site-spec.ts';
import { SITES } from './sites.ts';

// The console (popup, options page, checklist) in Firefox, against the content script on the
// X-like page: the same paths console-popup.test.ts walks in Chromium. Firefox's pages run on
// its own build (dist/firefox) with browser.* promises where Chrome has chrome.*, so a page that
// works in one can fail in the other. firefox.test.ts says why REQUIRE_FIREFOX and skips.

const FIREFOX = findFirefox();
const X = SITES.x;
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let s: FirefoxSession;
/** The tab holding our extension pages (popup, options), opened through the gate's checklist link. */
let ext: string;

const chipLabel = () => evaluate<string | null>(s, `${UI_ROOT}?.querySelector('.ctp-chip')?.getAttribute('aria-label') ?? null`);
const chipSays = (label: string) => waitFor(s, `${UI_ROOT}?.querySelector('.ctp-chip')?.getAttribute('aria-label') === ${JSON.stringify(label)}`);
const inExt = <T>(expression: string) => evaluate<T>(s, expression, ext);
const waitInExt = <T>(expression: string) => waitFor<T>(s, expression, 20_000, ext);
/** The first button of the extension page whose accessible text is `name`. */
const extButton = (name: string) =>
  `[...document.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent.trim()) === ${JSON.stringify(name)})`;

async function axeViolations(context: string): Promise<string[]> {
  await s.bidi.send('script.evaluate', { target: { context }, awaitPromise: false, expression: AXE });
  return evaluate<string[]>(s, `axe.run().then((r) => r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', ')))`, context);
}

describe.skipIf(!FIREFOX)('the console in Firefox', () => {
  beforeAll(async () => {
    s = await launchFirefox();
    await serveSite(s, 'x');
    await navigate(s, X.url);
    await waitFor(s, `window.__fixture !== undefined && document.documentElement.dataset.clearToPost === 'ready'`);
    await click(s, `document.querySelector(${JSON.stringify(X.editor)})`);
    await type(s, SAMPLE_EN.phi);
    await waitFor(s, `window.__fixture.text() === ${JSON.stringify(SAMPLE_EN.phi)}`);
  }, 60_000);
  afterAll(async () => { await s?.close(); });

  test("the gate's checklist link opens the checklist in a tab of its own", async () => {
    await chipSays('Clear to Post: 1 finding');
    await click(s, `document.querySelector(${JSON.stringify(X.post)})`);
    await click(s, `${UI_ROOT}?.querySelector('[role="alertdialog"] [data-action="checklist"]')`);
    ext = await extensionContext(s);
    await waitInExt(`location.pathname === '/src/checklist/index.html' && document.querySelectorAll('input[type=checkbox]').length > 0`);
    // Leaving the gate for the checklist posts nothing.
    expect(await evaluate(s, 'window.__fixture.posts')).toEqual([]);
    await click(s, `[...${UI_ROOT}.querySelectorAll('[role="alertdialog"] button')].find((b) => b.textContent.trim() === 'Review')`);
    await waitFor(s, `!${UI_ROOT}.querySelector('[role="alertdialog"]')`);
  });

  test('a rule switched off in the options page stops underlining in the open tab at once', async () => {
    await openExtensionPage(s, ext, 'src/options/index.html');
    const toggle = `document.querySelector('input[aria-label="Rule email on"]')`;
    expect(await inExt(`${toggle}.checked`)).toBe(true);
    await click(s, toggle, ext);
    await click(s, extButton('Save policy'), ext);
    await chipSays('Clear to Post: no findings');
    await waitFor(s, `${UI_ROOT}.querySelectorAll('.ctp-mark').length === 0 && !CSS.highlights.get('ctp-high')?.size`);
    await click(s, toggle, ext);
    await click(s, extButton('Save policy'), ext);
    await chipSays('Clear to Post: 1 finding');
    expect(s.errors).toEqual([]);
  });

  test("the popup lists the tab's findings with guidance and never the text; its fix edits the post", async () => {
    const tabId = await inExt<number>(`browser.tabs.query({ url: 'https://x.com/*' }).then((t) => t[0].id)`);
    await openExtensionPage(s, ext, `src/popup/index.html?tab=${tabId}`);
    expect(await inExt('document.querySelector("#status").textContent')).toBe('Checking this post box.');
    const item = `document.querySelector('#findings li[data-rule-id="email"]')`;
    await waitInExt(`!!${item}`);
    expect(await inExt(`${item}.querySelector('h3').textContent`)).toBe('Contact details · High');
    expect(await inExt(`document.querySelector('main').textContent.includes('tremblay')`)).toBe(false);

    await click(s, `${item}.querySelector('button.primary')`, ext);
    await waitFor(s, `!window.__fixture.text().includes(${JSON.stringify(SAMPLE_EN.span)})`);
    await waitInExt(`document.querySelectorAll('#findings li[data-rule-id]').length === 0`);
    await chipSays('Clear to Post: no findings');
    expect(await chipLabel()).toBe('Clear to Post: no findings');
  });

  test('pausing from the popup stops checking on the site until it is turned back on', async () => {
    await click(s, `document.querySelector(${JSON.stringify(X.editor)})`);
    await type(s, ` ${SAMPLE_EN.span}`);
    await chipSays('Clear to Post: 1 finding');
    await click(s, extButton('Pause until I turn it back on'), ext);
    await waitInExt(`document.querySelector('#status').textContent === 'Paused on this site until you turn it back on.'`);
    expect(await inExt(`browser.storage.local.get('paused').then((r) => r.paused)`)).toEqual({ x: 0 });
    await click(s, extButton('Turn checking back on'), ext);
    await waitInExt(`!document.querySelector('#status').textContent.includes('Paused')`);
    expect(await inExt(`browser.storage.local.get('paused').then((r) => r.paused)`)).toEqual({});
    expect(s.errors).toEqual([]);
  });

  test('axe finds no violations on the popup and the options page', async () => {
    expect(await axeViolations(ext)).toEqual([]);
    await openExtensionPage(s, ext, 'src/options/index.html');
    expect(await axeViolations(ext)).toEqual([]);
  });

  test('a Mastodon instance added in the options page is checked: the engine is injected on the first focus', async () => {
    // Another address than the page already open, so the load is told apart from the old page.
    await openExtensionPage(s, ext, 'src/options/index.html?mastodon');
    const host = new URL(SITES.mastodon.url).hostname;
    const input = `document.querySelector('input[placeholder="mastodon.social"]')`;
    await inExt(`(${input}.value = ${JSON.stringify(host)}, true)`);
    // A real click: the options page asks for the host's permission in it (granted without a
    // prompt in this profile, see launchFirefox).
    await click(s, `[...${input}.closest('fieldset').querySelectorAll('button')].find((b) => b.textContent.trim() === 'Add')`, ext);
    await waitInExt(`!!${extButton(`Remove ${host}`)}`);
    await click(s, extButton('Save policy'), ext);
    await waitInExt(`browser.scripting.getRegisteredContentScripts().then((r) => r.length === 1 && r[0].matches[0] === ${JSON.stringify(`https://${host}/*`)})`);
    await serveSite(s, 'mastodon');
    await navigate(s, SITES.mastodon.url);
    await waitFor(s, `window.__fixture !== undefined && document.documentElement.dataset.clearToPost === 'ready'`);
    // The registered script alone: no interface until a composer is used.
    expect(await evaluate(s, `document.querySelector('clear-to-post-ui') === null`)).toBe(true);
    await click(s, `document.querySelector(${JSON.stringify(SITES.mastodon.editor)})`);
    await type(s, SAMPLE_EN.phi);
    await waitFor(s, `window.__fixture.text() === ${JSON.stringify(SAMPLE_EN.phi)}`);
    await waitFor(s, `document.querySelector('clear-to-post-ui')?.getAttribute('data-marks') === '1'`);
    expect(s.errors).toEqual([]);
  });
});
