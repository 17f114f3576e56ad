import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { readTags } from '../../src/image/metadata.ts';
import { readPngText } from '../../src/image/png-text.ts';
import { axeViolations } from './axe.ts';
import { launch, type Session } from './harness.ts';

// Images attached to a composer are checked before the page sees them, and the page gets
// exactly what the user chose. The pages record every file their own handlers receive.

const FIXTURES = new URL('../fixtures/images/', import.meta.url);
const fixture = (name: string) => new URL(name, FIXTURES).pathname;

const RECORDER = `
  window.__received = [];
  window.__errors = [];
  const record = (files, via) => Promise.all([...files].map(async (f) => {
    const b = new Uint8Array(await f.arrayBuffer());
    let s = ''; for (let i = 0; i < b.length; i += 0x8000) s += String.fromCharCode(...b.subarray(i, i + 0x8000));
    window.__received.push({ via, name: f.name, type: f.type, b64: btoa(s) });
  }));
  document.addEventListener('change', (e) => { if (e.target.files?.length) record(e.target.files, 'input'); });
  document.addEventListener('paste', (e) => { if (e.clipboardData?.files.length) { e.preventDefault(); record(e.clipboardData.files, 'paste'); } });
  window.addEventListener('error', (e) => window.__errors.push(String(e.message)));
`;

const X_PAGE = `<!doctype html><html lang="en"><title>X</title><body>
  <div role="dialog" aria-modal="true" aria-labelledby="modal-header"><h2 id="modal-header">Compose</h2>
    <div data-testid="tweetTextarea_0" role="textbox" contenteditable="true" aria-label="Post text" aria-multiline="true"></div>
    <div data-testid="toolBar"><input data-testid="fileInput" type="file" accept="image/jpeg,image/png,image/webp" multiple aria-label="Add photos"></div>
    <button data-testid="tweetButton" type="button">Post</button>
  </div><script>${RECORDER}</script></body></html>`;

const FB_PAGE = `<!doctype html><html lang="en"><title>Facebook</title><body>
  <div role="dialog" aria-label="Create post" aria-modal="true">
    <div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="What's on your mind?"><p><br></p></div>
    <input type="file" accept="image/*,image/heif,image/heic,video/*" multiple aria-label="Photo/video">
    <div role="button" aria-label="Post" tabindex="0">Post</div>
  </div><script>${RECORDER}
  window.__posts = [];
  document.querySelector('[aria-label=Post]').addEventListener('click', () =>
    window.__posts.push(document.querySelector('[data-lexical-editor]').textContent));
  </script></body></html>`;

// OCR's first run in a fresh profile loads ~4 MB of WebAssembly and 3 MB of trained data.
vi.setConfig({ testTimeout: 120_000 });

let s: Session;
let page: Page;

beforeAll(async () => {
  s = await launch();
  await s.context.route('https://x.com/**', (r) => r.fulfill({ status: 200, contentType: 'text/html', body: X_PAGE }));
  await s.context.route('https://www.facebook.com/**', (r) => r.fulfill({ status: 200, contentType: 'text/html', body: FB_PAGE }));
});
afterAll(async () => {
  expect(s.leaks).toEqual([]);
  await s?.close();
});

async function open(url: string): Promise<Page> {
  page = await s.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  (page as Page & { errors?: string[] }).errors = errors;
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.clearToPost === 'ready');
  return page;
}

type Received = { via: string; name: string; type: string; b64: string };
const received = (p: Page) => p.evaluate(() => (window as unknown as { __received: Received[] }).__received);
const dialog = (p: Page) => p.locator('clear-to-post-ui').getByRole('dialog');

const X_INPUT = 'input[data-testid=fileInput]';
const FB_INPUT = '[role=dialog] input[type=file]';

/** Attaches a fixture and waits for the image dialog to offer `button` (the checks have run). */
async function attach(p: Page, input: string, file: string, button: string) {
  await p.locator(input).setInputFiles(fixture(file));
  const d = dialog(p);
  await expect.poll(() => d.getByRole('button', { name: button }).isVisible(), { timeout: 60_000 }).toBe(true);
  return d;
}

function decodePng(b64: string): PNG {
  return PNG.sync.read(Buffer.from(b64, 'base64'));
}

/** Brightest pixel in a region: burned-in overlay text is white, a painted box is black. */
function maxLuma(png: PNG, x0: number, y0: number, x1: number, y1: number): number {
  let max = 0;
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) max = Math.max(max, png.data[(y * png.width + x) * 4]!);
  return max;
}

