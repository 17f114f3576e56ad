import { defineRule } from '../define-rule.ts';
import { around, clinicalContext, cueRe, foldedOf, has, lowerRe, sentenceIndex, wordRe } from '../pipeline/signals.ts';
import { HYPOTHETICAL } from '../lexicons/cues.ts';
import { aboutFiction, findAges, patientAgeSentences, quotedPhrase } from '../context/ages.ts';
import { findNames } from '../context/names.ts';
import { notInCare, subjectOf } from '../pipeline/subject.ts';
import type { RuleContext, Span } from '../types.ts';
import { endsWith, matchAll, matchAllNear } from '../pipeline/match.ts';
import { firstLooked } from '../pipeline/regex-source.ts';

/** A patient named or aged in the same sentence makes a room number theirs. */
function personNear(ctx: RuleContext, offset: number): boolean {
  const s = ctx.sentenceAt(offset);
  const inside = (h: { start: number }) => h.start >= s.start && h.start < s.end;
  return findAges(ctx).some(inside) || findNames(ctx).some(inside);
}

// A room or bed number in a care story tells colleagues, visitors and family exactly who it
// is (guidance C7). The same words name meeting rooms, hotel rooms and ward capacity, so the
// number must follow the word and the sentence must be about care, not an event.
/** Words that name a place a patient lies in: a number after them is a patient's spot. */
// "str 9", "civ 4": a stretcher and a civière as a board shortens them (not a strength graded "str 5/5").
const STRONG = String.raw`bed|bay|stretcher|str(?!\s?\d{1,3}\s?/)|cubicle|curtain|isolette|incubator|crib|bassinet|berceau|ldr|rm\.?|lit|civière(?:\s(?:de|du)\s(?:corridor|couloir))?|civ\.?|couchette|trauma|resus|salle de (?:réa(?:nimation)?|choc)|réa|box|cubicule|ch\.`;
/** Words that also name offices, hotels and meeting rooms: they need a care sentence. */
const WEAK = String.raw`room|chambre|pod|delivery room|salle d'accouchement|chair|fauteuil|recliner|cube|hallway|hall|corridor|couloir|iso|isolation|isolement|fast track`;
// (Not a decimal's whole part: "bed 39.2 hours" is a wait, not a bed.)
const NUMBER = String.raw`\s?(?:#|no\.?|n°|number|numéro)?\s?(?:\d{1,2}-\d{3}(?:-[a-z])?\b|\d{1,2}[a-z]-\d{1,3}\b|\d{1,4}-[a-z]\b|\d{1,4}[a-z]?|[a-z]\d{1,3}[a-z]?|[a-z]-\d{1,3})\b(?![.,]\d)`;
/** An optional unit before the bed: "4B bed 2", "3e Nord, chambre 317". */
// "72M, lit 16": M, F and H after a number are a sex, not a unit letter.
const UNIT_PREFIX = String.raw`(?:(?:\d{1,2}(?![mfh])[a-z]|\d{1,2}(?:e|er|st|nd|rd|th)?\s(?:nord|sud|est|ouest|north|south|east|west)),?\s)?`;
const ROOM = wordRe(String.raw`${UNIT_PREFIX}\b(?:(?<strong>${STRONG})|(?<weak>${WEAK}))${NUMBER}(?:\s?(?:-|,)?\s?(?:bed|lit)\s?\d{1,2}[a-z]?\b)?`, 'giu');
/**
 * What every ROOM match holds: a room word, then a digit a few characters on. On a text too
 * short for matchAll to scan ROOM by its words, V8 tries ROOM at every position; this plain
 * pattern skips ahead on its words, and ROOM then starts just before the first hit (a unit
 * prefix is at most 12 characters). Case-blind without /u is the same on normalised text
 * (NFKC has already turned the Kelvin sign and long s into K and s).
 */
const ROOM_CUE = new RegExp(String.raw`(?:${STRONG}|${WEAK})\s?(?:#|no\.?|n°|number|numéro)?\s?[a-z]?-?\d`, 'i');
const UNIT_PREFIX_MAX = 12;
/**
 * A bare number where a patient lies: "she's in 414", "whoever is in 12B tonight", "elle est
 * dans la 414", "le monsieur de la 12". A seat, a year or a grade reads the same, so the
 * number must be followed by a pause or a verb, and the post must be about care.
 */
const BARE = wordRe(String.raw`(?<=\b(?:she's|he's|they're|who's|whoever's|(?:she|he|they|who|whoever|one|patient|pt|lady|man|guy|gentleman|woman|kid|boy|girl|baby|dad|mom|grandpa|grandma) (?:is|was|are|were)|lady|man|guy|gentleman|woman|patient|pt|kid|boy|girl|baby)\sin\s|\b(?:est|était|sont|étaient) dans la\s|\b(?:monsieur|madame|dame|patiente?|petite?|gars|fille|garçon|homme|femme|bébé|jeune|ado|mononcle|matante) (?:(?:de|dans) la|du)\s|\b(?:mr|mrs|ms|mme|m)\.? \p{Lu}[\p{L}'’-]+ in\s|\b(?:mme|madame|monsieur|m\.|mr|mrs|ms) \p{Lu}[\p{L}'’-]+ (?:du|de la|dans la) (?=\d{3}))\d{1,4}[a-z]?\b(?=\s?(?:[,.;:!?)]|$)|\s(?:now|tonight|today|and|with|since|again|still|asking|asked|told|said|says|tried|refused|refuses|ate|fell|rang|died|coded|got|brought|thinks|sang|danced|cried|woke|keeps|has|had|is|was|wants|needs|called|pressed|for|on|who|just|finally|et|qui|depuis|encore|a|m'a|nous|est|veut|demande|sonne|vient|attend|dort|refuse|did|does|took|\p{Ll}{2,}(?:s|ed))\b)`, 'giu');
/** "PICU 3", "USI 12": a unit and a number is a bed there, but also a unit's name ("ICU 2 is short"), so only beside a person. */
const WARD_BED = wordRe(String.raw`\b(?:nicu|picu|icu|ccu|usi|soins intensifs|urgence|emerg)\s(?:bed\s|lit\s)?\d{1,2}[a-z]?\b`, 'giu');

