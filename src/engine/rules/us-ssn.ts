import { defineRule } from '../define-rule.ts';
import type { Span } from '../types.ts';
import { SSN_LABEL } from '../lexicons/id-labels.ts';
import { NUM_END, NUM_START, digitsOf, ordinaryNumber, personNear, scoreId } from '../pipeline/id-evidence.ts';
import { itinValid, ssnValid } from '../validators/ssn.ts';
import { cueNear } from '../pipeline/cue-index.ts';
import { digitChain, matchAll } from '../pipeline/match.ts';
import { firstLooked } from '../pipeline/regex-source.ts';

// US SSN, AAA-GG-SSSS with one kind of separator (mixed separators are how other numbers look),
// plus the half-grouped forms people type (078-051121, 07805-1121). Never-issued areas, groups,
// serials and famous samples are rejected by the validator.
const SSN = firstLooked(new RegExp(`${NUM_START}(?:\\d{3}([ .-]?)\\d{2}\\1\\d{4}|\\d{3}-\\d{6}|\\d{5}-\\d{4})${NUM_END}`, 'g'));

export default defineRule({
  id: 'us-ssn',
  category: 'id',
  severity: 'high',
  languages: ['en', 'fr'],
  region: 'us',
  description: 'A US social security number or ITIN (AAA-GG-SSSS; never-issued areas, groups, serials and samples excluded); high with SSN, ITIN or social security nearby.',
  guidance: 'guidance_id',
  detect(text, ctx) {
    const out: Span[] = [];
    // Every form holds nine digits in one chain (digitChain); most posts hold no such chain.
    if (digitChain(text) < 9) return out;
    for (const m of matchAll(text, SSN)) {
      const start = m.index;
      const end = start + m[0].length;
      const digits = digitsOf(m[0]);
      // Validate first: most number-shaped strings fail here, before any context lookup.
      if (!ssnValid(digits) && !itinValid(digits)) continue;
      const label = cueNear(ctx, start, end, SSN_LABEL, 40, 20);
      if (ordinaryNumber(ctx, start, end, label)) continue;
      const grouped = m[1] !== undefined && m[1] !== '';
      const span = scoreId(start, end, {
        valid: true,
        label,
        person: personNear(ctx, start, end),
        formatted: grouped,
      });
      if (span) out.push(span);
    }
    return out;
  },
  examples: {
    flag: [
      'SSN [[536-22-1234]] was on the face sheet we photographed',
      'Her social security number is [[536 22 1234]]',
      'Pt SS# [[536221234]] — please shred',
      'Numéro SSN du patient américain : [[219-09-1234]]',
      'Billing asked for his soc sec no. [[078-05-1123]]',
      'Her ITIN is [[911-70-1234]]',
    ],
    pass: [
      'SSN 666-12-1234 cannot exist (area 666)',
      'SSN 078-05-1120 is the famous wallet sample',
      'SSN 536-00-1234 (group 00 is never issued)',
      'Lot 536-22-1234 was recalled',
      'ISBN 978-12-1234 is not a person',
      'Mixed 536-22.1234 separators',
      'ITIN 911-89-1234 uses a group the IRS never issues',
    ],
  },
});
