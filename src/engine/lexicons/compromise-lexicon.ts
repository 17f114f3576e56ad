import { COMPROMISE_AREAS, COMPROMISE_GIVEN, COMPROMISE_SURNAMES } from './compromise-names.ts';

// compromise's word lists (about 3,000 given names, 900 surnames, countries and regions),
// extracted at build time by scripts/gen-name-lexicon.ts: importing compromise itself unpacks
// its whole lexicon (hundreds of milliseconds on every page), and a full parse costs about a
// millisecond per sentence, both too slow for a check that runs on every pause in typing.

export const isGivenNameTag = (w: string): boolean => COMPROMISE_GIVEN.has(w);
export const isSurnameTag = (w: string): boolean => COMPROMISE_SURNAMES.has(w);
/** Countries and regions (provinces, states) are larger than HIPAA's geographic limit. */
export const isLargeAreaTag = (w: string): boolean => COMPROMISE_AREAS.has(w);
