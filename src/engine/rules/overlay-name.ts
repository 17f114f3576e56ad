import { defineRule } from '../define-rule.ts';
import { has, sentenceIndex, wordForms } from '../pipeline/signals.ts';
import { TwoForms } from '../pipeline/latin.ts';
import { GIVEN_NAMES } from '../lexicons/given-names.ts';
import { isGivenNameTag } from '../lexicons/compromise-lexicon.ts';
import { COMMON_WORDS } from '../lexicons/common-words.ts';
import type { Span } from '../types.ts';
import { matchAll } from '../pipeline/match.ts';

// How names appear on x-ray overlays, wristbands and EMR screens: DICOM PN "DOE^JANE" and the
// upper-case "DOE, JANE" (DICOM PS3.5 §6.2, Person Name). OCR text of an attached image
// reaches this rule through the same engine.
// Each in two forms (latin.ts): on a post whose letters are all Latin-1, the narrow one.
const DICOM = new TwoForms(String.raw`(?<![\p{L}\p{N}^])\p{Lu}[\p{Lu}'-]{1,30}\^\p{Lu}[\p{Lu}'-]{0,30}(?:\^[\p{Lu}'.-]{0,30}){0,3}(?![\p{L}\p{N}^])`, 'gu');
// The given name may be cut to its initial on a chart or a bed board ("ALBRECHT, K.").
const COMMA = new TwoForms(String.raw`(?<![\p{L}\p{N}])(\p{Lu}[\p{Lu}'-]{1,30}),\s?(\p{Lu}[\p{Lu}'-]{1,30}|\p{Lu}\.)(?:\s\p{Lu}\.?)?(?![\p{L}\p{N}])`, 'gu');
/** What follows an author in a reference list: a year, "et al", or the next upper-case author. */
const CITED_NEXT = /^,?\s*(?:\(?\d{4}|et al|\p{Lu}{2,}[\p{Lu}'-]*,)/u;
/** A sentence with words in lower case (not shouted). */
const LOWER_RUN = new TwoForms(String.raw`\p{Ll}{3}`, 'u');
/** Labels that sit next to a name on an overlay or a chart. */
const LABEL = wordForms(String.raw`\b(?:mrn|dob|ddn|id|pid|name|nom|patient|pt|sex|sexe|age|âge|acc|accession|study|exam|dossier|nam|ohip|hcn|ward|bed|lit|chambre|room|dr|ref)\b`, 'iu');
/** Upper-case words that pair up in ordinary shouting or in headings. */
const SHOUT = new Set(['URGENT', 'PLEASE', 'NOTE', 'UPDATE', 'BREAKING', 'ALERT', 'WARNING', 'STOP', 'COVID', 'RSV', 'FLU', 'HIV', 'ICU', 'ER', 'ED', 'EMS', 'CEO', 'USA', 'CANADA', 'ONTARIO', 'QUEBEC', 'NEWS', 'FREE', 'NEW', 'YES', 'NO', 'OK', 'NOW', 'TODAY', 'LIVE', 'RIP', 'LOL', 'OMG', 'WOW', 'MD', 'RN', 'NP', 'MRI', 'CT', 'PACS', 'EMR', 'EHR', 'MRN', 'DOB', 'BP', 'HR', 'RR', 'SPO2', 'GCS', 'STAT', 'NPO', 'DNR', 'DNI', 'CPR', 'AED', 'ACLS', 'BLS', 'PALS', 'ATLS', 'FYI', 'TL', 'DR', 'TLDR', 'AND', 'THE', 'OR', 'BUT', 'NOT']);

export default defineRule({
  id: 'overlay-name',
  category: 'name',
  severity: 'high',
  languages: ['en', 'fr'],
  description: 'An upper-case name as printed on an x-ray overlay or a chart: DICOM "DOE^JANE" or "DOE, JANE".',
  guidance: 'guidance_name',
  detect(text, ctx) {
    const out: Span[] = [];
    const { latin } = ctx;
    // DICOM's caret, looked for first: nearly no post has one.
    for (const m of text.includes('^') ? matchAll(text, DICOM.get(latin)) : []) out.push({ start: m.index, end: m.index + m[0].length, confidence: 0.9, reason: 'dicom' });
    for (const m of matchAll(text, COMMA.get(latin))) {
      const [surname, given] = [m[1]!, m[2]!];
      if (SHOUT.has(surname) || SHOUT.has(given)) continue;
      if (COMMON_WORDS.has(surname.toLowerCase()) || COMMON_WORDS.has(given.toLowerCase())) continue;
      const s = ctx.sentenceAt(m.index);
      const near = text.slice(Math.max(0, m.index - 40), Math.min(text.length, m.index + m[0].length + 40));
      const known = GIVEN_NAMES.has(given.toLowerCase()) || isGivenNameTag(given.toLowerCase());
      const labelled = LABEL.get(latin).test(near);
      const shouting = !LOWER_RUN.get(latin).test(text.slice(s.start, s.end));
      // A known given name after the comma is a name, unless the whole sentence is shouted
      // without a chart label; an unknown one needs a label right before it ("Nom : ROY, XAVI").
      // An initial alone says little: only a chart label nearby makes it a name, and not in a reference list.
      const initial = given.endsWith('.');
      const ok = initial
        ? labelled && !CITED_NEXT.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20))
        : known ? (labelled || !shouting) : /(?:name|nom|patient|pt)\s?:?\s?$/iu.test(text.slice(Math.max(0, m.index - 12), m.index));
      if (!ok) continue;
      if (has(ctx, sentenceIndex(ctx, m.index), 'news')) continue;
      out.push({ start: m.index, end: m.index + m[0].length, confidence: known ? 0.85 : 0.7, reason: 'upper-case' });
    }
    return out.sort((a, b) => a.start - b.start);
  },
  examples: {
    flag: [
      'Look at this film! [[DOE^JANE]] MRN 00482917 DOB 1957',
      'Overlay read [[TREMBLAY^MARIE^L]] in the corner, oops',
      'Name: [[DOE, JANE]] DOB 1957-03-14',
      'Wristband says [[GAGNON, LOUISE]] bed 4',
      'Nom : [[ROY, XAVI]] dossier 123',
      'Bed board still says [[ALBRECHT, K.]] in bed 12, he went home yesterday',
    ],
    pass: [
      'URGENT, PLEASE READ: new policy on social media',
      'COVID, RSV and FLU are all up this week',
      'ICU, ER and OR teams did amazing work today',
      'Use the ^ key for exponents: 2^10',
      'NEW, FREE webinar on delirium tomorrow',
      'Great study: SMITH, J. (2021), ref 14 in our journal club list',
      'Notre ÉQUIPE, A. toujours été là pour vous',
    ],
  },
});
