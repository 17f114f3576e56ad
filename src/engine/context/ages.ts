import type { Lang, RuleContext, Suggestion } from '../types.ts';
import { ageSuggestions } from '../redact.ts';
import { numberedBed } from '../pipeline/signals.ts';
import { aboutClinician, advice, firstPersonEncounter, anywhere, around, teachingPost, authorBefore, clinicalContext, foldedOf, foldedSentence, has, lowerRe, lowerSlice, patientWord, sentenceIndex, wordRe } from '../pipeline/signals.ts';
import { perAnalysis, realEncounter, signalsOf } from '../pipeline/signals.ts';
import { endsWith, matchAll } from '../pipeline/match.ts';
import { cueAnywhere } from '../pipeline/cue-index.ts';
import { OCCUPATION_ALT, OCCUPATIONS } from '../lexicons/occupations.ts';
import { AGE_STAFF, alt, CLINICAL_STAFF, LEAD_ROLES, MORE_LEADS, SUPPORT_STAFF } from '../lexicons/staff-roles.ts';
import { COMMON_WORDS } from '../lexicons/common-words.ts';
import { isPublicSurname } from '../lexicons/public-figures.ts';
import { isDigit, isSpace } from '../pipeline/words.ts';
import { LastWords } from '../pipeline/word-list.ts';
import { fictionNear, notInCare, opensOnFullName } from '../pipeline/subject.ts';
import { findNames } from './names.ts';
import { firstLooked } from '../pipeline/regex-source.ts';
/** Capitalised words before "is 91" that are measures, not people. */
const NOT_NAME_IS = /^(?:target|goal|cible|objectif|limit|cutoff|threshold|median|mean|average|moyenne|médiane|census|volume|wait|délai|attente|sodium|potassium|glucose|sugar|weight|pulse|sats?|temp|score|hemoglobin|haemoglobin|creatinine|rate|bmi|gcs|apgar|she|he|it|this|that|mine|ours|room|bed|bay|unit|level|page|chapter|question|number|total|age|oxygen|heart|pain|map|lactate|troponin|inr|ptt|bili|bilirubin|ferritin)$/u;

// Exact ages of a person, EN and FR, shared by the age rules and the case rule.
// An age is a quasi-identifier when it is exact and belongs to someone in a care story;
// ranges ("adults 18-65", "65+", "under 5"), the author's own age and the age of a thing
// ("a 100-year-old building") are not.

export interface AgeHit {
  start: number;
  end: number;
  value: number;
  /** Clinical shorthand ("34M", "34yo", "F/34") is a care context by itself. */
  shorthand: boolean;
  /** The span reads as an adjective ("34-year-old teacher") rather than a bare number. */
  adjective: boolean;
  /** The age is grammatically a person's: "the 4-year-old from Morden", "une adolescente de 14 ans". */
  bound?: boolean;
  /** Told in a phrase that public figures and relatives share ("died at 67", "she's ninety"): a patient must be named nearby. */
  weak?: boolean;
  /** Told of a pronoun ("She was 94"): whose age it is, the sentences before say. */
  pronoun?: boolean;
  /** Told of a full name with no title ("Dolly Parton turns 80"): often a public figure's. */
  fullName?: boolean;
  /** A sentence of its own after the story ("Four.", "Deux ans.", "Sixty-six. The irony..."): whose, the sentences around say. */
  alone?: boolean;
  /** Set beside a first name ("Harjit, 58,"): one named person's, whatever generic words the sentence holds. */
  named?: boolean;
  /** Found by another pattern, and also standing alone: either reading may tie it to the story. */
  aloneToo?: boolean;
  /** A one-digit age after "Name is": the name's start, which must be a name found ("Today Kaia is 4, loves Paw Patrol"). */
  nameAt?: number;
  /** Said as news of the day ("Gladys turns 104 tomorrow", "Happy 100th to Dorothy"): the age, not an event of care. */
  greeting?: boolean;
  /** Said as a hashtag ("#103yearsyoung"): when the post tells the same age in words, the hashtag is read as that age is. */
  hashtag?: boolean;
  /** Said in one list with other ages ("95 and 93", "grandma (76), her son (49)"): the list is judged as one, a patient's if any member is. */
  group?: AgeHit[];
}

