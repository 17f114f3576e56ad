import { defineRule } from '../define-rule.ts';
import type { Span } from '../types.ts';
import { scorePlace } from '../pipeline/place-evidence.ts';
import { matchAll } from '../pipeline/match.ts';
import { firstLooked } from '../pipeline/regex-source.ts';

// Royal Mail postcodes: outward A9, A99, AA9, AA99, A9A, AA9A; inward 9AA without C I K M O V.
// A full unit postcode covers about fifteen addresses, so even bare it is worth a look.
const POSTCODE = firstLooked(/(?<![\p{L}\d])(?:GIR ?0AA|(?:[A-PR-UWYZ](?:\d{1,2}|[A-HK-Y]\d{1,2}|\d[A-HJKPSTUW]|[A-HK-Y]\d[ABEHMNPRV-Y])) ?\d[ABD-HJLNP-UW-Z]{2})(?![\p{L}\d])/gu);

export default defineRule({
  id: 'uk-postcode',
  category: 'location',
  severity: 'high',
  languages: ['en', 'fr'],
  region: 'uk',
  description: 'A full UK postcode; high near a patient or a home, low when bare, ignored for venues and clinics.',
  guidance: 'guidance_location',
  detect(text, ctx) {
    const out: Span[] = [];
    for (const m of matchAll(text, POSTCODE)) {
      const span = scorePlace(ctx, m.index, m.index + m[0].length, true);
      if (span) out.push(span);
    }
    return out;
  },
  examples: {
    flag: [
      'Pt lives alone at [[LS6 2QT]], no carers',
      'Her address: 14 Elm Road, [[M20 2LN]]',
      'Discharged home to [[EC1A 1BB]] yesterday',
      'La patiente habite à [[SW1A 1AA]]',
    ],
    pass: [
      'Conference at ExCeL London, E16 1XL',
      'Our practice is at NW1 2BU',
      'QA1 1AA is not a UK postcode',
      'M1 1CA uses a letter the inward code never has',
    ],
  },
});
