import { defineRule } from '../define-rule.ts';
import type { Span } from '../types.ts';
import { personNear, scoreId } from '../pipeline/id-evidence.ts';
import { cueNear } from '../pipeline/cue-index.ts';
import { ibanValid } from '../validators/iban.ts';
import { matchAll } from '../pipeline/match.ts';
import { firstLooked } from '../pipeline/regex-source.ts';

// Bank account numbers are HIPAA identifiers (J). An IBAN carries a mod-97 check and a fixed
// length per country, so it can be recognised bare; a patient or "IBAN" beside it makes it high.
const IBAN = firstLooked(/(?<![\p{L}\d_-])[A-Z]{2}\d{2}(?:[ -]?[A-Z0-9]{4}){2,7}(?:[ -]?[A-Z0-9]{1,4})?(?![\p{L}\d_])/gu);
/** Country and check digits, the start of every IBAN: plain, so V8 skips ahead on capitals. */
const IBAN_START = /[A-Z]{2}\d{2}/;
const LABEL = /(?<![\p{L}\d_])(?:iban|bank\s+account|account|compte(?:\s+bancaire)?|virement|wire)(?![\p{L}\d_])/iu;

export default defineRule({
  id: 'iban',
  category: 'id',
  severity: 'high',
  languages: ['en', 'fr'],
  description: 'An international bank account number (IBAN, mod-97 check and country length); high with a patient or account words nearby, low when bare.',
  guidance: 'guidance_id',
  detect(text, ctx) {
    const out: Span[] = [];
    for (const m of IBAN_START.test(text) ? matchAll(text, IBAN) : []) {
      let raw = m[0];
      let valid = ibanValid(raw.replace(/[ -]/g, ''));
      // A trailing group may be the next word in capitals ("... 8901 X in a sentence").
      if (!valid) {
        const cut = raw.replace(/[ -][A-Z0-9]{1,4}$/, '');
        if (cut !== raw && ibanValid(cut.replace(/[ -]/g, ''))) { raw = cut; valid = true; }
      }
      if (!valid) continue;
      const start = m.index;
      const end = start + raw.length;
      const span = scoreId(start, end, {
        valid,
        label: cueNear(ctx, start, end, LABEL, 40, 20),
        person: personNear(ctx, start, end),
        formatted: raw.includes(' ') || raw.includes('-'),
      });
      if (span) out.push(span);
    }
    return out;
  },
  examples: {
    flag: [
      'His wife asked us to refund to IBAN [[GB29 NWBK 6016 1331 9268 19]]',
      'Compte du patient : [[FR14 2004 1010 0505 0001 3M02 606]]',
      'Donation refund for the family: [[DE89370400440532013000]]',
    ],
    pass: [
      'IBAN GB29 NWBK 6016 1331 9268 18 fails the check',
      'Protocol AB12 CDEF GHIJ KLMN is the study code',
      'See NL91 ABNA 0417 1643 0 (one digit short)',
    ],
  },
});
