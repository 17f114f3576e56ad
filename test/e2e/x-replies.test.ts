// X beyond the compose dialog (x.test.ts): the inline reply box under a post on its status page
// and the quote composer (Repost -> Quote), both Draft.js, both tweetTextarea_0 at the same
// time. Each is checked on its own text and held at its own button; the published and the
// quoted post (patient details and all) are not composers. Last, fixes across Draft's leaves.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, type Session } from './harness.ts';
import { EN, highlighted, SAMPLE_EN as S, settle, ui, waitForMarks, watchGate } from './site-spec.ts';
import { openSite, type OpenedSite } from './sites.ts';

let s: Session;
beforeAll(async () => { s = await launch(); });
afterAll(async () => { await s?.close(); });

const STATUS = 'https://x.com/nurse_sam/status/1857000000000000001';
const REPLY_EDITOR = '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]';
const REPLY = '[data-testid="tweetButtonInline"]';
const QUOTE_EDITOR = '[role="dialog"] [data-testid="tweetTextarea_0"]';
const QUOTE_POST = '[role="dialog"] [data-testid="tweetButton"]';

const kinds = (page: Page) => page.evaluate(() => [...(window.__fixture as unknown as { kinds: string[] }).kinds]);

async function typeInto(o: OpenedSite, editor: string, text: string): Promise<void> {
  await o.page.click(editor);
  await o.page.keyboard.type(text);
  await o.page.waitForFunction((t) => window.__fixture.text() === t, text);
}

async function openQuote(o: OpenedSite): Promise<void> {
  await o.page.click('[data-testid="tweet"] [data-testid="retweet"]');
  await o.page.getByRole('menuitem', { name: 'Quote' }).click();
  await o.page.locator(QUOTE_EDITOR).waitFor();
}

async function postAnyway(o: OpenedSite, button: string, before: number): Promise<void> {
  await o.page.click(button);
  const gate = ui(o.page).getByRole('alertdialog');
  await gate.waitFor();
  await settle(o.page);
  expect((await o.posts()).length).toBe(before);
  await gate.getByRole('button', { name: EN.postAnyway }).click();
  await o.page.waitForFunction((n) => window.__fixture.posts.length > n, before);
  await settle(o.page);
}

test('the reply box under a post: underlined, held at Reply and at Ctrl+Enter, "Post anyway" replies once', async () => {
  const o = await openSite(s.context, 'x', { url: STATUS });
  await typeInto(o, REPLY_EDITOR, S.phi);
  await waitForMarks(o.page, 1);
  // The post replied to names a patient too, but only the reply is read.
  expect(await highlighted(o.page)).toEqual({ 'ctp-high': [S.span] });
  await o.page.focus(REPLY_EDITOR);
  await o.page.keyboard.press('Control+Enter');
  const gate = ui(o.page).getByRole('alertdialog');
  await gate.waitFor();
  await o.page.keyboard.press('Escape');
  await gate.waitFor({ state: 'detached' });
  expect(await o.posts()).toEqual([]);
  await postAnyway(o, REPLY, 0);
  expect(await o.posts()).toEqual([S.phi]);
  expect(await kinds(o.page)).toEqual(['reply']);
  expect(o.errors).toEqual([]);
  await o.page.close();
});

test('a clean quote posts straight through while the reply box below holds patient information', async () => {
  const o = await openSite(s.context, 'x', { url: STATUS });
  await typeInto(o, REPLY_EDITOR, S.phi);
  await waitForMarks(o.page, 1);
  await openQuote(o);
  await typeInto(o, QUOTE_EDITOR, S.clean);
  const gateSeen = await watchGate(o.page);
  await o.page.click(QUOTE_POST);
  await o.page.waitForFunction(() => window.__fixture.posts.length > 0);
  await settle(o.page);
  expect(await o.posts()).toEqual([S.clean]);
  expect(await kinds(o.page)).toEqual(['quote']);
  expect(await gateSeen()).toBe(false);
  // The reply box kept its text and its finding: its own button is still held.
  await o.page.click(REPLY_EDITOR);
  expect(await o.text()).toBe(S.phi);
  await postAnyway(o, REPLY, 1);
  expect(await o.posts()).toEqual([S.clean, S.phi]);
  expect(o.errors).toEqual([]);
  await o.page.close();
});

