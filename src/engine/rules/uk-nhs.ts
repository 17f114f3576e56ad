import { defineRule } from '../define-rule.ts';
import { NHS_LABEL } from '../lexicons/id-labels.ts';
import { NUM_END, NUM_START, checkedIdSpans, type CheckedIdRule } from '../pipeline/id-evidence.ts';
import { nhsValid } from '../validators/mod11.ts';
import { cueNear } from '../pipeline/cue-index.ts';
import { firstLooked } from '../pipeline/regex-source.ts';

// NHS number (and the Scottish CHI, same shape): 10 digits printed 3-3-4, mod-11 check digit.
const NHS = firstLooked(new RegExp(`${NUM_START}\\d{3}([ -]?)\\d{3}\\1\\d{4}${NUM_END}`, 'g'));

const NHS_ID: CheckedIdRule = {
  pattern: NHS,
  chain: 10,
  valid: nhsValid,
  labelled: (ctx, s, e) => cueNear(ctx, s, e, NHS_LABEL, 40, 20),
  // NHS numbers are printed with spaces; 204-555-0117 with a valid area and exchange code is
  // a North American phone number that happens to pass mod 11 (one in eleven do).
  skip: (m, label) => !label && /^[2-9]\d\d[-.][2-9]\d\d[-.]\d{4}$/.test(m[0]),
};

export default defineRule({
  id: 'uk-nhs',
  category: 'id',
  severity: 'high',
  languages: ['en', 'fr'],
  region: 'uk',
  description: 'A UK NHS (or Scottish CHI) number: 10 digits printed 3-3-4 with a mod-11 check digit; high with NHS or CHI nearby.',
  guidance: 'guidance_id',
  detect(text, ctx) {
    return checkedIdSpans(text, ctx, NHS_ID);
  },

  examples: {
    flag: [
      'NHS number [[943 476 5919]] left on the handover sheet',
      'Her NHS no. is [[943-476-5919]]',
      'CHI [[4010232137]] for the lady in bay 2',
      'Numéro NHS du patient : [[221 395 1837]]',
    ],
    pass: [
      'NHS 943 476 5918 fails the mod-11 check',
      'NHS 123 456 7890 cannot exist (check would be 10)',
      'The NHS spent 943 476 5919 pounds? No, £943m',
      'Ref 943 476 5919 is our complaint reference',
      'Call the office at 204-555-0117 (passes mod 11, but it is a phone number)',
    ],
  },
});
