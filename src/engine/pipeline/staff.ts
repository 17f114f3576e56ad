import type { RuleContext } from '../types.ts';
import { alt, CLINICAL_STAFF_NOT_RESIDENT, LEAD_ROLES, MORE_LEADS, PUBLIC_OFFICES, SUPPORT_STAFF, UNIT_TITLES } from '../lexicons/staff-roles.ts';
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
/**
 * "Ahmed, the porter on nights", "Agnes, our volunteer", "Doris, 84, one of our volunteers",
 * "Iryna Kovalenko, nouvelle préposée": the role set after the name.
 */
const STAFF_AFTER = new TwoForms(String.raw`${CAPITAL_AHEAD}(?<![\p{L}])(\p{Lu}\p{Ll}+(?:[-\s]\p{Lu}\p{Ll}+)?),\s(?:\d{1,3},\s)?(?:(?:[Oo]ne of|[Ll]'une? de|[Uu]ne? de)\s(?:our|the|nos)\s|(?:[Tt]he|[Oo]ur|[Mm]y|[Nn]otre|[Ll]a|[Ll]e|[Ll]')\s?|(?=(?:[Nn]ew|[Nn]ouvelle|[Nn]ouveau)\s))${UP_TO_TWO_WORDS_NOT_FORMER}(?:${ROLES})s?(?![\p{L}])`, 'gu');
/** "Grand Chief Alvin Fiddler", "la conseillère Sophie Martel": a public office before the name. */
const OFFICE_BEFORE = lowerForms(String.raw`(?<![\p{L}'])(?:${lowerAlt(PUBLIC_OFFICES)})\s(?=\p{L})`, 'gu');
const TITLE = String.raw`(?:Mr|Mrs|Ms|Mme|M|Monsieur|Madame)\.?\s`;
const TITLE_AHEAD = new RegExp(`^${TITLE}`, 'u');
/**
 * A titled name given a role of ours right after it, bare or not ("Mme Nadeau, inhalothérapeute,
 * prend sa retraite", "Mr. Patel, our unit manager"), or named to a post ("la nomination de M.
 * Landry", "the appointment of Mrs. Osei"). Not a past trade or one told with an age ("Mme Roy,
 * infirmière retraitée", "M. Roy, infirmier de 88 ans"): those are a patient's.
 */
const TITLED_STAFF = new TwoForms(String.raw`(?<![\p{L}])${TITLE}(\p{Lu}\p{Ll}+(?:[-\s]\p{Lu}\p{Ll}+){0,2}),\s(?:(?:[Oo]ur|[Mm]y|[Tt]he|[Nn]otre|[Mm]a|[Mm]on|[Ll]a|[Ll]e|[Ll]'|an?|une?)\s?)?${UP_TO_TWO_WORDS_NOT_FORMER}(?:${ROLES}|${alt(UNIT_TITLES)})(?![\p{L}-])(?!\s(?:à la retraite|retraitée?|retired|(?:de|of)\s\d)|,?\s\d)`, 'gu');
const NAMED_TO = new TwoForms(String.raw`(?:[Nn]omination (?:de|d')|[Aa]ppointment of|[Pp]romotion (?:de|of))\s?${TITLE}(\p{Lu}\p{Ll}+(?:[-\s]\p{Lu}\p{Ll}+){0,2})`, 'gu');
/** The names this post gives to staff by a role before or after them, read once before any name is judged. */
export function introducedStaff(ctx: RuleContext): ReadonlySet<string> {
  return perAnalysis(ctx, 'staff:introduced', scanStaff).names;
}
/**
 * The words of titled names this post makes staff or public officers ("Mme Nadeau,
 * inhalothérapeute ... Merci Mme Nadeau"): unlike a first name beside a role, a titled name is
 * set aside only when the title itself was given the role.
 */
export function titledStaff(ctx: RuleContext): ReadonlySet<string> {
  return perAnalysis(ctx, 'staff:introduced', scanStaff).titled;
}
/**
 * True when a staff role stands right before `at` ("our PSW Mme Arsenault"): this mention is
 * staff's even where a titled name elsewhere in the post, the same surname, is a patient's.
 */
export function staffRoleBefore(ctx: RuleContext, at: number): boolean {
  return perAnalysis(ctx, 'staff:introduced', scanStaff).at.has(at);
}
/** Where a name is given a role of ours, the role before it ("our ward clerk |Tasha") or after it ("|Nathalie Gagnon, notre nouvelle agente"). */
export function staffIntroducedAt(ctx: RuleContext): number[] {
  // Asked once per sentence by the subject judgement: the two sets are joined once per analysis.
  return perAnalysis(ctx, 'staff:introducedAt', () => {
    const { at, after } = perAnalysis(ctx, 'staff:introduced', scanStaff);
    return [...at, ...after];
  });
}
function scanStaff(ctx: RuleContext): { names: Set<string>; at: Set<number>; titled: Set<string>; after: Set<number> } {
  const { latin } = ctx;
  const use = (p: TwoForms) => p.get(latin);
  const { text } = ctx;
  const staff = new Set<string>();
  const at = new Set<number>();
  const titled = new Set<string>();
  const after = new Set<number>();
  // (A title after the role is read past: "ma gestionnaire, Mme Lise Roy" names Lise Roy.)
  const named = (from: number, office = false) => {
    const t = TITLE_AHEAD.exec(text.slice(from, from + 12));
    const m = use(NAME_AHEAD).exec(text.slice(from + (t ? t[0].length : 0), from + 60));
    if (!m) return;
    at.add(from);
    for (const w of splitWords(m[0])) {
      staff.add(staffToken(w));
      if (office) titled.add(staffToken(w));
    }
  };
  for (const m of matchAll(lowerSlice(ctx, 0, text.length), use(STAFF_ROLE))) named(m.index + m[0].length);
  for (const m of matchAll(text, use(STAFF_LETTERS))) named(m.index + m[0].length);
  if (text.includes(', ')) for (const m of matchAll(text, use(STAFF_AFTER))) {
    after.add(m.index);
    for (const w of splitWords(m[1]!)) staff.add(staffToken(w));
  }
  // An officer is one in every mention, titled or not ("la conseillère Sophie Martel ... Merci, Mme Martel").
  for (const m of matchAll(lowerSlice(ctx, 0, text.length), use(OFFICE_BEFORE))) named(m.index + m[0].length, true);
  for (const re of [TITLED_STAFF, NAMED_TO]) for (const m of matchAll(text, use(re))) for (const w of splitWords(m[1]!)) titled.add(staffToken(w));
  return { names: staff, at, titled, after };
}
