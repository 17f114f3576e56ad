import type { Rule } from './types.ts';
// One import per rule, sorted by id; test/meta checks this list against rules/.
import email from './rules/email.ts';

export const RULES: readonly Rule[] = [
  email,
];
