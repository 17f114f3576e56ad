import { defineRule } from '../define-rule.ts';
import type { Span } from '../types.ts';
import { scorePlace } from '../pipeline/place-evidence.ts';
import { matchAll } from '../pipeline/match.ts';
import { firstLooked } from '../pipeline/regex-source.ts';

// Latitude/longitude pairs precise enough to find a house: decimal degrees with at least 4
// decimals (about 10 m), or degrees-minutes-seconds with hemispheres. Statistics ("p = 0.0312,
// 0.0450", "95% CI 1.2345, 2.3456") are pairs of small decimals; values under 1 are refused.
const DEC = firstLooked(/(?<![\w.-])(-?\d{1,2}\.\d{4,8})°?\s?([NS])?\s{0,2}[,;/]?\s{0,2}(-?\d{1,3}\.\d{4,8})°?\s?([EWO])?(?![\w]|\.\d)/g);
const DMS = firstLooked(/(?<![\w.])\d{1,2}°\s?\d{1,2}['′]\s?(?:\d{1,2}(?:\.\d{1,3})?(?:["″]|′′|'')\s?)?[NS],?\s{0,2}\d{1,3}°\s?\d{1,2}['′]\s?(?:\d{1,2}(?:\.\d{1,3})?(?:["″]|′′|'')\s?)?[EWO](?![\w])/g);
const STATS = /\b(?:p|ci|ic|or|hr|rr|r|sd|se|iqr|\u00b1|±|mean|median|moyenne|m[ée]diane|range|95)\b\s*[=:<>≤≥(%]?\s*$/i;

export default defineRule({
  id: 'gps-coordinates',
  category: 'location',
  severity: 'high',
  languages: ['en', 'fr'],
  description: 'GPS coordinates (decimal degrees with 4+ decimals, or degrees-minutes-seconds); high near a patient or a home, low when bare.',
  guidance: 'guidance_location',
  detect(text, ctx) {
    const out: Span[] = [];
    for (const m of matchAll(text, DEC)) {
      const lat = Math.abs(Number(m[1]));
      const lon = Math.abs(Number(m[3]));
      if (lat > 90 || lon > 180 || lat < 1 || lon < 1) continue;
      // Without a separator or hemisphere letters, two decimals side by side are a table row.
      if (!/[,;/]/.test(m[0]) && !m[2] && !m[4]) continue;
      const sentence = ctx.sentenceAt(m.index);
      if (STATS.test(text.slice(Math.max(sentence.start, m.index - 20), m.index))) continue;
      const span = scorePlace(ctx, m.index, m.index + m[0].length, true);
      if (span) out.push(span);
    }
    for (const m of matchAll(text, DMS)) {
      const span = scorePlace(ctx, m.index, m.index + m[0].length, true);
      if (span) out.push(span);
    }
    return out.sort((a, b) => a.start - b.start);
  },
  examples: {
    flag: [
      'Pt found at [[45.50170, -73.56730]] by the paramedics',
      'Her home pin: [[43.6532 N, 79.3832 W]]',
      'Le patient habite ici : [[46.81228, -71.21454]]',
      'Scene: [[51°30′26″N 0°7′39″W]]',
      'Finally found the pt\'s cabin on the map: [[46.8123, -71.2145]]. EMS never could',
    ],
    pass: [
      'p = 0.0312, 0.0450 for the secondary outcomes',
      'HR 1.2345, 95% CI 1.1020, 1.3871',
      'Mean 12.3456 vs 14.5678 mg',
      'Our clinic is at 45.50170, -73.56730, come visit',
      'Snowshoe outing Sunday, meeting point 47.0512, -70.8833 by the chalet',
      'Randonnée des infirmières : stationnement au 48.1120, -69.7261, départ 9 h',
    ],
  },
});
