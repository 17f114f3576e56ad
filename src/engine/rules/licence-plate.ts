import { defineRule } from '../define-rule.ts';
import type { Span } from '../types.ts';
import { PLATE_LABEL } from '../lexicons/id-labels.ts';
import { labelledValues, personNear, scoreId } from '../pipeline/id-evidence.ts';
import { matchAll } from '../pipeline/match.ts';
import { firstLooked } from '../pipeline/regex-source.ts';

// Plates (Ontario ABCD 123, Quebec 123 ABC, US and UK) after a plate word: letters and digits,
// at least one digit. Bare, only the current UK format is distinctive enough to flag: 2 letters
// (no I, Q, Z), an age identifier (March 02-29, September 51-79), 3 letters (no I, Q).
const LABELLED = labelledValues(PLATE_LABEL, { minDigits: 1, minLength: 4 });
/** Two letters and the age digits, in every UK plate: plain, so V8 skips ahead on capitals. */
const UK_PLATE_START = /[A-HJ-PR-Y]{2}\d\d/;
const UK_PLATE = firstLooked(/(?<![\p{L}\d])[A-HJ-PR-Y][A-HJ-PR-Y](0[2-9]|[12]\d|5[1-9]|[67]\d)[ -]?[A-HJ-PR-Z]{3}(?![\p{L}\d])/gu);

export default defineRule({
  id: 'licence-plate',
  category: 'id',
  severity: 'high',
  languages: ['en', 'fr'],
  description: 'A vehicle licence plate after a plate word (plate, reg, plaque, immatriculation), and current-format UK registrations.',
  guidance: 'guidance_id',
  detect(text, ctx) {
    const out: Span[] = LABELLED(text).filter((s) => /[A-Z]/.test(text.slice(s.start, s.end)) || s.end - s.start >= 5);
    for (const m of UK_PLATE_START.test(text) ? matchAll(text, UK_PLATE) : []) {
      const start = m.index;
      const end = start + m[0].length;
      if (out.some((s) => s.start < end && start < s.end)) continue;
      const span = scoreId(start, end, { valid: true, label: false, person: personNear(ctx, start, end), formatted: true });
      if (span) out.push(span);
    }
    return out.sort((a, b) => a.start - b.start);
  },
  examples: {
    flag: [
      'MVC, pt\'s car plate [[CBKT 417]] is still in the lot',
      'Licence plate: [[BXRW 552]] — his wife is looking for the car',
      'Plaque [[G47 FKL]] retrouvée près du domicile de la patiente',
      'Car reg [[AB51 ABC]] outside A&E with the keys in',
      'Vehicle registration [[7ABC123]] listed on the police report',
    ],
    pass: [
      'Plate reader cameras go live in 2025',
      'Plaque dentaire et gingivite: 3 conseils',
      'AB00 ABC is not an issued age identifier',
      'Plates 2 and 3 showed growth',
      'IB51 ABC uses a letter never issued first',
    ],
  },
});
