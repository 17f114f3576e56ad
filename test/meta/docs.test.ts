import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { README_PATH, RULES_DOC_PATH, renderRulesDoc, updateReadme } from '../../scripts/gen-docs.ts';
import { RULES } from '../../src/engine/index.ts';

test('docs/rules.md is up to date (run `npm run docs`)', () => {
  expect(readFileSync(RULES_DOC_PATH, 'utf8')).toBe(renderRulesDoc());
});

test('the rule list in README.md is up to date (run `npm run docs`)', () => {
  const readme = readFileSync(README_PATH, 'utf8');
  expect(readme).toBe(updateReadme(readme));
});

test('every rule has a section and a row', () => {
  const doc = renderRulesDoc();
  for (const r of RULES) {
    expect(doc).toContain(`## ${r.id}\n`);
    expect(doc).toContain(`[\`${r.id}\`](#${r.id})`);
  }
});
