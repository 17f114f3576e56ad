import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, type Session } from './harness.ts';
import { axeViolations } from './axe.ts';
import { CHROME_EXTENSION_ID } from '../../manifest.config.ts';

// A managed policy the way an IT team pushes one on Linux: a JSON file in Chromium's managed
// policy directory naming the extension by its fixed id. Only root can write there (CI runs
// as root); elsewhere the test is skipped with a message. The file is system-wide, so the
// policy is chosen to lock controls without changing what any other test would detect, and
// it is removed afterwards.

const DIR = '/etc/chromium/policies/managed';
const FILE = `${DIR}/clear-to-post-e2e.json`;
const isRoot = process.getuid?.() === 0;
if (!isRoot) console.warn('console-managed: skipped, writing /etc/chromium/policies/managed needs root (CI runs as root).');

const policyFile = (extension: Record<string, unknown>) =>
  JSON.stringify({ '3rdparty': { extensions: { [CHROME_EXTENSION_ID]: extension } } }, null, 2);

let s: Session;
beforeAll(async () => {
  if (!isRoot) return;
  mkdirSync(DIR, { recursive: true });
  writeFileSync(FILE, policyFile({
    name: 'Ontario Health Example',
    revision: 'R7',
    allowPause: false,
    rules: { email: { enabled: true } },
    guidance: { policyUrl: 'https://intranet.example.ca/social-media' },
  }));
  s = await launch();
});
afterAll(async () => {
  await s?.close();
  if (isRoot) rmSync(FILE, { force: true });
});

test.skipIf(!isRoot)('the extension id is the fixed one the policy names', () => {
  expect(s.extensionId).toBe(CHROME_EXTENSION_ID);
});

test.skipIf(!isRoot)('a managed policy locks its controls in the options page and the popup', async () => {
  const managed = await s.worker.evaluate(() => chrome.storage.managed.get(null));
  expect(managed).toMatchObject({ name: 'Ontario Health Example', allowPause: false });

  const page = await s.context.newPage();
  await page.goto(`chrome-extension://${s.extensionId}/src/options/index.html`);
  await page.waitForSelector('main:not([aria-busy])');
  await expect.poll(() => page.locator('#managed-banner').isVisible()).toBe(true);
  const name = page.getByLabel('Policy name');
  expect(await name.inputValue()).toBe('Ontario Health Example');
  expect(await name.isDisabled()).toBe(true);
  // The lock is announced with the control, not only drawn next to it.
  expect(await name.getAttribute('aria-describedby')).toBeTruthy();
  const noteId = (await name.getAttribute('aria-describedby'))!.split(' ').at(-1)!;
  expect(await page.locator(`#${noteId}`).textContent()).toBe('Set by your organisation');
  expect(await page.getByLabel('Staff may pause checking on a site').isDisabled()).toBe(true);
  expect(await page.getByLabel('Rule email on').isDisabled()).toBe(true);
  expect(await page.getByLabel('Link to your social-media policy').inputValue()).toBe('https://intranet.example.ca/social-media');
  expect(await page.getByLabel('Revision').isDisabled()).toBe(true);
  // What the organisation did not set stays editable.
  expect(await page.getByLabel('Privacy office contact').isDisabled()).toBe(false);
  expect(await page.getByLabel('United States (HIPAA)').isDisabled()).toBe(false);

  // Editing the user's layer cannot undo the organisation's: it still wins after a save.
  await page.getByLabel('Privacy office contact').fill('privacy@example.ca');
  await page.getByRole('button', { name: 'Save policy' }).click();
  await expect.poll(() => page.locator('#save-status').textContent()).toContain('Policy saved');
  const eff = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'get-policy' }));
  expect(eff.managed).toBe(true);
  expect(eff.policy).toMatchObject({ name: 'Ontario Health Example', allowPause: false, guidance: { privacyContact: 'privacy@example.ca' } });
  expect(eff.locked).toEqual(expect.arrayContaining(['allowPause', 'name', 'revision', 'rules.email.enabled', 'guidance.policyUrl']));
  expect(await axeViolations(page)).toEqual([]);

  // The popup names the policy as the organisation's and refuses to pause.
  const x = await s.context.newPage();
  await s.context.route('https://x.com/**', (r) => r.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>x</title><main></main>' }));
  await x.goto('https://x.com/home');
  const tabId = await page.evaluate(async () => (await chrome.tabs.query({ url: 'https://x.com/*' }))[0]?.id);
  await page.goto(`chrome-extension://${s.extensionId}/src/popup/index.html?tab=${tabId}`);
  await page.waitForSelector('main:not([aria-busy])');
  expect(await page.locator('#policy-line').textContent()).toBe('Policy: Ontario Health Example · revision R7 · set by your organisation');
  expect(await page.locator('#pause-controls').textContent()).toBe('Set by your organisation: checking cannot be paused.');
  expect(await page.getByRole('button', { name: 'Pause for 1 hour' }).count()).toBe(0);
  const refused = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'set-pause', site: 'x', until: 0 }));
  expect(refused).toEqual({ ok: false, reason: 'locked' });
  await x.close();
  await page.close();
});

test.skipIf(!isRoot)('a change to the managed policy file applies live', async () => {
  const page = await s.context.newPage();
  await page.goto(`chrome-extension://${s.extensionId}/src/options/index.html`);
  await page.waitForSelector('main:not([aria-busy])');
  writeFileSync(FILE, policyFile({ name: 'Ontario Health Example', revision: 'R8', allowPause: false }));
  // Chromium re-reads its policy directory when it changes (after a few seconds' settling);
  // the options page follows storage.managed's change event.
  await expect.poll(async () => (await page.evaluate(() => chrome.runtime.sendMessage({ type: 'get-policy' }))).policy.revision, { timeout: 45_000, interval: 500 }).toBe('R8');
  await expect.poll(() => page.getByLabel('Revision').inputValue(), { timeout: 10_000 }).toBe('R8');
  await expect.poll(() => page.getByLabel('Rule email on').isDisabled()).toBe(false);
  await page.close();
}, 60_000);
