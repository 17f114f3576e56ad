import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Session } from './harness.ts';
import { DEFAULT_POLICY } from '../../src/engine/policy/defaults.ts';
import type { EffectivePolicy } from '../../src/shared/messages.ts';
import { RULES } from '../../src/engine/index.ts';
import { loadLocale } from '../../scripts/locales.ts';
import { SAMPLE_EN } from './site-spec.ts';

/** The guidance the card must show for the email rule, as the locale files say it. */
const EMAIL_GUIDANCE = loadLocale('en')[RULES.find((r) => r.id === 'email')!.guidance]!.message;

// The content script's own machinery on two plain pages (a textarea in a form, and a bare
// contenteditable with a role=button Post), served at a supported address. Per-site specs
// with the real editor frameworks live beside this file.

const EMAIL = 'jane.tremblay72@gmail.com';
const EMAIL2 = 'd.okafor@hotmail.co.uk';
/** Only the allowlist test uses this one: allowlisting it is stored and applies to every later page. */
const EMAIL3 = 'pat.nguyen88@yahoo.ca';

const page = (body: string, extra = '') => `<!doctype html><html lang="en"${extra}><head><meta charset="utf-8"><title>fixture</title>
<style>body{font:16px/1.5 sans-serif;margin:40px} textarea,[contenteditable]{display:block;width:520px;min-height:120px;border:1px solid #999;padding:8px;font:16px/1.5 sans-serif;white-space:pre-wrap}</style></head>
<body><main>${body}</main><script>
window.posts = [];
window.errors = [];
addEventListener('error', (e) => errors.push(String(e.message)));
</script></body></html>`;

const TEXTAREA = page(`<form id="f"><label>Compose <textarea id="ed" name="t"></textarea></label><button type="submit">Post</button></form>
<input type="search" id="q" aria-label="Search">
<script>document.getElementById('f').addEventListener('submit', (e) => { e.preventDefault(); posts.push(document.getElementById('ed').value); });</script>`);

const TWO_FIELDS = page(`<form id="f"><label>Title <textarea id="title" rows="1"></textarea></label><label>Body <textarea id="ed"></textarea></label><button type="submit">Post</button></form>
<script>document.getElementById('f').addEventListener('submit', (e) => { e.preventDefault(); posts.push(document.getElementById('title').value + '|' + document.getElementById('ed').value); });</script>`);

const EDITABLE = (extra = '') => page(`<section><div id="ed" contenteditable="true" role="textbox" aria-label="Post text"></div>
<div role="button" tabindex="0" id="post">Post</div></section>
<script>const post = () => posts.push(document.getElementById('ed').innerText.replace(/\\n$/, ''));
document.getElementById('post').addEventListener('click', post);
document.getElementById('post').addEventListener('keydown', (e) => { if (e.key === 'Enter') post(); });
document.getElementById('ed').addEventListener('keydown', (e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) post(); });</script>`, extra);

// A redesigned site in German: a contenteditable whose Post is a div role=button, a formatting
// toolbar, "Abbrechen" and an emoji picker after the editor, a published post with its Like
// below, and a search box with its own button. `label` is the Post's label: "Veröffentlichen" (in the word table) or one no table
// holds, so that only the structure can find it; `toggles`: the page enables Post once there
// is text (else Post is always enabled, and only its place in the footer tells it).
const GERMAN = (label: string, toggles: boolean) => page(`<header><div id="q" contenteditable="true" role="textbox" aria-label="Suche"></div>
<div role="button" tabindex="0" id="go">Suchen</div></header>
<section aria-label="Beitrag erstellen"><div id="ed" contenteditable="true" role="textbox" aria-label="Was gibt's Neues?"></div>
<div class="footer"><div role="toolbar" aria-label="Formatierung"><div role="button" tabindex="0" id="bold" aria-pressed="false" aria-label="Fett">B</div></div>
<div role="button" tabindex="0" id="post"${toggles ? ' aria-disabled="true"' : ''}>${label}</div><div role="button" tabindex="0" id="cancel">Abbrechen</div>
<div role="button" tabindex="0" id="emoji" aria-haspopup="dialog" aria-label="Emoji">☺</div></div></section>
<article><p>Schichtende, alle gesund nach Hause.</p><div role="button" tabindex="0" id="like">Gefällt mir</div></article>
<script>window.clicks = { cancel: 0, bold: 0, emoji: 0, like: 0 };
const ed = document.getElementById('ed'), post = document.getElementById('post');
if (${toggles}) ed.addEventListener('input', () => post.setAttribute('aria-disabled', String(ed.textContent.trim() === '')));
post.addEventListener('click', () => { if (post.getAttribute('aria-disabled') !== 'true') posts.push(ed.innerText.replace(/\\n$/, '')); });
for (const id of ['cancel', 'bold', 'emoji', 'like']) document.getElementById(id).addEventListener('click', () => { clicks[id]++; });</script>`).replace('lang="en"', 'lang="de"');

