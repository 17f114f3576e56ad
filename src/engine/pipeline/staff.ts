import type { RuleContext } from '../types.ts';
import { alt, CLINICAL_STAFF_NOT_RESIDENT, LEAD_ROLES, MORE_LEADS, SUPPORT_STAFF } from '../lexicons/staff-roles.ts';
import { lowerForms, lowerSlice, perAnalysis } from './signals.ts';
import { TwoForms } from './latin.ts';
import { matchAll } from './match.ts';
import { dropPossessive, words as splitWords } from './words.ts';

// Staff named in a post by a role beside the name. Read by the name scan (a name of theirs is
// no patient's, wherever the post names them) and by the subject judgement (a sentence told of
// one of them is a colleague's).

const lowerAlt = (...lists: ReadonlyArray<readonly string[]>) => alt(...lists).toLowerCase();
/** Put before a pattern whose first character is a capital (see names.ts). */
const CAPITAL_AHEAD = String.raw`(?=[A-ZÀ-ÖØ-Þ]|[^\x00-\xff])`;
/** A name's words as the name scan keys them: lower case, no possessive. */
export function staffToken(w: string): string {
  return dropPossessive(w.toLowerCase());
}

/** Our roles, lower case; not a resident, who may live on the unit. */
const ROLES = lowerAlt(CLINICAL_STAFF_NOT_RESIDENT, SUPPORT_STAFF, LEAD_ROLES, MORE_LEADS, ['technicienne?']);
/** Up to two words before the role, none of them "former" or "retired": a patient's past trade is no staff. */
const UP_TO_TWO_WORDS_NOT_FORMER = String.raw`(?!(?:[\p{L}-]+\s){0,2}?(?:former|retired|ancien|ancienne|retraitée?)\s)(?:[\p{L}-]+\s){0,2}`;

/**
 * "Our pharmacy tech Marcy", "one of our physiotherapy students, Harpreet", "l'infirmière-chef
 * Angèle Pilote", "and porter Luis Ortega", "our ward manager, Sister Ruth Okoye": one of our roles
 * right before the name makes them staff, and staff wherever the post names them again. Not a
 * resident, who may live on the unit, nor a former or retired one, a patient's past trade.
 */
const STAFF_ROLE = lowerForms(String.raw`(?<![\p{L}'])(?:(?:our|my|the|notre|nos|mon|ma|mes|l'|le|la|les|au|aux)\s?${UP_TO_TWO_WORDS_NOT_FORMER}|(?:and|et|&)\s)(?:${ROLES})s?(?:-chef)?(?:\s(?:en|de|in|of)\s[\p{L}-]+)?,?\s(?:sister\s|s(?:œ|oe)ur\s)?(?=\p{L})`, 'gu');
/** "RN Tess Halvorsen", "our NSWOC Nadine Beaulieu": a credential or a role's letters right before the name. */
const STAFF_LETTERS = new TwoForms(String.raw`(?<![\p{L}])(?:RN|NP|RPN|LPN|RRT|PSW|(?:[Oo]ur|[Nn]otre|[Nn]os)\s\p{Lu}{2,6}s?)\s(?=\p{Lu}\p{Ll})`, 'gu');
const NAME_AHEAD = new TwoForms(String.raw`^\p{Lu}\p{Ll}+(?:[-\s]\p{Lu}\p{Ll}+)?`, 'u');
/** "Ahmed, the porter on nights", "Agnes, our volunteer": the role set after the name. */
const STAFF_AFTER = new TwoForms(String.raw`${CAPITAL_AHEAD}(?<![\p{L}])(\p{Lu}\p{Ll}+(?:[-\s]\p{Lu}\p{Ll}+)?),\s(?:[Tt]he|[Oo]ur|[Mm]y|[Nn]otre|[Ll]a|[Ll]e|[Ll]')\s?${UP_TO_TWO_WORDS_NOT_FORMER}(?:${ROLES})s?(?![\p{L}])`, 'gu');
/** The names this post gives to staff by a role before or after them, read once before any name is judged. */
export function introducedStaff(ctx: RuleContext): ReadonlySet<string> {
  return perAnalysis(ctx, 'staff:introduced', scanStaff).names;
}
/**
 * True when a staff role stands right before `at` ("our PSW Mme Arsenault"): this mention is
 * staff's even where a titled name elsewhere in the post, the same surname, is a patient's.
 */
export function staffRoleBefore(ctx: RuleContext, at: number): boolean {
  return perAnalysis(ctx, 'staff:introduced', scanStaff).at.has(at);
}
function scanStaff(ctx: RuleContext): { names: Set<string>; at: Set<number> } {
  const { latin } = ctx;
  const use = (p: TwoForms) => p.get(latin);
  const { text } = ctx;
  const staff = new Set<string>();
  const at = new Set<number>();
  const named = (from: number) => {
    const m = use(NAME_AHEAD).exec(text.slice(from, from + 48));
    if (!m) return;
    at.add(from);
    for (const w of splitWords(m[0])) staff.add(staffToken(w));
  };
  for (const m of matchAll(lowerSlice(ctx, 0, text.length), use(STAFF_ROLE))) named(m.index + m[0].length);
  for (const m of matchAll(text, use(STAFF_LETTERS))) named(m.index + m[0].length);
  if (text.includes(', ')) for (const m of matchAll(text, use(STAFF_AFTER))) for (const w of splitWords(m[1]!)) staff.add(staffToken(w));
  return { names: staff, at };
}
