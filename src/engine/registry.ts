import type { Rule } from './types.ts';
// One import per rule, sorted by id; test/meta checks this list against rules/.
import ageOver89 from './rules/age-over-89.ts';
import caseDescription from './rules/case-description.ts';
import claimEfficacy from './rules/claim-efficacy.ts';
import claimPromotion from './rules/claim-promotion.ts';
import claimTestimonial from './rules/claim-testimonial.ts';
import claimVaccineHarm from './rules/claim-vaccine-harm.ts';
import email from './rules/email.ts';
import exactAge from './rules/exact-age.ts';
import overlayName from './rules/overlay-name.ts';
import patientDate from './rules/patient-date.ts';
import patientName from './rules/patient-name.ts';
import patientPlace from './rules/patient-place.ts';
import roomBed from './rules/room-bed.ts';
import streetAddress from './rules/street-address.ts';

export const RULES: readonly Rule[] = [
  ageOver89,
  caseDescription,
  claimEfficacy,
  claimPromotion,
  claimTestimonial,
  claimVaccineHarm,
  email,
  exactAge,
  overlayName,
  patientDate,
  patientName,
  patientPlace,
  roomBed,
  streetAddress,
];
