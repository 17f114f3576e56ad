import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { MANAGED_SCHEMA_PATH, buildManagedSchema, renderManagedSchema } from '../../scripts/gen-managed-schema.ts';
import { MANAGED_KEYS } from '../../src/engine/policy/index.ts';

test('public/managed_schema.json is up to date (run `npm run docs`)', () => {
  expect(readFileSync(MANAGED_SCHEMA_PATH, 'utf8')).toBe(renderManagedSchema());
});

test('the managed schema stays inside Chrome\'s subset', () => {
  const schema = buildManagedSchema() as { type: string; properties: Record<string, unknown>; additionalProperties?: unknown };
  expect(schema.type).toBe('object');
  expect(schema.additionalProperties).toBeUndefined();
  expect(Object.keys(schema.properties)).toEqual([...MANAGED_KEYS]);
  const allowed = new Set(['type', 'title', 'description', 'properties', 'additionalProperties', 'items', 'enum', 'minimum', 'maximum', 'pattern']);
  const walk = (node: Record<string, unknown>, path: string) => {
    expect(typeof node.type, `${path} has one type`).toBe('string');
    for (const k of Object.keys(node)) expect(allowed.has(k), `${path}.${k}`).toBe(true);
    for (const [k, v] of Object.entries((node.properties ?? {}) as Record<string, Record<string, unknown>>)) walk(v, `${path}.${k}`);
    if (node.items) walk(node.items as Record<string, unknown>, `${path}[]`);
    if (node.additionalProperties) walk(node.additionalProperties as Record<string, unknown>, `${path}{}`);
  };
  walk(schema as unknown as Record<string, unknown>, '');
});
