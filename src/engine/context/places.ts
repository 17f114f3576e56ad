import type { RuleContext } from '../types.ts';
import { has, patientContext, sentenceIndex, wordRe } from '../pipeline/signals.ts';
import { perAnalysis } from '../pipeline/signals.ts';
import { BIG_PLACES, NOT_PLACES } from '../lexicons/places.ts';

// Street addresses, and towns, schools or workplaces tied to a patient (HIPAA: every
// geographic subdivision smaller than a state; guidance C4). Postal codes, ZIP codes and
// coordinates belong to the id rules.

export interface PlaceHit {
  start: number;
  end: number;
  kind: 'address' | 'street' | 'town' | 'school' | 'workplace';
  /** Large metropolitan area: identifying only with other details. */
  big?: boolean;
}

const CAP = String.raw`\p{Lu}[\p{L}'’.-]{0,30}`;
const CAPS = String.raw`${CAP}(?:[\s-](?:${CAP}|de|du|des|la|le|of|on|the|d'|l')){0,4}`;
const EN_SUFFIX = String.raw`(?:St|Street|Ave|Avenue|Av|Rd|Road|Blvd|Boulevard|Dr|Drive|Lane|Ln|Way|Cres|Crescent|Court|Ct|Pl|Place|Terrace|Terr|Sq|Square|Hwy|Highway|Pkwy|Parkway|Circle|Cir|Trail|Line|Sideroad|Concession|Conc|Gate|Grove|Heights|Close|Row|Mews)`;
const FR_TYPES = ['rue', 'avenue', 'av\\.', 'boulevard', 'boul\\.', 'bd', 'chemin', 'ch\\.', 'route', 'rang', 'place', 'allée', 'impasse', 'montée', 'côte', 'croissant', 'promenade', 'terrasse', 'autoroute', 'carré', 'ruelle', 'sentier'];
// Spelled out in both cases because the patterns must stay case-sensitive for the capitalised name.
const FR_TYPE = `(?:${FR_TYPES.flatMap((t) => [t, t[0]!.toUpperCase() + t.slice(1)]).join('|')})`;

// 123 Elm St, 4-1200 Bank Street East, 77 Main St. W
const EN_ADDRESS = new RegExp(String.raw`(?<![\p{L}\p{N}])\d{1,5}[A-Za-z]?(?:-\d{1,5})?\s(?:${CAP}\s){1,4}${EN_SUFFIX}\.?(?:\s(?:N|S|E|W|North|South|East|West|NE|NW|SE|SW)\b\.?)?(?![\p{L}])`, 'gu');
// 45 rue Saint-Denis, 1200, boulevard René-Lévesque Est, 12 chemin du Lac
const FR_ADDRESS = new RegExp(String.raw`(?<![\p{L}\p{N}])\d{1,5}[A-Za-z]?(?:-\d{1,5})?,?\s${FR_TYPE}\s(?:(?:de la|du|des|de|d'|l')\s?)?${CAP}(?:[\s-](?:${CAP}|de|du|des|la|le)){0,4}`, 'gu');
// "lives on Elm St", "habite sur la rue Principale": a street without a number.
const STREET = new RegExp(String.raw`(?<=\b(?:on|off|lives on|living on|sur|sur la|de la|dans la|dans le)\s)(?:(?:${CAP}\s){1,3}${EN_SUFFIX}\b\.?|${FR_TYPE}\s(?:(?:de la|du|des|de|d'|l')\s?)?${CAP}(?:[\s-]${CAP}){0,3})`, 'gu');

