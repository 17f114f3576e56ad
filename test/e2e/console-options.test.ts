import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, type Session } from './harness.ts';
import { axeViolations } from './axe.ts';
import { DEFAULT_POLICY } from '../../src/engine/policy/defaults.ts';

let s: Session;
let errors: string[];
beforeAll(async () => { s = await launch(); errors = []; });
afterAll(async () => { await s?.close(); });

async function openOptions(): Promise<Page> {
  const page = await s.context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`chrome-extension://${s.extensionId}/src/options/index.html`);
  await page.waitForSelector('main:not([aria-busy])');
  return page;
}

const storedPolicy = () => s.worker.evaluate(async () => (await chrome.storage.local.get('policy')).policy as unknown);

test('the test box underlines findings as the unsaved policy stands, and saving applies it', async () => {
  const page = await openOptions();
  await page.getByLabel('Test post').fill('Reach the family at jane.doe@gmail.com tonight');
  await expect.poll(() => page.locator('#test-preview mark[data-rule-id="email"]').textContent()).toBe('jane.doe@gmail.com');

  // Switching the rule off changes the test box at once, before saving.
  await page.getByLabel('Rule email on').uncheck();
  await expect.poll(() => page.locator('#test-preview mark').count()).toBe(0);
  await expect.poll(() => page.locator('#test-summary').textContent()).toContain('0 finding');
  expect(await storedPolicy()).toBeUndefined();
  await expect.poll(() => page.locator('#dirty').isVisible()).toBe(true);

  await page.getByRole('button', { name: 'Save policy' }).click();
  await expect.poll(() => page.locator('#save-status').textContent()).toContain('Policy saved');
  expect(await storedPolicy()).toMatchObject({ rules: { email: { enabled: false } } });
  // The background serves the new effective policy to every part.
  const eff = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'get-policy' }));
  expect(eff).toMatchObject({ policy: { rules: { email: { enabled: false } } }, managed: false, locked: [] });

  // And back on; turning it back to the default removes the entry rather than storing it.
  await page.getByLabel('Rule email on').check();
  await page.getByRole('button', { name: 'Save policy' }).click();
  await expect.poll(async () => JSON.stringify(await storedPolicy())).toContain('"rules":{}');
  await page.close();
  expect(errors).toEqual([]);
});

test('custom patterns and terms are validated when added, with the reason', async () => {
  const page = await openOptions();
  const form = page.getByRole('group', { name: 'Add a pattern' });
  await form.getByLabel('Identifier (lower case and dashes)').fill('Ward Code');
  await form.getByLabel('Pattern', { exact: true }).fill('W[0-9]{3}');
  await form.getByRole('button', { name: 'Add' }).click();
  await expect.poll(() => form.getByRole('alert').textContent()).toContain('customPatterns.0.id');
  await expect.poll(() => page.locator('#custom-patterns-list li').count()).toBe(0);
  await form.getByLabel('Identifier (lower case and dashes)').fill('ward-code');
  await form.getByRole('button', { name: 'Add' }).click();
  await expect.poll(() => page.locator('#custom-patterns-list li').count()).toBe(1);
  await expect.poll(() => form.getByRole('alert').textContent()).toBe('');

  const terms = page.getByRole('group', { name: 'Add a term' });
  await terms.getByLabel('Term').fill('x');
  await terms.getByRole('button', { name: 'Add' }).click();
  await expect.poll(() => terms.getByRole('alert').textContent()).toContain('customTerms.0.term');
  await page.close();
});

const BAD_FILES: Array<[string, string, string]> = [
  ['invalid JSON', '{"version": 1, "name": ', 'not valid JSON'],
  ['wrong types', JSON.stringify({ ...DEFAULT_POLICY, allowPause: 'yes', actions: { ...DEFAULT_POLICY.actions, high: 'shout' } }), 'allowPause'],
  ['unknown keys', JSON.stringify({ ...DEFAULT_POLICY, colour: 'red' }), 'colour'],
  // RE2 refuses what it cannot match in linear time, and says why.
  ['a pattern with a backreference', JSON.stringify({ ...DEFAULT_POLICY, customPatterns: [{ id: 'twice', pattern: '^(a+)+\\1$', category: 'id', severity: 'high' }] }), 'customPatterns.0.pattern'],
  ['a pattern with lookahead', JSON.stringify({ ...DEFAULT_POLICY, customPatterns: [{ id: 'look', pattern: '(?=(a+)+$)', category: 'id', severity: 'high' }] }), 'without backreferences or lookaround'],
  // RE2 would run it in linear time, but the file is used elsewhere too, where it would not.
  ['a catastrophic regex', JSON.stringify({ ...DEFAULT_POLICY, customPatterns: [{ id: 'runs-of-a', pattern: '(a+)+$', category: 'id', severity: 'high' }] }), 'exponential time in backtracking regex engines'],
  ['a 5 MB file', JSON.stringify({ ...DEFAULT_POLICY, name: 'big', allowlist: Array.from({ length: 90_000 }, (_, i) => `term number ${i} padded out with more words to be long`) }), 'the limit is'],
];