let s: Session;
beforeAll(async () => {
  s = await launch();
  await s.context.route('https://x.com/**', (r) => {
    const path = new URL(r.request().url()).pathname;
    const body = path === '/ctp/textarea' ? TEXTAREA
      : path === '/ctp/two' ? TWO_FIELDS
      : path === '/ctp/editable' ? EDITABLE()
        : path === '/ctp/editable-overlay' ? EDITABLE(' data-clear-to-post-overlay')
          : path === '/ctp/de' ? GERMAN('Veröffentlichen', true)
            : path === '/ctp/de-unlabelled' ? GERMAN('Ab damit', true)
              : path === '/ctp/de-static' ? GERMAN('Ab damit', false)
                : null;
    return body ? r.fulfill({ status: 200, contentType: 'text/html', body }) : r.fulfill({ status: 404, body: '' });
  });
});
afterAll(async () => { await s?.close(); });

async function open(path: string): Promise<Page> {
  const p = await s.context.newPage();
  const errors: string[] = [];
  p.on('pageerror', (e) => errors.push(e.message));
  (p as Page & { errorsSeen: string[] }).errorsSeen = errors;
  await p.goto(`https://x.com${path}`);
  await p.waitForFunction(() => document.documentElement.dataset.clearToPost === 'ready');
  return p;
}

const chip = (p: Page) => p.locator('clear-to-post-ui .ctp-chip');
const posts = (p: Page) => p.evaluate(() => (window as unknown as { posts: string[] }).posts);
const text = (p: Page) => p.evaluate(() => {
  const el = document.getElementById('ed')!;
  return el instanceof HTMLTextAreaElement ? el.value : el.innerText.replace(/\n$/, '');
});

async function typeInto(p: Page, value: string): Promise<void> {
  await p.locator('#ed').click();
  await p.keyboard.insertText(value);
}

/** Clicks the middle of the first underline box of `severity` (overlay path). */
async function clickMark(p: Page, severity = 'high'): Promise<void> {
  const box = await p.locator(`clear-to-post-ui .ctp-mark.ctp-${severity}`).first().boundingBox();
  if (!box) throw new Error('no underline box');
  await p.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** The centre of the text `needle` in the contenteditable, from a DOM range. */
async function textPoint(p: Page, needle: string): Promise<{ x: number; y: number }> {
  return p.evaluate((n) => {
    const el = document.getElementById('ed')!;
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
      const i = t.data.indexOf(n);
      if (i < 0) continue;
      const r = document.createRange();
      r.setStart(t, i);
      r.setEnd(t, i + n.length);
      const b = r.getClientRects()[0]!;
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    }
    throw new Error('text not found');
  }, needle);
}

