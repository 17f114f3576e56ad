// Privacy in the browser: nothing leaves the machine while the extension reads posts with
// patient information on every site, and the service worker never requests anything but its
// own package files. The harness records every request of every browser test (and fails the
// file on any leak); this file also proves that the recorder sees what it must.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, type Session } from './harness.ts';
import { DEFAULT_SITES, openSite, postThrough } from './sites.ts';

let s: Session;
beforeAll(async () => { s = await launch(); });
afterAll(async () => { await s?.close(); });

const PHI = 'Saw Mary Jones (DOB 1957-03-14, MRN 00482917) in room 412 today, call 416-555-0199.';

test.each(DEFAULT_SITES)('%s: reading and posting a post with patient information sends nothing', async (site) => {
  const o = await openSite(s.context, site);
  await o.page.waitForFunction(() => document.documentElement.dataset.clearToPost === 'ready');
  await o.focusEditor();
  await o.page.keyboard.type(PHI);
  await o.page.waitForFunction((t) => window.__fixture.text() === t, PHI);
  await postThrough(o);
  expect(await o.posts()).toEqual([PHI]);
  expect(s.leaks).toEqual([]);
  expect(o.errors).toEqual([]);
  await o.page.close();
});

test('a Mastodon instance the user has not granted is not touched at all', async () => {
  const o = await openSite(s.context, 'mastodon');
  await o.focusEditor();
  await o.page.keyboard.type(PHI);
  await o.page.waitForFunction((t) => window.__fixture.text() === t, PHI);
  // Content scripts run at document_start, before the page's own script that set __fixture.
  expect(await o.page.evaluate(() => document.documentElement.dataset.clearToPost)).toBeUndefined();
  expect(await o.page.evaluate(() => document.querySelector('clear-to-post-ui'))).toBeNull();
  await o.page.close();
});

test('the service worker requested nothing but its own files', () => {
  const own = `chrome-extension://${s.extensionId}/`;
  expect(s.workerRequests.filter((u) => !u.startsWith(own))).toEqual([]);
});

test('the recorders see a request from the service worker and from a page (control)', async () => {
  const workerBefore = s.workerRequests.length;
  const leaksBefore = s.leaks.length;
  // Port 9 on loopback: blocked by the harness's route, and nothing could leave the machine anyway.
  await s.worker.evaluate(() => fetch('http://127.0.0.1:9/ctp-canary-worker').catch(() => undefined));
  const page = await s.context.newPage();
  await page.goto('http://127.0.0.1:9/ctp-canary-page').catch(() => undefined);
  await page.close();
  expect(s.workerRequests.slice(workerBefore)).toContain('http://127.0.0.1:9/ctp-canary-worker');
  expect(s.leaks.slice(leaksBefore)).toEqual([
    'http://127.0.0.1:9/ctp-canary-worker',
    'http://127.0.0.1:9/ctp-canary-page',
  ]);
  // The control's own requests are expected: clear them so close() checks the rest.
  s.leaks.splice(leaksBefore);
  s.workerRequests.splice(workerBefore);
});
