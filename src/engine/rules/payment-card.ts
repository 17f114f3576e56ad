import { defineRule } from '../define-rule.ts';
import type { Span } from '../types.ts';
import { CARD_LABEL } from '../lexicons/id-labels.ts';
import { NUM_START, digitsOf, ordinaryNumber, personNear, scoreId } from '../pipeline/id-evidence.ts';
import { cardValid } from '../validators/luhn.ts';
import { cueNear } from '../pipeline/cue-index.ts';

// 13 to 19 digits in the groupings cards are printed with (4-4-4-4, 4-6-5 Amex, 4-6-4 Diners)
// or run together; one separator kind throughout.
const CARD = new RegExp(`${NUM_START}\\d{4}([ -]?)(?:\\d{4}\\1\\d{4}\\1\\d{1,7}|\\d{6}\\1\\d{4,5})(?![\\w/%]|[.,-]\\d|\\1\\d)`, 'g');

export default defineRule({
  id: 'payment-card',
  category: 'id',
  severity: 'high',
  languages: ['en', 'fr'],
  description: 'A payment card number (13 to 19 digits with a valid Luhn check); high with card words or a person nearby, low when bare.',
  guidance: 'guidance_id',
  detect(text, ctx) {
    const out: Span[] = [];
    for (const m of text.matchAll(CARD)) {
      const start = m.index;
      const end = start + m[0].length;
      // Validate first: most number-shaped strings fail here, before any context lookup.
      const digits = digitsOf(m[0]);
      // Issuer prefixes (ISO/IEC 7812): 2-6 for the card networks, 1 only for 15-digit UATP.
      if (!cardValid(digits) || !(/^[2-6]/.test(digits) || (digits[0] === '1' && digits.length === 15))) continue;
      const label = cueNear(ctx, start, end, CARD_LABEL, 40, 20);
      if (ordinaryNumber(ctx, start, end, label)) continue;
      const span = scoreId(start, end, {
        valid: true,
        label,
        person: personNear(ctx, start, end),
        formatted: m[1] !== '',
      });
      if (span) out.push(span);
    }
    return out;
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
