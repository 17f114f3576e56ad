import { expect, test } from 'vitest';
import { RULES } from '../../src/engine/index.ts';
import { CATEGORIES } from '../../src/engine/types.ts';
import { DEFAULT_POLICY } from '../../src/engine/policy/defaults.ts';
import {
  CATEGORY_SOURCES, SOURCES, categoryKey, guidanceFor, resolveUiLang,
} from '../../src/shared/guidance.ts';
import { loadLocale } from '../../scripts/locales.ts';

const locales = { en: loadLocale('en'), fr: loadLocale('fr') };

test.each(CATEGORIES.map((c) => [c]))('category %s has guidance in both languages and a linked source', (category) => {
  const view = guidanceFor({ ruleId: `none-${category}`, category }, undefined, 'en');
  expect(view.messageKey).toBe(categoryKey(category));
  for (const lang of ['en', 'fr'] as const) expect(locales[lang][view.messageKey], `${view.messageKey} in ${lang}`).toBeDefined();
  expect(CATEGORY_SOURCES[category].length).toBeGreaterThan(0);
  expect(view.sources.some((s) => s.url)).toBe(true);
});

test.each(RULES.map((r) => [r.id, r] as const))('rule %s has guidance in both languages and a source', (_id, rule) => {
  const view = guidanceFor({ ruleId: rule.id, category: rule.category }, undefined, 'fr');
  expect(view.messageKey).toBe(rule.guidance);
  for (const lang of ['en', 'fr'] as const) expect(locales[lang][view.messageKey], `${view.messageKey} in ${lang}`).toBeDefined();
  expect(view.sources.length).toBeGreaterThan(0);
});

test('claim reasons get their own message: a cited claim, a preprint, a hedged claim', () => {
  const claim = { ruleId: 'claim-efficacy', category: 'claim' as const };
  expect(guidanceFor({ ...claim, reason: 'source' }, undefined, 'en').messageKey).toBe('guidance_claim_sourced');
  expect(guidanceFor({ ...claim, reason: 'preprint' }, undefined, 'en').messageKey).toBe('guidance_claim_preprint');
  expect(guidanceFor({ ...claim, reason: 'hedged' }, undefined, 'en').messageKey).toBe('guidance_claim_hedged');
  expect(guidanceFor({ ...claim, reason: 'no-source' }, undefined, 'en').messageKey).toBe('guidance_claim');
  // A reason code from another category never borrows the claim messages.
  expect(guidanceFor({ ruleId: 'x', category: 'date', reason: 'source' }, undefined, 'en').messageKey).toBe('guidance_date');
  for (const key of ['guidance_claim_sourced', 'guidance_claim_preprint', 'guidance_claim_hedged']) {
    expect(locales.en[key]).toBeDefined();
    expect(locales.fr[key]).toBeDefined();
  }
});

test('every source has a name in both languages and, when linked, an https URL', () => {
  for (const s of Object.values(SOURCES)) {
    expect(locales.en[s.nameKey], s.nameKey).toBeDefined();
    expect(locales.fr[s.nameKey], s.nameKey).toBeDefined();
    if (s.url) expect(s.url).toMatch(/^https:\/\/[^\s]+$/);
  }
});

test("the organisation's text and links appear beside the built-in guidance", () => {
  const finding = { ruleId: 'email', category: 'contact' as const };
  expect(guidanceFor(finding, DEFAULT_POLICY, 'en').org).toBeUndefined();
  const policy = {
    guidance: {
      text: { en: 'Ask the privacy office before posting any case.', fr: 'Consultez le bureau de la vie privée.' },
      policyUrl: 'https://intranet.example.org/social-media-policy',
      privacyContact: 'privacy@example.org, ext. 4321',
    },
  };
  expect(guidanceFor(finding, policy, 'fr').org).toEqual({
    text: 'Consultez le bureau de la vie privée.',
    policyUrl: 'https://intranet.example.org/social-media-policy',
    privacyContact: 'privacy@example.org, ext. 4321',
  });
  // Text in one language only is still shown rather than dropped.
  expect(guidanceFor(finding, { guidance: { text: { fr: 'Texte' } } }, 'en').org).toEqual({ text: 'Texte' });
  expect(guidanceFor(finding, { guidance: { text: { en: '   ' } } }, 'en').org).toBeUndefined();
});

test('the policy can force the UI language; otherwise the browser picks', () => {
  expect(resolveUiLang('auto', 'fr-CA')).toBe('fr');
  expect(resolveUiLang('auto', 'en-GB')).toBe('en');
  expect(resolveUiLang('auto', undefined)).toBe('en');
  expect(resolveUiLang('en', 'fr-CA')).toBe('en');
  expect(resolveUiLang('fr', 'en-US')).toBe('fr');
});