/** A person tied to a place: "from Smiths Falls", "vit à Rimouski", "de Gaspé". */
const TOWN_CUE = wordRe(String.raw`\b(?:from|lives in|living in|lived in|resides in|resident of|native of|grew up in|back home in|at home in|out of|originaire de|résidante? de|résidente? de|habite à|habitait à|habite|vit à|vivait à|demeure à|demeurant à|qui vient de|venue? de|natif de|native de|en provenance de)\s(?=\p{Lu})`, 'giu');
/** Nouns that make "from X" about a person rather than a shipment or a study. */
const PERSON_NOUN_BEFORE = wordRe(String.raw`\b(?:man|woman|guy|lady|gentleman|gent|boy|girl|kid|child|baby|teen|toddler|infant|male|female|farmer|patient|pt|senior|grandmother|grandfather|grandma|grandpa|mom|mother|dad|father|couple|family|y/o|yo|year-old|\d{1,3}[mf]|homme|femme|dame|monsieur|madame|garçon|fille|bébé|enfant|ado|patiente?|aînée?|famille|couple|mère|père|ans|\p{L}{3,}(?:er|or|ist|ian|ant|eur|euse|ier|ière|ien|ienne|iste|ante))(?:,)?(?:\s\p{L}{1,12}){0,3}\s$`, 'iu');
const SCHOOL = new RegExp(String.raw`(?:(?:${CAP}\s){1,4}(?:High School|Secondary School|Public School|Elementary(?: School)?|Middle School|Collegiate(?: Institute)?|Academy|Catholic School|College|University)(?![\p{L}])|(?<![\p{L}])(?:École|Ecole|Collège|Cégep|Cegep|Polyvalente|Académie|Lycée|Université|Séminaire|Pensionnat)\s(?:secondaire\s|primaire\s)?(?:de\s|du\s|des\s|de la\s|d'|l')?${CAP}(?:[\s-]${CAP}){0,3})`, 'gu');
const STUDENT_CUE = wordRe(String.raw`\b(?:student|pupil|kid|child|boy|girl|teen|teacher|grade \d{1,2}|attends|goes to|went to|at|élève|étudiante?|enfant|garçon|fille|enseignante?|prof|fréquente|va à|à l'|au)\b`, 'iu');
const WORK_CUE = new RegExp(String.raw`\b(?:works?|worked|working|employed|employee|shift worker|works nights|travaille|travaillait|employée?|commis|caissière?|gérante?|manager|cashier|clerk|janitor|cook|server|waitress)\s(?:at|for|chez|à|au|pour)\s(?:the\s|la\s|le\s|l')?((?:${CAP})(?:[\s-](?:${CAP}|de|du|des|on|in)){0,4})`, 'gu');

function blocked(word: string): boolean {
  const w = word.toLowerCase().replace(/[’']s$/u, '').replace(/[.,]$/u, '');
  return NOT_PLACES.has(w) || NOT_PLACES.has(w.split(/[\s-]/u)[0]!);
}

/** Trims trailing connectors ("Smiths Falls on" -> "Smiths Falls"). */
function trimCaps(s: string): string {
  return s.replace(/(?:[\s-](?:de|du|des|la|le|of|on|the|in|d'|l'))+$/u, '').replace(/[.,’']+$/u, '');
}

export function findPlaces(ctx: RuleContext): PlaceHit[] {
  return perAnalysis(ctx, 'places', scan);
}

function scan(ctx: RuleContext): PlaceHit[] {
  const { text } = ctx;
  const out: PlaceHit[] = [];
  const add = (h: PlaceHit) => {
    if (h.end > h.start && !out.some((o) => h.start < o.end && o.start < h.end)) out.push(h);
  };
  for (const m of text.matchAll(EN_ADDRESS)) add({ start: m.index, end: m.index + m[0].length, kind: 'address' });
  for (const m of text.matchAll(FR_ADDRESS)) add({ start: m.index, end: m.index + trimCaps(m[0]).length, kind: 'address' });
  for (const m of text.matchAll(STREET)) add({ start: m.index, end: m.index + trimCaps(m[0]).length, kind: 'street' });
  for (const m of text.matchAll(SCHOOL)) add({ start: m.index, end: m.index + trimCaps(m[0]).length, kind: 'school' });
  for (const m of text.matchAll(WORK_CUE)) {
    const name = trimCaps(m[1]!);
    if (blocked(name)) continue;
    const start = m.index + m[0].length - m[1]!.length;
    add({ start, end: start + name.length, kind: 'workplace' });
  }
  for (const m of text.matchAll(TOWN_CUE)) {
    const start = m.index + m[0].length;
    const cap = new RegExp(`^${CAPS}`, 'u').exec(text.slice(start, start + 80));
    if (!cap) continue;
    const name = trimCaps(cap[0]);
    if (name.length < 3 || blocked(name)) continue;
    // "from Smiths Falls" needs a person before it; "vit à Rimouski" is about a person already.
    const cue = m[0].toLowerCase();
    if (/^(?:from|out of|venue? de|qui vient de|en provenance de)/u.test(cue)) {
      const before = text.slice(Math.max(0, m.index - 50), m.index);
      if (!PERSON_NOUN_BEFORE.test(before)) continue;
    }
    const key = name.toLowerCase();
    add({ start, end: start + name.length, kind: 'town', big: BIG_PLACES.has(key) || BIG_PLACES.has(key.split(/[\s-]/u)[0]!) });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A place is about a patient when the sentence (or a neighbour) is a care story, not news or an event. */
export function isPatientPlace(ctx: RuleContext, hit: PlaceHit): boolean {
  const i = sentenceIndex(ctx, hit.start);
  if (has(ctx, i, 'news')) return false;
  if (hit.kind === 'school') {
    const s = ctx.sentenceAt(hit.start);
    if (!STUDENT_CUE.test(ctx.text.slice(Math.max(s.start, hit.start - 40), hit.start))) return false;
  }
  if (has(ctx, i, 'generic', 'hypothetical') && !has(ctx, i, 'encounter')) return false;
  return patientContext(ctx, hit.start);
}

