import { defineRule } from '../define-rule.ts';
import type { Span } from '../types.ts';
import { SIN_LABEL_CS, SIN_PHRASE } from '../lexicons/id-labels.ts';
import { NUM_END, NUM_START, digitsOf, ordinaryNumber, personNear, scoreId } from '../pipeline/id-evidence.ts';
import { sinValid } from '../validators/luhn.ts';
import { cueNear } from '../pipeline/cue-index.ts';

// Canadian SIN / NAS: 9 digits printed 3-3-3, Luhn, first digit not 0 (never issued) or 8
// (business numbers). Presidio's context words, plus the French ones it already carries.
const SIN = new RegExp(`${NUM_START}[1-79]\\d{2}([ -]?)\\d{3}\\1\\d{3}${NUM_END}`, 'g');

export default defineRule({
  id: 'ca-sin',
  category: 'id',
  severity: 'high',
  languages: ['en', 'fr'],
  region: 'ca',
  description: 'A Canadian social insurance number (SIN/NAS: 9 digits, Luhn, first digit not 0 or 8); high with SIN, NAS or social insurance nearby.',
  guidance: 'guidance_id',
  detect(text, ctx) {
    const out: Span[] = [];
    for (const m of text.matchAll(SIN)) {
      const start = m.index;
      const end = start + m[0].length;
      // Validate first: most number-shaped strings fail here, before any context lookup.
      if (!sinValid(digitsOf(m[0]))) continue;
      const label = cueNear(ctx, start, end, SIN_LABEL_CS, 40, 20) || cueNear(ctx, start, end, SIN_PHRASE, 50, 20);
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
      'my SIN is [[130-692-544]]',
      'mon NAS: [[258 933 688]]',
      'Son numéro d\'assurance sociale ([[435 418 165]]) est sur le formulaire',
      'Pt gave her SIN [[130 692 544]] to the clerk',
      'Social insurance number [[731530150]] copied into the chart',
    ],
    pass: [
      'SIN 130 692 545 has a bad check digit',
      'NAS 046 454 286 starts with 0, never issued',
      'SIN 812 345 678 is a business number',
      'What a sin: 130 mg twice daily',
      'Le lot 130692544 a été rappelé',
    ],
  },
});
