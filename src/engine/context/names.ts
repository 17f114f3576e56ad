import type { RuleContext, Sentence } from '../types.ts';
import { aboutClinician, aboutPet, anywhere, around, clinicalContext, cueForms, cuePhrases, cueRe, fold, foldedOf, has, lowerForms, lowerSlice, patientContext, patientWord, perAnalysis, sentenceIndex, wordForms } from '../pipeline/signals.ts';
import { TwoForms } from '../pipeline/latin.ts';
import { makeContext } from '../pipeline/context.ts';
import { isGivenNameTag, isLargeAreaTag, isSurnameTag } from '../lexicons/compromise-lexicon.ts';
import { NOT_PLACES } from '../lexicons/places.ts';
import { CARE_GIVEN } from '../lexicons/cues.ts';
import { OCCUPATIONS } from '../lexicons/occupations.ts';
import { alt, CLINICAL_STAFF, CLINICAL_TEAMS, DEPARTMENTS_EN, DEPARTMENTS_FR, LEAD_ROLES, MORE_LEADS, PEERS, SUPPORT_STAFF, UNIT_ANIMALS, UNIT_TITLES, WORKMATES } from '../lexicons/staff-roles.ts';
import { AMBIGUOUS_GIVEN, COMMON_WORDS } from '../lexicons/common-words.ts';
import { DRUGS } from '../lexicons/drugs.ts';
import { EPONYMS, EPONYM_HEAD_EN, EPONYM_HEAD_FR, STRONG_EPONYMS } from '../lexicons/eponyms.ts';
import { GIVEN_NAMES } from '../lexicons/given-names.ts';
import { isPublicFullName, isPublicSurname } from '../lexicons/public-figures.ts';
import { anchored, endsWith, matchAll } from '../pipeline/match.ts';
import { widthOf } from '../pipeline/regex-source.ts';
import { notInCare, subjectOf } from '../pipeline/subject.ts';
import { introducedStaff, staffRoleBefore, titledStaff } from '../pipeline/staff.ts';
import { GAZETTEER_TOWNS, GAZETTEER_WEAK } from '../lexicons/gazetteer.ts';
import { placeKey } from '../pipeline/place-key.ts';
import { dropPossessive, firstWord, words as splitWords } from '../pipeline/words.ts';

// People's names in a care story. Cheap, specific patterns (a courtesy title, a patient or
// family cue before a capitalised word, initials with a surname, a known given name or
// surname in a patient sentence), with our own given-name list and compromise's name
// lists as lookup tables. A compromise parse (people()) was measured at about 1 ms per
// sentence, 10 to 40 times the whole budget for a tweet, and finds little that the cues
// and lists miss in care posts; it is therefore not run.

/**
 * How a scan reads a pattern in two forms (TwoForms): on a post whose letters and digits are all
 * Latin-1 (ctx.latin), the narrow form, with no Unicode property class to build. A scan asks
 * formsOf(ctx) once and hands its `use` to the word helpers it calls. The tails and word lists
 * below take ctx.latin as an argument instead: read through `use` as well, they made its one call
 * site see three kinds of object, and the names scan a few percent slower.
 */
type Forms = (p: TwoForms) => RegExp;
const narrowForms: Forms = (p) => p.get(true);
const fullForms: Forms = (p) => p.get(false);
const formsOf = (ctx: RuleContext): Forms => (ctx.latin ? narrowForms : fullForms);
const rx = (source: string, flags: string): TwoForms => new TwoForms(source, flags);
/** endsWith for a pattern in two forms: the form that `latin` asks for. */
function tail(p: TwoForms): (text: string, latin: boolean) => boolean {
  const narrow = endsWith(p.get(true));
  let wide: ((text: string) => boolean) | undefined;
  return (text, latin) => (latin ? narrow(text) : (wide ??= endsWith(p.get(false)))(text));
}
/**
 * A list of whole words as a Set: "^(?:a|b|c)$" asked of one word at a time cost a regex's
 * compile (hundreds of µs for a long list under /iu) and a run per ask. `list` is written as the
 * regex was; a letter followed by "?" stands for the word with it and without it.
 */
function wordList(list: string): Set<string> {
  const out = new Set<string>();
  for (const w of list.split('|')) {
    if (/[\\()[\]{}.*+^$]|\?./u.test(w)) throw new Error(`words: not a plain word: ${w}`);
    if (w.endsWith('?')) {
      out.add(w.slice(0, -1));
      out.add(w.slice(0, -2));
    } else out.add(w);
  }
  return out;
}
/** Whole words, case-sensitive: /^(?:list)$/u. */
function words(list: string): { test(w: string): boolean } {
  const set = wordList(list);
  return { test: (w) => set.has(w) };
}
/**
 * Whole words in any case: /^(?:list)$/iu. On a post whose letters are all Latin-1 (`latin`),
 * lower-casing a word is the same test; past Latin-1 /iu also matches "ſ" for "s", so the
 * regex answers there.
 */
function foldedWords(list: string): { test(w: string, latin: boolean): boolean } {
  const set = wordList(list);
  if ([...set].some((w) => w !== w.toLowerCase() || /[^\x00-\xffœ]/u.test(w))) throw new Error(`foldedWords: not lower-case Latin-1: ${list.slice(0, 40)}`);
  let re: RegExp | undefined;
  return { test: (w, latin) => (latin ? set.has(w.toLowerCase()) : (re ??= new RegExp(`^(?:${list})$`, 'iu')).test(w)) };
}

// Small patterns the scan asks in passing, in two forms like the others.
/** O'Neill, D'Amours: a capital after the apostrophe. */
const CAPITAL_ELISION = rx(String.raw`^\p{Lu}['’]\p{Lu}`, 'u');
/** A word of a name, with its apostrophes, dots and hyphens. */
const NAME_PART = rx(String.raw`[\p{L}'’.-]+`, 'gu');
const ANY_CAPITAL = rx(String.raw`\p{Lu}`, 'u');
const LOWER_START = rx(String.raw`^\p{Ll}`, 'u');
const CAPITAL_DOT = rx(String.raw`\p{Lu}\.`, 'u');
/** The one possessing in "Walter's wife". */
const OWNER = rx(String.raw`^([\p{L}-]+)['’]s\s`, 'u');
const CAPITAL_START = rx(String.raw`^\p{Lu}`, 'u');
const INITIALS_LEAD = rx(String.raw`^(?:\p{Lu}\.\s?)+`, 'u');
/** What TITLE_LETTER needs, looked for first. */
const TITLE_LETTER_HINT = rx(String.raw`(?:Mr|Mrs|Ms|Mme|Mlle|Monsieur|Madame)\.?\s\p{Lu}(?![\p{L}\p{N}.'’&])`, 'u');
/** "J'ai", "C'est": a French elision. */
const ELISION = rx(String.raw`^\p{Lu}['’]\p{Ll}`, 'u');
const CAPITAL_WORD_BEFORE = rx(String.raw`(\p{Lu}[\p{L}'’-]*)\s$`, 'u');
/** What LOWER_TITLED_ANY needs, looked for first. */
const LOWER_TITLED_HINT = rx(String.raw`\b(?:[Mm]rs?|[Mm]me|[Mm]lle|madame|monsieur)\.?\s\p{Ll}`, 'u');
const TITLE_AND_INITIAL = rx(String.raw`^\S+\s(?:\p{Ll}\.\s?)?`, 'u');
const ANY_LOWER = rx(String.raw`\p{Ll}`, 'u');
const TI_NICKNAME = rx(String.raw`^Ti-\p{Lu}`, 'u');
/** "I've", "J'ai": a pronoun and its verb. */
const PRONOUN_VERB = rx(String.raw`^\p{Lu}['’]\p{Ll}|['’](?:ve|d|ll|m|re|t)$`, 'u');
/** What RELATION_OF needs, looked for first. */
const DE_CAPITAL = rx(String.raw`\sd(?:e\s|['’])\p{Lu}`, 'u');
const AUTHOR_WORD = rx(String.raw`(?<![\p{L}])(?:my|mon|ma|mes|notre|nos|our|me|moi|i|je|j'|we|nous)(?![\p{L}])`, 'iu');
const CAPITALISED = rx(String.raw`\p{Lu}\p{Ll}`, 'u');

export interface NameHit {
  start: number;
  end: number;
  kind: 'titled' | 'cue' | 'relative' | 'initials' | 'given' | 'surname';
  /** A given name alone identifies less than a full name. */
  partial: boolean;
}

// "O'Neill", "McKay", "MacLeod", "LeBlanc", "DiMaggio": a capital inside the surname after O', Mc, Mac, Le, De, Di...
const NAME = String.raw`(?:[DL][aeiu]\p{Lu}|Van\p{Lu}|Fitz\p{Lu}|\p{Lu}(?:['’]\p{Lu}|c\p{Lu}|ac\p{Lu})?)[\p{Ll}'’]{1,20}(?:-\p{Lu}[\p{Ll}'’]{1,20})?`;
const INITIAL = String.raw`\p{Lu}\.`;
/**
 * Put before a pattern whose first character is a capital. It is implied by \p{Lu} (Latin-1's
 * capitals, or a character past Latin-1), so it never changes a match; it lets V8 skip the
 * lower-case letters, digits and spaces of a post without running the Unicode lookbehind that
 * follows at each of them (about twice as fast on the corpus).
 */
const CAPITAL_AHEAD = String.raw`(?=[A-ZÀ-ÖØ-Þ]|[^\x00-\xff])`;
/** Surname particles: "Mr. de la Cruz", "Mme de Grandpré", "Mr. Van der Merwe" (lower case after a capitalised Van, De, La...). */
const PARTICLE = String.raw`(?:van der|van den|von der|de la|de los|del|des|van|von|de|du|da|dos|di|ter|ten|bin|ben|al|el)`;
const INNER_PARTICLE = String.raw`(?<=(?:Van|Von|De|Da|Del|Di|Du|La|Le|Dos|Ter))\s(?:der|den|de|la|los|las|del|di|da|du|le)(?=\s\p{Lu})`;
/** "Mme Des Rosiers", "Mme Le Bouthillier", "Mr. Van Dyke": a particle written with a capital, after a title. */
const CAPITAL_PARTICLE = String.raw`(?:Le|La|Les|Des|Du|De|Di|Da|Del|Dos|Van|Von)`;
const CAPITAL_PARTICLE_LEAD = new RegExp(String.raw`^${CAPITAL_PARTICLE}\s(?=\p{Lu})`, 'u');
const IS_PARTICLE = words(String.raw`van|von|der|den|de|la|los|las|del|des|du|da|dos|di|le|ter|ten|bin|ben|al|el`);
/** A name: one to three capitalised words, the last ones possibly initials ("Jane D."). */
const FULL = String.raw`${NAME}(?:(?:${INNER_PARTICLE})?\s(?:${NAME}|${INITIAL}(?!\p{L}))){0,2}`;

