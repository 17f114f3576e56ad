// The behaviour every supported site must show in a real browser, written once and run by one
// spec file per site (x.test.ts, facebook.test.ts, ...): underlines on patient information, a
// fix that changes what the page would post and that undo takes back, the gate at Post with
// "Post anyway" posting exactly once, and a clean post that goes straight through.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, type LaunchOptions, type Session } from './harness.ts';
import { openSite, SITES, type OpenedSite, type Site } from './sites.ts';

export interface Ui {
  chip: RegExp;
  fixAll: string;
  review: string;
  postAnyway: string;
  remove: string;
  panel: string;
  close: string;
}

export const EN: Ui = { chip: /^Clear to Post: 1 finding$/, fixAll: 'Fix all', review: 'Review', postAnyway: 'Post anyway', remove: 'Remove', panel: 'Findings in this post', close: 'Close' };
export const FR: Ui = { chip: /^Clear to Post : 1 signalement$/, fixAll: 'Tout corriger', review: 'Réviser', postAnyway: 'Publier quand même', remove: 'Supprimer', panel: 'Signalements dans cette publication', close: 'Fermer' };

export interface Sample {
  /** A post with one piece of patient information... */
  phi: string;
  /** ...which is exactly this span. */
  span: string;
  /** A post with nothing to flag. */
  clean: string;
}

// The email rule is the detector on main that these specs can count on for an exact span.
export const SAMPLE_EN: Sample = {
  phi: 'Long night in the ER. Her daughter asked us to write to jane.tremblay72@gmail.com with updates 🙏',
  span: 'jane.tremblay72@gmail.com',
  clean: 'Proud of our team: 1,200 flu shots this week at the community clinic! 🎉 #nursing',
};
export const SAMPLE_FR: Sample = {
  phi: 'Garde de nuit à l’urgence. Sa fille nous a écrit à m.gagnon@videotron.ca pour avoir des nouvelles.',
  span: 'm.gagnon@videotron.ca',
  clean: 'Fiers de notre équipe : 1 200 vaccins contre la grippe cette semaine à la clinique! 🎉',
};

/** Our UI's host element; Playwright's locators pierce its open shadow root. */
export const ui = (page: Page): Locator => page.locator('clear-to-post-ui');

/** The texts under the underlines drawn with the CSS Custom Highlight API, by severity. */
export function highlighted(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const name of ['ctp-high', 'ctp-medium', 'ctp-low']) {
      const h = CSS.highlights.get(name);
      if (h) out[name] = [...h].map((r) => (r as Range).toString());
    }
    return out;
  });
}

/** Overlay underline boxes, with whether each lies within the editor's box. */
export function overlayMarks(page: Page, editor: string): Promise<{ key: string; severity: string; inside: boolean }[]> {
  return page.evaluate((sel) => {
    const ed = document.querySelector(sel)!.getBoundingClientRect();
    const root = document.querySelector('clear-to-post-ui')?.shadowRoot;
    return [...(root?.querySelectorAll<HTMLElement>('.ctp-mark') ?? [])].map((m) => {
      const r = m.getBoundingClientRect();
      return {
        key: m.dataset.key ?? '',
        severity: m.dataset.severity ?? '',
        inside: r.width > 0 && r.height > 0 && r.left >= ed.left - 1 && r.right <= ed.right + 1 && r.top >= ed.top - 1 && r.bottom <= ed.bottom + 1,
      };
    });
  }, editor);
}

/** One finding's underline: one box per line box of its span, all high, all over the editor. */
function expectOneMark(marks: { key: string; severity: string; inside: boolean }[]): void {
  expect(marks.length).toBeGreaterThan(0);
  expect(new Set(marks.map((m) => m.key)).size).toBe(1);
  expect(marks.every((m) => m.severity === 'high' && m.inside)).toBe(true);
}

