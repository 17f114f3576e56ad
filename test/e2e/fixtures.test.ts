// The fixture pages themselves: each site's real editor framework takes typed text (emoji,
// accents, right-to-left, line breaks), undoes natively, and posts exactly what its model holds.
// If these fail, every other browser test is meaningless.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, type Session } from './harness.ts';
import { ALL_SITES, openSite } from './sites.ts';

let s: Session;
beforeAll(async () => { s = await launch(); });
afterAll(async () => { await s?.close(); });

const SAMPLE = 'Café 🎉 déjà vu\nשלום עולם and #hashtag @someone';

describe.each(ALL_SITES)('%s fixture', (site) => {
  test('types, undoes and posts exactly the model text', async () => {
    const o = await openSite(s.context, site);
    await o.focusEditor();
    await o.page.keyboard.type(SAMPLE);
    await o.page.waitForFunction((t) => window.__fixture.text() === t, SAMPLE);
    await o.page.click(o.info.post);
    await o.page.waitForFunction(() => window.__fixture.posts.length === 1);
    expect(await o.posts()).toEqual([SAMPLE]);
    // Native undo, as the framework implements it, takes back the last typing.
    await o.focusEditor();
    await o.page.keyboard.type('room 412');
    await o.page.waitForFunction(() => window.__fixture.text() === 'room 412');
    await o.page.keyboard.press('Control+z');
    await o.page.waitForFunction(() => window.__fixture.text() !== 'room 412');
    expect('room 412'.startsWith(await o.text())).toBe(true);
    expect(o.errors).toEqual([]);
    await o.page.close();
  });
});

test('nothing left the machine', () => {
  expect(s.leaks).toEqual([]);
});