describe('images attached on X', () => {
  test('an x-ray with a burned-in name is held, explained, and a cleaned copy is what the page receives', async () => {
    const p = await open('https://x.com/compose/post');
    const d = await attach(p, X_INPUT, 'xray-1024.png', 'Use a cleaned copy');
    // Nothing reaches the page while the user decides.
    expect(await received(p)).toEqual([]);
    await expect.poll(() => d.getByRole('listitem').allTextContents()).toEqual(expect.arrayContaining(['Text in the image: a name']));
    await d.getByRole('button', { name: 'Use a cleaned copy' }).click();
    await expect.poll(() => received(p).then((r) => r.length), { timeout: 30_000 }).toBe(1);
    const [got] = await received(p);
    expect(got!.type).toBe('image/png');
    const png = decodePng(got!.b64);
    expect([png.width, png.height]).toEqual([1024, 1024]);
    // The first overlay line ("DOE, JANE  MRN ...") sits near (40, 40..70): white before, black now.
    const original = PNG.sync.read(readFileSync(fixture('xray-1024.png')));
    expect(maxLuma(original, 40, 40, 600, 70)).toBeGreaterThan(200);
    expect(maxLuma(png, 40, 40, 600, 70)).toBe(0);
    const tags = await readTags(new Uint8Array(Buffer.from(got!.b64, 'base64')));
    expect(Object.keys(tags).filter((k) => !/^(ImageWidth|ImageHeight|BitDepth|ColorType|Compression|Filter|Interlace)$/.test(k))).toEqual([]);
    expect(await p.locator('clear-to-post-ui').getByRole('dialog').count()).toBe(0);
  });

  test('an image with nothing in it goes straight through, byte for byte', async () => {
    const p = await open('https://x.com/compose/post');
    await p.locator(X_INPUT).setInputFiles(fixture('xray-no-text.png'));
    await expect.poll(() => received(p).then((r) => r.length), { timeout: 60_000 }).toBe(1);
    const [got] = await received(p);
    expect(Buffer.from(got!.b64, 'base64').equals(readFileSync(fixture('xray-no-text.png')))).toBe(true);
  });

  test('a file that is not an image gets a clear error; "Don\'t attach" keeps it from the page, which keeps working', async () => {
    const p = await open('https://x.com/compose/post');
    await p.locator(X_INPUT).setInputFiles(fixture('not-an-image.png'));
    const d = dialog(p);
    await expect.poll(() => d.getByRole('alert').textContent(), { timeout: 60_000 }).toMatch(/could not be checked/);
    await d.getByRole('button', { name: "Don't attach" }).click();
    await expect.poll(() => dialog(p).count()).toBe(0);
    expect(await received(p)).toEqual([]);
    await p.getByRole('textbox', { name: 'Post text' }).click();
    await p.keyboard.type('still typing');
    expect(await p.getByRole('textbox', { name: 'Post text' }).textContent()).toBe('still typing');
    expect((p as Page & { errors: string[] }).errors).toEqual([]);
  });

  test('review: boxes can be removed and added from the keyboard before cleaning', async () => {
    const p = await open('https://x.com/compose/post');
    const d = await attach(p, X_INPUT, 'xray-1024.png', 'Review boxes');
    await d.getByRole('button', { name: 'Review boxes' }).click();
    const boxes = d.getByRole('button', { name: /^Box \d+:/ });
    await expect.poll(() => boxes.count()).toBeGreaterThan(1);
    const before = await boxes.count();
    await boxes.first().focus();
    await p.keyboard.press('Delete');
    await expect.poll(() => boxes.count()).toBe(before - 1);
    await d.getByRole('button', { name: 'Add a box' }).click();
    await expect.poll(() => boxes.count()).toBe(before);
    await p.keyboard.press('ArrowRight');
    await d.getByRole('button', { name: 'Use a cleaned copy with these boxes' }).click();
    await expect.poll(() => received(p).then((r) => r.length), { timeout: 30_000 }).toBe(1);
    const png = decodePng((await received(p))[0]!.b64);
    // The added box sits in the middle of the film: painted black there now.
    expect(maxLuma(png, 470, 420, 560, 480)).toBe(0);
  });

  test('a pasted image is checked too, and the cleaned copy is what the paste delivers', async () => {
    const p = await open('https://x.com/compose/post');
    const b64 = readFileSync(fixture('xray-1024.png')).toString('base64');
    await p.getByRole('textbox', { name: 'Post text' }).click();
    await p.evaluate((data) => {
      const bin = atob(data);
      const bytes = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
      const dt = new DataTransfer();
      dt.items.add(new File([bytes], 'screenshot.png', { type: 'image/png' }));
      document.querySelector('[data-testid=tweetTextarea_0]')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    }, b64);
    const d = dialog(p);
    await expect.poll(() => d.getByRole('button', { name: 'Use a cleaned copy' }).isVisible(), { timeout: 60_000 }).toBe(true);
    expect(await received(p)).toEqual([]);
    await d.getByRole('button', { name: 'Use a cleaned copy' }).click();
    await expect.poll(() => received(p).then((r) => r.map((x) => x.via)), { timeout: 30_000 }).toEqual(['paste']);
    expect(maxLuma(decodePng((await received(p))[0]!.b64), 40, 40, 600, 70)).toBe(0);
  });
});

