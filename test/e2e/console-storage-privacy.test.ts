// Privacy at rest: after a session of typing posts full of patient information on every site
// (and in the options page's test box, and through the popup's pause and the audit), no storage
// area the extension can write holds any of the typed text: storage.local, sync, session and
// managed, the extension origin's IndexedDB, localStorage and Cache Storage.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, type Session } from './harness.ts';
import { DEFAULT_SITES, openSite, postThrough } from './sites.ts';

let s: Session;
beforeAll(async () => { s = await launch(); });
afterAll(async () => { await s?.close(); });

const POSTS = [
  'Saw Mary Jones (DOB 1957-03-14, MRN 00482917) in room 412 today, call her daughter at 416-555-0199 or mary.jones57@gmail.com.',
  'Mme Gagnon, née le 12 mars 1931, chambre 7, carte RAMQ GAGM31531299, nous a quittés. Famille : p.gagnon@videotron.ca',
  'Our 94-year-old patient Harold Whitfield from 12 Elm St, Kingston K7L 3N6 asked about OHIP 1234-567-897-AB, hwhitfield@example.org.',
];
/** Every distinctive fragment of what was typed; none may be found anywhere. */
const FRAGMENTS = ['Mary', 'Jones', '1957-03-14', '00482917', '416-555-0199', 'Gagnon', 'GAGM31531299', '12 mars', 'Harold', 'Whitfield', 'Elm St', 'K7L', '1234-567-897', '94-year-old', 'mary.jones57', 'p.gagnon', 'hwhitfield'];

test('nothing typed is kept in any storage area', async () => {
  for (const site of DEFAULT_SITES) {
    const o = await openSite(s.context, site);
    await o.page.waitForFunction(() => document.documentElement.dataset.clearToPost === 'ready');
    for (const post of POSTS) {
      await o.focusEditor();
      await o.page.keyboard.type(post);
      await o.page.waitForFunction((t) => window.__fixture.text().includes(t), post);
      await postThrough(o);
    }
    await o.page.close();
  }

  const page = await s.context.newPage();
  await page.goto(`chrome-extension://${s.extensionId}/src/options/index.html`);
  await page.waitForSelector('main:not([aria-busy])');
  for (const post of POSTS) {
    await page.getByLabel('Test post').fill(post);
    await expect.poll(() => page.locator('#test-preview mark').count()).toBeGreaterThan(0);
  }
  // What a content script reports, as it would report it: rule ids and counts, not text.
  await page.evaluate(async () => {
    await chrome.runtime.sendMessage({ type: 'audit', site: 'x', action: 'warned', ruleIds: ['email', 'not a rule: Mary Jones'] });
    await chrome.runtime.sendMessage({ type: 'set-pause', site: 'x', until: Date.now() + 3_600_000 });
  });
  await page.getByRole('button', { name: 'Save policy' }).click();
  await expect.poll(() => page.locator('#save-status').textContent()).toContain('Policy saved');

  const dump = await page.evaluate(async () => {
    const areas: Record<string, unknown> = {
      local: await chrome.storage.local.get(null),
      sync: await chrome.storage.sync.get(null),
      session: await chrome.storage.session.get(null),
      managed: await chrome.storage.managed.get(null).catch(() => ({})),
      localStorage: { ...localStorage },
    };
    const idb: Record<string, unknown[]> = {};
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((res, rej) => { const r = indexedDB.open(info.name!); r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); });
      for (const store of Array.from(db.objectStoreNames)) {
        idb[`${info.name}/${store}`] = await new Promise<unknown[]>((res, rej) => {
          const r = db.transaction(store).objectStore(store).getAll();
          r.onsuccess = () => res(r.result);
          r.onerror = () => rej(r.error);
        });
      }
      db.close();
    }
    areas.indexedDB = idb;
    const caches: Record<string, string[]> = {};
    for (const name of await globalThis.caches.keys()) {
      caches[name] = [];
      for (const req of await (await globalThis.caches.open(name)).keys()) caches[name].push(req.url + ' ' + (await (await (await globalThis.caches.open(name)).match(req))!.text()));
    }
    areas.cacheStorage = caches;
    return JSON.stringify(areas);
  });
  // The dump is not empty: the policy, the pause and the audit are there, as counts and settings.
  expect(dump).toContain('"policy"');
  expect(dump).toContain('"paused"');
  expect(dump).toContain('"audit"');
  for (const fragment of FRAGMENTS) expect(dump, fragment).not.toContain(fragment);
  expect(s.leaks).toEqual([]);
  await page.close();
}, 120_000);