describe('textarea', () => {
  test('underline (overlay), card, fix, undo; search box ignored', async () => {
    const p = await open('/ctp/textarea');
    await p.locator('#q').click();
    await p.keyboard.insertText(`write to ${EMAIL}`);
    await typeInto(p, `Please write to ${EMAIL} about the visit`);
    await expect.poll(() => chip(p).getAttribute('aria-label')).toBe('Clear to Post: 1 finding');
    await expect.poll(() => p.locator('clear-to-post-ui .ctp-mark.ctp-high').count()).toBeGreaterThan(0);
    await clickMark(p);
    const card = p.getByRole('dialog', { name: /Contact details/ });
    await card.waitFor();
    await expect.poll(() => card.textContent()).toContain(EMAIL_GUIDANCE);
    await card.getByRole('button', { name: 'Remove' }).click();
    // Remove takes one of the two spaces around the address with it: no double space is left.
    await expect.poll(() => text(p)).toBe('Please write to about the visit');
    await expect.poll(() => chip(p).getAttribute('aria-label')).toBe('Clear to Post: no findings');
    await p.locator('#ed').focus();
    await p.keyboard.press('Control+z');
    await expect.poll(() => text(p)).toBe(`Please write to ${EMAIL} about the visit`);
    await expect.poll(() => chip(p).getAttribute('aria-label')).toBe('Clear to Post: 1 finding');
    expect((p as Page & { errorsSeen: string[] }).errorsSeen).toEqual([]);
    await p.close();
  });

  test('a long paste is checked in slices; its underline sits on the span and follows the scroll', async () => {
    const p = await open('/ctp/textarea');
    // Past the length analysed in one go (SLICE_ABOVE_CHARS), so the sliced path runs.
    const body = 'Long night shift in the ER, three codes before midnight and one good save. '.repeat(80);
    await typeInto(p, `Please write to ${EMAIL} today.\n${body}\nOr to ${EMAIL2}`);
    const mark = p.locator('clear-to-post-ui .ctp-mark.ctp-high').first();
    const box = () => mark.boundingBox();
    const scrollTo = (y: number) => p.evaluate((top) => {
      const ta = document.getElementById('ed') as HTMLTextAreaElement;
      ta.scrollTop = top;
      ta.dispatchEvent(new Event('scroll'));
    }, y);
    // The caret is at the end of the paste: the address, on the first line, is scrolled away.
    await scrollTo(0);
    await expect.poll(async () => (await box())?.width ?? 0, { timeout: 10_000 }).toBeGreaterThan(0);
    const ta = (await p.locator('#ed').boundingBox())!;
    const first = (await box())!;
    expect(first.y).toBeGreaterThanOrEqual(ta.y);
    expect(first.y + first.height).toBeLessThanOrEqual(ta.y + 8 + 1.5 * 16 + 4);
    await scrollTo(6);
    await expect.poll(async () => Math.round(((await box())?.y ?? 0) * 10) / 10).toBe(Math.round((first.y - 6) * 10) / 10);
    await scrollTo(0);
    await expect.poll(async () => (await box())?.y).toBe(first.y);
    // The second address, on the last line, some 6,000 characters further: at the bottom.
    await scrollTo(1e6);
    const last = p.locator('clear-to-post-ui .ctp-mark.ctp-high').last();
    await expect.poll(async () => {
      const b = await last.boundingBox();
      return b !== null && b.y >= ta.y + ta.height - 8 - 3 * 24 && b.y + b.height <= ta.y + ta.height;
    }).toBe(true);
    await scrollTo(0);
    await expect.poll(async () => (await box())?.y).toBe(first.y);
    await clickMark(p);
    await p.getByRole('dialog', { name: /Contact details/ }).waitFor();
    expect((p as Page & { errorsSeen: string[] }).errorsSeen).toEqual([]);
    await p.close();
  });

  test('a long paste draws only the underlines near the view at once, and each other one when a scroll brings it near', async () => {
    const p = await open('/ctp/textarea');
    const lines = Array.from({ length: 120 }, (_, i) => `Note ${i}: her daughter asked us to write to m.tremblay${i}@gmail.com with updates.`);
    await typeInto(p, lines.join('\n'));
    await expect.poll(() => chip(p).getAttribute('aria-label')).toBe('Clear to Post: 120 findings');
    // data-marks counts every underline; the boxes are only those near the view (the caret,
    // and so the scroll, is at the end): the far ones are left for a scroll, not lost.
    await expect.poll(() => p.evaluate(() => document.querySelector('clear-to-post-ui')!.getAttribute('data-marks'))).toBe('120');
    const keys = () => p.locator('clear-to-post-ui .ctp-mark').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.key!));
    const first = new Set(await keys());
    expect(first.size).toBeGreaterThan(0);
    expect(first.size).toBeLessThan(30);
    // Scrolled through from the top a box's height at a time, every underline is drawn once in view.
    const seen = new Set<string>();
    const { height, scrollHeight } = await p.evaluate(() => {
      const ta = document.getElementById('ed') as HTMLTextAreaElement;
      return { height: ta.clientHeight, scrollHeight: ta.scrollHeight };
    });
    for (let top = 0; top < scrollHeight; top += height / 2) {
      await p.evaluate((y) => {
        const ta = document.getElementById('ed') as HTMLTextAreaElement;
        ta.scrollTop = y;
        ta.dispatchEvent(new Event('scroll'));
      }, top);
      // The redraw for this scroll is in: a box sits on the line at the top of the view.
      await expect.poll(async () => (await keys()).length).toBeGreaterThan(0);
      await p.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      for (const k of await keys()) seen.add(k);
    }
    expect(seen.size).toBe(120);
    expect((p as Page & { errorsSeen: string[] }).errorsSeen).toEqual([]);
    await p.close();
  });

  /** A post with an email typed into the textarea page, held at the gate after Post. */
  async function heldAtGate() {
    const p = await open('/ctp/textarea');
    await typeInto(p, `Reach her at ${EMAIL}`);
    await expect.poll(() => chip(p).getAttribute('aria-label')).toBe('Clear to Post: 1 finding');
    await p.getByRole('button', { name: 'Post', exact: true }).click();
    const gate = p.getByRole('alertdialog', { name: 'Check before posting' });
    await gate.waitFor();
    return { p, gate };
  }

  test('gate holds Post; Review posts nothing; Post anyway posts exactly once', async () => {
    const { p, gate } = await heldAtGate();
    await gate.getByRole('button', { name: 'Review' }).click();
    await gate.waitFor({ state: 'detached' });
    expect(await posts(p)).toEqual([]);
    await p.getByRole('button', { name: 'Post', exact: true }).click();
    await gate.waitFor();
    for (const name of ['Fix all', 'Review', 'Post anyway']) await gate.getByRole('button', { name }).waitFor();
    await gate.getByRole('button', { name: 'Post anyway' }).click();
    await expect.poll(() => posts(p)).toEqual([`Reach her at ${EMAIL}`]);
    await gate.waitFor({ state: 'detached' });
    expect(await posts(p)).toHaveLength(1);
    await p.close();
  });

  test('the gate says why, names its sources, and opens the "Before you post" checklist', async () => {
    const { p, gate } = await heldAtGate();
    await expect.poll(() => gate.textContent()).toContain(EMAIL_GUIDANCE);
    expect(await gate.getByRole('link').count()).toBeGreaterThan(0);
    const opened = s.context.waitForEvent('page');
    await gate.getByRole('button', { name: 'Before you post' }).click();
    const checklist = await opened;
    await checklist.waitForLoadState();
    expect(checklist.url()).toBe(`chrome-extension://${s.extensionId}/src/checklist/index.html`);
    expect(await posts(p)).toEqual([]);
    await checklist.close();
    await p.close();
  });

  test('a clean post goes straight through, even before any analysis', async () => {
    const p = await open('/ctp/textarea');
    await typeInto(p, 'Great turnout at the flu clinic today!');
    await p.getByRole('button', { name: 'Post', exact: true }).click();
    await expect.poll(() => posts(p)).toEqual(['Great turnout at the flu clinic today!']);
    expect(await p.getByRole('alertdialog').count()).toBe(0);
    await p.close();
  });

  test('Post pressed within the typing pause is still checked', async () => {
    const p = await open('/ctp/textarea');
    await typeInto(p, 'clean start ');
    await p.keyboard.insertText(EMAIL);
    await p.getByRole('button', { name: 'Post', exact: true }).click();
    await p.getByRole('alertdialog').waitFor();
    expect(await posts(p)).toEqual([]);
    await p.close();
  });
});

