import { defineRule } from '../define-rule.ts';
import type { Span } from '../types.ts';
import { RAMQ_LABEL } from '../lexicons/id-labels.ts';
import { personNear, scoreId } from '../pipeline/id-evidence.ts';
import { ramqPlausible } from '../validators/ramq.ts';
import { cueNear } from '../pipeline/cue-index.ts';
import { anchored, digitChain, matchAll } from '../pipeline/match.ts';
import { widthOf } from '../pipeline/regex-source.ts';

// Quebec NAM: 4 letters (surname, given name) + YYMMDD (month + 50 for women) + 2 digits,
// printed "XXXX 0000 0000". No official check digit is published, so a possible birth date is
// the only validator, and nothing is rejected on a checksum (phi-anchors.md §4).
const NAM_LETTERS = String.raw`([A-Za-z]{4})[ -]?`;
/**
 * The eight digits every NAM holds. Found from its digits, a post without them is passed over
 * at once; NAM itself starts on letters, so on a long text it is tried only just before them.
 */
const NAM_DIGITS = /\d{4}[ -]?\d{4}/;
const NAM = anchored(
  new RegExp(String.raw`(?<![\p{L}\d_-]|\d[ -])${NAM_LETTERS}(\d{4})[ -]?(\d{4})(?![\p{L}\d_]|[.,-]\d|[ -]\d)`, 'gu'),
  NAM_DIGITS,
  widthOf(NAM_LETTERS, 'u')!,
);

export default defineRule({
  id: 'ca-qc-ramq',
  category: 'id',
  severity: 'high',
  languages: ['en', 'fr'],
  region: 'ca',
  description: 'A Quebec health insurance number (RAMQ/NAM: 4 letters, a possible birth date with +50 for women, 2 digits); high with RAMQ, NAM or carte soleil nearby.',
  guidance: 'guidance_id',
  detect(text, ctx) {
    const out: Span[] = [];
    if (digitChain(text) < 8 || !NAM_DIGITS.test(text)) return out;
    for (const m of matchAll(text, NAM)) {
      const letters = m[1]!;
      const start = m.index;
      const end = start + m[0].length;
      const label = cueNear(ctx, start, end, RAMQ_LABEL, 50, 25);
      // Lower-case letters are how people type a word, not a card: only with a label.
      const upper = letters === letters.toUpperCase();
      if (!upper && !label) continue;
      const span = scoreId(start, end, {
        valid: ramqPlausible(letters + m[2]! + m[3]!),
        label,
        person: personNear(ctx, start, end),
        formatted: m[0].length > 12,
      });
      if (span) out.push(span);
    }
    return out;
  },
  examples: {
    flag: [
      'NAM de la patiente : [[GAGM 5753 1412]], à vérifier',
      'Sa carte soleil ([[TREJ 5703 1412]]) est expirée',
      'RAMQ [[ROYL48022901]] on the requisition',
      'Carte d\'assurance maladie [[bouf 8612 2519]] oubliée au triage',
      'Mme Lavoie, [[LAVM 6051 0703]], chambre 12',
    ],
    pass: [
      'NAM TREJ 5713 1412 (month 13 is not a month)',
      'RAMQ TREJ 5703 3212 (no 32nd day)',
      'Le code ABCD 1234 5678 est celui de la commande',
      'RAMQ: the fee code 1234 applies',
      'trej 5703 1412 typed without any label',
      'IBAN MU17 BOMM 0101 1010 3030 0200 000M US is a bank account, not a NAM',
    ],
  },
});
