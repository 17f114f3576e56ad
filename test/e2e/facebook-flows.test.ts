// Facebook beyond the one-step "Create post" dialog (facebook.test.ts): the two-step
// "Next -> Post settings -> Post" flow, where the editor is gone by the time Post is pressed,
// and the comment box under a published post, which posts on Enter. In the English and the
// French UI, and in German (labels from the shared table, common.ts); the adapter tells these
// apart by structure, the labels only name a step. Then in Polish, whose labels the adapter
// does not know: Post is found by structure alone.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, type Session } from './harness.ts';
import { EN, FR, highlighted, SAMPLE_EN, SAMPLE_FR, settle, typePost, ui, waitForMarks, watchGate } from './site-spec.ts';
import { openSite } from './sites.ts';

interface FacebookFixture {
  step(): 'compose' | 'settings' | 'closed';
  comment(): string;
  comments: string[];
  shares(): number;
  tools(): number;
}
const fb = <T>(page: Page, read: (f: FacebookFixture) => T): Promise<T> =>
  page.evaluate(`(${read.toString()})(window.__fixture)`) as Promise<T>;

const WORDS = {
  en: { next: 'Next', post: 'Post', back: 'Back', settings: 'Post settings', writeComment: 'Write a comment…', comment: 'Comment', share: 'Share', emoji: 'Insert an emoji' },
  fr: { next: 'Suivant', post: 'Publier', back: 'Retour', settings: 'Paramètres de la publication', writeComment: 'Écrivez un commentaire…', comment: 'Commenter', share: 'Partager', emoji: 'Insérer un emoji' },
  // Our UI stays English (the browser's locale); the page is German.
  de: { next: 'Weiter', post: 'Posten', back: 'Zurück', settings: 'Beitragseinstellungen', writeComment: 'Schreibe einen Kommentar …', comment: 'Kommentieren', share: 'Teilen', emoji: 'Emoji einfügen' },
};

