import type { RuleContext } from '../types.ts';
import { endsWith } from './match.ts';
import { foldedOf, signalsOf } from './signals.ts';

// Subject or object: a person mentioned after a verb or a preposition ("loves Anne Murray", "inspired
// by Terry Fox", "en écoutant Ginette Reno", "has beaten every physio on the unit") is something
// the sentence's own subject does or likes, and does not take the sentence from that subject. Read
// from the few words before the mention and the sentence before it, no parse: the subject judgement
// asks only of a mention that would otherwise take the sentence away from someone in care.

/**
 * Words that put what follows them in object position: prepositions, and verbs of liking,
 * listening, watching, meeting and beating, in English and French (folded text). An English "-ing"
 * or French "-ant" form takes an object too ("singing Anne Murray", "en écoutant").
 */
const TAKES_OBJECT = String.raw`to|by|like|with|for|from|about|of|than|including|loves?|loved|likes?|liked|adores?|adored|hears?|heard|sings?|sang|sung|watch(?:es|ed)?|sees?|saw|seen|met|meets?|beat|beats|beaten|plays?|played|thanks?|thanked|comme|avec|par|pour|de|du|des|a|au|aux|que|aime|aimait|aimer|adore|adorait|ecoute|ecoutait|ecouter|ecoutent|chante|chantait|chanter|regarde|regardait|regarder|voit|voyait|vu|rencontre|bat|battu|[a-z]{3,}ing|[a-z]{3,}ant`;
/** What may stand between that word and the mention: articles, possessives, a quantifier, an epithet. */
const FILLER = String.raw`(?:(?:the|a|an|some|every|each|all|his|her|their|our|my|le|la|les|un|une|sa|son|ses|leur|leurs|notre|nos|mon|ma|mes|chaque|tous|toutes|late|great|old|own|beloved|feu|grand|grande|regrettee?|dre?\.?)\s|l')*`;
const OBJECT_BEFORE = endsWith(new RegExp(String.raw`(?:^|[^a-z'])(?:(?:${TAKES_OBJECT})\s|(?:d|qu)')${FILLER}$`));

/** The mention at `at` (an offset into the post) sits after a verb or a preposition of its sentence. */
export function heldAsObject(ctx: RuleContext, sentenceStart: number, at: number): boolean {
  return OBJECT_BEFORE(foldedOf(ctx).slice(Math.max(sentenceStart, at - 48), at));
}

/**
 * Sentence `i` tells of someone before offset `at`: a third person by a pronoun, an age, or a sex,
 * relative or patient word ("She's 92 and loves ...", "Arthur, 91, ... singing ...", "His
 * granddaughter came and they listened to ..."). A mention after them is theirs to like or meet.
 */
export function someoneBefore(ctx: RuleContext, i: number, at: number): boolean {
  const s = ctx.sentences[i]!;
  if (PERSON_BEFORE.test(foldedOf(ctx).slice(s.start, at))) return true;
  const { hits } = signalsOf(ctx);
  for (const list of [hits.sex, hits.relative, hits.patient]) for (const [a] of list) if (a >= s.start && a < at) return true;
  return false;
}
const PERSON_BEFORE = /\b(?:he|she|he's|she's|they|they're|il|elle|ils|elles)\b|\b\d{1,3}(?:[- ]years?[- ]old|\s?yo|\s?y\/o|\s?ans)\b|,\s\d{1,3}\s?,|\b(?:is|was|turns?|turned|est|a eu|fete ses)\s\d{1,3}\b/;
