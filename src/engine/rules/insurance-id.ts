import { defineRule } from '../define-rule.ts';
import type { Span } from '../types.ts';
import { INSURANCE_LABEL } from '../lexicons/id-labels.ts';
import { labelledValues } from '../pipeline/id-evidence.ts';

// "National insurance number" is the UK's personal tax ID: uk-nino checks its letters.
const INSURANCE = labelledValues(INSURANCE_LABEL, { reject: /^[A-Z]{2}\d{6}[A-Z]$/ });

export default defineRule({
  id: 'insurance-id',
  category: 'id',
  severity: 'high',
  languages: ['en', 'fr'],
  description: 'A health plan or insurer member, policy, group, claim or certificate number after its label (member ID, policy #, numéro de police, CNESST...).',
  guidance: 'guidance_id',
  detect(text) {
    return INSURANCE(text);
  },
  examples: {
    flag: [
      'Member ID: [[XGH482910553]] — why was this denied?',
      'Her Blue Cross ID [[ZQA 4417 2290]] was rejected again',
      'Policy # [[88-4410-2291]] for the pt in 4B',
      'Numéro de police [[4471 2290 18]] refusé par l\'assureur',
      'WSIB claim number [[30451872]] still pending',
    ],
    pass: [
      'Our policy #3 is to call back within 24 h',
      'Member ID cards arrive in 2 weeks',
      'Group #1 did better than group #2',
      'Le numéro de police sera envoyé par courriel',
      'Not a valid national insurance number UV 98 76 54 B',
    ],
  },
});