test('a title and a body in one form are both checked at Post', async () => {
  const p = await open('/ctp/two');
  await p.locator('#title').click();
  await p.keyboard.insertText(`Question from ${EMAIL}`);
  await p.locator('#ed').click();
  await p.keyboard.insertText('A clean body.');
  await p.getByRole('button', { name: 'Post', exact: true }).click();
  const gate = p.getByRole('alertdialog');
  await gate.waitFor();
  expect(await posts(p)).toEqual([]);
  await gate.getByRole('button', { name: 'Post anyway' }).click();
  await expect.poll(() => posts(p)).toEqual([`Question from ${EMAIL}|A clean body.`]);
  await p.close();
});

describe('contenteditable', () => {
  test('CSS Custom Highlight path: ranges registered, nothing added to the editor', async () => {
    const p = await open('/ctp/editable');
    await typeInto(p, `Line one\nwrite to ${EMAIL} 🙂 ok`);
    await expect.poll(() => chip(p).getAttribute('aria-label')).toBe('Clear to Post: 1 finding');
    expect(await p.locator('clear-to-post-ui').getAttribute('data-highlights')).toBe('css');
    await expect.poll(() => p.evaluate(() => CSS.highlights.get('ctp-high')?.size ?? 0)).toBe(1);
    const highlighted = await p.evaluate(() => [...(CSS.highlights.get('ctp-high') as unknown as Set<Range>)][0]!.toString());
    expect(highlighted).toBe(EMAIL);
    expect(await p.locator('#ed *').count()).toBe(await p.evaluate(() => document.querySelectorAll('#ed *').length));
    expect(await p.locator('#ed [class^="ctp"], #ed mark').count()).toBe(0);
    // Hover opens the card on the highlight path too.
    const at = await textPoint(p, EMAIL);
    await p.mouse.move(at.x, at.y);
    const card = p.getByRole('dialog', { name: /Contact details/ });
    await card.waitFor();
    await card.getByRole('button', { name: 'Ignore once' }).click();
    await expect.poll(() => chip(p).getAttribute('aria-label')).toBe('Clear to Post: no findings');
    await expect.poll(() => p.evaluate(() => CSS.highlights.get('ctp-high')?.size ?? 0)).toBe(0);
    await p.close();
  });

  test('overlay path: boxes, fix through the input path, undo', async () => {
    const p = await open('/ctp/editable-overlay');
    await typeInto(p, `Family asked: ${EMAIL} thanks`);
    await expect.poll(() => chip(p).getAttribute('aria-label')).toBe('Clear to Post: 1 finding');
    expect(await p.locator('clear-to-post-ui').getAttribute('data-highlights')).toBe('overlay');
    await expect.poll(() => p.locator('clear-to-post-ui .ctp-mark.ctp-high').count()).toBeGreaterThan(0);
    await clickMark(p);
    const card = p.getByRole('dialog', { name: /Contact details/ });
    await card.getByRole('button', { name: 'Remove' }).click();
    await expect.poll(() => text(p)).toBe('Family asked: thanks');
    await p.locator('#ed').focus();
    await p.keyboard.press('Control+z');
    await expect.poll(() => text(p)).toBe(`Family asked: ${EMAIL} thanks`);
    await p.close();
  });

  /** Two findings in the contenteditable, and the card of the first opened from the keyboard. */
  async function twoFindingsWithCard() {
    const p = await open('/ctp/editable');
    await typeInto(p, `a ${EMAIL} and b ${EMAIL2} end`);
    await expect.poll(() => chip(p).getAttribute('aria-label')).toBe('Clear to Post: 2 findings');
    await p.keyboard.press('Alt+Shift+C');
    const card = p.getByRole('dialog', { name: /Contact details/ });
    await card.waitFor();
    return { p, card };
  }

  test('chip, panel and Fix all; keyboard shortcut opens the card', async () => {
    const { p, card } = await twoFindingsWithCard();
    await p.keyboard.press('Escape');
    await card.waitFor({ state: 'hidden' });
    await p.getByRole('button', { name: 'Clear to Post: 2 findings' }).click();
    const panel = p.getByRole('dialog', { name: 'Findings in this post' });
    await panel.waitFor();
    await panel.getByRole('button', { name: 'Fix all' }).click();
    await expect.poll(() => text(p)).toBe('a and b end');
    await expect.poll(() => chip(p).getAttribute('aria-label')).toBe('Clear to Post: no findings');
    await p.close();
  });

  test('one popup at a time: opening the panel closes the card', async () => {
    const { p, card } = await twoFindingsWithCard();
    await chip(p).click();
    await p.getByRole('dialog', { name: 'Findings in this post' }).waitFor();
    await card.waitFor({ state: 'hidden' });
    await p.close();
  });

  test('at the gate, the title and the buttons stay in view however long the list', async () => {
    const p = await open('/ctp/editable');
    await p.setViewportSize({ width: 800, height: 420 });
    const emails = Array.from({ length: 12 }, (_, i) => `pt.family${i}@gmail.com`);
    await typeInto(p, `Write to ${emails.join(' or ')} tonight`);
    await expect.poll(() => chip(p).getAttribute('aria-label')).toBe('Clear to Post: 12 findings');
    await p.locator('#post').click();
    const gate = p.getByRole('alertdialog');
    await gate.waitFor();
    const inView = async (name: string, role: 'heading' | 'button') => {
      const box = await gate.getByRole(role, { name, exact: true }).boundingBox();
      return !!box && box.y >= 0 && box.y + box.height <= 420;
    };
    expect(await inView('Check before posting', 'heading')).toBe(true);
    for (const name of ['Fix all', 'Review', 'Post anyway']) expect(await inView(name, 'button')).toBe(true);
    await gate.getByRole('button', { name: 'Review' }).click();
    await p.close();
  });

  test('"Not patient information" allowlists the term', async () => {
    const p = await open('/ctp/editable');
    await typeInto(p, `write to ${EMAIL3}`);
    await expect.poll(() => chip(p).getAttribute('aria-label')).toBe('Clear to Post: 1 finding');
    await p.keyboard.press('Alt+Shift+C');
    await p.getByRole('dialog', { name: /Contact details/ }).getByRole('button', { name: 'Not patient information' }).click();
    await expect.poll(() => chip(p).getAttribute('aria-label')).toBe('Clear to Post: no findings');
    // A new occurrence elsewhere is allowlisted too.
    await p.keyboard.insertText(` and again ${EMAIL3}`);
    await expect.poll(() => text(p)).toContain('again');
    await p.getByRole('button', { name: 'Post', exact: true }).click();
    await expect.poll(() => posts(p)).toHaveLength(1);
    await p.close();
  });

  test('Ctrl+Enter and keyboard activation of Post are held too; Post anyway posts once', async () => {
    const p = await open('/ctp/editable');
    await typeInto(p, `mail ${EMAIL}`);
    await expect.poll(() => chip(p).getAttribute('aria-label')).toBe('Clear to Post: 1 finding');
    await p.keyboard.press('Control+Enter');
    const gate = p.getByRole('alertdialog');
    await gate.waitFor();
    await p.keyboard.press('Escape');
    await gate.waitFor({ state: 'detached' });
    await p.locator('#post').focus();
    await p.keyboard.press('Enter');
    await gate.waitFor();
    expect(await posts(p)).toEqual([]);
    await gate.getByRole('button', { name: 'Post anyway' }).click();
    await expect.poll(() => posts(p)).toEqual([`mail ${EMAIL}`]);
    await p.close();
  });
});