/** Waits until the underlines of the last analysis are drawn. */
export async function waitForMarks(page: Page, n: number): Promise<void> {
  await page.waitForFunction((k) => document.querySelector('clear-to-post-ui')?.getAttribute('data-marks') === String(k), n);
}

/** Starts recording whether our gate ever appears, to prove that a clean post was never held. */
export async function watchGate(page: Page): Promise<() => Promise<boolean>> {
  await page.evaluate(() => {
    const w = window as unknown as { __gateSeen: boolean };
    w.__gateSeen = false;
    const root = document.querySelector('clear-to-post-ui')?.shadowRoot;
    if (!root) return;
    const check = () => { if (root.querySelector('[role="alertdialog"]')) w.__gateSeen = true; };
    new MutationObserver(check).observe(root, { childList: true, subtree: true });
    check();
  });
  return () => page.evaluate(() => (window as unknown as { __gateSeen: boolean }).__gateSeen);
}

/** Resolves after the page has had two frames and a task: enough for a second post to show. */
export const settle = (page: Page): Promise<void> =>
  page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0)))));

export async function typePost(o: OpenedSite, text: string): Promise<void> {
  await o.focusEditor();
  await o.page.keyboard.type(text);
  await o.page.waitForFunction((t) => window.__fixture.text() === t, text);
}

export interface SiteSpecOptions {
  lang?: 'en' | 'fr';
  /** The site posts with Ctrl/Cmd+Enter from the editor: that path must be held too. */
  modEnter?: boolean;
  /** Also run the underline test with the overlay fallback forced. */
  overlay?: boolean;
  /** How the browser starts (e.g. with a host permission granted before). */
  launch?: LaunchOptions;
  /** Runs once the browser is up, before the first test (e.g. adds a Mastodon instance). */
  setup?: (s: Session) => Promise<void>;
}

