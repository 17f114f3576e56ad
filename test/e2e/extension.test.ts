import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, type Session } from './harness.ts';

let s: Session;
beforeAll(async () => { s = await launch(); });
afterAll(async () => { await s?.close(); });

test('the service worker starts without errors and the content script runs on x.com', async () => {
  const errors: string[] = [];
  s.worker.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  expect(s.extensionId).toMatch(/^[a-p]{32}$/);
  const manifest = await s.worker.evaluate(() => chrome.runtime.getManifest());
  expect(manifest.manifest_version).toBe(3);
  const page = await s.context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  await s.context.route('https://x.com/**', (r) =>
    r.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>x</title><div id=app></div>' }));
  await page.goto('https://x.com/home');
  await page.waitForFunction(() => document.documentElement.dataset.clearToPost === 'ready');
  expect(errors).toEqual([]);
  expect(s.leaks).toEqual([]);
});