test('a quote with patient information is underlined and held; "Post anyway" posts it once', async () => {
  const o = await openSite(s.context, 'x', { url: STATUS });
  await openQuote(o);
  await typeInto(o, QUOTE_EDITOR, S.phi);
  await waitForMarks(o.page, 1);
  // The quoted post inside the dialog is not read either.
  expect(await highlighted(o.page)).toEqual({ 'ctp-high': [S.span] });
  await postAnyway(o, QUOTE_POST, 0);
  expect(await o.posts()).toEqual([S.phi]);
  expect(await kinds(o.page)).toEqual(['quote']);
  expect(o.errors).toEqual([]);
  await o.page.close();
});

// Draft.js keeps #hashtags, @mentions and links in leaves of their own. A finding across such a
// leaf edge is replaced through Draft's own cut (removal) or paste (replacement) handling: one
// change in the model, so one undo takes the whole fix back.
test.each([
  { typed: 'Room #412 bed 2 patient was moved', button: EN.remove, fixed: 'patient was moved' },
  { typed: 'My patient is #93 years old today', button: 'Replace with “90+”', fixed: 'My patient is #90+ today' },
])('a fix across a hashtag span is one edit: "$button" on "$typed", one undo restores it', async ({ typed, button, fixed }) => {
  const o = await openSite(s.context, 'x');
  await o.focusEditor();
  await o.page.keyboard.type(typed);
  await o.page.waitForFunction((t) => window.__fixture.text() === t, typed);
  await waitForMarks(o.page, 1);
  // The finding does cross a leaf edge: its text is in more than one text node.
  const leaves = await o.page.evaluate(() => {
    const r = ['ctp-high', 'ctp-medium', 'ctp-low'].map((k) => CSS.highlights.get(k)?.values().next().value as Range | undefined).find(Boolean);
    if (!r) return 0;
    const w = document.createTreeWalker(r.commonAncestorContainer, NodeFilter.SHOW_TEXT);
    let n = 0;
    for (let t = w.currentNode as Node | null; t; t = w.nextNode()) if (t.nodeType === Node.TEXT_NODE && r.intersectsNode(t)) n++;
    return n;
  });
  expect(leaves).toBeGreaterThan(1);
  await o.page.keyboard.press('Alt+Shift+C');
  const card = ui(o.page).getByRole('dialog').filter({ has: o.page.getByRole('button', { name: button }) });
  await card.getByRole('button', { name: button }).click();
  await o.page.waitForFunction((t) => window.__fixture.text() === t, fixed);
  await waitForMarks(o.page, 0);
  await o.page.focus(o.info.editor);
  await o.page.keyboard.press('Control+z');
  await o.page.waitForFunction((t) => window.__fixture.text() === t, typed);
  await waitForMarks(o.page, 1);
  // And fixed again, what the page posts is the fixed text.
  await o.page.getByRole('button', { name: EN.chip }).click();
  await ui(o.page).getByRole('button', { name: EN.fixAll }).click();
  await o.page.waitForFunction((t) => window.__fixture.text() === t, fixed);
  const panel = ui(o.page).getByRole('dialog', { name: EN.panel });
  if (await panel.isVisible()) await panel.getByRole('button', { name: EN.close }).click();
  await o.page.click(o.info.post);
  await o.page.waitForFunction(() => window.__fixture.posts.length > 0);
  await settle(o.page);
  expect(await o.posts()).toEqual([fixed]);
  expect(o.errors).toEqual([]);
  await o.page.close();
});
