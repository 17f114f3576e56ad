import type { Rule } from './types.ts';

const ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const KEY = /^[A-Za-z0-9_]+$/;

/**
 * Typed identity plus the cheap checks that catch a malformed rule at import time,
 * before a test or a user ever meets it. The meta-test does the thorough checks.
 */
export function defineRule(rule: Rule): Rule {
  if (!ID.test(rule.id)) throw new Error(`rule id "${rule.id}" must be kebab-case`);
  if (!KEY.test(rule.guidance)) throw new Error(`rule ${rule.id}: guidance key "${rule.guidance}" is not a valid message name`);
  if (rule.languages.length === 0) throw new Error(`rule ${rule.id}: no languages`);
  return Object.freeze(rule);
}
