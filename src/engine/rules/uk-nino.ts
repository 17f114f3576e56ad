import { defineRule } from '../define-rule.ts';
import type { Span } from '../types.ts';
import { cueNear } from '../pipeline/cue-index.ts';
import { personNear, scoreId } from '../pipeline/id-evidence.ts';
import { anchored, digitChain, matchAll } from '../pipeline/match.ts';
import { widthOf } from '../pipeline/regex-source.ts';

// UK National Insurance number (HMRC): 2 prefix letters, 6 digits, a suffix A-D. The first letter
// is never D F I Q U V, the second never D F I O Q U V, and BG GB KN NK NT TN ZZ are not issued.
const NINO_LETTERS = String.raw`([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z])\s?`;
// On a long text, tried only just before six digits (the letters open it, so otherwise everywhere).
const NINO = anchored(
  new RegExp(String.raw`(?<![\p{L}\d_])${NINO_LETTERS}(\d{2})\s?(\d{2})\s?(\d{2})\s?([A-D])(?![\p{L}\d_])`, 'giu'),
  /\d{2}\s?\d{2}\s?\d{2}/,
  widthOf(NINO_LETTERS, 'iu')!,
);
const NOT_ISSUED = /^(?:BG|GB|KN|NK|NT|TN|ZZ)$/i;
const LABEL = /(?<![\p{L}\d_])(?:nino|ni\s+(?:no|number)|national\s+insurance)(?![\p{L}\d_])/iu;

export default defineRule({
  id: 'uk-nino',
  category: 'id',
  severity: 'high',
  languages: ['en', 'fr'],
  region: 'uk',
  description: 'A UK National Insurance number (2 letters, 6 digits, A-D; unissued prefixes excluded); high with NI number or NINO nearby, low when bare.',
  guidance: 'guidance_id',
  detect(text, ctx) {
    const out: Span[] = [];
    // Its six digits form one chain (digitChain): most posts have none that long.
    for (const m of digitChain(text) >= 6 ? matchAll(text, NINO) : []) {
      if (NOT_ISSUED.test(m[1]!)) continue;
      const start = m.index;
      const end = start + m[0].length;
      const span = scoreId(start, end, {
        valid: true,
        label: cueNear(ctx, start, end, LABEL, 50, 20),
        person: personNear(ctx, start, end),
        formatted: m[0].includes(' '),
      });
      if (span) out.push(span);
    }
    return out;
  },
  examples: {
    flag: [
      'Her NI number is [[AB 12 34 56 C]], on the benefits form',
      'nino: [[PR 123612C]]',
      'Numéro d\'assurance nationale britannique du patient : [[JG103759A]]',
    ],
    pass: [
      'NI number QQ 12 34 56 C uses a prefix never issued',
      'National insurance GB 12 34 56 A is not issued',
      'AB 12 34 56 E has a suffix past D',
    ],
  },
});