describe('generic composer in German (found by structure, not English labels)', () => {
  const clicks = (p: Page) => p.evaluate(() => (window as unknown as { clicks: Record<string, number> }).clicks);

  for (const [path, label] of [['/ctp/de', 'Veröffentlichen'], ['/ctp/de-unlabelled', 'Ab damit'], ['/ctp/de-static', 'Ab damit, always enabled']] as const) {
    test(`"${label}": held at Post, posted once; toolbar, Abbrechen, emoji, a post's Like and the search box are not Post`, async () => {
      const p = await open(path);
      await p.locator('#q').click();
      await p.keyboard.insertText(SAMPLE_EN.phi);
      await typeInto(p, SAMPLE_EN.phi);
      await expect.poll(() => chip(p).getAttribute('aria-label')).toBe('Clear to Post: 1 finding');
      // The search box holds the same text, and only the composer's address is underlined.
      await expect.poll(() => p.evaluate(() => CSS.highlights.get('ctp-high')?.size ?? 0)).toBe(1);
      // Had any of them been taken for Post, the gate would have stopped the click.
      for (const id of ['#bold', '#cancel', '#emoji', '#like']) await p.locator(id).click();
      await expect.poll(() => clicks(p)).toEqual({ cancel: 1, bold: 1, emoji: 1, like: 1 });
      await p.locator('#go').click();
      expect(await p.getByRole('alertdialog').count()).toBe(0);
      await p.locator('#post').click();
      const gate = p.getByRole('alertdialog');
      await gate.waitFor();
      expect(await posts(p)).toEqual([]);
      await gate.getByRole('button', { name: 'Post anyway' }).click();
      await expect.poll(() => posts(p)).toEqual([SAMPLE_EN.phi]);
      await gate.waitFor({ state: 'detached' });
      expect(await posts(p)).toEqual([SAMPLE_EN.phi]);
      expect((p as Page & { errorsSeen: string[] }).errorsSeen).toEqual([]);
      await p.close();
    });

    test(`"${label}": a clean post goes straight through`, async () => {
      const p = await open(path);
      await typeInto(p, SAMPLE_EN.clean);
      await expect.poll(() => chip(p).getAttribute('aria-label')).toBe('Clear to Post: no findings');
      await p.locator('#post').click();
      await expect.poll(() => posts(p)).toEqual([SAMPLE_EN.clean]);
      expect(await p.getByRole('alertdialog').count()).toBe(0);
      await p.close();
    });
  }
});