/** A patient or a resident of ours, not "every resident I know" (residents in training). */
/** After an age: the author as the next clause's subject ("and I've", ", I was", ", j'ai", " me"). */
const SELF_AFTER = /^(?:\s?(?:years? old|yrs? old|ans|yo|y\/o))?(?:,\s?|\s(?:and|et|pis)\s(?:yes\s|oui\s)?|\s)(?:i|i['’](?:m|ve|d)|je|j['’]\p{L}+|(?:me|moi)(?=\s?[,.!?;:)]|$|\s(?:at|in|on|when|would|was|had|after|before|thought|knew|could|walking|starting|à|quand|en|au|pendant)(?![\p{L}])))(?![\p{L}'’])/u;
/** Before an age: nothing of its clause, or only "at"/"à" ("Three weeks ago, at 46,"). */
const CLAUSE_OPENS = /(?:^|[,;:.!?(]\s?|\n)\s*(?:(?:at|à|a)\s)?$/u;
const A_PATIENT = /\b(?:patients?|patientes?|pts?|clients?|clientes?)\b|\b(?:our|the|a|this|notre|la|une|cette)\s(?:residents?|residente?s?)\b/;
/**
 * A given name and a surname, no title, right before "is 80", "turns 80": "Dolly Parton",
 * "Jean-Guy Tremblay". Not before a comma: "Harold Smith, 81, came in" is how a case opens.
 */
const FULL_NAME_BEFORE = endsWith(/(?:^|[\s("“«])(?!(?:Mr|Mrs|Ms|Mx|Miss|Mme|Mlle|Dr|Dre|Monsieur|Madame|Nurse|Pt|Patient|Patiente|Baby|Little|Old|Sir|Saint|St)\b)\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s\p{Lu}\p{Ll}[\p{L}'’-]*\s(?:is|was|turned|turns|just turned|a eu|vient d'avoir|a)\s$/u);

const NUM = String.raw`(\d{1,3})`;
/**
 * One word that names a person, for an age in apposition ("Farmer, 58, arm caught in an
 * auger"; "Hockey dad, 45,"): occupations and the usual person nouns, EN and FR.
 */
const PERSON_WORD = String.raw`(?:${OCCUPATION_ALT}|mountie|elder|aîné|aînée|doyen|doyenne|man|woman|guy|lady|gentleman|gent|boy|girl|kid|teen|toddler|baby|male|female|mom|mum|mother|dad|father|grandma|grandpa|grandmother|grandfather|granny|widow|widower|husband|wife|son|daughter|twins?|pt|patient|patiente|resident|client|cliente|homme|femme|dame|monsieur|madame|garçon|fille|fillette|bébé|enfant|ado|maman|papa|grand-maman|grand-papa|mamie|papi|veuve|veuf|mari|épouse|conjointe?|jumeaux|jumelles|mariée|marié)`;
/**
 * The last words of PERSON_WORD's entries. Every pattern below that holds PERSON_WORD needs one
 * of them to end a word, and as regexes of 4,500 characters they cost tens of microseconds a
 * call inside the engine: where no such word is, they are not run.
 */
const PERSON_LAST = new LastWords(PERSON_WORD.slice(3, -1));
const PERSON_TOWN = endsWith(new RegExp(String.raw`\b${PERSON_WORD}s?\s(?:from|of|out of|in|near|de|du|d')\s(?:[\p{L}'-]+\s){0,4}?[\p{L}'-]+,\s?$`, 'iu'));
/** PERSON_TOWN ends on a comma and at most one space: where none is, the word scan is not run. */
const PERSON_TOWN_BEFORE = (before: string) => /,\s?$/.test(before) && PERSON_LAST.within(before, 0, before.length) && PERSON_TOWN(before);
/** "Toddler, 19 months,": a person word and a comma right before the age. */
const PERSON_COMMA = endsWith(new RegExp(String.raw`\b${PERSON_WORD},\s?$`, 'iu'));
const PERSON_APPOSITION = (before: string) => personEndsAtComma(before, before.length) && PERSON_COMMA(before);
/** Whether a PERSON_LAST word may end right before a comma and at most one space that end at `end`. */
function personEndsAtComma(text: string, end: number): boolean {
  const comma = end > 0 && isSpace(text.charCodeAt(end - 1)) ? end - 2 : end - 1;
  return text.charCodeAt(comma) === 44 && PERSON_LAST.endsAt(text, comma);
}
/** Rooms and beds as the subject of "is 29": "Chair 14 is 29, second trimester". */
const SPOT_SUBJECT = String.raw`(?:bed|bay|room|rm|chair|stretcher|box|curtain|cube|cubicle|pod|lit|civière|chambre|fauteuil|cubicule)\s?\d{1,4}[a-z]?`;
/** The names and person words alt 5 reads back before its comma ("Mme Roy, 93", "Farmer, 58"): two patterns, the person words' run only where PERSON_LAST allows. */
const NAMED_BEFORE_COMMA = String.raw`(?<=(?:\b(?:Mr|Mrs|Ms|Mme|Mlle|M)\.?\s\p{Lu}[\p{L}'-]{1,30}|\b\p{Lu}\p{Ll}{1,20}\s\p{Lu}\p{Ll}[\p{L}'-]{1,30}(?=,\s?\d{2,3}\b)),\s?)`;
const PERSON_BEFORE_COMMA = String.raw`(?<=\b${PERSON_WORD},\s?)`;
/** The person alt 11 reads after a sentence-opening age ("71, retired pilot, crashed..."). */
const PERSON_AFTER_COMMA = String.raw`(?=,\s(?:(?:a|an|un|une|semi-retired|retired|former|ex|ancien|ancienne|retraitée?)[\s-])?(?:[\p{L}'-]+\s){0,2}?${PERSON_WORD}s?\b)`;
/** A person named by where they lie: "the lady in 412 is 100", "the man from bed 6 was 58". */
const PERSON_IN_SPOT = String.raw`(?:lady|man|woman|gentleman|guy|gent|patient|pt|kid|boy|girl|baby|fella)\s(?:in|from|at)\s(?:bed\s|room\s|rm\s|bay\s)?\d{1,4}[a-z]?`;
// Each alternative captures the number in its own group; the first defined group is the age.
// Every alternative consumes a digit first, or "aged"/"âgée"/"at the age" (ag, at, â, à) at a
// word's start: one test per position rejects the rest before the alternatives' own guards
// are tried one by one. Alternatives 5 and 11 are written here with only the comma of their
// person test (NAMED_BEFORE_COMMA, PERSON_AFTER_COMMA): with the person words inside, the
// compiled pattern held 1.4 MB of code, slow to build and to run. ageAt puts the test back.
const AGE_ALTS = [
  String.raw`\b${NUM}(?:\s?-\s?|\s)(?:years?|yrs?)(?:\s?-\s?|\s)old\b`,
  String.raw`\b${NUM}[\s-]?(?:yo|y\.o\.?|y/o|y-o|yoa|yr-old|yrs? old|yr old|y old|yrs?(?=\s?(?:[,;)]|[MF]\b)))(?:[MF](?![\p{L}\p{N}]))?(?![\p{L}/])`,
  String.raw`\b(?:aged?|âgée?s?(?: de)?|age:|âge\s?:|at the age of|à l'âge de|at age)\s?${NUM}(?:\s?ans)?\b(?!\s?(?:mois|months?|weeks?|semaines|days?|jours))`,
  String.raw`(?<=\b(?:he|she|they|who|pt|patient|resident|client|lady|man|woman|gentleman|grandma|grandpa|mom|dad|${SPOT_SUBJECT}|${PERSON_IN_SPOT})(?:'s(?:\s(?:turning|just turned|about to turn))?|\s(?:is|was|turned|turns|turning|just turned|had just turned|will turn|will be))\s(?:only\s|just\s|barely\s|already\s|not even\s)?)${NUM}(?=\s?[,.;:!?)]|\s(?:and|with|who|but|on|today|this|next|when|at the time|last|yesterday|years? old\b|in (?:there|here|hospital|the|our|my|his|her)\b)|$)`,
  String.raw`(?<=,\s?)${NUM}(?:\s?(?:ans|yo|y/o)\b)?(?=\s?[,;)]|\.(?:\s|$)|\s(?:and\b|et\b|with\b|avec\b|who\b|qui\b|as of\b)|$)`,
  String.raw`\b${NUM}\s?ans\b`,
  // Infants: "8mo", "19 months old", "bébé de 6 semaines"; the value is kept in months/weeks below.
  String.raw`\b(\d{1,2})[\s-]?(?:mo|mos|m\.o\.|months?|mois|weeks?|wks?|semaines|days?|jours)(?:[\s-]old)?\b`,
  // "58 years of age", "95th birthday", "ses 100 ans" are ages too.
  String.raw`\b(\d{1,3})\s(?:years?\sof\sage|ans\sd'âge)\b|\b(\d{2,3})(?:st|nd|rd|th|e|ème)\s(?:birthday|anniversaire)\b`,
  // "At 94, she still drives"; "94 years young".
  String.raw`(?<=(?:^|[.!?]\s{1,3})(?:At|À)\s)(\d{1,3})(?=(?:\sans)?,?\s?(?:she|he|they|il|elle|our|my|mon|ma|notre)\b)|\b(\d{1,3})[\s-]years?[\s-]young\b`,
  // "my patient (41)", "Mr. Roy (72)", "pt (F, 34)": an age in brackets right after the person.
  String.raw`(?<=(?:\b(?:pt|patient|patiente|lady|man|woman|gentleman|guy|boy|girl|kid|teen|baby|mom|mum|dad|mother|father|wife|husband|son|daughter|grandma|grandpa|grandfather|grandmother|grandson|granddaughter|brother|sister|uncle|aunt|nephew|niece|cousin|neighbou?r|friend|resident|child|toddler|infant|twin|driver|passenger|homme|femme|dame|monsieur|madame|garçon|fille|mère|père|grand-père|grand-mère|frère|sœur|oncle|tante|voisine?|amie?|résidente?|enfant|conducteur|conductrice|passagère?)|\b(?:Mr|Mrs|Ms|Mme|M)\.?\s\p{Lu}(?:[\p{L}'-]{1,30}|\.)?)\s?\((?:[MFH],\s?)?)(\d{1,3})(?=\s?(?:ans|yo|y/o)?\))`,
  // "71, retired pilot, crashed his ultralight": a sentence that opens on an age and a person.
  String.raw`(?<=(?:^|[.!?:]\s{1,3}|\n\s{0,3}))(\d{1,3})(?:\s?(?:ans|yo|y/o|y))?(?=,\s)`,
  // Paediatric shorthand: "2/12 old" (months), "the 3/52 with jaundice" (weeks).
  String.raw`(?<=(?:\b(?:the|a|our|this|that|un|une|le|la|pt|bébé|baby)\s(?:\p{L}+est\s)?|^|[.!?:]\s{1,3}))(\d{1,2})/(?:12|52)(?:\s?old)?(?=\s?old\b|\s(?:with|who|in|from|boy|girl|baby|infant|avec|qui|en|dans)\b|,)`,
  // "celebrated 104 yesterday", "a fêté ses 95 ans": a birthday told of someone.
  String.raw`(?<=\b(?:celebrated|celebrates|celebrating|a fêté|fêtait|fêtera|on a fêté)\s(?:her\s|his\s|their\s|ses\s|les\s|the\s)?)(\d{2,3})(?=(?:th|e|ème)?\s(?:today|yesterday|aujourd'hui|hier|this|last|on|ans|printemps|birthday)\b|[,.!])`,
  // A birthday line: "101 today!!", "94 aujourd'hui!".
  String.raw`(?<=(?:^|[.!?,]\s{1,3}|\n\s{0,3}))(\d{2,3})(?=\s(?:today|aujourd'hui)(?:\s?[!.,🎂🎉]|\s(?:and|et|pis)\s))`,
  // An age closing a clause about what someone still does: "still drives herself at 86."
  String.raw`(?<=\b(?:still|encore|toujours)\b[^.!?\n]{3,60}\s(?:at|à)\s)(\d{2,3})(?=\s?(?:ans)?\s?[.!,]|$)`,
  // "Pt 67 m", "patient 82 f": the sex in lower case right after a patient word.
  String.raw`(?<=\b(?:pt|patient|patiente|triage:?)\s)(\d{1,3})(?:\s?[mfh](?![\p{L}\p{N}])|(?=,\s?(?:male|female|homme|femme|m|f|h)\b))`,
];
const NAMED_BEFORE = new RegExp(wordRe(NAMED_BEFORE_COMMA, 'iu').source, 'iuy');
const PERSON_BEFORE = new RegExp(wordRe(PERSON_BEFORE_COMMA, 'iu').source, 'iuy');
const PERSON_AFTER_AGE = new RegExp(wordRe(PERSON_AFTER_COMMA, 'iu').source, 'iuy');
/** Alternative 5's test, at the age's start `i`: a name or a person word before its comma. */
function namedBeforeComma(text: string, i: number): boolean {
  NAMED_BEFORE.lastIndex = i;
  if (NAMED_BEFORE.test(text)) return true;
  if (spotBeforeComma(text, i)) return true;
  if (!personEndsAtComma(text, i)) return false;
  PERSON_BEFORE.lastIndex = i;
  return PERSON_BEFORE.test(text);
}
/** "our resident in room 212, 99 as of Friday", "Bed 4, 92, fell overnight": a grown-up's age after the bed that names them; not a list of beds ("rooms 12, 14, 16"). */
const SPOT_COMMA = endsWith(/(?<![\p{L}])(?:bed|bay|room|rm|lit|chambre|civière|stretcher|cubicle)\s?\d{1,4}[a-z]?,\s?$/iu);
function spotBeforeComma(text: string, i: number): boolean {
  const m = /^(\d{1,3})(?!\s?,\s?\d)/u.exec(text.slice(i, i + 10));
  return m !== null && Number(m[1]) >= 18 && SPOT_COMMA(text.slice(Math.max(0, i - 24), i));
}
/**
 * Alternative 11's test, after the age (`at`): a comma, a space and a person word within a few
 * words. Its person word ends before the space that follows the comma, an article, two words and
 * the word's own spaces.
 */
function personAfterComma(text: string, at: number): boolean {
  if (text.charCodeAt(at) !== 44 || !isSpace(text.charCodeAt(at + 1))) return false;
  let limit = at;
  for (let seen = 0; limit < text.length; limit++) if (isSpace(text.charCodeAt(limit)) && ++seen > 4 + PERSON_LAST.spaces) break;
  if (!PERSON_LAST.within(text, at, limit)) return false;
  PERSON_AFTER_AGE.lastIndex = at;
  return PERSON_AFTER_AGE.test(text);
}
const CHECKED = new Map<number, (text: string, at: number) => boolean>([
  [4, namedBeforeComma],
  [10, personAfterComma],
]);
/** Capturing groups of each alternative, and the first one's number. */
const GROUPS = AGE_ALTS.map((a) => new RegExp(`(?:${a})|`, 'u').exec('')!.length - 1);
const FIRST_GROUP = GROUPS.map((_, k) => 1 + GROUPS.slice(0, k).reduce((x, y) => x + y, 0));
/** AGE from alternative `k` on: the earlier ones fail at once and keep their group numbers. */
function ageFrom(k: number): RegExp {
  const alts = AGE_ALTS.map((a, j) => (j < k ? '(?!)' + '()'.repeat(GROUPS[j]!) : a));
  const re = wordRe('(?=\\d|(?<![\\p{L}\\p{N}_])(?:a[gt]|[ÂâÀà]))(?:' + alts.join('|') + ')', 'giu');
  return new RegExp(re.source, 'iuy');
}
/** Which alternative a match took. */
function altOf(m: RegExpExecArray): number {
  for (let k = GROUPS.length - 1; k >= 0; k--) {
    for (let g = FIRST_GROUP[k]!; g < FIRST_GROUP[k]! + GROUPS[k]!; g++) if (m[g] !== undefined) return k;
  }
  return -1;
}
/** AGE from the first alternative, then from the one after each checked one (built when first needed). */
const AGE_FROM = new Map<number, RegExp>();
/**
 * The match of AGE at `i`, as the pattern with its person tests inside gave it: when a checked
 * alternative matches but its person test fails, the alternatives after it are tried, as the
 * full pattern's backtracking did.
 */
function ageAt(text: string, i: number): RegExpExecArray | null {
  let from = 0;
  for (;;) {
    let re = AGE_FROM.get(from);
    if (!re) AGE_FROM.set(from, (re = ageFrom(from)));
    re.lastIndex = i;
    const m = re.exec(text);
    if (!m) return null;
    const k = altOf(m);
    const check = CHECKED.get(k);
    if (!check) return m;
    if (check(text, k === 4 ? i : i + m[0].length)) return m;
    // "came in 2am Sunday, 24, bike courier": the person may be told right after the age instead.
    if (k === 4 && personAfterComma(text, i + m[0].length)) return m;
    // "Stroke code at 0200: 91, LKW 23:40", "Mardi soir : 9 ans, de Havre-Aubert": a telegraphic line's age after its colon.
    if (k === 10 && colonOpened(text, i, i + m[0].length)) return m;
    from = k + 1;
  }
}
/** After ", N ans": the town between commas ("…, 8 ans, Orléans, …", "…, 17 ans, de Shippagan, …"). */
const TOWN_APPOSED_AFTER = /^,\s(?:(?:de|du|d['’])\s?)?\p{Lu}\p{Ll}+(?:[-\s]\p{Lu}[\p{Ll}'’]+){0,2},\s/u;
/**
 * Alternative 11's other reading: the age opens a telegraphic line after a colon ("Stroke code at
 * 0200: 91, LKW 23:40", "the kid on Halloween night 2023: 11, dressed as a T-rex") and the line
 * goes on with words about the person, not another number ("Guesses: 35, 42") nor a street
 * ("Clinique : 150, avenue Rouleau").
 */
const COLON_BEFORE = /:\s{1,3}$/u;
const WORDS_AFTER_COMMA = /^,\s(?!(?:rue|avenue|av|boulevard|boul|chemin|route|rang|street|st|road|rd|option|poste|ext|and|et|pis|but|mais|or|ou|my|mon|ma|mes|i|je|j['’]|that|this|it|c['’]est|ça|which|yes|no|oui|non)(?![\p{L}]))\p{L}/iu;
function colonOpened(text: string, i: number, at: number): boolean {
  return COLON_BEFORE.test(text.slice(Math.max(0, i - 4), i)) && WORDS_AFTER_COMMA.test(text.slice(at, at + 12)) && !STAFF_LABEL.test(text.slice(Math.max(0, i - 60), i).toLowerCase());
}
/** A staff role labels the line: "Oldest nurse on our unit: 71, still on nights" is a colleague's age. */
const STAFF_LABEL = lowerRe(String.raw`(?:^|[\s(])(?:${alt(AGE_STAFF, CLINICAL_STAFF, SUPPORT_STAFF, LEAD_ROLES, MORE_LEADS)})s?(?:\s[^:.!?]{0,40})?:\s{1,3}$`);
/** "Farmer, 58,", "Sunday, 24, bike courier": a person word right before the commas, or right after them. */
function apposedToPerson(text: string, before: string, end: number): boolean {
  return PERSON_APPOSITION(before) || personAfterComma(text, end);
}
/** Children's ages spelled out: "the six-year-old", "un garçon de sept ans". */
const SMALL: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  un: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12, treize: 13,
  quatorze: 14, quinze: 15, seize: 16, 'dix-sept': 17, 'dix-huit': 18, 'dix-neuf': 19, vingt: 20, trente: 30,
  quarante: 40, cinquante: 50, soixante: 60, 'soixante-dix': 70, 'quatre-vingts': 80, 'quatre-vingt': 80,
};
const SMALL_EN = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
/**
 * Every match of AGE, as matchAll gives them. Each alternative starts on the first digit of a
 * number or on "ag"/"at"/"â"/"à" at a word's start, so the pattern is tried (sticky) there only,
 * and only where the characters around allow one of its alternatives (digitsMayStart): a walk
 * over the text costs less than the engine's own attempt at every position, and most numbers
 * in a post never run the long alternation at all.
 */
const WORDISH = /[\p{L}\p{N}_]/u;
function ageMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const ch = text.charCodeAt(i);
    let len: number;
    let maybe: boolean;
    if (ch >= 48 && ch <= 57) {
      len = 1;
      while (i + len < n && isDigit(text.charCodeAt(i + len))) len++;
      maybe = digitsMayStart(text, i, len);
    } else if ((ch | 32) === 97 && i + 1 < n && ((text.charCodeAt(i + 1) | 32) === 103 || (text.charCodeAt(i + 1) | 32) === 116)) {
      len = 2;
      maybe = !(i > 0 && isWordChar(text.charCodeAt(i - 1))) && digitWithin(text, i + 2, i + 15);
    } else if (ch === 0xc2 || ch === 0xe2 || ch === 0xc0 || ch === 0xe0) {
      len = 1;
      maybe = !(i > 0 && isWordChar(text.charCodeAt(i - 1))) && digitWithin(text, i + 2, i + 15);
    } else {
      i++;
      continue;
    }
    if (maybe) {
      const m = ageAt(text, i);
      // Like a global scan, the next match starts after this one.
      if (m) {
        out.push(m);
        i += m[0].length;
        continue;
      }
    }
    i += len;
  }
  return out;
}
/**
 * Whether AGE can match on the run of `len` digits at `i`, from the characters around it
 * alone. Every alternative takes the whole run (one to three digits) after a character that is
 * not a word's, then a space, a dash, a stop, a bracket, a slash or a letter it reads ("yo",
 * "ans", "mo", "weeks", "th", "M", "she"...). Then either the number carries its own unit
 * ("34 years", "8mo", "92 ans", "95th"), or the words before are one of the few the other
 * alternatives read back ("is", "turned", "at", "the", "pt", a comma, a bracket, a sentence's
 * start). Non-ASCII characters are let through: case folding reaches them.
 */
function digitsMayStart(text: string, i: number, len: number): boolean {
  if (len > 3) return false;
  if (i > 0) {
    const b = text.charCodeAt(i - 1);
    if (b === 95 || ((b | 32) >= 97 && (b | 32) <= 122)) return false;
  }
  const j = i + len;
  if (j >= text.length) return true;
  const a = text.charCodeAt(j);
  if (a >= 128) return true;
  if (a === 32 || (a >= 9 && a <= 13)) {
    const n = j + 1 < text.length ? text.charCodeAt(j + 1) : -1;
    if (!(n < 0 || n >= 128 || AFTER_SPACE[n] === 1)) return false;
  } else if (AFTER_RUN[a] !== 1) return false;
  // "the sweetest 6/52 baby": weeks or months over 52 or 12 carry their own unit.
  if (a === 47 && len <= 2 && /^\/(?:12|52)(?!\d)/u.test(text.slice(j, j + 4))) return true;
  return ownUnit(text, j) || readBack(text, i);
}
function table(chars: string): Uint8Array {
  const t = new Uint8Array(128);
  for (const ch of chars) {
    t[ch.charCodeAt(0)] = 1;
    t[ch.toUpperCase().charCodeAt(0)] = 1;
  }
  return t;
}
/** Right after the digits, then after a space ("34 and", "34 boy", "92 ans", "8 qui"...). */
const AFTER_RUN = table('-,.;:!?)/adefhijmnorstwy');
const AFTER_SPACE = table(' \t\n\v\f\r,.;:!?)-abdefhijlmnopqstwy');
/**
 * The units alternatives 1, 2, 6, 7, 8 and 9 read right after the number ("34 years old",
 * "34-yo", "92 ans", "8 mo", "3 weeks", "95th birthday", "94 years young"), in ASCII: a window
 * with any other character is let through, since case folding and Unicode spaces reach it.
 */
const UNIT = /(?:\s?-\s?|[\s-])?(?:y(?:ears?|rs?)(?:\s?-\s?|\s)(?:old|of|young)|y(?:o|\.o|\/o|-o|rs?|\sold)|ans|mo|m\.o\.|weeks?|wks?|semaines|days?|jours)|(?:st|nd|rd|th|e)\s(?:birthday|anniversaire)/iy;
function ownUnit(text: string, j: number): boolean {
  const end = Math.min(text.length, j + 24);
  for (let k = j; k < end; k++) if (text.charCodeAt(k) >= 128) return true;
  UNIT.lastIndex = 0;
  return UNIT.test(text.slice(j, end));
}
/**
 * The words the read-back alternatives need right before the number: "she is ", "he's ",
 * "turned ", "only ", "at ", "the ", "pt ", "celebrated her ", a comma, a bracket, a line's or
 * a sentence's start.
 */
// Read back from the end (endsWith): forward, it was tried at each of the slice's positions.
const READ_BACK = endsWith(/(?:^|[,(.!?:]\s{0,3}|\n\s{0,3}|(?:^|[^a-zàâçéèêëîïôûùüÿœæ])(?:is|was|turned|turns|turning|turn|be|\S*'s|only|just|barely|already|even|at|à|the|a|our|this|that|un|une|le|la|pt|bébé|baby|her|his|their|ses|les|celebrated|celebrates|celebrating|fêté|fêtait|fêtera|patient|patiente|triage:?)\s)$/);
/** Beyond Latin-1 and Latin Extended-A: "ſ" folds to "s" in the pattern (emoji are let through too). */
const FOLDS_ELSEWHERE = /[\u017f-\uffff]/;
function readBack(text: string, i: number): boolean {
  const before = text.slice(Math.max(0, i - 14), i);
  return FOLDS_ELSEWHERE.test(before) || READ_BACK(before.toLowerCase());
}
function digitWithin(text: string, from: number, to: number): boolean {
  for (let k = from; k < to && k < text.length; k++) if (isDigit(text.charCodeAt(k))) return true;
  return false;
}
function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
  return WORDISH.test(String.fromCharCode(c));
}

/** Ages spelled out: "Ninety-four years old", "quatre-vingt-douze ans". */
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const UNITS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const TENS_RE = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const UNITS_RE = 'one|two|three|four|five|six|seven|eight|nine';
const WORD_AGE = wordRe([
  String.raw`(?<=\b(?:aged|at the age of)\s)(${TENS_RE})(?:[\s-](${UNITS_RE}))?\b`,
  String.raw`\b(?:(${TENS_RE})(?:[\s-](${UNITS_RE}))?|(a|one) hundred(?: and (${UNITS_RE}|ten))?)[\s-]years?[\s-]old\b`,
  String.raw`\bquatre-vingt-(dix|onze|douze|treize|quatorze|quinze|seize|dix-sept|dix-huit|dix-neuf)\sans\b`,
  String.raw`\bcent(?:\s(un|deux|trois|quatre|cinq))?\sans\b`,
  String.raw`\b(centenarian|centenaire|nonagenarian|nonagénaire|supercentenarian)\b`,
  // Spelled out in apposition: "Lady, eighty-two, came in after a fall".
  String.raw`(?<=\b${PERSON_WORD},\s)(${TENS_RE})(?:[\s-](${UNITS_RE}))?(?=,)`,
  // Said of someone: "she's ninety-two and still drives", "he's only nineteen".
  String.raw`(?<=\b(?:she|he|who|pt|patient|resident|lady|gentleman|${SPOT_SUBJECT})(?:'s|\s(?:is|was|turned|turns|just turned))\s(?:only\s|just\s|barely\s|not even\s)?)(?:(${TENS_RE})(?:[\s-](${UNITS_RE}))?|(${SMALL_EN}))(?=\s?[,.;!)]|\s(?:and|with|who|but|today)\b|$)`,
  // In brackets after a name: "Mr. Tremblay (ninety)".
  String.raw`(?<=\b(?:Mr|Mrs|Ms|Mme|M)\.?\s\p{Lu}(?:[\p{L}'-]{1,30}|\.)?\s?\()(${TENS_RE})(?:[\s-](${UNITS_RE}))?(?=\))`,
].join('|'), 'giu');
// ASCII only and no Unicode flag: this runs on every post, the alternation above on few.
// "cent" only before a space or in "centena(i)re"/"centenarian" (not "recent", "percent"), "old"
// only after "years" and a number word; "s" is left open where it can be spelled "ſ".
const WORD_AGE_WORDS = new RegExp(String.raw`aged|age of|(?:ty|one|two|three|four|five|.ix|.even|eight|nine|ten|hundred)[\s-]year\S?[\s-]old\b|quatre-vingt|cent(?:\s|ena)|nonag|ty(?:[\s-][a-z]+)?[,)]|(?:'s|is|was|turns?|turned)\s(?:only\s|just\s|barely\s|not even\s)?(?:${TENS_RE}|${SMALL_EN})\b`, 'i');
// Compounds first, so "soixante-dix-huit" is not read as "soixante-dix".
const SMALL_FR = "(?:vingt|trente|quarante|cinquante|soixante)(?:-et-un|\\set\\sun|-(?:deux|trois|quatre|cinq|six|sept|huit|neuf))|soixante-(?:et-onze|dix|douze|treize|quatorze|quinze|seize|dix-sept|dix-huit|dix-neuf)|quatre-vingt-(?:un|deux|trois|quatre|cinq|six|sept|huit|neuf)|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|dix-sept|dix-huit|dix-neuf|vingt|trente|quarante|cinquante|soixante|soixante-dix|quatre-vingts?";
const SMALL_AGE = wordRe([
  String.raw`\b(${SMALL_EN})[\s-](?:years?|yr)[\s-]old\b`,
  String.raw`\b(${SMALL_EN})[\s-](months?|weeks?|days?)[\s-]old\b`,
  String.raw`\b(${SMALL_FR})\s(ans|mois|semaines|jours)\b`,
].join('|'), 'giu');
const FR_90: Record<string, number> = { dix: 90, onze: 91, douze: 92, treize: 93, quatorze: 94, quinze: 95, seize: 96, 'dix-sept': 97, 'dix-huit': 98, 'dix-neuf': 99 };
const FR_100: Record<string, number> = { un: 101, deux: 102, trois: 103, quatre: 104, cinq: 105 };
/**
 * A nursery's telegraphic line: a cot, then the baby's age and what they have ("PICU bed 3: 7 wk,
 * pertussis", "Lit 6 en néonat : 5 jours, jaunisse"). A symptom's duration after a colon
 * ("Fever: 3 days, no rash") names no nursery on its line.
 */
const NURSERY_LINE = /(?:nicu|picu|néonat\p{L}*|nursery|pouponnière|isolette|incubat\p{L}+|bassinet|berceau)\b[^\n.!?]{0,20}:\s?$|(?:bed|cot|lit|berceau|isolette)\s?\d{1,3}[a-z]?\s(?:en\s|in\s)?(?:nicu|picu|néonat\p{L}*|nursery|pouponnière)\s?:\s?$/iu;
function infantLine(text: string, start: number, after: string): boolean {
  return /^,\s/u.test(after) && NURSERY_LINE.test(text.slice(Math.max(0, start - 40), start));
}
/** Infant ages need a baby word before them or "old"/"mo" on them; "x 2 weeks" is a duration. */
const INFANT_BEFORE = endsWith(wordRe(String.raw`(?:\b(?:baby|infant|newborn|bébé|nourrisson|nouveau-née?|a|an|un|une|our|my|the|le|la)\s(?:de\s)?|^|[.!?:,]\s)$`, 'iu'));

// Case-sensitive: "34M", "34 F", "F/34", "34/M". Lower-case m is metres or minutes.
const SHORT = firstLooked(/(?<![\p{L}\p{N}$€£.,/])(?:(\d{1,3}) ?([MF])(?![\p{L}\p{N}])|(\d{1,3}) ?\/ ?([MFH])(?![\p{L}\p{N}])|([MFH]) ?\/ ?(\d{1,3})(?![\p{L}\p{N}.])|([MF]),\s(\d{1,3})(?=,|\))|([MFH]) ?(\d{1,3})(?:\s?(?:ans|yo|y\/o)(?![\p{L}\p{N}]))?(?=\s?(?:[,;:)]|\.(?!\d))|\s\/\s|\s(?:w\/|with|avec|sans|ce|cette|cet|hier|this|last|tonight|yesterday)(?![\p{L}\p{N}])|\s(?:du|de|from)\s\p{Lu}|$))/gu);
/** Letters and numbers that label seats, gates, levels and grades, not a sex and an age. */
const LABEL_BEFORE = /\b(?:row|seat|gate|section|level|aisle|apt|unit|wing|vitamin|vitamine|hep|type|stage|grade|class|lot|form|schedule|rangée|siège|porte|niveau|bloc|aile|pavillon|local|salle|classe)\s?$/iu;

/** The age is the bound of a range or a threshold, not an age. */
const RANGE_BEFORE = endsWith(wordRe(String.raw`\b(?:(?:mean|median|average|avg|typical|moyenne?|médiane?)(?:\s[\p{L}-]+)?|(?:mean|median|average|moyenne?|médiane?)(?:\sage|\sâge)?\s?[:=]|over|under|above|below|older than|younger than|at least|up to|from|between|aged?\s(?:\d{1,3}\s?(?:-|to|à)\s?)?|plus de|moins de|de plus de|de moins de|au moins|jusqu'à|entre|dès|à partir de|\d{1,3}\s?(?:-|–|to|à|or|ou)|(?:between|entre|de|from|aged|ages|âgée?s)\s\d{1,3}\s(?:and|et))\s?$|[≥≤><]\s?$`, 'iu'));
const RANGE_AFTER = wordRe(String.raw`^(?:\s?(?:\+|-\s?\d|–\s?\d|to\s\d|à\s\d|and (?:over|older|up|under|younger)|or (?:older|over|more|younger|less)|et (?:plus|moins)|ou (?:plus|moins)|ans? et (?:plus|moins)|ans ou (?:plus|moins)|years? and (?:over|older|up)|years? or (?:older|over)|on average|en moyenne)|s\b|'s\b)`, 'iu');
/** "a 101-year-old going home", "a 6-year-old visiting the clinic": someone on their way, not "a 100-year-old farming tradition". */
const GOING_TO_PLACE = /^\s\p{Ll}+ing\s(?:home|house|hospital|clinic|school)\b/u;
/** Nouns that make "N-year-old" the age of a thing. */
const ITEM_AFTER = wordRe(String.raw`^[\s-]*(?:[\p{L}-]+\s)?(?:building|house|home|car|truck|tree|tradition|study|studies|trial|drug|medication|vaccine|technique|procedure|law|company|business|practice|clinic|hospital|record|film|movie|song|book|paper|guideline|bridge|church|school|photo|picture|debate|question|myth|mystery|problem|system|program|machine|device|scanner|monitor|ventilator|defibrillator|pager|fax|computer|software|elevator|furnace|boiler|roof|ambulance|fleet|equipment|policy|rule|recipe|marriage|friendship|relationship|war(?!\s(?:bride|veteran|vet|hero|widow|orphan))|institution|brand|game|theory|idea|wine|whisky|scotch|bottle|house|cat|dog|horse|maison|bâtiment|voiture|arbre|étude|loi|entreprise|chat|chien)s?\b`, 'iu');
/** Units and quantities after a bare number that make it anything but an age. */
const NOT_AGE_AFTER = /^\s?(?:ans? (?:à|au|aux|en|chez|dans) (?:l'|la |le |les )?(?:urgence|hôpital|hopital|unité|soins|chsld|clinique|service|bloc|enseignement|pharmacie|labo|laboratoire|département)|ans? (?:d'expérience|d'histoire|d'existence|de fondation|de carrière|de pratique|de service|de mariage|plus tard|après|avant|auparavant|déjà|de retard)|ans? (?:que|qu')|years? (?:of (?:experience|practice|service|marriage|history|existence)|ago|later|earlier|in practice))/iu;
/** "depuis 10 ans", "il y a 3 ans", "pendant 34 ans": durations, not ages. */
const DURATION_BEFORE = endsWith(wordRe(String.raw`\b(?:depuis|il y a|pendant|durant|après|dans|en|pour|for|since|after|in|over the past|the past|the last|les|ces)\s$`, 'iu'));
/** A bed and "a": read both inside FR_PERSON_BEFORE and alone (FR_SPOT_HAS). */
const SPOT_HAS = String.raw`(?:lit|chambre|civière|salle|box|cubicule)\s\d{1,4}[a-z]?\s(?:a|avait|a eu|vient d'avoir)`;
/**
 * A bare "N ans" needs a person right before it to be an age ("une patiente de 92 ans", "Mme X, 92 ans", "il a 92 ans"),
 * the person's noun with its complement ("une gardienne de sécurité de 63 ans", "un joueur de hockey de 16 ans").
 */
const FR_PERSON_BEFORE = endsWith(wordRe(String.raw`(?:(?:^|[.!?:]\s{0,3})(?:homme|femme|garçon|fille|fillette|dame|monsieur|madame|mme|patiente?|bébé|enfant|ado),?\s$|\b(?:patiente?|pte?|homme|femme|dame|monsieur|madame|garçon|fille|fillette|petite?|p'tite?|maman|papa|grand-maman|grand-papa|mamie|papi|gars|mariée?|jumelles|jumeaux|siamoises|siamois|bébé|enfant|ado|adolescente?|aînée?|doyen(?:ne)?|résidente?|usagère?|usager|cliente?|individu|personne|mère|père|grand-mère|grand-père|veuve|veuf|jeune|bonhomme|bonne femme|bambin|poupon|gamine?|vétéran|ostéopathe|(?!(?:maintenant|pendant|avant|cependant|durant|devant|suivant|auparavant|présentement|seulement|environ)(?![\p{L}]))\p{L}{3,}(?:eur|euse|ier|ière|ien|ienne|ant|ante|iste|ère|aire|rice))s?(?:\s(?:(?:de|du|des|aux?|à|en)\s|d')?[\p{L}-]{2,20}){0,2}\sde|\b(?:fêté|fête|fêtera|fêter|fêtait|célébré|célèbre|célébrait|souligné|pour|de)\s(?:ses|son|leurs?)|\b(?:âgée?|agée?)s?\sde|\b${SPOT_HAS}|\b(?:il|elle)\s(?:a|a eu|avait|aura|fêtera|vient d'avoir)|\b(?:a eu|vient d'avoir|a fêté|fêtera|aura|bonne fête de|joyeux)|,\s\d{1,3}\s(?:et|and)|\b(?:un|une)|(?<![\p{L}])[fhm]|,|\()\s?$`, 'iu'));
/** "Salle 4 a 6 mois", "la chambre 12 a 97 ans": a bed told as the person in it. */
const FR_SPOT_HAS = endsWith(new RegExp(String.raw`(?<![\p{L}])${SPOT_HAS}\s$`, 'iu'));
/** "a fêté ses 100 ans à l'unité": a birthday where the patient is, not years of work there. */
const BIRTHDAY_FR_BEFORE = endsWith(/(?<![\p{L}])(?:fêté|fête|fêtera|fêter|fêtait|célébré|célèbre|célébrait|souligné)\s(?:ses|son|leurs?|les)\s$/iu);
/** A length of time's noun, however far its complement goes: "une carrière d'infirmière de 30 ans", "un mariage de 60 ans". */
const SPAN_NOUN_BEFORE = endsWith(/(?<![\p{L}])(?:carrière|mandat|contrat|expérience|ancienneté|mariage|union|peine|bail|vie commune)(?![\p{L}])[^.!?,;:]{0,30}\sde\s$/iu);
/** After an age that opens a sentence: "84 ans, retrouvé confus", "64 ans en fait". */
const FR_OPENING_AFTER = /^\s?(?:[,.;:!)]|en fait|pile|bien sonnée?s|selon|d'après|et\s(?!plus\b|moins\b|\d)|mais\b|pis\b)/iu;
/** After "le 70 ans": where the patient lies or what they do, not the 70th of a thing. */
const FR_NAMED_AFTER = /^\s?(?:du (?:lit|box|cubicule|corridor|bed|room)|de la (?:chambre|civière|\d)|au (?:lit|box|cubicule|corridor|\d)|à la (?:chambre|civière|\d)|dans la|qui\b|,)/iu;
// Words right before a candidate, tested at the end of a short slice (see endsWith).
const STAY_AFTER = /^\s(?:chez nous|avec nous|with us|in hospital|in the hospital|on (?:the|our) (?:unit|ward|floor)|à l'hôpital|à l'étage|sur l'unité|aux soins intensifs|in (?:the )?icu|ici|here|later|plus tard)(?![\p{L}])/iu;
const BABY_BEFORE = endsWith(/(?:baby|infant|newborn|bébé|nourrisson|nouveau-née?)\s(?:de\s)?$/iu);
const TOWN_THEN_DE = endsWith(/\p{L}{3,}\sde\s\p{Lu}[\p{L}'-]+(?:[\s-]\p{Lu}[\p{L}'-]+){0,2}\sde\s$/u);
const SEXED_BEFORE = endsWith(/\b(?:man|woman|male|female|boy|girl|lady|gentleman|homme|femme|garçon|fille|dame)\s$/iu);
const WORD_DE_BEFORE = endsWith(/\p{L}{3,}\sde\s?$/u);
const BIRTHDAY_OWNER_BEFORE = endsWith(/(?:\b(?:his|her|their|ses|son|sa|celebrated|celebrates|celebrating|a fêté|fête|fêtera)|'s)\s(?:\p{L}+\s)?$/iu);
/**
 * What follows an age that belongs to a person: a noun, or "from", "with", "who". On lower-cased
 * text (lowerSlice): under the i flag the case closure of its \p{L} classes made it the costliest
 * pattern of the age step to compile, on the content script's first run.
 */
const PERSON_AFTER = lowerRe(String.raw`^[\s-]*(?:[\p{L}]{3,12}[\s-](?=\p{L}{3,}(?:er|or|ist|ian|ant|man|woman)\b))?(?:from|with|who|in|on|at|whose|that|and|,|patient|pt|man|woman|male|female|boy|girl|kid|child|baby|toddler|infant|lady|gentleman|guy|dad|mom|mother|father|grandmother|grandfather|twins|veteran|retiree|student|\p{L}{3,}(?:er|or|ist|ian|ant|man|woman))\b`);
/**
 * Trades, lower-cased, looked up word by word rather than as an alternation: "44-year-old
 * ferry deckhand", "un bûcheron de 49 ans". The lexicon's alternation is thousands of
 * characters, too much code to run cold on every age.
 */
const TRADES: ReadonlySet<string> = new Set(OCCUPATIONS.map((o) => o.toLowerCase()));
function isTrade(word: string): boolean {
  const w = word.toLowerCase();
  return TRADES.has(w) || (w.endsWith('s') && TRADES.has(w.slice(0, -1)));
}
/** A trade right after an age, or after one word: "deckhand", "ferry deckhand", "school bus driver". */
function tradeAfter(after: string): boolean {
  // "a 91-year-old retired long-haul trucker": a former trade is still the person's.
  const m = /^[\s-]*(?:(?:retired|former|semi-retired|ex|ancien|ancienne|retraitée?)[\s-])?([\p{L}'-]+)(?:\s([\p{L}'-]+))?(?:\s([\p{L}'-]+))?/u.exec(after);
  if (!m) return false;
  const [, a, b, c] = m;
  return isTrade(a!) || (b !== undefined && (isTrade(b) || isTrade(`${a} ${b}`) || (c !== undefined && isTrade(`${b} ${c}`))));
}
/** A trade, and a word after it or not, before "de N ans": "un bûcheron de", "un pompier volontaire de". */
function tradeBeforeDe(before: string): boolean {
  const m = /([\p{L}'-]+)(?:\s([\p{L}'-]+))?\sde\s?$/u.exec(before);
  if (m !== null && (isTrade(m[2] ?? m[1]!) || (m[2] !== undefined && (isTrade(m[1]!) || isTrade(`${m[1]} ${m[2]}`))))) return true;
  // A trade named with its complement: "une guide de pêche de 48 ans", "un chauffeur d'autobus de 61 ans".
  const c = /(?<![\p{L}'-])([\p{L}-]+\s(?:de\s|du\s|d')[\p{L}-]+)\sde\s?$/u.exec(before);
  return c !== null && isTrade(c[1]!);
}
/** "a 46-year-old school bus driver": an item word that heads a person, not an item. */
/** A person and then the item word: "drove a 91-year-old woman home", "a 44-year-old high school chemistry teacher". */
const PERSON_THEN_ITEM = /^[\s-]*(?:(?:man|woman|lady|gentleman|guy|gent|boy|girl|kid|patient|pt|male|female|homme|femme|dame|monsieur|garçon|fille)\b|(?:[\p{L}-]+\s){1,3}(?:teacher|driver|worker|nurse|janitor|principal|secretary|custodian|owner|keeper|student|player|coach)\b)/iu;
const PERSON_AFTER_ITEM = /^[\s-]*\p{L}+\s(?:\p{L}+\s)?(?:driver|teacher|worker|nurse|janitor|principal|secretary|custodian|owner|keeper|(?!(?:scanner|computer|monitor|ventilator|defibrillator|pager|paper|elevator|boiler|trailer|tractor|freezer|heater)\b)\p{L}{3,}(?:er|or|ist|ian))\b/iu;
const TEMPERATURE = wordRe(String.raw`\b(?:temp|temperature|température|fever|fièvre|febrile|°|degrees|degrés|t\s?=?)\b`, 'iu');

// NAME_BRACKET_OR_HAPPY, OLD_WISH, NAME_IS and PARENT_AGE open on "(?=\d)" (firstLooked reads no "\b"):
// every match starts on a digit, and their lookbehinds were tried at every position of the text.
/** "Harold is 91", "Vera was 89": case-sensitive, so the name must be capitalised. */
const NAME_BRACKET_OR_HAPPY = /(?=\d)(?:(?<=(?:^|[\s])(\p{Lu}\p{Ll}{2,15})\s?\()(\d{1,3})(?:\s?ans(?=[),]))?(?=\)|,\s?\p{Lu}\p{Ll}|(?<=ans),\s?\p{L})|(?<=\b(?:wished|wish|wishing)\s(?:[\p{L}.'’-]+\s){1,3}a\shappy\s)(\d{2,3})(?:st|nd|rd|th)(?=\s(?:birthday\s)?(?:on|to|in|at|at the|today|yesterday)\b|[!.,])|(?<=\bhappy\s)(\d{2,3})(?:st|nd|rd|th)(?=\sbirthday\sto\s(?:((?:Mr|Mrs|Ms|Mme|M|Miss)\.?)\s)?\p{Lu}\p{Ll}))/giu;
/** "Happy 100th, Mrs. T", "Happy 100th to Dorothy on 5 North", "Joyeux 100e anniversaire à notre madame de la 214". */
const OLD_WISH = /(?=\d)(?<=\b(?:happy|joyeux|bon)\s)(9\d|1[01]\d)(?:st|nd|rd|th|e|ème)(?=\s(?:birthday|anniversaire)\b|,|\s(?:to|à)\s|\s?!)/giu;
/** After the wish: an institution ("to our hospital auxiliary", "to the Royal Victoria Hospital's nurses") or the author's kin ("Happy 100th, Nanny"). */
const WISHED_THING = /^(?:\s(?:birthday|anniversaire))?,?\s(?:(?:to|à)\s(?:our|the|my|notre|nos|mon|ma|la|le|l')\s?(?:[\p{L}'’.-]+\s){0,3}?(?:hospital|auxiliary|foundation|unit|clinic|program|programme|school|legion|church|club|association|department|ward|home|hospice|team|building|scanner|hôpital|fondation|unité|clinique|centre|école|équipe|paroisse|légion|chsld)(?:['’]s)?\b|(?:to\s)?(?:my\s)?(?:nanny|nan|nana|grandma|granny|gran|grandpa|grampa|mom|mum|dad|mother|father|me)\b)/u;
/** Case-sensitive: "Happy 100th to Dorothy on 5 North", "à notre résidente préférée"; not a full name ("to Betty White"), whose the public's. */
const WISHED_PERSON = /^\s(?:(?:birthday|anniversaire)\s)?(?:to|à)\s(?:(?:our|notre)\s(?:\p{L}+\s)?(?:resident|patient|résidente?|patiente?|madame|monsieur|dame|lady|gentleman)s?\b|(?:Mr|Mrs|Ms|Miss|Mme|M)\.?\s\p{Lu}|\p{Lu}\p{Ll}+(?![\p{L}'’-]|\s\p{Lu}))/u;
/** Case-sensitive: "birthday to Mr. Fenwick", "birthday to Archie", not "to the foundation". */
const HAPPY_TO_NAME = /^\sbirthday\sto\s(?:(?:Mr|Mrs|Ms|Mme|M|Miss)\.?\s)?\p{Lu}\p{Ll}/u;
const NAME_IS = /(?=\d)(?<=(?:^|[\s(])(\p{Lu}\p{Ll}{2,15})\)?\s(?:is|was|turned|turns|turning|just turned|a eu|vient d'avoir|a)\s)(\d{2,3}|[1-9](?=,\s\p{Ll}|\s(?:and|et|pis)\s))(?=\s?(?:ans)?\s?(?:[,.;!?)]|$|\s(?:and|et|pis|puis|mais|but|today|aujourd'hui|this|cette|next|last|on|in|at|with|yesterday|hier|le|en|avec|as of|depuis)\b))/gu;

/**
 * An age told in a phrase rather than a form: "died at 67", "diagnosed at 34", "décédée à 94
 * ans" (the age at a life event); "a man of 58", "a lady of 94"; "a lady at 101 with
 * pneumonia"; "Gord, 67, came in" (a first name, the age, then what happened).
 */
const PHRASE_AGE = firstLooked(wordRe([
  String.raw`(?<=\b(?:died|passed away|passed|diagnosed|widowed|décédée?|morte?|diagnostiquée?|(?:had|suffered|fait|subi)\s(?:a|an|her|his|un|une|son|sa)\s(?:stroke|heart attack|mi|stemi|avc|infarctus|crise cardiaque)|gave birth|accouchée?)\s(?:[\p{L}\p{N}]+,?\s){0,3}?(?:at|à)\s)(\d{1,3})(?:\sans)?(?=\s?[,.;!)]|\s(?:and|after|with|from|of|in|et|après|avec|d'une?|des suites)\b|$)`,
  String.raw`(?<=\b(?:man|woman|lady|gentleman|gent|fellow|chap|guy|soul|homme|femme|dame|monsieur)\sof\s)(\d{1,3})(?=\s?[,.;!)]|\s(?!(?:percent|per|pounds?|lbs?|kg|kilos?|feet|ft|inches|cm|years|minutes|hours|dollars)\b)\p{L}|$)`,
  String.raw`(?<=\b(?:man|woman|lady|gentleman|gent|guy|patient|pt|grandma|grandpa|granny|homme|femme|dame|monsieur|madame|patiente?)\s(?:at|à)\s)(\d{2,3})(?:\sans)?(?=\s(?:with|who|avec|qui)\b)`,
  // "Gord, 67, came in", "Gaétan, 91 ans, ancien bûcheron", "Ti-Guy, 96, still...": a first name and its age set between commas.
  String.raw`(?<=(?:^|[\s(])(\p{Lu}\p{Ll}{1,15}(?:-\p{Lu}\p{Ll}{1,15})?),\s(?:at\s|à\s)?)(\d{1,3})(?:\s?(?:ans|yo|y/o))?(?=,\s\S|\s?[;)]|\s(?:and|et|pis|today|aujourd'hui)\b)`,
].join('|'), 'giu'));
/** A capitalised word right before a name that is not a courtesy title: the name is a surname or a public figure's. */
const UNTITLED_BEFORE = endsWith(/(?<![\p{L}])(?!(?:Mr|Mrs|Ms|Mx|Mme|Mlle|M|Madame|Monsieur|Miss)\.?\s$)\p{Lu}[\p{L}'’.-]*\s$/u);
const SPOT_IS_BEFORE = endsWith(new RegExp(String.raw`\b${SPOT_SUBJECT}(?:'s|\s(?:is|was|turned|turns|just turned))\s(?:only\s|just\s|barely\s|not even\s)?$`, 'iu'));
const CLOCK_AFTER = /^\s?(?:in the (?:morning|afternoon|evening|night)|du (?:matin|soir)|o'clock|h\b|am\b|pm\b|a\.m|p\.m|:\d)/iu;
const NAME_WORD_AGE = firstLooked(wordRe(String.raw`(?<=(?:^|[\s(])(\p{Lu}\p{Ll}{1,15}(?:-\p{Lu}\p{Ll}{1,15})?),\s)((?:${TENS_RE})(?:-(?:${UNITS_RE}))?|${SMALL_EN})(?=,\s\S|\s(?:and|et)\s)`, 'gu'));
const WORD_AFTER_COMMA = new RegExp(String.raw`,\s(?:${TENS_RE}|${SMALL_EN})\b`);
const PARENT_AGE = /(?=\d)(?<=\b(?:mom|mum|dad|maman|papa)\s)\d\d(?=,\s)/giu;
const KIN_NAME_AGE = /(?<=(?<![\p{L}])(?:son|daughter|grandson|granddaughter|nephew|niece|brother|sister|husband|wife|fils|fille|petit-fils|petite-fille|frère|sœur|neveu|nièce|mari|épouse)\s(\p{Lu}\p{Ll}+),\s)(\d{1,3})(?=\.(?:\s|$))/gu;
const CANDLES = /(?<=(?<![\p{L}])(?:ses|her|his|their|leurs)\s)\d{1,3}(?=\s(?:bougies|candles)(?![\p{L}]))/giu;
const NOW_AGE = firstLooked(/(?<=,\s)\d{1,3}(?=\snow(?:[.!,;]|$))/gu);
/** An age as a hashtag, its unit fused on: "#103yearsyoung", "#95yearsold", "#100ans", "#7monthsold", "#6mois" (group 2: a baby's months, weeks or days). */
const HASHTAG_AGE = /(?<![\p{L}\p{N}_])#(\d{1,3})(?:years?young|years?old|yrsold|ans|(monthsold|months|mois|weeksold|semaines|daysold|jours))(?![\p{L}\p{N}_])/giu;
const YEARS_MONTHS = firstLooked(/(?<![\p{L}\p{N}])(\d{1,2})\s?y\s?\d{1,2}\s?m(?:os?)?(?![\p{L}\p{N}])/gu);
const PHRASE_AGE_WORDS = /(?:(?:^|\s)(?:at|à|of)\s\d)|\p{Lu}\p{Ll}+,\s\d/u;

/** "sept" 7, "soixante-dix-huit" 78, "quarante et un" 41, "quatre-vingt-deux" 82. */
function frenchOrSmall(word: string): number {
  const w = word.replace(/\s/gu, '-');
  if (SMALL[w] !== undefined) return SMALL[w]!;
  const m = /^(vingt|trente|quarante|cinquante|soixante|quatre-vingt)-(?:et-)?(.+)$/u.exec(w);
  return m ? SMALL[m[1]!]! + (SMALL[m[2]!] ?? 0) : NaN;
}

function valueOf(m: RegExpMatchArray): number {
  for (let i = 1; i < m.length; i++) if (m[i] !== undefined && /^\d+$/.test(m[i]!)) return Number(m[i]);
  return NaN;
}

/** What joins a name to its age: "Tomasz is 7", "Jacob (5)", "Ange, 9 ans", "Loïc a 7 ans", "Yvette aura 101 ans". */
const NAME_TO_AGE = /^(?:['’]s)?(?:\s(?:is|was|turned|turns|turning|just turned|will be|a|aura|avait|a eu|vient d'avoir)\s|\s?\((?:[MFH],\s?)?|,\s(?:at\s|à\s)?)$/u;
/**
 * The name the engine already ties to care right before an age, joined to it as a sentence
 * gives a person's age: the age is that patient's, whatever generic words the sentence holds.
 */
function nameBeside(ctx: RuleContext, start: number): number | undefined {
  for (const n of findNames(ctx)) {
    if (n.end <= start && start - n.end <= 16 && NAME_TO_AGE.test(ctx.text.slice(n.end, start))) return n.start;
  }
  return undefined;
}

/** Every exact age in the text that is the age of a person in a care context. */
export function findAges(ctx: RuleContext): AgeHit[] {
  return perAnalysis(ctx, 'ages', scan);
}

/**
 * An age said as a sentence of its own once the story has set the person up: "Four.", "Seven
 * years old.", "Sixty-six. The irony was not lost on him.", "Deux ans.", "Quatre-vingt-onze ans,
 * pis il conduit encore". Read at each sentence's start only. Digits alone must end on a stop
 * in mid-line ("...at the Legion. 88. Legend."): at a line's start "1." numbers a list.
 */
/** After an age's comma, what goes on telling the same person: a conjunction, or a count of something of theirs ("31 years, 2 kids"). */
const GOES_ON = String.raw`(?:pis|and|et|mais|but|(?:\d+|\p{L}+)\s(?:kids|enfants|km|surgeries|chirurgies))\b`;
const ALONE = new RegExp(String.raw`(\d{1,3}|\p{L}+(?:-\p{L}+){0,3})(?:\s(years?\sold|years?|yrs|ans|months?\sold|months?|mois))?(?=\s?[.!…]|\s?,\s?${GOES_ON}|\s(?:and|et|pis)\s(?!a half|a bit|demi|\d)|,\s\p{Lu}[\p{L}'’-]+(?:\s\p{L}[\p{L}'’-]*){0,3},|,\s\p{L}{3})`, 'iuy');
/**
 * After a grown-up's age opening a sentence, what they are or did, in lower case: "93, born on a
 * trapline", "Seventeen, first week on the job", "93, delirious, thinks...". Not a count
 * explained ("12, that is how many") nor a list going on.
 */
const LOWER_GOES_ON = /^,\s(?!(?:that|this|it|its|which|what|c'est|ça|ce|cela|voilà|yes|no|maybe|ok|the|and|or|but|then|et|ou|mais|puis|plus)(?![\p{L}]))\p{Ll}{3,}/u;
const GOES_ON_AFTER_COMMA = new RegExp(String.raw`^,\s?${GOES_ON}`, 'iu');
const AND_AFTER = /^\s(?:and|et|pis)\s/iu;
const EN_COMPOUND = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)$/u;

function numberWord(word: string): number {
  const w = word.toLowerCase();
  if (SMALL[w] !== undefined) return SMALL[w]!;
  if (TENS[w] !== undefined) return TENS[w]!;
  const en = EN_COMPOUND.exec(w);
  if (en) return TENS[en[1]!]! + UNITS[en[2]!]!;
  return w.includes('-') ? frenchOrSmall(w) : NaN;
}

function aloneAges(ctx: RuleContext, out: AgeHit[]): void {
  const { text } = ctx;
  for (const s of ctx.sentences) {
    let at = s.start;
    while (at < s.end && /\s/u.test(text[at]!)) at++;
    // "... une main pendant que l'autre avait son soluté. À 93 ans. Je me sens nulle.": the age
    // at which the person just told did it, a sentence of its own.
    const pre = /^(?:À|At)\s(?=\d)/u.exec(text.slice(at, at + 4));
    if (pre) at += pre[0].length;
    // A tweet's emoji ends a sentence as a stop does: "... 🐴 Sept ans."
    ALONE.lastIndex = at;
    const m = ALONE.exec(text);
    if (!m) continue;
    const digits = isDigit(m[1]!.charCodeAt(0));
    const value = digits ? Number(m[1]) : numberWord(m[1]!);
    if (!(value >= 1 && value <= 110)) continue;
    const end = at + m[0].length;
    // "9, Lac du Bonnet, first time ice fishing": an age, then a place or a trade between commas; the pattern is
    // case-blind, so the capital that starts the place is checked here.
    const lowerOn = value >= 13 && LOWER_GOES_ON.test(text.slice(end, end + 16));
    if (/^,\s\p{Ll}/u.test(text.slice(end, end + 3)) && !GOES_ON_AFTER_COMMA.test(text.slice(end, end + 40)) && !lowerOn) continue;
    if (pre) {
      if (!(value >= 13 || m[2] !== undefined) || !/^\s?[.!…]/u.test(text.slice(end, end + 2)) || /^\.\d/u.test(text.slice(end, end + 2))) continue;
    } else if (digits) {
      // "...Legion. 88. Legend." but not "1. Wash your hands" nor "88.5".
      // "...and no oxygen. 88 and unstoppable.": the age, then what the person still is.
      // A line that opens on the age and goes on about the person ("95 and still drives herself") is no list.
      const opensOn = (at === 0 || text[at - 1] === '\n') && value >= 13 && (lowerOn || AND_AFTER.test(text.slice(end, end + 6)));
      if (m[2] !== undefined || ((at === 0 || text[at - 1] === '\n') && !opensOn) || !(/^\s?[.!]/u.test(text.slice(end, end + 2)) || AND_AFTER.test(text.slice(end, end + 6)) || /^,\s\p{Lu}/u.test(text.slice(end, end + 3)) || lowerOn) || /^\.\d/u.test(text.slice(end, end + 2))) continue;
    }
    if (value < 2 && AND_AFTER.test(text.slice(end, end + 6))) continue;
    // "Seven years old. ❤️": another pattern found it; it still stands alone.
    const same = out.find((h) => h.start === at && !h.bound && !h.shorthand);
    if (same) { same.aloneToo = true; continue; }
    if (overlapsAny(out, at, end)) continue;
    const months = m[2] !== undefined && /^(?:months?|mois)/iu.test(m[2]);
    out.push({ start: at, end, value: months ? 0 : value, shorthand: false, adjective: false, bound: false, alone: true });
  }
}

/** Whether [start, end) overlaps a hit already found. */
function overlapsAny(out: readonly AgeHit[], start: number, end: number): boolean {
  return out.some((h) => h.start < end && start < h.end);
}

/** Someone the story is about: a pronoun, a person word or a patient word. */
const SOMEONE_NEAR = wordRe(String.raw`\b(?:he|she|his|her|him|he's|she's|il|elle|lui|boy|girl|kid|baby|little one|lady|man|gentleman|guy|woman|buddy|petite?|monsieur|dame|bébé|garçon|fille|gars|ado|pt|patient|patiente|sir|ma'am|grandma|grandpa|granny|mémère|pépère|mamie|papi|old|big|little|young|vieux|vieille)\b`, 'iu');
/**
 * The author's own age said alone: "Forty. I'm forty today", "Trente ans. J'ai trente ans". Not
 * any "I'm" near the age: "93, delirious, thinks I'm the hired man" is the patient's.
 */
const OWN_AGE_NEAR = wordRe(String.raw`\b(?:(?:i'm|i am|i turned|i turn|j'ai eu|j'ai)\s(?:only\s|just\s|officially\s)?(?:\d|${TENS_RE}|${SMALL_EN}|${SMALL_FR})|my birthday|mon anniversaire)`, 'iu');
/** A count said alone and then of what: "Four. Four codes tonight.", "Douze. Douze heures de suite." */
const COUNTED = /^(?:codes|admissions|patients|shifts|quarts|nights|nuits|times|fois|hours|heures|days|jours|weeks|semaines)$/u;

/** A number and the word after it, in digits or in words: "14 mois", "38 years", "Two years". */
const NUMBER_THEN_WORD = /(?<![\p{L}\p{N}])(\d{1,3}|\p{L}+(?:-\p{L}+){0,3})\s(\p{L}+)(?:\s(\p{L}+))?/gu;

/**
 * The same number said just before, and what it counted: "depuis 14 mois. 14. Mois." echoes a
 * duration (not an age); "Four. Four years old, and she told us" is an age, twice.
 */
function echo(ctx: RuleContext, hit: AgeHit, k: number): 'age' | 'other' | null {
  if (k < 0 || k >= ctx.sentences.length) return null;
  const s = ctx.sentences[k]!;
  for (const m of matchAll(ctx.text.slice(s.start, s.end), NUMBER_THEN_WORD)) {
    if (s.start + m.index === hit.start) continue;
    const v = isDigit(m[1]!.charCodeAt(0)) ? Number(m[1]) : numberWord(m[1]!);
    if (v !== hit.value) continue;
    // "38 years on the unit" and "depuis 14 mois" count time; "five years old" and "84 ans" tell an age.
    const unit = m[2]!.toLowerCase();
    const old = /^(?:years?|yrs?|months?)$/u.test(unit) && m[3]?.toLowerCase() === 'old';
    const fr = (unit === 'ans' || unit === 'mois') && !DURATION_BEFORE(ctx.text.slice(Math.max(0, s.start + m.index - 30), s.start + m.index));
    return old || fr || unit === 'yo' ? 'age' : 'other';
  }
  return null;
}

/** Whether an age said alone belongs to the person the sentences around tell of. */
function aloneAgeTold(ctx: RuleContext, hit: AgeHit, i: number): boolean {
  const last = ctx.sentences.length - 1;
  const from = ctx.sentences[Math.max(0, i - 1)]!.start;
  const to = ctx.sentences[Math.min(last, i + 1)]!.end;
  if (OWN_AGE_NEAR.test(ctx.text.slice(hit.start, to)) || /\b(?:in a row|de suite)\b/iu.test(ctx.text.slice(hit.start, to)) || counted(ctx, hit, i) || counted(ctx, hit, i + 1)) return false;
  // "14. Mois.": the unit comes back as a sentence of its own.
  if (/^\s?[.!]\s(?:mois|months?|years?|ans|jours|days|semaines|weeks|heures|hours)\b/iu.test(ctx.text.slice(hit.end, hit.end + 12))) return false;
  const before = echo(ctx, hit, i - 1);
  if (before === 'other') return false;
  if (ownFamilyNear(ctx, i)) return false;
  // "Two. Two years old and swallowed a button battery": the next sentence says whose.
  if (echo(ctx, hit, i + 1) === 'age' || echo(ctx, hit, i) === 'age') {
    const next = findAges(ctx).find((h) => h !== hit && h.value === hit.value && h.start > hit.end && h.start < to);
    if (next && isPatientAge(ctx, next)) return true;
  }
  // A first name said as a sentence of its own ("Arthur. 97. Still sharp."), a patient or a title
  // a few sentences back ("Le séjour d'une patiente ... Quatre-vingt-sept ans et une volonté de fer").
  const someone = SOMEONE_NEAR.test(ctx.text.slice(from, to)) || findNames(ctx).some((n) => n.start >= from && n.start < to) || (i > 0 && (loneName(ctx, i - 1) || numberedBed(ctx, i - 1))) || around(ctx, hit.start, 1, 'relative')
    || PERSON_LAST.within(ctx.text, from, to) || (ctx.langAt(hit.start) === 'fr' && FR_THEIR.test(ctx.lower.slice(from, to))) || around(ctx, hit.start, 6, 'patient', 'title');
  // Tweets tell a care story in few care words: three sentences either side, a time frame counts.
  return someone && around(ctx, hit.start, 3, 'patient', 'encounter', 'clinical', 'title', 'event', 'timeFrame', 'rare', 'sex');
}



/** A French possessive tells of someone ("Veut appeler son notaire"); English "his"/"her" are in SOMEONE_NEAR. */
const FR_THEIR = /(?<![\p{L}])(?:son|sa|ses)\s/u;
/** Sentence `k` tells a count of the hit's number ("Four codes tonight"), not an age. */
function counted(ctx: RuleContext, hit: AgeHit, k: number): boolean {
  if (k >= ctx.sentences.length) return false;
  const s = ctx.sentences[k]!;
  for (const m of matchAll(ctx.text.slice(s.start, s.end), NUMBER_THEN_WORD)) {
    const v = isDigit(m[1]!.charCodeAt(0)) ? Number(m[1]) : numberWord(m[1]!);
    if (v === hit.value && COUNTED.test(m[2]!.toLowerCase())) return true;
  }
  return false;
}
/** Sentence `k` is one capitalised word that is no common word: a first name said alone ("Arthur."). */
function loneName(ctx: RuleContext, k: number): boolean {
  const s = ctx.sentences[k]!;
  const m = /^\s*(\p{Lu}\p{Ll}{2,15})[.!]?\s*$/u.exec(ctx.text.slice(s.start, s.end));
  return m !== null && !COMMON_WORDS.has(m[1]!.toLowerCase());
}

/** Between the sentences before and the age, someone else named or in a bed ("Visiting Dad on 4B and the woman in the next bed, Irene... She's 92"). */
function someoneElseBefore(ctx: RuleContext, hit: AgeHit, i: number): boolean {
  const from = ctx.sentences[Math.max(0, i - 2)]!.start;
  return findNames(ctx).some((n) => n.start >= from && n.start < hit.start) || /(?<![\p{L}])(?:bed|room|bay|lit|chambre|civière|patient|patiente|pt|resident|résidente?)(?![\p{L}])/u.test(ctx.lower.slice(from, hit.start));
}
const FR_PRONOUN_HAS = endsWith(/(?<![\p{L}])(?:il|elle)\s(?:a|avait|aura|a eu|vient d['’]avoir)\s$/u);
/** A plural people noun and its age: "nos patientes de 93 ans", "les résidents de 90 ans", "our 95-year-old patients". */
const PLURAL_CLASS_BEFORE = endsWith(/(?<![\p{L}])(?:nos|les|des|ces|mes|vos|tous les|toutes les)\s(?:[\p{L}-]+\s)?(?:patient|patiente|résident|résidente|aîné|aînée|personne|client|cliente|usager|usagère|femme|homme|enfant)s\sde\s$/u);
const ONE_OF_BEFORE = endsWith(/(?<![\p{L}])(?:une?|l['’]une?|one|each|chacune?)\s(?:de|d['’]|of)\s?(?:nos|les|des|ces|mes|vos|our|the|my|your)\s[^.!?]{0,30}$/u);
const PLURAL_CLASS_AFTER = /^[\s-]+(?:patients|residents|clients|women|men|people|seniors|folks)(?![\p{L}])/u;
/** A statistic's age opens the clause: "the median age of admitted patients was 81", "l'âge moyen à l'admission est de 84 ans". */
const STAT_LEAD = /(?<![\p{L}])(?:(?:mean|median|average|avg)\s(?:patient\s)?age|âge\s(?:moyen|médian)|(?:moyenne|médiane)\sd['’]âge)(?![\p{L}])[^.!?;]*$/u;
function pluralClass(ctx: RuleContext, hit: AgeHit): boolean {
  const before = ctx.lower.slice(Math.max(0, hit.start - 50), hit.start);
  if (ONE_OF_BEFORE(before)) return false;
  return PLURAL_CLASS_BEFORE(before) || (hit.adjective && /(?:^|\s)(?:our|the|my|your|all|those|these)\s$/u.test(before) && PLURAL_CLASS_AFTER.test(ctx.lower.slice(hit.end, hit.end + 20)));
}

/** The author's own family told in sentences `from` to `to` (clamped to the post), with no patient word in that sentence. */
function ownFamilyIn(ctx: RuleContext, from: number, to: number): boolean {
  for (let k = Math.max(0, from); k <= Math.min(ctx.sentences.length - 1, to); k++) if (has(ctx, k, 'ownFamily') && !patientWord(ctx, k)) return true;
  return false;
}
/** The author's own family in sentence `i` or a neighbour. */
const ownFamilyNear = (ctx: RuleContext, i: number) => ownFamilyIn(ctx, i - 1, i + 1);

/**
 * The age patterns' matches (AGE, WORD_AGE), found once per analysis, each as a stage of its own
 * before the ages scan (index.ts): on the engine's first run compiling these two long
 * alternations was most of the ages step, the content script warm-up's longest pause.
 */
export function numberAges(ctx: RuleContext): RegExpExecArray[] {
  return perAnalysis(ctx, 'ages:numbers', (c) => ageMatches(c.text));
}
/** Every spelled-out age holds "aged", "years old", "quatre-vingt", "cent", "nonag" or a tens word before a comma: without one, the long alternation need not run. */
export function spelledAges(ctx: RuleContext): RegExpExecArray[] {
  return perAnalysis(ctx, 'ages:spelled', (c) => (WORD_AGE_WORDS.test(c.text) ? matchAll(c.text, WORD_AGE) : []));
}
function scan(ctx: RuleContext): AgeHit[] {
  const { text } = ctx;
  const out: AgeHit[] = [];
  for (const m of numberAges(ctx)) {
    const value = valueOf(m);
    // "Bees: 0, Grandma: 1": no one is said to be 0; a newborn's age carries its unit.
    if (!(value >= 0 && value <= 120) || (value === 0 && m[7] === undefined)) continue;
    const start = m.index;
    const end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 30), start);
    const after = text.slice(end, end + 40);
    const bareFr = m[6] !== undefined;
    // "65,1 ans": the decimals of a statistic.
    if (/\d,$/u.test(before)) continue;
    // "101 today!": a birthday this old is not the author's; a younger one may be.
    if (m[16] !== undefined && value < 80) continue;
    if (m[14] !== undefined) {
      out.push({ start, end, value: 0, shorthand: true, adjective: false, bound: true });
      continue;
    }
    let named = false;
    let atStory = false;
    let theirs = false;
    // "71 ans, chauffeur de déneigeuse retraité", "Roger, 87 ans, ancien draveur": the age in apposition to a person or a trade.
    let apposed = false;
    if (m[8] !== undefined || m[9] !== undefined) {
      const v = Number(m[8] ?? m[9]);
      if (v > 120 || (m[9] !== undefined && !BIRTHDAY_OWNER_BEFORE(before))) continue;
      out.push({ start, end, value: v, shorthand: false, adjective: false, bound: true });
      continue;
    }
    if (m[7] !== undefined) {
      const joined = m[0].slice(m[7].length).trim().toLowerCase();
      const unit = joined.replace(/^-\s?/u, '');
      const shortForm = /^(?:mo|mos|m\.o\.?)$/u.test(unit) || /old$/u.test(unit);
      // "a 30-day readmission", "a 7-day course", "3-month follow-up": a span made a modifier
      // qualifies the noun after it; only "-old" makes it someone's age.
      if (joined.startsWith('-') && !shortForm && /^\s\p{L}/u.test(after) && !/^\s(?:old|baby|babe|infant|boy|girl|son|daughter|bébé)\b/iu.test(after)) continue;
      // "6 mois de grossesse" is a duration; "un bambin de 20 mois de Gaspé" a child and their town.
      if (DURATION_BEFORE(before) || /[x×]\s?$/u.test(before) || (/^\s(?:of|de|d')\b(?!\s\p{Lu})/u.test(after) && !BABY_BEFORE(before))) continue;
      if (/^(?:weeks?|wks?|semaines|days?|jours)/u.test(unit) && !/old$/u.test(unit) && !BABY_BEFORE(before) && !infantLine(text, start, after)) continue;
      // "4 mois chez nous", "6 weeks with us": how long a stay lasted, not how old someone is.
      if (!/old$/u.test(unit) && STAY_AFTER.test(after)) continue;
      if (!shortForm && !INFANT_BEFORE(before) && !FR_PERSON_BEFORE(before)) continue;
      if (RANGE_BEFORE(before) || RANGE_AFTER.test(after)) continue;
      out.push({ start, end, value: 0, shorthand: shortForm, adjective: false, bound: BABY_BEFORE(before) || PERSON_APPOSITION(before) || FR_SPOT_HAS(before) });
      continue;
    }
    if (bareFr) {
      if ((DURATION_BEFORE(before) && !BIRTHDAY_FR_BEFORE(before)) || SPAN_NOUN_BEFORE(before)) continue;
      // "84 ans, retrouvé confus": a sentence that opens on an age.
      // An emoji ends a sentence in a tweet as a stop does: "... pot de fleurs 🌱 96 ans pis plus rusé".
      const opens = /(?:^|[.!?:\p{Extended_Pictographic}]\s{1,3})$/u.test(text.slice(Math.max(0, start - 6), start)) && FR_OPENING_AFTER.test(after);
      // Québec speech names a patient by age: "le 70 ans du lit 4", "la 84 ans de la 12".
      named = /\b(?:le|la|mon|ma|notre)\s$/iu.test(before) && (FR_NAMED_AFTER.test(after) || /^\sde\s\p{Lu}/u.test(after));
      // "une infirmière retraitée de Bathurst de 66 ans": the person, their town, then the age.
      const afterTown = TOWN_THEN_DE(text.slice(Math.max(0, start - 60), start));
      // "À 92 ans, elle vit encore seule": the age of the person the sentence goes on about.
      // "... l'histoire de Noémie : à 19 ans, en mars 2024, cette étudiante a reçu un nouveau cœur".
      // "Dimanche, à 58 ans, cet ancien pompier...": a time word may open the sentence first.
      const atOpens = /(?:^|[.!?:]\s{1,3})(?:\p{Lu}[\p{Ll}-]+(?:\s\p{Ll}+)?,\s)?[Àà]\s$/u.test(text.slice(Math.max(0, start - 30), start)) && (/^\s?,?\s?(?:en\s[^,.!?]{3,24},\s)?(?:il|elle|notre|mon|ma|cette|cet|ce)\b/iu.test(after) || /^\s?,\s\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s\p{Ll}/u.test(after));
      // "On a fêté les 100 ans de Mme Bouchard" (not "les 25 ans de l'unité"): a titled person's birthday.
      // "L'équipe a souligné les 100 ans d'une ancienne institutrice": a person's, told by their trade.
      theirs = /\b(?:f[êe]t[ée]|soulign[ée]|célébr[ée])\sles\s$/iu.test(before) && /^\s(?:de\s(?:Mme|Mlle|M\.|Madame|Monsieur|notre\s(?:patiente?|résidente?|doyen(?:ne)?))\s|d'une?\s(?:[\p{L}-]+\s){0,2}?(?:patiente?|résidente?|dame|monsieur|\p{L}{3,}(?:rice|ière|euse|eur|iste|esse))\b)/u.test(after);
      if (!opens && !named && !afterTown && !atOpens && !theirs && !FR_PERSON_BEFORE(before) && !tradeBeforeDe(before) && nameBeside(ctx, start) === undefined) continue;
      // Not a count after the comma: "42 ans, trois enfants pis un chum" tells a life, not a trade.
      apposed = /^,\s(?!(?:\d+|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s)/iu.test(after) && (opens || NAME_APPOSITION(before)) && apposedToPerson(text, before, end);
      // "Salle 4 a 6 mois", "la chambre 12 a 97 ans": the bed told as the person in it.
      named ||= FR_SPOT_HAS(before);
      // Told after a colon ("l'histoire de Noémie : à 19 ans, ... cette étudiante"), the age is the story's subject's.
      atStory = atOpens && /:\s{1,3}[Àà]\s$/u.test(text.slice(Math.max(0, start - 5), start));
      // "Dans la vraie vie : 34 ans, agente de bord de Dorval": a telegraphic line's age after its colon, words about the person after.
      atStory ||= opens && colonOpened(text, start, end);
      // "Nuit du 31 octobre, 8 ans, Orléans, déguisé en fantôme", "Ok so à matin, 17 ans, de Shippagan, tombé":
      // an age between commas, then the person's town between commas, is a telegraphic line's person.
      atStory ||= /,\s$/u.test(before) && TOWN_APPOSED_AFTER.test(after);
    }
    if (RANGE_BEFORE(before) || RANGE_AFTER.test(after)) continue;
    // "96,000 physicians", "1, rue des Carrières": counts and street numbers.
    if (/^[,.]\d/u.test(after) || (m[5] !== undefined && /^[,.]\s?(?:rue|avenue|av|boulevard|boul|chemin|route|street|st|road|rd)\b/iu.test(after))) continue;
    // "une dame de 84 ans que je suis" is her age; "ça fait 10 ans que" a duration.
    if (bareFr && NOT_AGE_AFTER.test(text.slice(start + m[6]!.length, end + 40)) && !(/^\sque?/u.test(after) && WORD_DE_BEFORE(before)) && !BIRTHDAY_FR_BEFORE(before)) continue;
    if (ITEM_AFTER.test(after) && !PERSON_AFTER_ITEM.test(after) && !PERSON_THEN_ITEM.test(after) && !GOING_TO_PLACE.test(after)) continue;
    const adjective = m[1] !== undefined || m[2] !== undefined;
    const shorthand = m[2] !== undefined || m[14] !== undefined || m[18] !== undefined;
    // An age between commas is bound unless a name and a surname close the words before it
    // ("Gordie Howe, 88,"); there, "Rancher from out past Maple Creek, 71," (a person, their town,
    // then the age) still binds it. PERSON_TOWN_BEFORE, whose word scan cost more than the rest of
    // the age's judgement, is asked only there, last.
    const bound = named || apposed || atStory || theirs || m[10] !== undefined || m[11] !== undefined || m[12] !== undefined || m[13] !== undefined || m[14] !== undefined || m[15] !== undefined || m[18] !== undefined || m[3] !== undefined || m[4] !== undefined || (adjective && (PERSON_AFTER.test(lowerSlice(ctx, end, end + 40)) || tradeAfter(after) || (m[1] !== undefined && /^[.!?;]/u.test(after) && ARTICLE_BEFORE(before) && !COMPARED_BEFORE(before)))) || (bareFr && WORD_DE_BEFORE(before)) || (m[5] !== undefined && (!/\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}[\p{L}'-]*,\s?$/u.test(before) || PERSON_TOWN_BEFORE(text.slice(Math.max(0, start - 70), start))))
      || (m[3] !== undefined && SEXED_BEFORE(before));
    const pronoun = m[4] !== undefined && /\b(?:he|she|they)(?:'s|\s)/iu.test(before.slice(-22));
    // "Mon 88 ans du bed 6", "le 70 ans du lit 4": the Québec way of naming a patient by age, or an age between commas beside a person.
    out.push({ start, end, value, shorthand, adjective, bound, pronoun, named: named || (m[5] !== undefined && bound && apposedToPerson(text, before, end)) });
  }
  if (/\p{Lu}\p{Ll}+\)?\s(?:is|was|turned|turns|turning|just turned|a eu|vient d'avoir|a)\s\d/u.test(text)) {
    for (const m of matchAll(text, NAME_IS)) {
      const word = m[1]!.toLowerCase();
      if (COMMON_WORDS.has(word) || NOT_NAME_IS.test(word)) continue;
      const start = m.index;
      // "performance in England was 74.2%": a decimal, not an age.
      if (/^[.,]\d/u.test(text.slice(start + m[2]!.length, start + m[2]!.length + 2))) continue;
      const nameAt = m[2]!.length === 1 ? text.lastIndexOf(m[1]!, start) : undefined;
      const fullName = FULL_NAME_BEFORE(text.slice(Math.max(0, start - 50), start));
      // "Blanche a 98 ans pis elle m'a dit...", "Skye is 14 and just taught our RT team": a first name
      // opening its sentence, then its age, is that one person's (the author's own, a pet, a colleague are judged after).
      const at = text.lastIndexOf(m[1]!, start);
      // (Not a pet's: "Winston is 14 and still steals muffins, best unit cat ever".)
      const opens = !fullName && text.slice(ctx.sentenceAt(at).start, at).trim() === '' && !has(ctx, sentenceIndex(ctx, at), 'pet');
      // "Blanche a 98 ans": the unit goes with the age.
      const unit = /^\s?ans(?![\p{L}])/u.exec(text.slice(start + m[2]!.length, start + m[2]!.length + 5));
      out.push({ start, end: start + m[2]!.length + (opens && unit ? unit[0].length : 0), value: Number(m[2]), shorthand: false, adjective: false, fullName, nameAt, bound: opens || undefined, named: opens || undefined });
    }
  }
  // "Ruthie (90) beat me at crib again", "wished Mrs. Grewal a happy 90th on rounds": a name's
  // age in brackets, a birthday wished to someone (not "Happy 90th to our auxiliary"); both
  // still need a care story around them.
  if (text.includes('(') || /(?:happy|joyeux|bon)\s\d/iu.test(text)) {
    for (const m of matchAll(text, NAME_BRACKET_OR_HAPPY)) {
      const word = m[1]?.toLowerCase();
      if (word !== undefined && (COMMON_WORDS.has(word) || NOT_NAME_IS.test(word))) continue;
      // The pattern is case-blind for the wishes, so its capital does not hold: "urgent (30)",
      // "staff (30), visitors (4)" are a triage level's minutes and a tally, not a name's age.
      if (m[1] !== undefined && m[1][0] === word![0]) continue;
      const value = Number(m[2] ?? m[3] ?? m[4]);
      if (!(value >= 1 && value <= 110)) continue;
      // "Happy 100th birthday to Mr. Fenwick": a patient's when titled or over 89, a colleague's as often otherwise.
      if (m[4] !== undefined && ((m[5] === undefined && value < 90) || !HAPPY_TO_NAME.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40)))) continue;
      out.push({ start: m.index, end: m.index + m[0].length, value, shorthand: false, adjective: false });
    }
    // "Happy 90th birthday from all of us on 3 East, Mrs. Tremblay": past 89 a birthday wished is
    // someone's age whoever the wish names, unless it is an institution's or the author's kin's.
    for (const m of /(?:happy|joyeux|bon)\s(?:9|1[01])\d/iu.test(text) ? matchAll(text, OLD_WISH) : []) {
      const after = lowerSlice(ctx, m.index + m[0].length, m.index + m[0].length + 60);
      if (WISHED_THING.test(after) || out.some((h) => h.start === m.index)) continue;
      // Wished to a first name or to one of our residents, the age is that person's, care words or not.
      const bound = WISHED_PERSON.test(text.slice(m.index + m[0].length, m.index + m[0].length + 60));
      out.push({ start: m.index, end: m.index + m[0].length, value: Number(m[1]), shorthand: false, adjective: false, bound, greeting: true });
    }
  }
  if (PHRASE_AGE_WORDS.test(text)) {
    for (const m of matchAll(text, PHRASE_AGE)) {
      const value = Number(m[1] ?? m[2] ?? m[3] ?? m[5]);
      if (!(value >= 1 && value <= 120)) continue;
      // "Gord, 67, came in": a first name, not a town or a measure.
      if (m[4] !== undefined) {
        const word = m[4].toLowerCase();
        if (COMMON_WORDS.has(word) || NOT_NAME_IS.test(word) || /^(?:mr|mrs|ms|dr|mme|st)$/u.test(word)) continue;
        // "Château Frontenac, 1, rue des Carrières": a street number.
        if (/^,\s?(?:rue|avenue|av|boulevard|boul|chemin|route|rang|street|st|road|rd)\b/iu.test(text.slice(m.index + m[0].length, m.index + m[0].length + 14))) continue;
      }
      const start = m.index;
      // The age at an event is told of public figures and relatives as often as of patients.
      const atEvent = m[1] !== undefined;
      // "died on the unit at 3 in the morning": a clock time.
      if (atEvent && CLOCK_AFTER.test(text.slice(start + m[0].length, start + m[0].length + 24))) continue;
      // HIPAA counts every age over 89 of a person: set beside a first name, it is that person's, care words or not.
      // Not after another capitalised word ("Gordie Howe, 92", "Queen Elizabeth, 96": whose, the care around must say), nor a kin word ("Dad, 91 today").
      const bound = m[4] !== undefined && !RELATIVE_BEFORE.test(m[4]) && !UNTITLED_BEFORE(text.slice(Math.max(0, start - m[4].length - 24), start - m[4].length - 2));
      const same = bound ? out.find((h) => h.start === start) : undefined;
      if (same) same.bound = true;
      // "A lady of 99": the age of the person the noun names.
      else out.push({ start, end: start + m[0].length, value, shorthand: false, adjective: false, bound: bound || m[2] !== undefined, named: m[4] !== undefined, weak: atEvent });
    }
  }
  // "Henry, six, from Kingsclear", "Peggy, ninety-six, asked": a first name and its age spelled out between commas.
  if (WORD_AFTER_COMMA.test(text)) {
    for (const m of matchAll(text, NAME_WORD_AGE)) {
      const word = m[1]!.toLowerCase();
      if (COMMON_WORDS.has(word) || NOT_NAME_IS.test(word) || /^(?:mr|mrs|ms|dr|mme|st)$/u.test(word)) continue;
      const value = numberWord(m[2]!);
      if (!(value >= 1 && value <= 110)) continue;
      const start = m.index;
      const bound = value > 89 && !RELATIVE_BEFORE.test(m[1]!) && !UNTITLED_BEFORE(text.slice(Math.max(0, start - m[1]!.length - 24), start - m[1]!.length - 2));
      out.push({ start, end: start + m[2]!.length, value, shorthand: false, adjective: false, bound, named: true });
    }
  }
  // "Born in Valparaíso, drove a city bus for 31 years, 88 now.": a life told as a list, its last item the age today.
  // "Agnes, 71, her daughter Leona, 45, and grandson Tyson, 9.": a relative's first name, then the age closing the sentence.
  if (/\p{Lu}\p{Ll}+,\s\d{1,3}\./u.test(text)) {
    for (const m of matchAll(text, KIN_NAME_AGE)) {
      const value = Number(m[2]);
      if (value < 1 || value > 115 || COMMON_WORDS.has(m[1]!.toLowerCase()) || overlapsAny(out, m.index, m.index + m[0].length)) continue;
      out.push({ start: m.index, end: m.index + m[0].length, value, shorthand: false, adjective: false, bound: true, named: true });
    }
  }
  // "a soufflé ses 101 bougies", "blew out her 100 candles": a birthday told of someone.
  if (/\d\s(?:bougies|candles)\b/iu.test(text)) {
    for (const m of matchAll(text, CANDLES)) {
      const value = Number(m[0]);
      if (value < 2 || value > 115 || overlapsAny(out, m.index, m.index + m[0].length)) continue;
      out.push({ start: m.index, end: m.index + m[0].length, value, shorthand: false, adjective: false, bound: value > 89 });
    }
  }
  if (/,\s\d{1,3}\snow\b/u.test(text)) {
    for (const m of matchAll(text, NOW_AGE)) {
      const value = Number(m[0]);
      if (value >= 1 && value <= 110) out.push({ start: m.index, end: m.index + m[0].length, value, shorthand: false, adjective: false, bound: value > 89 });
    }
  }
  // "Delivered twins on Sunday, mom 19, first pregnancy": a birth's shorthand, the parent and their age.
  // The plain case-blind search first: under /iu V8 turns "\b" into lookarounds tried at every
  // position, ten times the search's cost, and most posts name no parent.
  if (/m[ou]m|dad|maman|papa/i.test(text) && /\b(?:mom|mum|dad|maman|papa)\s\d\d,/i.test(text)) {
    for (const m of matchAll(text, PARENT_AGE)) out.push({ start: m.index, end: m.index + m[0].length, value: Number(m[0]), shorthand: false, adjective: false, bound: true });
  }
  // "#103yearsyoung", "#100ans", "#7monthsold", "#6mois": an age said as a hashtag is whoever the
  // post tells of; the usual judgement decides (the author's Nana, the hospital's 100 years are not).
  if (text.includes('#')) {
    for (const m of matchAll(text, HASHTAG_AGE)) {
      const start = m.index + 1;
      const end = m.index + m[0].length;
      const value = m[2] === undefined ? Number(m[1]) : 0;
      if (Number(m[1]) < 1 || Number(m[1]) > 115 || overlapsAny(out, start, end)) continue;
      out.push({ start, end, value, shorthand: false, adjective: false, hashtag: true });
    }
  }
  // "3y2m w/ bilateral AOM": years and months, the paediatric chart's shorthand.
  if (/\dy\s?\d/u.test(text)) {
    for (const m of matchAll(text, YEARS_MONTHS)) out.push({ start: m.index, end: m.index + m[0].length, value: Number(m[1]), shorthand: true, adjective: false });
  }
  for (const m of spelledAges(ctx)) {
    let value: number;
    const tens = m[1] ?? m[3] ?? m[10] ?? m[12] ?? m[15];
    const units = m[2] ?? m[4] ?? m[11] ?? m[13] ?? m[16];
    if (m[14]) value = SMALL[m[14].toLowerCase()]!;
    else if (tens) value = TENS[tens.toLowerCase()]! + (units ? UNITS[units.toLowerCase()]! : 0);
    else if (m[5]) value = 100 + (m[6] ? (UNITS[m[6].toLowerCase()] ?? 10) : 0);
    else if (m[7]) value = FR_90[m[7].toLowerCase()]!;
    else if (m[9]) value = /^nonag/iu.test(m[9]) ? 90 : 100;
    else value = m[8] ? FR_100[m[8].toLowerCase()]! : 100;
    const end = m.index + m[0].length;
    const told = m[12] !== undefined || m[14] !== undefined || m[15] !== undefined;
    // "Lady in bay 4 bed 2 is ninety-one": said of whoever lies there, not of a relative or a star.
    const spot = told && SPOT_IS_BEFORE(text.slice(Math.max(0, m.index - 30), m.index));
    // "Une dame de quatre-vingt-quatorze ans": the French words after a person, as "une dame de 94 ans".
    const frPerson = /\sans$/u.test(m[0]) && FR_PERSON_BEFORE(text.slice(Math.max(0, m.index - 30), m.index));
    out.push({ start: m.index, end, value, shorthand: false, adjective: !told, bound: told || frPerson || PERSON_AFTER.test(lowerSlice(ctx, end, end + 40)), weak: told && !spot });
  }
  // Each alternative ends on "old" or on a spelled-out number then "ans", "mois"...: posts
  // full of "58 ans" need not run the number words.
  if (/[a-z]\s(?:ans|mois|semaines|jours)\b|[\s-]old\b/i.test(text)) {
    for (const m of matchAll(text, SMALL_AGE)) {
      const start = m.index;
      const end = start + m[0].length;
      const before = text.slice(Math.max(0, start - 30), start);
      const after = text.slice(end, end + 40);
      const word = (m[1] ?? m[2] ?? m[4])!.toLowerCase();
      const months = m[3] !== undefined || (m[5] !== undefined && m[5].toLowerCase() !== 'ans');
      if (m[4] !== undefined) {
        // French words are ages only after a person ("un garçon de sept ans"), never a duration.
        if (DURATION_BEFORE(before) || !FR_PERSON_BEFORE(before) || NOT_AGE_AFTER.test(text.slice(start + word.length, end + 40))) continue;
      }
      if (RANGE_BEFORE(before) || ITEM_AFTER.test(after)) continue;
      // "trois semaines après être sorti", "two weeks later": time elapsed, not an age.
      if (months && /^\s(?:après|after|later|plus tard|ago|avant|before|since|depuis)\b/iu.test(after)) continue;
      out.push({ start, end, value: months ? 0 : frenchOrSmall(word), shorthand: false, adjective: m[4] === undefined, bound: m[4] !== undefined || PERSON_AFTER.test(lowerSlice(ctx, end, end + 40)) });
    }
  }
  for (const m of matchAll(text, SHORT)) {
    const value = Number(m[1] ?? m[3] ?? m[6] ?? m[8] ?? m[10]);
    if (!(value >= 1 && value <= 120)) continue;
    const start = m.index;
    const end = start + m[0].length;
    const sex = m[2] ?? m[4] ?? m[5] ?? m[7] ?? m[9];
    // "F 34", "H 67": a triage line's sex then age; H (homme) only in French, never a seat or a grade.
    if (m[9] !== undefined && ((sex === 'H' && ctx.langAt(start) !== 'fr') || LABEL_BEFORE.test(text.slice(Math.max(0, start - 12), start)))) continue;
    if (sex === 'F' && value >= 90 && TEMPERATURE.test(text.slice(Math.max(0, start - 20), start))) continue;
    const after = text.slice(end, end + 30);
    if (/^\s?(?:people|users|views|followers|subscribers|dollars|downloads|budget|raised|in funding|de dollars|\$)/iu.test(after)) continue;
    // A bare "5 M" is five million; the sex shorthand is written tight ("34M") or in a clinical line.
    // A triage line opens on it: "H 67, ancien mineur", "Triage: F 34, 28 weeks".
    const opensLine = (m[9] !== undefined || m[1] !== undefined || m[7] !== undefined) && /(?:^|[.!?:\n]\s{0,3}|\btriage,?\s)$/iu.test(text.slice(Math.max(0, start - 8), start)) && /^\s?,|^\s(?:du|de|from)\s\p{Lu}|^\s\p{Ll}{3,}/u.test(after)
      // "F, 54, M, 46": a tally by sex, not one person.
      && !(m[7] !== undefined && /^,\s?[MFH],/u.test(after));
    // "(M, 63)", "(F 71)": the chart's sex and age in brackets.
    const bracketed = text[start - 1] === '(' && text[end] === ')';
    // "F 34 ans": the unit makes the number an age, so the letter before it is a sex, not a label.
    const unit = m[9] !== undefined && /(?:ans|yo|y\/o)$/u.test(m[0]);
    if ((m[0].includes(' ') || m[9] !== undefined) && !opensLine && !unit && !bracketed && !clinicalContext(ctx, start)) continue;
    out.push({ start, end, value, shorthand: true, adjective: false });
  }
  toldAges(ctx, out);
  aloneAges(ctx, out);
  listedAges(ctx, out);
  for (const h of out) {
    if (!h.named && nameBeside(ctx, h.start) !== undefined) h.named = h.bound = true;
  }
  out.sort((a, b) => a.start - b.start);
  return out.filter((h, i) => i === 0 || h.start >= out[i - 1]!.end);
}

/**
 * Ages said as a list: "a couple from Cavendish, 95 and 93", "deux sœurs de Lévis, 11 et 13 ans",
 * "twins, 3 and 3", "Mes quatre patients ce soir : 91, 86, 93, 78". The numbers are joined by
 * commas, "and", "et" or "&", the unit (if any) said once at the end for all of them.
 */
const AGE_LIST = /(?<![\p{L}\p{N}.,/:$#-])(\d{1,3})(?:(?:,\s|,?\s(?:and|et|&)\s)\d{1,3}(?![\p{N}.,]\d))+(?:\s?(?:ans|years?\sold|yrs?\sold|yo|y\/o))?(?![\p{L}\p{N}%°/-]|\s(?!(?:and|et|of|de|du|in|on|at|à|en|who|qui)(?![\p{L}]))\p{L}{1,3}(?![\p{L}])|\s?(?:%|h\b|percent|per cent|pour cent|kg|mg|ml|cm|mm|km|min|lbs?|pounds|minutes|hours|heures|jours|days|weeks|semaines|mois|months|years|beds?|lits?|rooms?|chambres?|patients?))/gu;
/** Before or after the list, who the numbers are: people counted together, one noun for all of them. */
const PEOPLE = String.raw`(?:twins|couple|sisters|brothers|siblings|cousins|kids|children|boys|girls|sons|daughters|grandkids|grandchildren|patients|pts|residents|jumelles|jumeaux|sœurs|soeurs|frères|cousines?|enfants|garçons|filles|petits-enfants|patientes?|résidente?s|usagers|deux|both|tous les deux|toutes les deux)`;
const PEOPLE_BEFORE = new RegExp(String.raw`(?<![\p{L}])${PEOPLE}(?![\p{L}])[^.!?;\n]{0,60}$`, 'iu');
const PEOPLE_AFTER = new RegExp(String.raw`^,?\s(?:(?:were|are|both|all|tous|toutes|les deux)\s)?${PEOPLE}(?![\p{L}])`, 'iu');
/** The age of a relative in brackets after their kin word: "grandma (76), her son (49) and his boy (12)". */
const BRACKET_AGE = /(?<=\p{L}\s?\()(\d{1,3})(?:\s?(?:ans|yo|y\/o))?(?=\))/gu;
function listedAges(ctx: RuleContext, out: AgeHit[]): void {
  const { text } = ctx;
  const extra: AgeHit[] = [];
  const within = (a: number, b: number) => out.find((h) => h.start < b && a < h.end);
  if (/\d(?:,\s?|,?\s(?:and|et|&)\s)\d/u.test(text)) {
    for (const m of matchAll(text, AGE_LIST)) {
      const start = m.index;
      const end = start + m[0].length;
      const nums = [...m[0].matchAll(/\d{1,3}/gu)].map((n) => ({ start: start + n.index!, end: start + n.index! + n[0].length, value: Number(n[0]) }));
      if (nums.some((n) => n.value < 1 || n.value > 110)) continue;
      const s = ctx.sentenceAt(start);
      const before = text.slice(Math.max(s.start, start - 70), start);
      // "Beds 12, 24 and 36", "aged 18 and 65": ranges and counts are left to the patterns above.
      if (RANGE_BEFORE(before) || DURATION_BEFORE(before) || RANGE_AFTER.test(text.slice(end, end + 20))) continue;
      const found = nums.map((n) => within(n.start, n.end));
      // Told of people counted together, the list closes its clause: "95 and 93, were both", not "12 and 14 on the waitlist".
      // "three kids (ages 2, 5 and 9)": ages listed as a family's profile, a drive's or a survey's, not told of patients.
      const people = !/(?<![\p{L}])(?:ages|âges|aged|âgée?s(?:\sde)?)\s?:?\s?$/iu.test(before) && (PEOPLE_BEFORE.test(before) || PEOPLE_AFTER.test(text.slice(end, end + 30))) && /^(?:\s?[,.;:!?)…]|\s?$)/u.test(text.slice(end, end + 2));
      if (!people && !found.some((h) => h !== undefined)) continue;
      // A unit said once at the end is every member's: "11 et 13 ans".
      const unitEnd = /\D$/u.test(m[0]) ? end : undefined;
      const group: AgeHit[] = [];
      for (const [k, n] of nums.entries()) {
        const last = k === nums.length - 1 && unitEnd !== undefined;
        const hit = found[k] ?? { start: n.start, end: last ? unitEnd : n.end, value: n.value, shorthand: false, adjective: false, bound: people };
        if (!found[k]) extra.push(hit);
        if (!group.includes(hit)) group.push(hit);
      }
      for (const h of group) h.group ??= group;
    }
  }
  // Brackets of the same sentence hold ages alike: one found tells the others.
  if (text.includes('(')) {
    const found = out.filter((h) => text[h.start - 1] === '(' || (text[h.start - 2] === '(' && text[h.start - 1] === ' '));
    for (const h of found) {
      const s = ctx.sentenceAt(h.start);
      const same = found.filter((g) => g.start >= s.start && g.start < s.end);
      if (same.length > 1) h.group ??= same.find((g) => g.group)?.group ?? same;
    }
    for (const m of found.length > 0 ? matchAll(text, BRACKET_AGE) : []) {
      const n = { start: m.index, end: m.index + m[0].length, value: Number(m[1]) };
      if (n.value < 1 || n.value > 110 || within(n.start, n.end) || extra.some((h) => h.start === n.start)) continue;
      const s = ctx.sentenceAt(n.start);
      const seeds = found.filter((h) => h.start >= s.start && h.start < s.end);
      if (seeds.length === 0) continue;
      const group = seeds[0]!.group ?? seeds;
      const hit: AgeHit = { ...n, shorthand: false, adjective: false, group };
      for (const h of seeds) h.group ??= group;
      if (!group.includes(hit)) group.push(hit);
      extra.push(hit);
    }
  }
  out.push(...extra);
}

/**
 * An age told with a verb of being, in the forms the patterns above leave: "Joy turns 100
 * tomorrow", "MRS. K IS 102 TODAY", "he's 28 now", "who'll be 103 next month", "our youngest
 * was 4 days", "Loïc a 7 ans et", "Espérance a 3 jours pis". The verb and the number are found
 * first (one short pattern, no Unicode flag); whose age it is, the word right before the verb
 * says: a pronoun, a courtesy title and a name, a capitalised name (in capitals when the line
 * shouts), or a person noun.
 */
const EN_NUM = `(?:${TENS_RE})(?:[\\s-](?:${UNITS_RE}))?|(?:a |one )?hundred(?: and (?:${UNITS_RE}|ten))?|${SMALL_EN}`;
const FR_NUM = `cent(?: (?:un|deux|trois|quatre|cinq))?|quatre-vingt-(?:dix-sept|dix-huit|dix-neuf|dix|onze|douze|treize|quatorze|quinze|seize)|${SMALL_FR}`;
const TOLD = new RegExp(String.raw`(?:\b(?:is|was|are|turns|turned|turning|be|a|avait|aura|eu)|['’](?:s|re|ll be))\s(?:(?:only|just|barely|already|now|officially|not even|seulement|juste|déjà)\s)?(\d{1,3}|${EN_NUM}|${FR_NUM})\b(?:\s?(ans|years? old|yrs? old|yo|mois|months?(?: old)?|semaines|weeks?(?: old)?|wks?|jours|days?(?: old)?)\b)?`, 'gid');
/** What may follow a told age: a stop, a conjunction, the day it is true ("today", "next month"). */
const TOLD_AFTER = /^(?:\s?(?:[,;:!?)"”»…]|\.(?!\d)|$|\p{Extended_Pictographic})|\s(?:and|but|with|who|today|tomorrow|tonight|now|next|this|on|as of|et|pis|mais|aujourd'hui|demain|cette|depuis|lui aussi|elle aussi|here|ici|yesterday|hier|last|at midnight|à minuit|in (?:january|february|march|april|may|june|july|august|september|october|november|december)|en (?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre))(?![\p{L}]))/iu;
/** After a day, week or month count, only a stop or "and": "was 3 days in hospital" is a stay. */
const TOLD_INFANT_AFTER = /^(?:\s?(?:[,;!?)"”»…]|\.(?!\d)|$|\p{Extended_Pictographic})|\s(?:and|et|pis|today|aujourd'hui)(?![\p{L}]))/iu;
/** The person nouns that may be the subject of a told age ("the lady is 94", "our youngest was 4 days"). */
const TOLD_PERSON: ReadonlySet<string> = new Set(('patient patients pt resident residents lady man woman gentleman gent guy fella boy girl kid baby toddler infant newborn twin twins youngest oldest '
  + 'patiente résidente dame monsieur madame homme femme garçon fille bébé enfant jumeau jumelle doyen doyenne').split(' '));
/** A bed or a room as the subject: "bed 4 is 91", "la 12 a 97 ans". */
const TOLD_SPOT = /(?:^|[^\p{L}])(?:bed|bay|room|rm|chair|stretcher|cubicle|lit|chambre|civière|box|cubicule)\s?\d{1,4}[a-z]?\s?$/iu;
const TOLD_PLACED = /(?:^|[^\p{L}])([\p{L}]+)\s(?:in|on|from|at|du|de|dans|en|of)\s(?:[\p{L}\p{N}'’-]+\s){1,3}$/u;
/** Before "qui a N ans": a patient as the antecedent ("M. Doucet de la chambre 409, qui", "notre patiente au plus long séjour, qui"). */
const QUI_PATIENT = /(?<![\p{L}])(?:M\.|Mme|Mlle|Madame|Monsieur|patiente?s?|résidente?s?|usagère?s?|lit\s\d|chambre\s\d|civière\s\d)/u;
const TOLD_PRONOUN = /(?:^|[^\p{L}])(?:he|she|they|who|il|elle|qui)(?:['’]ll)?\s?$/iu;
/** "Gwen, you are 97", "sir you are 89": spoken to, by name or as sir or madam; a bare "you" is anyone. */
const TOLD_SPOKEN_TO = /(?:^|[^\p{L}])(?:(\p{Lu}\p{Ll}+),\s|(?:sir|ma'am|madam|madame|monsieur),?\s)(?:you|vous)\s?$/u;
/** A time word between the subject and the verb: "Our oldest pt today was 98". */
const TOLD_TIME_WORD = /\s(?:today|tonight|now|here|still|yesterday|aujourd'hui)\s?$/iu;
const TOLD_TITLED = /(?:^|[^\p{L}])(?:mr|mrs|ms|miss|mme|mlle|madame|monsieur)\.?\s\p{Lu}[\p{L}'’-]+\s?$/iu;
const TOLD_NAME = /(?:^|[\s("“«])(\p{Lu}[\p{Ll}'’-]+|\p{Lu}{2,})\s?$/u;

function spokenValue(word: string): number {
  if (isDigit(word.charCodeAt(0))) return Number(word);
  const w = word.toLowerCase().replace(/\s+/gu, ' ');
  const hundred = /^(?:(?:a|one) )?hundred(?: and (\S+))?$/u.exec(w);
  if (hundred) return 100 + (hundred[1] ? (UNITS[hundred[1]] ?? 10) : 0);
  const cent = /^cent(?: (\S+))?$/u.exec(w);
  if (cent) return cent[1] ? (FR_100[cent[1]] ?? NaN) : 100;
  return numberWord(w.replace(/ /gu, '-'));
}

function toldAges(ctx: RuleContext, out: AgeHit[]): void {
  const { text } = ctx;
  TOLD.lastIndex = 0;
  for (let m = TOLD.exec(text); m; m = TOLD.exec(text)) {
    const [numStart, numEnd] = m.indices![1]!;
    const end = m.index + m[0].length;
    const num = m[1]!;
    const verb = /^\S+/u.exec(m[0])![0].toLowerCase();
    const unit = m[2]?.toLowerCase();
    // French says an age with its unit ("a 7 ans"); "il a 3 enfants" counts children.
    if (unit === undefined && (verb === 'a' || verb === 'avait' || verb === 'aura' || verb === 'eu')) continue;
    const count = spokenValue(num);
    const infant = unit !== undefined && /^(?:mois|months?|semaines|weeks?|wks?|jours|days?)/u.test(unit);
    // "She's 38 weeks": a pregnancy's term, not a baby's age.
    if (infant && /^(?:semaines|weeks?|wks?)/u.test(unit!) && count > 16) continue;
    const value = infant ? 0 : count;
    if (!(count >= 1 && count <= 120)) continue;
    const after = text.slice(end, end + 24);
    if (!(infant ? TOLD_INFANT_AFTER : TOLD_AFTER).test(after) || RANGE_AFTER.test(after) || CLOCK_AFTER.test(after)) continue;
    if (overlapsAny(out, numStart, end)) continue;
    // Whose: the words right before the verb, within the sentence.
    const s = ctx.sentenceAt(m.index);
    const from = Math.max(s.start, m.index - 40);
    const before = text.slice(from, m.index).replace(TOLD_TIME_WORD, ' ');
    let bound = false;
    let pronoun = false;
    let fullName = false;
    let nameAt: number | undefined;
    if (TOLD_PRONOUN.test(before)) {
      if (/(?:^|[^\p{L}])qui\s?$/iu.test(before) && !QUI_PATIENT.test(text.slice(Math.max(s.start, m.index - 70), m.index))) continue;
      pronoun = bound = true;
    } else if (TOLD_TITLED.test(before)) {
      bound = true;
    } else if (/(?:you|vous)\s?$/iu.test(before)) {
      const spoken = TOLD_SPOKEN_TO.exec(before);
      if (!spoken || (spoken[1] !== undefined && (COMMON_WORDS.has(spoken[1].toLowerCase()) || RELATIVE_BEFORE.test(spoken[1])))) continue;
      bound = value > 89;
    } else {
      const last = /([\p{L}'’-]+)\s?$/u.exec(before)?.[1];
      if (last === undefined && !TOLD_SPOT.test(before)) continue;
      // "The twins in our NICU are 6 weeks", "le bébé de la chambre 3 a 5 jours": a person, then where they are.
      const placed = TOLD_PLACED.exec(before);
      const adjAfter = /(?:^|[^\p{L}])([\p{L}]+)\s(?:préférée?|favorite|favourite|préféré|fave|oldest|youngest|doyenne?)\s?$/iu.exec(before);
      if ((last !== undefined && TOLD_PERSON.has(last.toLowerCase())) || TOLD_SPOT.test(before) || (placed && TOLD_PERSON.has(placed[1]!.toLowerCase())) || (adjAfter && TOLD_PERSON.has(adjAfter[1]!.toLowerCase()))) bound = true;
      else if (last === undefined) continue;
      else {
        const name = TOLD_NAME.exec(before);
        if (!name) continue;
        const word = name[1]!;
        // A word in capitals is a name only when the line shouts ("MRS. K IS 102"), not "BP was 120".
        if (word.length > 1 && word === word.toUpperCase() && /\p{Ll}/u.test(text.slice(s.start, s.end))) continue;
        const w = word.toLowerCase();
        if (COMMON_WORDS.has(w) || NOT_NAME_IS.test(w) || RELATIVE_BEFORE.test(w) || isPublicSurname(word) || /^[ld]['’]/u.test(w)) continue;
        const at = from + before.lastIndexOf(word);
        fullName = FULL_NAME_BEFORE(text.slice(Math.max(0, numStart - 60), numStart));
        // HIPAA counts every age over 89 of a person: told of a first name, it is that person's.
        bound = value > 89 && !fullName && !UNTITLED_BEFORE(text.slice(Math.max(0, at - 24), at));
        if (num.length === 1) nameAt = at;
      }
    }
    out.push({ greeting: true, start: numStart, end: infant || unit === 'ans' || unit === 'yo' || /old$/u.test(unit ?? '') ? end : numEnd, value, shorthand: false, adjective: false, bound, pronoun, fullName, nameAt });
  }
}

const SELF_AGE = wordRe(String.raw`\b(?:i was|i'm|i am|i turned|i turn|j'avais|j'ai eu|j'ai)\s\d{1,3}\b(?!\s?(?:patients?|pts|people|kids|years? ago|ans? d'|mois|minutes|hours|heures))`, 'iu');
/** What a cheered colleague did; a cheered patient "spent his birthday in our dialysis unit". */
const STAFF_NEWS = wordRe(String.raw`\b(?:nclex|boards?|exams?|examens?|graduat\w*|diplômée?|joined|joins|hired|new grad|newest|retir\w*|retraite|promot\w*|certifi\w*|our team|notre équipe|l'équipe|nurse|infirmière|resident|résidente?|colleague|collègue|degree|birthday to her|years of service|ans de service)\b`, 'iu');
export const CHEER = wordRe(String.raw`\b(?:meet|welcome|welcoming|congrats|congratulations|kudos|shout[- ]?outs?|bienvenue|félicitations|bravo|happy retirement|bonne retraite|please welcome|say hi to|dites bonjour)\b`, 'iu');
const STAFF_AFTER = lowerRe(String.raw`^(?:\s?ans)?,\s(?:our|my|notre|ma|mon)\s(?:new|newest|nouvelle?|former|ancienne?|charge|head|lead|senior|favourite|favorite|préférée?)?\s?(?:${OCCUPATION_ALT}|${alt(AGE_STAFF, CLINICAL_STAFF, SUPPORT_STAFF, LEAD_ROLES, MORE_LEADS)})\b`);
/** "Our volunteer Jean, 92,", "notre préposée Ginette, 61 ans": one of us named, then aged. */
const STAFF_BEFORE = endsWith(lowerRe(String.raw`\b(?:our|my|notre|ma|mon)\s(?:[\p{L}-]+\s){0,2}?(?:${alt(AGE_STAFF, CLINICAL_STAFF, SUPPORT_STAFF, LEAD_ROLES, MORE_LEADS)})\s[\p{L}'’-]+,\s?$`));
/**
 * "Priya, 29, our newest nurse", "Anna, 41, from our comms team", "our volunteer Jean, 92": each
 * pattern is long, so a comma where it needs one is looked for first.
 */
function staffAround(ctx: RuleContext, hit: AgeHit, sentenceStart: number): boolean {
  // Lower-cased again: ctx.lower is the text itself when lower-casing changed its length.
  const after = lowerSlice(ctx, hit.end, hit.end + 50);
  if (/^(?:\s?ans)?,\s/u.test(after) && (STAFF_AFTER.test(after) || STAFF_TEAM_AFTER.test(after))) return true;
  const before = lowerSlice(ctx, Math.max(sentenceStart, hit.start - 50), hit.start);
  return /,\s?$/u.test(before) && STAFF_BEFORE(before);
}
/** Staff news told of someone: a retirement, years of service. A patient does not retire from the ward. */
const STAFF_MILESTONE = wordRe(String.raw`\b(?:is retiring|retires|retiring|retirement|prend sa retraite|prendra sa retraite|part à la retraite|years of service|ans de service|years of volunteering|ans de bénévolat|bénévole depuis|volunteering here since|volunteered here for)\b`, 'iu');
const STAFF_TEAM_AFTER = lowerRe(String.raw`^,\s(?:from|of|on|in|de|du)\s(?:our|the|notre|l'|la|le)\s?(?:\p{L}+\s){0,2}(?:team|équipe|department|département|staff|office|bureau|service|foundation|fondation)\b`);
const CAPITALISED = /\p{Lu}[\p{L}'-]+/gu;
const RELATIVE_BEFORE = wordRe(String.raw`\b(?:dad|mom|mum|father|mother|grandma|grandpa|grandmother|grandfather|nana|uncle|aunt|auntie|brother|sister|cousin|friend|papa|maman|père|mère|grand-mère|grand-père|oncle|tante|frère|sœur|soeur|cousine?|amie?)\b`, 'iu');
const NAME_APPOSITION = endsWith(/\p{Lu}\p{Ll}+,\s?$/u);
/** A training line quoted after "Example ...:": "Exemple pour la formation : « M. Tremblay, 80 ans »". */
const EXAMPLE_LEAD = endsWith(/(?<![\p{L}\p{N}_])(?:exemple|example)s?(?![\p{L}\p{N}_])[^.!?"“”«»]{0,80}:\s?["“«][^"”»]{0,50}$/u);
/** A thing whose age is told: "Facilities ticket #4411 is now two years old", "our scanner is 15 years old". */
const THING_IS_BEFORE = endsWith(/(?<![\p{L}\p{N}_])(?:ticket|request|work order|order|building|house|car|truck|machine|scanner|computer|printer|system|policy|form|chart|equipment|phone|device|app|website|sign|fridge|microwave|coffee maker|call bell|bell|elevator|roof|furniture|uniform|shoes|couch|chair|literature|evidence|research|data|guidelines?|protocol|textbook|study|trial|paper)s?(?:\s#?\d+|\s(?:on|about|for|behind|in)\s(?:this|that|it|the\s\p{L}+|\p{L}+))?\s(?:is|was|are|were)\s(?:now\s|already\s|almost\s|nearly\s|over\s|just\s|officially\s)?$/u);
/** A sentence about a show or a book (subject.ts's one list), in a post that tells no encounter: its people are characters (a patient's own book club is hers). */
export function aboutFiction(ctx: RuleContext, offset: number): boolean {
  const i = sentenceIndex(ctx, offset);
  return fictionNear(ctx, i) && !anywhere(ctx, 'encounter');
}

/** An indefinite someone right before the age: "a 67-year-old", "A 45-year-old client", "une femme de 52 ans". */
const INDEFINITE_BEFORE = endsWith(/(?:^|[\s:("“«])(?:a|an|un|une)\s(?:[\p{L}-]+\s){0,2}?(?:de\s)?$/iu);
/**
 * Somebody of a teaching case: an indefinite person ("a 67-year-old man") beside exam or
 * case-study words, with no real encounter. "The pt is 67, MRN ..." in a post that says "case
 * study" is a real chart, and keeps its age.
 */
function teachingCase(ctx: RuleContext, hit: AgeHit): boolean {
  if (!teachingPost(ctx)) return false;
  return !has(ctx, sentenceIndex(ctx, hit.start), 'encounter') && INDEFINITE_BEFORE(ctx.text.slice(Math.max(0, hit.start - 24), hit.start));
}
const OPEN_QUOTE = /["“«]/u;
const CLOSE_QUOTE = /["”»]/u;
/**
 * After a closing quote, the quoted words judged as an identifier: '"a 90-year-old from a small
 * town" can be enough', '« ... » est une information identifiante'. Not any verb: '"Is the
 * lady in 4B still alive" is not how you ask' quotes a real question about a real patient.
 */
const QUOTE_AS_SUBJECT = /^\s?(?:(?:can|could|may|might|would|will)\s(?:still\s)?(?:be\s(?:enough|identifying)|identify|point|reveal|out)|is\s(?:enough|identifying|an identifier|phi)|(?:est|sont)\s(?:une\s|des\s)?(?:informations?|renseignements?)\sidentifiante?s?|(?:peut|peuvent|pourrait|pourraient)\s(?:suffire|identifier)|suffit|suffisent|identifies?|identifient?)\b/iu;
/**
 * The offset lies inside a quoted phrase that the sentence then talks about as words ('Even
 * "a 90-year-old from a small town" can be enough', '« M. Tremblay, 80 ans, chambre 305 » est
 * une information identifiante'): an example, not someone's age or room.
 */
export function quotedPhrase(ctx: RuleContext, offset: number): boolean {
  if (!perAnalysis(ctx, 'quoted', (c) => /["“«]/u.test(c.text))) return false;
  // Not bounded by the sentence: "« M. Tremblay, 80 ans »" holds a stop that may end one.
  const t = ctx.text;
  let open = -1;
  for (let k = offset - 1; k >= Math.max(0, offset - 80); k--) {
    if (CLOSE_QUOTE.test(t[k]!) && t[k] !== '"') return false;
    if (OPEN_QUOTE.test(t[k]!)) { open = k; break; }
  }
  if (open < 0) return false;
  for (let k = offset; k < Math.min(t.length, offset + 80); k++) {
    if (k > offset && OPEN_QUOTE.test(t[k]!) && t[k] !== '"') return false;
    if (CLOSE_QUOTE.test(t[k]!)) return QUOTE_AS_SUBJECT.test(t.slice(k + 1, k + 48));
  }
  return false;
}
const QUOTED_EXAMPLE = endsWith(/(?<![\p{L}\p{N}_])(?:like|such as|e\.g\.|comme|par exemple|for example|for instance)\s?[:,]?\s?["“«][^"”»]{0,50}$/u);
const OWN_CHILD_BEFORE = endsWith(wordRe(String.raw`\b(?:i have|i've got|i've|we have|we've got|j'ai|nous avons)\s(?:a|an|un|une)\s$`, 'iu'));
const OWN_CHILD_AFTER = /^[\s-]*(?:(?:son|daughter|boy|girl|kid|child|toddler|baby)\s)?(?:at home|à la maison|and (?:a|an|two|three)\b|et (?:un|une|deux)\b|who (?:thinks|loves|wants|asked|asks|keeps|won't|refuses))/u;
/**
 * Institutions, units, events and groups whose age a post tells: "our NICU at the Grace turns 40",
 * "notre CHSLD qui a eu 50 ans", "the 100th anniversary of the hospital". Their birthdays read as
 * a person's (a number, "turns", "a N ans", "fête ses").
 */
const INSTITUTION = String.raw`(?:hospital|hôpital|hopital|édifice|immeuble|bâtisse|hôtel-dieu|chsld|unité|clsc|gmf|cisss|ciusss|chu|chum|maternité|pouponnière|nicu|picu|icu|unit|ward|clinic|clinique|foundation|fondation|centre|center|school|école|church|église|paroisse|parish|legion|légion|auxiliary|auxiliaire|program|programme|department|département|service|association|club|building|bâtiment|wing|aile|pavillon|company|compagnie|entreprise|organi[sz]ation|organisme|society|société|institution|établissement|university|université|faculty|faculté|college|collège|cégep|hospice|pharmacy|pharmacie|lab|laboratoire|festival|tradition|team|équipe|union|syndicat|newsletter|journal|magazine|podcast|résidence|foyer|urgence|urgences|a&e|emerg|er|ed|town|village|ville|city|paper)s?`;
/** The institution as the clause's subject, right before its age: not "the lady from our unit is 94". */
const INSTITUTION_VERB = String.raw`(?:officially\s|just\s|now\s|will\s|has\s|is\s|vient\sd['’]avoir\s)?(?:turns?|turned|turning|is|was|be|celebrates?|celebrated|celebrating|marks?|marked|a|a eu|aura|avait|fête|fêtera|fêtait|a fêté|célèbre|célébrait|a célébré|souligne|soulignera|a souligné|avoir)\s(?:(?:its|their|ses|son|leurs)\s)?(?:only\s|just\s|now\s|officially\s)?`;
/** After the institution's noun, a word that is its name ("le CHSLD Rose-de-Lima"), not the person in it ("the unit's patient", "l'unité Mme Roy"). */
const NOT_INSTITUTION_NAME = String.raw`(?:patients?|patientes?|pts?|residents?|résidente?s?|clients?|clientes?|usagers?|usagères?|lady|man|woman|nurses?|infirmières?|infirmiers?|clerk|staff|mme|mr|mrs|ms|m\.|madame|monsieur|dame|doyen|doyenne|oldest|youngest|aîné|aînée)(?![\p{L}])`;
const INSTITUTION_NAMED = String.raw`(?<![\p{L}'’])(?:our|the|this|my|notre|nos|le|la|l['’]|ce|cette|cet)\s?(?:[\p{L}'’-]+\s){0,2}?${INSTITUTION}(?:\s(?!${NOT_INSTITUTION_NAME})[\p{L}'’.]+-[\p{L}'’.-]+)?(?:\s(?:at|of|in|on|de|du|des|à|au)\s(?:the\s|la\s|le\s|l['’])?[\p{L}'’.-]+(?:\s[\p{L}'’.-]+){0,3}?)?`;
/**
 * The institution as the clause's subject, right before its age: "our NICU at the Grace turns", "notre
 * CHSLD qui a eu"; not "the lady from our unit is 94", where it only says where she is.
 */
const INSTITUTION_AGED_BEFORE = endsWith(new RegExp(String.raw`(?:(?<!(?:from|of|on|in|at|to|with|de|du|des|sur|à|dans|chez|avec)\s)${INSTITUTION_NAMED}\s|${INSTITUTION_NAMED},?\s(?:qui|that|which)\s)${INSTITUTION_VERB}$`, 'u'));
/** After the age, the institution whose anniversary it is: "100th anniversary of the hospital", "100e anniversaire de l'hôpital". */
const INSTITUTION_AGED_AFTER = new RegExp(String.raw`^(?:st|nd|rd|th|e|ème)?\s(?:anniversary|anniversaire)\s(?:of|de|du|des|d['’])\s?(?:the\s|our\s|la\s|le\s|l['’]|notre\s|nos\s)?(?:[\p{L}'’-]+\s){0,2}?${INSTITUTION}(?![\p{L}])`, 'u');
/** "les 50 ans du CHSLD", "the hospital's 100 years": the count of an institution's years. */
const INSTITUTION_YEARS_AFTER = new RegExp(String.raw`^\s?ans\s(?:de|du|des|d['’])\s?(?:la\s|le\s|l['’]|notre\s|nos\s)?(?:[\p{L}'’-]+\s){0,2}?${INSTITUTION}(?![\p{L}])`, 'u');
/** A century of something: the word that names a centenarian also names a centenary ("Gala du centenaire"). */
const CENTENARY_NEAR = /(?<![\p{L}])(?:siècle|century|founded|fondée?|inaugurée?|opened its doors|a ouvert ses portes)(?![\p{L}])/u;
/** The age is an institution's, an event's or a group's, not a person's. */
function institutionAged(ctx: RuleContext, hit: AgeHit): boolean {
  const s = ctx.sentences[sentenceIndex(ctx, hit.start)]!;
  const before = lowerSlice(ctx, Math.max(s.start, hit.start - 80), hit.start);
  const after = lowerSlice(ctx, hit.end, hit.end + 60);
  if (INSTITUTION_AGED_BEFORE(before) || INSTITUTION_AGED_AFTER.test(after) || (/(?:^|\s)(?:les|des|aux|ses)\s$/u.test(before) && INSTITUTION_YEARS_AFTER.test(after))) return true;
  // "Gala du centenaire", "#centenaire" in a post that tells the hospital's hundred years.
  return /^\p{L}+$/u.test(ctx.text.slice(hit.start, hit.end)) && (CENTENARY_NEAR.test(ctx.lower) || findAges(ctx).some((h) => h !== hit && /\d/u.test(ctx.text.slice(h.start, h.end)) && institutionAged(ctx, h)));
}
/** Whether an age hit is about a patient (not the author, not generic teaching, not news). */
export function isPatientAge(ctx: RuleContext, hit: AgeHit): boolean {
  // Three rules and the date tie ask about the same hits: judged once per analysis.
  const memo = perAnalysis(ctx, 'patientAge', () => new Map<AgeHit, boolean>());
  let v = memo.get(hit);
  if (v === undefined) {
    // A list's members ask about each other: each member's own reading is judged once too.
    const own = perAnalysis(ctx, 'patientAgeOwn', () => new Map<AgeHit, boolean>());
    const judged = (h: AgeHit) => {
      let o = own.get(h);
      if (o === undefined) { o = judgeAge(ctx, h); own.set(h, o); }
      return o;
    };
    v = judged(hit) || (hit.group?.some((g) => g !== hit && judged(g)) ?? false);
    memo.set(hit, v);
  }
  return v;
}

/**
 * The sentences that tell a patient's age. A shared scan of its own (index.ts), between the
 * ages and the places: the age rules ask isPatientAge of every age anyway, and the places'
 * first run would otherwise compile the age patterns too. Dates and rooms ask it as well.
 */
export function patientAgeSentences(ctx: RuleContext): Set<number> {
  return perAnalysis(ctx, 'agedSentences', agedSentences);
}

function agedSentences(ctx: RuleContext): Set<number> {
  const out = new Set<number>();
  for (const a of findAges(ctx)) if (isPatientAge(ctx, a)) out.add(sentenceIndex(ctx, a.start));
  return out;
}

function judgeAge(ctx: RuleContext, hit: AgeHit): boolean {
  const i = sentenceIndex(ctx, hit.start);
  // A news word ("singer", "minister", "the King") in a sentence that tells one of our patients
  // ("our 97-year-old resident", "Today I discharged a gentleman of 93, a retired minister") is
  // the patient's trade or a name in their story, not the news.
  if (has(ctx, i, 'news') && !(patientWord(ctx, i) || firstPersonEncounter(ctx, i) || numberedBed(ctx, i))) return false;
  if (aboutClinician(ctx, i)) return false;
  if (institutionAged(ctx, hit)) return false;
  // "notre hôpital fêtera ses 100 ans ... #100ans": the hashtag repeats an age the post tells, and is whoever's that is.
  if (hit.hashtag) {
    const told = findAges(ctx).find((h) => h !== hit && !h.hashtag && h.value === hit.value && h.value > 0);
    if (told) return isPatientAge(ctx, told);
  }
  // "Mon père a eu son pontage... Il a 78 ans": told of a pronoun right after the author's own family, with no patient in between.
  if ((hit.pronoun || FR_PRONOUN_HAS(ctx.lower.slice(Math.max(0, hit.start - 16), hit.start))) && ownFamilyIn(ctx, i - 2, i) && !someoneElseBefore(ctx, hit, i)) return false;
  // "qui va soigner nos patientes de 93 ans?", "our 95-year-old patients": a class of people, not one of them ("une de nos résidentes de 86 ans" is one).
  if (pluralClass(ctx, hit)) return false;
  if (STAT_LEAD.test(ctx.lower.slice(Math.max(ctx.sentences[i]!.start, hit.start - 70), hit.start))) return false;
  const after = ctx.lower.slice(hit.end, hit.end + 20);
  // "my 88 yr old COPD pt": the patient noun may come a word or two after the age.
  const patientAfter = /^[\s-]*(?:[\p{L}-]+\s){0,2}(?:patient|pt|client|résident|resident)(?![\p{L}])/u.test(ctx.lower.slice(hit.end, hit.end + 30));
  // "Je cherche Steve, 41 ans": the age of the name right before it, whoever is looking.
  // Whose story the sentence tells (the author's family, a pet, a colleague, the news, a vignette).
  if (!patientAfter && notInCare(ctx, i)) return false;
  // Past 89 the age is nobody's who writes here: "my 94 y/o gentleman", "told me she's 107" are someone else's.
  const old = hit.value > 89;
  if (!patientAfter && !hit.named && !old && authorBefore(ctx, hit.start, 18) && !NAME_APPOSITION(ctx.text.slice(Math.max(0, hit.start - 25), hit.start))) return false;
  // "41 years old and I've never been so humbled", "Three weeks ago, at 46, I was diagnosed", "34yo me":
  // an age opening its clause, then the author as its subject, is the author's own.
  if (!patientAfter && !hit.named && !old && SELF_AFTER.test(ctx.lower.slice(hit.end, hit.end + 16)) && CLAUSE_OPENS.test(ctx.lower.slice(Math.max(ctx.sentences[i]!.start, hit.start - 12), hit.start))) return false;
  // "Our old cat Mortimer, 19", "Biscuit, 14, a very elderly dachshund": a pet's age.
  if (!patientAfter && petAged(ctx, hit)) return false;
  // A line quoted as an example: 'an invented line like "the 94-year-old in room 12"'.
  if (QUOTED_EXAMPLE(ctx.lower.slice(Math.max(ctx.sentences[i]!.start, hit.start - 60), hit.start))) return false;
  const lead = ctx.lower.slice(Math.max(0, hit.start - 140), hit.start);
  // Both need words a post seldom holds: checked by plain search before their patterns run.
  if ((lead.includes('«') || lead.includes('"') || lead.includes('“')) && EXAMPLE_LEAD(lead)) return false;
  if (hit.adjective && (lead.includes(' is ') || lead.includes(' was ') || lead.includes(' are ') || lead.includes(' were ')) && THING_IS_BEFORE(lead.slice(-40))) return false;
  if (has(ctx, i, 'hypothetical') && !realEncounter(ctx, i)) return false;
  if (aboutFiction(ctx, hit.start) || quotedPhrase(ctx, hit.start) || teachingCase(ctx, hit)) return false;
  // "Update for everyone: the 4-year-old from Morden is home" is still one child's age.
  if (!hit.alone && has(ctx, i, 'generic') && !has(ctx, i, 'encounter', 'patient', 'title') && !(hit.bound && around(ctx, hit.start, 1, 'title')) && (!(hit.bound || hit.shorthand || hit.named) || (advice(ctx, i) && !hit.named))) return false;
  // "Meet Priya, 29, our newest nurse", "Congrats to Jenna, 24, who passed her boards": a
  // colleague introduced or cheered, not a patient; "Gordie Howe, 88,": a public figure.
  if (!patientAfter && !patientWord(ctx, i) && !has(ctx, i, 'encounter', 'title')) {
    const s = ctx.sentences[i]!;
    if ((CHEER.test(ctx.lower.slice(Math.max(s.start, hit.start - 35), hit.start)) && /,\s?$/u.test(ctx.text.slice(hit.start - 2, hit.start)) && STAFF_NEWS.test(ctx.lower.slice(hit.end, Math.min(s.end, hit.end + 50)))) || staffAround(ctx, hit, s.start)) return false;
  }
  if (!patientAfter && !patientWord(ctx, i) && !has(ctx, i, 'patient', 'encounter')) {
    const s = ctx.sentences[i]!;
    if (cueAnywhere(ctx, STAFF_MILESTONE) && STAFF_MILESTONE.test(ctx.text.slice(s.start, s.end))) return false;
  }
  for (const w of ctx.text.slice(Math.max(ctx.sentences[i]!.start, hit.start - 40), hit.start).match(CAPITALISED) ?? []) {
    if (isPublicSurname(w)) return false;
  }
  // "Dolly Parton turns 80 this year and still out-works every nurse I know": a full name with
  // no title and no care story around it is someone everyone knows, not a patient. A patient
  // told by full name comes with the care, in that sentence or the next ("Jean Tremblay is 84.
  // He came in last night").
  if ((hit.fullName || (hit.pronoun && !has(ctx, i, 'clinical', 'unit') && opensOnFullName(ctx, i))) && !has(ctx, i, 'patient', 'encounter', 'title', 'event', 'sex') && !A_PATIENT.test(foldedSentence(ctx, i))
    && !around(ctx, hit.start, 1, 'patient', 'encounter', 'title') && !(i > 0 && patientWord(ctx, i - 1)) && !(i + 1 < ctx.sentences.length && patientWord(ctx, i + 1))) return false;
  // "I have a 3-year-old at home", "j'ai une fille de 4 ans": the author's own child.
  if (hit.adjective && OWN_CHILD_BEFORE(ctx.lower.slice(Math.max(0, hit.start - 20), hit.start)) && OWN_CHILD_AFTER.test(after)) return false;
  if (hit.adjective && !patientAfter) {
    const lead = lowerSlice(ctx, Math.max(0, hit.start - 12), hit.start);
    const tail = lowerSlice(ctx, hit.end, hit.end + 40);
    // "A 5-year-old could chart better than this EMR": anyone that age, a comparison.
    if (/(?:^|\s)(?:a|an)\s$/u.test(lead) && ANYONE_COULD.test(tail)) return false;
    // "Our 85-year-old volunteer", "our 30-year-old charge nurse": one of us.
    if (/(?:^|\s)(?:our|my|notre|mon|ma)\s$/u.test(lead) && OUR_STAFF_AFTER.test(tail)) return false;
  }
  // "I was 31, had a 2-year-old at home": a sentence about the author's own life.
  if (!patientAfter) {
    const s = ctx.sentences[i]!;
    if (!old && SELF_AGE.test(ctx.text.slice(s.start, s.end))) return false;
  }
  // "died" is itself a patient cue, and "Terry Fox died at 22" or "Dad died at 58" are not
  // patients: a weak age needs the patient named in its own sentence.
  if (hit.weak && (!(patientWord(ctx, i) || has(ctx, i, 'encounter', 'title') || toldInStory(ctx, hit, i) || (oldInCare(ctx, hit, i) && !/(?:^|\s)(?:at|à)\s$/u.test(ctx.lower.slice(hit.start - 3, hit.start)))) || RELATIVE_BEFORE.test(ctx.lower.slice(Math.max(ctx.sentences[i]!.start, hit.start - 40), hit.start)))) return false;
  // "Called to the rink last night for a 12-year-old goalie who took a puck to the throat":
  // someone's age in a told event, even with no care word in reach.
  const told = hit.adjective && ARTICLE_BEFORE(ctx.lower.slice(Math.max(0, hit.start - 8), hit.start)) && has(ctx, i, 'timeFrame') && has(ctx, i, 'event', 'encounter');
  if (hit.alone) return aloneAgeTold(ctx, hit, i);
  // "Magnesium is 1, replace it": a one-digit value after a word is an age only after a name.
  if (hit.nameAt !== undefined && !findNames(ctx).some((n) => n.start <= hit.nameAt! && hit.nameAt! < n.end)) return false;
  return hit.shorthand || hit.bound === true || told || clinicalContext(ctx, hit.start) || (hit.aloneToo === true && aloneAgeTold(ctx, hit, i)) || oldInCare(ctx, hit, i);
}

/**
 * HIPAA counts every age over 89 of a person: said in a post that tells of care a few sentences
 * around ("She's ninety-nine.", "Joy turns 100 on Sunday and has informed the entire unit"), it
 * is the patient's, unless the author's own family is told there or the sentence opens on a
 * full name everyone knows.
 */
function oldInCare(ctx: RuleContext, hit: AgeHit, i: number): boolean {
  return hit.value > 89 && hit.value <= 115 && around(ctx, hit.start, 3, 'patient', 'encounter', 'clinical', 'title', 'unit') && !ownFamilyNear(ctx, i) && !opensOnFullName(ctx, i);
}

/**
 * A weak age ("died at 92", "diagnosed at 36") in a care story told over several sentences: a
 * title or an encounter in the sentence before or after, or a death in its own sentence when
 * another sentence of the post tells a patient ("Mr. F... every morning I did his dressing...
 * He died last Sunday, at 92"). A public figure's death is told alone, or opens on their full name. Small numbers after
 * "at" are clock hours as often ("he died at 5 with her holding his hand").
 */
function toldInStory(ctx: RuleContext, hit: AgeHit, i: number): boolean {
  // "Gordie Howe died at 88": a sentence opening on an untitled full name tells of someone everyone knows.
  if (hit.value < 13 || opensOnFullName(ctx, i)) return false;
  if (around(ctx, hit.start, 1, 'encounter', 'title')) return true;
  return has(ctx, i, 'patient') && ctx.sentences.some((_, k) => k !== i && has(ctx, k, 'patient', 'encounter', 'title'));
}

/**
 * The age is an animal's: the pet signal's word names it right before ("notre chatte Pilule, 16
 * ans") or in apposition after ("Biscuit, 14, a very elderly dachshund"). Not the sentence alone:
 * "a 70-year-old farmer brought in by horse and buggy" is a man's age.
 */
function petAged(ctx: RuleContext, hit: AgeHit): boolean {
  for (const [a, b] of signalsOf(ctx).hits.pet) {
    if (b <= hit.start && hit.start - b < 30 && PET_NAME_BETWEEN.test(ctx.text.slice(b, hit.start))) return true;
    if (a >= hit.end && a - hit.end < 50 && PET_APPOSITION.test(ctx.lower.slice(hit.end, a))) return true;
  }
  return false;
}
const PET_NAME_BETWEEN = /^\s\p{Lu}[\p{L}'’-]+,\s?$/u;
const PET_APPOSITION = /^(?:\s?(?:ans|years? old|yo))?,\s(?:our|my|the|a|an|notre|mon|ma|le|la|un|une)\s(?:[\p{L}'’-]+\s){0,2}$/u;

/** "the knees of a 30-year-old", "looks like a 20-year-old": a comparison, not a person. */
/** After "a N-year-old": what anyone that age could do. */
const ANYONE_COULD = /^\s?(?:\p{L}+\s)?(?:could|can|would|might|knows?|gets?|understands?)\b/u;
/** After "our N-year-old": a staff role. */
const OUR_STAFF_AFTER = lowerRe(String.raw`^[\s-]?(?:new\s|charge\s|head\s|senior\s)?(?:${alt(AGE_STAFF, CLINICAL_STAFF, SUPPORT_STAFF, LEAD_ROLES, MORE_LEADS)})\b`);
const COMPARED_BEFORE = endsWith(/(?<![\p{L}\p{N}_])(?:of|like|than|as)\s(?:a|an)\s$/u);
/** "a", "the", or a shift's possessive: "Last night's 44-year-old ferry deckhand". */
const ARTICLE_BEFORE = endsWith(/(?:^|\s)(?:a|an|the|this|un|une|le|la|(?:night|today|tonight|yesterday|morning|evening|shift|week|weekend)['’]s)\s$/u);

/** Replacement text: 90+ for any age over 89 (HIPAA), otherwise the decade. */
export function suggestAge(hit: AgeHit, lang: Lang): Suggestion[] {
  return ageSuggestions(hit.value, lang, hit.adjective);
}