const TITLED = rx(String.raw`(?<![\p{L}\p{N}@#_])(?:Mr|Mrs|Ms|Mx|Miss|Mme|Mlle|M|Monsieur|Madame|Mademoiselle|monsieur|madame|mademoiselle)(?:\.\s?|\s)(?:${INITIAL}\s?|${PARTICLE}\s|${CAPITAL_PARTICLE}\s(?=\p{Lu})|Ste?\.\s?(?=\p{Lu}))?${FULL}`, 'gu');
/** Kinship words a family writes before a first name, as a title ("Teta Samira", "Grandpa Eli"): cues to a name, and part of it. */
const KIN_TITLES = String.raw`nana|nanna|grandma|granny|grandpa|gramps|abuela|abuelo|nonna|nonno|lola|lolo|kokum|kookum|moshom|mushum|bubbie|bubby|zaidy|zaide|oma|opa|yiayia|babcia|dziadek|teta|tayta|sitto|sitti|jiddo|jeddo|nani|dadi|babushka|halmoni|halmeoni|bubbe|zayde|mémère|pépère|mémé|pépé|mamie|papi|grand-maman|grand-papa|aunt|auntie|uncle|tante|oncle|matante|mononc'|mononcle|mamé|bà|ông|cô|chú|bác|ah ma|ah mah|ah po|ah gung|ah gong|ah yeh|popo|gung gung|nai nai|papou|pappou|yaya|zia|zio|tía|tío|tita|tito|abuelita|abuelito|vovó|vovô|avó|avô|baba|dido|gido|nokomis|mishomis|bibi|hajja|hajji|hajjah|dona|doña|anaanatsiaq|ataatatsiaq|biji|khala|obaachan|ojiichan|harabeoji|halabeoji|granda|gran`;
const CUE = cueRe(String.raw`\b(?:(?:patient|pt) update:|update on|nouvelles de|(?:the )?story of|l'histoire de|tiny|patients|patientes|patient|patiente|pt|my pt|little|baby|bébé|petit|petite|client|cliente|resident|résidente?|usager|usagère|named|nommée?|prénommée?|appelée?|called|known as|name is|name was|s'appelle|s'appelait|au nom de|in the name of|under the name|answers to|answered to|goes by|${KIN_TITLES}|grandmother|grandfather|grand-père|grand-mère|poor|pauvre|sweet|our dear|calls? (?:him|her)|we call (?:him|her)|(?:we )?called (?:him|her)|on l'appelait|qu'on appelait|nicknamed|surnommée?|on l'appelle|qu'on appelle|notre cher|notre chère|ce cher|cette chère)\s(?:named\s|nommée?\s)?`);
const RELATIVE = cueRe(String.raw`\b(?:her|his|their|the patient's|patient's|pt's|the|son|sa|ses|leur|leurs|[a-z][a-z-]+'s)\s(?:(?:late|youngest|eldest|oldest|older|younger|adult|grown|teenage|little|twin|loving|devoted|\d{1,3}-year-old)\s)?(?:son-in-law|daughter-in-law|stepson|stepdaughter|step-son|step-daughter|great-grandson|great-granddaughter|substitute decision-maker|sdm|poa|gendre|belle-fille|beau-fils|husband|wife|spouse|partner|son|daughter|mother|father|mom|mum|dad|brother|sister|grandson|granddaughter|niece|nephew|fiancée?|boyfriend|girlfriend|caregiver|mari|conjointe?|épouse|époux|fils|fille|mère|père|frère|sœur|soeur|petit-fils|petite-fille|neveu|nièce|chum|blonde|femme|copine|copain|petite amie|petit ami|beau-frère|belle-sœur|belle-soeur|cousin|cousine|aidante?|sons|daughters|sisters|brothers|grandsons|granddaughters|parents|filles|sœurs|soeurs|frères|enfants)(?:\s(?:aînée?|cadette?|adoptive?))?(?:\sof\s\d{1,2}\syears|\sde\s\d{1,2}\sans)?(?:,\s?|\s)\(?`);
const INITIALS = rx(String.raw`${CAPITAL_AHEAD}(?<![\p{L}\p{N}.])\p{Lu}\.(?:\s?\p{Lu}\.)?\s(?:${NAME})(?![\p{L}.])`, 'gu');
const CAP_WORD = rx(String.raw`${CAPITAL_AHEAD}(?<![\p{L}\p{N}@#'’_])${NAME}(?:\s${NAME})?(?![\p{L}\p{N}_])`, 'gu');
const LEAD = rx(`^${FULL}`, 'u');
/** "Mme K.", "Mr. B.": a title with an initial alone still points at one patient on a unit. */
const TITLE_INITIAL = rx(String.raw`(?<![\p{L}\p{N}@#_])(?:Mr|Mrs|Ms|Mme|Mlle|M|Monsieur|Madame)\.?\s\p{Lu}\.(?!\s?\p{Lu}[\p{Ll}.])`, 'gu');
/** "Mrs. G in 12", "Mr. K (bed 3)": a title with a letter alone, no full stop after it. */
const TITLE_LETTER = rx(String.raw`(?<![\p{L}\p{N}@#_])(?:Mr|Mrs|Ms|Mme|Mlle|Monsieur|Madame)\.?\s\p{Lu}(?![\p{L}\p{N}.'’&])`, 'gu');
const LETTER_BED_AFTER = /^\s?(?:\(|,\s)?(?:in\s|from\s)?(?:(?:bed|room|rm|bay|lit|chambre|ch\.)\s?#?)?\d/iu;
/** "Bobby T.", "Jessica M.": a given name and the initial of a surname. */
const GIVEN_INITIAL = rx(String.raw`${CAPITAL_AHEAD}(?<![\p{L}\p{N}@#_'’])(${NAME})\s\p{Lu}\.(?![\p{L}])`, 'gu');
/** "Carol (daughter)", "Jean (fils)": a name followed by the relation, as on a handover sheet. */
const NAME_RELATION = rx(String.raw`${CAPITAL_AHEAD}(?<![\p{L}\p{N}@#_])${NAME}(?:\s${NAME})?(?=(?:\s?\((?:the\s|sa\s|son\s|his\s|her\s|their\s|pt's\s|patient's\s)?|,\s(?:his|her|their|the patient's|sa|son)\s(?:(?:late|youngest|eldest|oldest|adult|loving|devoted)\s)?)(?:pt|patient|patiente|daughter|son|wife|husband|mother|father|mom|mum|dad|sister|brother|niece|nephew|spouse|partner|granddaughter|grandson|caregiver|POA|SDM|NOK|fille|fils|épouse|mari|conjointe?|mère|père|sœur|soeur|frère|nièce|neveu|aidante?|mandataire)\b)`, 'gu');
/** "thank you to Jean and his family", "merci à Mme Roy et sa fille": a patient thanked by name. */
const THANKED = rx(String.raw`(?=[TtMmGgSsPpFf])(?:(?:[Tt]hank you|[Tt]hanks|[Mm]erci|[Gg]ratitude|[Gg]rateful)(?:\s(?:so much|beaucoup|infiniment))?\s(?:to|à|au)|(?:[Ss]o\s)?[Pp]roud of|(?:[Tt]rès\s)?[Ff]iers? de|[Ff]ières? de)\s((?:(?:Mr|Mrs|Ms|Mme|Mlle|M|Monsieur|Madame)\.?\s)?)(${FULL})`, 'gu');
/** "Gord (78)", "Marguerite (92 ans)", "Aroha, 34,": a name with the patient's age beside it. */
/** An age written in words, set between commas after a name: "Henry, six, from Kingsclear", "Désiré, ninety-three, wrote". */
const AGE_WORD = String.raw`two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|(?:a |one )?hundred(?: and (?:one|two|three|four|five|six))?|(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|dix-sept|dix-huit|dix-neuf|vingt|trente|quarante|cinquante|soixante|soixante-dix|quatre-vingts?|quatre-vingt-dix|cent)(?:[- ](?:et-un|et un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|dix-sept|dix-huit|dix-neuf))?\sans`;
const AGE_WORD_AFTER = new RegExp(String.raw`^,\s(?:${AGE_WORD})(?:\s(?:years old|ans))?,\s`, 'u');
const AGE_WORD_HINT = new RegExp(String.raw`,\s(?:${AGE_WORD}),`, 'u');
const NAME_AGE = rx(String.raw`${CAPITAL_AHEAD}(?<![\p{L}\p{N}@#_'’])(${NAME})(?![\p{Ll}'’])(?=\s?\((?:the\s|a\s|an\s|le\s|la\s)?\d{1,3}(?:\s?(?:ans|yo|y/o|yrs?|years?|[MF]))?\)|,\s(?:\d{2,3}|\d{1,3}\s?(?:ans|yo|y/o|[MF]))(?:\s?(?:ans|yo|y/o|[MF]))?,|,\s\d{1,2},\s(?:who|of|from|qui|de)\s|,\s[1-9],\s(?=\p{Ll}{3,}\s)|,\s\d{1,3}[.!](?=\s|$)|\.\s\d{1,3}\.(?=\s|$)|,\s(?:${AGE_WORD})(?:\s(?:years old|ans))?,\s|\s?\((?:the\s|a\s|an\s|le\s|la\s)\d{1,3}\s?(?:yo|y/o|-year-old|-yr-old|ans|[MF])(?![\p{L}])|(,\s(?:who is|who was|who turned|qui a|qui avait)\s\d{2,3}(?![\p{N}])|,\s(?:a|an|un|une)\s\d{1,3}[-\s](?:year|yr|month)s?[-\s]old|,\s(?:aged|âgée?\sde)\s\d{1,3}|,\s\d{2,3}\s(?:years old|ans)(?=[,.;:!?\s])|\s(?:is|was)\s\d{1,2}\s(?:days?|weeks?|months?)\sold|\s(?:is|was|turned|turns|just turned)\s[1-9](?:\s(?:years old|today))?(?=\s(?:and|but|now)\s|[,;!?]|\.(?!\d))|\s(?:a|avait)\s\d{1,2}\s(?:jours|semaines|mois)(?!\s(?:de|d['’]))(?=[\s,.;!?])|\s(?:is|was|turned|turns|a|avait|aura)\s(?:\d{2,3}|1[01]\d)(?:\s(?:years old|ans)|(?=\s(?:and|but|et|mais|today|tomorrow|this|next|on|with|avec|aujourd'hui|demain)\b|[,.;!?])))|\s\(\d{1,3}\s?(?:[MF]|yo|y/o|ans)?,\s|,?\s(?:age|âge|aged)\s\d{1,3}(?![\p{N}])|\s\d{1,3}\s?(?:[MF]|yo|y/o|y\.o\.|yrs?|ans)(?![\p{L}\p{N}]))`, 'gu');
/** "mrs jones is back": a courtesy title typed in lower case, then a name (not "ms patients": MS is a disease). */
const PERSON_NOUN = foldedWords(String.raw`lui|elle|eux|elles|him|her|them|femme|homme|man|woman|male|female|boy|girl|garçon|fille|lady|gentleman|dame|patient|patiente|baby|bébé|infant|toddler|teen|ado|senior|retraitée?|retired|mom|dad|mère|père|grandma|grandpa|grand-mère|grand-père|mamie|papi|kid|child|enfant|jeune|newborn|nouveau-né|eldest|youngest|oldest|middle|aînée?|cadette?|benjamine?`);
const OCCUPATION_SET: ReadonlySet<string> = new Set(OCCUPATIONS);
const LOWER_TITLED_ANY = wordForms(String.raw`\b(?:[Mm]rs?|[Mm]me|[Mm]lle|madame|monsieur)\.?\s(?:\p{Ll}\.\s?)?\p{Ll}[\p{Ll}'’-]{2,20}`, 'gu');
const NOUN_TITLE_BEFORE = /(?:^|[^\p{L}])(?:un|une|le|la|ce|cette|du|au|mon|ma|notre|ton|son|sa|the|a|this|that|our|my)\s$/iu;
const COMMON_FR = words(String.raw`la|le|les|est|et|a|qui|que|de|du|des|vient|était|avait|dit|va|fait|pour|avec|dans|sur`);
/** "mrs jones in bed 2": typed all lower case, the title still marks a patient when a bed follows. */
/** "Does anyone know Shirley?", "We all know Earl", "we met Ethan": a person the post is about. */
const KNOW_CUE = cueRe(String.raw`\b(?:know|knows|knew|met|remember|remembers|miss|lost|je m'ennuie (?:deja )?de|on s'ennuie (?:deja )?de|connaît|connaissez|connaissait|rencontré|on a perdu|nous avons perdu|j'ai perdu|on vient de perdre|nous venons de perdre|visited|visiting|sat with|cared for|nursed|welcomed|welcome baby|(remembering|honou?ring|in (?:loving )?memory of|in hono(?:u)?r of|dedicated to|(?:a )?tribute to|en mémoire de|à la mémoire de|en l'honneur de|en hommage à)|(saw|seen|admitted|discharged|examined|assessed|intubated|extubated|transferred|resuscitated|operated on|took care of|taking care of|looked after|looking after|caring for|check on|checking on|check in on|keep an eye on|look in on|vu|vue|admis|admise|examiné|examinée|opéré|opérée|transféré|transférée|intubé|intubée|réanimé|réanimée|pris soin de|prendre soin de|je m'occupais de|je me suis occupée? de))\s`);
/** Cue words that can only name a person: with them an unlisted name still counts. */
const PERSON_ONLY_CUE = wordForms(String.raw`^(?:(?:patient|pt) update:|update on|nouvelles de|my pt|my patient|pt|little|tiny|baby|bébé|petite?|calls? (?:him|her)|we call (?:him|her)|(?:we )?called (?:him|her)|on l'appelait|qu'on appelait|nicknamed|surnommée?|on l'appelle|qu'on appelle|named|nommée?|prénommée?|appelée?|called|known as|name is|name was|s'appelle|s'appelait|answers to|goes by)\s`, 'iu');
/**
 * Words said to a patient or about them by name: "Happy 100th birthday, Edna!", "Get well
 * soon, Marcus", "Rest easy, Tony", "keep Jerome in your thoughts", "bon anniversaire à Mme Roy".
 */
const VOCATIVE = cueRe(String.raw`\b(?:(?:thanks|thank you|merci|good luck|bonne chance)(?=,)|dear|cher|chère|bonne fête(?: de \d{1,3} ans)?|welcome to the world|bienvenue (?:dans le|au) monde|happy (?:\d{1,3}(?:st|nd|rd|th)\s)?birthday|happy (?:9\d|1[01]\d)(?:st|nd|rd|th)|happy (?:discharge|going[- ]home|last chemo|last radiation|transplant|new heart|new kidney|gotcha) day|get well(?: soon)?|we miss you|miss you|love you|rest easy|rest in peace|rip|fly high|godspeed|hang in there|welcome home|bon anniversaire|bon rétablissement|prompt rétablissement|repose en paix|on t'aime|bon courage|pray for|prayers for|praying for|thinking of|pensées pour|on pense à|goodbye|farewell|au revoir|adieu|tiens bon|tenez bon|lâche pas|stay strong|keep fighting|bon retour à la maison|bon retour chez (?:toi|vous)|keep)(?:,\s?|\s)(?:to\s|à\s)?(?:(?:mon|ma|my)\s(?:beau|belle|grand|grande|petit|petite|cher|chère|dear|sweet)\s)?`);
/** A birthday of 90 or more, in the wish or right after the name: "happy 100th", "bonne fête de 101 ans", ", qui a 102 ans". */
const OLD_BIRTHDAY = /(?<![\p{N}])(?:9\d|1[01]\d)(?:st|nd|rd|th|e|ème)(?![\p{L}])|(?<![\p{N}])(?:9\d|1[01]\d)\s(?:ans|years)\b|^(?:bonne fête|bon anniversaire)[^]*?\s(?:qui a|qui fête ses)\s(?:9\d|1[01]\d)|\b(?:who (?:is|turns|turned))\s(?:9\d|1[01]\d)(?![\p{N}])/iu;
const CARE_VERB = /^(?:intubated|extubated|resuscitated|cardioverted|intubée?|extubée?|réanimée?)\s$/iu;
const SOCIAL_VOCATIVE = /^(?:thank|merci|good luck|bonne chance|dear|cher|chère|bonne fête|welcome(?! to the world)|happy(?!\s(?:discharge|going[- ]home|last chemo|last radiation|transplant|new heart|new kidney)\b)|we miss|miss you|love you|bon anniversaire|on t'aime|bon courage|thinking|on pense|goodbye|farewell|au revoir|adieu)/iu;
const COLLEAGUE_NEAR = wordForms(String.raw`\b(?:${alt(WORKMATES)})\b`, 'iu');
const APPOSED_PATIENT_BEFORE = tail(wordForms(String.raw`\b(?:our|my|the|notre|mon|ma|la|le)\s(?:[\p{L}-]+\s){0,2}(?:patient|patiente|pt|resident|résidente?|client|cliente|lady|gentleman|dame|monsieur)\s?,\s$`, 'iu'));
/** "First night as charge and you crushed it": a colleague's day, on the folded copy. */
const COLLEAGUE_DAY = /\b(?:first|second|last) (?:night|day|shift|week|code)s? (?:as|on|in charge)\b|\bas (?:charge|preceptor|team lead|chef d'equipe|assistante?-infirmiere-chef)\b|\b(?:premiere|premier|derniere|dernier) (?:nuit|quart|journee|garde) (?:comme|en tant que)\b/;
const KEEP_AFTER = wordForms(String.raw`^\s(?:in (?:your|our|my) (?:thoughts|prayers)|dans (?:vos|nos) pensées)`, 'iu');
/** "Edna's daughter called": a person known through their relative. */
const POSSESSIVE_RELATIVE = rx(String.raw`${CAPITAL_AHEAD}(?<![\p{L}\p{N}@#_'’])(${NAME}(?:\s${NAME})?)['’]s\s(?:daughter|son|wife|husband|mom|mum|mother|dad|father|family|sister|brother|kids|children|grandkids|grandson|granddaughter|partner|caregiver|parents|niece|nephew|grandma|grandpa|grandmother|grandfather|granny|nana|aunt|auntie|uncle|fiancée?|boyfriend|girlfriend)\b`, 'gu');
/** "the Nguyen family", "la famille Bouchard": a patient's family by its name. */
const FAMILY_NAME = rx(String.raw`(?:\b[Tt]he\s(${NAME})\s(?:family|twins|triplets|quads|quadruplets|boys|girls|kids|baby)\b|\b[Ff]amille\s(${NAME})(?![\p{L}]))`, 'gu');
/** "Daughter Marie-Claude wants updates": a handover line that opens on the relation. */
/**
 * The spoken Quebec and Acadian possessive: "les scans à Fernande", "le chum à Ginette", "la
 * chambre à Réjean". A thing or a relative "à" a first name is that person's; a colleague's
 * shift or post ("le quart à Julie") is work, and a town takes no article before the thing.
 * Group 1 is the thing, group 2 the name.
 */
const A_OWNER = rx(String.raw`(?<![\p{L}])(?:(?:[Ll]es?|[Ll]a|[Dd]es|[Ss]es|[Ss]on|[Ss]a|[Aa]ux?)\s|[Ll]['’])(\p{Ll}[\p{Ll}'’-]{1,20}\s)à\s(${FULL})`, 'gu');
const QUOTE_CHAR = /["“«]/u;
/** "my daughter", "ma fille": a relative of whoever speaks; "call me", "my name is": their own name. */
const QUOTED_KIN = rx(String.raw`(?<![\p{L}])(?:(?:[Cc]all me|[Mm]y name is|[Mm]y name's|[Aa]ppelez-moi|[Aa]ppelle-moi|[Jj]e m['’]appelle|[Mm]oi c['’]est)\s(?=\p{Lu})|(?:[Mm]y|[Mm]on|[Mm]a|[Mm]es)\s(?:(?:late|little|youngest|eldest|oldest|baby|défunte?|petite?|grande?)\s)?(?:daughter|son|wife|husband|partner|mom|mum|mother|dad|father|sister|brother|grandson|granddaughter|niece|nephew|boy|girl|fille|fils|femme|mari|conjointe?|mère|père|sœur|soeur|frère|petite-fille|petit-fils|nièce|neveu|chum|blonde)\s(?=\p{Lu}))`, 'gu');
/**
 * Offset `at` lies inside a quotation someone else speaks: an odd number of straight double quotes
 * before it, or an opened “ or « not yet closed, with a third person and a verb of speech just
 * before the quote or just after it closes ('he said', 'she kept asking', 'elle répétait').
 */
function insideQuote(text: string, at: number): boolean {
  const from = Math.max(0, at - 400);
  const before = text.slice(from, at);
  let open = -1;
  let straight = 0;
  for (let k = 0; k < before.length; k++) if (before[k] === '"') { straight++; if (straight % 2 === 1) open = k; }
  let close: string;
  if (straight % 2 === 1) close = '"';
  else if (before.lastIndexOf('“') > before.lastIndexOf('”')) { open = before.lastIndexOf('“'); close = '”'; }
  else if (before.lastIndexOf('«') > before.lastIndexOf('»')) { open = before.lastIndexOf('«'); close = '»'; }
  else return false;
  const shut = text.indexOf(close, at);
  const lead = fold(text.slice(Math.max(0, from + open - 60), from + open).toLowerCase());
  const tail = shut < 0 ? '' : fold(text.slice(shut + 1, shut + 40).toLowerCase());
  return (SPEAKER.test(lead) && SPEECH.test(lead)) || (SPEAKER.test(tail) && SPEECH.test(tail));
}
const SPEAKER = /\b(?:he|she|they|il|elle|ils|elles|patient|patiente|pt|mr|mrs|ms|mme|monsieur|madame|dad|mom|wife|husband|daughter|son|lady|man|woman|dame|homme|femme|fille|fils|resident|residente)\b/;
const SPEECH = /\b(?:said|says|asked|asks|asking|told|tells|whispered|yelled|shouted|repeated|repeating|saying|cried|begged|kept|goes|went|replied|answered|repetait|disait|dit|demandait|demande|criait|murmure|repond|repondu|chuchote)\b/;
/** Where an ED board puts a patient, right after the name: "hall 3", "chair 6", "(bay 4)", "- resus 2". */
const BOARD_AFTER = /^\s?(?:[-–—:(]\s?)?(?:hall(?:way)?|HW|chair|fauteuil|bay|bed|stretcher|str|resus|trauma|cubicle|cube|corridor|couloir|civière|civiere|lit|FT|fast[- ]?track)\s?#?\d/iu;
const A_OWNER_CARE = /^(?:chum|blonde|fille|fils|gars|femme|mari|mère|mere|père|pere|sœur|soeur|frère|frere|famille|enfants|petite-fille|petit-fils|neveu|nièce|niece|mononc|matante|scans?|résultats|resultats|pilules|médicaments|medicaments|pompes?|prise de sang|tests?|radios?|pansements?|soluté|solute|plâtre|platre|marchette|chaise|fauteuil|dentier|lunettes|appareil|jaquette|plateau|cabaret|chambre|lit|civière|dossier|bilan|opération|operation|chirurgie|biopsie|chimio|dialyse)\s/u;
const A_OWNER_WORK = /^(?:shift|quart|garde|job|poste|tour|pause|break|congé|conge|vacances|cours|stage|horaire|équipe|equipe|bureau|party|fête|fete|place|retraite|message|courriel|texto|idée|idee|question|présentation|presentation)\s/u;
const RELATION_LEAD = rx(String.raw`(?:^|(?=[.:;!?\n,]))(?:^|[.:;!?]\s+|\n|,\s)(?:Daughter|Son|Wife|Husband|Mother|Father|Mom|Mum|Dad|Sister|Brother|Granddaughter|Grandson|Niece|Nephew|Partner|Spouse|NOK|SDM|POA|Fille|Fils|Épouse|Mari|Conjointe?|Mère|Père|Sœur|Soeur|Frère)(?::\s?|,\s?|\s)(?=\p{Lu})`, 'gu');
// Cheap tests that let most posts skip the three scans below.
const RELATION_WORD = /(?=[DSWHMFBGNPÉC])(?:Daughter|Son|Wife|Husband|Mother|Father|Mom|Mum|Dad|Sister|Brother|Granddaughter|Grandson|Niece|Nephew|Partner|Spouse|NOK|SDM|POA|Fille|Fils|Épouse|Mari|Conjoint|Mère|Père|Sœur|Soeur|Frère)[\s:,]/u;
const RELATION_WORD_LOWER = /,\s(?:his|her|their|the|sa|son)\s/u;
/**
 * Where a patient lies, as a name's neighbour reads it: "Rich in stretcher 14", "Constance au
 * cubicule 6", "Ben de la civière 7". An emergency department numbers its stretchers and
 * cubicles as a ward numbers its beds.
 */
const BED_WORD = String.raw`rm|room|bed|bay|lit|ch\.|chambre|civière|stretcher|cubicle|cubicule`;
const ROOM_NUMBER = new RegExp(String.raw`\s(?:\(?(?:${BED_WORD})\s?#?|in\s)\d`, 'iu');
// The comma first: V8 skips to it; a pattern that opens on a lookbehind runs it at every position.
const COMMA_NAME = rx(String.raw`,(?<=\p{L},)\s\p{Lu}\p{Ll}`, 'u');
/** Whether the post has COMMA_NAME, asked by two scans. */
const commaName = (ctx: RuleContext): boolean => perAnalysis(ctx, 'names:commaName', (c) => formsOf(c)(COMMA_NAME).test(c.text));
/** "Okafor rm 6", "Gagnon lit 4": a name right before a patient's room or bed on a list. */
const NAME_ROOM = rx(String.raw`${CAPITAL_AHEAD}(?<![\p{L}\p{N}@#_'’])${NAME}(?:,?\s${NAME})?(?=,?\s(?:(?:in|on|from|au|à|dans|de|du)\s(?:la\s|le\s)?)?\(?(?:${BED_WORD})\s?#?\d|(\sin\s\d{1,3}[A-Z]?(?![\p{L}\p{N}])(?!\s?(?:[:.,/-]\s?\d|hours?|hrs?|h\b|days?|weeks?|wks?|months?|mos?|years?|yrs?|minutes?|mins?|seconds?|secs?|%|am\b|pm\b|a\.m|p\.m|mg|mcg|ml|mL|kg|lbs?|ans|jours|mois|semaines|heures|of|out|and|or|to|-))))`, 'gu');
const BRACKETED_BED = new RegExp(String.raw`^\s?\((?:${BED_WORD})\s?#?\d`, 'u');
/** "Little Current", "Old Perlican": a town whose name opens on the same word as an endearment. */
function townNamed(name: string): boolean {
  const key = placeKey(name);
  // A key of no "|" is found in the joined lists exactly when it is one of their entries: a set
  // lookup, not a search of the lists joined anew (a tenth of a millisecond a call).
  if (key && !key.includes('|')) return (towns ??= new Set(`${GAZETTEER_TOWNS}|${GAZETTEER_WEAK}`.split('|'))).has(key);
  return `|${GAZETTEER_TOWNS}|${GAZETTEER_WEAK}|`.includes(`|${key}|`);
}
let towns: Set<string> | undefined;
const CAPS_CUE = new RegExp(String.raw`[A-Z]{3}\s(?:in|from)\s(?:${BED_WORD})\s?\d`);
const CAPS_BED_AFTER = new RegExp(String.raw`^\s(?:in|from)\s(?:${BED_WORD})\s?\d{1,4}[A-Za-z]?`);
const CAPS_ROOM = new RegExp(String.raw`(?<![\p{L}\p{N}@#_'’])\p{Lu}{3,20}(?=\s(?:in|from)\s(?:${BED_WORD})\s?\d)`, 'gu');
/** "Lady in bay 4", "Gentleman in 12": a person described by where they lie, no name. */
const PERSON_IN_BED = words(String.raw`Lady|Gentleman|Gent|Man|Woman|Guy|Fella|Kid|Boy|Girl|Baby|Patient|Pt|Dame|Monsieur|Madame|Homme|Femme|Patiente|Bébé`);
/** "Conference room 412", "Family Room 2": what a room is for, not who is in it. */
const ROOM_KIND = words(String.raw`Conference|Meeting|Board|Break|Staff|Family|Quiet|Lecture|Class|Classroom|Seminar|Training|Waiting|Procedure|Exam|Examination|Consult|Consultation|Treatment|Utility|Supply|Sim|Simulation|Sleep|Prayer|Storage|Med|Medication|Isolation|Salle|Bureau`);
/**
 * A ward board's or a handover's line: the bed first, then whoever lies in it ("bed 7 - Okafor,
 * NPO", "lit 2 GAUTHIER, à jeun", "Bay 3 OKONKWO, E /", "lit 1 Sirois dort"). The bed word is
 * spelt out by case: an i flag would let \p{Lu} take lower-case letters too.
 */
const BED_FIRST = /(?<![\p{L}\p{N}])(?:[Bb]ed|BED|[Ll]it|LIT|[Rr]m|RM|[Rr]oom|ROOM|[Bb]ay|BAY|[Cc]h\.|CH\.|[Cc]hambre|[Cc]ivi[èe]re|[Ss]tretcher|[Cc]ubicle|C-)\s?#?\d{1,3}[A-Za-z]?(?:\s?[-–—:|]\s?|\s)((?:\p{Lu}\.\s?)?)(\p{Lu}[\p{L}'’-]{1,30})((?:,?\s\p{Lu}\.?)?)(?=\s?[,;:./|)–—-]|\s\p{Ll}|\s*$)/gmu;
/** What else follows a bed's number on a board: where it is and how it is kept, not who lies in it. */
const BED_PLACE_WORD = words(String.raw`Hall|Hallway|Corridor|Window|Door|Side|Chair|Recliner|Wing|Annex|Tower|Pod|Station|Overflow|Contact|Droplet|Airborne|Isolation|Fenêtre|Porte|Corridor|Couloir|West|East|North|South|Nord|Sud|Est|Ouest`);
const BED_FIRST_HINT = /\d(?:\s?[-–—:|]\s?|\s)\p{Lu}/u;
/** "Tremblay, Jean": a surname, a comma and a given name, as on a requisition. */
const SURNAME_GIVEN = rx(String.raw`${CAPITAL_AHEAD}(?<![\p{L}\p{N}@#_'’])(${NAME}|\p{Lu}[\p{Lu}'’-]{1,30}),\s(${NAME})(?![\p{L}\p{N}])`, 'gu');
/** "Sukhdeep Gill, PHN 9477 420 888", "Teresa Maki (DOB ...)": a full name with a record item right after it. */
const NAME_RECORD = rx(String.raw`${CAPITAL_AHEAD}(?<![\p{L}\p{N}@#_'’.])((?:${NAME}|${INITIAL}(?:\s?${INITIAL})?)(?:\s${NAME}){1,2})(?=(?:['’]s)?,?\s\(?(?:DOB|D\.O\.B\.|DDN|MRN|PHN|NAM|RAMQ|OHIP|HCN|NHS|SIN|NAS|SSN|ULI|FIN|chart|Chart|dossier|Dossier|hosp\.? no|health card|carte soleil|né le|née le|born)(?![\p{L}]))`, 'gu');
const RECORD_WORD = /(?:DOB|D\.O\.B|DDN|MRN|PHN|NAM|RAMQ|OHIP|HCN|NHS|SIN|NAS|SSN|ULI|FIN|[Cc]hart|[Dd]ossier|hosp|health card|carte soleil|née? le|born)/u;
const RECORD_AFTER = wordForms(String.raw`^[\s,;:—–-]{0,4}(?:\(|dob|ddn|né|née|mrn|nas|sin|nam|ohip|ramq|phn|nhs|chart|dossier|hosp|room|rm|bed|lit|ch\.|chambre|\d)`, 'iu');
/** "size S and M. Help yourselves": clothing sizes before "M.". */
const SIZES_BEFORE = /\b(?:sizes?|tailles?|XS|S|L|XL|XXL)(?:\s?(?:and|or|et|ou|&|,|\/)\s?)?\s?$/u;
// (?=m): the Unicode word boundary is a lookbehind that V8 would otherwise test at every position.
/**
 * "jaxon in cubicle 6", "big jim in bed 7", "j. whitfield in rm 12": a name typed in lower case
 * right before the bed its owner lies in, as a board or a quick post writes it.
 */
const LOWER_BED_NAME = String.raw`(?<![\p{L}\p{N}@#_'’.-])(?:(?:big|old|little|lil|ti|petite?|vieille?|gros|grosse)\s)?(?:(\p{Ll}[\p{Ll}'’-]{2,20})|\p{Ll}\.\s?(\p{Ll}[\p{Ll}'’-]{2,20}))`;
const TO_BED = String.raw`,?\s(?:(?:in|from|dans|de|du|au)\s(?:la\s|le\s)?)?`;
// Tried on a long text only that far before each bed, which V8 finds fast, not at every lower-case
// letter (6 ms on a 63,000-character paste of posts).
const LOWER_BED = new TwoForms(String.raw`${LOWER_BED_NAME}(?=${TO_BED}(?:${BED_WORD})\s?#?\d)`, 'gu', (re) =>
  anchored(re, new RegExp(String.raw`(?:${BED_WORD})\s?#?\d`, 'u'), widthOf(LOWER_BED_NAME + TO_BED, 'u')!));
/** "MADAME GERMAINE TREMBLAY-SIMARD", "MRS. OKAFOR": a courtesy title and a name, the whole line in capitals (not "MS", a disease, nor "MR", an imaging). */
const CAPS_TITLED = /(?<![\p{L}\p{N}@#_])(?:MRS\.?|MR\.|MME|MLLE|MADAME|MONSIEUR)\s(\p{Lu}[\p{Lu}'’-]+(?:\s\p{Lu}[\p{Lu}'’-]+){0,2})(?![\p{L}])/gu;
const CAPS_TITLE_HINT = /(?:MRS|MR\.|MME|MLLE|MADAME|MONSIEUR)\s\p{Lu}{2}/u;
/** What LOWER_BED needs, looked for first. */
const LOWER_BED_HINT = new RegExp(String.raw`\p{Ll}\s(?:(?:in|from|dans|de|du|au)\s(?:la\s|le\s)?)?(?:${BED_WORD})\s?#?\d`, 'u');
const LOWER_TITLED = wordForms(String.raw`(?=m)\b(?:mr|mrs|ms|mme|mlle)\.?\s\p{Ll}{2,20}(?=\s(?:in|from|dans|de la|du|au)\s(?:bed|room|bay|rm|lit|chambre|civière|stretcher)\b)`, 'gu');

/** Words right before a name that make the person a clinician, an author or a speaker. */
const NOT_PATIENT_BEFORE = tail(lowerForms(String.raw`\b(?:dr|dre|doctor|docteur|docteure|prof|professor|professeur|nurse|colleague|collègue|resident|résidente?|fellow|attending|surgeon|chirurgien|chirurgienne|intern|externe|by|par|with|thanks|thank you|merci|congrats|congratulations|félicitations|bravo|shout-?out|welcome|bienvenue|(?:thanks|thank you|congrats|congratulations|shout-?out|welcome|farewell|goodbye|happy retirement|kudos) to|(?:merci|félicitations|bravo|bienvenue|bonne retraite) à|author|auteur|auteure|speaker|conférencier|conférencière|host|hosted|presented|featuring|feat|cc|via|i'm|i am|my name is|je m'appelle|je suis|moi c'est|signed|signé)\.?\s$`));
const CLINICIAN_TITLE_BEFORE = tail(rx(String.raw`(?:^|[^\p{L}])(?:[Dd]r|[Dd]re|[Dd]octor|[Dd]octeur|[Dd]octeure|[Pp]rof|[Nn]urse)\.?\s$`, 'u'));
const CREDENTIAL_AFTER = rx(String.raw`^,?\s?(?:MD|M\.D\.|RN|RPN|NP|PA|PA-C|PhD|DO|FRCPC|CCFP|MSc|BScN|RRT|RD|PharmD|DNP|APRN|CNA|LPN|EMT|inf\.|infirmière|infirmier|M\.D|MBBS|MRCP|FRCS|MPH)(?![\p{L}])`, 'u');
const ET_AL = /^\s?(?:et al|and colleagues|et coll|\(\d{4}\)|,\s?\d{4})/u;
/** Journal-title fragments that look like "J. Med" or "N. Engl". */
const JOURNAL = new Set(['med', 'clin', 'engl', 'am', 'coll', 'cardiol', 'biol', 'chem', 'phys', 'pediatr', 'surg', 'neurol', 'psychiatry', 'oncol', 'infect', 'dis', 'res', 'sci', 'intern', 'gen', 'emerg', 'nurs', 'health', 'public', 'epidemiol', 'immunol', 'pharmacol', 'can', 'br', 'lancet', 'nat', 'rev', 'ann', 'arch', 'proc', 'eur']);
/** Microbes and Latin species after an initial: "E. coli", "S. Aureus", "M. Tuberculosis". */
const SPECIES = foldedWords(String.raw`coli|aureus|epidermidis|pneumoniae|pyogenes|agalactiae|tuberculosis|difficile|influenzae|aeruginosa|faecalis|faecium|albicans|gonorrhoeae|meningitidis|trachomatis|pallidum|jejuni|pylori|typhi|monocytogenes|marinum|avium|catarrhalis|cloacae|mirabilis|baumannii|maltophilia|burgdorferi|vulnificus|cholerae|botulinum|tetani|perfringens|anthracis|pestis|sapiens|elegans|melanogaster|musculus|norvegicus|rerio`);

const listedGiven = (t: string) => GIVEN_NAMES.has(t) || isGivenNameTag(t);
/** A listed first name, unaccented ("Noemie"), or a compound of listed ones ("Marie-Rose", "Jean-Guy"). */
function isGiven(t: string): boolean {
  if (listedGiven(t)) return true;
  let plain = true;
  let hyphen = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c > 127) plain = false;
    else if (c === 45) hyphen = true;
  }
  if (!plain) {
    const f = fold(t);
    if (f !== t && listedGiven(f)) return true;
  }
  return hyphen && t.split('-').every((p) => p.length > 1 && listedGiven(p));
}

function token(w: string): string {
  return dropPossessive(w.toLowerCase());
}

const LOST_AFTER = wordForms(String.raw`^(?:[.!,;]|\s(?:last|this|yesterday|today|tonight|on|to|after|peacefully|overnight|hier|ce matin|cette nuit|aujourd'hui|le \d))`, 'iu');

/** What follows a person's name: a verb, a possessive or punctuation (not "Advocate role", "Boomers are"). */
const PERSONISH_AFTER = rx(String.raw`^(?:['’]s\b|\s?[,.!?;:)(]|$|\s(?:\p{Ll}+ed|is|was|has|had|rang|went|came|got|told|said|ran|left|fell|took|gave|made|wants|needs|refuses|asked|finally|just|still|and|who|qui|a|est|va|fait|vient|veut|overnight|last|yesterday|today|tonight|peacefully|hier|aujourd'hui)(?![\p{L}]))`, 'u');

/** An unlisted capitalised word that can still be a name: no vocabulary, place, eponym or public figure. */
function unknownName(use: Forms, text: string, start: number, end: number, named = false): boolean {
  const w = text.slice(start, end);
  if (w.length < 3 || /\s/u.test(w) || vocabulary(use, w) || eponymAt(text, start, end, w)) return false;
  // Plurals ("Baby Boomers", "Little Caesars") are groups and brands, not a person.
  // `named`: the words around already make it a name ("la famille Lapointe").
  if ((/[^s]s$/u.test(w) && !(named && use(CAPITAL_ELISION).test(w))) || (!named && !use(PERSONISH_AFTER).test(text.slice(end, end + 12)))) return false;
  const t = token(w);
  return !isPublicSurname(t) && !PLACE_HEAD.test(w) && !isLargeAreaTag(t) && !NOT_PLACES.has(t);
}

/** A capitalised word that is vocabulary, not a name. */
function vocabulary(use: Forms, w: string): boolean {
  const t = token(w);
  return COMMON_WORDS.has(t) || DRUGS.has(t) || STRONG_EPONYMS.has(t) || use(CONTRACTION).test(t);
}
/**
 * A pronoun run into its verb ("I'm", "We're", "That'll", "C'est", "J'ai", "Qu'il") is a word
 * of the sentence, never a name; a surname's apostrophe takes a capital after it ("O'Neill", "D'Amours").
 */
const CONTRACTION = rx(String.raw`^(?:(?:i|you|we|they|he|she|it|that|there|here|what|who|where|let)['’](?:m|re|ve|ll|d|s)|(?:c|j|qu|n|s|m|t)['’]\p{Ll}+)$`, 'u');

function eponymAt(text: string, start: number, end: number, w: string): boolean {
  const t = token(w);
  if (STRONG_EPONYMS.has(t)) return true;
  if (!EPONYMS.has(t)) return false;
  return EPONYM_HEAD_EN.test(text.slice(end, end + 24)) || EPONYM_HEAD_FR.test(text.slice(Math.max(0, start - 24), start));
}

/** The author's sign-off: a short last line with a dash, a tilde or credentials. */
function signatureLine(text: string, start: number): boolean {
  // Only the tail can be a sign-off; checking early keeps this O(1) per candidate.
  let end = text.length;
  while (end > 0 && /\s/u.test(text[end - 1]!)) end--;
  if (end - start > 80) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const nl = text.indexOf('\n', start);
  const lineEnd = nl === -1 ? text.length : nl;
  if (text.slice(lineEnd).trim().length > 0) return false;
  const line = text.slice(lineStart, lineEnd).trim();
  return line.length <= 60 && (/^[-–—~^]/u.test(line) || /(?:MD|RN|NP|PhD|FRCPC|CCFP|inf\.)\b/u.test(line) || /^(?:Dr|Dre)\.?\s/u.test(line));
}

/** Splits a matched name into its words, trims vocabulary from the end ("Tremblay Today"). */
function trimName(use: Forms, text: string, start: number, raw: string): [number, number] | null {
  const words = [...matchAll(raw, use(NAME_PART))];
  let end = start;
  let kept = 0;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    const word = dropPossessive(w[0]);
    // "de la Cruz", "Van der Merwe": a particle belongs to the name when a name follows it.
    if (IS_PARTICLE.test(word) && k + 1 < words.length) continue;
    if (kept > 0 && vocabulary(use, word)) break;
    if (kept === 0 && (vocabulary(use, word) || eponymAt(text, start + w.index, start + w.index + word.length, word))) return null;
    end = start + w.index + word.length;
    kept++;
  }
  return kept ? [start, end] : null;
}

/** The name that opens at `start` (LEAD), trimmed of vocabulary. */
function nameAt(use: Forms, text: string, start: number): [number, number] | null {
  const lead = use(LEAD).exec(text.slice(start, start + 70));
  return lead && trimName(use, text, start, lead[0]);
}

/** Chains and brands named after people: "Tim Hortons" is a coffee shop. */
const BRAND = /^(?:Tim Hortons|Canadian Tire|Home Depot|Shoppers Drug Mart|Best Buy|Jean Coutu|Dairy Queen|Burger King|Taco Bell|Second Cup|Pizza Pizza|Swiss Chalet|Mark's|Harvey's|Wendy's|Jenny Craig|Ronald McDonald|Ben & Jerry's|Big Ben)/u;

/** "Jean and his family", "Mme Roy et sa fille": a thanked person with their family is a patient. */
const WITH_FAMILY_AFTER = wordForms(String.raw`^\s?(?:and|&|et)\s(?:his|her|their|sa|son|ses|leur|leurs)\s(?:family|families|wife|husband|daughters?|sons?|kids|children|grandchildren|mom|mum|mother|dad|father|parents|mère|père|maman|papa|famille|femme|épouse|mari|conjointe?|filles?|fils|enfants|petits-enfants|proches)\b`, 'iu');
/** "Yvon de Lac-Etchemin", "Gord from Wawa": a person's town right after the name (case-sensitive: a capital, not "from pharmacy"). */
const TOWN_AFTER = rx(String.raw`^\s(?:from|of|de|d['’])\s?\p{Lu}\p{Ll}+(?:[-\s]\p{Lu}\p{Ll}+)*(?!\s(?:team|Team|Foundation|Fondation|Hospital|Hôpital|Health|Santé|Clinic|Clinique|General|Pharmacy|Pharmacie))`, 'u');
/** "Shoutout to Carmen in room 12": a room or bed makes the one thanked a patient. */
const ROOM_AFTER = wordForms(String.raw`^,?\s(?:in|from|de la|du|au|en)\s(?:bed|room|rm|bay|lit|chambre|civière)\s?#?\d`, 'iu');
/** "for letting us share his story", "de nous permettre de partager": thanks for a patient's consent. */
const SHARE_AFTER = wordForms(String.raw`^[^.!?\n]{0,40}\b(?:for trusting us (?:with|to)|for letting us care for|de nous avoir fait confiance|for letting us share|for allowing us to share|for sharing (?:his|her|their) story|for letting me share|de nous (?:permettre|laisser) (?:de )?partager|d'avoir accepté (?:que|de)|pour sa permission)\b`, 'iu');
/** "Thanks to Dr. Patel and Jenna": the next name in a thanks list is another colleague. */
const THANKS_LIST_BEFORE = tail(lowerForms(String.raw`\b(?:thanks|thank you|merci|congrats|congratulations|félicitations|bravo|shout-?out|kudos|welcome|bienvenue)\b[^.!?\n]{0,60}\s(?:and|&|et)\s$`));
const THANKS_BEFORE = tail(lowerForms(String.raw`\b(?:thanks|thank you|merci|congrats|congratulations|félicitations|bravo|shout-?out|shout out|kudos)(?:\s(?:to|à))?\s$`));
/** A colleague's news after their name: a retirement, an award, a new job. */
const STAFF_NEWS_AFTER = wordForms(String.raw`^[^.!?\n]{0,60}\b(?:retire\w*|retirement|retraite|promotion|promoted|award|prix|graduat\w*|years of service|ans de service|new role|nouveau poste|nouvelle fonction|joining|welcome|bienvenue)\b`, 'iu');
/** How THANKS_LIST_BEFORE ends, tested first on a few characters. */
const AND_BEFORE = /\s(?:and|&|et)\s$/iu;
/** The lists below are matched on lower-cased text (lowerRe): some hold acronyms (RN, PT, IT). */
const lowerAlt = (...lists: ReadonlyArray<readonly string[]>) => alt(...lists).toLowerCase();
/** "Jenna from pharmacy", "Marc de l'équipe de nuit": a colleague named by their team. */
const TEAM_AFTER = lowerForms(String.raw`^\s(?:(?:from|of|de|du)\s(?:the\s|our\s|l'|la\s|le\s|notre\s)?(?:${lowerAlt(CLINICAL_TEAMS)})|on\s(?:nights|days|evenings))\b`);
/** "Cecilia from the foundation", "Mr. Oyelaran in transport", "Mme Tremblay de la RAMQ": someone who works for an organisation, not a patient ("in transport to CT" is a patient moved). */
const ORG_STAFF_AFTER = rx(String.raw`^\s(?:(?:from|of|at|with|in)\s(?:the\s|our\s)?(?:${alt(DEPARTMENTS_EN, DEPARTMENTS_EN.map(headline))})\b(?!\s(?:to|from)\b)|(?:de la|du|de l'|des|chez la|au)\s?(?:${alt(DEPARTMENTS_FR)})(?![\p{L}\p{N}_])|(?:from|of|at|with|de la|du|de l'|de|chez)\s?(?!(?:ICU|ER|ED|CCU|OR|PACU|NICU|PICU|USI|SIC|CHSLD|RPA|LTC|ICU)\b)\p{Lu}{3,}(?![\p{L}]))`, 'u');
/** "Environmental Services": a department as a heading or a sign writes it. */
function headline(entry: string): string {
  return entry.replace(/(^|\s)(\p{Ll})/gu, (_, sp: string, c: string) => sp + c.toUpperCase());
}
/** "Doris, 84, one of our volunteers": an age between the name and its role. */
/** An age set after a name and closed by a full stop: "Tyson, 9.", "Agnes, 94." */
const AGE_STOPPED = /^,\s\d{1,3}[.!](?=\s|$)/u;
/** A name, a full stop, an age and a full stop: "Arthur. 97." */
const NAME_STOP_AGE = /^\.\s\d{1,3}\.(?=\s|$)/u;
const AGE_APPOSED = /^,\s\d{1,3},(?=\s)/u;
/** An age of two or three digits set between commas after a name. */
const LONG_AGE_APPOSED = /^,\s\d{2,3},(?=\s)/u;
/** A first name and a surname's particles before the surname: "Willem Van der ", "Maria de la ". */
const PARTICLES_BEFORE = rx(String.raw`(?<![\p{L}\p{N}@#_'’.-])(\p{Lu}[\p{Ll}'’-]+)\s(?:(?:Van|Von|De|Du|Da|Di|Le|La|Del)\s)?(?:van der|van den|von der|der|den|de la|de los|de|du|da|dos|di|del)\s$`, 'u');
/** A capitalised word right before: the name would be the tail of a longer proper name. */
const CAPITAL_WORD_BEFORE_ANY = /\p{Lu}[\p{L}'’-]*\s$/u;
/** The rest of a list of first names after one of them ("..., Paulette and Des"), for what is said of them all after it. */
const LIST_REST = rx(String.raw`^(?:,\s\p{Lu}\p{Ll}+)*,?\s(?:and|&|et)\s\p{Lu}\p{Ll}+`, 'u');
/** "Ginette, notre bénévole", "Maggie, our unit cat", "Jessica was the best preceptor": a name set beside, or said to be, a staff role or a pet. */
const ROLE_APPOSITION = lowerForms(String.raw`^,?\s\(?(?:(?:is|was|has been|will be|est|était|a été|sera)\s)?(?:(?:${lowerAlt(UNIT_TITLES)})\s(?:on|of|at|in|for|de|à|du|sur)\b|(?:one of |l'une? de |un de |une de )?(?:(?:our|my|the|notre|nos|ma|mon|la|le)\s|l')(?:[\p{L}-]+\s){0,2}(?:${lowerAlt(CLINICAL_STAFF, SUPPORT_STAFF, LEAD_ROLES, MORE_LEADS, PEERS, UNIT_ANIMALS)})s?|(?:research\s|study\s|de recherche\s)?(?:${lowerAlt(LEAD_ROLES)}|coordonnat(?:rice|eur))(?:\s(?:de recherche|of research))?(?=\s?[,;.]))\b`);

/** "Huge thanks to our unit team this week: Keisha, Paulo, Sandeep and Joy": the team's members, listed after it. */
const TEAM_LIST_BEFORE = tail(lowerForms(String.raw`\b(?:team|crew|staff|équipe|personnel|colleagues|collègues|coworkers|co-workers)\b(?:(?!patient|résident|resident|client|famil)[^.!?\n:]){0,24}:\s(?:[\p{L}'’-]+(?:\s[\p{L}'’-]+)?(?:,\s(?:(?:and|et)\s)?|\s(?:and|&|et)\s))*$`));
/** A member of a list of several (one before it, or a comma after it) told right after a team, and given no title. */
function teamListed(ctx: RuleContext, start: number, end: number): boolean {
  const before = lowerSlice(ctx, Math.max(0, start - 120), start);
  if (!TEAM_LIST_BEFORE(before, ctx.latin) || TITLE_WORD.test(firstWord(ctx.text.slice(start, end)))) return false;
  return !/:\s$/u.test(before) || /^,\s\p{Lu}\p{Ll}/u.test(ctx.text.slice(end, end + 4));
}
/** "Thank you to Bruno, Sylvie and the whole trauma team": names listed into a team are its people. */
const TEAM_LIST_AFTER = rx(String.raw`^(?:,\s\p{Lu}\p{Ll}+)*,?\s(?:and|&|et)\s(?:the|our|all the|l'|la|le|notre|toute l'|toute la|tout le)\s?(?:[\p{L}-]+\s){0,4}(?:team|crew|staff|équipe|personnel)\b`, 'u');

/** A colleague's day: their shift, their exams, their orientation ("Kevin came in at 3 to cover the night shift"). */
const STAFF_DAY = cueForms(String.raw`\b(?:cover(?:ed|ing|s)?\s(?:my|the|her|his|their|a|your|our)\s(?:\p{L}+\s)?shift|\d{1,2}[-\s]?(?:h|hr|hour)s?\s(?:night\s|day\s)?shift|double shift|after (?:a|her|his|their|my) (?:long |double |night |day )?shift|passed (?:his|her|their) (?:boards|exams?|nclex|ccrn|licensing|certification)|(?:her|his|their) first (?:shift|day|code|week) (?:as|on)|orientation|new grad|new hire|(?:on|de) call|de garde|son (?:premier|dernier) quart|a réussi son examen|(?:were|was) on (?:nights|days|evenings)|(?:after|on|during|before) (?:(?:morning|evening|ward|bedside|teaching|grand) )?rounds|worked (?:nights|days|the night|a double)|(?:ont|a|avons|on a) (?:fait|travaillé) (?:la nuit|de nuit|une nuit|la garde|le quart))\b`, 'u');
/** Whether sentence `i` tells a colleague's day (STAFF_DAY on its folded words): several name scans ask, once each per candidate. */
function staffDay(ctx: RuleContext, i: number): boolean {
  const memo = perAnalysis(ctx, 'names:staffDay', () => new Map<number, boolean>());
  let told = memo.get(i);
  if (told === undefined) {
    const s = ctx.sentences[i]!;
    told = formsOf(ctx)(STAFF_DAY).test(foldedLower(ctx).slice(s.start, s.end));
    memo.set(i, told);
  }
  return told;
}
/** "Victoria General", "St. Joseph's Health": a hospital's name, not a person's. */
// "Room 208 at the Victoria Inn", "Hyatt Regency, room 1412", "Education Centre room 3": a venue named after someone.
const ORG_TAIL = /\s(?:General|Regional|Memorial|Royal|University|Health|Hospital|Children's|Medical|Infirmary|Hôpital|Général|Hospitalier|Inn|Hotel|Hôtel|Regency|Suites|Plaza|Centre|Center|Hall|Building|Pavilion|Pavillon|Library|Arena|College|Collège|Institute|Institut|Academy|Elementary)$/u;

const KIN_TITLE = foldedWords(KIN_TITLES);
const KIN_NICKNAME = foldedWords(String.raw`nan|nana|nanna|nanny|gran|granny|grandma|grandpa|gramps|mama|papa|mum|mom|dad|pops|auntie|uncle`);
/** "welcomed Sarah to the team": a new colleague. */
const TO_THE_TEAM = lowerForms(String.raw`^\s(?:to|à|into)\s(?:the|our|l'|notre|la)\s?(?:team|unit|staff|crew|équipe|unité|floor|ward)\b`);
/** First names and surnames set beside a staff role or team in this post. */
const staffNames = (ctx: RuleContext): Set<string> => perAnalysis(ctx, 'names:staff', (c) => new Set(introducedStaff(c)));
/**
 * The words at start..end name someone this post made staff ("Our physio Devon Leckie ... Devon"):
 * for the learned name rule's verdict, whose tagger may read the name the rules set aside.
 */
export function staffNamed(ctx: RuleContext, start: number, end: number): boolean {
  const staff = findNames(ctx) && staffNames(ctx);
  return staff.size > 0 && splitWords(ctx.text.slice(start, end)).some((w) => staff.has(token(w)));
}
/** A team with its people in brackets: "shout-out to housekeeping (Maria and Dev)", "la pharmacie (Kevin et Lina)". */
const TEAM_BRACKET_BEFORE = tail(lowerForms(String.raw`\b(?:${lowerAlt(CLINICAL_TEAMS)}|housekeeping|environmental services|evs|security|maintenance|facilities|kitchen|dietary|registration|switchboard|entretien ménager|entretien|sécurité|cuisine|admission)\s?\(\s?$`));
/** The cue words that give a name. */
const NAMING = /^(?:named|nommée?|prénommée?|appelée?|called|known as|nicknamed|surnommée?)\s/iu;
/**
 * A thing just before the naming word, up to three words back ("our robot is", "the new vein
 * finder we", "notre chariot à médicaments,"): machines, vehicles, storms, dolls and plants get
 * names too. Not a bed, a chair or a ventilator, which someone named lies in or on.
 */
const THING_NAMED = tail(lowerForms(String.raw`\b(?:robots?|scanners?|machines?|carts?|chariots?|vans?|trucks?|camions?|bus|boats?|bateaux?|ships?|navires?|cars?|voitures?|helicopters?|hélicos?|hélicoptères?|drones?|storms?|hurricanes?|tempêtes?|ouragans?|printers?|imprimantes?|computers?|ordinateurs?|tablets?|elevators?|ascenseurs?|manikins?|mannequins?|dolls?|poupées?|teddy|plants?|plantes?|trees?|arbres?|sourdough starter|levain|fridges?|frigos?|cafetières?|kettles?|vacuums?|aspirateurs?|finders?)(?:,?\s[\p{L}'’-]+){0,3},?\s$`));
/** "Our old cat Mortimer", "notre chien Max": a pet. */
const TITLE_LEAD = /^(?:Mr|Mrs|Ms|Mx|Miss|Mme|Mlle|M|Monsieur|Madame)\.?\s/u;
/** A verb of reading, singing or playing right before: what follows is a work or its author, not someone cared for. */
const WORK_BEFORE = tail(lowerForms(String.raw`\b(?:read|reads|reading|reread|lisait|lisais|lire|lit|lu|relire|played|plays|playing|sang|sings|singing|sing|hummed|humming|whistled|chante|chantait|chanter|chanté|fredonnait|jouait|joué|listened to|listening to|listens to|écoutait|écouter|écoute|put on|mettait|quoted|quoting|citait)\s(?:(?:(?:her|him|them|us|me|my|his|their|the|some|a bit of|a little|du|de la|des|de|l'|le|la|un|une|son|sa|ses|mon|ma|mes|lui|leur|nous|en)\s?)+["“«]?\s?|["“«]\s?)$`));
const PET_BEFORE = tail(lowerForms(String.raw`\b(?:cat|cats|dog|dogs|kitten|kitty|puppy|pup|horse|pony|parrot|budgie|hamster|rabbit|bunny|goldfish|chat|chatte|chien|chienne|chiot|minou|perroquet|lapin|cheval|therapy dog|therapy horse)\s$`));

function excluded(ctx: RuleContext, start: number, end: number, strong = false): boolean {
  const use = formsOf(ctx);
  const { text } = ctx;
  if (BRAND.test(text.slice(start, end + 4)) || ORG_TAIL.test(text.slice(start, end))) return true;
  // Whose story the sentence tells (the author's family, a pet, a colleague, the news, a vignette).
  if (notInCare(ctx, sentenceIndex(ctx, start))) return true;
  const before = text.slice(Math.max(0, start - 24), start);
  const lowBefore = lowerSlice(ctx, Math.max(0, start - 24), start);
  if (!strong && NOT_PATIENT_BEFORE(lowBefore, ctx.latin)) {
    // "Le Dr Jean-Louis Bédard prend sa retraite ... Merci, Jean-Louis!": the doctor again.
    if (CLINICIAN_TITLE_BEFORE(before, ctx.latin)) for (const w of splitWords(text.slice(start, end))) staffNames(ctx).add(token(w));
    const after = text.slice(end, end + 80);
    if (!use(WITH_FAMILY_AFTER).test(after) && !use(SHARE_AFTER).test(after) && !use(ROOM_AFTER).test(after)) return true;
  }
  const next = text.slice(end, end + 48);
  const lowNext = lowerSlice(ctx, end, end + 48);
  if (use(TO_THE_TEAM).test(lowNext)) return true;
  if (use(TEAM_LIST_AFTER).test(text.slice(end, end + 80)) || teamListed(ctx, start, end)) {
    for (const w of splitWords(text.slice(start, end))) staffNames(ctx).add(token(w));
    return true;
  }
  // "to Ngozi, Emeka, Paulette and Des in Environmental Services": the team after the list is all of theirs.
  const rest = use(LIST_REST).exec(text.slice(end, end + 80));
  const listEnd = rest ? end + rest[0].length : end;
  const aged = AGE_APPOSED.exec(lowNext);
  if (use(TEAM_AFTER).test(lowNext) || use(ORG_STAFF_AFTER).test(next) || use(ROLE_APPOSITION).test(lowNext) || (aged && use(ROLE_APPOSITION).test(lowNext.slice(aged[0].length)))
    || (rest && (use(TEAM_AFTER).test(lowerSlice(ctx, listEnd, listEnd + 48)) || use(ORG_STAFF_AFTER).test(text.slice(listEnd, listEnd + 48))))) {
    // "Linda Makkonen, charge nurse on 6 East ... Linda trained half of us": the same person later.
    for (const w of splitWords(text.slice(start, end))) staffNames(ctx).add(token(w));
    return true;
  }
  if (PET_BEFORE(lowBefore, ctx.latin) || TEAM_BRACKET_BEFORE(lowBefore, ctx.latin)) return true;
  // "read her Gabrielle Roy every night", "lui lisait du Michel Tremblay", "played Danny Boy": a book, a song or its author.
  if (!strong && !TITLE_LEAD.test(text.slice(start, end)) && WORK_BEFORE(lowerSlice(ctx, Math.max(0, start - 40), start), ctx.latin)) return true;
  // "My daughter Emma was admitted to the PICU": the author's own family.
  if (OWN_KIN_BEFORE(lowerSlice(ctx, Math.max(0, start - 40), start), ctx.latin)) return true;
  if (AND_BEFORE.test(text.slice(Math.max(0, start - 5), start)) && THANKS_LIST_BEFORE(lowerSlice(ctx, Math.max(0, start - 90), start), ctx.latin)) return true;
  const after = text.slice(end, end + 16);
  if (use(CREDENTIAL_AFTER).test(after) || ET_AL.test(after)) return true;
  if (signatureLine(text, start)) return true;
  if (PLACE_BEFORE.test(before) || use(ORG_AFTER).test(text.slice(end, end + 40))) return true;
  // "Sandy Lake", "Elliot Lake", "Rivière-au-Renard": a word of a place's name, not a person's.
  if (PLACE_TAIL.test(text.slice(start, end + 14)) || PLACE_COMPOUND_BEFORE.test(before)) return true;
  // "Anne Shirley would have made a terrible ICU nurse": a character judged, not a person cared for.
  if (use(JUDGED_AFTER).test(lowerSlice(ctx, end, end + 24))) return true;
  if (fameAt(ctx, start)) return true;
  // A teaching scenario's "Mr. Smith, 67": an invented patient, in a post that tells no encounter.
  if (perAnalysis(ctx, 'scenario', (c) => SCENARIO.scan(foldedLower(c)).length > 0) && !anywhere(ctx, 'encounter')) return true;
  return has(ctx, sentenceIndex(ctx, start), 'news');
}

const OWN_KIN_BEFORE = tail(lowerForms(String.raw`\b(?:my|mon|ma|mes)\s(?:(?:little|youngest|eldest|oldest|older|younger|baby|late|petite?|grande?|cher|chère)\s)?(?:daughter|son|wife|husband|partner|mom|mum|mother|dad|father|sister|brother|grandma|grandpa|grandmother|grandfather|granddaughter|grandson|niece|nephew|aunt|uncle|cousin|kid|kids|fille|fils|femme|mari|conjointe?|mère|père|sœur|soeur|frère|grand-mère|grand-père|grand-maman|grand-papa|mémère|pépère|mamie|papi|nana|nanna|granny|petite-fille|petit-fils|nièce|neveu|tante|oncle|matante|mononc'|mononcle|mamé|gran|granda|popo|baba|dido|zia|zio|tía|tío|tita|tito|cousine?|chum|blonde)\s$`));
/** "would have made a great nurse", "aurait fait une excellente infirmière": what a character would have been. */
const JUDGED_AFTER = lowerForms(String.raw`^,?\s(?:(?:would(?:'ve|\shave)?\smade|would\smake|aurait\sfait|ferait)\s(?:a|an|un|une)|would(?:n't|\snot|\snever)\s(?:survive|last|make it|cope)|n'aurait\s(?:jamais\s)?(?:survécu|tenu))\b`);
/**
 * Words that make the person a character, a star or a sports legend: "Betty White would have
 * turned 104 ... a hospital drama", "the character Mrs. Brown (88) on that show", "Gordie
 * Howe, 88, hockey legend". Not trades ("actress", "singer"): a patient's trade is part of
 * their story. Read on the folded copy of the name's sentence and the next one.
 */
const FAME = /\b(?:characters?|played by|starred|starring|hospital drama|iconic|(?:hockey|music|screen|sports?) legend|legende du hockey|hall of fame|stanley cup|nhl|personnage|teleroman|serie tele|vedette)\b/;
/** FAME as phrases looked up by the post's words, for the whole post. */
const FAME_LIST = cuePhrases(FAME.source);
/** A name in a sentence about fame, with no patient or encounter in it. */
function fameAt(ctx: RuleContext, start: number): boolean {
  const i = sentenceIndex(ctx, start);
  const s = ctx.sentences[i]!;
  const next = ctx.sentences[i + 1];
  // Asked of the whole post once first: most posts hold no such word, and this runs for every name found.
  if (!perAnalysis(ctx, 'names:fame', (c) => FAME_LIST.scan(foldedLower(c)).length > 0) || !FAME.test(foldedLower(ctx).slice(s.start, next ? next.end : s.end))) return false;
  return !patientWord(ctx, i) && !has(ctx, i, 'encounter');
}
// On the folded copy (ASCII \b is a word boundary there): under /iu this whole-post scan ran its Unicode lookbehind at every position.
/** Phrases looked up by the folded post's words, as the signal lists are, not a regex tried at every position. */
const SCENARIO = cuePhrases(String.raw`\b(?:fictif|fictive|fictifs|fictives|fictional|fictitious|made-up|pour la formation|for training purposes|scenario|scénario|simulation|sim lab|teaching case|case study|étude de cas|cas clinique|vignette|board question|mise en situation|practice case|standardi[sz]ed patient|patient standardisé|patient simulé|simulated patient|osce|ecos)\b`);
/** "Teddy Bear Clinic", "Terry Fox Run": a name inside an organisation's or event's name. */
const ORG_AFTER = rx(String.raw`^\s?(?:\p{Lu}[\p{L}'-]+\s)?(?:Clinic|Centre|Center|Hospital|Foundation|Fund|Award|Lecture|Society|House|Hall|Institute|School|Program|Programme|Day|Run|Walk|Ward|Wing|Building|Pavilion|Room|Memorial|Chair|Prize|Scholarship|Street|St|Avenue|Ave|Road|Rd|Park|Library|Centre|Lodge|Manor|Home|Health|Pharmacy|Pharmacie|Clinique|Hôpital|Fondation|Pavillon|Elementary|Academy|College|Inn|Hotel|Hôtel|Regency|Suites|Arena)(?![\p{L}])`, 'u');
/** "Sault Ste. Marie", "Lac-Saint-Jean": a saint's or a lake's name is a place. */
const PLACE_BEFORE = /(?:\b(?:St|Ste|Saint|Sainte|Mount|Mont|Lake|Lac|Port|Fort|Cape|Cap|Sault|Pointe|Île|Isle)\.?[\s-])$/u;
/** The geographic word that ends a place's name, in or right after the name's span. */
const PLACE_TAIL = /^\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?\s(?:Lake|Lakes|Falls|Harbour|Harbor|Bay|Creek|Island|Cove|Inlet|Rapids|Narrows|River|Landing|First Nation)\b/u;
/** Inside a hyphenated place: "Rivière-au-Renard", "Saint-Jean-de-Matha". */
const PLACE_COMPOUND_BEFORE = /\p{L}-(?:au|aux|du|des|de|la|le|les|sur|en|à)-$/u;
const PLACE_HEAD = words(String.raw`St|Ste|Saint|Sainte|Mount|Mont|Lake|Lac|Port|Fort|Cape|Cap|Sault|Pointe|Grand|Grande|New|North|South|East|West|Upper|Lower|Little|Old|Rivière|River|Baie`);
/** Prepositions that make a lone given name a place or an organisation ("in Florence", "at Joseph's"). */
const PREP_BEFORE = tail(lowerForms(String.raw`\b(?:in|at|to|from|near|on|à|au|aux|de|du|chez|vers|près de)\s$`));

/**
 * What the patient's people do, said of them by name with no relation word: "Theo and Lina
 * drove in from Kapuskasing every weekend to sit with him", "ils sont venus de Matane pour la
 * voir", "never left her side". The one visited is him or her: a colleague "came in to see
 * the patient", a relative comes to see him.
 */
const VISIT = String.raw`(?:(?:drove|drive|drives|flew|fly|flies|travell?ed|walked|took the bus)(?:\s(?:in|up|down|over|back|all the way))?|(?:came|come|comes)(?:\s(?:in|up|down|over|back))?\s(?:from|every|each|all the way))(?:\s[^.!?\n]{0,50}?)?\sto\s(?:see|visit|sit with|be with|stay with)\s(?:him|her|them)|visited (?:him|her) (?:every|each|daily|twice)|never left (?:his|her) side|(?:sont|est|était|étaient) (?:venue?s?|descendue?s?|montée?s?)(?:\s[^.!?\n]{0,50}?)?\spour (?:le|la) voir`;
/**
 * What happens only to a patient, right after a name: "Walter came in with chest pain",
 * "Priya's sats dropped", "Bernie was extubated", "Gisèle est arrivée en ambulance", "on a
 * transféré Réjean". With such an event the name needs no care word nearby and need not be
 * on our lists. Staff also "came in" and "went home": those phrasings ask for what only a
 * patient comes in with, or goes home after.
 */
const PATIENT_EVENT = String.raw`(?:['’]s\s(?:(?:first|second|third|fourth|fifth|\d{1,2}(?:st|nd|rd|th))\s(?:pacemaker|icd|defib|dialysis|chemo|infusion|transfusion|admission|surgery|transplant|biopsy|scan|round of chemo)|pacemaker|icd|defib|dialysis|infusion|transfusion|last wish|last words|last days|final wish|final days|dying wish|funeral|celebration of life|sats?|o2|bp|blood pressure|pressure|heart rate|sugars?|glucose|potassium|hgb|h[a]?emoglobin|creatinine|lactate|troponin|temp|fever|labs|ct|mri|biopsy|scans?|bloodwork|cultures|x-?rays?|wound|incision|drain|foley|picc|surgery|chemo|transplant|tumou?r|cancer|diagnosis|prognosis|vitals|ecg|ekg|rhythm|gcs|airway|pain|breathing|stroke|dementia|delirium|admission|discharge|care plan|goals of care|code status|pupils|urine output|belly|lungs|heart|kidneys|liver|leg|arm|hip|knee|fracture|ulcer|bedsore|pressure injury|daughter|son|wife|husband|kids|grandkids|family|(?:nicu |icu |picu |cancer |chemo |transplant )?(?:journey|recovery|remission)|(?:battle|fight) (?:with|against) (?:cancer|leuka?emia|lymphoma|sepsis|covid|als|copd|heart failure|kidney failure|[a-z]+ cancer|a rare))\b|,?\s(?:who\s)?(?:(?:finally|just|eventually|also|then|quietly|peacefully|suddenly|unexpectedly|again|now)\s)?(?:(?:is|was) back (?:for|in for) (?:the|her|his|their) \d{1,3}(?:st|nd|rd|th) time|was born (?:on|at|in|this|last|yesterday|today|\d)|welcomed (?:baby|their|a|twins|[a-z]+ (?:at|on|in|into|this|last|yesterday))|came in (?:at|around|about|this|last|early|late|overnight|yesterday|tonight|on)\s[^.!?\n]{0,24}?with (?:a|an|his|her|their|chest|abdominal|shortness|sob|severe|crushing|worsening|sudden|acute|fever|pain|no pulse|a fever)|(?:is going|goes|is heading|heads) home (?:today|tomorrow|tonight|this|after)|(?:is being|gets|will be) discharged|went home(?=[.!,]|\s(?:today|tonight|yesterday|this|on|to (?:her|his|their)))|showed up (?:at|in|to) (?:the |our )?(?:er|ed|emerg|triage|resus|a&e)|came in (?:with|by ambulance|via ems|unresponsive|septic|seizing|coding|febrile|hypotensive|confused|short of breath|in (?:cardiac )?arrest|after (?:a|an|his|her|their))|came (?:back )?to (?:the )?(?:er|ed|emerg|a&e|triage|resus)|(?:was|got|has been|had been|is being|is getting) (?:admitted|readmitted|intubated|extubated|discharged|brought in|rushed|airlifted|medevaced|diagnosed|sedated|resuscitated|shocked|cardioverted|trached|proned|scoped|stented|cathed|transfused|pronounced|found (?:down|unresponsive|on the floor)|moved to (?:the )?(?:icu|ccu|hospice|palliative|ltc))|coded|arrested|seized|desatted|desaturated|crumped|decompensated|aspirated|passed away|died|passed (?:peacefully|on|overnight|this|last|early|today|yesterday|in (?:her|his|their) sleep)|rang the bell|finished (?:his|her|their) (?:last |final )?(?:round of |dose of )?(?:chemo|chemotherapy|radiation|radiotherapy|treatments?|dialysis|iv antibiotics|antibiotics)|(?:left|graduated from) (?:the )?(?:icu|nicu|picu|ccu|special care nursery)|went home (?:today|yesterday|this (?:morning|afternoon|evening)|after (?:\d{1,3}|a|an|two|three|four|five|six|seven|eight|nine|ten|many|several) (?:days?|weeks?|months?|nights?)|after (?:his|her|their) (?:surgery|transplant|stay|admission))|went (?:in)?to (?:the )?(?:or|cath lab|hospice|palliative care)|went into (?:arrest|cardiac arrest|labou?r|afib|svt|v-?fib|vt|shock|dka|respiratory failure|renal failure)|got (?:his|her|their) (?:transplant|diagnosis|trach|g-?tube|peg|port|picc|cast|stitches|sutures|chest tube)|had (?:his|her|their) (?:surgery|transplant|baby|twins|stroke|amputation|biopsy|c-section|first (?:chemo|dialysis)|last (?:chemo|dialysis|round))|had a (?:stroke|seizure|fall|heart attack|cardiac arrest|gi bleed|bleed|stemi|nstemi|pe|massive)|is (?:on|now on|back on) (?:comfort care|comfort measures|palliative|hospice|dialysis|the vent|a vent|bipap|cpap|high flow|pressors)|is (?:intubated|sedated|npo|dnr|palliative|septic|post-?op|actively dying)|(?:is|was) (?:back )?in (?:the )?(?:icu|ccu|picu|nicu|resus)|(?:is|was) back in (?:the )?(?:er|ed|emerg|hospital)|keeps (?:pulling|ringing (?:the|her|his) (?:bell|call bell))|pulled (?:out )?(?:his|her|their) (?:iv|line|ng|ngt|foley|tube|picc|trach|drain)|fell (?:out of bed|at home|in the bathroom|in (?:her|his) room|again|twice|last night|overnight)|had (?:another|a second) fall|(?:eloped|wandered off)(?: again)?|came (?:back |in )?by ambulance|(?:broke|fractured) (?:his|her|their) (?:hip|wrist|femur|pelvis|arm|leg|ankle)|refused (?:his|her|their) (?:meds|medications|dialysis|insulin|treatment|chemo|surgery)|refuses (?:his|her|their) (?:meds|medications|dialysis|insulin|treatment)|woke up (?:from (?:surgery|the coma|sedation)|after)|walked (?:for the first time|out of (?:the|our) (?:icu|unit|hospital|ward)|with (?:his|her|a) walker)|took (?:his|her|their) first steps|is in (?:room|bed|bay|rm)\s?\d|on (?:ringing the bell|going home|(?:his|her|their) discharge|finishing (?:his|her|their) (?:last )?(?:chemo|radiation|treatment|dialysis)))|,?\s(?:qui\s)?(?:(?:enfin|finalement|encore)\s)?(?:née?,? (?:le|ce|hier|cette|à \d)|(?:rentre|retourne|est (?:enfin )?(?:rentrée?|retournée?)) (?:enfin )?(?:à la maison|chez (?:elle|lui)|à domicile)|est sortie? (?:de l'hôpital|des soins intensifs)|est (?:arrivée?|décédée?|morte?|partie? (?:paisiblement|ce matin|cette nuit|hier)|(?:rentrée?|retournée?) (?:à la maison|chez (?:elle|lui)|à domicile)|tombée? (?:de son lit|chez (?:elle|lui))|intubée?|extubée?|sous (?:respirateur|dialyse)|aux soins (?:intensifs|palliatifs)|de retour (?:à l'urgence|aux urgences|aux soins|à l'hôpital))|s'est présentée?|a été (?:admise?|hospitalisée?|intubée?|extubée?|transférée?|opérée?|transportée?|amenée?|réanimée?|diagnostiquée?|retrouvée?)|nous a quittés|a (?:encore |de nouveau |déjà )?(?:arraché|retiré|enlevé) (?:son|sa|ses) (?:soluté|solutés|sonde|cathéter|tube|picc|pansement|pansements|jaquette|culotte|couche|masque|lunette nasale|lunettes nasales)|a (?:encore |de nouveau |déjà )?fugué|a (?:encore |de nouveau |déjà )?refusé (?:ses|son|sa) (?:pilules|médicaments|médicament|insuline|traitement|dialyse|bain|repas|soins|pansement)|a fait une (?:autre )?fugue|s'est (?:encore )?sauvée? de (?:l'unité|l'étage|la résidence|sa chambre)|a (?:encore |de nouveau |déjà )?(?:fait|eu) (?:une (?:autre )?(?:chute|convulsion|crise|hémorragie)|un (?:avc|arrêt|infarctus)|sa greffe|son (?:opération|bébé|congé))|a (?:sonné la cloche|reçu son congé|obtenu son congé|accouché)|a (?:enfin )?quitté (?:l'hôpital|les soins intensifs|l'unité|la pouponnière|la néonat|les soins palliatifs)|a (?:eu|reçu|terminé|fini) (?:son dernier traitement|sa dernière (?:chimio|dialyse|radiothérapie|séance de chimio)|ses traitements|sa chimio|sa radiothérapie)|${VISIT}))(?![\p{L}])`;
/** The patient events tried at one position: they need a name right before them, so only where a capitalised word ends. */
const EVENT_AT = cueForms(PATIENT_EVENT, 'uy');
/** A run of name characters opening on a capital, with no name character before it. */
const CAPITAL_RUN = rx(String.raw`${CAPITAL_AHEAD}(?<![\p{L}'’.-])\p{Lu}[\p{L}'’.-]*`, 'gu');

/**
 * The EVENT matches a name can precede, in text order and not overlapping, like a scan of the
 * whole post: the name before an event ends on the capitalised run's end or on an apostrophe
 * in it ("Bernie's sats"), so EVENT is tried there only. Most of a post's spaces start no
 * such run; scanning them all made EVENT the costliest pattern in a CPU profile of the names step.
 */
function eventsAfterCapitals(ctx: RuleContext): RegExpExecArray[] {
  return perAnalysis(ctx, 'names:events', scanEventsAfterCapitals);
}
/**
 * The events after capitals, found before the names scan as a stage of its own (index.ts): the
 * names scan reads them on every post with a capitalised word (findEventNames), and on the
 * engine's first run compiling EVENT was the largest part of that scan's one long step.
 */
export function findNameEvents(ctx: RuleContext): void {
  const use = formsOf(ctx);
  if (use(CAPITALISED).test(ctx.text) || CAPS_RUN.test(ctx.text)) eventsAfterCapitals(ctx);
}
function scanEventsAfterCapitals(ctx: RuleContext): RegExpExecArray[] {
  const use = formsOf(ctx);
  const { text } = ctx;
  const folded = foldedLower(ctx);
  const out: RegExpExecArray[] = [];
  let done = 0;
  const tryAt = (p: number) => {
    if (p < done) return;
    use(EVENT_AT).lastIndex = p;
    const e = use(EVENT_AT).exec(folded);
    if (!e) return;
    out.push(e);
    done = p + e[0].length;
  };
  for (const r of matchAll(text, use(CAPITAL_RUN))) {
    const end = r.index + r[0].length;
    for (let i = r.index + 1; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === 39 || c === 0x2019) tryAt(i);
    }
    tryAt(end);
    // "Herbert from the lodge came back by ambulance", "Rita du 3e a encore fugué": where they live, then the event.
    if (text.charCodeAt(end) === 32) {
      const at = use(RESIDENT_AT_Y).exec(text.slice(end, end + 40));
      if (at) tryAt(end + at[0].length);
    }
  }
  return out;
}
/** Whether a patient event (EVENT) starts at `at`. */
function eventAt(ctx: RuleContext, at: number): boolean {
  const use = formsOf(ctx);
  use(EVENT_AT).lastIndex = at;
  return use(EVENT_AT).test(foldedLower(ctx));
}
/** Whether the post is about care. */
function careAnywhere(ctx: RuleContext): boolean {
  return anywhere(ctx, 'patient', 'encounter', 'clinical', 'title', 'unit', 'event');
}
/** "Saint-Raymond", "Lac-Etchemin": without a title, a hyphenated saint's or lake's name is a town. */
const TOWN_HEAD = /^(?:Saint|Sainte|St|Ste|Lac|Mont|Port|Fort|Cap|Pointe|Rivière|Baie|Grand|Grande|Notre|Île)-/u;
/** Prepositions before a town ("from Oakville", "de Matane"); not "à" or "to", which also follow thanks. */
/** Words before a town: "just outside Sheet Harbour", "près de Magog". */
const PLACE_PREP_BEFORE = tail(wordForms(String.raw`\b(?:in|at|from|near|outside|around|of|de|du|des|près de|dans|en)\s$`, 'iu'));
const EVENT_PREP = tail(wordForms(String.raw`\b(?:in|at|from|near|of|de|du|des|près de|dans|en)\s$`, 'iu'));
/** One to three capitalised words (with a surname's particles: "Van der Merwe", "de la Cruz") ending where the event starts. */
/**
 * Where a resident lives or lies, between their name and what happened: "Herbert from the lodge
 * came back by ambulance", "Rita du 3e a encore fugué", "Ernestine du 2e", "Archie on 5 West".
 */
const RESIDENT_AT = String.raw`\s(?:(?:from|of|at|on|in|de|du|au|à)\s(?:the\s|la\s|le\s|l'|notre\s|our\s)?(?:lodge|manor|villa|residence|résidence|foyer|hospice|chsld|rpa|ltc|floor|ward|étage|\d{1,2}(?:e|ème|st|nd|rd|th)(?:\s(?:étage|floor))?(?![\p{L}\p{N}])|\d{1,2}\s?(?:North|South|East|West|Nord|Sud|Est|Ouest)(?![\p{L}]))|in\s\d{1,4}[A-Z]?(?![\p{L}\p{N}:.,/-]|\s?(?:hours?|hrs?|days?|weeks?|wks?|months?|years?|yrs?|minutes?|mins?|seconds?|am|pm|a\.m|p\.m|%|of|out|and|or|to)\b))`;
const RESIDENT_AT_Y = rx(`^${RESIDENT_AT}`, 'u');
const NAME_BEFORE = rx(String.raw`${CAPITAL_AHEAD}(?<![\p{L}\p{N}@#_'’.-])(${NAME}(?:\s["“][\p{L}'’-]+["”])?(?:\s(?:(?:van der|van den|von der|de la|del|de los|van|von|de|du|da|dos|di|le|la|al|el|ben|bin|ter)\s)?${NAME}){0,2}(?:\s\p{Lu}\.)?)(\s(?:of|from|de)\s${NAME}(?:\s${NAME})?|${RESIDENT_AT})?$`, 'u');
/** A lesson or a bit of history: "did you know", a death in a past year. */
const HISTORY = /\b(?:did you know|saviez-vous|fun fact|le saviez-vous)\b|\b(?:died|mort|morte|décédée?)\b[^.!?\n]{0,30}\b(?:in|en) (?:1[89]|20)\d\d\b/iu;
/** What HISTORY needs, looked for on the folded copy first: most sentences hold none of it, and HISTORY is slow under /iu. */
const HISTORY_WORD = /did you know|aviez-vous|fun fact|died|mort|deced/;
const CHEER = /\b(?:congrat\w*|félicit\w*|bravo|welcome|bienvenue|happy|bonne fête)/iu;
/** Kinship and role words that take a capital in a story ("Grandpa was admitted") without being names. */
const PERSON_WORD = foldedWords(String.raw`whoever|whomever|anyone|anybody|everyone|mom|mum|dad|mother|father|grandma|grandpa|granny|gramps|nana|nanna|papa|maman|papi|mamie|mémé|pépé|baby|bébé|auntie|uncle|sister|brother|son|daughter|wife|husband|hubby|boss|doc|chief|sir|madam|mister|someone|somebody|everybody|nobody|buddy|lady|kid|santa|patient|patiente|resident|client|bub|bubba|hun|honey|lui|elle|eux|moi|toi`);

// The cue lists before a name (CUE, RELATIVE, KNOW_CUE, VOCATIVE) are long alternations. With
// /iu and a Unicode word boundary V8 runs a lookbehind at every position of the post; on the
// lower-cased, accent-folded copy an ASCII \b lets it skip to the few places a cue can start.
// What a cue needs after it is read from the post itself. These lists always ended on
// (?=\p{Lu}) under /iu, where \p{Lu} matches any cased letter; the same test is kept here (the
// name after the cue must still open with a capital: LEAD and the callers' patterns).
const CAPITAL = rx(String.raw`\p{Lu}`, 'iuy');

/** The post lower-cased and folded, offsets kept even where toLowerCase would change a length ("İ"). */
function foldedLower(ctx: RuleContext): string {
  const use = formsOf(ctx);
  if (ctx.lower !== ctx.text || !use(ANY_CAPITAL).test(ctx.text)) return foldedOf(ctx);
  return perAnalysis(ctx, 'names:folded', (c) => {
    let s = '';
    for (const ch of c.text) {
      const l = ch.toLowerCase();
      s += l.length === ch.length ? l : ch;
    }
    return fold(s);
  });
}

/**
 * A capitalised word (or "M." / "M ") right after a word and a space, a comma or a bracket:
 * where every cue list (CUE, RELATIVE, KNOW_CUE, VOCATIVE, THANKED) hands over to the name.
 * A third of posts have none (their capitals open sentences), and skip those five scans.
 */
const MID_CAPITAL = rx(String.raw`${CAPITAL_AHEAD}(?<=(?:[\p{L}:,]\s|[,(])\(?)(?:\p{Lu}[\p{Ll}'’]|M[.\s])`, 'u');
const midCapital = (ctx: RuleContext): boolean => perAnalysis(ctx, 'names:midCapital', (c) => formsOf(c)(MID_CAPITAL).test(c.text));

/** Matches of a folded cue list that a capital follows in the post; m[0] is the post's own text (groups only tell which part matched). */
function capitalCues(ctx: RuleContext, re: RegExp): RegExpExecArray[] {
  const use = formsOf(ctx);
  const { text } = ctx;
  const out: RegExpExecArray[] = [];
  if (!midCapital(ctx)) return out;
  for (const m of matchAll(foldedLower(ctx), re)) {
    const end = m.index + m[0].length;
    use(CAPITAL).lastIndex = end;
    if (!use(CAPITAL).test(text)) continue;
    m[0] = text.slice(m.index, end);
    out.push(m);
  }
  return out;
}

export function findNames(ctx: RuleContext): NameHit[] {
  return perAnalysis(ctx, 'names', scanCased);
}

/**
 * The names of a post, read also as a careful writer would have cased its shouted and its
 * lower-case sentences ("RIP MR. STERLING OKAFOR", "merci à mme nérette", "grace ate a full
 * tray"): every scan below reads capitals, and these writers give none, or all. The recased
 * copy has the same length, so its names' offsets are the post's.
 */
function scanCased(ctx: RuleContext): NameHit[] {
  const hits = scanNames(ctx);
  const cased = recased(ctx);
  if (cased === null) return hits;
  // Only the names of the sentences recased: the others read as they did.
  const more = scanNames(makeContext(cased.text, { today: ctx.today })).filter((h) => cased.changed.has(ctx.sentenceAt(h.start)) && !hits.some((o) => h.start < o.end && o.start < h.end));
  return more.length ? [...hits, ...more].sort((a, b) => a.start - b.start) : hits;
}

/** A word of a sentence, not a hashtag's, a handle's or an address's. */
const CASE_WORD = rx(String.raw`(?<![\p{L}\p{N}@#_/.'’-])\p{L}[\p{L}\p{M}'’.-]*`, 'gu');
const RECASE_TITLE = words(String.raw`mr|mrs|ms|mx|miss|mme|mlle|m|monsieur|madame|mademoiselle`);

/** "O'BRIEN" -> "O'Brien", "MARIE-ÈVE" -> "Marie-Ève", "l'italien" -> "L'Italien". */
function nameCase(w: string): string {
  let out = '';
  let up = true;
  for (let i = 0; i < w.length; i++) {
    const c = w[i]!;
    out += up ? c.toUpperCase() : c.toLowerCase();
    // After a hyphen, and after one letter and an apostrophe (O', D', L'), a new capital.
    up = c === '-' || ((c === "'" || c === '’') && i === 1);
  }
  return out.length === w.length ? out : w;
}

/** A first name on our lists as written, accents and all ("monté" is a verb, not Monte), or a compound of them ("marie-ève"). */
const writtenGiven = (t: string): boolean => listedGiven(t) || (t.includes('-') && t.split('-').every((p) => p.length > 1 && listedGiven(p)));
/** Whether a sentence may be shouted (more capitals than lower-case letters) or typed in lower case (its first letter), by its ASCII letters. */
function mayRecase(text: string, start: number, end: number): boolean {
  let upper = 0;
  let lower = 0;
  let first = true;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) {
      if (first) return true;
      lower++;
    } else if (c >= 65 && c <= 90) {
      upper++;
      first = false;
    } else if (c > 127 && first) return true;
    // A hashtag's or a handle's letters are not the sentence's.
    else if (c === 35 || c === 64) while (i + 1 < end && text.charCodeAt(i + 1) > 32) i++;
  }
  return upper >= 6 && upper > lower;
}
/** A word with no lower-case letter. */
const CAPS_WORD = rx(String.raw`^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$`, 'u');
/** Titles that are also abbreviations without their full stop: "MS" (a disease), "MR" (an imaging), "M" (metres). */
const BARE_TITLE = words('ms|mr|m');

/**
 * The post with its shouted sentences (most words in capitals) written in sentence case, and in
 * them and in sentences typed in lower case, the words a name is made of capitalised: a title
 * and its name, a first name we know with its surname, a kinship title's name. Null when no
 * sentence is shouted or typed in lower case, or nothing changes.
 */
function recased(ctx: RuleContext): { text: string; changed: Set<Sentence> } | null {
  const use = formsOf(ctx);
  const { text } = ctx;
  let out: string[] | null = null;
  const changed = new Set<Sentence>();
  let reread = false;
  for (const s of ctx.sentences) {
    // Asked first of the characters: most sentences open on a capital and are not shouted.
    if (!mayRecase(text, s.start, s.end)) continue;
    const body = text.slice(s.start, s.end);
    const words = matchAll(body, use(CASE_WORD));
    if (!words.length) continue;
    let long = 0;
    let caps = 0;
    for (const m of words) {
      if (m[0].length < 2) continue;
      long++;
      if (use(CAPS_WORD).test(m[0])) caps++;
    }
    const shouted = caps >= 3 && caps >= 0.6 * long;
    if (!shouted && !use(LOWER_START).test(words[0]![0])) continue;
    // What the next word may be: 'any' word that is no common one (after a title; in capitals,
    // after a first name), a 'known' first name or surname, or 'none'; `left`: how many more.
    let want: 'none' | 'any' | 'known' = 'none';
    let left = 0;
    let named = false;
    for (let k = 0; k < words.length; k++) {
      const m = words[k]!;
      const w = m[0].replace(/[.'’-]+$/u, '');
      const t = w.toLowerCase();
      const at = s.start + m.index;
      if (shouted && !use(CAPS_WORD).test(w)) {
        want = 'none';
        continue;
      }
      const common = COMMON_WORDS.has(t);
      const known = !common && (writtenGiven(t) || isSurnameTag(t));
      const next = words[k + 1]?.[0].replace(/[.'’-]+$/u, '').toLowerCase();
      let cased: string | null = null;
      if (RECASE_TITLE.test(t) && next !== undefined && !COMMON_WORDS.has(next) && (m[0].endsWith('.') || !BARE_TITLE.test(t) || isGiven(next)) && !NOUN_TITLE_BEFORE.test(text.slice(Math.max(0, at - 8), at))) {
        cased = nameCase(w);
        named = true;
        want = 'any';
        left = 2;
      } else if (KIN_TITLE.test(t, ctx.latin)) {
        cased = shouted ? nameCase(w) : null;
        want = 'known';
        left = 1;
      } else if (want !== 'none' && IS_PARTICLE.test(t)) {
        cased = shouted ? t : null;
      } else if (!common && (want === 'any' || (want === 'known' && known)) && left > 0) {
        cased = nameCase(w);
        named = true;
        left--;
        want = left > 0 ? (shouted ? 'any' : 'known') : 'none';
      } else if (!common && writtenGiven(t) && (shouted || (t.length > 2 && (k === 0 || (!AMBIGUOUS_GIVEN.has(t) && !NOUN_TITLE_BEFORE.test(text.slice(Math.max(0, at - 8), at)))))) && !PERSON_WORD.test(t, ctx.latin)) {
        cased = nameCase(w);
        named = true;
        want = shouted ? 'any' : 'known';
        left = 1;
      } else {
        want = 'none';
        if (shouted) cased = k === 0 ? w[0]!.toUpperCase() + w.slice(1).toLowerCase() : t;
      }
      if (cased === null || cased === w || cased.length !== w.length) continue;
      out ??= text.split('');
      for (let i = 0; i < cased.length; i++) out[at + i] = cased[i]!;
    }
    changed.add(s);
    reread ||= named || shouted;
  }
  // A sentence typed in lower case with no name capitalised reads as it did.
  return out && reread ? { text: out.join(''), changed } : null;
}

function scanNames(ctx: RuleContext): NameHit[] {
  const use = formsOf(ctx);
  const { text } = ctx;
  const out: NameHit[] = [];
  const taken = (s: number, e: number) => out.some((o) => s < o.end && o.start < e);
  const add = (start: number, end: number, kind: NameHit['kind'], partial: boolean, strong = false) => {
    if (/[’']s$/u.test(text.slice(start, end))) end -= 2;
    // "Henrietta Lacks' cells": a plural-style possessive leaves its apostrophe.
    else if (/s[’']$/u.test(text.slice(start, end))) end -= 1;
    if (end <= start || taken(start, end) || excluded(ctx, start, end, strong)) return;
    out.push({ start, end, kind, partial });
  };

  for (const m of matchAll(text, use(TITLED))) {
    const title = /^(?:Mr|Mrs|Ms|Mx|Miss|Mme|Mlle|M|Monsieur|Madame|Mademoiselle|monsieur|madame|mademoiselle)\.?\s?/u.exec(m[0])![0];
    const nameStart = m.index + title.length;
    // "le monsieur de Hawkesbury" is a man from a town; "Mr. de la Cruz" is a surname.
    if (use(LOWER_START).test(title) && IS_PARTICLE.test(firstWord(m[0].slice(title.length)))) continue;
    // The capitalised particle is read as vocabulary ("Des", "Le") by trimName: the name is what follows it.
    const particle = CAPITAL_PARTICLE_LEAD.exec(m[0].slice(title.length))?.[0] ?? '';
    const span = trimName(use, text, nameStart + particle.length, m[0].slice(title.length + particle.length));
    if (!span) continue;
    const first = firstWord(text.slice(nameStart + particle.length, span[1]));
    if (/^M\.?\s?$/u.test(title) && (SPECIES.test(first, ctx.latin) || !patientContext(ctx, m.index) || SIZES_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)))) continue;
    if (/^Miss\s/u.test(title) && !patientContext(ctx, m.index)) continue;
    // "Shoutout to Mr. Rodriguez for walking 200 feet", "Bravo à M. Bélanger": in a care post a
    // courtesy title after thanks is a patient's (colleagues are thanked by first name or as Dr.),
    // unless the thanks are for a retirement, an award or a new job.
    if (staffRoleBefore(ctx, m.index)) continue;
    const cheered = THANKS_BEFORE(lowerSlice(ctx, Math.max(0, m.index - 24), m.index), ctx.latin) && clinicalContext(ctx, m.index) && !use(STAFF_NEWS_AFTER).test(text.slice(span[1], span[1] + 80));
    // "Sat with Mr. Yazzie through his last hours", "Said goodbye to Mr. Abernethy this morning":
    // one sits with or says goodbye to a patient by title (colleagues go by first name or Dr.),
    // so the "with" or "to" before the title does not make a co-author or a retiree of him.
    const beside = BESIDE_BEFORE(lowerSlice(ctx, Math.max(0, m.index - 40), m.index), ctx.latin) && careAnywhere(ctx) && !use(STAFF_NEWS_AFTER).test(text.slice(span[1], span[1] + 80));
    add(m.index, span[1], 'titled', false, cheered || beside);
  }
  // INITIALS, TITLE_INITIAL and GIVEN_INITIAL all need a capital and a full stop.
  const hasInitial = use(CAPITAL_DOT).test(text);
  for (const m of capitalCues(ctx, CUE)) {
    const start = m.index + m[0].length;
    const span = nameAt(use, text, start);
    if (!span) continue;
    const words = splitWords(text.slice(span[0], span[1]));
    const first = token(words[0]!);
    const surname = words.length > 1 && isSurnameTag(token(words[words.length - 1]!));
    // "Patient Safety Week" is not a name: the words after the cue must be a known given
    // name or end on a known surname, unless the cue can only name a person ("my patient
    // Kwame", "little Xiomara", "Pt Tran") and one word follows it alone.
    // "Teta Samira", "Grandpa Eli", "Mémère Yvette": a kinship word written as a title is part of
    // the name, and only a person takes one, so the name after it need not be in a list.
    const kin = use(CAPITAL_START).test(m[0]) && KIN_TITLE.test(m[0].trimEnd(), ctx.latin);
    const personOnly = kin || use(PERSON_ONLY_CUE).test(m[0]) || /(?:^|\s)(?:my|our|mon|ma|notre)\s$/iu.test(text.slice(Math.max(0, m.index - 6), m.index));
    // After a kinship title a word acting as a person is a name ("Dadi Kamla won't touch the hospital
    // food"), not only before the verbs PERSONISH_AFTER knows (not "Baba Yaga costume contest").
    const kinActs = kin && use(PERSON_USE).test(text.slice(span[1], span[1] + 40));
    if (!isGiven(first) && !surname && !(words.length === 1 && personOnly && (unknownName(use, text, span[0], span[1], kinActs) || isSurnameTag(first)))) continue;
    // "Our robot is named Dolly", "notre vieux chariot, surnommé « Omer »": a thing given a name.
    if (NAMING.test(m[0]) && THING_NAMED(lowerSlice(ctx, Math.max(0, m.index - 40), m.index), ctx.latin)) continue;
    // "the whole unit calls her Nan": an English kinship word is what everyone's grandmother is called.
    if (/^(?:calls?|we call)\s/iu.test(m[0]) && words.length === 1 && KIN_NICKNAME.test(words[0]!, ctx.latin)) continue;
    add(kin ? m.index : span[0], span[1], 'cue', words.length === 1);
  }
  for (const m of capitalCues(ctx, RELATIVE)) {
    // "the daughter X" needs a patient nearby; "sa fille Josée" (someone else's daughter) a care post.
    if (/^the\s/iu.test(m[0]) && !patientContext(ctx, m.index)) continue;
    if (/^(?:son|sa|ses|leur|leurs)\s/iu.test(m[0]) && !clinicalContext(ctx, m.index)) continue;
    // "Walter's wife Joan": the one possessing is a person by name, in a care post.
    const owner = use(OWNER).exec(m[0]);
    if (owner && !/^(?:her|his|their|the|patient|pt)$/iu.test(owner[1]!)) {
      if (!use(CAPITAL_START).test(owner[1]!) || vocabulary(use, owner[1]!) || PERSON_WORD.test(owner[1]!, ctx.latin) || !clinicalContext(ctx, m.index)) continue;
      if (NOT_PATIENT_BEFORE(lowerSlice(ctx, Math.max(0, m.index - 24), m.index), ctx.latin)) continue;
    }
    const start = m.index + m[0].length;
    const span = nameAt(use, text, start);
    if (!span) continue;
    add(span[0], span[1], 'relative', !/\s/u.test(text.slice(span[0], span[1])));
  }
  // '"Tell my daughter Linda I love her," he said': inside someone else's quoted words, "my" is the
  // speaker's, not the author's, and their relative's name is told as in any care story.
  if (QUOTE_CHAR.test(text)) {
    for (const m of matchAll(text, use(QUOTED_KIN))) {
      const start = m.index + m[0].length;
      const span = nameAt(use, text, start);
      if (!span || !insideQuote(text, m.index) || taken(span[0], span[1])) continue;
      const words = splitWords(text.slice(span[0], span[1]));
      if (!isGiven(token(words[0]!)) && !(words.length === 1 && unknownName(use, text, span[0], span[1]))) continue;
      const i = sentenceIndex(ctx, m.index);
      if (!careAnywhere(ctx) || has(ctx, i, 'news') || !['care', 'family'].includes(subjectOf(ctx, i))) continue;
      out.push({ start: span[0], end: span[1], kind: 'relative', partial: words.length === 1 });
    }
  }
  for (const m of hasInitial ? matchAll(text, use(INITIALS)) : []) {
    const surname = m[0].replace(use(INITIALS_LEAD), '');
    if (JOURNAL.has(surname.toLowerCase()) || SPECIES.test(surname, ctx.latin) || vocabulary(use, surname)) continue;
    if (SIZES_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    // "H. Singh hall 3", "K. Osei chair 6": an ED board or a handover lists its patients by where they lie.
    if (!patientContext(ctx, m.index) && !(BOARD_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24)) && clinicalContext(ctx, m.index))) continue;
    add(m.index, m.index + m[0].length, 'initials', false);
  }
  if (hasInitial) {
    for (const m of matchAll(text, use(TITLE_INITIAL))) {
      if (!patientContext(ctx, m.index) && !clinicalContext(ctx, m.index)) continue;
      add(m.index, m.index + m[0].length, 'titled', true);
    }
    for (const m of matchAll(text, use(GIVEN_INITIAL))) {
      if (!isGiven(token(m[1]!)) || vocabulary(use, m[1]!) || !patientContext(ctx, m.index)) continue;
      add(m.index, m.index + m[0].length, 'given', false);
    }
  }
  for (const m of use(TITLE_LETTER_HINT).test(text) ? matchAll(text, use(TITLE_LETTER)) : []) {
    // "Mr. T was my favourite show": a letter alone names a patient on a unit's list, by a bed or an event.
    const end = m.index + m[0].length;
    // The title itself is no patient word here (it would vouch for itself).
    const cared = around(ctx, m.index, 1, 'patient', 'encounter') && !has(ctx, sentenceIndex(ctx, m.index), 'news');
    if (!cared && !(clinicalContext(ctx, m.index) && (LETTER_BED_AFTER.test(text.slice(end, end + 16)) || eventAt(ctx, end)))) continue;
    add(m.index, end, 'titled', true);
  }
  for (const m of midCapital(ctx) ? matchAll(text, use(THANKED)) : []) {
    const start = m.index + m[0].length - m[2]!.length;
    const span = trimName(use, text, start, m[2]!);
    if (!span) continue;
    const after = text.slice(span[1], span[1] + 80);
    const share = use(SHARE_AFTER).test(after);
    // A first name with family could be a colleague's ("Sarah and her family hosted the BBQ"):
    // it needs a patient nearby; a title in a clinical post is already a patient's.
    // "So proud of Tyrese and his mom": pride in a child with their parent, in a care post, away from colleagues.
    const proud = /^(?:so\s)?(?:proud|fiers?|fières?)\s/iu.test(m[0]);
    const cared = m[1] ? clinicalContext(ctx, m.index) : patientContext(ctx, m.index) || (proud && clinicalContext(ctx, m.index) && !colleagueNear(ctx, m.index));
    // "Merci à Yvon de Lac-Etchemin pour le sirop": thanked by their town, not their team, in a care post, a patient.
    const townOf = !m[1] && use(TOWN_AFTER).test(after) && (isGiven(token(firstWord(m[2]!))) || unknownName(use, text, span[0], span[1])) && clinicalContext(ctx, m.index) && !colleagueNear(ctx, m.index);
    if (!share && !townOf && !(use(WITH_FAMILY_AFTER).test(after) && cared)) continue;
    add(start - m[1]!.length, span[1], m[1] ? 'titled' : 'cue', !m[1] && !/\s/u.test(text.slice(span[0], span[1])), townOf);
  }
  if (text.includes('(') || RELATION_WORD_LOWER.test(text)) {
    for (const m of matchAll(text, use(NAME_RELATION))) {
      if (vocabulary(use, firstWord(m[0]))) continue;
      // "just outside Sheet Harbour, her husband following": after a place word, an unlisted name is the town.
      if (!isGiven(token(firstWord(m[0]))) && PLACE_PREP_BEFORE(text.slice(Math.max(0, m.index - 10), m.index), ctx.latin)) continue;
      // A handover line: the bracketed relation plus a bed, a call or a decision is enough.
      if (!clinicalContext(ctx, m.index) && !around(ctx, m.index, 1, 'unit', 'timeFrame', 'event')) continue;
      // The relation in brackets says who the person is, even after "spoke with".
      add(m.index, m.index + m[0].length, 'relative', !/\s/u.test(m[0]), true);
    }
  }
  for (const m of matchAll(text, use(LOWER_TITLED))) add(m.index, m.index + m[0].length, 'titled', true);
  if (CAPS_TITLE_HINT.test(text)) {
    for (const m of matchAll(text, CAPS_TITLED)) {
      // "MADAME GERMAINE TREMBLAY-SIMARD DE LA CHAMBRE 208": the name ends at the first ordinary word.
      let end = m.index + m[0].length - m[1]!.length;
      const from = end;
      for (const w of splitWords(m[1]!)) {
        if (vocabulary(use, w) || IS_PARTICLE.test(w.toLowerCase())) break;
        end = text.indexOf(w, end) + w.length;
      }
      if (end === from || !(clinicalContext(ctx, m.index) || patientContext(ctx, m.index))) continue;
      add(m.index, end, 'titled', false);
    }
  }
  if (LOWER_BED_HINT.test(text)) {
    for (const m of matchAll(text, use(LOWER_BED))) {
      const word = m[2] ?? m[1]!;
      // A listed first name ("jaxon in cubicle 6"), or an initial with a surname ("j. whitfield in rm 12").
      if (vocabulary(use, word) || PERSON_WORD.test(word, ctx.latin) || (m[2] === undefined && (!GIVEN_NAMES.has(word) || AMBIGUOUS_GIVEN.has(word)))) continue;
      add(m.index, m.index + m[0].length, 'given', m[2] === undefined);
    }
  }
  for (const m of capitalCues(ctx, KNOW_CUE)) {
    const start = m.index + m[0].length;
    const span = nameAt(use, text, start);
    if (!span) continue;
    const words = splitWords(text.slice(span[0], span[1]));
    // "We lost Oluwaseun last night": after "lost" or "miss", a time or the sentence's end says it is a person.
    const lostAt = /^(?:lost|miss|on a perdu|nous avons perdu|j'ai perdu|on vient de perdre|nous venons de perdre)\s$/iu.test(m[0]) && use(LOST_AFTER).test(text.slice(span[1], span[1] + 24));
    // After a care verb ("took care of Kwame today") an unlisted name counts when a patient is near.
    // "Extubated Lachlan today": what is done only to a patient needs no other care word.
    const careVerb = m[2] !== undefined && CARE_VERB.test(m[0]);
    const cared = (m[2] !== undefined || m[1] !== undefined) && words.length === 1 && unknownName(use, text, span[0], span[1]) && (careVerb || patientContext(ctx, m.index));
    if (!isGiven(token(words[0]!)) && !(lostAt && words.length === 1 && unknownName(use, text, span[0], span[1])) && !cared) continue;
    if (words.length > 1 && isPublicSurname(token(words[words.length - 1]!))) continue;
    if ((!careVerb && !clinicalContext(ctx, m.index)) || has(ctx, sentenceIndex(ctx, m.index), 'news')) continue;
    // "Saw Mary Jones (DOB ...)": a clinician's encounter verb before a full name is a patient;
    // a first name alone after it ("saw Sarah from IT") needs a patient nearby.
    if (m[2] && words.length === 1 && !careVerb && !patientContext(ctx, m.index)) continue;
    // "Remembering Janet today, the best charge nurse I ever had": a memorial for one of us.
    if (m[1] && (around(ctx, m.index, 1, 'clinician') || use(COLLEAGUE_NEAR).test(text.slice(m.index, m.index + 160))) && !patientContext(ctx, m.index)) continue;
    // "I sat with Bernadette and Colm in the family room": one sits with a patient or their
    // family, so the "with" before the name does not make it a speaker or a co-author.
    add(span[0], span[1], 'cue', words.length === 1, /^sat with\s$/iu.test(m[0]));
  }
  for (const m of capitalCues(ctx, VOCATIVE)) {
    const start = m.index + m[0].length;
    const title = /^(?:Mr|Mrs|Ms|Mme|Mlle|M|Monsieur|Madame)\.?\s/u.exec(text.slice(start, start + 12));
    const from = start + (title ? title[0].length : 0);
    const span = nameAt(use, text, from);
    if (!span || !careAnywhere(ctx)) continue;
    // Birthdays, "miss you" and "welcome home" are also said to colleagues: those need a patient nearby.
    // "Thanks, Zara. Eleven days in bed 4 and you...": care given to her, or her bed, says so as well.
    // "Happy 104th birthday to Gladys", "Bonne fête à Réjeanne qui a 102 ans": in a care post, one
    // who turns 90 or more is a resident, not one of us (the author's own grandmother is "my").
    const cared = patientContext(ctx, m.index) || careNear(ctx, m.index) || (OLD_BIRTHDAY.test(m[0] + text.slice(span[1], span[1] + 30)) && !authorKin(ctx, start) && !use(AUTHOR_WORD).test(m[0]));
    if (SOCIAL_VOCATIVE.test(m[0]) && !cared) continue;
    // "Rest easy, Gary. Best paramedic partner I ever had": one of us.
    if ((around(ctx, m.index, 1, 'clinician') || use(COLLEAGUE_NEAR).test(text.slice(m.index, m.index + 160)) || COLLEAGUE_DAY.test(foldedLower(ctx).slice(m.index, m.index + 160))) && !cared) continue;
    if (/^keep\s$/iu.test(m[0]) && !use(KEEP_AFTER).test(text.slice(span[1], span[1] + 30))) continue;
    // "Dear Shirin, if you ever see this": a letter's greeting, the name then a comma ("dear colleagues" takes none).
    if (/^(?:dear|cher|chère)\s$/iu.test(m[0]) && text[span[1]] !== ',') continue;
    const words = splitWords(text.slice(span[0], span[1]));
    if (!title && !isGiven(token(words[0]!)) && !(words.length === 1 && unknownName(use, text, span[0], span[1]))) continue;
    add(start, span[1], title ? 'titled' : 'cue', !title && words.length === 1);
  }
  if (/['’]s\s/u.test(text)) {
    for (const m of matchAll(text, use(POSSESSIVE_RELATIVE))) {
      const end = m.index + m[1]!.length;
      const words = splitWords(m[1]!);
      const known = isGiven(token(words[0]!)) || (words.length > 1 && isSurnameTag(token(words[1]!)));
      // "Cobbler's children": an unlisted word with the kids or the family needs a patient nearby.
      const loose = /['’]s\s(?:kids|children|family)\b/u.test(m[0]);
      if (!clinicalContext(ctx, m.index) || !(known || (words.length === 1 && unknownName(use, text, m.index, end) && (!loose || around(ctx, m.index, 1, 'patient', 'encounter', 'title', 'unit'))))) continue;
      const span = trimName(use, text, m.index, m[1]!);
      if (span) add(span[0], span[1], 'relative', words.length === 1);
    }
  }
  if (/[Ff]amil|\s(?:twins|triplets|quads|quadruplets|boys|girls|kids|baby)\b/u.test(text)) {
    for (const m of matchAll(text, use(FAMILY_NAME))) {
      const n = (m[1] ?? m[2])!;
      const start = m.index + m[0].indexOf(n);
      if (isGiven(token(n)) || !unknownName(use, text, start, start + n.length, true) || !patientContext(ctx, m.index)) continue;
      add(start, start + n.length, 'surname', true);
    }
  }
  if (/\d/u.test(text) || AGE_WORD_HINT.test(text)) {
    for (const m of matchAll(text, use(NAME_AGE))) {
      const end = m.index + m[1]!.length;
      // An age set beside a name describes a person: a care post anywhere is enough, except
      // after "is" or "a" ("Linda is 50 today!"), which asks for care words close by.
      // "J'ai 34 ans", "C'est": a French elision, not a name.
      if (use(ELISION).test(m[1]!)) continue;
      const loose = m[2] === undefined;
      if (!(loose ? careAnywhere(ctx) : around(ctx, m.index, 2, 'patient', 'encounter', 'clinical', 'title', 'unit'))) continue;
      // "Dorothy Mae Evans, 98,": a listed surname after a capitalised word (checked below) is one too.
      const surname = isSurnameTag(token(m[1]!)) && CAPITAL_WORD_BEFORE_ANY.test(text.slice(Math.max(0, m.index - 24), m.index));
      if (!(isGiven(token(m[1]!)) || surname || unknownName(use, text, m.index, end, true))) continue;
      // An age in words is also a count ("Hawaiian, two, pepperoni, three"): only after a listed first name.
      if (AGE_WORD_AFTER.test(text.slice(end, end + 40)) && (!isGiven(token(m[1]!)) || vocabulary(use, m[1]!))) continue;
      const i = sentenceIndex(ctx, m.index);

      // "Femme, 29 ans", "Farmer, 58,": a person described, not named.
      if (PERSON_NOUN.test(m[1]!, ctx.latin) || OCCUPATION_SET.has(token(m[1]!))) continue;
      // "Biscuit, 14, a very elderly dachshund", "Pistache, 13 ans, notre vieux chat": a pet.
      if (aboutPet(ctx, i)) continue;
      // "Harvey, 9. Best therapy dog in the building.": an age closed by a full stop leaves who
      // it is to the next sentence.
      if (AGE_STOPPED.test(text.slice(end, end + 6)) && i + 1 < ctx.sentences.length && aboutPet(ctx, i + 1)) continue;
      // "Arthur. 97. Still sharp.": a name and an age as sentences of their own, only where the name opens one.
      if (NAME_STOP_AGE.test(text.slice(end, end + 6)) && !/(?:^|[.!?:]\s+|\n\s*)$/u.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
      // "un pêcheur de Shippagan, 62 ans": after "de", "from" or "in" it is the patient's town.
      if (PREP_BEFORE(lowerSlice(ctx, Math.max(0, m.index - 8), m.index), ctx.latin)) continue;
      // "Château Frontenac, 1, rue...": the last word of a longer proper name, unless that name
      // opens on a first name ("Amara Osei, 11, of Brantford").
      // "Willem Van der Berg, 92,": the first name before a surname's particles.
      let prev = use(CAPITAL_WORD_BEFORE).exec(text.slice(Math.max(0, m.index - 24), m.index)) ?? use(PARTICLES_BEFORE).exec(text.slice(Math.max(0, m.index - 40), m.index));
      if (prev && OPENER.test(prev[1]!)) prev = null;
      // "Mama Grace, 88,": a kinship nickname before the name is part of it. "Nettie Strongeagle,
      // 89,": an unlisted first name may open it too, where a two- or three-digit age closed by a
      // comma follows (not "Château Frontenac, 1, rue").
      // "Dorothy Mae Evans, 98,": a listed first name before a middle name opens the name.
      let head = 0;
      if (prev) {
        const before = use(CAPITAL_WORD_BEFORE).exec(text.slice(Math.max(0, m.index - prev[0].length - 24), m.index - prev[0].length));
        if (before && isGiven(token(before[1]!)) && !vocabulary(use, before[1]!) && !OPENER.test(before[1]!)) head = before[0].length;
      }
      const unlisted = prev !== null && LONG_AGE_APPOSED.test(text.slice(end, end + 6)) && !PLACE_HEAD.test(prev[1]!) && !TOWN_HEAD.test(prev[1]!) && !PERSON_WORD.test(prev[1]!, ctx.latin) && (head > 0 || !CAPITAL_WORD_BEFORE_ANY.test(text.slice(Math.max(0, m.index - prev[0].length - 24), m.index - prev[0].length))) && unknownName(use, text, m.index - prev[0].length, m.index - prev[0].length + prev[1]!.length, true);
      if (prev && !(isGiven(token(prev[1]!)) && !vocabulary(use, prev[1]!)) && !KIN_NICKNAME.test(prev[1]!, ctx.latin) && !unlisted) continue;
      // An age beside the name says who it is, even after "congratulations to".
      const clinician = /\b(?:dr|dre|doctor|docteure?|nurse|prof)\.?\s$/iu.test(text.slice(Math.max(0, m.index - 24), m.index - (prev ? prev[0].length : 0)));
      add(prev ? m.index - prev[0].length - head : m.index, end, 'given', !prev, !clinician);
    }
  }
  if (use(LOWER_TITLED_HINT).test(text)) {
    for (const m of matchAll(text, use(LOWER_TITLED_ANY))) {
      const word = m[0].replace(use(TITLE_AND_INITIAL), '');
      if (vocabulary(use, word) || COMMON_FR.test(word)) continue;
      // "Un monsieur arrive avec sa fille", "la madame du 4": after a determiner the title is a noun, the word after it a verb.
      if (NOUN_TITLE_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
      const nameEnd = m.index + m[0].length - (/['’]s$/u.test(word) ? 2 : 0);
      // Typed in lower case the title is no 'title' signal, so what happens to the person says it: an event right
      // after the name or after where they live ("mme tremblay du 3e a encore fait une chute").
      const at = use(RESIDENT_AT_Y).exec(text.slice(nameEnd, nameEnd + 40));
      const evented = eventAt(ctx, nameEnd) || (at !== null && eventAt(ctx, nameEnd + at[0].length));
      if (!patientContext(ctx, m.index) && !evented) continue;
      add(m.index, m.index + m[0].length, 'titled', true);
    }
  }
  if (text.includes(' à ')) {
    for (const m of matchAll(text, use(A_OWNER))) {
      const start = m.index + m[0].length - m[2]!.length;
      const span = trimName(use, text, start, m[2]!);
      if (!span || A_OWNER_WORK.test(m[1]!)) continue;
      const words = splitWords(text.slice(span[0], span[1]));
      const t = token(words[0]!);
      // A relative or a thing of care ("la fille à", "les pilules à") is only ever a person's: an unlisted name will do.
      const personal = A_OWNER_CARE.test(m[1]!);
      if (!(isGiven(t) || (personal && words.length === 1 && unknownName(use, text, span[0], span[1]))) || AMBIGUOUS_GIVEN.has(t) || vocabulary(use, words[0]!) || townNamed(text.slice(span[0], span[1])) || isLargeAreaTag(t)) continue;
      if (!(personal ? careAnywhere(ctx) || around(ctx, m.index, 1, 'timeFrame', 'event', 'unit') : clinicalContext(ctx, m.index))) continue;
      add(span[0], span[1], 'cue', words.length === 1);
    }
  }
  if (RELATION_WORD.test(text)) for (const m of matchAll(text, use(RELATION_LEAD))) {
    const start = m.index + m[0].length;
    const span = nameAt(use, text, start);
    if (!span || !clinicalContext(ctx, m.index)) continue;
    // "Sister Marie-Thérèse Cormier founded our unit", "Frère André": a religious or a ward
    // sister's title before a full name, where a handover's "Sister Anne wants updates" names one word.
    if (/(?:Sister|Sœur|Soeur|Brother|Frère)\s$/u.test(m[0]) && /\s/u.test(text.slice(span[0], span[1]))) continue;
    add(span[0], span[1], 'relative', !/\s/u.test(text.slice(span[0], span[1])));
  }
  if (ROOM_NUMBER.test(text)) {
    for (const m of matchAll(text, use(NAME_ROOM))) {
      const span = trimName(use, text, m.index, m[0]);
      // "Little Jaxon from bed 3": an endearment before the given name, not a place's "Little Current".
      const fond = /^(?:Little|Old|Baby|Petite?|Bébé)\s(\p{Lu}\p{Ll}+)$/u.exec(m[0]);
      if (fond && (isGiven(token(fond[1]!)) || !(vocabulary(use, fond[1]!) || isPublicSurname(token(fond[1]!)) || isLargeAreaTag(token(fond[1]!)) || NOT_PLACES.has(token(fond[1]!)) || townNamed(m[0])))) {
        const at = m.index + m[0].length - fond[1]!.length;
        add(at, at + fond[1]!.length, 'cue', true);
        continue;
      }
      // "Dot (rm 12)": a bracketed bed or room in lower case is a care list already (a talk's "(Room 204)" is capitalised).
      const bracketed = BRACKETED_BED.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16));
      if (!span || !(bracketed || clinicalContext(ctx, m.index)) || PLACE_HEAD.test(firstWord(m[0])) || ROOM_KIND.test(firstWord(m[0])) || PERSON_IN_BED.test(firstWord(m[0]))) continue;
      // "Evelyn in 12": a bare number is a room only after a name we know, not after "Meet" or "Toronto".
      const words = splitWords(text.slice(span[0], span[1]));
      if (m[1] !== undefined && !(isGiven(token(words[0]!)) || isSurnameTag(token(words[words.length - 1]!)))) continue;
      // "F/96 from Shediac in room 318": after a preposition it is the patient's town.
      const loose = m[1] !== undefined || /^,?\s(?:in|from|au|dans|de|du)\s/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8));
      if (loose && PREP_BEFORE(lowerSlice(ctx, Math.max(0, m.index - 8), m.index), ctx.latin)) continue;
      add(span[0], span[1], 'surname', !/\s/u.test(text.slice(span[0], span[1])));
    }
  }
  // "GAUTHIER in room 4 wants to know...": a surname in capitals, as the ward board and the
  // handover write it, before the room its owner lies in.
  if (CAPS_CUE.test(text)) {
    for (const m of matchAll(text, CAPS_ROOM)) {
      const t = token(m[0]);
      // An unlisted surname does what only people do once in its bed ("BOUCHER in room 9 wants to know..."), where an order or a unit does not.
      const bed = CAPS_BED_AFTER.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 24));
      const acts = m[0].length > 4 && bed !== null && use(HUMAN_ACT).test(text.slice(m.index + m[0].length + bed[0].length, m.index + m[0].length + bed[0].length + 40));
      if (vocabulary(use, m[0]) || !(isSurnameTag(t) || listedGiven(t) || acts) || notInCare(ctx, sentenceIndex(ctx, m.index))) continue;
      add(m.index, m.index + m[0].length, 'surname', true);
    }
  }
  if (commaName(ctx)) {
    for (const m of matchAll(text, use(SURNAME_GIVEN))) {
      const [, sur, given] = m;
      if (vocabulary(use, sur!) || vocabulary(use, given!) || !isGiven(token(given!))) continue;
      const upper = !use(ANY_LOWER).test(sur!);
      // On a requisition line the record items after it say enough; otherwise a known surname in a care post.
      const record = use(RECORD_AFTER).test(text.slice(m.index + m[0].length, m.index + m[0].length + 12));
      if (!record && (upper || !(isSurnameTag(token(sur!)) && clinicalContext(ctx, m.index)))) continue;
      add(m.index, m.index + m[0].length, 'surname', false);
    }
  }
  if (RECORD_WORD.test(text)) {
    for (const m of matchAll(text, use(NAME_RECORD))) {
      const span = trimName(use, text, m.index, m[1]!);
      if (!span) continue;
      const words = splitWords(text.slice(span[0], span[1]));
      if (words.length < 2 || PLACE_HEAD.test(words[0]!) || words.some((w) => isLargeAreaTag(token(w)) || isPublicSurname(token(w)))) continue;
      // "R. Nazarian's MRN", "J. Hwang, born 1958": an initial with a surname, as on a requisition.
      const last = words[words.length - 1]!;
      if (/\.$/u.test(words[0]!) && (JOURNAL.has(last.toLowerCase()) || SPECIES.test(last, ctx.latin) || vocabulary(use, last))) continue;
      add(span[0], span[1], 'surname', false);
    }
  }
  // A bed then a surname, in a care post, as a ward board or a handover lists its patients.
  if (BED_FIRST_HINT.test(text)) {
    const board: Array<[number, number, boolean, boolean]> = [];
    for (const m of matchAll(text, BED_FIRST)) {
      const [, lead, sur, initial] = m as unknown as [string, string, string, string];
      const t = token(sur);
      const start = m.index + m[0].length - sur.length - initial.length;
      if (sur.length < 3 || vocabulary(use, sur) || ROOM_KIND.test(sur) || PERSON_IN_BED.test(sur) || BED_PLACE_WORD.test(sur) || PLACE_HEAD.test(sur)) continue;
      if (isLargeAreaTag(t) || NOT_PLACES.has(t) || isPublicSurname(t) || eponymAt(text, start, start + sur.length, sur)) continue;
      if (!clinicalContext(ctx, m.index) || notInCare(ctx, sentenceIndex(ctx, m.index))) continue;
      // A word after a bed is as often an order ("NPO"), a place ("Window") or a state as a name:
      // alone it must be a known surname or first name or carry an initial; on a board of two
      // beds or more, the form of the line says it (a capitalised word that is no vocabulary).
      const known = !!(initial || lead) || isSurnameTag(t) || listedGiven(t);
      board.push([start - lead.length, start + sur.length + initial.length, known, !initial && !lead]);
    }
    for (const [s, e, known, partial] of board) if (known || (board.length > 1 && /\p{Ll}/u.test(text.slice(s, e)))) add(s, e, 'surname', partial);
  }
  if (/\b(?:patiente?|r[ée]sidente?|clients?|clientes?|doyenne?)\b/u.test(text)) {
    for (const m of matchAll(text, use(PATIENT_APPOSED))) {
      const span = trimName(use, text, m.index, m[1]!);
      if (span && careAnywhere(ctx)) add(span[0], span[1], 'cue', !/\s/u.test(text.slice(span[0], span[1])), true);
    }
  }
  if (text.includes('#')) findHashtagNames(ctx, add);
  findSpokenTo(ctx, add);
  if (commaName(ctx) || use(NAME_COMMA).test(text)) findAddressed(ctx, add);
  findEventNames(ctx, add);
  findResidents(ctx, add);
  findBareNames(ctx, out, add);
  findOpeners(ctx, out, add);
  if (!use(SENTENCE_CAPITAL).test(text)) findLowerNames(ctx, add);
  if (out.length) findRepeats(ctx, out, add);
  const staff = staffNames(ctx);
  const titledStaffWords = titledStaff(ctx);
  const staffWord = (h: NameHit, set: ReadonlySet<string>) => splitWords(text.slice(h.start, h.end)).some((w) => set.has(token(w)));
  // "Tommy Douglas would be shocked at our wait times": a public figure by full name.
  const kept = out.filter((h) => !isPublicFullName(text.slice(h.start, h.end))
    && (!staff.size || h.kind === 'titled' || !staffWord(h, staff))
    && (!titledStaffWords.size || !staffWord(h, titledStaffWords)));
  return kept.sort((a, b) => a.start - b.start);
}

/** Words that open a sentence before a name: "Meet Raj, 8,". */
const OPENER = words(String.raw`Meet|Welcome|Congrats|Congratulations|Thanks|Hi|Hey|Say|Introducing|Voici|Rencontrez|Bienvenue|Félicitations|Bravo|Merci`);
const TITLE_WORD = /^(?:Mr|Mrs|Ms|Mx|Miss|Mme|Mlle|M|Monsieur|Madame|Mademoiselle|monsieur|madame|mademoiselle)\.?$/u;
const CAP_SINGLE = rx(String.raw`${CAPITAL_AHEAD}(?<![\p{L}\p{N}@#_'’])${NAME}(?![\p{L}\p{N}_])`, 'gu');
// "pis": the spoken Quebec and Acadian "and" ("Aldéric pis Marie-Rose").
const AND_NAME_AFTER = rx(String.raw`^\s(?:and|&|et|pis)\s(${NAME})(?![\p{L}\p{N}_])`, 'u');
/**
 * The next member of a list a name is in ("Gérard, Yolande, Marcel pis Ti-Rouge", "Marlene and
 * Doug Friesen"): a comma or a conjunction, then one or two capitalised words. Group 1 is the
 * separator (a comma member only counts when the list is later closed by a conjunction: "Mrs.
 * Kaur, Toronto" is her town), group 2 the member.
 */
const LIST_NEXT = rx(String.raw`^(,\s(?:(?:and|et|pis)\s)?|\s(?:and|&|et|pis)\s)(${NAME}(?:\s${NAME})?)(?![\p{L}\p{N}_'’])`, 'u');
/** The member before a name in such a list ("Bertha, Delphine and Mae"). */
const LIST_PREV = rx(String.raw`(?<![\p{L}\p{N}@#_'’.-])(${NAME}(?:\s${NAME})?)(,\s|\s(?:and|&|et|pis)\s)$`, 'u');

/**
 * A person named once in a care story is the same person when the post names them again
 * ("Mrs. Florence Abernathy turned 105 ... Florence grew up in Wawa", "Congratulations,
 * Bobby!"), and "Kaitlyn and Josh", "Harvey et Rita": a listed first name joined to a name found.
 */
function findRepeats(ctx: RuleContext, out: NameHit[], add: (s: number, e: number, k: NameHit['kind'], p: boolean) => void): void {
  const use = formsOf(ctx);
  const { text } = ctx;
  const known = new Set<string>();
  const ambiguous = new Set<string>();
  const found = [...out];
  for (const h of found) {
    for (const w of splitWords(text.slice(h.start, h.end).replace(/["“”()]/gu, ' '))) {
      const t = token(w);
      if (!w || TITLE_WORD.test(w) || t.length < 3 || /\./u.test(w) || IS_PARTICLE.test(t) || !use(CAPITAL_START).test(w)) continue;
      if (vocabulary(use, w) || isPublicSurname(t) || isLargeAreaTag(t) || NOT_PLACES.has(t)) continue;
      // "Florence", "Grace": also places and words; only from a full name, and never after "in" or "at".
      if (AMBIGUOUS_GIVEN.has(t)) {
        if (!/\s/u.test(text.slice(h.start, h.end))) continue;
        ambiguous.add(t);
      }
      known.add(t);
    }
    findListed(ctx, h, add);
  }
  if (!known.size) return;
  for (const m of matchAll(text, use(CAP_SINGLE))) {
    const t = token(m[0]);
    if (!known.has(t)) continue;
    if (ambiguous.has(t) && PREP_BEFORE(lowerSlice(ctx, Math.max(0, m.index - 8), m.index), ctx.latin)) continue;
    add(m.index, m.index + m[0].length, 'given', true);
  }
}

/**
 * The span of a list member that names a person like the one found beside it: a listed first
 * name, or a listed surname, with the surname after it; or, in a list of three or more, any
 * word that could be a name (nicknames and surnames the lists lack: "Ti-Rouge", "Delorme").
 */
function listMember(ctx: RuleContext, start: number, member: string, long: boolean): [number, number] | null {
  const use = formsOf(ctx);
  const words = splitWords(member);
  const first = words[0]!;
  const t = token(first);
  if (vocabulary(use, first) || TITLE_WORD.test(first) || PERSON_WORD.test(first, ctx.latin) || PLACE_HEAD.test(first)) return null;
  const known = isGiven(t) || isSurnameTag(t);
  if (!known && !(long && unknownName(use, ctx.text, start, start + first.length, true))) return null;
  const second = words[1];
  const two = second !== undefined && !vocabulary(use, second) && !isPublicSurname(token(second)) && !isLargeAreaTag(token(second)) && !NOT_PLACES.has(token(second));
  return [start, start + (two ? member.length : first.length)];
}

/** The other members of a list a found name is in, each added when it looks like a name (listMember). */
function findListed(ctx: RuleContext, h: NameHit, add: (s: number, e: number, k: NameHit['kind'], p: boolean) => void): void {
  const use = formsOf(ctx);
  const { text } = ctx;
  const after: Array<[number, string, boolean]> = [];
  let closed = false;
  for (let at = h.end, k = 0; k < 8; k++) {
    const m = use(LIST_NEXT).exec(text.slice(at, at + 60));
    if (!m) break;
    const conj = m[1] !== ', ';
    after.push([at + m[1]!.length, m[2]!, conj]);
    at += m[0].length;
    if (conj) {
      closed = true;
      break;
    }
  }
  const before: Array<[number, string, boolean]> = [];
  for (let at = h.start, k = 0; k < 8; k++) {
    const m = use(LIST_PREV).exec(text.slice(Math.max(0, at - 60), at));
    if (!m) break;
    const start = at - m[0].length;
    before.push([start, m[1]!, m[2] !== ', ']);
    at = start;
  }
  // A conjunction in the list (after the name, or right before it) makes the commas an enumeration.
  if (!closed) closed = before.length > 0 && before[0]![2];
  const members = [...before, ...after].filter(([, , conj]) => conj || closed);
  const long = before.length + after.length >= 2 && closed;
  for (const [start, member] of members) {
    const span = listMember(ctx, start, member, long);
    if (span) add(span[0], span[1], 'given', span[1] - span[0] === splitWords(member)[0]!.length);
  }
}

/**
 * The same person named again, and the rest of their list, around a name only the learned
 * tagger read ("Honey's granddaughter ... Honey was our longest-stay resident", "patients
 * Ernestine, Gilbert and Isadore"): the readings findRepeats and findListed give the rules'
 * names, seeded with the tagger's. Only beside a name already reported, so no post that was
 * clear is flagged by them.
 */
const SENTENCE_OPEN = /(?:^|[.!?:]\s+|\n\s*)$/u;
export function learnedNeighbours(ctx: RuleContext, seeds: ReadonlyArray<{ start: number; end: number }>): Array<{ start: number; end: number }> {
  const { text } = ctx;
  const rules = findNames(ctx);
  const out: Array<{ start: number; end: number }> = [];
  const taken = (s: number, e: number) => [seeds, rules, out].some((l) => l.some((o) => s < o.end && o.start < e));
  const add = (start: number, end: number) => {
    if (/[’']s$/u.test(text.slice(start, end))) end -= 2;
    if (end <= start || taken(start, end) || excluded(ctx, start, end)) return;
    out.push({ start, end });
  };
  const said = new Set<string>();
  for (const s of seeds) {
    findListed(ctx, { start: s.start, end: s.end, kind: 'given', partial: false }, (a, b) => add(a, b));
    for (const w of splitWords(text.slice(s.start, s.end))) {
      const bare = dropPossessive(w.replace(/^[dlDL]['’]/u, ''));
      if (bare.length >= 3 && !TITLE_WORD.test(bare)) said.add(bare);
    }
  }
  const use = formsOf(ctx);
  for (const w of said) {
    // "Noël porte son chandail de Noël", "Demandez ... Demandez": a word that is also a name is
    // the word again at a sentence's start and after a preposition or an article.
    const word = vocabulary(use, w) || !isGiven(token(w));
    for (let at = text.indexOf(w); at !== -1; at = text.indexOf(w, at + w.length)) {
      const end = at + w.length;
      if (/[\p{L}\p{N}@#_-]/u.test(text[at - 1] ?? '') || /[\p{L}\p{N}_-]/u.test(text[end] ?? '')) continue;
      if (word && ((SENTENCE_OPEN.test(text.slice(Math.max(0, at - 3), at)) && !use(PERSONISH_AFTER).test(text.slice(end, end + 12))) || PREP_BEFORE(lowerSlice(ctx, Math.max(0, at - 8), at), ctx.latin) || NOUN_TITLE_BEFORE.test(text.slice(Math.max(0, at - 8), at)))) continue;
      add(at, end);
    }
  }
  return out;
}

/** A post typed without capitals starts no sentence with one. */
const SENTENCE_CAPITAL = rx(String.raw`(?:^|[.!?]\s+|\n)\p{Lu}\p{Ll}`, 'u');
const LOWER_WORD = rx(String.raw`(?<![\p{L}\p{N}@#_'’])\p{Ll}{3,15}(?![\p{L}\p{N}_])`, 'gu');
/** "rip walter", "my pt bev", "his wife linda": a cue that makes a lower-case given name a person. */
const LOWER_CUE = tail(wordForms(String.raw`\b(?:rip|r\.i\.p\.?|miss you|my patient|my pt|pt|patient|patiente|sweet|poor|pauvre|little|petite?|mr|mrs|ms|mme|mlle|(?:her|his|their|son|sa)\s(?:husband|wife|son|daughter|mom|mum|dad|mother|father|mari|épouse|fils|fille|mère|père))\.?\s$`, 'iu'));

/**
 * Names typed in lower case ("rip walter. 40 years on dialysis"): in a post with no capital
 * at all, a known given name after a person cue, or acting like a person, in a care story.
 */
function findLowerNames(ctx: RuleContext, add: (s: number, e: number, k: NameHit['kind'], p: boolean) => void): void {
  const use = formsOf(ctx);
  const { text } = ctx;
  for (const m of matchAll(text, use(LOWER_WORD))) {
    const t = m[0];
    if (!GIVEN_NAMES.has(t) || AMBIGUOUS_GIVEN.has(t) || vocabulary(use, t)) continue;
    if (!clinicalContext(ctx, m.index)) continue;
    const cue = LOWER_CUE(text.slice(Math.max(0, m.index - 24), m.index), ctx.latin);
    if (!cue && !(patientContext(ctx, m.index) && use(VERB_AFTER).test(text.slice(m.index + t.length, m.index + t.length + 50)))) continue;
    add(m.index, m.index + t.length, 'given', true);
  }
}

// What a person does right after their name, read three ways: VERB_AFTER and PERSON_USE
// after a listed first name (either will do), HUMAN_ACT after an unlisted word, where a helper
// alone is not enough. They differ in strictness on purpose; the verbs they share are written
// once, in these groups.
/** Helpers said of a person as of anything else ("Hank has dementia", "Epic was down"). */
const HELPS = ['is', 'was', 'has', 'had', 'a', 'est', 'était', 'veut', 'voulait'];
/** What people do, in every reading: speak, ask, come and go, want, die. */
const ACTS = ['said', 'says', 'told', 'tells', 'asked', 'asks', 'dit', 'went', 'came', 'keeps', 'kept', 'wants', 'wanted', 'died', 'passed'];
/** What a listed name does in VERB_AFTER and PERSON_USE (HUMAN_ACT, stricter, leaves them). */
const LISTED_ACTS = ['fell', 'made', 'refuses', 'demande'];
/** Helpers and acts that PERSON_USE and HUMAN_ACT share, beyond the groups above. */
const MORE_HELPS = ['will', 'would', 'could', 'did', "didn't", 'avait', 'va', 'allait'];
const MORE_ACTS = ['ate', 'woke', 'sat', 'sits', 'sang', 'sings', 'held', 'holds', 'wore', 'stood', 'knew', 'knows', 'brought', 'brings', 'goes', 'comes', 'disait', 'vient', 'venait'];

/** A lone given name followed by what people do: "Jessica walked", "Hank has dementia". */
const VERB_AFTER = wordForms(String.raw`^(?:'s\s|\s)?(?:\s?\([^)]{0,40}\)\s?|,\s?\d{1,3},\s?)?(?:${alt(HELPS, ACTS, LISTED_ACTS)}|walked|refused|pulled|taught|from|in bed|in room|from room|from bed|in bay|on stretcher|au lit|de la chambre|\(|finally|still|just|a été|refuse|est décédée?|est tombée?|qui)\b`, 'iu');
/**
 * What a person does right after their name, in English or French: a verb ("Jeela cried",
 * "Carole a appelé", "Gaétan pis Lise se sont mariés"), a possessive or a contraction
 * ("Smokey's back"), being spoken to ("Noreen, you did that", "Ginette, si tu me lis"),
 * another name joined to it, an age or a relative clause. One test of
 * use in place of a list per phrasing: what a word does says it is a person better than
 * the word before it.
 */
const PERSON_USE = wordForms(String.raw`^(?:['’]s\s(?!\p{Lu})|,\s?(?:you|you're|you've|you'll|your|if you|tu|t'|ton|ta|si tu|vous|votre|si vous|on t')(?![\p{L}])|\s(?:and|&|et|pis)\s\p{Lu}\p{Ll}|,\s(?:\d{1,3}(?:\s?(?:ans|yo|y/o|[MF]))?,|who|qui)\s|\s(?:(?:finally|just|still|also|never|always|then|even|already|enfin|encore|toujours|jamais|aussi|déjà|lui|elle|me|nous|en|y)\s)?(?:(?:[sn]|m|l)['’](?=\p{L})|(?:${alt(HELPS, ACTS, LISTED_ACTS, MORE_HELPS, MORE_ACTS)}|can|does|doesn't|can't|won't|wasn't|isn't|hasn't|\p{Ll}{2,}ed|cried|got|gets|left|took|takes|gave|gives|makes|needs|slept|sleeps|smiled|smiles|laughed|laughs|loves|thinks|thought|ran|wrote|insists|sera|fait|faisait|pleure|pleurait|aime|aimait|sont|ont|se|ne)(?![\p{L}'’])))`, 'u');
/**
 * What only people do, after an unlisted word ("Wojtek has come", "Oksana used to visit",
 * "Rosaire pis Jeannine ont fêté"): a helper verb alone is not enough there ("Epic was down",
 * "Medicare won't cover").
 */
const HUMAN_ACT = wordForms(String.raw`^(?:['’]s\s(?:back|here|home|gone|awake|asleep|crying|asking|smiling|laughing)\b|\s(?:and|&|et|pis)\s\p{Lu}\p{Ll}|,\s\d{1,3}(?:\s?(?:ans|yo|y/o|[MF]))?,\s|\s(?:(?:${alt(HELPS, MORE_HELPS)}|never|still|just|finally|also|always|then|used to|wants to|asked to|ne|n'|se|s'|s’|lui|elle|nous|m'|nous a|m'a|a encore|est encore)\s)*(?:${alt(ACTS, MORE_ACTS)}|cr(?:y|ies|ied|ying)|smil\w*|laugh\w*|ask(?:ing)?|eats?|eating|sle(?:pt|eps?|eping)|wakes|sing|singing|hug\w*|kiss\w*|visit\w*|come|coming|going home|dies|dying|walk\w*|lov(?:es|ed)|refus\w*|insist\w*|thank\w*|call(?:s|ed)|phon\w*|drove|remember\w*|married|wait\w*|pray\w*|cook\w*|bak(?:es|ed)|knit\w*|tricot\w*|demand\w*|pleur\w*|appel\w*|mang\w*|aim(?:e|ait)|venue?s?|vient|venait|arriv\w*|partie?|repartie?|rentr\w*|dorm\w*|chant\w*|rit|riait|souri\w*|attend\w*|remerci\w*|décédée?|morte?|marié(?:e|s|es)?|mariée?s|raconte\w*|priait|prie|fêté|embrass\w*|ri|ont fêté|se sont mariés)(?![\p{L}]))`, 'u');
/** Words that open a sentence as people do, without naming anyone. */
const NOT_NAME_OPENER = foldedWords(String.raw`nobody|somebody|someone|anyone|everyone|everybody|nothing|everything|something|anything|none|each|both|neither|either|personne|quelqu'un|chacun|chacune|rien|tout|toute|tous|toutes|certains|plusieurs|lui|elle|eux|moi|toi`);
/** He, she, they, il, elle: the post tells of a third person. */
const THIRD_PERSON = /\b(?:he|she|him|his|her|hers|il|elle|lui|eux)\b/;

/**
 * Names with no cue word right before them. Three questions: is the word a name (a listed
 * given name, a listed surname after a capitalised word, or an unlisted capitalised word the
 * post uses like a person: PERSON_USE after it, never in lower case elsewhere, a third person
 * in the story); does the post tell of someone in care (the sentence, or the post as a whole
 * when only its other sentences say so: careSentence); and is it someone else than a patient
 * (careSentence's exclusions, then `excluded` in add()).
 */
function findBareNames(ctx: RuleContext, out: NameHit[], add: (s: number, e: number, k: NameHit['kind'], p: boolean) => void): void {
  const use = formsOf(ctx);
  const { text } = ctx;
  for (let i = 0; i < ctx.sentences.length; i++) {
    const s = ctx.sentences[i]!;
    const body = text.slice(s.start, s.end);
    // Whether the sentence is a care story is asked only once a word in it could be a name:
    // most sentences hold none, and the signals behind the answer are whole-post scans.
    let strong: boolean | null | undefined;
    for (const m of matchAll(body, use(CAP_WORD))) {
      const start = s.start + m.index;
      const words = splitWords(m[0]);
      const first = words[0]!;
      if (out.some((o) => start < o.end && o.start < start + m[0].length)) continue;
      // "Big Mike", "Mémère Blanche", "Ti-Gilles": a first name with the nickname a unit gives it
      // (after Big or Old only a first name we know: "Big Ben", "Old Navy"; "Ti-" makes one of any word).
      const nick = NICK_HEAD.test(first) ? (words[1] !== undefined && isGiven(token(words[1])) && !AMBIGUOUS_GIVEN.has(token(words[1])) ? m[0] : '') : use(TI_NICKNAME).test(first) && !vocabulary(use, first.slice(3)) ? first : '';
      if (nick) {
        strong ??= careSentence(ctx, i);
        if (strong === null) break;
        const end = start + nick.length;
        if (strong || use(VERB_AFTER).test(text.slice(end, end + 50)) || use(PERSON_USE).test(text.slice(end, end + 40)) || eventAt(ctx, end)) add(start, end, 'cue', true);
        continue;
      }
      if (vocabulary(use, first) || eponymAt(text, start, start + first.length, first)) continue;
      // "Fort Smith", "Port Hope", "Lake Louise": a place with a person's name in it.
      if (PLACE_HEAD.test(first)) continue;
      const second = words[1];
      const t = token(first);
      const given = isGiven(t);
      const used = !given && (second === undefined || !isSurnameTag(token(second))) && usedAsPerson(ctx, i, start, first);
      if (!given && !used && (second === undefined || !isSurnameTag(token(second)))) continue;
      strong ??= careSentence(ctx, i);
      if (strong === null) break;
      const two = !used && second !== undefined && !vocabulary(use, second) && !eponymAt(text, start + first.length + 1, start + m[0].length, second);
      if (given || used) {
        if (!two && (AMBIGUOUS_GIVEN.has(t) || isLargeAreaTag(t))) continue;
        // "in Owen Sound", "at Grace Hospital": after a preposition only a real surname keeps it a person.
        if ((!two || !isSurnameTag(token(second!))) && PREP_BEFORE(lowerSlice(ctx, Math.max(0, start - 8), start), ctx.latin)) continue;
        // Away from a patient, a lone first name must act like a person, or the story must go on
        // about him or her ("Zoé. Cinq ans. Opérée jeudi, elle a demandé...").
        if (!strong && !two && !used && !use(VERB_AFTER).test(text.slice(start + first.length, start + first.length + 50)) && !use(PERSON_USE).test(text.slice(start + first.length, start + first.length + 40)) && !referredBack(ctx, out, i, start, start + first.length)) continue;
        // Away from a patient, a colleague or a clinician near makes a lone first name one of us.
        // (RESIDENT_AT: "Ernestine du 2e nous a chanté La Bolduc" is told by the floor she lives on.)
        if (!strong && !two && colleagueNear(ctx, start)) continue;
        // "...is not how you ask about a patient, Kevin.": a name spoken to at the end of a sentence
        // is whoever reads it; the vocative tests (VOCATIVE, PERSON_USE) decide who that is.
        // "our longest-staying patient, Winnifred!" names the patient it follows.
        if (!two && /,\s$/u.test(text.slice(start - 2, start)) && /^[.!?]/u.test(text.slice(start + first.length, start + first.length + 1)) && !APPOSED_PATIENT_BEFORE(text.slice(Math.max(0, start - 60), start), ctx.latin)) continue;
        if (two && isPublicSurname(token(second!))) continue;
        add(start, two ? start + m[0].length : start + first.length, 'given', !two);
      } else if (two && !isPublicSurname(token(second!))) {
        add(start, start + m[0].length, 'surname', false);
      }
    }
  }
}

const MONTH = foldedWords(String.raw`may|june|april|august`);
/** "Kevin's third night shift in a row": a colleague's work is theirs. */
const WORK_AFTER = /^['’]s\s(?:[\p{L}-]+\s){0,2}(?:shifts?|rotation|orientation|preceptee|quart|garde)\b/iu;
/** "Rosalind Franklin would have been 106": a famous birthday, not a patient's. */
const WOULD_HAVE_BEEN = /^\s(?:would have been|would've been|aurait eu)\b/u;
/**
 * A first name that opens a sentence, told of as a person, in a care post: "Céleste fait ses
 * devoirs de cégep pendant chaque dialyse. Elle nous explique...", "Rich has decided the cardiac
 * rehab treadmill is a competitive sport. He's lapping men twenty years younger". A post about a
 * patient often opens on the first name alone, the care told in its other sentences or its
 * hashtag, where findBareNames asks for a patient word near or the name mid-sentence. What stands
 * in for them: a listed first name (or one that is also a word: Rich, Chase, Hope) acts like a
 * person right after it, the story goes on about him or her (a third person in the next
 * sentences, before any other name), and the post is about care; a colleague's news or day, or a
 * colleague near, leaves it alone. An unlisted word there was tried: on held-out posts it found
 * one name for three words that were none.
 */
function findOpeners(ctx: RuleContext, out: NameHit[], add: (s: number, e: number, k: NameHit['kind'], p: boolean) => void): void {
  const use = formsOf(ctx);
  const { text } = ctx;
  if (!careAnywhere(ctx)) return;
  const folded = foldedLower(ctx);
  for (let i = 0; i < ctx.sentences.length; i++) {
    const s = ctx.sentences[i]!;
    const start = s.start + /^[\s"“«(*-]*/u.exec(text.slice(s.start, s.end))![0].length;
    // Only the first person the post names: after another one, the pronouns may be theirs.
    if (out.some((o) => o.start < start)) return;
    const m = use(LEAD).exec(text.slice(start, Math.min(s.end, start + 70)));
    if (!m || out.some((o) => o.start < start + m[0].length && start < o.end)) continue;
    const words = splitWords(m[0]);
    // "Jo's back", "Mark's sister brought in his guitar": the possessive is what follows the name.
    const first = dropPossessive(words[0]!);
    const t = token(first);
    if (!(isGiven(t) || AMBIGUOUS_GIVEN.has(t)) || !/^\p{Lu}\p{Ll}/u.test(first) || TITLE_WORD.test(first) || PLACE_HEAD.test(first)) continue;
    if (PERSON_WORD.test(first, ctx.latin) || NOT_NAME_OPENER.test(first, ctx.latin) || MONTH.test(first, ctx.latin) || isWordLower(ctx, first)) continue;
    // Two capitalised words: the second is the surname ("Siobhán O'Neill", "Abu Karim").
    const second = words[1];
    const two = second !== undefined && first === words[0] && !vocabulary(use, second) && !isPublicSurname(token(second)) && !isLargeAreaTag(token(second)) && !NOT_PLACES.has(token(second));
    const end = start + (two ? first.length + 1 + second!.length : first.length);
    const after = text.slice(end, end + 40);
    if (WOULD_HAVE_BEEN.test(after) || WORK_AFTER.test(after)) continue;
    // A first name that is also a word ("Will", "Noël") must do what only people do.
    const acts = vocabulary(use, first) ? use(HUMAN_ACT).test(after) || eventAt(ctx, end) : use(PERSON_USE).test(after) || use(HUMAN_ACT).test(after) || eventAt(ctx, end);
    if (!acts) continue;
    const last = ctx.sentences[Math.min(ctx.sentences.length - 1, i + 2)]!;
    if (!THIRD_PERSON.test(folded.slice(end, last.end))) continue;
    if (has(ctx, i, 'news', 'hypothetical', 'generic') && !patientWord(ctx, i)) continue;
    const body = folded.slice(s.start, s.end);
    if (!patientWord(ctx, i) && (staffDay(ctx, i) || COLLEAGUE_DAY.test(body))) continue;
    if (use(STAFF_NEWS_AFTER).test(text.slice(end, end + 80))) continue;
    if (colleagueNear(ctx, start) && !patientContext(ctx, start)) continue;
    add(start, end, 'given', !two);
  }
}

/**
 * A third person ("she", "il") after the name, in its sentence or the two after: the story goes
 * on about someone. Only for the first person the post names: after another one ("Walter ...
 * keeps asking for Lorraine. If you know him"), the pronoun is as likely theirs.
 */
function referredBack(ctx: RuleContext, out: NameHit[], i: number, start: number, end: number): boolean {
  if (out.some((o) => o.end <= start)) return false;
  const last = ctx.sentences[Math.min(ctx.sentences.length - 1, i + 2)]!;
  return THIRD_PERSON.test(foldedLower(ctx).slice(end, last.end));
}

/** An unlisted capitalised word the post uses like a person (see findBareNames). */
function usedAsPerson(ctx: RuleContext, i: number, start: number, word: string): boolean {
  const use = formsOf(ctx);
  const { text } = ctx;
  const end = start + word.length;
  // "I've", "J'ai": a pronoun and its verb, not "O'Neill".
  if (use(PRONOUN_VERB).test(word)) return false;
  if (PERSON_WORD.test(word, ctx.latin) || NOT_NAME_OPENER.test(word, ctx.latin) || TITLE_WORD.test(word)) return false;
  const after = text.slice(end, end + 40);
  if (!use(HUMAN_ACT).test(after) || !unknownName(use, text, start, end, true) || isWordLower(ctx, word)) return false;
  const s = ctx.sentences[i]!;
  // A sentence's first word is capitalised whatever it is ("Helmet saved him", "Lesson learned"):
  // there only another name joined to it says it is one ("Aldéric pis Marie-Rose sont venus").
  const opens = !/\S/u.test(text.slice(s.start, start).replace(/^[\s"“«(*-]+/u, ''));
  if (opens) {
    const other = use(AND_NAME_AFTER).exec(after);
    return other !== null && isGiven(token(other[1]!));
  }
  const next = ctx.sentences[i + 1];
  return THIRD_PERSON.test(foldedLower(ctx).slice(s.start, next ? next.end : s.end));
}

/** The word also written in lower case in the post: an ordinary word, capitalised where it opens a sentence. */
function isWordLower(ctx: RuleContext, word: string): boolean {
  const use = formsOf(ctx);
  const low = word.toLowerCase();
  if (low === word) return false;
  const { text } = ctx;
  for (let at = text.indexOf(low); at !== -1; at = text.indexOf(low, at + 1)) {
    if (!letterEndsAt(use, text, at) && !letterStartsAt(use, text, at + low.length)) return true;
  }
  return false;
}

const LETTER = rx(String.raw`\p{L}`, 'uy');
/** Whether a letter (a whole code point, as /u reads it) starts at `at`. */
function letterStartsAt(use: Forms, text: string, at: number): boolean {
  const letter = use(LETTER);
  letter.lastIndex = at;
  return at < text.length && letter.test(text);
}
/** Whether a letter ends right before `at`: the code point there, or the surrogate pair it closes. */
function letterEndsAt(use: Forms, text: string, at: number): boolean {
  if (at === 0) return false;
  const low = text.charCodeAt(at - 1);
  const pair = at > 1 && low >= 0xdc00 && low <= 0xdfff && text.charCodeAt(at - 2) >= 0xd800 && text.charCodeAt(at - 2) <= 0xdbff;
  return letterStartsAt(use, text, at - (pair ? 2 : 1));
}

/**
 * Care given to a body (the lexicon's CARE_GIVEN, part of CLINICAL, without the workplace's
 * words: nurses, shifts, the hospital), or a numbered bed. Read on the folded copy.
 */
const CARE_OF = new RegExp(cueRe(String.raw`\b(?:${CARE_GIVEN}|(?:room|rm|bed|bay|chambre|lit) #?\d{1,4})\b`).source);
/** Care given to a body or a numbered bed (CARE_OF) in the sentence at `at` or next to it. */
function careNear(ctx: RuleContext, at: number): boolean {
  const i = sentenceIndex(ctx, at);
  const from = ctx.sentences[Math.max(0, i - 1)]!.start;
  const to = ctx.sentences[Math.min(ctx.sentences.length - 1, i + 1)]!.end;
  return CARE_OF.test(foldedLower(ctx).slice(from, to));
}
/** A third person's relative ("his brother", "her son", "son fils", "sa fille"): the story is about someone with a family, not about a colleague at work. Folded copy. */
const KIN_OF_THIRD = /\b(?:his|her|their|son|sa|ses|leur)\s(?:(?:late|only|older|younger|little|grand|petite?)\s)?(?:husband|wife|son|daughter|mom|mum|mother|dad|father|brother|sister|grandson|granddaughter|grandkids|grandchildren|kids|children|family|mari|femme|epouse|fils|fille|mere|pere|frere|soeur|petits-enfants|enfants|famille)\b|['’]s (?:husband|wife|son|daughter|mom|mum|mother|dad|father|brother|sister|grandkids|kids|family)\b/;
/**
 * Whether the post tells of someone cared for, anywhere in it: a patient word, an encounter,
 * a courtesy title, what only happens to patients, or care given to a body (a numbered bed among it)
 * (CARE_OF). Words of the workplace alone (a nurse, a shift, the hospital) do not: a post
 * about colleagues is full of them.
 */
function patientStory(ctx: RuleContext): boolean {
  return perAnalysis(ctx, 'names:patientStory', scanPatientStory);
}
function scanPatientStory(ctx: RuleContext): boolean {
  return anywhere(ctx, 'patient', 'encounter', 'title', 'event') || CARE_HOME.test(foldedLower(ctx)) || perAnalysis(ctx, 'names:careOf', (c) => CARE_OF.test(foldedLower(c))) || eventsAfterCapitals(ctx).length > 0 || pronounEvent(ctx);
}

/** A home where people live in care: the people a post there tells of are its residents. Folded copy. */
const CARE_HOME = /\b(?:chsld|rpa|ltc|long-term care|nursing home|care home|retirement home|seniors' home|foyer pour aines|residence pour aines|centre d'hebergement)\b/;
const PRONOUN = /\b(?:he|she|il|elle)(?=\s)/g;
/** What happens only to patients, said of "he" or "she" ("he passed peacefully", "elle a été intubée"). */
function pronounEvent(ctx: RuleContext): boolean {
  const folded = foldedLower(ctx);
  for (const m of matchAll(folded, PRONOUN)) if (eventAt(ctx, m.index + m[0].length)) return true;
  return false;
}

/** Whether sentence `i` tells of care closely enough for a bare name in it: true when a patient is near, false when only care words are (near, or elsewhere in the post), null when it is no care story. */
function careSentence(ctx: RuleContext, i: number): boolean | null {
  const use = formsOf(ctx);
  const s = ctx.sentences[i]!;
  const { text } = ctx;
  const strong = has(ctx, i, 'patient', 'encounter', 'title') || patientContext(ctx, s.start);
  if (!strong && !patientStory(ctx) && !KIN_OF_THIRD.test(foldedLower(ctx).slice(s.start, (ctx.sentences[i + 1] ?? s).end))) return null;
  if (has(ctx, i, 'generic', 'hypothetical') && !has(ctx, i, 'patient', 'encounter', 'title')) return null;
  // "Saviez-vous que Jean Drapeau est mort d'un AVC en 1999?": a lesson about a public death, no patient word.
  if (HISTORY_WORD.test(foldedLower(ctx).slice(s.start, s.end)) && HISTORY.test(text.slice(s.start, s.end)) && !patientWord(ctx, i) && !has(ctx, i, 'encounter', 'title')) return null;
  if (!patientWord(ctx, i) && staffDay(ctx, i)) return null;
  return strong;
}

/** "Lucille, notre patiente de la chambre 8", "Joyce, my patient of ten years": the name, then who it is. */
const PATIENT_APPOSED = rx(String.raw`${CAPITAL_AHEAD}(?<![\p{L}\p{N}@#_'’])(${NAME}(?:\s${NAME})?),\s(?=(?:our|my|notre|ma|mon)\s(?:[\p{Ll}-]+\s){0,2}(?:patient|patiente|résidente?|resident|client|cliente|doyen|doyenne|oldest resident)(?![\p{L}]))`, 'gu');
/** "le chum de Carole", "la fille de Mme Roy": a relation of someone named, in French. */
const RELATION_OF = rx(String.raw`(?<![\p{L}])(?:[Ll]e|[Ll]a|[Ll]es|[Aa]u|[Dd]u|[Ss]a|[Ss]on|[Ss]es)\s(?:chum|blonde|mari|conjointe?|femme|épouse|fille|fils|mère|père|sœur|soeur|frère|neveu|nièce|petite-fille|petit-fils|enfants|garçon|gars|famille)\sd(?:e\s|['’])(${NAME})(?![\p{L}])`, 'gu');
/** "the woman in the next bed, Irene, has had no visitors": a person described, then named between commas. */
const PERSON_APPOSITIVE = wordForms(String.raw`\b(?:woman|man|lady|gentleman|guy|fellow|kid|boy|girl|patient|resident|twins|triplets|newborn|femme|homme|dame|monsieur|madame|patiente|résidente?|jumeaux|jumelles)\b[^.!?\n,]{0,40},\s(\p{Lu}\p{Ll}[\p{L}'’-]*)(?:,\s|\s(?:and|et|&)\s)`, 'gu');

/**
 * A person spoken to by name in a care post: "Noreen, you did that", "Pauline, if you're reading
 * this: we found your rosary", "Ginette, si tu me lis"; a relative named through the patient
 * ("le chum de Carole"); a person described then named ("the woman in the next bed, Irene,").
 * Colleagues are spoken to the same way: with a colleague or a clinician near and no patient,
 * the name is left alone.
 */
function findSpokenTo(ctx: RuleContext, add: (s: number, e: number, k: NameHit['kind'], p: boolean) => void): void {
  const use = formsOf(ctx);
  const { text } = ctx;
  const person = (start: number, word: string, relation = false): boolean => {
    const t = token(word);
    if (!isGiven(t) || AMBIGUOUS_GIVEN.has(t) || vocabulary(use, word) || PERSON_WORD.test(word, ctx.latin)) return false;
    // "Le chum de Carole a appelé trois fois cette nuit": a relative calling in the night is a care story's too.
    // The story must go on about the one named ("...pour savoir si elle avait mangé"): not "le chum de Sophie nous a apporté des beignes hier".
    if (!careAnywhere(ctx) && !(relation && has(ctx, sentenceIndex(ctx, start), 'timeFrame') && !authorKin(ctx, start) && THIRD_PERSON.test(foldedLower(ctx).slice(start + word.length, ctx.sentenceAt(start).end)))) return false;
    const i = sentenceIndex(ctx, start);
    return !colleagueNear(ctx, start) || patientContext(ctx, start);
  };
  if (use(DE_CAPITAL).test(text)) {
    for (const m of matchAll(text, use(RELATION_OF))) {
      const at = m.index + m[0].length - m[1]!.length;
      if (person(at, m[1]!, true)) add(at, at + m[1]!.length, 'relative', true);
    }
  }
  if (commaName(ctx)) {
    for (const m of matchAll(text, use(PERSON_APPOSITIVE))) {
      const at = m.index + m[0].lastIndexOf(', ' + m[1]!) + 2;
      if (person(at, m[1]!)) add(at, at + m[1]!.length, 'cue', true);
    }
  }
}

/**
 * A person spoken to by name, the name set off by a comma where a sentence ends or starts:
 * "Safe travels, Annie.", "Fair winds, Gale.", "Merci pour tout, Yvon.", "Bravo, mon Pitou!",
 * "Hope, you are the toughest person on the 6th floor", "Rosalie, je suis tellement fière de
 * toi". A post that tells of someone cared for and then turns to address someone by name is
 * speaking to that person; colleagues are addressed the same way, so a colleague or a clinician
 * near, with no patient, leaves the name alone, as does a staff member's news.
 */
const ADDRESSED_END = rx(String.raw`(?<=[\p{L}\p{N}!)],\s)(?:(?:mon|ma|my|our|notre)\s(?:(?:beau|belle|grand|grande|petit|petite|cher|chère|dear|sweet|little|big)\s)?)?(${NAME}(?:\s${NAME}){0,2})(?=\s?(?:[!?]|\.(?!\p{L}))|\s*$|\s+(?:#|\p{Extended_Pictographic}))`, 'gu');
/** A patient told of in the third person, on the folded copy. */
const PATIENT_TOLD = /\b(?:a|the|un|une|le|la|my|our|this|that|ce|cette|mon|ma|notre) (?:patient|patiente|pt|lady|man|woman|gentleman|dame|monsieur|madame)\b/;
/** The word before an addressed name's comma, and what comes before that word (group 1). */
const WORD_BEFORE_COMMA = /(^|[^\p{L}\p{N}'’-]*)([\p{L}\p{N}'’-]+)[!)]?$/u;
/** A sentence that opens on a name and a comma, then speaks to its owner. */
const NAME_COMMA = rx(String.raw`${NAME},\s`, 'u');
const ADDRESSED_START = rx(String.raw`(?:^|(?<=[.!?]\s+|\n))(${NAME}(?:\s${NAME})?),\s(?=(?:you|you're|you've|you'll|your|tu|t['’]|te|toi|ton|ta|tes|vous|votre|vos|i|i'm|i've|je|j['’]|we|we're|we'll|on|nous|c['’]est toi|if you|si tu|si vous)(?![\p{L}]))`, 'giu');
function findAddressed(ctx: RuleContext, add: (s: number, e: number, k: NameHit['kind'], p: boolean, strong?: boolean) => void): void {
  const use = formsOf(ctx);
  const { text } = ctx;
  if (!patientStory(ctx)) return;
  // [where the name starts, the name, opened by "mon"/"my", opens its sentence]
  const found: Array<[number, string, boolean, boolean]> = [];
  for (const m of matchAll(text, use(ADDRESSED_END))) {
    // "the Fairmont Royal York, Toronto.": after a capitalised word inside a sentence the comma is an address's or a list's.
    const before = WORD_BEFORE_COMMA.exec(text.slice(Math.max(0, m.index - 40), m.index));
    if (before && use(CAPITAL_START).test(before[2]!) && !/^(?:[.!?:]\s*|\n\s*)?$/u.test(before[1]!)) continue;
    // "...is not how you ask about a patient, Kevin.": told about a patient, the one spoken to is someone else.
    if (PATIENT_TOLD.test(foldedLower(ctx).slice(ctx.sentenceAt(m.index).start, m.index))) continue;
    found.push([m.index + m[0].length - m[1]!.length, m[1]!, m[0].length > m[1]!.length, false]);
  }
  for (const m of matchAll(text, use(ADDRESSED_START))) found.push([m.index, m[1]!, false, true]);
  for (const [at, raw, mine, opens] of found) {
    if (!use(CAPITAL_START).test(raw)) continue;
    const words = splitWords(raw);
    const first = words[0]!;
    const kin = words.length > 1 && KIN_TITLE.test(first, ctx.latin);
    const name = kin ? words[1]! : first;
    const t = token(name);
    // "Salamat po, Lola!": a kinship word alone is what the author calls an elder.
    if (TITLE_WORD.test(first) || PLACE_HEAD.test(first) || (!kin && KIN_TITLE.test(name, ctx.latin)) || PERSON_WORD.test(name, ctx.latin) || NOT_NAME_OPENER.test(name, ctx.latin) || OPENER.test(name)) continue;
    // "Hope, you are the toughest": a first name that is also a small town's, spoken to.
    if (isLargeAreaTag(t) || NOT_PLACES.has(t) || isPublicSurname(t) || (townNamed(raw) && !(opens && AMBIGUOUS_GIVEN.has(t)))) continue;
    // A first name we know, or a word that is also one ("Hope, you are the toughest"); an unlisted
    // word only when the post names it elsewhere or calls it "mon", "my" ("Bravo, mon Pitou!").
    const nameAt0 = at + (kin ? first.length + 1 : 0);
    const listed = (isGiven(t) && !vocabulary(use, name)) || (opens && AMBIGUOUS_GIVEN.has(t));
    if (!listed && (opens || !(mine || standingAlone(text, name).length > 1) || vocabulary(use, name) || !unknownName(use, text, nameAt0, nameAt0 + name.length, true))) continue;
    const span: [number, number] | null = kin ? [at, at + first.length + 1 + name.length] : trimName(use, text, at, raw);
    if (!span) continue;
    if (words.length > 1 && !kin && isPublicFullName(text.slice(span[0], span[1]))) continue;
    if (colleagueNear(ctx, at) && !patientContext(ctx, at)) continue;
    if (use(STAFF_NEWS_AFTER).test(text.slice(Math.max(0, at - 80), at)) || STAFF_NEWS_BEFORE.test(lowerSlice(ctx, Math.max(0, at - 120), at))) continue;
    const i = sentenceIndex(ctx, at);
    if (has(ctx, i, 'news', 'hypothetical', 'generic') && !patientWord(ctx, i)) continue;
    if (!patientWord(ctx, i) && staffDay(ctx, i)) continue;
    add(span[0], span[1], 'cue', !/\s/u.test(text.slice(span[0], span[1])));
  }
}
/** Sitting with someone or saying goodbye, right before a courtesy title: what one does with a patient. */
const BESIDE_BEFORE = tail(lowerForms(String.raw`\b(?:(?:sat|sit|sitting|stayed|staying)(?:\s(?:up|quietly|together))?\swith|(?:said|say|saying|to say)\s(?:(?:our|my)\s)?(?:goodbye|good-bye|farewell)\sto|(?:dit|dire)\sau revoir\sà|veillé|veiller)\s$`));
/** A colleague's retirement, award or first day, told before the name. */
const STAFF_NEWS_BEFORE = /\b(?:retire\w*|retirement|retraite|promotion|promoted|award|graduat\w*|years of service|ans de service|new role|nouveau poste|last shift|dernier quart|first shift|premier quart|orientation)\b/u;

/**
 * A first name inside a hashtag a care post rallies behind: "#PrayersForLéa", "#TeamBrody",
 * "#LâchePasLéa", "#JusticeForAmara", "#BringBenHome", "#MaddoxStrong", "#AvasArmy", "#GoLoulouGo". Teams
 * and fundraisers carry colleagues' names the same way ("#TeamRiya" for a charge nurse,
 * "#ForceJacob" for a relay team): after Team, Force, Go or Baby the name must be a first name
 * we know in a post telling of care given to someone (patientStory), away from colleagues. A
 * prayer, a plea or a "Strong" (any other prefix, or a suffix) is said for someone in trouble: any word that can be a
 * name will do there, in a post about care. Hashtags are mostly found in their plain words too.
 */
const HASHTAG_NAME = rx(String.raw`(?<=#)(?:(Pray(?:ing)?For|Prayers?For|Pray4|PrièresPour|PrionsPour|PensonsÀ|PensonsA|JusticeFor|JusticePour|LetsGo|Let'sGo|RunFor|WalkFor|RideFor|StrongLike|StrongFor|StandWith|HopeFor|LâchePas|LachePas|ForceÀ|ForceA|Courage|Team|Force|Go|Baby|Bébé)(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?:Go)?|Bring(\p{Lu}\p{Ll}+)Home|(\p{Lu}\p{Ll}+)(?:Strong|Fort|Forte|Warrior|Army|Squad|WentHome|GoesHome|IsHome))(?![\p{L}\p{N}_])`, 'gu');
/** The hashtags that pray, plead or cheer for someone in trouble, not a team's, a relay's or a baby's. */
const NOT_RALLY = words('Team|Force|Go|Baby|Bébé');
/** News of someone's progress after a hashtag: "update", "day 12", "jour 40", "nouvelles", "mise à jour". */
const PROGRESS_AFTER = /^\s?(?:[:,-]\s?)?(?:update|updates|news|day\s\d|jour\s\d|nouvelles|mise à jour)(?![\p{L}])/iu;
/** Where a hashtag's name starts in it, and the name. */
function hashtagName(m: RegExpExecArray): [number, string] {
  let name = (m[2] ?? m[3] ?? m[4])!;
  // "#AvasArmy": the army is the name's, its possessive written without the apostrophe.
  if (m[4] && /s(?:Army|Squad)$/u.test(m[0]) && !isGiven(token(name)) && isGiven(token(name.slice(0, -1)))) name = name.slice(0, -1);
  return [m.index + m[0].indexOf(name, m[4] ? 0 : 1), name];
}
function findHashtagNames(ctx: RuleContext, add: (s: number, e: number, k: NameHit['kind'], p: boolean) => void): void {
  const use = formsOf(ctx);
  const { text } = ctx;
  for (const m of matchAll(text, use(HASHTAG_NAME))) {
    const [at, name] = hashtagName(m);
    const t = token(name);
    // "#TeamNoah update: day 12 in PICU": a team hashtag heading news of someone's progress rallies behind them.
    const rally = !NOT_RALLY.test(m[1] ?? '') || (isGiven(t) && !AMBIGUOUS_GIVEN.has(t) && PROGRESS_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20)));
    // "#LetsGoOilers", "#HumboldtStrong": a team's plural and a town rally too ("Maélys", "Anaïs" are no plurals).
    if ((vocabulary(use, name) && !(rally && isGiven(t) && !AMBIGUOUS_GIVEN.has(t))) || (/(?:[^aiyïès]|[^i]e)s$/u.test(name) && !isGiven(t)) || isPublicSurname(t) || isLargeAreaTag(t) || NOT_PLACES.has(t) || townNamed(name) || PERSON_WORD.test(name, ctx.latin)) continue;
    const inText = standingAlone(text, name);
    // "#JusticeForJoyce ... Joyce Echaquan's death": a public figure by full name elsewhere.
    if (inText.some((i) => isPublicFullName(text.slice(i, i + 40).split(/[^\p{L}'’-]+/u).slice(0, 2).join(' ')))) continue;
    if (inText.length) {
      // "Whole unit wore green for Brody today #BrodyStrong", "Pray for Maddox #PrayForMaddox": a
      // prayer or a "Strong" rallies behind someone in care, and says the name in the words is a
      // person's, listed or not. A team's or a relay's name ("#TeamRiya", "#ForceJacob") is
      // also a colleague's: there the scans of the words decide.
      if (!rally || !careAnywhere(ctx)) continue;
      let kept = 0;
      for (const i of inText) {
        if (colleagueNear(ctx, i) && !patientContext(ctx, i)) continue;
        add(i, i + name.length, 'cue', true);
        kept++;
      }
      if (kept) add(at, at + name.length, 'cue', true);
      continue;
    }
    if (rally ? !careAnywhere(ctx) : !isGiven(t) || AMBIGUOUS_GIVEN.has(t) || !patientStory(ctx)) continue;
    if (colleagueNear(ctx, m.index) && !patientContext(ctx, m.index) && !careNear(ctx, m.index)) continue;
    add(at, at + name.length, 'cue', true);
  }
}

/** What may not stand right before a name written alone (STANDS_BEFORE) or right after it. */
const STANDS_BEFORE = /[\p{L}\p{N}@#_'’]/u;
const STANDS_AFTER = /[\p{L}\p{N}_]/u;
/**
 * Where `name` is written as a word of its own, left to right and not overlapping: a pattern
 * built for each hashtag's name cost a regex compile per hit (and grew V8's regex code).
 */
function standingAlone(text: string, name: string): number[] {
  const out: number[] = [];
  const cp = (i: number): string => String.fromCodePoint(text.codePointAt(i)!);
  for (let i = text.indexOf(name); i !== -1; i = text.indexOf(name, i + 1)) {
    let b = i - 1;
    if (b > 0 && isLowSurrogate(text.charCodeAt(b)) && isHighSurrogate(text.charCodeAt(b - 1))) b--;
    const end = i + name.length;
    if ((b >= 0 && STANDS_BEFORE.test(cp(b))) || (end < text.length && STANDS_AFTER.test(cp(end)))) continue;
    out.push(i);
    i = end - 1;
  }
  return out;
}
const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** The author in the sentence before the name: "Mon amie Julie et le chum de Sophie", "my friend's husband". */
function authorKin(ctx: RuleContext, start: number): boolean {
  const use = formsOf(ctx);
  return use(AUTHOR_WORD).test(ctx.text.slice(ctx.sentenceAt(start).start, start));
}
/**
 * A first name told by the floor or the home the person lives on, then doing something: "Ernestine
 * du 2e nous a chanté La Bolduc", "Archie on 5 West keeps flirting". The floor is how a care home
 * names its residents; a colleague near, the news or the author's family leaves the name alone.
 */
function findResidents(ctx: RuleContext, add: (s: number, e: number, k: NameHit['kind'], p: boolean) => void): void {
  const use = formsOf(ctx);
  const { text } = ctx;
  if (!RESIDENT_HINT.test(text)) return;
  for (const m of matchAll(text, use(CAP_SINGLE))) {
    const end = m.index + m[0].length;
    const at = use(RESIDENT_AT_Y).exec(text.slice(end, end + 40));
    if (!at) continue;
    const t = token(m[0]);
    if (!isGiven(t) || AMBIGUOUS_GIVEN.has(t) || vocabulary(use, m[0]) || PERSON_WORD.test(m[0], ctx.latin)) continue;
    const after = text.slice(end + at[0].length, end + at[0].length + 50);
    if (!use(VERB_AFTER).test(after) && !use(PERSON_USE).test(after) && !eventAt(ctx, end + at[0].length)) continue;
    const i = sentenceIndex(ctx, m.index);
    if (has(ctx, i, 'news', 'hypothetical') || (has(ctx, i, 'ownFamily') && !has(ctx, i, 'patient', 'encounter')) || colleagueNear(ctx, m.index)) continue;
    // "Sarah from 4 West covered my shift", "Julie du 3e ... le party du personnel": staff of that floor.
    const s = ctx.sentences[i]!;
    const folded = foldedLower(ctx).slice(s.start, s.end);
    if (!patientWord(ctx, i) && (staffDay(ctx, i) || COLLEAGUE_DAY.test(folded) || STAFF_LIFE.test(folded))) continue;
    add(m.index, end, 'given', true);
  }
}
/** A staff member's day or party, on the folded copy. */
const STAFF_LIFE = /\b(?:shifts?|quarts?|party|parties|potluck|personnel|staff|team|equipe|colleagues?|collegues?|tirage|raffle|charting|break room|salle de pause|orientation|covered|couvert|worked|travaille|travaillait)\b/;
/** What RESIDENT_AT needs, looked for first: a floor number or a home's word after a preposition. */
const RESIDENT_HINT = /\s(?:from|of|at|on|in|de|du|au|à)\s(?:\S+\s)?(?:\d|lodge|manor|villa|r[ée]sidence|foyer|hospice|chsld|rpa|ltc|floor|ward|[ée]tage)/iu;

/** The nicknames a unit gives before a first name ("Big Mike", "Mémère Blanche"). */
const NICK_HEAD = words(String.raw`Big|Old|Lil|Mémère|Pépère|Mémé|Pépé|Memere|Pepere`);

/** A colleague or a clinician in the sentence or next to it, or a workmate's word close by. */
function colleagueNear(ctx: RuleContext, start: number): boolean {
  const use = formsOf(ctx);
  return around(ctx, start, 1, 'clinician') || use(COLLEAGUE_NEAR).test(ctx.text.slice(Math.max(0, start - 80), start + 160));
}

/** Three capitals in a row: a post typed in capitals has no other capitalised word. */
const CAPS_RUN = /\p{Lu}{3}/u;
/** A word in capitals right before an event: a name as a post typed in capitals writes it. */
const CAPS_BEFORE = /(?<![\p{L}\p{N}@#_'’.-])(\p{Lu}[\p{Lu}'’-]{2,20})$/u;

/**
 * A name, listed or not, right before what happens only to patients ("Kwame coded twice",
 * "Bernie was extubated today"), in a post about care, in a sentence that is not news, the
 * author's own family or a colleague's day.
 */
function findEventNames(ctx: RuleContext, add: (s: number, e: number, k: NameHit['kind'], p: boolean, strong?: boolean) => void): void {
  const use = formsOf(ctx);
  const { text } = ctx;
  if (!use(CAPITALISED).test(text) && !CAPS_RUN.test(text)) return;
  let care: boolean | undefined;
  for (const e of eventsAfterCapitals(ctx)) {
    const from = Math.max(0, e.index - 80);
    let n = use(NAME_BEFORE).exec(text.slice(from, e.index));
    // "CÉLESTE EST RENTRÉE À LA MAISON": a post typed in capitals, a first name we know before the event.
    if (!n) {
      const caps = CAPS_BEFORE.exec(text.slice(from, e.index));
      if (!caps || !isGiven(token(caps[1]!))) continue;
      n = caps;
    }
    // "Robert \"Bobby\" Kinew of Fort Frances rang the bell": the person, not the town after them.
    const m = { index: from + n.index, 1: n[1]! };
    // "Yesterday Bernie was extubated", "That's Wes's third pacemaker check": a sentence's
    // first word, capitalised, is not part of the name after it.
    for (let sp = m[1].search(/\s/u); sp > 0 && vocabulary(use, m[1].slice(0, sp)); sp = m[1].search(/\s/u)) {
      m.index += sp + 1;
      m[1] = m[1].slice(sp + 1);
    }
    // "Follow Liam's battle with leukemia": a sentence's first word, no name, before a first name.
    const lead = splitWords(m[1]);
    const opens = /(?:^|[.!?]\s+|\n\s*)$/u.test(text.slice(Math.max(0, m.index - 4), m.index));
    if (opens && lead.length > 1 && !isGiven(token(lead[0]!)) && !isSurnameTag(token(lead[0]!)) && isGiven(token(lead[1]!)) && !AMBIGUOUS_GIVEN.has(token(lead[1]!))) {
      const sp = m[1].search(/\s/u);
      m.index += sp + 1;
      m[1] = m[1].slice(sp + 1);
    }
    const words = splitWords(m[1]!);
    const first = dropPossessive(words[0]!);
    if (PERSON_WORD.test(first, ctx.latin) || PLACE_HEAD.test(first) || TOWN_HEAD.test(first)) continue;
    // "a dentist from Oakville came in", "une mère de Matane a accouché": the patient's town.
    if (EVENT_PREP(text.slice(Math.max(0, m.index - 8), m.index), ctx.latin)) continue;
    const span = trimName(use, text, m.index, m[1]!);
    if (!span) continue;
    const kept = splitWords(text.slice(span[0], span[1]));
    const last = token(kept[kept.length - 1]!);
    // "Robert \"Bobby\" Kinew ... rang the bell": a public surname with another first name is someone else.
    if (kept.length === 1 ? isPublicSurname(last) : isPublicFullName(text.slice(span[0], span[1])) || (isPublicSurname(last) && !isGiven(token(kept[0]!)))) continue;
    if (isPublicSurname(token(kept[0]!))) continue;
    if (kept.length === 1 && !isGiven(token(kept[0]!)) && !unknownName(use, text, span[0], span[1], true)) continue;
    if (kept.length > 1 && kept.some((w) => isLargeAreaTag(token(w)) || NOT_PLACES.has(token(w)))) continue;
    const i = sentenceIndex(ctx, m.index);
    if (has(ctx, i, 'hypothetical')) continue;
    // "Le frère André est mort à 91 ans en 1937": a lesson from history, with no patient in it.
    if (HISTORY_WORD.test(foldedLower(ctx).slice(ctx.sentences[i]!.start, ctx.sentences[i]!.end)) && HISTORY.test(text.slice(ctx.sentences[i]!.start, ctx.sentences[i]!.end)) && !patientWord(ctx, i) && !has(ctx, i, 'encounter', 'title')) continue;
    const sentence = ctx.sentences[i]!;
    // "Saviez-vous que René Lévesque est mort d'un infarctus en 1987?": teaching, not a story.
    // A patient's milestone is often cheered ("Félicitations à Mathis qui rentre à la maison").
    if (has(ctx, i, 'generic') && !patientWord(ctx, i) && !has(ctx, i, 'encounter', 'title') && !CHEER.test(text.slice(sentence.start, sentence.end))) continue;
    if (!patientWord(ctx, i) && staffDay(ctx, i)) continue;
    care ??= careAnywhere(ctx);
    // "Rita du 3e a encore fugué": a person told by the floor or the home they live on is a resident.
    if (!care && !(n[2] !== undefined && use(RESIDENT_AT_Y).test(n[2]))) continue;
    // The event says who the person is, even after "félicitations à" or "thanks to"; not after "Dr.".
    const clinician = /\b(?:dr|dre|doctor|docteure?|nurse|prof)\.?\s$/iu.test(text.slice(Math.max(0, span[0] - 10), span[0]));
    add(span[0], span[1], 'cue', kept.length === 1, !clinician);
  }
}
