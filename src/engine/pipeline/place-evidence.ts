import type { RuleContext, Span } from '../types.ts';
import { HOME_CUE, ORG_PLACE, PERSON_CUE } from '../lexicons/id-cues.ts';
import { cueNear } from './cue-index.ts';

// Postal codes and coordinates are places, and a place is PHI when it is a person's: near a
// patient or relative, or a home word. A venue, a clinic or "our office" is not. With neither,
// a full code is still worth a look (`low`): it narrows a story to a few dozen households.

/** Home words other than "address": "our office address" is an organisation's. */
const HOME_NOT_ADDRESS = new RegExp(HOME_CUE.source.replace('|address|adresse', ''), HOME_CUE.flags);
/** "Hamilton ON L8N 3Z5", "Boston, MA 02115": the last line of a mailing address. */
const REGION_BEFORE = /(?:^|[\s,])(?:ON|QC|NS|NB|PE|NL|MB|SK|AB|BC|YT|NT|NU|Ont\.?|Qu[ée]\.?|Ontario|Qu[ée]bec|[A-Z]{2})\s?,?\s$/u;

export function scorePlace(ctx: RuleContext, start: number, end: number, bareOk: boolean): Span | null {
  const person = cueNear(ctx, start, end, PERSON_CUE, 100, 40);
  let home = cueNear(ctx, start, end, HOME_CUE, 60, 20);
  const org = cueNear(ctx, start, end, ORG_PLACE, 100, 40);
  if (home && !person && org && !cueNear(ctx, start, end, HOME_NOT_ADDRESS, 60, 20)) home = false;
  if (person || home) return { start, end, confidence: person && home ? 0.9 : 0.75, severity: 'high', reason: 'context' };
  if (org) return null;
  // A full mailing address with no person or home near it is an organisation's (a unit, a
  // foundation, a venue): people do not post a patient's address without saying whose it is.
  if (REGION_BEFORE.test(ctx.text.slice(Math.max(0, start - 12), start))) return null;
  return bareOk ? { start, end, confidence: 0.35, severity: 'low', reason: 'format' } : null;
}
