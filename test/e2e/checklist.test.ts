import { afterAll, expect, test } from 'vitest';
import { launch, type Session } from './harness.ts';

// The "Before you post" checklist: an extension page in the browser's UI language, usable
// from the keyboard alone.

const sessions: Session[] = [];
afterAll(async () => { for (const s of sessions) await s.close(); });

async function openChecklist(locale: string) {
  const s = await launch({ locale });
  sessions.push(s);
  const page = await s.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`chrome-extension://${s.extensionId}/src/checklist/index.html`);
  await page.waitForSelector('body[data-ready="true"]');
  return { page, errors };
}

test('English: every item is a labelled checkbox, ticked from the keyboard, with progress read out', async () => {
  const { page, errors } = await openChecklist('en-US');
  await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Before you post');
  expect(await page.getAttribute('html', 'lang')).toBe('en');
  const boxes = page.getByRole('checkbox');
  const n = await boxes.count();
  expect(n).toBe(10);
  for (let i = 0; i < n; i++) expect((await boxes.nth(i).evaluate((b) => (b as HTMLInputElement).labels?.[0]?.textContent ?? '')).trim().length).toBeGreaterThan(20);
  await expect(page.getByRole('status').textContent()).resolves.toBe(`0 of ${n} checked`);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await page.waitForFunction(() => document.getElementById('progress')?.textContent?.startsWith('1 of'));
  expect(await boxes.first().isChecked()).toBe(true);
  // With no organisation text in the policy, the page says where to ask instead of staying blank.
  await expect(page.locator('#org').textContent()).resolves.toContain('privacy office');
  expect(errors).toEqual([]);
});

test('Canadian French follows the browser language', async () => {
  const { page, errors } = await openChecklist('fr-CA');
  await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Avant de publier');
  expect(await page.getAttribute('html', 'lang')).toBe('fr-CA');
  await expect(page.getByRole('status').textContent()).resolves.toBe('0 sur 10 cochés');
  expect(errors).toEqual([]);
});