const NOT_CARE_BEFORE = endsWith(wordRe(String.raw`\b(?:zoom|teams|breakout|hotel|hôtel|class|chat|meeting|conference|conf\.?|ambulance|loading|parking|(?:it|they|cart|kit|trolley|machine|scanner)\s(?:lives?|belongs?|goes|go|stays?|sits?) (?:in|on)|conférence|escape|waiting|storage|board|court|panic|living|dining|bath|bed and breakfast|motel|dorm|residence hall|apartment|apt|suite|lecture|study|salle de|bunk|flower|garden|raised|hospital has|we have|only|available|free|open|empty|more|extra|new|vides?|libres?|disponibles?|sleep|sleeping|hit the|go to|went to|in my|my own|your|dans mon|(?:nurses|staff|team|crew|infirmières|équipe) (?:in|on|of|from|de la|du|dans la|de)|local|worked|working|assigned to|stationed in|floated to|shift in|shifts in|assignée? (?:au|à la|en)|travaillé (?:au|à la|en))\s?$`, 'iu'));
const NOT_CARE_AFTER = lowerRe(String.raw`^\s?(?:(?:nurses|team|staff|crew|residents|infirmières|équipe)\b|(?:(?:on|in|at) (?:our|the|my) [\p{L}-]+ )?is where (?:i|we)\b|,? c'est (?:là|ici) (?:que|où) (?:j'ai|on a|nous avons)|(?:is|est) (?:the|our|la|le|notre) (?:[\p{L}-]+ ){0,3}(?:bay|room|bed|chambre|salle|lit)\b|-(?:pack|piece|pc)s?\b|(?:is|was|will be|are|has been|had been|stays|remains|est|sera|a été|reste) (?:being |now |still )?(?:renovated|cleaned|closed|reserved|booked|out of service|under construction|rénovée?|fermée?|réservée?)|\(?(?:conference|meeting|seminar|webinar|session|lecture|workshop|exam|class|réunion|conférence|atelier|cours|formation|séminaire|examen)|of (?:the|this|our) (?:course|module|curriculum|textbook|book|series)|beds?\b|lits\b|places?\b|rest\b|bugs?\b|(?:is|are) (?:finally |now |officially )?(?:available|empty|open)\b|(?:est|sont) (?:enfin |maintenant )?(?:libres?|disponibles?|vides?|ouvertes?)|%|mg|ml|units?\b|unités\b|(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|secondes?|heures?|jours?|semaines?|mois|ans)\b|(?:am|pm|h\d{0,2})\b(?!\.\s?\p{L})|[-–]\s?\d|(?:is|est) (?:always|toujours) (?:the\s|le\s|la\s|notre\s|our\s)?(?:resus|trauma|isolation|iso|réa|reserved|réservée?|closed|fermée?|empty|vide|first|premier|première)\b|de la salle de garde|de garde|des résidents|du personnel|on-call|call room|staff room|for staff)`);
/**
 * The bed's state, said of the bed and not of anyone in it: "Bed 12 is free, bed 14 being
 * cleaned", "Lit 12 libre, lit 14 en nettoyage", "Stretcher 4 and 5 are open",
 * "Le lit 22 du 6e est fermé", "Room 4 is ready". A bed flow board, not a patient's spot. A pair
 * or a run of beds and a unit may come first ("and 5", "through 14", "du 6e", "on 5B"). "Ready"
 * only at a pause or for the next admission ("Room 12 is ready to go home" is someone); a question
 * ('"Rm 9 is free?" Only because Mrs. Feld went to the bathroom') is not a board's answer.
 */
const STATUS_AFTER = wordRe(String.raw`^(?:\s?(?:and|&|through|to|et|à|[-–])\s?(?:(?:bed|lit|bay|room|stretcher|chambre|civière|cubicle)\s)?\d{1,4}[a-z]?)?(?:\s(?:du|de la|on|in|sur|at|en)\s[\p{L}\p{N}'’-]+)?(?:\s?[-–:,]\s?|\s)(?:(?:is|are|was|were|est|sont|était|has been|have been|feels|looks|reste|restent|stays|remains)\s)?(?:(?:now|finally|officially|still|fully|enfin|maintenant|toujours|officiellement|encore)\s)?(?:free(?!\s(?:of|from|to)\b)|freed up|vacant|(?:being\s)?cleaned|being turned over|ready(?=\s?(?:[.!,;:)]|$|[^\p{L}\p{N}\s]|for (?:the\s|a\s|an\s|another\s)?(?:next\s|new\s)?(?:admit|admission|patient|pt)|to (?:receive|take)))|(?:closed|open)(?!\s(?:her|his|their|its|my|the|a|wound|fracture|heart|reduction)\b)|libres?|libérée?s?|en nettoyage|fermée?s?(?!\s(?:les|ses|sa|son)\b)|ouverte?s?|disponibles?)(?!\s?\?)\b(?!\s(?:\d|times\b|fois\b))`, 'iu');
/** A room made into something else: "la chambre 214 devient le salon des familles", "Room 8 is now a sensory room". */
const CONVERTED_AFTER = wordRe(String.raw`^(?:\s(?:de|du|on|in|of)\s[\p{L}-]+)?\s(?:devient|deviendra|est (?:maintenant|désormais) (?:une?|le|la|notre)|is now (?:a|an|the|our)|becomes|will become|has become)\b`, 'iu');
/** A venue written out before the room: "Halifax Central Library, Room 301". */
const VENUE_BEFORE = endsWith(wordRe(String.raw`\b(?:forum|summit|congress|conference|symposium|convention|expo|library|hall(?!\s?$)|building|centre|center|addition|pavilion|auditorium|campus|hotel|theatre|theater|museum|school|university|université|college|collège|cégep|bibliothèque|édifice|pavillon|amphithéâtre|hôtel|salle)\b[^.!?\n]{0,30}$`, 'iu'));
/** A named venue after the room: "Box 3 at the Bell Centre", "Room 5 at the Marriott". */
const VENUE_AFTER = wordRe(String.raw`^(?:,\s|\s(?:at|@)\s)(?:the\s)?(?:\p{Lu}[\p{L}'’.-]*\s){0,3}(?:Centre|Center|Arena|Stadium|Hotel|Hôtel|Inn|Hall|Library|Marriott|Hilton|Westin|Hyatt|Sheraton|Fairmont|Delta|Convention|Forum|Theatre|Theater|Museum|University|College|School|Club)\b`, 'u');
/**
 * A hotel or a convention centre after the room: "Room 1412 at the Hyatt", "Room 512, Metro
 * Toronto Convention Centre". No patient lies there, whatever care words the sentence has
 * ("a better view than any patient room").
 */
