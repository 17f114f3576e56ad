import { defineRule } from '../define-rule.ts';
import type { Span } from '../types.ts';
import { scorePlace } from '../pipeline/place-evidence.ts';
import { matchAll } from '../pipeline/match.ts';

// Canada Post: A1A 1A1; D F I O Q U never appear, W and Z never first (phi-anchors.md §4).
// Capitals as printed; lower case only where a person or home is mentioned.
const POSTAL = /(?<![\p{L}\d-])[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ -]?\d[ABCEGHJ-NPRSTV-Z]\d(?![\p{L}\d-])/giu;

const GCS_PARTS = /^E[1-4]V[1-5T]M[1-6]$/iu;
const GCS_WORD = /\b(?:GCS|Glasgow|coma|SCG)\b/iu;

export default defineRule({
  id: 'ca-postal-code',
  category: 'location',
  severity: 'high',
  languages: ['en', 'fr'],
  region: 'ca',
  description: 'A Canadian postal code with only the letters Canada Post uses; high near a patient or a home, low when bare, ignored for venues and clinics.',
  guidance: 'guidance_location',
  detect(text, ctx) {
    const out: Span[] = [];
    for (const m of matchAll(text, POSTAL)) {
      const start = m.index;
      const end = start + m[0].length;
      // "GCS 14 (E4V4M6)": the Glasgow coma scale's eye, verbal and motor scores read like a New Brunswick code.
      if (GCS_PARTS.test(m[0]) && GCS_WORD.test(text)) continue;
      const upper = m[0] === m[0].toUpperCase();
      const span = scorePlace(ctx, start, end, upper);
      if (span && (upper || span.severity === 'high')) out.push(span);
    }
    return out;
  },
  examples: {
    flag: [
      'Pt lives near [[K7L 3N6]] and walks to dialysis',
      'Her home postal code is [[h2x1y4]] if transport needs it',
      'Le patient habite au [[G1R 4P5]], seul',
      'Return address [[M5V 2T6]]',
      'Mme Roy, [[J8Y 3R2]], appelle chaque jour',
    ],
    pass: [
      'Conference venue: 255 Front St W, Toronto ON M5V 2W6',
      'Our clinic moved to K1A 0B1',
      'D1A 1A1 uses a letter Canada Post never issues',
      'GCS 13 (E3V4M6) on arrival, 15 by noon.',
      'W1A 1A1 cannot start a Canadian code',
      'Take 1 tab q4h x 3 days',
      'Our office address is 200 Elgin St, Ottawa ON K2P 1L5, come say hi',
      'Send cards to the unit: 4th floor, 1200 Main St W, Hamilton ON L8N 3Z5',
    ],
  },
});
