import type { RuleContext } from '../types.ts';
import { around, clinicalContext, foldedOf, foldedSentence, has, patientContext, sentenceIndex, wordRe } from '../pipeline/signals.ts';
import { aboutClinician, lowerRe, lowerSlice, patientWord, perAnalysis } from '../pipeline/signals.ts';
import { BIG_PLACES, NEIGHBOURHOODS, NEIGHBOURHOODS_WEAK, NOT_PLACES } from '../lexicons/places.ts';
import { OCCUPATION_ALT, OCCUPATIONS } from '../lexicons/occupations.ts';
import { COMMON_WORDS } from '../lexicons/common-words.ts';
import { DRUGS } from '../lexicons/drugs.ts';
import { STRONG_EPONYMS } from '../lexicons/eponyms.ts';
import { isGivenNameTag, isLargeAreaTag } from '../lexicons/compromise-lexicon.ts';
import { findAges, patientAgeSentences } from './ages.ts';
import { findNames } from './names.ts';
import { GIVEN_NAMES } from '../lexicons/given-names.ts';
import { anchored, endsWith, matchAll } from '../pipeline/match.ts';
import { notInCare } from '../pipeline/subject.ts';
import { dropPossessive, firstWord, isSpace } from '../pipeline/words.ts';
import { GAZETTEER_BIG, GAZETTEER_TOWNS, GAZETTEER_WEAK } from '../lexicons/gazetteer.ts';
import { ABBREVIATIONS, placeKey, wordKey } from '../pipeline/place-key.ts';
import { CAPITAL_AHEAD, firstLooked, widthOf } from '../pipeline/regex-source.ts';
import { isWordAt, nextCharAt, WordList, type WordMatch } from '../pipeline/word-list.ts';
import { alt, CLINICAL_STAFF_NOT_RESIDENT } from '../lexicons/staff-roles.ts';

// Street addresses, and towns, schools or workplaces tied to a patient (HIPAA: every
// geographic subdivision smaller than a state; guidance C4). Postal codes, ZIP codes and
// coordinates belong to the id rules.

export interface PlaceHit {
  start: number;
  end: number;
  kind: 'address' | 'street' | 'town' | 'school' | 'workplace';
  /** Large metropolitan area: identifying only with other details. */
  big?: boolean;
  /** Tied to a person by the cue itself ("lives in", "vit à") rather than by a noun before "from". */
  direct?: boolean;
  /** Right after a word that can only be a person ("teens from", "famille de"), not just a suffix like "-eur". */
  person?: boolean;
  /** Told as someone else's home ("she lives out past Vulcan", "her farm near Vulcan"): theirs, in a sentence about anyone in care. */
  home?: boolean;
}

const CAP = String.raw`\p{Lu}[\p{L}'’-]{0,30}`;
/** A place name: capitalised words, with "St."/"Ste." abbreviations and French particles inside. */
const CAPS = String.raw`(?:(?:St|Ste|Mt)\.\s?)?${CAP}(?:[\s-](?:(?:St|Ste|Mt)\.\s?${CAP}|${CAP}|de|du|des|la|le|of|on|the|d'|l')){0,4}`;
const EN_SUFFIX = String.raw`(?:St|Street|Ave|Avenue|Av|Rd|Road|Blvd|Boulevard|Dr|Drive|Lane|Ln|Way|Cres|Crescent|Court|Ct|Pl|Place|Terrace|Terr|Sq|Square|Hwy|Highway|Pkwy|Parkway|Circle|Cir|Trail|Line|Sideroad|Concession|Conc|Gate|Grove|Heights|Close|Row|Mews)`;
const FR_TYPES = ['rue', 'avenue', 'av\\.', 'boulevard', 'boul\\.', 'bd', 'chemin', 'ch\\.', 'route', 'rang', 'place', 'allée', 'impasse', 'montée', 'côte', 'croissant', 'promenade', 'terrasse', 'autoroute', 'carré', 'ruelle', 'sentier'];
// Spelled out in both cases because the patterns must stay case-sensitive for the capitalised name.
const FR_TYPE = `(?:${FR_TYPES.flatMap((t) => [t, t[0]!.toUpperCase() + t.slice(1)]).join('|')})`;

// 123 Elm St, 4-1200 Bank Street East, 77 Main St. W
// A lookahead on the first character leads each pattern below: the lookbehind that follows
// would otherwise run at every position of the post.
const EN_ADDRESS = new RegExp(String.raw`(?=\d)(?<![\p{L}\p{N}])\d{1,5}[A-Za-z]?(?:-\d{1,5})?\s(?:${CAP}\s){1,4}${EN_SUFFIX}\.?(?:\s(?:N|S|E|W|North|South|East|West|NE|NW|SE|SW)\b\.?)?(?![\p{L}])`, 'gu');
// 45 rue Saint-Denis, 1200, boulevard René-Lévesque Est, 12 chemin du Lac
const FR_ADDRESS = new RegExp(String.raw`(?=\d)(?<![\p{L}\p{N}])\d{1,5}[A-Za-z]?(?:-\d{1,5})?,?\s${FR_TYPE}\s(?:(?:de la|du|des|de|d'|l')\s?)?${CAP}(?:[\s-](?:${CAP}|de|du|des|la|le)){0,4}`, 'gu');
/** A numbered road: where a rural patient lives or where the crash was ("Hwy 11", "rang 3", "Concession Road 7"). */
const ROAD = new RegExp(String.raw`(?=[HRrCSAaPT\d])(?<![\p{L}\p{N}])(?:(?:Highway|Hwy|Route|Rte|Rang|rang|(?:Range|Township|Twp|Rge)\s(?:Road|Rd)|Concession(?:\s(?:Road|Rd))?|Conc\.|County\s(?:Road|Rd)|Regional\s(?:Road|Rd)|Sideroad|Autoroute|autoroute|Provincial\sRoad|PR|Trans-Canada(?:\sHighway)?)\s?(?:#\s?)?\d{1,3}[A-Z]?|\d{1,2}(?:e|ième|er)\s(?:rang|Rang))(?![\p{L}\p{N}])(?:\s(?:north|south|east|west|past|near|nord|sud|est|ouest|près)\s(?:of\s|de\s|d')?${CAP}(?:[\s-]${CAP}){0,2})?`, 'gu');
/** Whether the character before `at` is one \s matches: only there does STREET's "(?<=\s)" let a match start. */
function afterSpace(text: string, at: number): boolean {
  const c = at > 0 ? text.charCodeAt(at - 1) : -1;
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(text[at - 1]!);
}
// "lives on Elm St", "habite sur la rue Principale": a street without a number.
// Only a capital or a French street type opens one: a lead of any word starting with one of their
// letters sent most words of a long text on to the lookbehinds.
// On a long text it is tried only up to three names before a street word that starts a word
// (after the space the pattern puts before it): a capital alone sent thousands of places on.
const STREET_NAMES = String.raw`(?:${CAP}\s){1,3}`;
const STREET = anchored(
  new RegExp(String.raw`(?=\p{Lu}|${FR_TYPE}\s)(?<=\s)(?<=\b(?:on|off|lives on|living on|sur|sur la|(?:habite|habitait|vit|vivait|demeure|reste)(?:\sseule?)?\ssur le|de la|dans la|dans le|du|au|(?:on|off|near|by) the)\s)(?:${STREET_NAMES}${EN_SUFFIX}\b\.?|${FR_TYPE}\s(?:(?:de la|du|des|de|d'|l')\s?)?${CAP}(?:[\s-]${CAP}){0,3})`, 'gu'),
  new RegExp(String.raw`(?<![\p{L}])(?:${EN_SUFFIX}|${FR_TYPE})`, 'u'),
  widthOf(STREET_NAMES, 'u')!,
  afterSpace,
);

/** "sur la table de cuisine, rue Sainte-Catherine Est", "(Rue Principale, Saint-Pierre-Jolys)": a French street set off by a pause. */
const STREET_PAUSE = anchored(
  new RegExp(String.raw`(?=[\p{Lu}rabcpimts])(?<=[,(]\s?)${FR_TYPE}\s(?:(?:de la|du|des|de|d'|l')\s?)?${CAP}(?:[\s-]${CAP}){0,3}`, 'gu'),
  new RegExp(String.raw`(?<![\p{L}])${FR_TYPE}`, 'u'),
  0,
);
/**
 * What every ROAD match and every STREET match holds, as plain patterns the regex engine scans
 * for quickly: the full patterns try every capital (and every "a" and "r") and their
 * lookbehinds, and most posts name no road.
 */