const LODGING_AFTER = wordRe(String.raw`^(?:,\s|\s(?:at|@|in|of)\s)(?:the\s)?(?:\p{Lu}[\p{L}'’.-]*\s){0,3}(?:Hotel|Hôtel|Inn|Motel|Marriott|Hilton|Westin|Hyatt|Sheraton|Fairmont|Radisson|Novotel|Convention Cent(?:re|er)|Palais des congrès|Centre des congrès)\b`, 'u');
/** Equipment, bookings and building work: the room is a facility, not where a patient lies. */
const FACILITY = wordRe(String.raw`\b(?:simulation|sim lab|sim|scenario|mannequin|manikin|booked|reserved|réservée?s?|monitors?|moniteurs?|renovat\w*|rénov\w*|refurb\w*|refit|remodel\w*|réaménag\w*|construction|equipment|équipement|stocked|restock\w*|réapprovisionn\w*|printers?|imprimantes?|jammed|broken|brisée?s?|mattress|matelas|brakes|freins|repeinte?s?|painted|out of order|en panne|hors service|repaired|réparée?s?|ceiling lift|lève-personnes?|no one in it|nobody in it|breakout|keynote|poster session|agm|game|match|concert|show|gala|banquet|potluck|party|celebration|célébration|luncheon|brunch|in-service|huddle|vaccine clinic|flu clinic|clinique de vaccination|ran out of|salle de repos|break room|staff lounge|lounge|pour le personnel|for staff|storage|entreposage|rangement|sensory room|getting new|new (?:monitors|beds|stretchers|equipment)|donors?|donated|donateurs?|foundation|fondation|capacity|capacité|opens|ouvre|ouverture|grand opening|ribbon|inauguration|tour|open (?:mon|tue|wed|thu|fri|sat|sun)\w*|open (?:daily|weekdays|7 days)|ouverte? (?:du lundi|tous les jours|en semaine|7 jours))\b`, 'iu');
/**
 * The room as a building, its paint, door, window, sink or heating: "Room 3 in our ED got new
 * paint", "la chambre 12 a enfin une fenêtre qui ferme". Told "in our ED" too, so unlike the
 * facility words above only a patient or a person in the sentence makes it someone's room.
 */
const FIXTURE = wordRe(String.raw`\b(?:views?|vue|sunsets?|sunrise|coucher de soleil|lever de soleil|coldest|hottest|froid|chaud|drafty|se libérer|se libère|frees up|paint|peinture|doors?|portes?|windows?|fenêtres?|sinks?|lavabos?|faucets?|robinets?|ceiling|plafond|thermostat|air conditioning|climatisation|climatiseur|heating|chauffage|outlets?|plumbing|plomberie|leaks?|leaking|fuite|blinds)\b`, 'iu');
/** A fitting named by its room: "Cubicle 9 curtain has no hooks", "bed 4 rails", "room 12's call bell". */
const FIXTURE_AFTER = wordRe(String.raw`^(?:['’]s)?\s(?:curtains?|hooks?|rails?|side rails?|call bell|call light|tv|television|light|lights|blinds?|mattress|headboard|rideaux?|ridelles?|cloche|télé|lumières?)\b`, 'iu');
/** Someone in the sentence, by a pronoun: "elle est dans la chambre 12, près de la fenêtre". */
const SOMEONE = wordRe(String.raw`\b(?:she|he|her|his|him|they|elles?|ils|il(?!\s(?:fait|y a|faut))|lui)\b`, 'iu');
/**
 * Teaching beds and rooms: a mannequin lies in them, whatever else the sentence says ("Bed 4 in
 * the sim lab has a mannequin who has died 3,000 times").
 */
const SIMULATED = wordRe(String.raw`\b(?:simulation|sim (?:lab|centre|center|day|bay|room|suite)|mannequins?|manikins?|standardi[sz]ed patients?|patients? standardisée?s?|patients? simulée?s?|high-fidelity|haute fidélité|task trainers?)\b`, 'iu');
/** Hypotheticals and invented examples; cue words of the shared list plus "an invented line like". */
const HYPO = cueRe(HYPOTHETICAL);
const INVENTED = wordRe(String.raw`\b(?:invented|imaginary|imagined|made-up|inventée?s?|imaginaires?|fictive?s?)\b`, 'iu');
/**
 * A patient nobody in particular, in a protocol or a teaching line: "If a patient in bed 4
 * deteriorates, call...", "Si un patient du lit 4 se détériore...". The indefinite article is
 * what tells it from a real one ("if the patient in bed 4 deteriorates again tonight").
 */