/** The tab id of the page at `url`, from the extension's side. */
async function tabOf(url: string): Promise<number> {
  return s.worker.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({ url: u });
    return tabs.at(-1)!.id!;
  }, url);
}

/** Pushes a policy to the tab the way the background does when settings change. */
async function pushPolicy(tabId: number, patch: Partial<EffectivePolicy['policy']>): Promise<void> {
  const effective: EffectivePolicy = { policy: { ...DEFAULT_POLICY, ...patch }, locked: [], managed: true, paused: {} };
  await s.worker.evaluate(([id, msg]) => chrome.tabs.sendMessage(id, msg), [tabId, { type: 'policy-changed', effective }] as const);
}

describe('policy and the background', () => {
  test('block without override: no "Post anyway"', async () => {
    const p = await open('/ctp/textarea');
    await typeInto(p, `mail ${EMAIL}`);
    await expect.poll(() => chip(p).getAttribute('aria-label')).toBe('Clear to Post: 1 finding');
    await pushPolicy(await tabOf('https://x.com/ctp/textarea'), {
      actions: { high: 'block', medium: 'confirm', low: 'warn' }, override: { allowed: false, requireReason: false },
    });
    // The policy is applied asynchronously: press Post until the blocking dialog shows.
    await expect.poll(async () => {
      await p.getByRole('button', { name: 'Post', exact: true }).click();
      const gate = p.getByRole('alertdialog');
      await gate.waitFor();
      const blocked = await gate.getByRole('button', { name: 'Post anyway' }).count() === 0;
      if (!blocked) await gate.getByRole('button', { name: 'Review' }).click();
      return blocked;
    }).toBe(true);
    const gate = p.getByRole('alertdialog');
    await gate.getByRole('button', { name: 'Review' }).waitFor();
    await gate.getByRole('button', { name: 'Fix all' }).waitFor();
    expect(await posts(p)).toEqual([]);
    await p.close();
  });

  test('a required reason is asked before posting, then the post goes once', async () => {
    const p = await open('/ctp/editable');
    await typeInto(p, `mail ${EMAIL}`);
    await expect.poll(() => chip(p).getAttribute('aria-label')).toBe('Clear to Post: 1 finding');
    await pushPolicy(await tabOf('https://x.com/ctp/editable'), { override: { allowed: true, requireReason: true } });
    await expect.poll(async () => {
      await p.getByRole('button', { name: 'Post', exact: true }).click();
      const gate = p.getByRole('alertdialog');
      await gate.getByRole('button', { name: 'Post anyway' }).click();
      const asks = await gate.getByRole('radio').count() > 0;
      if (!asks) await p.waitForFunction(() => (window as unknown as { posts: string[] }).posts.length > 0);
      return asks;
    }).toBe(true);
    const gate = p.getByRole('alertdialog');
    const confirm = gate.getByRole('button', { name: 'Confirm and post' });
    expect(await confirm.isDisabled()).toBe(true);
    await gate.getByRole('radio', { name: 'The person gave consent' }).check();
    await confirm.click();
    await expect.poll(() => posts(p)).toEqual([`mail ${EMAIL}`]);
    await gate.waitFor({ state: 'detached' });
    await p.close();
  });

  test('badge count, and the popup "Fix all" command through run-command', async () => {
    const p = await open('/ctp/editable');
    await typeInto(p, `a ${EMAIL} b ${EMAIL2}`);
    await expect.poll(() => chip(p).getAttribute('aria-label')).toBe('Clear to Post: 2 findings');
    const tabId = await tabOf('https://x.com/ctp/editable');
    await expect.poll(() => s.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('2');
    const result = await s.worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'run-command', command: { kind: 'fix-all' } }), tabId);
    expect(result).toEqual({ ok: true });
    await expect.poll(() => text(p)).toBe('a b');
    await expect.poll(() => s.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('');
    await p.close();
  });
});

