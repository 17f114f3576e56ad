import { defineRule } from '../define-rule.ts';
import { SIN_LABEL_CS, SIN_PHRASE } from '../lexicons/id-labels.ts';
import { NUM_END, NUM_START, checkedIdSpans, type CheckedIdRule } from '../pipeline/id-evidence.ts';
import { sinValid } from '../validators/luhn.ts';
import { cueNear } from '../pipeline/cue-index.ts';
import { firstLooked } from '../pipeline/regex-source.ts';

// Canadian SIN / NAS: 9 digits printed 3-3-3, Luhn, first digit not 0 (never issued) or 8
// (business numbers). Presidio's context words, plus the French ones it already carries.
const SIN = firstLooked(new RegExp(`${NUM_START}[1-79]\\d{2}([ -]?)\\d{3}\\1\\d{3}${NUM_END}`, 'g'));

const SIN_ID: CheckedIdRule = {
  pattern: SIN,
  chain: 9,
  valid: sinValid,
  labelled: (ctx, s, e) => cueNear(ctx, s, e, SIN_LABEL_CS, 40, 20) || cueNear(ctx, s, e, SIN_PHRASE, 50, 20),
};

export default defineRule({
  id: 'ca-sin',
  category: 'id',
  severity: 'high',
  languages: ['en', 'fr'],
  region: 'ca',
  description: 'A Canadian social insurance number (SIN/NAS: 9 digits, Luhn, first digit not 0 or 8); high with SIN, NAS or social insurance nearby.',
  guidance: 'guidance_id',
  detect(text, ctx) {
    return checkedIdSpans(text, ctx, SIN_ID);
  },

  examples: {
    flag: [
      'my SIN is [[130-692-544]]',
      'mon NAS: [[258 933 688]]',
      'Son numéro d\'assurance sociale ([[435 418 165]]) est sur le formulaire',
      'Pt gave her SIN [[130 692 544]] to the clerk',
      'Social insurance number [[731530150]] copied into the chart',
    ],
    pass: [
      'SIN 130 692 545 has a bad check digit',
      'NAS 046 454 286 starts with 0, never issued',
      'SIN 812 345 678 is a business number',
      'What a sin: 130 mg twice daily',
      'Le lot 130692544 a été rappelé',
    ],
  },
});