for (const lang of ['en', 'fr', 'de'] as const) {
  const L = lang === 'fr' ? FR : EN;
  const S = lang === 'fr' ? SAMPLE_FR : SAMPLE_EN;
  const W = WORDS[lang];

  describe(`facebook flows (${lang})`, () => {
    let s: Session;
    beforeAll(async () => { s = await launch(lang === 'fr' ? { locale: 'fr-CA' } : {}); });
    afterAll(async () => { await s?.close(); });

    const twoStep = () => openSite(s.context, 'facebook', { lang, url: 'https://www.facebook.com/?flow=next' });
    const settingsPost = (page: Page) => page.getByRole('dialog', { name: W.settings }).getByRole('button', { name: W.post, exact: true });
    const next = async (page: Page) => {
      await page.getByRole('dialog').getByRole('button', { name: W.next, exact: true }).click();
      await page.waitForFunction(() => (window.__fixture as unknown as FacebookFixture).step() === 'settings');
    };

    test('"Next" is a step: the gate holds the final Post, with the findings of the text typed before it', async () => {
      const o = await twoStep();
      await typePost(o, S.phi);
      await waitForMarks(o.page, 1);
      const gateSeen = await watchGate(o.page);
      await next(o.page);
      expect(await gateSeen()).toBe(false);
      // The editor is gone; its findings are not.
      expect(await o.page.locator('[data-lexical-editor="true"]').count()).toBe(1); // the comment box
      await settingsPost(o.page).click();
      const gate = ui(o.page).getByRole('alertdialog');
      await gate.waitFor();
      expect(await gate.locator('.ctp-excerpt').allTextContents()).toEqual([S.span]);
      await settle(o.page);
      expect(await o.posts()).toEqual([]);
      await gate.getByRole('button', { name: L.review }).click();
      await gate.waitFor({ state: 'detached' });
      await settle(o.page);
      expect(await o.posts()).toEqual([]);

      await settingsPost(o.page).click();
      await gate.getByRole('button', { name: L.postAnyway }).click();
      await o.page.waitForFunction(() => window.__fixture.posts.length > 0);
      await settle(o.page);
      expect(await o.posts()).toEqual([S.phi]);
      expect(o.errors).toEqual([]);
      await o.page.close();
    });

    test('"Back" brings the text to a new editor, checked again; fixed there, it goes through both steps', async () => {
      const o = await twoStep();
      await typePost(o, S.phi);
      await waitForMarks(o.page, 1);
      await next(o.page);
      await o.page.getByRole('button', { name: W.back, exact: true }).click();
      await o.page.waitForFunction((t) => (window.__fixture as unknown as FacebookFixture).step() === 'compose' && window.__fixture.text() === t, S.phi);
      await waitForMarks(o.page, 1);
      await o.page.getByRole('button', { name: L.chip }).click();
      await ui(o.page).getByRole('button', { name: L.fixAll }).click();
      const fixed = S.phi.replace(`${S.span} `, '');
      await o.page.waitForFunction((t) => window.__fixture.text() === t, fixed);
      const panel = ui(o.page).getByRole('dialog', { name: L.panel });
      if (await panel.isVisible()) await panel.getByRole('button', { name: L.close }).click();
      const gateSeen = await watchGate(o.page);
      await next(o.page);
      await settingsPost(o.page).click();
      await o.page.waitForFunction(() => window.__fixture.posts.length > 0);
      await settle(o.page);
      expect(await o.posts()).toEqual([fixed]);
      expect(await gateSeen()).toBe(false);
      expect(o.errors).toEqual([]);
      await o.page.close();
    });

    test('a clean post goes through both steps without a gate', async () => {
      const o = await twoStep();
      await typePost(o, S.clean);
      await ui(o.page).waitFor({ state: 'attached' });
      const gateSeen = await watchGate(o.page);
      await next(o.page);
      await settingsPost(o.page).click();
      await o.page.waitForFunction(() => window.__fixture.posts.length > 0);
      await settle(o.page);
      expect(await o.posts()).toEqual([S.clean]);
      expect(await gateSeen()).toBe(false);
      expect(o.errors).toEqual([]);
      await o.page.close();
    });

    test('a comment box: Enter and its send button are held on findings; the post\'s own buttons never are', async () => {
      const o = await openSite(s.context, 'facebook', { lang });
      const box = o.page.getByRole('textbox', { name: W.writeComment });
      await box.click();
      await o.page.keyboard.type(S.phi);
      await o.page.waitForFunction((t) => (window.__fixture as unknown as FacebookFixture).comment() === t, S.phi);
      await waitForMarks(o.page, 1);
      // Only the comment is read: the published post above it (patient name and all) is not.
      expect(await highlighted(o.page)).toEqual({ 'ctp-high': [S.span] });

      // The post's action bar says "Comment" and "Share" too; those publish nothing of ours.
      const gateSeen = await watchGate(o.page);
      const article = o.page.getByRole('article');
      await article.locator('.actions').getByRole('button', { name: W.share, exact: true }).click();
      await article.locator('.actions').getByRole('button', { name: W.comment, exact: true }).click();
      await o.page.waitForFunction(() => (window.__fixture as unknown as FacebookFixture).shares() === 1);
      // Nor do the comment box's own tools beside its send button.
      await article.locator('.comment-composer').getByRole('button', { name: W.emoji, exact: true }).click();
      await o.page.waitForFunction(() => (window.__fixture as unknown as FacebookFixture).tools() === 1);
      await settle(o.page);
      expect(await gateSeen()).toBe(false);

      await box.focus();
      await o.page.keyboard.press('Enter');
      const gate = ui(o.page).getByRole('alertdialog');
      await gate.waitFor();
      await settle(o.page);
      expect(await fb(o.page, (f) => f.comments)).toEqual([]);
      expect(await fb(o.page, (f) => f.comment())).toBe(S.phi);
      await gate.getByRole('button', { name: L.review }).click();
      await gate.waitFor({ state: 'detached' });

      // "Review" opened the finding's card over the box; the keyboard reaches the send button.
      await article.locator('.comment-composer').getByRole('button', { name: W.comment, exact: true }).focus();
      await o.page.keyboard.press('Enter');
      await gate.waitFor();
      await gate.getByRole('button', { name: L.postAnyway }).click();
      await o.page.waitForFunction(() => (window.__fixture as unknown as FacebookFixture).comments.length > 0);
      await settle(o.page);
      expect(await fb(o.page, (f) => f.comments)).toEqual([S.phi]);

      // Held by Enter, sent by "Post anyway": the site's Enter runs once. The same text typed
      // again at once (no typing pause) is held like the first time.
      await box.focus();
      await o.page.keyboard.type(S.phi);
      await o.page.waitForFunction((t) => (window.__fixture as unknown as FacebookFixture).comment() === t, S.phi);
      await o.page.keyboard.press('Enter');
      await gate.waitFor();
      await gate.getByRole('button', { name: L.postAnyway }).click();
      await o.page.waitForFunction(() => (window.__fixture as unknown as FacebookFixture).comments.length > 1);
      await settle(o.page);
      expect(await fb(o.page, (f) => f.comments)).toEqual([S.phi, S.phi]);
      expect(await fb(o.page, (f) => f.comment())).toBe('');

      // A clean comment goes straight out on Enter.
      const cleanSeen = await watchGate(o.page);
      await box.focus();
      await o.page.keyboard.type(S.clean);
      await o.page.keyboard.press('Enter');
      await o.page.waitForFunction(() => (window.__fixture as unknown as FacebookFixture).comments.length > 2);
      await settle(o.page);
      expect(await fb(o.page, (f) => f.comments)).toEqual([S.phi, S.phi, S.clean]);
      expect(await cleanSeen()).toBe(false);
      expect(await o.posts()).toEqual([]);
      expect(o.errors).toEqual([]);
      await o.page.close();
    });
  });
}

