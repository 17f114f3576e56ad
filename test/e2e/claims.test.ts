import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Session } from './harness.ts';

// A health claim in a real compose box: the card shows the claim guidance and the sources it
// rests on, and "Soften the wording" swaps only the verb, leaving the rest of the sentence as typed.

const TEXTAREA = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>fixture</title>
<style>body{font:16px/1.5 sans-serif;margin:40px} textarea{display:block;width:520px;min-height:120px;font:16px/1.5 sans-serif}</style></head>
<body><form id="f"><label>Compose <textarea id="ed"></textarea></label><button type="submit">Post</button></form></body></html>`;

let s: Session;
beforeAll(async () => {
  s = await launch();
  await s.context.route('https://x.com/**', (r) => r.fulfill({ status: 200, contentType: 'text/html', body: TEXTAREA }));
});
afterAll(async () => { await s?.close(); });

const value = (p: Page) => p.evaluate(() => (document.getElementById('ed') as HTMLTextAreaElement).value);

test('claim card: guidance, sources, and a fix that replaces only the verb', async () => {
  const p = await s.context.newPage();
  const errors: string[] = [];
  p.on('pageerror', (e) => errors.push(e.message));
  await p.goto('https://x.com/ctp/claims');
  await p.waitForFunction(() => document.documentElement.dataset.clearToPost === 'ready');
  await p.locator('#ed').click();
  await p.keyboard.insertText('Honestly, turmeric cures arthritis. My aunt swears by it.');
  await expect.poll(() => p.locator('clear-to-post-ui .ctp-mark.ctp-medium').count()).toBeGreaterThan(0);
  const box = await p.locator('clear-to-post-ui .ctp-mark.ctp-medium').first().boundingBox();
  if (!box) throw new Error('no underline box');
  await p.mouse.click(box.x + 8, box.y + box.height / 2);
  const card = p.getByRole('dialog');
  await card.waitFor();
  await expect.poll(() => card.textContent()).toContain('health claim');
  await expect.poll(() => card.textContent()).toContain('Based on: ');
  expect(await card.getByRole('link', { name: 'CPSO statement on public health misinformation' }).getAttribute('href'))
    .toBe('https://www.cpso.on.ca/News/News-Articles/COVID-misinformation');
  await card.getByRole('button', { name: 'Soften the wording' }).click();
  await expect.poll(() => value(p)).toBe('Honestly, turmeric may help with arthritis. My aunt swears by it.');
  expect(errors).toEqual([]);
  await p.close();
});

test('the popup names claim fixes for what they do, not as replacements', async () => {
  const p = await s.context.newPage();
  await p.goto('https://x.com/ctp/claims-popup');
  await p.waitForFunction(() => document.documentElement.dataset.clearToPost === 'ready');
  await p.locator('#ed').click();
  await p.keyboard.insertText('Honestly, turmeric cures arthritis.');
  await expect.poll(() => p.locator('clear-to-post-ui .ctp-mark.ctp-medium').count()).toBeGreaterThan(0);
  const tabId = await s.worker.evaluate(async () => (await chrome.tabs.query({ url: 'https://x.com/ctp/claims-popup' }))[0]!.id!);
  const popup = await s.context.newPage();
  await popup.goto(`chrome-extension://${s.extensionId}/src/popup/index.html?tab=${tabId}`);
  await popup.waitForSelector('main:not([aria-busy])');
  const item = popup.locator('#findings li[data-rule-id^="claim"]').first();
  await expect.poll(() => item.count()).toBe(1);
  const labels = await item.locator('.actions button').allTextContents();
  expect(labels).toEqual(expect.arrayContaining(['Soften the wording', 'Add a source (then paste the link)']));
  expect(labels.some((l) => l.startsWith('Replace with'))).toBe(false);
  // The hedge fix from the popup edits the post in the tab, as the card's does.
  await item.getByRole('button', { name: 'Soften the wording' }).click();
  await expect.poll(() => value(p)).toBe('Honestly, turmeric may help with arthritis.');
  await popup.close();
  await p.close();
});
