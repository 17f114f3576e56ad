import { defineRule } from '../define-rule.ts';
import { PHN_LABEL } from '../lexicons/id-labels.ts';
import { NUM_END, NUM_START, checkedIdSpans, type CheckedIdRule } from '../pipeline/id-evidence.ts';
import { bcPhnValid } from '../validators/mod11.ts';
import { cueNear } from '../pipeline/cue-index.ts';
import { firstLooked } from '../pipeline/regex-source.ts';

// British Columbia PHN: 10 digits starting with 9, printed "9698 658 215", mod-11 check digit.
const PHN = firstLooked(new RegExp(`${NUM_START}9\\d{3}([ -]?)\\d{3}\\1\\d{3}${NUM_END}`, 'g'));

const BC_PHN: CheckedIdRule = {
  pattern: PHN,
  chain: 10,
  valid: bcPhnValid,
  labelled: (ctx, s, e) => cueNear(ctx, s, e, PHN_LABEL, 50, 25),
};

export default defineRule({
  id: 'ca-bc-phn',
  category: 'id',
  severity: 'high',
  languages: ['en', 'fr'],
  region: 'ca',
  description: 'A British Columbia personal health number (10 digits starting with 9, mod-11 check digit); high with PHN, CareCard or BC Services Card nearby.',
  guidance: 'guidance_id',
  detect(text, ctx) {
    return checkedIdSpans(text, ctx, BC_PHN);
  },

  examples: {
    flag: [
      'PHN [[9698 658 215]] on the transfer sheet from Kelowna',
      'BC Services Card: [[9698658215]]',
      'His personal health number is [[9698-658-215]], can you check coverage?',
      'NIP de la C.-B. (PHN) : [[9698 658 215]]',
    ],
    pass: [
      'PHN 9698 648 215 fails its check digit',
      'PHN clinics saw 9698 patients this year',
      'The 9698 658 215 mg figure is a typo',
      'Order #9698658215 has shipped',
    ],
  },
});