// A Facebook UI in a language the adapter has no labels for (Polish): Post is found by the
// dialog's structure (the primary action after the editor, disabled while it is empty), so the
// gate still holds it. Without labels, a two-step flow's "Dalej" (Next) is taken for Post: the
// gate comes one step early, and its "Post anyway" carries the post through both steps.
describe('facebook in a language without labels (pl)', () => {
  let s: Session;
  beforeAll(async () => { s = await launch(); });
  afterAll(async () => { await s?.close(); });
  const pl = (flow = '') => openSite(s.context, 'facebook', { lang: 'pl', url: `https://www.facebook.com/${flow}` });
  const button = (page: Page, name: string) => page.getByRole('dialog').getByRole('button', { name, exact: true });

  test('"Opublikuj" is held at the gate on findings, and "Post anyway" posts once', async () => {
    const o = await pl();
    await typePost(o, SAMPLE_EN.phi);
    await waitForMarks(o.page, 1);
    await button(o.page, 'Opublikuj').click();
    const gate = ui(o.page).getByRole('alertdialog');
    await gate.waitFor();
    await settle(o.page);
    expect(await o.posts()).toEqual([]);
    await gate.getByRole('button', { name: EN.postAnyway }).click();
    await o.page.waitForFunction(() => window.__fixture.posts.length > 0);
    await settle(o.page);
    expect(await o.posts()).toEqual([SAMPLE_EN.phi]);
    expect(o.errors).toEqual([]);
    await o.page.close();
  });

  test('a clean post goes straight through "Opublikuj"', async () => {
    const o = await pl();
    await typePost(o, SAMPLE_EN.clean);
    await ui(o.page).waitFor({ state: 'attached' });
    const gateSeen = await watchGate(o.page);
    await button(o.page, 'Opublikuj').click();
    await o.page.waitForFunction(() => window.__fixture.posts.length > 0);
    await settle(o.page);
    expect(await o.posts()).toEqual([SAMPLE_EN.clean]);
    expect(await gateSeen()).toBe(false);
    await o.page.close();
  });

  test('two steps: "Dalej" is held on findings; "Post anyway" takes the post to the last step, which posts it once', async () => {
    const o = await pl('?flow=next');
    await typePost(o, SAMPLE_EN.phi);
    await waitForMarks(o.page, 1);
    await button(o.page, 'Dalej').click();
    const gate = ui(o.page).getByRole('alertdialog');
    await gate.waitFor();
    await settle(o.page);
    expect(await fb(o.page, (f) => f.step())).toBe('compose');
    await gate.getByRole('button', { name: EN.postAnyway }).click();
    await o.page.waitForFunction(() => (window.__fixture as unknown as FacebookFixture).step() === 'settings');
    expect(await o.posts()).toEqual([]);
    await o.page.getByRole('dialog', { name: 'Ustawienia posta' }).getByRole('button', { name: 'Opublikuj', exact: true }).click();
    await o.page.waitForFunction(() => window.__fixture.posts.length > 0);
    await settle(o.page);
    expect(await o.posts()).toEqual([SAMPLE_EN.phi]);
    expect(o.errors).toEqual([]);
    await o.page.close();
  });

  test('a comment\'s send button (after its tools) is held on findings; the post\'s "Udostępnij" is not', async () => {
    const o = await pl();
    const box = o.page.getByRole('textbox', { name: 'Napisz komentarz…' });
    await box.click();
    await o.page.keyboard.type(SAMPLE_EN.phi);
    await o.page.waitForFunction((t) => (window.__fixture as unknown as FacebookFixture).comment() === t, SAMPLE_EN.phi);
    await waitForMarks(o.page, 1);
    const gateSeen = await watchGate(o.page);
    const article = o.page.getByRole('article');
    await article.locator('.actions').getByRole('button', { name: 'Udostępnij', exact: true }).click();
    await article.locator('.comment-composer').getByRole('button', { name: 'Wstaw emoji', exact: true }).click();
    await o.page.waitForFunction(() => (window.__fixture as unknown as FacebookFixture).shares() === 1 && (window.__fixture as unknown as FacebookFixture).tools() === 1);
    await settle(o.page);
    expect(await gateSeen()).toBe(false);
    await article.locator('.comment-composer').getByRole('button', { name: 'Skomentuj', exact: true }).click();
    await ui(o.page).getByRole('alertdialog').waitFor();
    await settle(o.page);
    expect(await fb(o.page, (f) => f.comments)).toEqual([]);
    expect(o.errors).toEqual([]);
    await o.page.close();
  });
});
