import { expect, test, vi } from 'vitest';

// settings.ts reaches the browser only through platform.ts; its pure helpers are tested here.
vi.mock('./platform.ts', () => ({ browser: {} }));
const { effectiveFrom, isLocked, livePauses, siteEnabled, usablePart, siteOfUrl } = await import('./settings.ts');
const { DEFAULT_POLICY } = await import('../engine/policy/defaults.ts');

test('isLocked covers a path and everything under it', () => {
  expect(isLocked(['rules', 'actions.high'], 'rules.email.enabled')).toBe(true);
  expect(isLocked(['rules', 'actions.high'], 'actions.high')).toBe(true);
  expect(isLocked(['rules', 'actions.high'], 'actions.medium')).toBe(false);
  expect(isLocked(['rules'], 'rulesets')).toBe(false);
});

test('expired pauses are dropped; 0 means until turned back on', () => {
  expect(livePauses({ x: 0, reddit: 1000, facebook: 3000, bad: 'soon' as never }, 2000)).toEqual({ x: 0, facebook: 3000 });
});

test('the site of a URL', () => {
  expect(siteOfUrl('https://x.com/compose/post', [])).toBe('x');
  expect(siteOfUrl('https://mobile.twitter.com/', [])).toBe('x');
  expect(siteOfUrl('https://www.threads.com/', [])).toBe('threads');
  expect(siteOfUrl('https://mastodon.social/home', ['mastodon.social'])).toBe('mastodon');
  expect(siteOfUrl('https://mastodon.social/home', [])).toBeUndefined();
  expect(siteOfUrl('http://x.com/', [])).toBeUndefined();
  expect(siteOfUrl('https://x.com.evil.example/', [])).toBeUndefined();
  expect(siteOfUrl(undefined, [])).toBeUndefined();
  expect(siteEnabled({ ...DEFAULT_POLICY, sites: { ...DEFAULT_POLICY.sites, x: false } }, 'x')).toBe(false);
});

test('the organisation overrides and locks what it sets; an invalid managed value is ignored', () => {
  const eff = effectiveFrom({
    user: { ...DEFAULT_POLICY, allowPause: true },
    managed: { allowPause: false, actions: { high: 'block', medium: 'warn', low: 'warn' }, sites: 'everything' },
    paused: { x: 0 },
  });
  expect(eff.policy.allowPause).toBe(false);
  expect(eff.policy.actions.high).toBe('block');
  expect(eff.policy.sites).toEqual(DEFAULT_POLICY.sites);
  expect(eff.locked).toEqual(['actions.high', 'actions.low', 'actions.medium', 'allowPause']);
  expect(eff.managed).toBe(true);
  // Pausing is off, so a pause left from before does not apply.
  expect(eff.paused).toEqual({});
});

test('the usable part of a damaged policy keeps every setting that still holds', () => {
  expect(usablePart({ allowPause: false, sites: 'everything', rules: { email: { enabled: false }, 'no-such-rule': { enabled: true } } }))
    .toEqual({ allowPause: false, rules: { email: { enabled: false } } });
  expect(usablePart('nonsense')).toEqual({});
  expect(usablePart(null)).toEqual({});
});

test('a partly invalid managed policy still applies its valid settings', () => {
  const eff = effectiveFrom({ user: DEFAULT_POLICY, managed: { allowPause: false, colour: 'red' }, paused: {} });
  expect(eff.policy.allowPause).toBe(false);
  expect(eff.locked).toEqual(['allowPause']);
});