export function describeSite(site: Site, opts: SiteSpecOptions = {}): void {
  const lang = opts.lang ?? 'en';
  const L = lang === 'fr' ? FR : EN;
  const S = lang === 'fr' ? SAMPLE_FR : SAMPLE_EN;
  const info = SITES[site];
  const textarea = info.editor.endsWith('textarea');

  describe(`${site} (${info.framework}${lang === 'fr' ? ', French' : ''})`, () => {
    let s: Session;
    let o: OpenedSite;
    beforeAll(async () => {
      s = await launch({ ...opts.launch, ...(lang === 'fr' ? { locale: 'fr-CA' } : {}) });
      await opts.setup?.(s);
    });
    afterAll(async () => { await s?.close(); });

    const open = async (overlay = false) => {
      o = await openSite(s.context, site, { lang });
      if (overlay) await o.page.evaluate(() => document.documentElement.setAttribute('data-clear-to-post-overlay', ''));
      return o;
    };
    const close = async () => {
      expect(o.errors).toEqual([]);
      await o.page.close();
    };

    test('a post with patient information gets underlined, and the chip counts it', async () => {
      await open();
      await typePost(o, S.phi);
      await waitForMarks(o.page, 1);
      await expect.poll(() => o.page.getByRole('button', { name: L.chip }).count()).toBe(1);
      if (textarea) {
        // A textarea's text has no DOM ranges: the underline is an overlay box over the field.
        expect(await ui(o.page).getAttribute('data-highlights')).toBeTruthy();
        expectOneMark(await overlayMarks(o.page, info.editor));
      } else {
        expect(await ui(o.page).getAttribute('data-highlights')).toBe('css');
        expect(await highlighted(o.page)).toEqual({ 'ctp-high': [S.span] });
      }
      await close();
    });

    if (opts.overlay && !textarea) {
      test('with the overlay fallback forced, the underline is a box over the span', async () => {
        await open(true);
        await typePost(o, S.phi);
        await waitForMarks(o.page, 1);
        expect(await ui(o.page).getAttribute('data-highlights')).toBe('overlay');
        expectOneMark(await overlayMarks(o.page, info.editor));
        expect(await highlighted(o.page)).toEqual({});
        await close();
      });
    }

    test('a fix changes what the page would post, undo restores it, and the fixed post goes through', async () => {
      await open();
      await typePost(o, S.phi);
      await waitForMarks(o.page, 1);
      await o.page.evaluate(() => window.__fixture.cutoff?.());
      // The keyboard path to the card: Alt+Shift+C from the editor moves focus into it.
      await o.page.keyboard.press('Alt+Shift+C');
      const card = ui(o.page).getByRole('dialog').filter({ has: o.page.getByRole('button', { name: L.remove }) });
      await card.getByRole('button', { name: L.remove }).click();
      // Remove takes the space after the address with it: the post reads on, no double space.
      const fixed = S.phi.replace(`${S.span} `, '');
      expect(fixed).not.toMatch(/ {2}/);
      await o.page.waitForFunction((t) => window.__fixture.text() === t, fixed);
      await waitForMarks(o.page, 0);
      await o.page.focus(info.editor);
      await o.page.keyboard.press('Control+z');
      await o.page.waitForFunction((t) => window.__fixture.text() === t, S.phi);
      await waitForMarks(o.page, 1);
      // Fix again, from the chip's panel this time, and post: the page sends the fixed text.
      await o.page.getByRole('button', { name: L.chip }).click();
      await ui(o.page).getByRole('button', { name: L.fixAll }).click();
      await o.page.waitForFunction((t) => window.__fixture.text() === t, fixed);
      // The panel stays open after "Fix all" (it then says "no findings") and can sit over the
      // site's Post button: close it as a user would.
      const panel = ui(o.page).getByRole('dialog', { name: L.panel });
      if (await panel.isVisible()) await panel.getByRole('button', { name: L.close }).click();
      await o.page.click(info.post);
      await o.page.waitForFunction(() => window.__fixture.posts.length > 0);
      await settle(o.page);
      expect(await o.posts()).toEqual([fixed]);
      await close();
    });

    test('Post is held at the gate; "Review" posts nothing; "Post anyway" posts exactly once', async () => {
      await open();
      await typePost(o, S.phi);
      await o.page.click(info.post);
      const gate = ui(o.page).getByRole('alertdialog');
      await gate.waitFor();
      for (const name of [L.fixAll, L.review, L.postAnyway]) await expect.poll(() => gate.getByRole('button', { name }).count()).toBe(1);
      await settle(o.page);
      expect(await o.posts()).toEqual([]);
      await gate.getByRole('button', { name: L.review }).click();
      await gate.waitFor({ state: 'detached' });
      await settle(o.page);
      expect(await o.posts()).toEqual([]);
      expect(await o.text()).toBe(S.phi);

      if (opts.modEnter) {
        await o.page.focus(info.editor);
        await o.page.keyboard.press('Control+Enter');
        await gate.waitFor();
        await settle(o.page);
        expect(await o.posts()).toEqual([]);
        await o.page.keyboard.press('Escape');
        await gate.waitFor({ state: 'detached' });
      }

      await o.page.click(info.post);
      await gate.getByRole('button', { name: L.postAnyway }).click();
      await o.page.waitForFunction(() => window.__fixture.posts.length > 0);
      await settle(o.page);
      expect(await o.posts()).toEqual([S.phi]);
      expect(await gate.count()).toBe(0);
      await close();
    });

    test('a clean post goes straight through, even when Post is pressed right after typing', async () => {
      await open();
      await typePost(o, S.clean);
      await ui(o.page).waitFor({ state: 'attached' });
      const gateSeen = await watchGate(o.page);
      await o.page.click(info.post);
      await o.page.waitForFunction(() => window.__fixture.posts.length > 0);
      await settle(o.page);
      expect(await o.posts()).toEqual([S.clean]);
      expect(await gateSeen()).toBe(false);
      await close();
    });
  });
}
