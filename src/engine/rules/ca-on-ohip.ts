import { defineRule } from '../define-rule.ts';
import { OHIP_LABEL } from '../lexicons/id-labels.ts';
import { NUM_END, NUM_START, checkedIdSpans, type CheckedIdRule } from '../pipeline/id-evidence.ts';
import { ohipValid } from '../validators/luhn.ts';
import { cueNear } from '../pipeline/cue-index.ts';
import { firstLooked } from '../pipeline/regex-source.ts';

// Ontario health number: 10 digits printed 4-3-3, Luhn over all ten (Ontario MoH spec), and a
// version code of up to two upper-case letters after it (phi-anchors.md §4).
const OHIP = firstLooked(new RegExp(`${NUM_START}[1-9]\\d{3}([ -]?)\\d{3}\\1\\d{3}(?:[ -]?[A-Z]{2}(?![A-Za-z])|-?[A-Z](?![A-Za-z]))?${NUM_END}`, 'g'));

const OHIP_ID: CheckedIdRule = {
  pattern: OHIP,
  chain: 10,
  valid: (d) => ohipValid(d.slice(0, 10)),
  labelled: (ctx, s, e) => cueNear(ctx, s, e, OHIP_LABEL, 50, 25),
};

export default defineRule({
  id: 'ca-on-ohip',
  category: 'id',
  severity: 'high',
  languages: ['en', 'fr'],
  region: 'ca',
  description: 'An Ontario health card number (10 digits with a valid Luhn check digit, optional version code); high with a label such as OHIP or health card, low when bare.',
  guidance: 'guidance_id',
  detect(text, ctx) {
    return checkedIdSpans(text, ctx, OHIP_ID);
  },

  examples: {
    flag: [
      'Pt handed me her card, OHIP [[1234-567-897-AB]], and asked us to keep it on file',
      'health card # [[1234 567 897]] left at triage',
      'Son numéro de carte santé est [[1234567897]], version AB',
      'OHIP:[[1234567830]] (check digit 0 is real)',
      'Found a wallet in the ER: [[9876 543 217 XY]] for Mr. Singh',
    ],
    pass: [
      'OHIP 1234-567-898 (one digit off: fails the check)',
      'Call 416-555-0132 for the OHIP helpdesk',
      'OHIP covered 1234 procedures last year',
      'Ordered 1234567897 units? No, 12 mg daily',
      'Tracking #1234567897 shipped today',
      'NCT1234567897 is the trial registration',
    ],
  },
});
