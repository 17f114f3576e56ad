// `npm start`: the extension (already built by the npm script) in Chromium on a local copy of
// X's compose page, served at https://x.com/compose/post by request routing (no network).
// With a display, the browser stays open for you to try it. Without one ($DISPLAY unset, e.g.
// over SSH or in CI), it runs headless, types a sample post, waits for the warnings and writes
// a screenshot, then prints its path.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launch } from '../test/e2e/harness.ts';
import { openSite, SITES, type Site } from '../test/e2e/sites.ts';

const SAMPLE =
  'Long night in the ER. Saw Mary Jones (DOB 1957-03-14) in room 412, MRN 00482917; ' +
  'her daughter asked us to write to jane.jones72@gmail.com with updates.';

const site = (process.argv[2] ?? 'x') as Site;
if (!(site in SITES)) {
  console.error(`Unknown site "${site}". One of: ${Object.keys(SITES).join(', ')}`);
  process.exit(2);
}
const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.env.CI;

const session = await launch({ headless: !headed });
const o = await openSite(session.context, site);
await o.page.setViewportSize({ width: 1000, height: 640 }).catch(() => undefined);
await o.page.waitForFunction(() => document.documentElement.dataset.clearToPost === 'ready');
console.log(`Clear to Post is loaded on ${SITES[site].url} (a local page with ${SITES[site].framework}).`);

if (headed) {
  await o.focusEditor();
  await o.page.keyboard.type(SAMPLE);
  console.log('Try it in the window: edit the post, open the underlines, press Post. Close the browser to stop.');
  await new Promise<void>((done) => session.context.on('close', () => done()));
  process.exit(0);
}

try {
  await o.focusEditor();
  await o.page.keyboard.type(SAMPLE);
  // The warnings: underlines drawn and the chip showing a count.
  await o.page.waitForFunction(() => {
    const host = document.querySelector('clear-to-post-ui');
    return Number(host?.getAttribute('data-marks') ?? 0) > 0;
  }, undefined, { timeout: 15_000 });
  const chip = o.page.getByRole('button', { name: /^Clear to Post: \d+ findings?$/ });
  await chip.waitFor({ timeout: 15_000 });
  console.log(`${await chip.getAttribute('aria-label')}.`);
  // Show the first card too, as a user hovering the first underline would see it.
  await o.page.keyboard.press('Alt+Shift+C');
  await o.page.locator('clear-to-post-ui [role="dialog"]').first().waitFor({ timeout: 5_000 });
  const dir = resolve('test-results');
  mkdirSync(dir, { recursive: true });
  const file = resolve(dir, `start-${site}.png`);
  await o.page.screenshot({ path: file });
  console.log(`Screenshot of the warnings: ${file}`);
  if (o.errors.length) console.warn(`Page errors:\n${o.errors.join('\n')}`);
} finally {
  await session.close();
}
