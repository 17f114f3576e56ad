import { defineRule } from '../define-rule.ts';
import type { Span } from '../types.ts';
import { PHN_LABEL } from '../lexicons/id-labels.ts';
import { digitChain, matchAll } from '../pipeline/match.ts';

// The other provinces' and territories' health numbers (Alberta ULI 12345-6789, Manitoba PHIN,
// Saskatchewan HSN, Nova Scotia, New Brunswick, Newfoundland MCP, PEI...) have no published
// check digit (phi-anchors.md §4), so they are only reported right after a label that names them.
// The label, an optional "no./#/:" and then 8 to 12 digits in groups.
const LABELLED = new RegExp(
  String.raw`(?:${PHN_LABEL.source})(?:\s*(?:no\.?|number|#|n[°º]|num[ée]ro))?\s*(?:is|est|de|:|=|-)?\s*[:#]?\s*(\d(?:[ -]?\d){7,11})(?![\w/]|[.,-]\d)`,
  'giu',
);

export default defineRule({
  id: 'ca-phn',
  category: 'id',
  severity: 'high',
  languages: ['en', 'fr'],
  region: 'ca',
  description: 'A provincial or territorial health number (Alberta ULI, Manitoba PHIN, Saskatchewan HSN, Maritime and Newfoundland cards...) written right after its label.',
  guidance: 'guidance_id',
  detect(text) {
    const out: Span[] = [];
    // The number is 8 to 12 digits in one chain (digitChain): without one, no label is looked for.
    if (digitChain(text) < 8) return out;
    for (const m of matchAll(text, LABELLED)) {
      const num = m[1]!;
      const start = m.index + m[0].length - num.length;
      out.push({ start, end: start + num.length, confidence: 0.8, severity: 'high', reason: 'label' });
    }
    return out;
  },
  examples: {
    flag: [
      'Alberta ULI [[12345-6789]] for the patient in bay 3',
      'His PHIN: [[123 456 789]]',
      'Sask HSN [[987654321]] on the referral',
      'Carte santé numéro [[0012 345 678]] (Nouvelle-Écosse)',
      'MCP number is [[123456789012]]',
    ],
    pass: [
      'ULI 12 is a unit code, not a number',
      'The PHN program served 12345 people',
      'Alberta Health reports 1234 new cases',
      'The MCP guideline (2019) applies',
    ],
  },
});
