import { defineRule } from '../define-rule.ts';
import { CARD_LABEL } from '../lexicons/id-labels.ts';
import { NUM_START, checkedIdSpans, type CheckedIdRule } from '../pipeline/id-evidence.ts';
import { cardValid } from '../validators/luhn.ts';
import { cueNear } from '../pipeline/cue-index.ts';
import { firstLooked } from '../pipeline/regex-source.ts';

// 13 to 19 digits in the groupings cards are printed with (4-4-4-4, 4-6-5 Amex, 4-6-4 Diners)
// or run together; one separator kind throughout.
const CARD = firstLooked(new RegExp(`${NUM_START}\\d{4}([ -]?)(?:\\d{4}\\1\\d{4}\\1\\d{1,7}|\\d{6}\\1\\d{4,5})(?![\\w/%]|[.,-]\\d|\\1\\d)`, 'g'));

const CARD_ID: CheckedIdRule = {
  pattern: CARD,
  chain: 13,
  valid: (d) =>
    // Issuer prefixes (ISO/IEC 7812): 2-6 for the card networks, 1 only for 15-digit UATP.
    cardValid(d) && (/^[2-6]/.test(d) || (d[0] === '1' && d.length === 15)),
  labelled: (ctx, s, e) => cueNear(ctx, s, e, CARD_LABEL, 40, 20),
};

export default defineRule({
  id: 'payment-card',
  category: 'id',
  severity: 'high',
  languages: ['en', 'fr'],
  description: 'A payment card number (13 to 19 digits with a valid Luhn check); high with card words or a person nearby, low when bare.',
  guidance: 'guidance_id',
  detect(text, ctx) {
    return checkedIdSpans(text, ctx, CARD_ID);
  },

  examples: {
    flag: [
      'His daughter read me her Visa [[4111 1111 1111 1111]] over the phone for the parking',
      'my credit card: [[5555555555554444]]',
      'Amex [[3714 496353 98431]] left at the nursing station',
      'Carte de crédit [[4012-8888-8888-1881]] trouvée dans le lit 4',
    ],
    pass: [
      'Visa 4012 8888 8888 1882 fails the Luhn check',
      'Card 1234 5678 9012 3456 is not valid',
      'Order #4111111111111111 shipped',
      'Ref 1748503543012 (Luhn passes, but no card network starts with 17)',
      'Our lab ran 4111 1111 1111 1111 mg? no',
    ],
  },
});
