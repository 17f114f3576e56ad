import type { RuleContext, Span } from '../types.ts';
import { HOME_CUE, ORG_PLACE, PERSON_CUE } from '../lexicons/id-cues.ts';
import { cueNear } from './cue-index.ts';

// Postal codes and coordinates are places, and a place is PHI when it is a person's: near a
// patient or relative, or a home word. A venue, a clinic or "our office" is not. With neither,
// a full code is still worth a look (`low`): it narrows a story to a few dozen households.
export function scorePlace(ctx: RuleContext, start: number, end: number, bareOk: boolean): Span | null {
  const person = cueNear(ctx, start, end, PERSON_CUE, 100, 40);
  const home = cueNear(ctx, start, end, HOME_CUE, 60, 20);
  if (person || home) return { start, end, confidence: person && home ? 0.9 : 0.75, severity: 'high', reason: 'context' };
  if (cueNear(ctx, start, end, ORG_PLACE, 100, 40)) return null;
  return bareOk ? { start, end, confidence: 0.35, severity: 'low', reason: 'format' } : null;
}