describe('French UI', () => {
  test('the chip and the gate speak Canadian French', async () => {
    const fr = await launch({ locale: 'fr-CA' });
    try {
      await fr.context.route('https://x.com/**', (r) => r.fulfill({ status: 200, contentType: 'text/html', body: TEXTAREA }));
      const p = await fr.context.newPage();
      await p.goto('https://x.com/ctp/textarea');
      await p.waitForFunction(() => document.documentElement.dataset.clearToPost === 'ready');
      await p.locator('#ed').click();
      await p.keyboard.insertText(`Écrivez à ${EMAIL} svp`);
      await expect.poll(() => chip(p).getAttribute('aria-label')).toBe('Clear to Post : 1 signalement');
      await p.getByRole('button', { name: 'Post', exact: true }).click();
      const gate = p.getByRole('alertdialog', { name: 'Vérifiez avant de publier' });
      await gate.waitFor();
      for (const name of ['Tout corriger', 'Réviser', 'Publier quand même']) await gate.getByRole('button', { name }).waitFor();
      await gate.getByRole('button', { name: 'Tout corriger' }).click();
      await gate.waitFor({ state: 'detached' });
      await expect.poll(() => p.evaluate(() => (document.getElementById('ed') as HTMLTextAreaElement).value)).toBe('Écrivez à svp');
      expect(await p.evaluate(() => (window as unknown as { posts: string[] }).posts)).toEqual([]);
      expect(fr.leaks).toEqual([]);
    } finally {
      await fr.close();
    }
  });
});

test('no request left the browser', () => {
  expect(s.leaks).toEqual([]);
});
