import type { Rule } from './types.ts';
// One import per rule, sorted by id; test/meta checks this list against rules/.
import claimEfficacy from './rules/claim-efficacy.ts';
import claimPromotion from './rules/claim-promotion.ts';
import claimTestimonial from './rules/claim-testimonial.ts';
import claimVaccineHarm from './rules/claim-vaccine-harm.ts';
import email from './rules/email.ts';

export const RULES: readonly Rule[] = [
  claimEfficacy,
  claimPromotion,
  claimTestimonial,
  claimVaccineHarm,
  email,
];
