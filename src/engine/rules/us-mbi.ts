import { defineRule } from '../define-rule.ts';
import type { Span } from '../types.ts';
import { MBI_LABEL } from '../lexicons/id-labels.ts';
import { personNear, scoreId } from '../pipeline/id-evidence.ts';
import { cueNear } from '../pipeline/cue-index.ts';
import { matchAll } from '../pipeline/match.ts';
import { firstLooked } from '../pipeline/regex-source.ts';

// CMS Medicare Beneficiary Identifier: 11 characters, C A AN N A AN N A A N N, where C is 1-9,
// N a digit, A a letter other than S L O I B Z, printed 4-3-4 with dashes (CMS sample 1EG4-TE5-MK73).
const A = '[AC-HJKMNP-RT-Y]';
const AN = '[AC-HJKMNP-RT-Y\\d]';
const MBI = firstLooked(new RegExp(`(?<![\\w-])[1-9]${A}${AN}\\d(-?)${A}${AN}\\d\\1${A}${A}\\d\\d(?![\\w-])`, 'gi'));

export default defineRule({
  id: 'us-mbi',
  category: 'id',
  severity: 'high',
  languages: ['en', 'fr'],
  region: 'us',
  description: 'A US Medicare Beneficiary Identifier (11 characters in the CMS letter and digit pattern); high with Medicare or MBI nearby.',
  guidance: 'guidance_id',
  detect(text, ctx) {
    const out: Span[] = [];
    for (const m of matchAll(text, MBI)) {
      const start = m.index;
      const end = start + m[0].length;
      // The fixed letter/digit pattern is the validator: ordinary words and numbers cannot fit it.
      const span = scoreId(start, end, {
        valid: true,
        label: cueNear(ctx, start, end, MBI_LABEL, 40, 20),
        person: personNear(ctx, start, end),
        formatted: m[1] === '-',
      });
      if (span) out.push(span);
    }
    return out;
  },
  examples: {
    flag: [
      'Medicare ID: [[3CD5-FG7-HJ89]] on the intake form',
      'The MBI is [[4EF6GH8JK12]] for this patient',
      'Pt card [[1EG4-TE5-MK73]] photographed by mistake',
      'Numéro Medicare du patient : [[2AG9-XC4-NN22]]',
    ],
    pass: [
      'Medicare 1SG4-TE5-MK73 has an S, never used',
      'MBI 1EG4-TE5-OK73 has an O, never used',
      'Medicare AEG4-TE5-MK73 must start with a digit',
      'Medicare 1EG4TE5MK7 is one character short',
    ],
  },
});
