import { readdirSync } from 'node:fs';
import { expect, test } from 'vitest';
import { RULES } from '../../src/engine/index.ts';
import { CATEGORIES } from '../../src/engine/types.ts';
import { loadLocale } from '../../scripts/locales.ts';
import { parseExample } from '../examples.ts';

const ruleFiles = readdirSync(new URL('../../src/engine/rules/', import.meta.url))
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .map((f) => f.replace(/\.ts$/, ''))
  .sort();
const en = loadLocale('en');
const fr = loadLocale('fr');

test('every file in rules/ is registered, once, and the registry is sorted', () => {
  const ids = RULES.map((r) => r.id);
  expect(ids).toEqual(ruleFiles);
  expect(ids).toEqual([...ids].sort());
});

test.each(RULES.map((r) => [r.id, r] as const))('%s is documented and exemplified', (_id, rule) => {
  expect(rule.description.length).toBeGreaterThan(15);
  expect(en[rule.guidance], `guidance ${rule.guidance} in en`).toBeDefined();
  expect(fr[rule.guidance], `guidance ${rule.guidance} in fr`).toBeDefined();
  expect(rule.examples.flag.length).toBeGreaterThanOrEqual(3);
  expect(rule.examples.pass.length).toBeGreaterThanOrEqual(3);
  for (const e of rule.examples.flag) expect(parseExample(e).spans.length, e).toBeGreaterThan(0);
  for (const e of rule.examples.pass) expect(e).not.toContain('[[');
});

test('en and fr define the same message keys', () => {
  expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
});

test('every finding category has guidance in both languages', () => {
  for (const c of CATEGORIES) {
    const key = `guidance_${c.replace(/-/g, '_')}`;
    expect(en[key], `${key} in en`).toBeDefined();
    expect(fr[key], `${key} in fr`).toBeDefined();
  }
});