const ROAD_WORD = /(?:Highway|Hwy|Route|Rte|Rang|rang|Range\sR|Township\sR|Twp\sR|Rge\sR|Concession|Conc\.|County\sR|Regional\sR|Sideroad|Autoroute|autoroute|Provincial\sRoad|PR|Trans-Canada)[\s#A-Za-z]{0,12}\d|\d(?:e|ième|er)\s[Rr]ang/;
const STREET_WORD = new RegExp(String.raw`\s${EN_SUFFIX}\b|${FR_TYPE}\s`);
/**
 * A cue before a place name, matched on the lower-cased post (ctx.lower) without the `i` flag:
 * cheaper to compile and to run. What follows the cue must be a letter here, and townName()
 * then asks for a capital in the post itself: under /iu a `(?=\p{Lu})` also took a lower-case
 * letter, so "lives in the North End" ended its cue at "the". Where two cues share a start, the
 * longer comes first ("lives in the", "outside of"). `mixed`: the same cue under /iu, for the
 * rare post whose lower-casing changed its length (ctx.lower is then the post itself).
 */
interface Cue { lower: RegExp; src: string; mixed?: RegExp; words?: RegExp }
/** `words`, when given: a case-blind pattern every match of the cue holds, searched for first. */
function cue(src: string, words?: RegExp): Cue {
  return { lower: firstLooked(lowerRe(`${src}(?=\\p{L})`, 'gu')), src, words };
}
function cueMatches(ctx: RuleContext, c: Cue): RegExpExecArray[] {
  if (c.words && !c.words.test(ctx.text)) return [];
  if (ctx.lower !== ctx.text) return matchAll(ctx.lower, c.lower);
  c.mixed ??= wordRe(`${c.src}(?=\\p{L})`, 'giu');
  return matchAll(ctx.text, c.mixed);
}
/** A person tied to a place directly: "lives in Rimouski", "vit à Matane", "here in Orillia". */
const TOWN_CUE = cue(String.raw`\b(?:(?:lives|living|lived|resides) in the(?=\s)|(?:lives|living|lived|resides|stays|staying|habite|habitait|vit|vivait|demeure|demeurait|reste|restait)\s(?:alone\s|seule?\s|by (?:him|her)self\s|with (?:his|her) \p{L}+\s|avec (?:son|sa) \p{L}+\s)?(?:on a farm\s|in a trailer\s|on a reserve\s|on a rang\s|in a (?:small\s)?(?:town|village|cabin)\s|sur une ferme\s|dans un rang\s|un rang\s|une ferme\s|dans une roulotte\s|dans un (?:petit\s)?village\s|dans un chalet\s)?(?:near|outside(?: of)?|just outside|between|north of|south of|east of|west of|up near|out near|(?:out\s|way\s|just\s|up\s|down\s)?(?:past|beyond)|out by|près de|proche de|en dehors de|entre|au nord de|au sud de|à l'est de|à l'ouest de|à|au|in)|(?:she|he|they|pt|patient)\s(?:went|goes|is going|was going|'s going|’s going)\s(?:back\s)?home\sto|(?:discharged|sent)\s(?:back\s)?home\sto|lives in|resident of|native of|grew up in|back home in|at home in|home visit in|here in|up in|out in|originaire de|résidante? de|résidente? de|habite à|habitait à|habite|habitait|demeure|demeurait|vit à|vivait à|demeure à|demeurant à|en provenance de|natif de|native de|(?:elle|il|she|he)\s(?:vient|venait|est originaire)\s(?:de|d')|(?:elle|il)\sarrive\sde)\s?`);
/**
 * Someone's home and where it is: "her farm out past Vulcan", "his cabin near Gimli", "sa ferme
 * près de Saint-Côme", "their place outside Vegreville". The home is another person's, not the author's.
 */
const HOME_OF = cue(String.raw`\b(?:her|his|their|sa|son|leur)\s(?:(?:own|old|little|family|petite?|vieille?)\s)?(?:farm|house|home|place|cabin|trailer|ranch|cottage|camp|acreage|homestead|apartment|ferme|maison|chalet|roulotte|terre|appartement|camp de chasse)\s(?:(?:out|up|down|way|just)\s)?(?:past|beyond|near|outside(?: of)?|by|in|north of|south of|east of|west of|près de|proche de|en dehors de|à|au|dans le coin de)\s?`);
/**
 * A home told of someone the post does not care for: one of the team ("her cottage near Wasaga is
 * the team's retreat") or someone known by full name with no title ("Joni Mitchell ... her house
 * near Fort Macleod"), in a sentence with no patient word.
 */
function homeOfSomeoneElse(ctx: RuleContext, i: number): boolean {
  if (patientWord(ctx, i) || has(ctx, i, 'encounter', 'title')) return false;
  const s = ctx.sentences[i]!;
  const body = ctx.text.slice(s.start, s.end);
  return STAFF_WORDS.test(foldedSentence(ctx, i)) || UNTITLED_FULL_NAME.test(body);
}
const STAFF_WORDS = /\b(?:team|team's|staff|equipe|colleagues?|collegues?|coworkers?|our (?:new )?(?:nurse|doctor|manager|grad|resident)|notre (?:infirmiere|medecin|gestionnaire))\b/;
const UNTITLED_FULL_NAME = /(?<![\p{L}.]\s|Mr\.?\s|Mrs\.?\s|Ms\.?\s|Mme\s|M\.\s|Dr\.?\s)\b\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}{2,}(?:\s(?:grew|was|is|lived|lives|died|wrote|sang|played)\b)/u;
/** A third person said to live somewhere ("she lives out past Vulcan"): their home, not the author's. Folded copy. */
const THIRD_LIVES = /\b(?:she|he|they|il|elle|ils|elles)\s(?:still\s|now\s|only\s|encore\s|toujours\s)?(?:lives|lived|vit|vivait|habite|habitait|demeure|demeurait|reste|restait)\b/;
/** "from X", "de X", "in X": a place only right after a person ("a farmer from Smiths Falls"). */
const PERSON_TOWN_CUE = cue(String.raw`\b(?:from(?:\s(?:up|out|down|over|just|way))?(?:\s(?:near|outside(?: of)?|around|by|past|beyond|north of|south of|east of|west of))?|out of|in|of|de|d'|du|venue? de|qui vient de|outside(?: of)?|just outside|up near|out near|near|près de|proche de|du côté de|dans le coin de|en dehors de)\s?`);
/** A place after "in", "near", "à": only in a sentence that speaks of a patient. */
// "flown from Moose Factory", "arrived from Maskwacis", "transférée de Chisasibi": where a patient came from is where they live.
const IN_PLACE_CUE = cue(String.raw`\b(?:(?:flown|flew|airlifted|medevaced|came|arrived|arrives|brought|driven|transferred)\s(?:in\s|down\s|up\s|here\s|over\s|to\s\p{L}+\s)?from|(?:transférée?s?|arrivée?s?|évacuée?s?|amenée?s?)\s(?:ici\s)?(?:de|d')|on(?=\s(?:lake|lac|mount|mont|île|isle)\s)|sur le|dans le quartier|in|near|outside of|outside|just outside|up near|out near|(?:drove|driving|drive|went|headed)\s(?:out|up|down)\sto|proche de|du côté de|dans le coin de|en dehors de|north of|south of|east of|west of|à|près de|au nord de|au sud de|sur la route de)\s`);
// Its "\b" opens on a quote ("'s home in") as well as a letter, so it stays a full boundary tried
// at every position of the post (~4 us of the bench tweet): the words it needs are searched for first.
// "Discharged Mrs. Lindqvist home to Gimli", "drove a 91-year-old woman home to Beausejour": the
// person taken home stands between the verb and "home".
// The contractions ("she's home in") are written apart, after a word character: with them behind
// the same "\b" as the words, the boundary could not be read as a word's start, and the pattern
// was tried at every position of every post that says "home" (0.8% of the engine's time).
// "back to Fort Chipewyan after 7 weeks", "retour à Uashat": the return after a stay.
const HOME_TO = cue(String.raw`\b(?:(?:go|going|goes|went|gone|headed|made it|make it|got|get|travel|travels|travelled|traveled|fly|flew|flown)\s(?:back\s)?home\sto|(?:him|her|them|woman|man|lady|gentleman|gent|guy|boy|girl|kid|baby|mom|mum|dad|patient|pt|(?:mr|mrs|ms|miss|mme)\.?\s[\p{L}'’-]+)\s(?:back\s)?home\sto|(?:is|are|now|safely)\s(?:back\s)?home\sin|(?:rentre|rentres|rentrée?|retourne|retournes|retournée?)\s(?:chez\s(?:lui|elle|eux)\s)?à|(?:(?:being|is|are|was|were|now|safely|he's|she's|he’s|she’s),?\s)?back\s(?:home\s)?(?:to|in)|(?:de\s)?retour\s(?:chez\s(?:lui|elle|eux)\s)?à)\s|(?<=[\p{L}\p{N}_])(?:'s|’s|'re|’re)\s(?:back\s)?home\sin\s`, /home|rentr|retour|back/i);
/** A patient's discharge, on the folded sentence. */
const DISCHARGE = /\b(?:discharged?|discharging|son conge|(?:a|ont|avait) eu (?:son|leur) conge|sortie? de l'hopital|congediee?)\b/;
/** Someone else than the author is who goes home: "so he could travel home to", "tu retournes à". */
const OTHER_SUBJECT_BEFORE = endsWith(wordRe(String.raw`\b(?:he|she|they|you|il|elle|ils|elles|tu|vous)\s(?:[\p{L}'’]+\s){0,3}$`, 'iu'));
const SPOT_BEFORE = endsWith(/\b(?:bed|room|rm|bay|lit|chambre|cubicle|curtain)\s?\d{1,4}[a-z]?\s(?:[\p{L}'’]+\s){0,4}$/iu);
const FIRST_PERSON_BEFORE = endsWith(wordRe(String.raw`\b(?:i|i'm|i’m|im|i am|i was|we|we're|we’re|we are|we were|je|j'|on|nous)\s(?:\p{L}+\s){0,2}$`, 'iu'));
/** Nouns that make "from X" about a person rather than a shipment or a study. */
/**
 * Nouns that make "from X" about a person rather than a shipment or a study, read on lower-cased
 * slices. One list for every reach below, looked up word by word (WordList): as a regex its
 * 4,900 characters cost 10-20 us a call inside the engine.
 */
const PERSON_LEXICAL = String.raw`${OCCUPATION_ALT}|vet|nurse|doctor|man|men|woman|women|guy|lady|gentleman|gent|boy|girl|kid|kids|child|baby|teen|teens|toddler|infant|male|female|farmer|patient|pt|senior|\p{L}{3,}(?:man|woman|men|women)|lad|lass|bloke|chap|[mf]/\d{1,3}|\d{1,3}\s?/\s?[mf]|gens|people|folks|papa|maman|conjointe?|chum|blonde|grand-papa|grand-maman|pépère|mémère|petite?|p'tite?|little one|kiddo|gars|bonhomme|trucker|grandmother|grandfather|grandma|grandpa|mom|mother|dad|father|parents?|couple|family|wife|husband|son|daughter|twins|y/o|yo|y\.o\.|year-old|yr-old|year old|\d{1,3}[mf]|\d{1,3}\s?-?\s?(?:yo|y/o|yrs?|ans|mois|jours|semaines|months?-old|month old|weeks?-old)|jumeaux|jumelles|triplés|triplées|bride|groom|mariée|homme|hommes|femme|femmes|dame|monsieur|madame|garçon|fille|bébé|enfant|enfants|ado|ados|jeune|jeunes|patiente?|aînée?|famille|mère|père|mari|épouse|frères?|sœurs?|soeurs?|cousins?|cousines?|brothers?|sisters?|siblings|ans`;
/** The bare suffix guess ("hauteur" or "secteur" pass for a person too): tried last. */
const PERSON_SUFFIX = String.raw`\p{L}{3,}(?:er|or|ist|ian|ant|eur|euse|ier|ière|ien|ienne|iste|ante|eer|ic)`;
// Whole words: the reaches below want a comma, a space or the end after the noun.
const PERSON_NOUN = new WordList(`${PERSON_LEXICAL}|${PERSON_SUFFIX}`);
/** Whether PERSON_NOUN's match came from a listed noun rather than the suffix guess, which is tried last. */
function listedNoun(m: WordMatch): boolean {
  return m.rank < PERSON_NOUN.count - 1;
}
/**
 * How many words follow a noun in `rest`: "teens, three of them, from" has three, each up to 14
 * letters, digits, apostrophes or hyphens after one space (a comma may stand before it, and one
 * comma or space after the last); -1 when `rest` is not such a list.
 */
export function tailWords(rest: string): number {
  let i = rest.charCodeAt(0) === 44 ? 1 : 0;
  let words = 0;
  for (;;) {
    const space = rest.charCodeAt(i) === 44 ? i + 1 : i;
    if (space < rest.length && isSpace(rest.charCodeAt(space))) {
      let end = space + 1;
      let chars = 0;
      while (end < rest.length && tailCharAt(rest, end)) {
        end = nextCharAt(rest, end);
        chars++;
      }
      if (chars >= 1 && chars <= 14) {
        words++;
        i = end;
        continue;
      }
      if (chars > 14) return -1;
    }
    // Then only ",", a space, both or nothing.
    if (rest.charCodeAt(i) === 44) i++;
    if (i < rest.length && isSpace(rest.charCodeAt(i))) i++;
    return i === rest.length ? words : -1;
  }
}
/** A letter, a number, an apostrophe or a hyphen: what a word after the noun is made of. */
function tailCharAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c === 39 || c === 0x2019 || c === 45 || (c !== 95 && isWordAt(s, i));
}

/**
 * Whether `slice` ends with a person noun followed by at most `words` words (`lexical`: not
 * the bare suffix guess). At each word start the pattern's first noun is taken, as the
 * separate patterns for each reach took it.
 */
function personNoun(slice: string, words: number, lexical = false): boolean {
  const low = slice.toLowerCase();
  for (let m = PERSON_NOUN.exec(low, nounFrom(low, words)); m; m = PERSON_NOUN.exec(low, m.index + 1)) {
    const tail = tailWords(low.slice(m.end));
    if (tail < 0 || tail > words) continue;
    if (!lexical || listedNoun(m)) return true;
  }
  return false;
}
/**
 * The first place a noun personNoun accepts may start, so that only a long slice's last words are
 * looked up: a match holds at most three whitespace characters ("school bus driver", "12 - month
 * old") and the words after it at most `words` + 1, so a start with more of them after it cannot
 * end close enough to the cue. The scan starts from there in the same string, so that whether a
 * word starts there is read as before.
 */
function nounFrom(low: string, words: number): number {
  let seen = 0;
  for (let i = low.length - 1; i >= 0; i--) if (isSpace(low.charCodeAt(i)) && ++seen > words + 4) return i + 1;
  return 0;
}
/** A person noun anywhere in a clause, but for the bare suffix guess. */
function lexicalNoun(slice: string): boolean {
  const low = slice.toLowerCase();
  for (let m = PERSON_NOUN.exec(low); m; m = PERSON_NOUN.exec(low, m.index + 1)) {
    // "y.o." ends on a dot, where a word boundary would need a word character next.
    if (low.charCodeAt(m.end - 1) !== 46 && listedNoun(m)) return true;
  }
  return false;
}
/** A relative right before "de" ("le chum de", "la fille de"): what follows names the person they belong to. */
const KIN_DE = endsWith(/(?<![\p{L}])(?:chum|blonde|mari|conjointe?|femme|épouse|fille|fils|mère|père|sœur|soeur|frère|neveu|nièce|petite-fille|petit-fils|enfants?|garçon|famille)\s$/iu);
/** The person of the sentence is one of us, not a patient. */
const CARER = wordRe(String.raw`\b(?:nurses?|doctors?|docs?|physicians?|surgeons?|residents?|paramedics?|medics?|colleagues?|coworkers?|infirmières?|infirmiers?|médecins?|collègues?|chirurgiens?|ambulanciers?)\b`, 'iu');
const TRANSFER_BEFORE = endsWith(lowerRe(String.raw`(?:\b(?:transferred|transfer|transfert|son transfert|transport|going|headed|heading|retour|return|flown|sent|airlifted|moved|referred|transférée?s?|envoyée?s?|évacuée?s?|référée?s?|(?:en|by|par) (?:hélico|hélicoptère|helicopter|helo|avion|plane|air ambulance|avion-ambulance)|radiothérapie|chimiothérapie|chimio|dialyse|radiation|chemo|dialysis|soins intensifs|intensive care|icu)|jusqu['’])\s?$`));
const CAPS_RE = new RegExp(`^${CAPS}`, 'u');
const UPPER = /\p{Lu}/u;
/** Whether a capital letter (what CAPS_RE reads first) may start at `i`; a surrogate pair is left to CAPS_RE. */
function capitalAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  return (c >= 0xd800 && c <= 0xdbff) || UPPER.test(text[i]!);
}
const SCHOOL_NAMED = String.raw`(?:${CAP}\s){1,4}`;
const SCHOOL_EN = String.raw`High School|Secondary School|Public School|Elementary(?: School)?|Middle School|Collegiate(?: Institute)?|Academy|Catholic School|College|University`;
const SCHOOL_FR = String.raw`École|Ecole|Collège|Cégep|Cegep|Polyvalente|Académie|Lycée|Université|Séminaire|Pensionnat`;
// Its English form opens on up to four capitalised words of any kind: on a long text it is
// tried only that far before a school's first word (a whole word: after a space, or no letter).
const SCHOOL = anchored(
  firstLooked(new RegExp(String.raw`(?:${SCHOOL_NAMED}(?:${SCHOOL_EN})(?![\p{L}])|(?<![\p{L}])(?:${SCHOOL_FR})\s(?:secondaire\s|primaire\s)?(?:de\s|du\s|des\s|de la\s|d'|l')?${CAP}(?:[\s-]${CAP}){0,3})`, 'gu')),
  new RegExp(String.raw`(?<![\p{L}])(?:High|Secondary|Public|Elementary|Middle|Collegiate|Academy|Catholic|College|University|${SCHOOL_FR})(?![\p{L}])`, 'u'),
  widthOf(SCHOOL_NAMED, 'u')!,
);
/** A word every SCHOOL match holds: most posts have none, and the full pattern tries every capitalised word. */
const SCHOOL_WORD = /School|Elementary|Collegiate|Academy|College|University|[EÉ]cole|Coll[eè]ge|C[eé]gep|Polyvalente|Acad[eé]mie|Lyc[eé]e|Universit[eé]|S[eé]minaire|Pensionnat/u;
const STUDENT_CUE = wordRe(String.raw`\b(?:student|pupil|kid|child|boy|girl|teen|teacher|grade \d{1,2}|attends|goes to|went to|at|élève|étudiante?|enfant|garçon|fille|enseignante?|prof|fréquente|va à|à l'|au)\b`, 'iu');
const WORK_CUE = new RegExp(String.raw`\b(?:works?|worked|working|employed|employee|shift worker|works nights|travaille|travaillait|employée?|commis|caissière?|gérante?|manager|cashier|clerk|janitor|cook|server|waitress)\s(?:at|for|chez|à|au|pour)\s(?:the\s|la\s|le\s|l')?((?:${CAP})(?:[\s-](?:${CAP}|de|du|des|on|in)){0,4})`, 'gu');

const SHIFT_BEFORE = endsWith(wordRe(String.raw`\b(?:shift|quart|garde|de garde|on call|working|travaille)\s?$`, 'iu'));
const AREA = new RegExp(String.raw`(?<![\p{L}])(?:in|from|around|near|of|on)\sthe\s(${CAP}(?:[\s-]${CAP}){0,2})(\s(?:area|region|district|county|reserve|reservation|First Nation|community|valley))(?![\p{L}])`, 'gu');
const ORG_BEFORE = endsWith(lowerRe(String.raw`\b(?:urgences?|hôpital|hopital|clinique|clsc|chsld|cisss|ciusss|chu|hospital|clinic|er|ed|icu|emerg|unit|unité|centre|center|pharmacie|pharmacy|université|university|college|collège|cégep|shift|quart|garde|director|directrice|directeur|head|chief|chef|manager|gestionnaire|professor|dean|chair|president|présidente?|coordinator|coordonnatrice|coordonnateur|responsable)(?:\s(?:hospitalier|hospitalière|régionale?|générale?|universitaire|general|regional|memorial|university|community|de santé|de soins)){0,2}\s?(?:of|de|du|des|d')?\s?$`));
const NAME_PLACE = /^,?\s(?:à|de|d'|from|in|of|out of)\s?(?=\p{Lu})/u;
// (Not "I": "in Thunder Bay and I'm the team physio".)
const PAIR = /^\s(?:and|or|et|ou|&)\s(?:(?:à|de|d')\s?)?(?=\p{Lu})(?!I[\s'’])/u;

/** The place name a cue ending at `cueEnd` names, if the capitalised words there can be one. */
function readTown(text: string, cueEnd: number, direct: boolean): string | null {
  const cap = CAPS_RE.exec(text.slice(cueEnd, cueEnd + 80));
  if (!cap) return null;
  const name = trimCaps(cutAtVocabulary(cap[0]));
  // "out in CMAJ", "in the ICU": an acronym is a journal, a unit or an agency, not a town.
  if (name.length < 3 || /^\p{Lu}{2,5}$/u.test(name) || blocked(name)) return null;
  // A shouted post capitalises every word ("JOYEUX 25 ANS DE CARRIÈRE À GINETTE BOUCHARD, NOTRE
  // ASSISTANTE..."): there a name in capitals is a place only when the gazetteer knows it.
  if (!/\p{Ll}/u.test(name) && !GAZETTEER.has(placeKey(name))) return null;
  // "paper in CMAJ Open", "published in Nursing History Review", "l'article de Gagnon et coll.":
  // a journal, or the authors a paper is cited by, not where anyone lives.
  if (JOURNAL_OR_BODY.test(name) || PUBLISHED_IN(text.slice(Math.max(0, cueEnd - 40), cueEnd)) || CITED_AUTHORS.test(text.slice(cueEnd + name.length, cueEnd + name.length + 14))) return null;
  // "bonne retraite à Ginette": after "à" or "to", a lone first name is a person.
  if (!direct && GIVEN_NAMES.has(name.toLowerCase()) && /(?:^|\s)(?:à|to)\s$/iu.test(text.slice(Math.max(0, cueEnd - 4), cueEnd))) return null;
  // "the family of Leonard \"Lenny\" Baptiste": a first name, then a nickname or a surname, is a person.
  if (GIVEN_NAMES.has(name.toLowerCase()) && /^\s(?:["“(][^"”)]{1,20}["”)]\s)?\p{Lu}/u.test(text.slice(cueEnd + name.length, cueEnd + name.length + 30))) return null;
  return name;
}

/**
 * A journal by its name's last word ("Nursing History Review", "CMAJ Open", "Annals of Emergency
 * Medicine"), or a national body's ("Agrément Canada", "Diabetes Canada").
 */
const JOURNAL_OR_BODY = /(?:^|\s)(?:Canada|Journal|Review|Reviews|Open|Annals|Quarterly|Gazette|Bulletin|Proceedings|Reports|Letters|Lancet|Revue|Cahiers)$|^(?:Journal|Annals|Proceedings|Revue|Annales|Archives|Bulletin|Cahiers)\s/u;
/** The cue follows a paper: "paper in", "published in", "article paru dans", "l'étude de". */
const PUBLISHED_IN = endsWith(lowerRe(String.raw`\b(?:papers?|articles?|study|studies|review|editorial|commentary|op-ed|piece|letter|abstract|preprint|publication|published|publishes|appears|appeared|out now|now out|is out|étude|éditorial|lettre|publiée?s?|parue?s?)\s(?:(?:today|this week|online|just)\s)?(?:in|dans|de|d'|du)\s?$`));
/** Authors cited: "Gagnon et coll. (2025)", "Smith et al.", "Roy and colleagues". */
const CITED_AUTHORS = /^,?\s(?:et al\b|et coll\b|and colleagues\b|and co-authors\b|et collègues\b|\(\d{4}\))/u;

function blocked(word: string): boolean {
  const w = dropPossessive(word.toLowerCase()).replace(/[.,]$/u, '');
  const first = firstWord(w, true);
  return NOT_PLACES.has(w) || NOT_PLACES.has(first) || (isLargeAreaTag(w) && !GAZETTEER.has(w)) || COMMON_WORDS.has(first) || DRUGS.has(first) || STRONG_EPONYMS.has(first);
}

/** "Grand Forks on Saturday": a connector then a day, a month or a common word ends the place. */
function cutAtVocabulary(s: string): string {
  const m = /\s(?:de|du|des|la|le|of|on|the|in)\s(\p{Lu}[\p{L}'’-]*)/u.exec(s);
  if (m && (blocked(m[1]!) || DAY_OR_MONTH.test(m[1]!))) s = s.slice(0, m.index);
  // "Wakefield on Bonfire Night", "Selkirk on Christmas Eve": a holiday after "on" is the day it happened.
  const holiday = ON_HOLIDAY.exec(s);
  if (holiday) s = s.slice(0, holiday.index);
  // "Lake Nipissing Saturday": a day or a month right after the name is the date it happened.
  const day = /\s(\p{Lu}[\p{L}.]*)/gu;
  for (let d = day.exec(s); d !== null; d = day.exec(s)) if (DAY_OR_MONTH.test(d[1]!)) return s.slice(0, d.index);
  return s;
}
const ON_HOLIDAY = /\son\s(?:the\s)?(?:Christmas|Xmas|Boxing Day|Bonfire Night|Hallowe'?en|Easter|Thanksgiving|Remembrance|Victoria Day|Canada Day|Labou?r Day|Family Day|Valentine|Mother'?s Day|Father'?s Day|New Year|Good Friday|Guy Fawkes|Burns Night|Hogmanay|Independence Day|Memorial Day|Veterans|Civic Holiday|St\.? Patrick|St\.? Paddy|Super Bowl|Grey Cup)\b/u;
/** "Timmins on Sat Feb 7", "Lake Nipissing Saturday": a day or a month starts a date, not more of the town's name. */
const DAY_OR_MONTH = /^(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Lun|Mer|Jeu|Ven|Sam|Dim|Janv|Févr|Avr|Juil|Déc|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|June|July|August|September|October|November|December|Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche|Janvier|Février|Mars|Avril|Juin|Juillet|Août|Septembre|Octobre|Novembre|Décembre)\.?$/u;

/** Trims trailing connectors ("Smiths Falls on" -> "Smiths Falls"). */
function trimCaps(s: string): string {
  return s.replace(/(?:[\s-](?:de|du|des|la|le|of|on|the|in|d'|l'))+$/u, '').replace(/[.,’']+$/u, '');
}

export function findPlaces(ctx: RuleContext): PlaceHit[] {
  return perAnalysis(ctx, 'places', scan);
}

/**
 * The addresses, roads, streets, schools and workplaces the post names, found once per analysis
 * as a stage of its own before the places scan (index.ts), which judges them: on the engine's
 * first run the places step was among the warm-up's longest pauses.
 */
export function namedPlaces(ctx: RuleContext): Record<'en' | 'fr' | 'road' | 'street' | 'school' | 'work', RegExpExecArray[]> {
  return perAnalysis(ctx, 'places:named', ({ text }) => ({
    en: matchAll(text, EN_ADDRESS),
    fr: matchAll(text, FR_ADDRESS),
    road: ROAD_WORD.test(text) ? matchAll(text, ROAD) : [],
    street: STREET_WORD.test(text) ? [...matchAll(text, STREET), ...matchAll(text, STREET_PAUSE)] : [],
    school: SCHOOL_WORD.test(text) ? matchAll(text, SCHOOL) : [],
    work: matchAll(text, WORK_CUE),
  }));
}
function scan(ctx: RuleContext): PlaceHit[] {
  const { text } = ctx;
  const out: PlaceHit[] = [];
  const add = (h: PlaceHit) => {
    if (h.end > h.start && !out.some((o) => h.start < o.end && o.start < h.end)) out.push(h);
  };
  const found = namedPlaces(ctx);
  for (const m of found.en) add({ start: m.index, end: m.index + m[0].length, kind: 'address' });
  for (const m of found.fr) add({ start: m.index, end: m.index + trimCaps(m[0]).length, kind: 'address' });
  for (const m of found.road) add({ start: m.index, end: m.index + m[0].length, kind: 'street' });
  for (const m of found.street) add({ start: m.index, end: m.index + trimCaps(m[0]).length, kind: 'street' });
  for (const m of found.school) add({ start: m.index, end: m.index + trimCaps(m[0]).length, kind: 'school' });
  for (const m of found.work) {
    const name = trimCaps(m[1]!);
    if (blocked(name)) continue;
    const start = m.index + m[0].length - m[1]!.length;
    add({ start, end: start + name.length, kind: 'workplace' });
  }
  /** The town a cue ending at `cueEnd` would name, if any (the cue's context is judged after). */
  // The same "in X" is read by several cue loops: each town is read once.
  const read = new Map<number, string | null>();
  const townName = (cueEnd: number, direct = false): string | null => {
    // The cues are case-insensitive, so most of their matches end before a lower-case word
    // ("in the", "de la"), and a town starts with a capital: no need to read further.
    if (!capitalAt(text, cueEnd)) return null;
    // "DESIGNATION": a cue's last letters inside a shouted word ("de" + "SIGNATION") open no name.
    if (cueEnd > 0 && WORD_CHAR.test(text[cueEnd - 1]!)) return null;
    const key = cueEnd * 2 + (direct ? 1 : 0);
    let name = read.get(key);
    if (name === undefined) read.set(key, (name = readTown(text, cueEnd, direct)));
    return name;
  };
  /** `name`: the town already read for this cue (the gates below read it first). */
  const town = (cueEnd: number, direct: boolean, person = false, name = townName(cueEnd, direct), home = false) => {
    if (!name) return;
    const key = name.toLowerCase();
    add({ start: cueEnd, end: cueEnd + name.length, kind: 'town', direct, person, big: BIG_PLACES.has(key) || BIG_PLACES.has(firstWord(key, true)), home });
    // "between Neepawa and Minnedosa": the second town of the pair is as much theirs.
    const pair = PAIR.exec(text.slice(cueEnd + name.length, cueEnd + name.length + 8));
    if (pair && !paired) {
      paired = true;
      town(cueEnd + name.length + pair[0].length, direct, person);
      paired = false;
    }
  };
  let paired = false;
  // The cues are scanned by their opening words (match.ts): a post without them costs no scan.
  // The folded post is lower-case unless lower-casing changed its length (then ctx.lower is the text itself).
  for (const m of cueMatches(ctx, TOWN_CUE)) town(m.index + m[0].length, true, false, undefined, THIRD_LIVES.test(foldedOf(ctx).slice(Math.max(ctx.sentenceAt(m.index).start, m.index - 12), m.index + m[0].length)));
  for (const m of cueMatches(ctx, HOME_OF)) town(m.index + m[0].length, true, false, undefined, true);
  // "anyone in the Pictou area know...", "dans la région de Hearst": a patient's area.
  // Areas also fill public-health news ("clinics in the Fraser Valley region"): judged like a direct cue, by a patient nearby.
  for (const m of matchAll(text, AREA)) town(m.index + m[0].length - m[1]!.length - m[2]!.length, true);
  // "Mme Ginette à Saint-Ubalde", "Shirley from Keswick Ridge": a patient's name, then their town.
  for (const n of findNames(ctx)) {
    const prep = NAME_PLACE.exec(text.slice(n.end, n.end + 12));
    if (prep) town(n.end + prep[0].length, false, true);
  }
  // "a young dad who coaches hockey in Stettler": in a sentence about a patient, a
  // capitalised place after "in", "near" or "à" is where they live, work or were found.
  for (const m of cueMatches(ctx, IN_PLACE_CUE)) {
    // Most cues are followed by a capitalised common word ("in The", "à Noël"): that settles it
    // before the sentence's context is read.
    const name = townName(m.index + m[0].length);
    if (!name) continue;
    // Where a patient is sent ("flown to", "transféré à") is a hospital's town, not theirs;
    // "night shift à Montfort" is the author's hospital. Read before the sentence's story, which costs more.
    const from = Math.max(0, m.index - 24);
    if (TRANSFER_BEFORE(lowerSlice(ctx, from, m.index)) || SHIFT_BEFORE(text.slice(from, m.index))) continue;
    if (!patientSentence(ctx, m.index) && !pronounLinked(ctx, sentenceIndex(ctx, m.index))) continue;
    town(m.index + m[0].length, false, false, name);
  }
  // "Going home to Bobcaygeon with her great-grandson driving", "Today she's 2.1 kg and going
  // home to Morden": after a stay, a patient's home town. Not the author's ("I'm going home to").
  for (const m of cueMatches(ctx, HOME_TO)) {
    const name = townName(m.index + m[0].length);
    if (!name) continue;
    const s = ctx.sentenceAt(m.index);
    if (FIRST_PERSON_BEFORE(text.slice(Math.max(s.start, m.index - 24), m.index))) continue;
    const i = sentenceIndex(ctx, m.index);
    // "you're home in": the contraction's own subject stands right before it.
    const otherSubject = () => OTHER_SUBJECT_BEFORE(text.slice(Math.max(s.start, m.index - 30), m.index) + (/^['’]/u.test(m[0]) ? ' ' : ''));
    // "(So glad to be) back in Timmins after the conference": the author's return, unless the
    // sentence has told whose it is before ("Mr. Cardinal ... 66, back to", "tu es de retour à").
    // A discharge told in the sentence is the patient's return ("a eu son congé ... : retour à Hearst").
    if (/^(?:\S+,?\s)?(?:back|retour|de retour)\s/iu.test(m[0]) && !has(ctx, i, 'title') && !patientAgeSentences(ctx).has(i) && !otherSubject() && !DISCHARGE.test(foldedSentence(ctx, i))) continue;
    // "bed 12 wants to go home to Brampton": whoever lies in that bed.
    const spot = SPOT_BEFORE(text.slice(Math.max(s.start, m.index - 40), m.index));
    // A known town someone else goes home to, in a post about care ("so he could travel home to Attawapiskat" after dialysis).
    const theirs = () => GAZETTEER.get(placeKey(name)) === 'town' && otherSubject() && clinicalContext(ctx, m.index);
    if (!spot && !patientSentence(ctx, m.index) && !pronounLinked(ctx, i) && !around(ctx, m.index, 2, 'patient', 'encounter', 'unit') && !theirs()) continue;
    // The same town read by a direct cue ("back home in") is judged as this return, not as a home alone.
    const same = out.findIndex((o) => o.start === m.index + m[0].length && o.direct);
    if (same >= 0) out.splice(same, 1);
    town(m.index + m[0].length, false, true, name);
  }
  for (const m of cueMatches(ctx, PERSON_TOWN_CUE)) {
    const name = townName(m.index + m[0].length);
    if (!name) continue;
    const before = text.slice(Math.max(0, m.index - 50), m.index);
    // "35 ans à l'urgence de Rimouski": the town of a hospital, not of a person.
    if (ORG_BEFORE(lowerSlice(ctx, Math.max(0, m.index - 50), m.index))) continue;
    // "in" sits right after its person ("a hairdresser in Brandon"); "from" and "out of" may be further ("the boy we saw from Morden", "nine kids on a lobster boat out of Chéticamp").
    const reach = /^in$/iu.test(m[0].trim()) ? 0 : /^(?:from|out of)$/iu.test(m[0].trim()) ? 6 : 3;
    // A noun only guessed by its ending ("number of", "box of", "siffler l'air de") must stand right before the cue.
    if (!personNoun(before, reach, true) && !personNoun(before, 0)) continue;
    // "le chum de Carole", "la fille de Monique": a relative of someone named, not a town.
    if (KIN_DE(before) && !GAZETTEER.has(placeKey(name)) && (GIVEN_NAMES.has(name.toLowerCase()) || isGivenNameTag(name.toLowerCase()))) continue;
    town(m.index + m[0].length, false, personNoun(before, 3, true), name);
  }
  for (const g of gazetteerHits(ctx)) add(g);
  return out.sort((a, b) => a.start - b.start);
}

/** A sentence that tells a patient's story: a patient word, a person with a time and an event, or a patient's age. */
function patientSentence(ctx: RuleContext, offset: number, strict = false): boolean {
  const i = sentenceIndex(ctx, offset);
  // Strict: "came in" alone is not enough ("Retired teachers from Sudbury came in for the flu clinic").
  if (has(ctx, i, 'patient', 'encounter', 'title') && (patientWord(ctx, i) || has(ctx, i, strict ? 'title' : 'encounter'))) return true;
  // "the woman who gave birth in the parking lot in Truro yesterday": a person, a time and a care post.
  // A birth the author attended is care wherever it happened ("Delivered a baby in the back of a pickup outside Leduc").
  if (has(ctx, i, 'timeFrame', 'event') && (clinicalContext(ctx, offset) || BIRTH.test(ctx.text.slice(ctx.sentences[i]!.start, offset)))) {
    if (has(ctx, i, 'sex', 'relative')) return true;
    // "the teen who wrecked his dirt bike near Grand Forks on Saturday": a person earlier in the sentence.
    // The clause after a heading ("Proud nurse moment: the lad who...").
    const lead = ctx.text.slice(ctx.sentences[i]!.start, offset).split(/[:;—–]/u).pop()!;
    if ((lexicalNoun(lead) || /\b(?:she|he)\b/iu.test(lead) || BIRTH.test(lead)) && !CARER.test(lead)) return true;
  }
  // "Farmer, 58, arm caught in an auger outside Swift Current": an exact age makes it a person's story.
  return agedSentence(ctx, offset);
}

/**
 * A birth the author attended names a mother and a child without a person noun ("Accouchement
 * dans un chalet à Saint-Côme mardi"). The act, not the word: "birth centre", "salle
 * d'accouchement" are places of care.
 */
const BIRTH = wordRe(String.raw`(?<![dl]['’])\b(?:accouchement|a accouché|accouchée|deliver(?:ed|ing)? (?:a baby|twins|triplets)|caught (?:a baby|twins|triplets)|gave birth|(?:baby|twins) (?:was |were )?born)\b`, 'iu');

/** A sentence that opens on the patient of the sentence before: "She's safe on our ward", "Il dort...". */
const OPENS_WITH_PRONOUN = wordRe(String.raw`^[\s"“(]*(?:she|he|they|il|elle|ils|elles|her|his|their)\b`, 'iu');
/** A sentence that speaks of someone named before it: "If anyone from Elmvale knows her". */
const HOLDS_PRONOUN = wordRe(String.raw`\b(?:she|he|her|him|il|elle|lui)\b`, 'iu');

/** Sentence `j` is a patient's own story (a patient word, an encounter, a bed or unit, a patient's age), not a colleague's. */
function careSentence(ctx: RuleContext, j: number): boolean {
  if (notInCare(ctx, j)) return false;
  return has(ctx, j, 'patient', 'encounter', 'unit', 'title') || agedSentence(ctx, ctx.sentences[j]!.start);
}

/**
 * The patient of sentence `i` is told in a neighbour and tied to it by a pronoun: "...collapsed
 * by the harbour in Mousehole on Sunday? She's safe on our ward", "Je cherche Steve, 41 ans...
 * Il dort ... dans Saint-Roch", "She's 92... If anyone from Elmvale knows her".
 */
function pronounLinked(ctx: RuleContext, i: number): boolean {
  if (notInCare(ctx, i)) return false;
  const { text, sentences } = ctx;
  const next = sentences[i + 1];
  if (next && OPENS_WITH_PRONOUN.test(text.slice(next.start, next.end)) && careSentence(ctx, i + 1)) return true;
  // "Grain bin call near Rosetown this afternoon. 14M, helping his grandpa...": an event's site, its casualty told next by age.
  if (next && has(ctx, i, 'event') && has(ctx, i, 'timeFrame') && agedSentence(ctx, next.start) && careSentence(ctx, i + 1)) return true;
  const s = sentences[i]!;
  return i > 0 && HOLDS_PRONOUN.test(text.slice(s.start, s.end)) && careSentence(ctx, i - 1);
}

// ---- Gazetteer: known towns without the usual cue ------------------------------------------
// "a Kapuskasing farmer", "out near Tweed", "dans le coin de Val-d'Or": a town the gazetteer
// knows is found by its name, then kept only when the sentence ties it to a patient. Each
// capitalised word costs one hash lookup; only a word that can start a town name reads on.

type GazKind = 'town' | 'weak' | 'big';
const GAZETTEER = new Map<string, GazKind>();
/** First word of a gazetteer name -> the most words a name starting with it has. */
const FIRST_WORDS = new Map<string, number>();
for (const [list, kind] of [[GAZETTEER_WEAK, 'weak'], [GAZETTEER_TOWNS, 'town'], [GAZETTEER_BIG, 'big']] as const) {
  for (const key of list.split('|')) {
    GAZETTEER.set(key, kind);
    const words = key.split(' ');
    FIRST_WORDS.set(words[0]!, Math.max(FIRST_WORDS.get(words[0]!) ?? 0, words.length));
  }
}
for (const key of BIG_PLACES) if (GAZETTEER.has(key)) GAZETTEER.set(key, 'big');
for (const [list, kind] of [[NEIGHBOURHOODS, 'town'], [NEIGHBOURHOODS_WEAK, 'weak']] as const) {
  for (const name of list) {
    const key = placeKey(name);
    if (GAZETTEER.has(key)) continue;
    GAZETTEER.set(key, kind);
    const first = key.split(' ')[0]!;
    FIRST_WORDS.set(first, Math.max(FIRST_WORDS.get(first) ?? 0, key.split(' ').length));
  }
}

/**
 * Every capitalised word of a post is looked up, and few open a name: an ASCII word's key is
 * the word lower-cased, or for a short word the name it abbreviates (wordKey folds no accent
 * there), so the hash of its lower-cased characters is read without the copy, and a word whose
 * hash neither a first word nor an abbreviation of one has is done with. A clash only costs the
 * lookup it would have cost anyway.
 */
const FIRST_BITS = new Int32Array(1 << 12);
const keyHash = (s: string, lower: boolean): number => {
  let h = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h = (Math.imul(h, 31) + (lower && c >= 65 && c <= 90 ? c + 32 : c)) & 0x1ffff;
  }
  return h;
};
const markFirst = (key: string) => {
  const h = keyHash(key, false);
  FIRST_BITS[h >> 5]! |= 1 << (h & 31);
};
for (const key of FIRST_WORDS.keys()) markFirst(key);
for (const [short, name] of ABBREVIATIONS) if (FIRST_WORDS.has(name)) markFirst(short);
function mayOpenName(word: string): boolean {
  if (word.endsWith("'s")) return true;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 0x7f) return true;
  const h = keyHash(word, true);
  return (FIRST_BITS[h >> 5]! & (1 << (h & 31))) !== 0;
}

// After an apostrophe too: "dans le coin d'Amos", "l'Isle-Verte". Opened the way matchAll
// scans by capitals (CAPITAL_AHEAD, then the lookbehind), not tried at every position.
const CAP_WORD = new RegExp(String.raw`${CAPITAL_AHEAD}(?<![\p{L}\p{N}_.-])\p{Lu}[\p{L}'’]*`, 'gu');
/** The next word of a name: after a space, a hyphen or an abbreviation's dot. */
const NEXT_WORD = /(?:\.?[\s\-\u2010-\u2013]{1,2}|\.)([\p{L}'’]+)/uy;
/** Lower-case words a town name may hold ("Niagara-on-the-Lake", "Val-d'Or", "Saint-Jean-sur-Richelieu"). */
const CONNECTOR = /^(?:de|du|des|la|le|les|sur|on|the|upon|of|en|aux?|d'|l'|d’|l’|in|by|under|by-the)$|^[dl]['’]\p{Lu}/u;
const TITLE_BEFORE = /(?:\b(?:Dr|Dre|Drs|Mr|Mrs|Ms|Mx|Mme|Mlle|M|Prof|Sr|Sgt|Father|Sister|Brother|Pastor|Rev|Coach|Nurse|Doc)\.?|\p{Lu}[\p{Ll}'’]+)\s$/u;
/** A capitalised word right after the town makes it part of another name: "Sudbury Regional", "Toronto Raptors". */
const PROPER_AFTER = /^(?:['’]s)?\s\p{Lu}[\p{L}]*/u;
/** The town names an organisation, a venue or a team, not where someone lives. */
const ORG_AFTER = lowerRe(String.raw`^(?:['’]s)?\s(?:general|regional|hospital|hospitals|health|clinic|clinics|site|campus|airport|office|offices|conference|summit|congress|meeting|chapter|branch|university|college|school|schools|police|paramedics|ems|fire|council|library|arena|team|office|unit|er|ed|icu|emerg|emergency|public health|health unit|cancer centre|cancer center|hub|satellite|location|headquarters|hq|area hospitals?|hospice|ltc|nursing home|mall|store|plant|mill|mine|base|detachment|courthouse|jail|prison|penitentiary|zoo|marathon|festival|(?:[\p{L}-]+\s)?(?:group|groups|association|society|club|service))\b`);
const VENUE_AFTER = /^\s(?:arena|mall|store|plant|mill|mine|library|legion|rink|zoo|marathon|festival|golf (?:club|course)|curling club|airstrip|marina|wharf|beach|rec centre|rec center|community centre|community center|fairgrounds|feed mill)\b/u;
const FEAST = /^(?:St|Ste|Saint|Sainte)\b/u;
/** A province or state after a comma or a space still belongs with the town ("Sudbury, ON"). */
const PROVINCE_AFTER = /^,?\s(?:ON|QC|NS|NB|PE|PEI|NL|MB|SK|AB|BC|YT|NT|NU|Ont|Qué|Que|Ontario|Québec|Quebec|Manitoba|Alberta|Saskatchewan)\b/u;
/** The place word before the town, and the words before it; "the" before a neighbourhood ("in the North End", "on the Plateau"). */
const PREP_BEFORE = lowerRe(String.raw`(?:^|\s)(?:in|near|from|at|around|outside(?: of)?|by|past|of|out of|up in|down in|over in|out in|to|towards?|into|de|d'|d’|du|des|à|au|aux|en|près de|proche de|du côté de|(?:dans )?le coin de|(?:dans )?la région de|(?:dans )?le secteur de|dans|vers|pour|par|sur)\s?(?:the\s)?$`);
/** A trip, not a home: "sent to", "drove to", "vers", "pour". */
const MOVEMENT = /^(?:to|towards?|into|vers|pour|par)$/iu;
/** The author's travels, an event or an organisation before the place word. */
const AWAY_BEFORE = endsWith(lowerRe(String.raw`\b(?:conference|congress|congrès|colloque|summit|meeting|symposium|trip|vacation|holiday|holidays|vacances|voyage|visiting|visite|moved|déménagée?|based|basée?|located|située?|office|bureau|team|équipe|staff|hospital|hôpital|clinic|clinique|site|campus|greetings|salutations|hello|bonjour|live|posted|working|work|works|travaille|travaillé|job|poste|residency|résidence|fellowship|stage|born and raised|grew up|flight|vol|game|match|fans?|council|board|chapter|section|branch|salle|hall|church|église|paroisse|parish|arena|aréna|park|parc|restaurant|bar|pub|hotel|hôtel|mall|wedding|mariage|fête|party|gala|tournament|tournoi|festival|concert|show|spectacle)\b[^.!?;:]{0,24}$`));
/**
 * A person right after the town: "a Timmins man", "our Sudbury patient", "the Kapuskasing
 * farmer" (on lower-cased text). Read word by word from the lists rather than compiled into a
 * 3,400-character pattern: it is asked only of the few gazetteer towns with no place word before.
 */
function personAfter(low: string): string | null {
  let i = low.startsWith("'s") || low.startsWith('\u2019s') ? 2 : 0;
  if (!SPACE.test(low[i] ?? '')) return null;
  i++;
  const starts: number[] = [];
  const adjective = AFTER_ADJECTIVES.find((a) => low.startsWith(a, i) && SPACE.test(low[i + a.length] ?? ''));
  if (adjective) starts.push(i + adjective.length + 1);
  // "a Sioux Lookout bush pilot", "a Kapuskasing dairy farmer": one word of trade before the person.
  else {
    const word = /^[\p{Ll}-]{2,14}(?=\s)/u.exec(low.slice(i));
    if (word) starts.push(i + word[0].length + 1);
  }
  starts.push(i);
  for (const at of starts) {
    for (const w of AFTER_NOUNS) {
      if (!low.startsWith(w, at)) continue;
      const end = at + w.length;
      // A plural "s", then no word character.
      if (low[end] === 's' && !WORD_CHAR.test(low[end + 1] ?? '')) return low.slice(0, end + 1);
      if (!WORD_CHAR.test(low[end] ?? '')) return low.slice(0, end);
    }
  }
  return null;
}
const SPACE = /\s/u;
const WORD_CHAR = /[\p{L}\p{N}_]/u;
const AFTER_ADJECTIVES = ['old', 'young', 'retired', 'local', 'elderly', 'little', 'older', 'teenage', 'farm'];
const AFTER_NOUNS: readonly string[] = [...OCCUPATIONS, ...'man men woman women guy lady gentleman boy girl kid child baby teen teenager toddler infant patient pt senior native local resident family couple mom mother dad father grandmother grandfather grandma grandpa granny nan nana husband wife son daughter twins brother sister sibling cousin neighbour neighbor lad lass bloke chap youth student retiree elder'.split(' ')];

interface GazMatch { start: number; end: number; kind: GazKind; words: number; hyphenated: boolean }

/** The longest gazetteer name starting at the capitalised word `m`. */
function lookup(text: string, start: number, first: string): GazMatch | null {
  if (!mayOpenName(first)) return null;
  const firstKey = wordKey(first);
  const owner = dropPossessive(firstKey);
  const most = FIRST_WORDS.get(firstKey) ?? (owner !== firstKey ? FIRST_WORDS.get(owner) : undefined);
  if (most === undefined) return null;
  const ends = [start + first.length];
  const keys = [firstKey];
  let hyphenated = false;
  NEXT_WORD.lastIndex = start + first.length;
  for (let k = 1; k < most; k++) {
    const m = NEXT_WORD.exec(text);
    if (!m) break;
    const w = m[1]!;
    // Every word but a connector is capitalised: "Swift current" is not the town.
    if (!/^\p{Lu}/u.test(w) && !CONNECTOR.test(w)) break;
    if (m[0].includes('-')) hyphenated = true;
    keys.push(wordKey(w));
    ends.push(m.index + m[0].length);
  }
  for (let k = keys.length; k >= 1; k--) {
    const key = keys.slice(0, k).join(' ');
    let end = ends[k - 1]!;
    // "St. John's" is the town's own spelling; "Moose Jaw's" is a possessive.
    let kind = GAZETTEER.get(key);
    if (kind === undefined && (key.endsWith("'s"))) {
      kind = GAZETTEER.get(key.slice(0, -2));
      end -= 2;
    }
    if (kind === undefined) continue;
    return { start, end, kind, words: k, hyphenated: hyphenated && k > 1 };
  }
  return null;
}

/**
 * A town run together in a hashtag: "#FlinFlon", "#StonyPlainStrong", "#Tatamagouchestrong" (a
 * town's support tag after a patient's story). Split at its capitals, a trailing "strong" or
 * "proud" dropped; the span is the town's part of the tag.
 */
function tagLookup(start: number, tag: string): GazMatch | null {
  const stem = tag.replace(/(?:strong|proud)$/iu, '');
  if (stem.length < 3) return null;
  const words = stem.split(/(?<=\p{Ll})(?=\p{Lu})/u);
  if (words.length > 4) return null;
  const kind = GAZETTEER.get(placeKey(words.join(' ')));
  return kind ? { start, end: start + stem.length, kind, words: words.length, hyphenated: false } : null;
}

function gazetteerHits(ctx: RuleContext): PlaceHit[] {
  const { text } = ctx;
  const out: PlaceHit[] = [];
  let done = 0;
  for (const m of matchAll(text, CAP_WORD)) {
    if (m.index < done) continue;
    const g = lookup(text, m.index, m[0]) ?? (text.charCodeAt(m.index - 1) === 35 ? tagLookup(m.index, m[0]) : null);
    if (!g) continue;
    done = g.end;
    const hit = judgeGazetteer(ctx, g);
    if (hit) out.push(hit);
  }
  return out;
}

/** `story`: the sentence is already known to tell a patient's story (the case rule's), so the town needs no cue of its own. */
function judgeGazetteer(ctx: RuleContext, g: GazMatch, story = false): PlaceHit | null {
  const { text } = ctx;
  const s = ctx.sentenceAt(g.start);
  const from = Math.max(s.start, g.start - 60);
  const to = Math.min(s.end, g.end + 40);
  const before = text.slice(from, g.start);
  const after = text.slice(g.end, to);
  // The word lists read the same words lower-cased.
  const lowBefore = lowerSlice(ctx, from, g.start);
  const lowAfter = lowerSlice(ctx, g.end, to);
  const weak = g.kind === 'weak' && !g.hyphenated;
  // "Small clinic, big relief. #FamilyMedicine #Antigonish": a small town tagged on a patient's
  // story is where it happened (a city tagged says little).
  if (text.charCodeAt(g.start - 1) === 35) return !story && !weak && g.kind !== 'big' && taggedStory(ctx) && !townBefore(ctx, g.start) ? { start: g.start, end: g.end, kind: 'town', person: false, big: false } : null;
  // What ties the town to a person: a place word before it, or a person right after it.
  const prep = PREP_BEFORE.exec(lowBefore);
  const personAfterTown = prep ? null : personAfter(lowAfter);
  const person = personAfterTown !== null;
  if (person) {
    // "a Sudbury nurse": a colleague ("resident" is as often a care home's).
    if (weak || (CARER.test(personAfterTown) && !/resident/u.test(personAfterTown))) return null;
  } else if (prep) {
    if (MOVEMENT.test(prep[0].trim())) return null;
  } else if (weak) return null;
  if (story && !person && !prep && g.kind === 'weak') return null;
  // The guards read only the words around the town; the sentence's story (signals, a patient's
  // age) is read last, and only for the towns that pass them.
  // "Dr. Regina", "Mary Kingston", "Lake Simcoe": part of a person's or another place's name.
  const prevWord = TITLE_BEFORE.exec(before);
  // "Elderly Dartmouth woman": a sentence's first word is capitalised anyway.
  const opener = prevWord !== null && g.start - prevWord[0].length === s.start;
  if (prevWord && !COMMON_WORDS.has(prevWord[0].trim().toLowerCase().replace(/\.$/u, '')) && !(opener && personAfter(lowAfter) !== null)) return null;
  if (PROPER_AFTER.test(after) && !PROVINCE_AFTER.test(after)) return null;
  // "la St-Valentin", "la Saint-Jean": a saint's day, though a village bears the name too.
  if (FEAST.test(text.slice(g.start, g.end)) && /(?:^|\s)(?:la|le)\s$/iu.test(before)) return null;
  // "the Leduc arena", "the Moncton mall": a venue is no one's home, but where a patient's told
  // story happened it narrows them down as a town does.
  if (ORG_AFTER.test(lowAfter) && !(VENUE_AFTER.test(lowAfter) && (story || agedSentence(ctx, g.start)))) return null;
  const lead = prep ? lowBefore.slice(0, prep.index) : lowBefore;
  if (ORG_BEFORE(lead) || TRANSFER_BEFORE(lead) || AWAY_BEFORE(lead)) return null;
  if (story) {
    if (prep && MOVEMENT.test(prep[0].trim())) return null;
  } else if (prep && !person) {
    // "mon mari m'a organisé une fête à Saint-Georges": the author's own life.
    const i = sentenceIndex(ctx, g.start);
    if (has(ctx, i, 'ownFamily') && !patientWord(ctx, i)) return null;
    // "Amara Osei, 11, of Brantford", "Kaitlyn and Josh of Stoney Creek": a patient's name in the sentence.
    const named = perAnalysis(ctx, 'namedSentences', namedSentences).has(i) && clinicalContext(ctx, g.start);
    if (!named && !patientSentence(ctx, g.start, true) && !pronounLinked(ctx, i)) return null;
  } else if (!person && !agedSentence(ctx, g.start)) return null;
  return { start: g.start, end: g.end, kind: 'town', person, big: g.kind === 'big' };
}

const ROAD_TYPE_BEFORE = endsWith(lowerRe(String.raw`(?<![\p{L}])(?:${FR_TYPES.join('|')})\s$`));
/** A place word before a town, on lower-cased text: what "outside Much Wenlock", "in Kenora", "de Rivière-du-Loup" open on. */
const STORY_PREP = lowerRe(String.raw`\b(?:in|near|outside(?: of)?|just outside|from|out of|past|around|up in|out in|down in|de|du|d'|à|au|près de|proche de|du côté de|dans le coin de|en dehors de)\s?(?=\p{L})`, 'gu');

/**
 * The towns inside a story the case rule told ("on Saturday he fell off a stepladder in his
 * own kitchen in Kenora", "Ex-Wren, Lowestoft born and bred"): the rule has already judged
 * whose story it is, so a place named in it is that person's, with no cue of its own; a
 * hospital's town, a transfer's destination and a person's name are still not.
 */
export function storyPlaces(ctx: RuleContext, start: number, end: number): PlaceHit[] {
  const { text } = ctx;
  const out: PlaceHit[] = [];
  const names = findNames(ctx);
  const free = (a: number, b: number) => !out.some((o) => a < o.end && o.start < b) && !names.some((n) => a < n.end && n.start < b);
  const low = ctx.lower === text ? text.toLowerCase() : ctx.lower;
  STORY_PREP.lastIndex = start;
  for (let m = STORY_PREP.exec(low); m !== null && m.index < end; m = STORY_PREP.exec(low)) {
    const at = m.index + m[0].length;
    if (!capitalAt(text, at)) continue;
    const name = readTown(text, at, false);
    if (!name || at + name.length > end || !free(at, at + name.length)) continue;
    // "chantant du Plume Latraverse", "la clinique de pression du Provigo": after "du" or "au" a name the
    // gazetteer does not know is a thing's (a song's, a store's, a team's), seldom a town's.
    if (/^(?:du|au)\s$/u.test(m[0]) && !GAZETTEER.has(placeKey(name))) continue;
    const lead = lowerSlice(ctx, Math.max(0, m.index - 50), m.index);
    if (ORG_BEFORE(lead) || TRANSFER_BEFORE(lead) || SHIFT_BEFORE(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    // "chemin du Lac-à-la-Tortue": a road's name, not a town (the street patterns' to read).
    if (ROAD_TYPE_BEFORE(lead)) continue;
    // "Travel nurse in Tucson. Discharge planning for a pt...": the author's own workplace opens the story.
    if (ownRolePlace(ctx, at, true)) continue;
    const key = name.toLowerCase();
    out.push({ start: at, end: at + name.length, kind: 'town', big: BIG_PLACES.has(key) || BIG_PLACES.has(firstWord(key, true)) });
  }
  CAP_WORD.lastIndex = start;
  for (let m = CAP_WORD.exec(text); m !== null && m.index < end; m = CAP_WORD.exec(text)) {
    const g = lookup(text, m.index, m[0]);
    if (!g) continue;
    CAP_WORD.lastIndex = g.end;
    const hit = g.end <= end && free(g.start, g.end) ? judgeGazetteer(ctx, g, true) : null;
    if (hit && !ownRolePlace(ctx, hit.start, true)) out.push(hit);
  }
  CAP_WORD.lastIndex = 0;
  return out.sort((a, b) => a.start - b.start);
}

/** The gazetteer knows the town's name: surely a place, where a bare capitalised word after a cue may be a person. */
export function isKnownTown(ctx: RuleContext, hit: PlaceHit): boolean {
  return hit.kind === 'town' && GAZETTEER.has(placeKey(ctx.text.slice(hit.start, hit.end)));
}

/** A patient's exact age is told in the sentence at `offset` (not a colleague's years of service, not a pet's). */
export function patientAgeInSentence(ctx: RuleContext, offset: number): boolean {
  return agedSentence(ctx, offset);
}

/** Care roles, lower case: the author's own when told as what they are ("as a rural pharmacist"). */
const CARE_ROLES = alt(CLINICAL_STAFF_NOT_RESIDENT, ['practitioner', 'midwife', 'midwives', 'sage-femme', 'sages-femmes', 'gp', 'rt', 'psw', 'lpn', 'rpn', 'pharmacien', 'paramédic', 'travailleuse sociale', 'travailleur social']).toLowerCase();
/** Up to three words before the role, none a former trade's ("retired nurse from Truro, 84" is a patient). */
const ROLE_WORDS = String.raw`(?!(?:[\p{L}-]+\s){0,3}?(?:former|retired|ex|ancien|ancienne|retraitée?|old)\s)(?:[\p{L}-]+\s){0,3}?(?:${CARE_ROLES})s?`;
/** Words that make a bare sentence start a particular person ("the nurse in Truro"), not a self-description. */
const DETERMINER = String.raw`(?:a|an|the|our|my|this|that|his|her|their|one|un|une|le|la|les|notre|nos|mon|ma|son|sa|cette|ce)`;
/**
 * The author's own role right before the place: "I'm a home care nurse in", "as a nurse practitioner
 * in", "je suis infirmière à", a bare role opening the sentence ("ICU nurse in Buffalo."), or a role
 * with no article after "de" ("coup de gueule de pharmacienne à"). Read on the lower-cased sentence up to the place.
 */
const OWN_ROLE_BEFORE = new RegExp(String.raw`(?:(?:\b(?:i'm|i’m|im|i am|i was|as|je suis|j'étais|j’étais|comme|en tant que)\s(?:an?\s|une?\s)?)${ROLE_WORDS}\s(?:in|at|from|à|au|de|d'|d’)\s?$|(?:^|\b(?:de|d'|d’)\s?)(?!${DETERMINER}\s)${ROLE_WORDS}\s(?:in|at|à|au)\s$)`, 'u');
/** A home visitor's role: the town of a story they tell is where the client lives ("Home care nurse in Sackville. This week my client, 78, ..."). */
const HOME_VISITOR = /\b(?:home[ -]?care|homecare|visiting|soins à domicile|soins a domicile)\b/u;
/** `story`: the place is read inside a told story, where a home visitor's town is the client's. */
function ownRolePlace(ctx: RuleContext, at: number, story = false): boolean {
  const s = ctx.sentenceAt(at);
  const before = lowerSlice(ctx, s.start, at).trimStart();
  return OWN_ROLE_BEFORE.test(before) && !(story && HOME_VISITOR.test(before));
}

/** A metropolis narrows little alone, but with the patient's exact age beside it ("a 28yo from Leeds") it is part of what singles them out. */
export function bigWithAge(ctx: RuleContext, hit: PlaceHit): boolean {
  return hit.big === true && agedSentence(ctx, hit.start);
}

/** "Pêcheur de Shippagan, 62 ans", "Farmer, 58, ... outside Swift Current": a patient's exact age in the town's sentence. */
function agedSentence(ctx: RuleContext, offset: number): boolean {
  // "Bonne retraite à Ginette, 35 ans à l'urgence": a colleague's years of service; "Ma grand-mère a
  // eu 98 ans dimanche à Caraquet": the author's own family's birthday.
  const i = sentenceIndex(ctx, offset);
  if (notInCare(ctx, i)) return false;
  if (has(ctx, i, 'clinician') && !patientWord(ctx, i)) return false;
  // "Notre chatte Pilule, 16 ans, chez le vétérinaire à Saint-Jérôme": the age step knows a pet's age.
  return patientAgeSentences(ctx).has(i);
}

/** A town named in the post's words before `at`: the story's own town, which makes a tag after it the author's region. */
function townBefore(ctx: RuleContext, at: number): boolean {
  const { text } = ctx;
  for (const m of matchAll(text, CAP_WORD)) {
    if (m.index >= at) break;
    if (text.charCodeAt(m.index - 1) === 35) continue;
    const g = lookup(text, m.index, m[0]);
    if (g && g.kind !== 'weak') return true;
  }
  return false;
}

/** The post tells one patient's story: a patient named or aged in a care sentence. */
function taggedStory(ctx: RuleContext): boolean {
  return perAnalysis(ctx, 'taggedStory', (c) => {
    const told = new Set([...patientAgeSentences(c), ...namedSentences(c)]);
    for (const i of told) if (!notInCare(c, i)) return true;
    return false;
  });
}

function namedSentences(ctx: RuleContext): Set<number> {
  return new Set(findNames(ctx).map((n) => sentenceIndex(ctx, n.start)));
}


/**
 * A sentence set in a year before 1970 with no patient, title or encounter in it tells history
 * ("Stompin' Tom was born in Saint John in 1936", "l'enfant martyre de Fortierville morte en
 * 1920", "In January 1922 in Toronto, 14-year-old Leonard Thompson..."): its towns are no one's in
 * care now, though the post may go on to a patient ("Last night we delivered triplets to a mom
 * from Callander"). Not when the sentence carries on a patient's story told just before ("My
 * patient today turned 103. Born March 2, 1923 in Moose Jaw, she..."), or tells someone whose age
 * now reaches back to that year ("Harold, 88, who built the Gimli marina in 1962"; a 14-year-old
 * of 1922 is history's). A chart's numeric date ("DOB 03/04/1951") is no year of its own.
 */
export function pastSetting(ctx: RuleContext, i: number): boolean {
  const m = OLD_YEAR.exec(foldedSentence(ctx, i));
  if (!m) return false;
  if (patientWord(ctx, i) || has(ctx, i, 'title', 'encounter')) return false;
  if (i > 0 && careSentence(ctx, i - 1)) return false;
  // The engine reads no clock: without "today", the earliest year the corpus was written in stands for it.
  const now = ctx.today ? Number(ctx.today.slice(0, 4)) : 2024;
  const s = ctx.sentences[i]!;
  // A chart's shorthand ("a 52yo pipefitter") is a patient's age now, whatever else the sentence recalls.
  return !findAges(ctx).some((a) => a.start >= s.start && a.start < s.end && (a.shorthand || a.value >= now - Number(m[0])));
}
const OLD_YEAR = /(?<![/\d-])(?:1[5-8]\d\d|19[0-6]\d)(?![/\d-])/;

/** A place is about a patient when the sentence (or a neighbour) is a care story, not news or an event. */
export function isPatientPlace(ctx: RuleContext, hit: PlaceHit): boolean {
  const i = sentenceIndex(ctx, hit.start);
  if (pastSetting(ctx, i)) return false;
  // "I'm a community nurse in Argyll", "ICU nurse in Buffalo.", "Coup de gueule de pharmacienne à
  // Hawkesbury": where the author works, told with their own role, is no patient's town.
  if (hit.kind === 'town' && ownRolePlace(ctx, hit.start)) return false;
  // Whose story the sentence tells (the author's family, a pet, a colleague, the news, a vignette).
  // "Ma grand-mère a eu 98 ans dimanche à Caraquet, toute la paroisse est venue": the author's
  // own family's story, however much it reads like a case, unless a patient is named in it.
  if (notInCare(ctx, i)) return false;
  if (hit.kind === 'school') {
    const s = ctx.sentenceAt(hit.start);
    if (!STUDENT_CUE.test(ctx.text.slice(Math.max(s.start, hit.start - 40), hit.start))) return false;
  }
  if (hit.kind === 'town' && agedSentence(ctx, hit.start)) return true;
  // "Anyone in the Pictou area know Gerald MacIsaac?": a patient's name beside the town.
  if (hit.kind === 'town' && perAnalysis(ctx, 'namedSentences', namedSentences).has(i) && clinicalContext(ctx, hit.start)) return true;
  // "Cette nuit, un papa de Drummondville a accouché sa conjointe...": a person, a night and an event
  // make it a story, whatever teaching words follow ("comme au cours prénatal").
  if (hit.kind === 'town' && hit.person && has(ctx, i, 'timeFrame') && has(ctx, i, 'event') && !has(ctx, i, 'hypothetical')) return true;
  // "Anyone know the family of the lady who collapsed in Mousehole? She's safe on our ward": an appeal, not advice.
  if (hit.kind === 'town' && pronounLinked(ctx, i)) return true;
  if (has(ctx, i, 'generic', 'hypothetical') && !has(ctx, i, 'encounter')) return false;
  // "She lives alone out past Vulcan", "her farm near Vulcan": another person's home, in a sentence not about
  // the author's family, a colleague or the news (notInCare above), is where someone in their care lives.
  if (hit.home && !homeOfSomeoneElse(ctx, i)) return true;
  // "a farmer from Smiths Falls" already names a person; a clinical post around it is enough.
  if (hit.kind === 'town' && !hit.direct) {
    if (clinicalContext(ctx, hit.start) || has(ctx, i, 'encounter')) return true;
    const s = ctx.sentenceAt(hit.start);
    // No care word at all: a person with an age or a sex, on a given night, is still someone's story.
    if (!has(ctx, i, 'timeFrame', 'event')) return false;
    return hit.person === true || has(ctx, i, 'sex', 'relative') || BIRTH.test(ctx.text.slice(s.start, s.end)) || findAges(ctx).some((a) => a.start >= s.start && a.start < s.end);
  }
  // "Caught twins at home in Wakefield, QC at 4 this morning, mom asked for toast": where a
  // person lives, in a sentence telling their care (a person, a time and an event), is theirs.
  return patientContext(ctx, hit.start) || (hit.kind === 'town' && patientSentence(ctx, hit.start));
}
