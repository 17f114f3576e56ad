// Typing fuzz: seeded random posts (emoji, accents, right-to-left text, line breaks) typed and
// edited on every site's real editor with the extension loaded. What the page posts must equal
// what was typed, and no page may throw. Replay a failure with FUZZ_SEED=<seed printed>.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, type Session } from './harness.ts';
import { ALL_SITES, openSite, postThrough, type OpenedSite } from './sites.ts';
import { rng } from '../../scripts/rng.ts';

const SEED = Number(process.env.FUZZ_SEED ?? 20261122);
const POSTS_PER_SITE = Number(process.env.FUZZ_POSTS ?? 3);


const WORDS = [
  'the', 'clinic', 'team', 'today', 'great', 'learning', 'café', 'déjà', 'naïve', 'élève', 'hôpital',
  'Noël', 'façade', 'über', 'ñandú', 'شكرا', 'مرحبا', 'שלום', 'תודה', '你好', 'こんにちは', '🎉', '👩‍⚕️', '🩺',
  '❤️', '👍🏽', '🇨🇦', 'ok', 'thanks', 'merci', 'bonjour', 'grand', 'nurses', 'shift', 'coffee',
  // Findings while typing: underlines are drawn and moved, and Post goes through the gate.
  'jane.tremblay72@gmail.com', 'm.gagnon@videotron.ca',
];

type Op = { kind: 'type'; text: string } | { kind: 'enter' } | { kind: 'backspace' } | { kind: 'retype'; text: string };

function words(r: () => number, n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(WORDS[Math.floor(r() * WORDS.length)]!);
  return out.join(' ');
}

/** A random editing session and the text it must leave in the editor. */
function script(r: () => number): { ops: Op[]; expected: string } {
  const ops: Op[] = [];
  let text = '';
  const steps = 3 + Math.floor(r() * 5);
  for (let i = 0; i < steps; i++) {
    const p = r();
    const atLineStart = text === '' || text.endsWith('\n');
    if (p < 0.55 || atLineStart) {
      const t = (atLineStart ? '' : ' ') + words(r, 1 + Math.floor(r() * 5));
      ops.push({ kind: 'type', text: t });
      text += t;
    } else if (p < 0.75) {
      ops.push({ kind: 'enter' });
      text += '\n';
    } else if (p < 0.9 && /[a-z]$/.test(text)) {
      // Only plain ASCII letters: editors delete a whole grapheme (emoji, flags) on Backspace.
      ops.push({ kind: 'backspace' });
      text = text.slice(0, -1);
    } else {
      const t = words(r, 2 + Math.floor(r() * 4));
      ops.push({ kind: 'retype', text: t });
      text = t;
    }
  }
  if (text.trim() === '' || text.endsWith('\n')) {
    ops.push({ kind: 'type', text: 'fin' });
    text += 'fin';
  }
  return { ops, expected: text };
}

async function run(o: OpenedSite, ops: Op[]) {
  const k = o.page.keyboard;
  for (const op of ops) {
    if (op.kind === 'type') await k.type(op.text);
    else if (op.kind === 'enter') await k.press('Enter');
    else if (op.kind === 'backspace') await k.press('Backspace');
    else {
      await k.press('Control+a');
      await k.type(op.text);
    }
  }
}

let s: Session;
beforeAll(async () => { s = await launch(); });
afterAll(async () => { await s?.close(); });

describe.each(ALL_SITES)('%s', (site) => {
  test(`typed and edited posts arrive exactly as typed (seed ${SEED})`, async () => {
    const r = rng(SEED ^ [...site].reduce((a, c) => a * 31 + c.charCodeAt(0), 7));
    const o = await openSite(s.context, site);
    const expected: string[] = [];
    for (let i = 0; i < POSTS_PER_SITE; i++) {
      const { ops, expected: want } = script(r);
      await o.focusEditor();
      await run(o, ops);
      await o.page.waitForFunction((t) => window.__fixture.text() === t, want, { timeout: 5_000 }).catch(async () => {
        throw new Error(`editor holds ${JSON.stringify(await o.text())}, typed ${JSON.stringify(want)} via ${JSON.stringify(ops)}`);
      });
      const how = await postThrough(o);
      if (process.env.FUZZ_VERBOSE) console.log(site, how, JSON.stringify(want));
      expected.push(want);
      expect(await o.posts()).toEqual(expected);
    }
    expect(o.errors).toEqual([]);
    await o.page.close();
  });
});

test('no request left the machine', () => {
  expect(s.leaks).toEqual([]);
});