describe('PNG captions', () => {
  test('zTXt and iTXt captions naming the patient are flagged, and the cleaned copy carries no text chunk', async () => {
    const p = await open('https://x.com/compose/post');
    const d = await attach(p, X_INPUT, 'png-text-chunks.png', 'Use a cleaned copy');
    await expect.poll(() => d.getByRole('listitem').allTextContents()).toContain('Hidden data: caption or comment');
    await d.getByRole('button', { name: 'Use a cleaned copy' }).click();
    await expect.poll(() => received(p).then((r) => r.length), { timeout: 30_000 }).toBe(1);
    const bytes = new Uint8Array(Buffer.from((await received(p))[0]!.b64, 'base64'));
    expect(readPngText(readFileSync(fixture('png-text-chunks.png')))).toHaveLength(3);
    expect(readPngText(bytes)).toEqual([]);
    const tags = await readTags(bytes);
    expect(Object.keys(tags).filter((k) => !/^(ImageWidth|ImageHeight|BitDepth|ColorType|Compression|Filter|Interlace)$/.test(k))).toEqual([]);
  });
});

describe('kept images in the panel and the popup', () => {
  // Its own path, so the popup can find this tab among the others.
  const URL_KEPT = 'https://x.com/imgpanel/compose';
  const ui = (p: Page) => p.locator('clear-to-post-ui');
  const chipLabel = (p: Page) => ui(p).locator('.ctp-chip').getAttribute('aria-label');

  /** Whether the panel's thumbnail canvas has the red outline of a box drawn on it. */
  const thumbHasBoxes = (p: Page) => p.evaluate(() => {
    const c = document.querySelector('clear-to-post-ui')!.shadowRoot!.querySelector<HTMLCanvasElement>('.ctp-panel canvas.ctp-thumb');
    if (!c || !c.width) return false;
    const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    for (let i = 0; i < d.length; i += 4) if (d[i]! > 180 && d[i + 1]! < 90 && d[i + 2]! < 90) return true;
    return false;
  });

  test('an x-ray kept as it was is listed with its thumbnail in the chip panel and the popup; a later review attaches a cleaned copy', async () => {
    const p = await open(URL_KEPT);
    await p.getByRole('textbox', { name: 'Post text' }).click();
    const d = await attach(p, X_INPUT, 'xray-1024.png', 'Use the original');
    const found = (await d.getByRole('listitem').allTextContents()).length;
    expect(found).toBeGreaterThan(1);
    await d.getByRole('button', { name: 'Use the original' }).click();
    await expect.poll(() => received(p).then((r) => r.length), { timeout: 30_000 }).toBe(1);

    // The chip counts the image's findings like text findings, and its panel lists them.
    await expect.poll(() => chipLabel(p)).toBe(`Clear to Post: ${found} findings`);
    await ui(p).locator('.ctp-chip').click();
    const panel = ui(p).locator('.ctp-panel');
    const images = panel.getByRole('list', { name: 'Attached images' });
    await expect.poll(() => images.locator(':scope > li').count()).toBe(1);
    const item = images.locator(':scope > li');
    expect(await item.getByRole('img').getAttribute('aria-label')).toMatch(/^Image 1, with the \d+ area\(s\) found outlined in red$/);
    await expect.poll(() => thumbHasBoxes(p)).toBe(true);
    expect(await item.textContent()).toContain('Text in the image: a name');
    expect(await item.textContent()).toContain('There is text inside the picture');
    expect(await item.getByRole('button', { name: 'Ignore for this post: image 1' }).isVisible()).toBe(true);
    expect(await axeViolations(p)).toEqual([]);

    // The popup for this tab asks the page for the thumbnail; the background never holds it.
    const tabId = await s.worker.evaluate(async (u) => (await chrome.tabs.query({ url: `${u}*` }))[0]!.id!, URL_KEPT);
    const popup = await s.context.newPage();
    await popup.goto(`chrome-extension://${s.extensionId}/src/popup/index.html?tab=${tabId}`);
    await popup.waitForSelector('main:not([aria-busy])');
    const entry = popup.locator('#findings li.image');
    await expect.poll(() => entry.count()).toBe(1);
    expect(await entry.locator('h3').textContent()).toBe('Attached image 1 · High');
    const thumb = entry.getByRole('img', { name: /^Image 1, with the \d+ area\(s\) found outlined in red$/ });
    await expect.poll(() => thumb.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await thumb.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    expect(await entry.textContent()).toContain('Text in the image: a name');
    expect(await entry.textContent()).toContain('There is text inside the picture');
    expect(await axeViolations(popup)).toEqual([]);
    // What the background keeps for the tab: rule ids and severities, no pixels, no file name.
    const kept = await popup.evaluate((id) => chrome.runtime.sendMessage({ type: 'get-tab-state', tabId: id }), tabId);
    expect(JSON.stringify(kept)).not.toMatch(/data:|blob:|xray/);

    // Reviewed later from the panel: the cleaned copy goes in through the same input.
    // (The page is drawn in animation frames, which a page behind the popup's tab does not get.)
    await p.bringToFront();
    await item.getByRole('button', { name: 'Review image 1 and attach a cleaned copy' }).click();
    const later = dialog(p);
    await later.getByRole('button', { name: 'Attach a cleaned copy' }).click();
    await expect.poll(() => received(p).then((r) => r.length), { timeout: 30_000 }).toBe(2);
    expect(maxLuma(decodePng((await received(p))[1]!.b64), 40, 40, 600, 70)).toBe(0);
    await expect.poll(() => panel.isVisible()).toBe(true);
    await expect.poll(() => panel.getByRole('status').textContent()).toContain('Remove the original');
    // Once the user has removed the original with the site's button, the entry goes.
    await panel.getByRole('button', { name: 'I removed the original of image 1' }).click();
    // Nothing left to list and no text typed: the chip steps aside, as for an empty post.
    await expect.poll(() => ui(p).locator('.ctp-chip').isHidden()).toBe(true);
    await expect.poll(() => popup.locator('#findings li.image').count()).toBe(0);
    await popup.close();
  });

  test('"Ignore" in the popup stops listing a kept image', async () => {
    const p = await open(`${URL_KEPT}/ignore`);
    await p.getByRole('textbox', { name: 'Post text' }).click();
    const d = await attach(p, X_INPUT, 'photo-gps.jpg', 'Use the original');
    await d.getByRole('button', { name: 'Use the original' }).click();
    await expect.poll(() => chipLabel(p)).toMatch(/^Clear to Post: \d+ findings$/);
    const tabId = await s.worker.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]!.id!, `${URL_KEPT}/ignore`);
    const popup = await s.context.newPage();
    await popup.goto(`chrome-extension://${s.extensionId}/src/popup/index.html?tab=${tabId}`);
    await popup.waitForSelector('main:not([aria-busy])');
    const entry = popup.locator('#findings li.image');
    await expect.poll(() => entry.count()).toBe(1);
    // Hidden data only: nothing to outline, and the thumbnail says so.
    await expect.poll(() => entry.getByRole('img').getAttribute('alt')).toBe('Image 1 (what was found is hidden data, so nothing is outlined)');
    await entry.getByRole('button', { name: 'Ignore for this post: image 1' }).click();
    await expect.poll(() => entry.count()).toBe(0);
    await p.bringToFront();
    await expect.poll(() => ui(p).locator('.ctp-chip').isHidden()).toBe(true);
    await popup.close();
  });
});

