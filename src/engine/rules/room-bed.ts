import { defineRule } from '../define-rule.ts';
import { clinicalContext, has, sentenceIndex, wordRe } from '../pipeline/signals.ts';
import type { Span } from '../types.ts';

// A room or bed number in a care story tells colleagues, visitors and family exactly who it
// is (guidance C7). The same words name meeting rooms, hotel rooms and ward capacity, so the
// number must follow the word and the sentence must be about care, not an event.
const ROOM = wordRe(String.raw`\b(?:room|rm\.?|bed|bay|stretcher|cubicle|pod|isolette|incubator|chambre|ch\.|lit|civière|box|cubicule)\s?(?:#|no\.?|n°|number|numéro)?\s?(?:\d{1,4}[a-z]?|[a-z]\d{1,3}[a-z]?|[a-z]-\d{1,3})\b(?:\s?(?:-|,)?\s?(?:bed|lit)\s?\d{1,2}[a-z]?\b)?`, 'giu');
/** "unit 4B", "unité 5 Est": units also name lessons and apartments, so only in care talk. */
const UNIT = wordRe(String.raw`\b(?:unit|unité|ward|pavillon|wing|aile)\s(?:\d{1,2}[a-z]?|[a-z]\d{1,2})\b(?:\s(?:north|south|east|west|nord|sud|est|ouest))?`, 'giu');

const NOT_CARE_BEFORE = wordRe(String.raw`\b(?:zoom|teams|breakout|hotel|hôtel|class|chat|meeting|conference|conférence|escape|waiting|storage|board|court|panic|living|dining|bath|bed and breakfast|motel|dorm|residence hall|apartment|apt|suite|lecture|study|salle de|bunk|flower|garden|raised|hospital has|we have|only|available|free|open|empty|more|extra|new|vides?|libres?|disponibles?)\s?$`, 'iu');
const NOT_CARE_AFTER = wordRe(String.raw`^\s?(?:\(?(?:conference|meeting|seminar|webinar|session|lecture|workshop|exam|class|réunion|conférence|atelier|cours|formation|séminaire|examen)|of (?:the|this|our) (?:course|module|curriculum|textbook|book|series)|beds?\b|lits\b|places?\b|rest\b|bugs?\b|(?:is|are) (?:available|free|open|empty)|(?:est|sont) (?:libres?|disponibles?|vides?)|%|mg|ml|units?\b|unités\b)`, 'iu');
/** A count of rooms or beds ("3 beds", "12 lits") is capacity, not a patient's place. */
const COUNT_BEFORE = /\d\s?$/u;

export default defineRule({
  id: 'room-bed',
  category: 'room',
  severity: 'medium',
  languages: ['en', 'fr'],
  description: 'A room, bed, bay or stretcher number in a care context ("room 412", "bed 4B", "lit 3").',
  guidance: 'guidance_room',
  detect(text, ctx) {
    const out: Span[] = [];
    const push = (start: number, end: number, confidence: number) => {
      const before = text.slice(Math.max(0, start - 22), start);
      const after = text.slice(end, end + 30);
      if (NOT_CARE_BEFORE.test(before) || NOT_CARE_AFTER.test(after) || COUNT_BEFORE.test(before)) return;
      const i = sentenceIndex(ctx, start);
      if (has(ctx, i, 'news') || (has(ctx, i, 'generic') && !has(ctx, i, 'patient', 'encounter'))) return;
      if (!clinicalContext(ctx, start)) return;
      out.push({ start, end, confidence, reason: 'room' });
    };
    for (const m of text.matchAll(ROOM)) {
      // "bed 4" is unambiguous; "box 3" and "pod 2" need a clinical sentence (checked above).
      push(m.index, m.index + m[0].length, 0.8);
    }
    for (const m of text.matchAll(UNIT)) {
      if (out.some((s) => m.index < s.end && s.start < m.index + m[0].length)) continue;
      const i = sentenceIndex(ctx, m.index);
      if (!has(ctx, i, 'patient', 'encounter', 'title')) continue;
      push(m.index, m.index + m[0].length, 0.6);
    }
    return out.sort((a, b) => a.start - b.start);
  },
  examples: {
    flag: [
      'Mr. Tremblay in [[bed 4]] keeps asking for his wife',
      'Pt in [[room 412]] finally got her CT',
      '[[Bay 3]] is the frequent flyer again, ED is packed',
      'La patiente de la [[chambre 214]] a fait une chute cette nuit',
      'Monsieur au [[lit 3]] refuse ses médicaments',
      'Patient on [[stretcher 12]] has been waiting 14 hours in the ER',
      'Transferred the patient to [[room 5B, bed 2]] after rounds',
    ],
    pass: [
      'Grand rounds in Room 101 (conference centre) at noon',
      'Join the Zoom room 3 for the breakout session',
      'Bed rest is rarely helpful for low back pain',
      'We only have 3 beds available tonight in the ICU',
      'Unit 4 of the course covers delirium',
      'Hotel room 412 was tiny but the conference was great',
      'La salle 3 est réservée pour la formation',
    ],
  },
});