test.each(BAD_FILES)('importing a bad file (%s) shows the error and changes nothing', async (_label, body, expected) => {
  const page = await openOptions();
  const before = await storedPolicy();
  await page.setInputFiles('#import-file', { name: 'policy.json', mimeType: 'application/json', buffer: Buffer.from(body) });
  await expect.poll(() => page.locator('#file-status').textContent()).toContain('was not imported');
  await expect.poll(() => page.locator('#import-errors').textContent()).toContain(expected);
  expect(await storedPolicy()).toEqual(before);
  await page.close();
});

test('a pattern that is catastrophic for backtracking engines is refused in the add form, with the reason', async () => {
  const page = await openOptions();
  const before = await storedPolicy();
  const form = page.getByRole('group', { name: 'Add a pattern' });
  await form.getByLabel('Identifier (lower case and dashes)').fill('runs-of-a');
  await form.getByLabel('Pattern', { exact: true }).fill('(a+)+$');
  await form.getByRole('button', { name: 'Add' }).click();
  await expect.poll(() => form.getByRole('alert').textContent()).toContain('exponential time in backtracking regex engines');
  await expect.poll(() => page.locator('#custom-patterns-list li').count()).toBe(0);
  expect(await storedPolicy()).toEqual(before);
  await page.close();
});

test('a good file is imported and saved', async () => {
  const page = await openOptions();
  const policy = { ...DEFAULT_POLICY, name: 'St. Example Hospital', revision: '2026-11', allowlist: ['St. Example'] };
  await page.setInputFiles('#import-file', { name: 'policy.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(policy)) });
  await expect.poll(() => page.locator('#file-status').textContent()).toContain('St. Example Hospital');
  expect(await storedPolicy()).toEqual(policy);
  await expect.poll(() => page.getByLabel('Policy name').inputValue()).toBe('St. Example Hospital');

  // Reset asks first; dismissing keeps the policy, accepting restores the defaults.
  page.once('dialog', (d) => void d.dismiss());
  await page.getByRole('button', { name: 'Reset to defaults…' }).click();
  expect(await storedPolicy()).toEqual(policy);
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'Reset to defaults…' }).click();
  await expect.poll(storedPolicy).toBeUndefined();
  await expect.poll(() => page.getByLabel('Policy name').inputValue()).toBe(DEFAULT_POLICY.name);
  await page.close();
});

test('the audit view shows totals and exports them; clear asks first', async () => {
  // Audit events arrive as a content script would send them.
  const page = await openOptions();
  await page.evaluate(async () => {
    await chrome.runtime.sendMessage({ type: 'audit', site: 'x', action: 'warned', ruleIds: ['email'] });
    await chrome.runtime.sendMessage({ type: 'audit', site: 'x', action: 'overridden', ruleIds: ['email'], reason: 'consent' });
    await chrome.runtime.sendMessage({ type: 'audit', site: 'reddit', action: 'posted-clean', ruleIds: [] });
  });
  await expect.poll(() => page.locator('#audit-total').textContent()).toContain('3 event');
  await expect.poll(() => page.locator('#audit-by-category').textContent()).toContain('Contact details2');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  const csv = await new Promise<string>((resolve, reject) => {
    void download.createReadStream().then((stream) => {
      let out = '';
      stream.on('data', (c: Buffer) => { out += c.toString(); });
      stream.on('end', () => resolve(out));
      stream.on('error', reject);
    });
  });
  expect(csv.split('\r\n')[0]).toBe('date,rule,category,site,action,reason,count');
  expect(csv).toMatch(/,email,contact,x,overridden,consent,1\r\n/);
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'Clear the audit…' }).click();
  await expect.poll(() => page.locator('#audit-total').textContent()).toContain('0 event');
  await page.close();
});

test('axe finds no violations on the options page and the popup', async () => {
  const page = await openOptions();
  await page.getByLabel('Test post').fill('Reach the family at jane.doe@gmail.com tonight');
  await page.locator('#test-preview mark').first().waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await page.goto(`chrome-extension://${s.extensionId}/src/popup/index.html`);
  await page.waitForSelector('main:not([aria-busy])');
  expect(await axeViolations(page)).toEqual([]);
  await page.close();
});

test('in a French browser the pages are in Canadian French, and axe still finds nothing', async () => {
  const fr = await launch({ locale: 'fr-CA' });
  try {
    const page = await fr.context.newPage();
    await page.goto(`chrome-extension://${fr.extensionId}/src/options/index.html`);
    await page.waitForSelector('main:not([aria-busy])');
    expect(await page.locator('html').getAttribute('lang')).toBe('fr-CA');
    await expect.poll(() => page.getByRole('button', { name: 'Enregistrer la politique' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`chrome-extension://${fr.extensionId}/src/popup/index.html`);
    await page.waitForSelector('main:not([aria-busy])');
    expect(await page.locator('#status').textContent()).toBe('Clear to Post ne vérifie pas ce site.');
    expect(await axeViolations(page)).toEqual([]);
  } finally {
    await fr.close();
  }
});