const ANY_PATIENT = wordRe(String.raw`\b(?:if|when|whenever|once|should|in case|si|quand|lorsqu'|lorsque|dès qu'|dès que|au cas où)\s?(?:a|an|any|every|un|une|chaque|tout)\s(?:patients?|patientes?|pts?|residents?|résidente?s?|client(?:e|s)?)\b`, 'iu');
/** Containers: "Box 3 of the donated scrubs", "box 2 of 6". */
const CONTAINER = wordRe(String.raw`^(?:box|boîte|cube|crate|bin)\b`, 'iu');
/** What only an occupant does: "Room 318 called the bell 40 times", "side room 3 is on end-of-life care". */
const OCCUPANT_ACT = wordRe(String.raw`^\s?(?:(?:is|was)\s(?:now\s)?(?:on\s)?(?:end-of-life|palliative|comfort care|dying|asking|npo|confused|agitated|septic|crashing|coding)|has been (?:asking|calling|ringing|yelling|singing)|called the (?:call\s)?bell|rang|buzzed|pressed the (?:call\s)?bell|coded|fell|pulled (?:out\s)?(?:her|his|their)|vomited|pooped|desatted|died|passed away|refused|refuses|asked for|keeps (?:asking|calling|ringing|yelling)|wants (?:to (?:know|go home|see|talk|speak|leave)|everyone|(?:her|his|their) )|is asking (?:for|if|whether)|a sonné|est en fin de vie|est décédée?|a chuté|refuse)\b`, 'iu');
/** Someone told in the sentence before or after ("Mme Rita Boucher nous a quittés... Quatorze ans au lit 4 de notre unité"). */
function someoneBeside(ctx: RuleContext, i: number): boolean {
  for (const k of [i - 1, i + 1]) {
    const s = ctx.sentences[k];
    if (s && (has(ctx, k, 'patient', 'title', 'sex', 'relative') || SOMEONE.test(ctx.text.slice(s.start, s.end)))) return true;
  }
  return false;
}
/** The room said to be the unit's: "in our ED", "on our unit", "de notre unité". */
const OURS_AFTER = wordRe(String.raw`^\s?(?:(?:in|on|at|of)\s(?:our|the)\s(?:ed|er|emerg|unit|ward|department|floor|icu|clinic|pod)|(?:de|à|dans)\s(?:notre|l'|la)\s?(?:unité|urgence|département|étage|clinique|service))\b`, 'iu');
/** What happens in a room at work: a talk, a session, a meeting, not a stay. */
const EVENT = wordRe(String.raw`\b(?:we meet|meets|se réunit|nous nous réunissons|speaking|speaker|my talk|our talk|presenting|presentation|panel|session|workshop|seminar|webinar|meet-?up|lecture|course|exam|interview|orientation|retreat|conférencière?|présentation|atelier|séminaire|formation|séance|entrevue)\b`, 'iu');
/** A spot someone lies in, not a room something is held in. */
const BED_SPOT = /^(?:bed|lit|bay|baie|stretcher|civière|cubic|curtain|pod)/iu;
/** A clock time: "12:00", "2 pm", "14 h 30", "0800-1600". */
const CLOCK = /(?<![\p{L}\p{N}:])(?:(?:[01]?\d|2[0-3])(?::|\s?h\s?)[0-5]\d|(?:1[0-2]|0?[1-9])\s?[ap]\.?m\b|(?:[01]?\d|2[0-3])\s?h(?![\p{L}])|[01]\d[0-5]\d\s?[-–]\s?[0-2]\d[0-5]\d)/iu;
/** A day of the week or a month's day: the date something is held. */
const DAY = /\b(?:(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)days?|[Ll]undi|[Mm]ardi|[Mm]ercredi|[Jj]eudi|[Vv]endredi|[Ss]amedi|[Dd]imanche|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b|(?:[Jj]an|[Ff]eb|[Mm]ar|[Aa]pr|[Mm]ay|[Jj]un|[Jj]ul|[Aa]ug|[Ss]ep|[Oo]ct|[Nn]ov|[Dd]ec)[a-z]*\.?\s\d{1,2}\b|\d{1,2}(?:er)?\s(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre))/u;
/** A bed, bay or curtain named by a capital letter alone. */
const LETTERED = /(?<![\p{L}\p{N}])(?:[Bb]ay|[Bb]ed|[Ll]it|[Cc]ubicle|[Cc]urtain|[Ss]tretcher|[Cc]ivière|[Cc]ubicule)\s[A-H](?![\p{L}\p{N}'’-])/gu;
const LETTER_CUE = /(?:ay|ed|it|cle|ain|her|ère|ule)\s[A-H](?![a-z])/;
/** Two or more spots in one phrase: "beds 3 and 4", "lits 11 et 12", "rooms 4, 5 and 6". */
const SPOTS = wordRe(String.raw`\b(?:beds|bays|rooms|stretchers|cubicles|lits|chambres|civières|couchettes)\s\d{1,4}[a-z]?(?:,\s\d{1,4}[a-z]?)*,?\s(?:and|et|&)\s\d{1,4}[a-z]?\b`, 'giu');
/**
 * A bed named by its board code alone, as the sentence's subject, doing what only its occupant
 * does: "B7 keeps pulling her NG", "H2 is a 27F with her third DKA", "B7 arrache son tube". A
 * vertebra or a vitamin ("C2 fracture", "B12 is low") is not followed by an age or such a verb.
 */
const CODE_SUBJECT = /(?=[A-H])(?<=^|[.!?]\s{1,3}|\n)[A-H]\d{1,2}(?=\s(?:is an?\s\d{1,3}\s?(?:[MFH]\b|y\/?o\b|yo\b|-?year|ans\b)|(?:keeps|kept|won't|won’t|refuses|refused|wants|pulled|is pulling|arrache|veut|refuse|a arraché|sonne|a sonné)\b|a\s\d{1,3}\s(?:ans|mois)\b))/gu;
/** A unit's letter and a bed's number with no room word: "3B-11", "4B-12" (a ward board, a bed list). */
const UNIT_BED = firstLooked(/(?<![\p{L}\p{N}-])\d{1,2}[A-Z]-\d{1,3}(?![\p{L}\p{N}-])/gu);
/** A ward's or a room's number before a bed ("Ward 12 bed 6", "chambre 4 lit 2") is no count. */
const SPOT_BEFORE = endsWith(/(?<![\p{L}])(?:ward|unit|pod|room|floor|wing|unité|salle|chambre|aile)\s\d{1,3}[a-z]?\s?$/iu);
/** A person right before the room: "the lady in", "Ben de la", "the wife of". */
const OCCUPANT_BEFORE = endsWith(/(?:(?<![\p{L}])(?:lady|man|guy|gentleman|gent|woman|kid|boy|girl|baby|wife|husband|son|daughter|mom|mum|dad|dame|monsieur|madame|femme|mari|fils|fille|gars|petite?|bébé)|(?<=[\p{Ll},]\s)\p{Lu}\p{Ll}+)\s(?:in|from|of|de la|du|au)\s$/u);
/** A count of rooms or beds ("3 beds", "12 lits") is capacity, not a patient's place. */
const COUNT_BEFORE = /\d\s?$/u;
/**
 * Every phrase of NOT_CARE_BEFORE ends in a letter, a space at most before the room: read back
 * from the end first, since NOT_CARE_BEFORE tries each of its phrases there (a tenth of the
 * room rule's time on a tweet).
 */
const LETTER_BEFORE = endsWith(/\p{L}\s?$/u);

export default defineRule({
  id: 'room-bed',
  category: 'room',
  severity: 'medium',
  languages: ['en', 'fr'],
  description: 'A room, bed, bay or stretcher number in a care context ("room 412", "bed 4B", "lit 3").',
  guidance: 'guidance_room',
  detect(text, ctx) {
    const out: Span[] = [];
    const push = (start: number, end: number, confidence: number, weak: boolean) => {
      const before = text.slice(Math.max(0, start - 22), start);
      const after = text.slice(end, end + 30);
      if ((LETTER_BEFORE(before) && NOT_CARE_BEFORE(before)) || NOT_CARE_AFTER.test(after.toLowerCase()) || STATUS_AFTER.test(after) || (COUNT_BEFORE.test(before) && !SPOT_BEFORE(before))) return;
      // "POD1 for my lap chole lady": a post-operative day in capitals, not an ED pod.
      if (/^POD\s?#?\d/u.test(text.slice(start, end))) return;
      if (VENUE_BEFORE(text.slice(Math.max(ctx.sentenceAt(start).start, start - 50), start))) return;
      const i = sentenceIndex(ctx, start);
      const sentence = ctx.sentences[i]!;
      const said = text.slice(sentence.start, sentence.end);
      if (SIMULATED.test(said)) return;
      if (CONTAINER.test(text.slice(start, end)) && /^\s+of\b/iu.test(after)) return;
      if (!has(ctx, i, 'patient', 'encounter', 'title') && (FACILITY.test(said) || VENUE_AFTER.test(after))) return;
      if (LODGING_AFTER.test(after) && !has(ctx, i, 'title')) return;
      if (has(ctx, i, 'news')) return;
      const nobody = !has(ctx, i, 'patient', 'title', 'sex', 'relative') && !SOMEONE.test(said) && !personNear(ctx, start) && !OCCUPANT_ACT.test(after);
      if ((FIXTURE.test(said) || FIXTURE_AFTER.test(after)) && nobody) return;
      // "La chambre 8 de pédiatrie est maintenant une salle multisensorielle": with no one told there or beside.
      if (CONVERTED_AFTER.test(after) && nobody && !someoneBeside(ctx, i)) return;
      // A room in the story of an animal, a colleague or the author's own family is no patient's.
      // The author's own bed is theirs to tell, patient word and all ("I was the patient in Room 14B").
      if (notInCare(ctx, i) && (subjectOf(ctx, i) === 'self' || !has(ctx, i, 'patient', 'title'))) return;
      // "Room 3 in our ED is closed", "le lit 12 de notre unité a été changé", "speaking at 10:30,
      // Room 206A": the unit's own furniture or an event's room, told with no one in it.
      if ((OURS_AFTER.test(after) || EVENT.test(said)) && nobody && !someoneBeside(ctx, i)) return;
      // "Ethics rounds Thursday 12:00, Room B214", "open Mon to Fri 0800-1600, rm 2-104": a room
      // (not a bed) given a day and a clock time, with no one in it, is where something is held.
      if (nobody && !BED_SPOT.test(text.slice(start, end)) && CLOCK.test(said) && DAY.test(said) && !has(ctx, i, 'encounter') && !someoneBeside(ctx, i)) return;
      // A reminder or a generic word beside a named or aged person ("mrs jones in bed 2", "M. Lavoie
      // (ch. 208)") is still that person's bed; a hypothetical one is nobody's.
      // "the wife of bed 6", "gros Ben de la civière 7", "cubicle 6 keeps asking": someone lies there, whatever "everyone" the sentence holds.
      const someone = has(ctx, i, 'patient', 'encounter', 'title', 'relative') || personNear(ctx, start) || OCCUPANT_ACT.test(after) || OCCUPANT_BEFORE(text.slice(Math.max(sentence.start, start - 30), start));
      // Only a hypothetical that comes before the room frames it: "we will call you if anything
      // changes" after "your mom is in bed 18" is a promise, not a vignette.
      if (has(ctx, i, 'hypothetical') && !has(ctx, i, 'patient', 'encounter') && foldedOf(ctx).slice(sentence.start, end).search(HYPO) >= 0) return;
      if (INVENTED.test(text.slice(sentence.start, start))) return;
      // Television's rooms, and a room quoted as words ('« chambre 305 » est une information identifiante').
      if (aboutFiction(ctx, start) || quotedPhrase(ctx, start)) return;
      if (!has(ctx, i, 'encounter') && ANY_PATIENT.test(text.slice(sentence.start, start))) return;
      if (has(ctx, i, 'generic') && !someone) return;
      // "Welcome to the world, baby Maisie! Born at 0412 in delivery room 2": the name next door is whose room it is.
      // (Read only when a generic word is near: the names are asked about last.)
      const named = () => findNames(ctx).some((n) => Math.abs(sentenceIndex(ctx, n.start) - i) <= 1);
      if (around(ctx, start, 1, 'generic') && !someone && !around(ctx, start, 1, 'patient', 'encounter', 'title') && !named()) return;
      // "bed 4" and "lit 3" speak for themselves; "room 412" needs a care sentence around it.
      // "The lady in room 12": a person in the same sentence makes the room theirs.
      if (weak && !clinicalContext(ctx, start) && !personNear(ctx, start) && !has(ctx, i, 'sex', 'relative') && !OCCUPANT_ACT.test(after)) return;
      out.push({ start, end, confidence, reason: 'room' });
    };
    for (const m of matchAllNear(text, ROOM, ROOM_CUE, UNIT_PREFIX_MAX)) push(m.index, m.index + m[0].length, m.groups!.strong ? 0.8 : 0.65, !m.groups!.strong);
    // "Mr. De la Fontaine in bay C", "M. Des Rosiers du lit C": a bed or bay lettered, not numbered (the capital tells it from "le lit a").
    for (const m of matchAllNear(text, LETTERED, LETTER_CUE, Infinity)) {
      if (out.some((s) => m.index < s.end && s.start < m.index + m[0].length)) continue;
      push(m.index, m.index + m[0].length, 0.7, true);
    }
    // Before "in" or "la", \b is "no word character before": written as that lookbehind, V8
    // skips ahead to the letters instead of testing a case-blind Unicode \b at every position (9x faster).
    if (/(?<!\w)(?:in|la|du)\s\d/i.test(text)) {
      for (const m of matchAll(text, BARE)) {
        const year = /^(?:19|20)\d\d$/u.test(m[0]);
        // "Whoever is in 14 keeps yelling for her son": someone's relatives also make it a care story.
        const i = sentenceIndex(ctx, m.index);
        // "My daughter? She's in 12 now": the author's own family's 12 is a grade, not a room.
        if (around(ctx, m.index, 1, 'ownFamily') && !has(ctx, i, 'patient', 'encounter')) continue;
        // "The lady in 412 is 100", "the gentleman in 1107 asked me to dance. ninety-four.": her age says it is her spot.
        const aged = [i - 1, i, i + 1].some((j) => patientAgeSentences(ctx).has(j));
        if (!year && (clinicalContext(ctx, m.index) || has(ctx, i, 'relative', 'title') || aged)) push(m.index, m.index + m[0].length, 0.6, false);
      }
    }
    // Several beds at once are a count as often as a spot ("beds 3 and 4 are closed"): only with someone in the sentence.
    for (const m of /s\s\d/.test(text) ? matchAll(text, SPOTS) : []) {
      const i = sentenceIndex(ctx, m.index);
      if (!personNear(ctx, m.index) && !has(ctx, i, 'patient', 'title', 'sex', 'relative') && !SOMEONE.test(text.slice(ctx.sentences[i]!.start, ctx.sentences[i]!.end))) continue;
      push(m.index, m.index + m[0].length, 0.7, true);
    }
    for (const m of /[A-H]\d/.test(text) ? matchAll(text, CODE_SUBJECT) : []) {
      const i = sentenceIndex(ctx, m.index);
      const s = ctx.sentences[i]!;
      if (!clinicalContext(ctx, m.index) && !personNear(ctx, m.index) && !SOMEONE.test(text.slice(s.start, s.end))) continue;
      push(m.index, m.index + m[0].length, 0.6, false);
    }
    // A bare unit-and-bed code is a part number or a form's field as easily: only beside a named or aged patient.
    for (const m of /\d[A-Z]-\d/.test(text) ? matchAll(text, UNIT_BED) : []) {
      if (out.some((s) => m.index < s.end && s.start < m.index + m[0].length)) continue;
      const i = sentenceIndex(ctx, m.index);
      if (!personNear(ctx, m.index) && !has(ctx, i, 'title')) continue;
      push(m.index, m.index + m[0].length, 0.6, true);
    }
    for (const m of /icu|usi|soins intensifs|urgence|emerg/.test(ctx.lower) ? matchAll(text, WARD_BED) : []) {
      if (out.some((s) => m.index < s.end && s.start < m.index + m[0].length)) continue;
      const i = sentenceIndex(ctx, m.index);
      if (!personNear(ctx, m.index) && !has(ctx, i, 'title', 'sex', 'relative')) continue;
      push(m.index, m.index + m[0].length, 0.6, true);
    }
    // (A ward or a unit alone, "Ward 7", "unité 5 Est", is where the staff work and a whole ward's
    // patients lie: it is no one's spot, and reviewers label the bed, not the ward.)
    return out.sort((a, b) => a.start - b.start);
  },
  examples: {
    flag: [
      'Mr. Tremblay in [[bed 4]] keeps asking for his wife',
      'The lady in [[room 12]] keeps asking for her cat, so we printed her a photo',
      'Pt in [[room 412]] finally got her CT',
      '[[Bay 3]] is the frequent flyer again, ED is packed',
      'La patiente de la [[chambre 214]] a fait une chute cette nuit',
      'Monsieur au [[lit 3]] refuse ses médicaments',
      'Our charge nurse Tamsin ran the code in [[bed 6]] last night and he is sitting up eating toast',
      'Merci à notre infirmière-chef Sonia qui a géré le code au [[lit 9]] cette nuit',
      'Patient on [[stretcher 12]] has been waiting 14 hours in the ER',
      'Transferred the patient to [[room 5B, bed 2]] after rounds',
      '88F, she\'s in [[4B bed 2]] and still asking for her cat',
      'Petit garçon de 4 ans au [[lit 7]] qui m\'a dessiné une licorne',
      'Nuit mouvementée : 72M, [[lit 16]], désat à 84 %, on l\'a mis sous BiPAP',
      // A bare number where the patient is, and curtains, chairs and hallway spots.
      'She\'s in [[414]] and has pressed the call bell 61 times since midnight',
      'Whoever is in [[12B]] tonight, your wife brought you a lasagna. Please eat it, the nurses can\'t.',
      'Elle est dans la [[414]] et a sonné 61 fois depuis minuit',
      'Le monsieur de la [[12]] a fini par dormir, sa femme lui tient la main. Nuit en soins palliatifs.',
      '[[Curtain 6]] just asked me to marry her grandson, then asked for her meds',
      'Stretcher in [[hallway H3]]: aged 91, waiting 40 hrs for a bed',
      'Mrs Jones in [[bed 2]] says anyone can call her Nan',
      'little Mateo in [[PICU 3]] rang the bell today',
      'Patiente âgée de 90 ans, [[chambre 5-214]], chutes à répétition depuis une semaine',
      'Welcome to the world, baby Maisie! Born at 0412, 3.9kg, in [[delivery room 2]].',
      'The lady in hall [[bed 2]] keeps asking for tea, patient since 9 am',
      'Baby in [[crib 4]] in the NICU is finally feeding well',
      'La patiente en [[isolement 4]] refuse de porter son masque',
      'Our patient in [[LDR 3]] just delivered twins!',
      'Mrs. Okafor\'s son: your mom is in [[bed 18]], she is comfortable, and we will call you if anything changes',
      'Le patient de la [[chambre 412-B]] refuse son souper depuis hier',
      '[[Resus 2]] is a man in his 40s post-arrest, family on the way',
      'Whoever is in [[14]] keeps yelling for her son',
      'The gentleman in [[1212]] is 97 and asked for a whisky at midnight',
      'Gave the hearing aids back to the right ears today: Mr. Roy in [[6B]] and Mr. Roy in [[6C]]. Not brothers.',
      'Le petit du [[12]] a dessiné une licorne pour chaque infirmière',
      'Mme Tremblay du [[412]] a 101 ans aujourd\'hui!',
      '[[Room 318]] called the bell 40 times tonight',
      'LEBLANC in [[room 7]] wants to know if the soup is low-salt',
      'Little Noah from [[bed 3]] showed everyone his new cast',
      'Turns out Mr. Gill in [[bay C]] flew helicopters for 20 years',
      'M. Roy du [[lit B]] nous a chanté une chanson ce matin',
      '[[Bed 4]] call bell again, she wants her daughter',
      'Mr. Haddad in [[room 12]] slept through his whole teaching session',
      '[[Bed 7]] in our ICU: 84-year-old man, septic, family on the way.',
      'Mme Boucher nous a quittés hier. Douze ans au [[lit 4]] de notre unité.',
      'Side [[room 3]] is on end-of-life care, please keep it quiet',
      // A patient in the sentence keeps the room theirs, whatever the window does.
      'The patient in [[room 7]] wants the window open all night',
      'Mme Gagnon de la [[chambre 12]] trouve que la fenêtre fait du bruit',
      'Elle est dans la [[chambre 12]], près de la fenêtre, et refuse de manger',
      'The lady in [[bed 9]] says her view of the river is worth the hip fracture',
      'If the patient in [[bed 4]] deteriorates again tonight, call me',
      'Si la patiente du [[lit 4]] se détériore encore cette nuit, appelle-moi',
      'We admitted a man to [[bed 6]] last night who had been watching the hockey game when it started',
      'She was closed off all night, the lady in [[bed 9]], until her son came',
      // A resuscitation room and a hallway stretcher in French; someone in the bed whatever "everyone" the sentence holds.
      'La patiente en [[salle de réa 2]] est stable, sa fille est en route',
      'Le monsieur de la [[civière de corridor 4]] a enfin eu sa chambre',
      'I told everyone on the unit that the wife of Ward 4 [[bed 3]] can stay as long as she wants',
      'Ce soir, notre Réjean de la [[civière 8]] a expliqué le triage à tout le monde',
      // Two spots at once, a unit's letter with the bed's number, and the verb after a bare spot.
      'Mr. and Mrs. Olsen asked to stay together, so they are in [[beds 5 and 6]] tonight',
      'Mr. Dubé moved to [[room 5C-14]] after his scope',
      'Admitted Mrs. Kaur to [[5C-14]] at midnight, she is 84 and very polite',
      'Mr. Roy in [[12A]] takes his tea black and tells everyone about his boat',
      'Board for nights: [[bed 2]] H. Park NPO, [[bed 5]] J. Ross q4h vitals',
      'The toddler in [[cubicle 4]] has been asking everyone for stickers',
      'Imagine my surprise when the 97-year-old in [[bed 2]] asked for a whisky',
      // A board's shorthand: a stretcher, a civière, a bed by its code alone.
      'Man on [[str 14]], 52, roofer, fell two storeys this morning',
      'La dame de la [[civ 6]] a 88 ans pis elle veut son chapelet',
      '[[C4]] keeps ringing for her daughter, 86 and very sweet',
      '[[F3]] is a 44M with his second pancreatitis this month',
      'En [[salle de choc 2]], homme de 30 ans, motoneige contre un arbre',
      // Near the bed-state words: someone ready to go home, free of pain; a chart opened; a ward beside the bed.
      'Mrs. Roy in [[room 12]] is ready to go home',
      'The lady in [[bed 4]] is free of pain for the first time in weeks',
      'Le dossier de la patiente de la [[chambre 316]] a été ouvert 14 fois',
      'Mme Roy a déjà son groupe de chapelet. Sa [[chambre 8]] est maintenant une chapelle.',
      "Mr. Patel in [[bed 4]] on Ward 7 asked for his wife's dal",
    ],
    pass: [
      // A room given a day and a clock time, with no one in it: where something is held.
      'Grand rounds move to Room C110, Wednesday 12:15. Pizza provided.',
      // A decimal's whole part is a measure, not a bed.
      'Median wait for an inpatient bed 27.4 hours in October',
      'POD1 for my lap chole lady and she is already asking for toast',
      'Le lit A de la salle 3 est brisé depuis lundi.',
      'Cubicle 9 curtain has been missing its hooks since Tuesday, so now it is just a sheet.',
      'Bed 4 rails are broken again, biomed has been paged twice.',
      // An event's room, and an animal's, with no patient in them.
      'Thrilled to be speaking at CAEP 2027: June 5, 10:30, Room 206A, on boarding and hallway medicine.',
      'Orientation session for the new grads in room 4B at 9, bring your badge.',
      'Our old beagle Daisy had her dental at the vet today and is sulking in room 3 of the house, aka the laundry room.',
      // A hotel's or a convention centre's room, care words or not.
      'Our sepsis poster is up in Room 210, Shaw Centre, all afternoon.',
      'My room 809 at the Westin is nicer than any patient room on our unit.',
      // The unit's own furniture, with no one in it.
      'Bed 7 in our ICU finally got a working monitor mount. Small wins.',
      'La chambre 3 de notre unité est fermée pour désinfection jusqu\'à demain.',
      'Stretcher 4 in our ED has a broken brake again, please tag it.',
      'Grand rounds in Room 101 (conference centre) at noon',
      'Join the Zoom room 3 for the breakout session',
      'Bed rest is rarely helpful for low back pain',
      'We only have 3 beds available tonight in the ICU',
      'Unit 4 of the course covers delirium',
      'Hotel room 412 was tiny but the conference was great',
      'La salle 3 est réservée pour la formation',
      'Called to that exact room 30 seconds later #NurseHumor',
      'Workshop on Saturday at the Central Library, Room 301, free for all',
      'Simulation lab booked: Bay 3 for the neonatal resus scenario, residents by 0800',
      'Trauma bay 1 is getting new monitors this week thanks to our donors',
      'Bed 12 is being renovated, so the unit has 24 beds until March',
      'Grand rounds are in 414 at noon, bring lunch',
      'In 12B on the flight home from the nursing conference and the guy in 12C is coughing',
      'The new cubicles in the staff room are great, but cube 11 still has no outlet',
      'The patient in 2024 was the sickest I have seen',
      'She\'s in 3 different trials right now, says her oncologist',
      'ICU 2 is short three nurses tonight, send help',
      'Our team in NICU 2 won the hand hygiene award!',
      'Welcome to our new grads! Orientation is in delivery room 2 at 0800.',
      'Our lab passed ISO 15189 accreditation this week!',
      'Baby crib 4-pack on sale at the hospital gift shop',
      'Town hall, room 3, for the hospital board meeting',
      'Bed 4 in the sim lab has a mannequin named Stan who has died 3,000 times for our education',
      'Box 3 of the donated scrubs is in the lounge, size S and M. Help yourselves!',
      'No room numbers in posts. Even an invented line like "the 94-year-old in room 12" can point at someone.',
      'Resus 1 is fully stocked thanks to the night team',
      'Stretcher 4 needs a new mattress, whoever broke it',
      'Le lit 4 de l\'unité est brisé depuis une semaine',
      'Box 3 at the Bell Centre for the Habs game tonight with my nursing crew!',
      'Pod 4 nurses are the best nurses, prove me wrong',
      'Trauma 2 is where I learned to intubate, 20 years ago today',
      'Bed 14 on our unit is where I had my first code as a new grad',
      'Lit 4, c\'est là que j\'ai fait mon premier quart comme infirmière',
      'Just finished a 12-hour shift in bay 4 with the best team',
      'Worked resus 2 all night, my feet are done',
      'Bay 2 is the cardiac bay on our unit',
      'My daughter? She\'s in 12 now and loves chemistry',
      'Room 318 was repainted over the weekend',
      'Bed 6 has been closed since Monday for lack of staff',
      'Le lit 9 reste fermé jusqu\'en janvier, faute de personnel',
      'Our new family room 6 is finally open to parents on the unit',
      'Nursing Week gala on May 12 at the hospital, room 3, tickets at the desk',
      'Chambre 12, c\'est celle où il fait toujours froid. Apportez une veste.',
      'Room 12 on our unit has the best sunset view. Night shift perks.',
      'Lit 12 a la meilleure vue de l\'étage',
      'Our ED has 24 beds and bed 1 is always resus',
      'Nurses in pod 3 rocked it tonight',
      'Box 4 at the vaccine clinic ran out of needles by noon',
      'Chambre 305 est maintenant une salle de repos pour le personnel',
      'Lit 3 est toujours le premier à se libérer le lundi à l\'urgence',
      // Television's rooms, and rooms quoted as words.
      'Watching Grey\'s: the patient in bed 4 got a new heart in one episode. TV medicine',
      'Dans la série, la patiente de la chambre 12 guérit en un épisode',
      'Reminder: “the lady in room 12” can be enough to identify someone',
      'En formation : « le monsieur du lit 7, 84 ans » peut suffire à identifier quelqu\'un',
      // The room as a building: its paint, door, window, sink or heating.
      'Room 3 in our ED finally got new paint and a door that closes',
      'La chambre 12 a enfin une fenêtre qui ferme. Petites victoires.',
      'Room 7 on our unit has had a leaking sink for a month, facilities please',
      'Mme Tremblay du 12 mars au 14 avril en congé',
      'Beds 3 and 4 are closed for cleaning until noon',
      'Part 4B-12 of the pump kit is on back order again',
      'Mr. Singh in 2024 opened the new wing, and the unit has been better since',
      'La petite du 12 mars a gagné le concours de dessin de l\'école',
      'The guy in 14C on my flight home is 40 and snores',
      // A protocol's patient is nobody in particular.
      'If a patient in bed 4 deteriorates, call the rapid response team before paging the resident',
      'Si un patient du lit 4 se détériore, appelez l\'équipe d\'intervention rapide',
      'When a patient in room 12 rings twice in an hour, check on them in person',
      // A strength grade, a vertebra and a vitamin.
      'Neuro exam: str 5/5 in all four limbs, sensation intact',
      'C2 fracture on the CT, collar stays on',
      'B12 is a vitamin most older adults should have checked',
      // A clinic's room in a notice of its hours; a building's room ("local") in French.
      'Our foot clinic is open Mon to Thu 0900-1500, rm 3-210. Bring your health card.',
      'Présentation des résultats de l\'étude au local 3B-112 jeudi, merci aux patientes partenaires',
      // A bed flow board: a bed's state, not a patient's spot; a pair or a run of beds, a unit between.
      'Bed 12 is free, bed 14 being cleaned, flow team please send them up',
      'Lit 12 libre, lit 14 en nettoyage, on attend la gestion des lits',
      'Stretcher 4 and 5 are open, day team take report at 0645',
      // (An empty bed is left to the sentence: reviewers read "bay 5 empty" on a board of names as a spot.)
      'Le lit 22 du 6e est fermé depuis deux semaines faute de personnel',
      'Room 4 is ready, next admit can come up',
      // Ambulance bays, equipment's home, refurbishing, a room made into a lounge, a ward alone, a French decimal.
      'Whoever parked in ambulance bay 3, please move your car',
      'The crash cart lives in bay 3, not the supply room',
      'Resus 2 refurb is finally done',
      'La chambre 214 devient le salon des familles du 2e Nord',
      'Mrs. Okafor brought samosas for everyone on Ward 9 tonight',
      'Durée moyenne sur civière 19,4 h en janvier',
    ],
  },
});
