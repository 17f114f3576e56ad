// Mastodon: no instance is known at build time. One the user adds on the options page (the
// browser grants its host permission) is checked like every other site, through a content
// script registered at run time; removing it stops the checking on the next page load.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { EXTENSION_DIR, launch, type Session } from './harness.ts';
import { ANY_HOST_CHUNKS, ANY_HOST_CONTENT_SCRIPT } from '../../src/background/any-host-script.ts';
import { describeSite, SAMPLE_EN, waitForMarks } from './site-spec.ts';
import { openSite, SITES } from './sites.ts';

const HOST = new URL(SITES.mastodon.url).hostname;
const ORIGIN = `https://${HOST}/*`;

async function options(s: Session): Promise<Page> {
  const page = await s.context.newPage();
  await page.goto(`chrome-extension://${s.extensionId}/src/options/index.html`);
  await page.waitForSelector('main:not([aria-busy])');
  return page;
}

/** The content scripts registered at run time, as (id, matches) pairs. */
const registered = (s: Session) =>
  s.worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((r) => [r.id, r.matches ?? []]));

/** Waits for `read()` to deep-equal `want` (usable in hooks, unlike expect.poll). */
async function until<T>(read: () => Promise<T>, want: T, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  let last: T = await read();
  while (JSON.stringify(last) !== JSON.stringify(want)) {
    if (Date.now() > end) throw new Error(`still ${JSON.stringify(last)}, want ${JSON.stringify(want)}`);
    await new Promise((r) => setTimeout(r, 50));
    last = await read();
  }
}

/** Adds the instance the way a user does: the sites control, the browser's grant, Save. */
export async function addInstance(s: Session, host = HOST): Promise<void> {
  const page = await options(s);
  const form = page.getByRole('group', { name: 'Add a Mastodon instance' });
  await form.getByLabel('Instance host name').fill(host);
  await form.getByRole('button', { name: 'Add' }).click();
  await page.getByRole('button', { name: `Remove ${host}` }).waitFor();
  await page.getByRole('button', { name: 'Save policy' }).click();
  await page.waitForFunction(() => document.getElementById('save-status')?.textContent?.includes('Policy saved'));
  await until(() => registered(s), [['ctp-mastodon', [`https://${host}/*`]]]);
  await page.close();
}

describeSite('mastodon', { modEnter: true, launch: { grantedBefore: [ORIGIN] }, setup: (s) => addInstance(s) });

let s: Session;
beforeAll(async () => { s = await launch({ grantedBefore: [ORIGIN] }); });
afterAll(async () => { await s?.close(); });

const ready = (page: Page) => page.evaluate(() => document.documentElement.dataset.clearToPost ?? null);

/** The instance's page runs the checker: a post with patient information gets its underline. */
async function expectChecked(): Promise<void> {
  const o = await openSite(s.context, 'mastodon');
  await o.page.waitForFunction(() => document.documentElement.dataset.clearToPost === 'ready');
  await o.focusEditor();
  await o.page.keyboard.type(SAMPLE_EN.phi);
  await waitForMarks(o.page, 1);
  expect(o.errors).toEqual([]);
  await o.page.close();
}

async function removeInstance(): Promise<void> {
  const page = await options(s);
  await page.getByRole('button', { name: `Remove ${HOST}` }).click();
  await page.getByRole('button', { name: 'Save policy' }).click();
  await expect.poll(() => page.locator('#save-status').textContent()).toContain('Policy saved');
  await expect.poll(() => registered(s)).toEqual([]);
  await page.close();
}

test('an added instance is checked; once removed, its pages are left alone', async () => {
  // Granted before but not listed: nothing runs there.
  let o = await openSite(s.context, 'mastodon');
  expect(await ready(o.page)).toBeNull();
  await o.page.close();

  await addInstance(s);
  await expectChecked();

  await removeInstance();

  o = await openSite(s.context, 'mastodon');
  await o.focusEditor();
  await o.page.keyboard.type(SAMPLE_EN.phi);
  await o.page.waitForFunction((t) => window.__fixture.text() === t, SAMPLE_EN.phi);
  expect(await ready(o.page)).toBeNull();
  expect(await o.page.evaluate(() => document.querySelector('clear-to-post-ui'))).toBeNull();
  await o.page.close();
});

test('an instance loads a small script at page start; the engine is injected into its frame on the first focus', async () => {
  await addInstance(s);
  // Issue 3's budget for what every page of the site loads before any composer is used.
  expect(await s.worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).flatMap((r) => r.js ?? []))).toEqual([ANY_HOST_CONTENT_SCRIPT]);
  expect(gzipSync(readFileSync(join(EXTENSION_DIR, ANY_HOST_CONTENT_SCRIPT)), { level: 9 }).length).toBeLessThanOrEqual(30 * 1024);
  // Every script the background runs in a page from now on.
  await s.worker.evaluate(() => {
    const w = self as unknown as { __injected: string[] };
    w.__injected = [];
    const run = chrome.scripting.executeScript.bind(chrome.scripting);
    chrome.scripting.executeScript = ((injection: chrome.scripting.ScriptInjection<unknown[], unknown>) => {
      w.__injected.push(...(injection.files ?? []));
      return run(injection);
    }) as typeof chrome.scripting.executeScript;
  });
  const injected = () => s.worker.evaluate(() => (self as unknown as { __injected: string[] }).__injected);
  const o = await openSite(s.context, 'mastodon');
  await o.page.waitForFunction(() => document.documentElement.dataset.clearToPost === 'ready');
  expect(await injected()).toEqual([]);
  expect(await o.page.evaluate(() => document.querySelector('clear-to-post-ui'))).toBeNull();
  await o.focusEditor();
  await o.page.keyboard.type(SAMPLE_EN.phi);
  await waitForMarks(o.page, 1);
  const lazy = await injected();
  expect(lazy.length).toBeGreaterThan(0);
  expect(lazy.every((f) => f.startsWith(`${ANY_HOST_CHUNKS}/`))).toBe(true);
  expect(lazy.some((f) => /\/runtime-[\w-]+\.js$/.test(f))).toBe(true);
  // And the gate holds the post, as on every site.
  await o.page.click(SITES.mastodon.post);
  await o.page.getByRole('alertdialog').waitFor();
  expect(await o.posts()).toEqual([]);
  expect(o.errors).toEqual([]);
  await o.page.close();
  await removeInstance();
});

test('a listed instance without this browser\'s grant is not read until "Grant access" is pressed', async () => {
  // Listed (as an organisation's policy would list it), then the grant withdrawn in the browser.
  await addInstance(s);
  let page = await options(s);
  expect(await page.evaluate((o) => chrome.permissions.remove({ origins: [o] }), ORIGIN)).toBe(true);
  await until(() => registered(s), []);
  await page.close();
  let o = await openSite(s.context, 'mastodon');
  expect(await ready(o.page)).toBeNull();
  await o.page.close();

  page = await options(s);
  await page.getByRole('button', { name: `Grant access to ${HOST}` }).click();
  await until(() => registered(s), [['ctp-mastodon', [ORIGIN]]]);
  await page.getByRole('button', { name: `Grant access to ${HOST}` }).waitFor({ state: 'detached' });
  await page.close();
  await expectChecked();
});
