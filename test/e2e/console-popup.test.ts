// The console against the real content script on the X-like test page: a policy change in the
// options page applies live in the open tab; the popup for that tab lists its findings and its
// fix works; pausing from the popup stops checking there until turned back on.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, type Session } from './harness.ts';
import { openSite, type OpenedSite } from './sites.ts';

const EMAIL = 'jane.tremblay72@gmail.com';
const POST = `Family asked for updates, write to ${EMAIL} tonight`;

let s: Session;
let x: OpenedSite;
beforeAll(async () => {
  s = await launch();
  x = await openSite(s.context, 'x');
  await x.page.waitForFunction(() => document.documentElement.dataset.clearToPost === 'ready');
  await x.focusEditor();
  await x.page.keyboard.type(POST);
  await x.page.waitForFunction((t) => window.__fixture.text() === t, POST);
});
afterAll(async () => { await s?.close(); });

const chipLabel = () => x.page.locator('clear-to-post-ui .ctp-chip').getAttribute('aria-label');

async function extensionPage(path: string): Promise<Page> {
  const page = await s.context.newPage();
  await page.goto(`chrome-extension://${s.extensionId}/${path}`);
  await page.waitForSelector('main:not([aria-busy])');
  return page;
}

async function xTabId(): Promise<number> {
  return s.worker.evaluate(async () => (await chrome.tabs.query({ url: 'https://x.com/*' }))[0]!.id!);
}

test('a rule switched off in the options page stops underlining in the open tab at once', async () => {
  await expect.poll(chipLabel).toBe('Clear to Post: 1 finding');
  const options = await extensionPage('src/options/index.html');
  await options.getByLabel('Rule email on').uncheck();
  await options.getByRole('button', { name: 'Save policy' }).click();
  await expect.poll(chipLabel).toBe('Clear to Post: no findings');
  await expect.poll(() => x.page.locator('clear-to-post-ui .ctp-mark').count()).toBe(0);
  await options.getByLabel('Rule email on').check();
  await options.getByRole('button', { name: 'Save policy' }).click();
  await expect.poll(chipLabel).toBe('Clear to Post: 1 finding');
  await options.close();
  expect(x.errors).toEqual([]);
});

test("the popup lists the tab's findings with guidance, and its fix edits the post", async () => {
  await expect.poll(chipLabel).toBe('Clear to Post: 1 finding');
  const popup = await s.context.newPage();
  const tabId = await xTabId();
  await popup.goto(`chrome-extension://${s.extensionId}/src/popup/index.html?tab=${tabId}`);
  await popup.waitForSelector('main:not([aria-busy])');
  expect(await popup.locator('#status').textContent()).toBe('Checking this post box.');
  const item = popup.locator('#findings li[data-rule-id="email"]');
  await expect.poll(() => item.count()).toBe(1);
  expect(await item.locator('h3').textContent()).toBe('Contact details · High');
  expect(await item.textContent()).toContain('email');
  // Nothing of the post reaches the popup: it shows guidance, never the matched text.
  expect(await popup.locator('main').textContent()).not.toContain('tremblay');

  // The first suggestion is the primary fix; the tab applies it and reports back.
  await item.locator('button.primary').click();
  await expect.poll(() => x.text()).not.toContain(EMAIL);
  await expect.poll(() => popup.locator('#findings li[data-rule-id]').count()).toBe(0);
  await expect.poll(chipLabel).toBe('Clear to Post: no findings');
  await popup.close();
});

test('pausing from the popup stops checking on the site until it is turned back on', async () => {
  await x.focusEditor();
  await x.page.keyboard.type(` or ${EMAIL}`);
  await expect.poll(chipLabel).toBe('Clear to Post: 1 finding');
  const popup = await s.context.newPage();
  const tabId = await xTabId();
  await popup.goto(`chrome-extension://${s.extensionId}/src/popup/index.html?tab=${tabId}`);
  await popup.waitForSelector('main:not([aria-busy])');
  await popup.getByRole('button', { name: 'Pause until I turn it back on' }).click();
  await expect.poll(() => popup.locator('#status').textContent()).toBe('Paused on this site until you turn it back on.');
  expect(await popup.locator('#findings li[data-rule-id]').count()).toBe(0);
  const stored = await s.worker.evaluate(async () => (await chrome.storage.local.get('paused')).paused);
  expect(stored).toEqual({ x: 0 });

  await popup.getByRole('button', { name: 'Turn checking back on' }).click();
  await expect.poll(() => popup.locator('#status').textContent()).not.toContain('Paused');
  await expect.poll(async () => (await s.worker.evaluate(async () => (await chrome.storage.local.get('paused')).paused))).toEqual({});

  await popup.getByRole('button', { name: 'Pause for 1 hour' }).click();
  await expect.poll(() => popup.locator('#status').textContent()).toMatch(/^Paused on this site until \d/);
  const hour = await s.worker.evaluate(async () => ((await chrome.storage.local.get('paused')).paused as Record<string, number>).x!);
  expect(hour - Date.now()).toBeGreaterThan(59 * 60_000);
  expect(hour - Date.now()).toBeLessThanOrEqual(60 * 60_000);
  await popup.getByRole('button', { name: 'Turn checking back on' }).click();
  await expect.poll(() => popup.locator('#status').textContent()).not.toContain('Paused');
  await popup.close();
  expect(x.errors).toEqual([]);
});