describe('images attached on Facebook', () => {
  test('a phone photo loses its GPS, time and serial numbers', async () => {
    const p = await open('https://www.facebook.com/');
    const d = await attach(p, FB_INPUT, 'photo-gps.jpg', 'Use a cleaned copy');
    await expect.poll(() => d.getByRole('listitem').allTextContents()).toEqual(
      expect.arrayContaining(['Hidden data: where the photo was taken (GPS)', 'Hidden data: camera or lens serial number']));
    await d.getByRole('button', { name: 'Use a cleaned copy' }).click();
    await expect.poll(() => received(p).then((r) => r.length), { timeout: 30_000 }).toBe(1);
    const [got] = await received(p);
    expect(got!.type).toBe('image/jpeg');
    const tags = await readTags(new Uint8Array(Buffer.from(got!.b64, 'base64')));
    expect(tags).not.toHaveProperty('latitude');
    expect(tags).not.toHaveProperty('DateTimeOriginal');
    expect(tags).not.toHaveProperty('SerialNumber');
    expect(tags).not.toHaveProperty('Artist');
  });

  test('an image kept as it was comes back at the gate, with its boxes, until the post goes out', async () => {
    const p = await open('https://www.facebook.com/');
    const d = await attach(p, FB_INPUT, 'photo-gps.jpg', 'Use the original');
    await d.getByRole('button', { name: 'Use the original' }).click();
    await expect.poll(() => received(p).then((r) => r.length), { timeout: 30_000 }).toBe(1);
    const editor = p.locator('[data-lexical-editor]');
    await editor.click();
    await p.keyboard.type('Sunset walk after the shift');
    await p.getByRole('button', { name: 'Post', exact: true }).click();
    const gate = p.locator('clear-to-post-ui').getByRole('alertdialog');
    await expect.poll(() => gate.isVisible(), { timeout: 30_000 }).toBe(true);
    await expect.poll(() => gate.textContent()).toContain('Hidden data: where the photo was taken (GPS)');
    expect(await gate.getByRole('img').count()).toBe(1);
    const posts = () => p.evaluate(() => (window as unknown as { __posts: string[] }).__posts);
    expect(await posts()).toEqual([]);
    // The default policy allows an override without a reason.
    await gate.getByRole('button', { name: 'Post anyway' }).click();
    await expect.poll(posts, { timeout: 30_000 }).toEqual(['Sunset walk after the shift']);
  });

  test('from the gate, a kept image can still be reviewed: a cleaned copy is attached and Post asks until the original is removed', async () => {
    const p = await open('https://www.facebook.com/?gate-review');
    const d = await attach(p, FB_INPUT, 'photo-gps.jpg', 'Use the original');
    await d.getByRole('button', { name: 'Use the original' }).click();
    await expect.poll(() => received(p).then((r) => r.length), { timeout: 30_000 }).toBe(1);
    await p.locator('[data-lexical-editor]').click();
    await p.keyboard.type('Sunset walk after the shift');
    const post = p.getByRole('button', { name: 'Post', exact: true });
    await post.click();
    const gate = p.locator('clear-to-post-ui').getByRole('alertdialog');
    await expect.poll(() => gate.isVisible(), { timeout: 30_000 }).toBe(true);
    await gate.getByRole('button', { name: 'Review image 1 and attach a cleaned copy' }).click();
    await dialog(p).getByRole('button', { name: 'Attach a cleaned copy' }).click();
    await expect.poll(() => received(p).then((r) => r.length), { timeout: 30_000 }).toBe(2);
    const tags = await readTags(new Uint8Array(Buffer.from((await received(p))[1]!.b64, 'base64')));
    expect(tags).not.toHaveProperty('latitude');
    // The panel says what is left to do: the original is still in the post.
    const panel = p.locator('clear-to-post-ui .ctp-panel');
    await expect.poll(() => panel.getByRole('status').textContent()).toContain('Remove the original');
    const posts = () => p.evaluate(() => (window as unknown as { __posts: string[] }).__posts);
    await post.click();
    await expect.poll(() => gate.isVisible(), { timeout: 30_000 }).toBe(true);
    expect(await gate.textContent()).toContain('a cleaned copy was attached beside it');
    await gate.getByRole('button', { name: 'Review', exact: true }).click();
    // The panel opened after the review is still there, with the entry to confirm.
    expect(await panel.isVisible()).toBe(true);
    await panel.getByRole('button', { name: 'I removed the original of image 1' }).click();
    await post.click();
    await expect.poll(posts, { timeout: 30_000 }).toEqual(['Sunset walk after the shift']);
  });

  test('"Use the original" hands over the file unchanged', async () => {
    const p = await open('https://www.facebook.com/');
    const d = await attach(p, FB_INPUT, 'photo-gps.jpg', 'Use the original');
    await d.getByRole('button', { name: 'Use the original' }).click();
    await expect.poll(() => received(p).then((r) => r.length), { timeout: 30_000 }).toBe(1);
    expect(Buffer.from((await received(p))[0]!.b64, 'base64').equals(readFileSync(fixture('photo-gps.jpg')))).toBe(true);
  });
});
