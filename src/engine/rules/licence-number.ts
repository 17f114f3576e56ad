import { defineRule } from '../define-rule.ts';
import type { Span } from '../types.ts';
import { LICENCE_LABEL } from '../lexicons/id-labels.ts';
import { labelledValues, personNear, scoreId } from '../pipeline/id-evidence.ts';
import { matchAll } from '../pipeline/match.ts';

const LABELLED = labelledValues(LICENCE_LABEL);

// A UK driving licence number encodes the holder: 5 letters of the surname (padded with 9),
// a decade digit, the birth month (+50 for women), the day, the year digit, 2 initials
// (padded with 9), an arbitrary digit and 2 check characters. The date makes it testable bare.
const UK_DL = /(?<![\p{L}\d])[A-Z9]{5}\d([0156]\d)([0-3]\d)\d[A-Z9]{2}\d[A-Z\d]{2}(?![\p{L}\d])/giu;

/** The six digits in a row every UK licence number holds (decade, month, day, year). */
const UK_DL_DIGITS = /\d[0156]\d[0-3]\d\d/;

function ukDateOk(mm: string, dd: string): boolean {
  let month = Number(mm);
  if (month > 50) month -= 50;
  const day = Number(dd);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

export default defineRule({
  id: 'licence-number',
  category: 'id',
  severity: 'high',
  languages: ['en', 'fr'],
  description: 'A driver\'s licence or passport number after its label (driver\'s licence, DL#, permis de conduire, passport, passeport), and UK driving licence numbers by their built-in birth date.',
  guidance: 'guidance_id',
  detect(text, ctx) {
    const out: Span[] = LABELLED(text);
    for (const m of UK_DL_DIGITS.test(text) ? matchAll(text, UK_DL) : []) {
      const start = m.index;
      const end = start + m[0].length;
      if (out.some((s) => s.start < end && start < s.end)) continue;
      // Five leading letters must start with a letter (the surname), not a padding 9.
      if (!/^[A-Za-z]+9*$/.test(m[0].slice(0, 5)) || !ukDateOk(m[1]!, m[2]!)) continue;
      const span = scoreId(start, end, { valid: true, label: false, person: personNear(ctx, start, end), formatted: true });
      if (span) out.push(span);
    }
    return out.sort((a, b) => a.start - b.start);
  },
  examples: {
    flag: [
      'Driver\'s licence [[T1234-56789-01234]] found in his jacket',
      'DL# [[D6101-40706-60905]] — family is on the way',
      'Permis de conduire no [[L2345-670812-07]] retrouvé dans ses effets',
      'Licence: [[MORGA607054SM9IJ]] on the kit bag',
      'Pt\'s driving licence number is [[SMITH802290AB1CD]]',
      'My passport number is [[CD7654321]] and it expires soon',
      'Passeport : [[AB123456]], oublié par la patiente',
    ],
    pass: [
      'Driver\'s licence renewals are at ServiceOntario',
      'Licence 12 of the course',
      'MORGA613054SM9IJ has month 13',
      'MORGA601324SM9IJ has day 32',
      'MO9G9657054SM9IJ pads the surname in the middle',
      'Le permis de conduire est suspendu après 3 infractions',
    ],
  },
});
