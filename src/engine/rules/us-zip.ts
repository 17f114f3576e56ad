import { defineRule } from '../define-rule.ts';
import type { Span } from '../types.ts';
import { scorePlace } from '../pipeline/place-evidence.ts';
import { firstLooked } from '../pipeline/regex-source.ts';

// Five digits are everywhere (doses, counts, years plus a digit), so a ZIP is only a candidate
// with a ZIP word, after a state abbreviation ("Boston, MA 02115"), or as ZIP+4; and it is only
// reported tied to a person (HIPAA 164.514(b)(2)(i)(B)). Bare ZIP+4 is worth a look.
const STATES = 'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR';
export const ZIP = firstLooked(new RegExp(String.raw`(?:(?<![\p{L}])((?:[Zz][Ii][Pp](?:\s*[Cc]ode)?|[Cc]ode\s+[Pp]ostal)\s*[:#]?\s*)|(?<![\p{L}])(?:${STATES}),?\s)?(?<![\w.,/-])(\d{5})(-\d{4})?(?![\w/%]|[.,-]\d)`, 'gu'));

/**
 * Every match of ZIP in `text`, as matchAll(text, ZIP) finds them. ZIP opens with an optional
 * label, so a plain scan tries it at every position of the text: on a 63,206-character paste
 * that was the largest single regex in the profile. But every match ends on a run of exactly
 * five ASCII digits after none of [\w.,/-] (most posts' five digits are part of something
 * longer: "EMP3-12345"), and its label holds only letters, white space and ":#,". So the scan
 * starts, for each such run, where that stretch of label characters before it begins: no match
 * can start earlier and end at this run (the label would hold another character) nor at a later
 * run (it would hold these digits), so the same matches are found, left to right.
 */
export function zipMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let cursor = 0;
  let run = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : -1;
    if (c >= 48 && c <= 57) { run++; continue; }
    const k = i - 5;
    if (run === 5 && k >= cursor && (k === 0 || !WORDISH_BEFORE.test(text[k - 1]!))) {
      let from = k;
      while (from > cursor && LABEL_CHAR.test(text[from - 1]!)) from--;
      ZIP.lastIndex = from;
      const m = ZIP.exec(text);
      if (m === null) break;
      out.push(m);
      cursor = m.index + m[0].length;
    }
    run = 0;
  }
  ZIP.lastIndex = 0;
  return out;
}
const WORDISH_BEFORE = /[\w.,/-]/;
/** Every character ZIP's optional label (a ZIP word or a state, then a separator) can hold. */
const LABEL_CHAR = /[A-Za-z:#,\s]/;

export default defineRule({
  id: 'us-zip',
  category: 'location',
  severity: 'high',
  languages: ['en', 'fr'],
  region: 'us',
  description: 'A US ZIP or ZIP+4 code after "ZIP" or a state abbreviation, reported when it is tied to a patient or a home.',
  guidance: 'guidance_location',
  detect(text, ctx) {
    const out: Span[] = [];
    for (const m of zipMatches(text)) {
      const labelled = m[0].length > (m[2]!.length + (m[3]?.length ?? 0));
      const plus4 = m[3] !== undefined;
      if (!labelled && !plus4) continue;
      const start = m.index + m[0].length - m[2]!.length - (m[3]?.length ?? 0);
      const end = m.index + m[0].length;
      // "ZIP 10027" names itself: worth a look even without a patient word.
      const span = scorePlace(ctx, start, end, plus4 || m[1] !== undefined);
      if (span) out.push(span);
    }
    return out;
  },
  examples: {
    flag: [
      'Pt lives in Dorchester, MA [[02124]] with her son',
      'His home zip [[10027]] is in the transfer note',
      'ZIP [[10027]], 67M, third admission this month',
      'Return the kit to [[02115-6110]]',
      'La patiente habite à Burlington, VT [[05401]]',
    ],
    pass: [
      'Gave 10000 units of heparin',
      'Conference at the Hynes, Boston MA 02115',
      'ZIP codes 02115 and 02116 had the most cases in the study',
      'The study enrolled 12345 participants',
    ],
  },
});
