import type { RuleContext } from '../types.ts';
import { ANIMALS, CLINICAL_STAFF, CLINICAL_STAFF_NOT_RESIDENT, LEAD_ROLES, SUPPORT_STAFF, alt } from '../lexicons/staff-roles.ts';
import {
  PATIENT_ADJECTIVE, aboutClinician, aboutPet, anywhere, around, realEncounter, agedNewcomer, numberedBed, bringsSomeoneNew, broughtIn, signalsOf, cuePhrases, cueRe, firstPersonEncounter, fold, foldedOf, foldedSentence, has, patientWord, perAnalysis, teachingPost,
} from './signals.ts';
import { TwoForms } from './latin.ts';
import { endsWith } from './match.ts';
import { COMMON_WORDS } from '../lexicons/common-words.ts';
import { GRANDPARENT } from '../lexicons/cues.ts';
import { isPublicFullName } from '../lexicons/public-figures.ts';
import { introducedStaff, staffIntroducedAt, staffToken } from './staff.ts';
import { heldAsObject, someoneBefore } from './clause.ts';

/**
 * Whose story a sentence tells. Only 'care' (someone in the author's care, the default when
 * nothing says otherwise) makes a name, an age, a town or a date PHI; the others are people
 * whose details the author may share: the author themself, their own family, an animal, a colleague, someone in the
 * news or the past, nobody in particular (a teaching case, a hypothetical).
 */
export type Subject = 'care' | 'self' | 'family' | 'pet' | 'colleague' | 'public' | 'hypothetical';

/**
 * The subject of sentence `i`, judged once per analysis and read by every context step (names,
 * ages, places, dates, rooms, the case rule), so that they agree on whose story it is.
 */
export function subjectOf(ctx: RuleContext, i: number): Subject {
  return perAnalysis(ctx, 'subjects', judgeSubjects)[i] ?? 'care';
}

/**
 * Judges every sentence's subject as a stage of its own, before the names scan: otherwise the
 * first name judged pays for it, and on the engine's first run (the content script's warm-up,
 * where every cue list it reads is compiled) that made the names step the longest pause. Only
 * where a patient, an encounter, a title or a patient event is told (signals already scanned):
 * a post without them seldom asks, and one that does is judged on first ask as before.
 */
export function scanSubjects(ctx: RuleContext): void {
  if (anywhere(ctx, 'patient', 'encounter', 'title', 'event')) subjectOf(ctx, 0);
}

/** Case-sensitive, at a sentence's start: "Dad turns 90", "Nana turned 95", "Maman a eu 80 ans", "Mom's 70th". */
const KIN_BIRTHDAY_OPENS = new RegExp(String.raw`^[\s"“]*(?:${GRANDPARENT}|Mom|Mum|Dad|Papa|Maman)(?:\s(?:turned|turns|just turned|is turning|a eu|fête|fêtera)\s\d|['’]s\s\d{1,3}(?:st|nd|rd|th)\b)`, 'u');
function kinBirthdayOpens(ctx: RuleContext, i: number): boolean {
  const s = ctx.sentences[i]!;
  return KIN_BIRTHDAY_OPENS.test(ctx.text.slice(s.start, Math.min(s.end, s.start + 40)));
}

/** Sentence `i` tells of someone whose details are not a patient's. */
export function notInCare(ctx: RuleContext, i: number): boolean {
  return subjectOf(ctx, i) !== 'care';
}

function judgeSubjects(ctx: RuleContext): Subject[] {
  const n = ctx.sentences.length;
  const out = new Array<Subject>(n).fill('care');
  const post = postSubject(ctx);
  const teaching = teachingPost(ctx);
  const past = historyPost(ctx);
  // (A post that tells an encounter is a care story, whatever its patient reads or watches.)
  const fiction = fictionTold(ctx) && !anywhere(ctx, 'encounter');
  // The first sentence where the author tells their own stay in care (selfGoesOn carries it on).
  let selfStay = -1;
  // The last sentence that told someone known by name.
  let known = -2;
  for (let i = 0; i < n; i++) {
    // A teaching case's "Mme L., 82 ans" is nobody; "the pt is 67, MRN ..." in a case-study post is a chart.
    if (teaching && !patientWord(ctx, i)) { out[i] = 'hypothetical'; continue; }
    // A simulation's patient is a manikin, titled or not ('our sim manikin "Mrs. Hope" coded three times').
    if (SIMULATION.test(foldedSentence(ctx, i))) { out[i] = 'hypothetical'; continue; }
    // A show's or a book's people are characters, titled or not ("Mrs. Dalloway said she would buy
    // the flowers herself. Book club on 6 South tonight").
    if (fiction && fictionNear(ctx, i)) { out[i] = 'hypothetical'; continue; }
    // The author's own teacher or coach, thanked or mourned ("Mrs. Henderson, my grade 2 teacher"),
    // is someone from their past, title or not, unless the sentence tells them in care.
    // (A care word beside "my old teacher" may tell them in care: "I did CPR on my old Grade 6 teacher".)
    if (ownTeacher(ctx, i)) { out[i] = 'public'; continue; }
    // A courtesy title is a person seen in care ("Mr. Roy's dog", "Mme Roy, notre voisine").
    // "Mme Nadeau, inhalothérapeute, prend sa retraite": a titled colleague by their role.
    if (has(ctx, i, 'title') && titledStaff(ctx, i)) { out[i] = 'colleague'; continue; }
    if (has(ctx, i, 'title')) continue;
    // History's people, its first patient included, are in the books, not in anyone's care now;
    // so is anyone in a sentence set in a year no one alive was born in ("En 1822, à Mackinac, un voyageur de 19 ans...").
    if (past || OLD_SETTING.test(foldedSentence(ctx, i))) { out[i] = 'public'; continue; }
    // A vet's patient is the animal: in a post about one, the patient word does not make it human.
    if (post === 'pet') { out[i] = 'pet'; continue; }
    // Before the patient word: in "I was the patient in Room 14B" the patient is the author.
    if (selfInCare(ctx, i)) {
      out[i] = 'self';
      if (selfStay === -1) selfStay = i;
      continue;
    }
    if (patientWord(ctx, i)) continue;
    if (selfIntroduced(ctx, i)) { out[i] = 'self'; continue; }
    // The post's colleague or notice does not reach a sentence that brings in someone by their
    // age ("Saturday's polar plunge fundraiser ended with ... a 68-year-old retired miner").
    if ((post === 'colleague' || post === 'public') && !agedNewcomer(ctx, i)) { out[i] = post; continue; }
    if (has(ctx, i, 'news') && !firstPersonEncounter(ctx, i)) out[i] = 'public';
    // (A 'Celine Dion song' in a night told of a patient is a thing of the story, not its subject.)
    else if (knownByName(ctx, i) || (namesPublicFigure(ctx, i) && !firstPersonEncounter(ctx, i) && !has(ctx, i, 'timeFrame', 'sex'))) { out[i] = 'public'; known = i; }
    // "He died in October 2017 at 53": the one known by name goes on by a pronoun.
    else if (known === i - 1 && OPENS_ON_PRONOUN.test(foldedSentence(ctx, i)) && !has(ctx, i, 'encounter', 'title') && !someoneElse(ctx, i) && !OURS.test(foldedSentence(ctx, i))) { out[i] = 'public'; known = i; }
    // The author's family, unless the sentence brings in someone else beside them.
    // ("Dad turns 90 this weekend and the man still splits his own firewood": the sentence that
    // opens on the author's kin written as a name and their birthday is the family's, whoever "the man" is.)
    else if (has(ctx, i, 'ownFamily') && (!bringsSomeoneNew(ctx, i) || kinBirthdayOpens(ctx, i))) out[i] = 'family';
    else if (aboutPet(ctx, i) && petTold(ctx, i)) out[i] = 'pet';
    else if (aboutClinician(ctx, i) || staffTold(ctx, i) || staffOpens(ctx, i) || ownStaff(ctx, i) || staffIntroduced(ctx, i)) out[i] = 'colleague';
    else if ((has(ctx, i, 'hypothetical') && !realEncounter(ctx, i) && !refersBack(ctx, i))) out[i] = 'hypothetical';
    // An anniversary of someone met in care ("three years since I first met Priya in clinic, a 15-year-old who...") is theirs, not a public day.
    else if (!has(ctx, i, 'encounter') && ((remembrance(ctx, i) && !agedNewcomer(ctx, i)) || publicFigure(ctx, i) || (feat(ctx, i) && !around(ctx, ctx.sentences[i]!.start, 1, 'patient', 'encounter', 'clinical', 'unit', 'title')))) out[i] = 'public';
  }
  familyGoesOn(ctx, out);
  colleagueGoesOn(ctx, out);
  if (selfStay !== -1) selfGoesOn(ctx, out, selfStay);
  return out;
}

/**
 * The author tells their own time in care: "I was the patient in Room 14B", "in bed 4 of the CCU
 * with my own MI", "I spent Boxing Day as a patient", "après ma propre chirurgie". Their bed, age
 * and dates are theirs to give, unless the sentence brings in someone else (a title, a relative,
 * a newcomer, he or she).
 */
function selfInCare(ctx: RuleContext, i: number): boolean {
  const t = foldedSentence(ctx, i);
  return SELF_IN_CARE.test(t) && !has(ctx, i, 'title', 'relative') && !bringsSomeoneNew(ctx, i) && !THIRD_PERSON.test(t);
}
// Not "as a patient" alone ("Gord first came to us as a patient"), nor "my own" alone ("my own dad").
// The author's own injury is told in the first person with their own body or gear ("I rolled my
// sled", "je me suis pété le poignet"): a patient's is told in the third ("she broke her hip").
const SELF_IN_CARE = /\b(?:i was (?:the|a) (?:[a-z-]+ )?patient|i'm (?:the|a) (?:[a-z-]+ )?patient|i am (?:the|a) (?:[a-z-]+ )?patient|i (?:was|got|have been|'ve been) (?:just |finally )?diagnosed|j'ai (?:recu|eu) (?:un|mon|le) diagnostic|j'etais (?:la|le|une|un) patiente?|(?:my|ma|mon|mes) (?:own|propre|propres) (?:[a-z'-]+ ){0,2}?(?:surgery|c-section|caesarean|cesarean|section|delivery|labour|labor|mi|stemi|nstemi|heart attack|stroke|diagnosis|cancer|chemo|admission|hospital stay|stay|appendectomy|appendix|fracture|bypass|transplant|hospitali[sz]ation|chirurgie|cesarienne|accouchement|infarctus|avc|diagnostic|hospitalisation|sejour|greffe|operation|pontage)s?)\b|(?:my|ma|mon) (?:own|propre) (?:night|nuit|visit|visite|trip) (?:a l'urgence|aux urgences|(?:in|to|at) (?:the )?(?:er|ed|emerg))|\bi (?:just |finally |somehow )?(?:broke|fractured|sprained|rolled|twisted|tore|dislocated|cracked|busted|wrecked|hurt|injured|cut|burned|burnt|sliced|smashed|went over on) (?:my|both my)\b|\bje me suis (?:pete|petee|casse|cassee|fracture|fracturee|foule|foulee|tordu|tordue|blesse|blessee|coupe|coupee|brule|brulee|dechire|disloque|fait (?:une|un) (?:entorse|fracture|commotion))\b|\bi\b[^.!?]*\bas a patient\b|#(?:nurses?|doctors?|infirmieres?)(?:as|comme)?patients?\b|#infirmierepatiente\b/;
/** Someone else told by a pronoun: the story is theirs, not the author's. */
// Not the impersonal il: "Il y a trois semaines, j'ai reçu un diagnostic".
const THIRD_PERSON = /\b(?:he|she|he's|she's|his|him|il(?! y a\b| faut\b| fait\b| etait une fois\b)|elle|lui)\b/;
/**
 * The author's own stay goes on in the sentences after it that bring in no one else ("I spent
 * Boxing Day as a patient on my own unit. Discharged on the 28th."), not even "the man beside me".
 */
function selfGoesOn(ctx: RuleContext, out: Subject[], first: number): void {
  for (let i = first + 1; i < out.length && !someoneElse(ctx, i) && !bringsSomeoneNew(ctx, i) && !THIRD_PERSON.test(foldedSentence(ctx, i)); i++) if (out[i] === 'care') out[i] = 'self';
}

/**
 * A show, a film or a book the post talks about: a medical drama by its kind or its name, an
 * episode, a rerun, a book club, a novel reread. Not "watching", which a nurse does to a patient,
 * nor the bare "episode", which notes use for a bout of anything. The one list the subject
 * judgement and the ages read (folded text).
 */
const FICTION = /\b(?:book clubs?|club de lecture|novels?|(?:le|ce|un|mon) roman|(?:the|this|that) book|(?:le|ce) livre|in fiction|(?:re-?reading|en relisant)|medical dramas?|drames? medica(?:l|ux)|tv (?:shows?|series|medicine)|on tv|medecine de tele|a la tele|sitcoms?|the show|(?:la|cette) serie|this series|(?:series|season) finale|finale de saison|(?:this|last night's|tonight's|the|in one) episode|(?:cet|un|le dernier|en un|l') ?episode|in the pilot|en reprise|rewatch\w*|binge-?watch\w*|re-?watching|netflix|crave|disney\+|prime video|teleromans?|series? tele|grey's anatomy|greysanatomy|grey's (?:last night|tonight|this week)|the pitt|chicago med|the good doctor|call the midwife|new amsterdam|the house of god)(?![\p{L}])/u;
/** The post names a show or a book anywhere (tested once per analysis). */
function fictionTold(ctx: RuleContext): boolean {
  return perAnalysis(ctx, 'fiction', (c) => FICTION.test(foldedOf(c)));
}
/** Sentence `i` or one beside it names the show or the book. */
export function fictionNear(ctx: RuleContext, i: number): boolean {
  if (!fictionTold(ctx)) return false;
  for (let j = Math.max(0, i - 1); j <= Math.min(ctx.sentences.length - 1, i + 1); j++) if (FICTION.test(foldedSentence(ctx, j))) return true;
  return false;
}

/**
 * A colleague told of goes on in the next sentence that opens on them by a pronoun ("Our Santa
 * this year is Dr. Moreau from pediatrics. He's 62, from Shediac"), when neither sentence brings
 * in anyone else: their age and town are a colleague's.
 */
function colleagueGoesOn(ctx: RuleContext, out: Subject[]): void {
  for (let i = 1; i < out.length; i++) {
    if (out[i - 1] !== 'colleague' || out[i] !== 'care' || !OPENS_ON_PRONOUN.test(foldedSentence(ctx, i))) continue;
    if (bringsSomeoneNew(ctx, i - 1) || has(ctx, i - 1, 'encounter') || someoneElse(ctx, i)) continue;
    out[i] = 'colleague';
  }
}
const OPENS_ON_PRONOUN = /^[\s"“]*(?:he|she|he's|she's|il|elle)\b/;
function ownTeacher(ctx: RuleContext, i: number): boolean {
  const t = foldedSentence(ctx, i);
  if (has(ctx, i, 'encounter') || patientWord(ctx, i)) return false;
  return TEACHER_WRITTEN_TO.test(t) || (OWN_TEACHER.test(t) && !has(ctx, i, 'clinical'));
}
/** The author's own teacher or coach: "my Grade 10 biology teacher", "mon ancienne prof". */
const OWN_TEACHER = /\b(?:my|mon|ma|mes) (?:[a-z0-9'-]+ ){0,3}(?:teachers?|profs?|professors?|coach|mentor|principal|instructor|enseignante?s?|institutrice|instituteur|professeure?|maitresse|entraineure?)\b/;
/** A school teacher written to: "Dear Mrs. Henderson, grade 2 teacher", "Chère Mme Hébert, enseignante de 2e année". */
const TEACHER_WRITTEN_TO = /^[\s"“]*(?:dear|cher|chere)\s[^,:]{2,40}[,:]\s(?:(?:grade \d{1,2}|kindergarten|\d{1,2}(?:st|nd|rd|th) grade) (?:[a-z]+ )?teacher\b|(?:enseignante?|institutrice|instituteur|professeure?|maitresse) (?:de|en) (?:\d{1,2}(?:e|re|ere) annee|maternelle|premiere annee)\b)/;

/**
 * The author's family story goes on past the sentence with the family word ("My dad had his
 * knee done Monday. Home Tuesday. He's 79 ... Ron does not do rest"): every sentence after it
 * that brings in no one else is theirs too, until one does (a patient, a title, an encounter
 * of someone new, the news, a newcomer by an article). When no sentence of the post brings in
 * anyone else, the sentences before it are the same person's ("Grandpa Joe's sats are 99 ...
 * My grandfather is 86").
 */
function familyGoesOn(ctx: RuleContext, out: Subject[]): void {
  const first = out.findIndex((o, i) => o === 'family' && ownedFamily(ctx, i));
  if (first === -1) return;
  const other = out.map((_, i) => someoneElse(ctx, i));
  for (let i = first + 1; i < out.length && !other[i]; i++) if (out[i] === 'care') out[i] = 'family';
  // Not over a patient's bed ("we wheeled her bed into his room, room 318 ... I'm going to go hug my
  // husband") nor someone the author cared for by name ("je soignais Bertrand en dialyse ... mes
  // propres enfants"): the post's end turns to the author's family, the story before is a patient's.
  if (other.includes(true)) return;
  for (let i = 0; i < first; i++) if (numberedBed(ctx, i) || caredFor(ctx, i)) return;
  for (let i = 0; i < first; i++) if (out[i] === 'care') out[i] = 'family';
}
/** The author cared for someone they name: "I looked after Walter", "je soignais Bertrand". */
function caredFor(ctx: RuleContext, i: number): boolean {
  const s = ctx.sentences[i]!;
  return CARED_FOR.test(ctx.text.slice(s.start, s.end));
}
const CARED_FOR = /\b(?:I|we)\s(?:looked after|cared for|nursed|treated|admitted|discharged)\s\p{Lu}\p{Ll}+|\b(?:je|j'|on|nous)\s?(?:soignais|soignait|soignions|ai soigné|a soigné|avons soigné|suivais|suivait|ai suivi|a suivi|traitais|ai traité|a traité|accompagnais|ai accompagné)\s\p{Lu}\p{Ll}+/u;
/**
 * Sentence `i` names the author's own relative ("my dad", "Mom turned 90"), not only an "our"
 * that may be the unit's ("our first baby of the year", "our new family room").
 */
function ownedFamily(ctx: RuleContext, i: number): boolean {
  const s = ctx.sentences[i]!;
  const folded = foldedOf(ctx);
  return signalsOf(ctx).hits.ownFamily.some(([a]) => a >= s.start && a < s.end && !/^(?:our|notre|nos)\s/.test(folded.slice(a, a + 6)));
}
/** Sentence `i` brings in someone beside the author's family. */
function someoneElse(ctx: RuleContext, i: number): boolean {
  if (patientWord(ctx, i) || has(ctx, i, 'title', 'news')) return true;
  // "in memory of her mother": someone else's relative.
  const t = foldedSentence(ctx, i);
  if (THEIR_RELATIVE.test(t) && !ownedFamily(ctx, i)) return true;
  // "the baby" and "the woman" of a family story are its own; an article that brings one in is "a" or "un".
  return NEWCOMER.test(t) || agedNewcomer(ctx, i) || (has(ctx, i, 'encounter') && !has(ctx, i, 'ownFamily') && !CONTINUES.test(t));
}
const NEWCOMER = new RegExp(String.raw`${broughtIn('a|an|un|une|this|ce|cette', '|patient')}|\b(?:homme|femme|dame|monsieur|garcon|fille) de \d{1,3} ans\b`);
/** A relative of someone else's: "her mother", "whose son", "sa fille". */
const THEIR_RELATIVE = /\b(?:his|her|their|whose|dont la|dont le|sa|son|ses|leur|leurs)\s(?:[a-z'-]+\s)?(?:husband|wife|spouse|partner|son|sons|daughters?|mother|father|mom|mum|dad|brothers?|sisters?|grand\w+|niece|nephew|cousin|aunt|uncle|family|mari|femme|conjointe?|fils|filles?|mere|pere|freres?|soeurs?|famille|petite?-\w+)\b/;
/** A pronoun that goes on about the one already told. */
const CONTINUES = /\b(?:he|she|he's|she's|his|her|him|they|il|elle|lui|ils|elles)\b/;

/**
 * The author introduces themself: "Hi, I'm Sarah, 34, a nurse from Moncton", "Je m'appelle
 * Gaétan, 91 ans". Their own name, age and town are theirs to give, unless the same sentence
 * brings in someone else ("I'm Sarah, and last night a 34-year-old from Moncton...").
 */
function selfIntroduced(ctx: RuleContext, i: number): boolean {
  // Read first: the signals are already scanned, and a sentence with either needs none of the patterns.
  if (has(ctx, i, 'encounter', 'title')) return false;
  const s = ctx.sentences[i]!;
  const said = ctx.text.slice(s.start, s.end);
  // (A quoted "I'm Walter" is someone else's; the author may quote a nickname after their own origin.)
  // Told of oneself, "une fille de Shippagan" is a girl from there, not someone's daughter.
  const intro = SELF_INTRO.get(ctx.latin).test(said) && !QUOTE_MARK.test(said) && !has(ctx, i, 'relative');
  const folded = foldedSentence(ctx, i);
  const origin = SELF_ORIGIN.test(folded) && !agedNewcomer(ctx, i);
  return ((intro && !bringsSomeoneNew(ctx, i)) || origin) && !QUOTED.test(said);
}
/** The author tells where they come from or work: "I grew up in Shippagan", "moi qui travaille à Moncton", "originaire de Matane". */
const SELF_ORIGIN = /\b(?:i'm from|i am from|i grew up (?:in|on|near)|born and raised (?:in|on|near)|i was born (?:in|on|near)|je viens de|j'ai grandi (?:a|au|en|dans)|je suis nee? (?:a|au|en|dans)|(?:je suis )?originaire (?:de|du|des)|moi qui (?:travaille|vis|habite|viens|reste))\b/;
/** Someone else's words: "he told me: I'm Walter, 91", « Je m'appelle Gaétan », a-t-il dit. */
/** A manikin or an actor playing the patient, or a scenario's label ("Mock code: a 58-year-old..."): the sentence tells a simulation, not care. */
const SIMULATION = /^[\s"“]*(?:mock (?:code|trauma|scenario)|scenario|sim|simulation|mise en situation|code simule)\s?:|\b(?:manikins?|mannequins?|sim (?:lab|man|mom|baby|patient|centre|center|day|room|suite|session|scenario)|simulation (?:lab|centre|center|day|scenario)|high-fidelity|haute fidelite|standardi[sz]ed patients?|patients? standardisee?s?|patients? simulee?s?)\b/;
const QUOTE_MARK = /["“”«»]/u;
const QUOTED = /\b(?:told me|tells me|said|says|asked|introduced himself|introduced herself|m['’]a dit|a dit|nous a dit)\b/iu;
/** "I'm" or "my name is" opening the sentence or after a greeting, then a capitalised first name. */
const SELF_INTRO = new TwoForms(String.raw`(?:^|[,!:;]\s*|\b(?:[Hh]i|[Hh]ello|[Hh]ey|[Bb]onjour|[Ss]alut|[Aa]llo)\s+)(?:I['’]m|I am|[Mm]y name is|[Mm]y name's|[Jj]e m['’]appelle|[Mm]oi,? c['’]est|[Mm]on nom est|[Jj]e suis)\s\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?=[\s,.!)])`, 'u');

/**
 * What the whole post is about, when one sentence cannot say it: an animal ("Took Luna, our
 * 9-year-old husky, to the emergency vet... She had surgery at 2am"), or a colleague's tribute
 * ("Rest in peace, Jean-Guy, respiratory therapist here for 31 years... Visitation Thursday").
 * The pronouns of the following sentences are that animal or that colleague.
 */
function postSubject(ctx: RuleContext): Subject | null {
  const folded = foldedOf(ctx);
  if (anywhere(ctx, 'title')) return null;
  const noPatientWord = !ctx.sentences.some((_, i) => patientWord(ctx, i));
  // An animal's face or its vet where no person of a care story is told (no patient, relative,
  // sex, room or encounter): the one told of is the animal, named or not ("Juniper ate a sock ...
  // Seven months old ... 🐾", "Winnie is home from surgery ... The vet team at Westside").
  // (The cheap tests first: most posts with a patient word are done without the long lists.)
  const petFace = noPatientWord && (PET_EMOJI.test(ctx.text) || VET_PLACE.test(folded)) && !anywhere(ctx, 'encounter', 'patient', 'relative', 'sex', 'unit') && !HUMAN_RECORD.test(folded);
  if ((VET_TAG.test(folded) || petFace || ((anywhere(ctx, 'pet') || PET_EMOJI.test(ctx.text)) && (OWNED_PET.test(folded) || VET_NAMED.get(ctx.latin).test(ctx.text)))) && !HUMAN_HARM.test(folded) && !HUMAN_PERSON.test(folded)) return 'pet';
  // (A fundraiser for a child admitted last night is the child's story.)
  if (noPatientWord && NOTICE.test(folded) && !anywhere(ctx, 'event') && !ctx.sentences.some((_, i) => careCue(ctx, i) && !ownNotice(ctx, i))) return 'public';
  if (noPatientWord && TRIBUTE.test(folded) && (anywhere(ctx, 'clinician') || STAFF_TIE.test(folded) || STAFF_NAMED.get(ctx.latin).test(ctx.text))) return 'colleague';
  return null;
}

/**
 * The post tells history: a death or a founding in a year before anyone now in care was cared
 * for (before 1970), or a birth before anyone now alive (before 1910): "died in China in 1939",
 * "founded on 5 July 1948", "naissait en 1890", and tells nothing of now (no time frame, title,
 * encounter, or care told in the first person), nor anyone's age now or a relative of someone's
 * ("her husband, who died in 1958"). A patient's birth year ("née le 4 juillet 1940, hospitalisé
 * chez nous") is no history. Nor is any care dated before 1940 ("Insulin was given to him on
 * January 11, 1922"): no one cared for then is in anyone's care now, unless it is their birth.
 */
function historyPost(ctx: RuleContext): boolean {
  const folded = foldedOf(ctx);
  // Each of the three needs a year before 1970: a post without one (most) skips them all.
  return OLD_YEARISH.test(folded) && (PAST_END.test(folded) || PAST_BIRTH.test(folded) || oldDate(folded)) && !anywhere(ctx, 'timeFrame', 'title', 'encounter') && !MY_CARE.test(folded)
    && !agedNow(ctx) && !THEIR_RELATIVE.test(folded) && !RECORD.test(folded);
}
/**
 * Someone told with an age they have now ("Edna, 101, still talks about her husband, who died
 * at sea in 1958"; "a 94 yo veteran"): an old patient remembering. An age at death ("died in
 * 1939 at age 49", "mort en 1939, à 49 ans") is history's own.
 */
/** An age told in a sentence of its own time: "Leonard Thompson, 14, received the first insulin injection on Jan 11, 1922" is history's age. */
function agedNow(ctx: RuleContext): boolean {
  return ctx.sentences.some((_, i) => {
    const t = foldedSentence(ctx, i);
    return AGED_NOW.test(t) && !oldDate(t);
  });
}
const AGED_NOW = /(?<!\b(?:was|were|etait|avait) (?:a |an |un |une )?)\b\d{1,3}(?:[- ]years?[- ]old|\s?yo|\s?y\/o)\b|,\s\d{1,3}\s?,|\b(?:homme|femme|dame|monsieur|gars|garcon|fille|patiente?) de \d{1,3} ans\b/;
// A year written as a word of its own, not the end of a chart's numeric date ("DOB 03/04/1951", "1951-03-04").
const OLD_YEAR = String.raw`(?<![/\d-])(?:1[5-8]\d\d|19[0-6]\d)(?![/-]\d)`;
const BIRTH_YEAR = String.raw`(?<![/\d-])(?:1[5-8]\d\d|190\d)(?![/-]\d)`;
/** A cue word up to 60 characters before a year, or the year up to 30 before a cue word (`after`), in one sentence. */
const cueAndYear = (before: string, year: string, after = before) =>
  new RegExp(String.raw`\b(?:${before})\b[^.!?\n]{0,60}?\b${year}\b|\b${year}\b[^.!?\n]{0,30}?\b(?:${after})\b`);
const PAST_END = cueAndYear('died|dies|death|killed|founded|established|posthum\\w*|mort|morte|meurt|decede|decedee|deces|tue|tuee|fonde|fondee|fondait', OLD_YEAR, 'died|death|killed|founded|mort|morte|meurt|deces|fonde|fondee');
const PAST_BIRTH = cueAndYear('born|birth|nee?s?|naissait|naquit|naissance', BIRTH_YEAR);
const MONTH = '(?:january|february|march|april|may|june|july|august|september|october|november|december|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?)';
const PRE_1940 = String.raw`(?:1[5-8]\d\d|19[0-3]\d)`;
const OLD_DATE = new RegExp(String.raw`\b(?:\d{1,2}(?:er)? ${MONTH},? ${PRE_1940}|${MONTH} \d{1,2}(?:st|nd|rd|th)?,? ${PRE_1940})\b`, 'g');
const BIRTH_BEFORE = /(?<=\b(?:born|nee?s?|birth|naissance|dob|ddn)\b[^.!?\n]{0,12})/y;
/**
 * A day, month and year before 1940, not a birth's ("on January 11, 1922", "le 4 août 1921" but
 * not "née le 4 août 1931"). The birth is looked for behind each date found, not as the date
 * pattern's opening lookbehind: tried at every position, that cost a millisecond on 5,000 characters.
 */
function oldDate(folded: string): boolean {
  OLD_DATE.lastIndex = 0;
  for (let m; (m = OLD_DATE.exec(folded)) !== null; OLD_DATE.lastIndex = m.index + 1) {
    BIRTH_BEFORE.lastIndex = m.index;
    if (!BIRTH_BEFORE.test(folded)) {
      OLD_DATE.lastIndex = 0;
      return true;
    }
  }
  return false;
}
/** A sentence set in a year before 1900: "En 1822,", "in 1847 a surgeon...". */
const OLD_SETTING = /\b(?:in|en|by|vers|circa|around)\s(?:the (?:year|winter|spring|summer|fall) (?:of )?|l'(?:an|hiver|ete|automne) |)1[5-8]\d\d\b/;
/** What OLD_YEAR, BIRTH_YEAR and PRE_1940 all match, bare. */
const OLD_YEARISH = /1[5-8]\d\d|19[0-6]\d/;
/** A chart's words: a date of birth or a time of death is a record's, not history's. */
const RECORD = /\b(?:dob|ddn|d\.o\.b|date of birth|date de naissance|time of death|heure du deces|pronounced|constate|mrn|chart|dossier)\b/;
/** Care told by its giver: "my patient", "j'ai soigné", "we admitted". */
const MY_CARE = /\b(?:my|our|mon|ma|mes|notre|nos) (?:[a-z'-]+ )?(?:patients?|patientes?|pts?|residents?|residentes?|clients?|clientes?)\b|\bi (?:cared|looked after|nursed|treated|admitted|saw)\b|\bj'ai (?:soigne|traite|vu|admis)\b/;

/** The sentence's animal is the one told of (the author's, a vet's), not one in a person's story ("a cat in a laundry basket"). */
function petTold(ctx: RuleContext, i: number): boolean {
  const t = foldedSentence(ctx, i);
  return OWNED_PET.test(t) && !HUMAN_HARM.test(t) && !HUMAN_PERSON.test(t);
}

/**
 * "If you can help, call her daughter Sheena": a condition that goes on about someone already
 * told is about that real person; a vignette brings in its own ("if a 34-year-old teacher came in").
 */
function refersBack(ctx: RuleContext, i: number): boolean {
  return i > 0 && PRONOUN.test(foldedSentence(ctx, i));
}
const PRONOUN = /\b(?:he|she|him|her|his|hers|il|elle|lui|sa|son|ses)\b/

/**
 * An organisation's notice to the public: a job, a move, new premises or numbers, hours, a
 * closure, a fundraiser, an event it holds (a career day, a flu clinic, a CPR class, a drill),
 * a walk-in service or a clinic's weekdays, equipment going live. Its rooms, addresses, numbers and dates are the organisation's, and so are
 * the care words of the notice itself ("Notre clinique déménage", "our home visits cover 14
 * towns ... donations to"); a care story told in another sentence keeps its own.
 */
const NOTICE = cuePhrases(String.raw`\b(?:job posting|now hiring|we'?re hiring|apply (?:by|now|online|today)|postulez|on recrute|offre d'emploi|we'?re moving|we have moved|relocat(?:ing|ed|es|ion) to|(?:is|are) moving to|same hours|memes heures|meme numero|same (?:phone )?number|(?:^|[.!\n]\s*)(?:notice|avis|hours|heures)(?=\s?:)|new (?:address|location|premises)|nouvelle adresse|nouveaux? locaux|demenage|ouvrent|ouvrira|now open|opening (?:on|soon)|visiting hours|heures de visite|fundraiser|levee de fonds|collecte de fonds|donate|faites un don|dons? (?:pour|a|au|aux)|donations? (?:to|for)|open house|portes ouvertes|new (?:fax|phone|telephone|main) (?:number|line)|(?:nouveau|nouvelle) (?:numero|ligne|telecopieur|fax)|(?:opening|office|clinic|holiday) hours|hours of operation|heures d'ouverture|horaire des fetes|(?:will be|is|are) closed (?:on|for|from|until)|sera fermee?|seront fermee?s|career (?:day|fair)|(?:health|job|wellness) fair|(?:flu|flu shot|vaccine|vaccination|immuni[sz]ation|walk-in) clinic (?:this|on|at|next)|blood drive|info(?:rmation)? session|(?:hands-only )?cpr (?:class|course|training|session|demo)|first[- ]aid (?:class|course|training|session)|(?:cours|formation) (?:de )?premiers soins|hands-only cpr|journee (?:carriere|portes ouvertes|sante)|salon de l'emploi|clinique de vaccination|collecte de sang|seance d'information|(?:cours|formation) (?:de )?rcr|(?:is|are|we'?re|we are|now) recruiting|open (?:day|evening)|goes live|go-live|going live|will go live|(?:mise|entre|entrera) en service|(?:mass[- ]casualty|fire|evacuation|disaster|emergency|code (?:orange|red|green|silver)) (?:drill|exercise)|drill (?:tomorrow|today|tonight|this|next|on)|exercice (?:d'evacuation|incendie|de mesures d'urgence|code orange|de simulation)|no appointments?(?: needed| necessary| required)?|sans rendez-vous|pas de rendez-vous|(?:walk|drop)-ins? welcome|(?:clinics?|cliniques?) (?:does|do|runs?|holds?|is open|are open|offers?|fait|tient|offre|est ouverte?) (?:[a-z']+ ){0,3}?(?:every |chaque |tous les |les )?(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|lundis?|mardis?|mercredis?|jeudis?|vendredis?|samedis?|dimanches?)|closing date|closes (?:on )?\d{1,2}\b|date limite)\b`);

/** Sentence `i` tells an encounter or a patient cue, not the adjective ("one very patient crew"). */
function careCue(ctx: RuleContext, i: number): boolean {
  if (has(ctx, i, 'encounter')) return true;
  if (!has(ctx, i, 'patient')) return false;
  const s = ctx.sentences[i]!;
  const folded = foldedOf(ctx);
  return signalsOf(ctx).hits.patient.some(([a, b]) => a >= s.start && a < s.end && !(folded.slice(a, b) === 'patient' && PATIENT_ADJECTIVE(folded.slice(Math.max(0, a - 16), a))));
}
/** Sentence `i` is the notice itself and tells no one's time ("Notre clinique déménage!"; not "Fundraiser for Aiden, admitted last night"). */
function ownNotice(ctx: RuleContext, i: number): boolean {
  return NOTICE.test(foldedSentence(ctx, i)) && !has(ctx, i, 'timeFrame', 'sex', 'relative');
}

const ANIMAL = alt(ANIMALS);
/** A vet's own tag: the post is a vet's day, and its patient an animal whatever it is called. */
const VET_TAG = /#(?:vet(?:med|tech|nurse|student|life)|techniciennevet|veterinaire|petloss|catmom|dogmom|catdad|dogdad|catsofinstagram|dogsofinstagram)/;
/** A vet's practice by its name: "at Rideau Valley Vet", "Lakeshore Veterinary" (with an animal told, not a veteran). */
const VET_NAMED = new TwoForms(String.raw`\p{Lu}\p{Ll}+ (?:Vet|Veterinary|Vétérinaire|Animal Hospital|Animal Clinic)\b`, 'u');
/** An animal's face in the post: with a vet or an owner, the one told of is the animal. */
const PET_EMOJI = /[\u{1F415}\u{1F408}\u{1F429}\u{1F43E}\u{1F436}\u{1F431}\u{1F639}\u{1F430}\u{1F407}\u{1F434}\u{1F439}\u{1F9AE}]/u;
/** A person's record beside the vet ("a fax to the vet clinic: Sukhdeep Gill, PHN ..."): the one told of is human. */
const HUMAN_RECORD = /\b(?:phn|mrn|ohip|ramq|nam|hcn|dob|ddn|nhs|sin|nas|health card|carte soleil|chart|dossier|date of birth|date de naissance)\b/;
/** The vet's place or team, or a care only animals get (a spay, heartworm): "the vet" alone may be a veteran. */
const VET_PLACE = cuePhrases(String.raw`\b(?:spay\w*|neuter\w*|heartworm|deworm\w*|kibble|litter box|zoomies|vet (?:clinic|hospital|team|tech|techs|bill|visit)|(?:the|our|my) vet (?:says|said|thinks|told (?:us|me)|called|wants)|(?:le|la|notre) veterinaire (?:dit|a dit|pense|nous a dit|veut)|emergency vet|animal hospital|veterinary (?:clinic|hospital|team)|clinique veterinaire|hopital veterinaire|chez (?:le|la) veterinaire)\b`);
/** An animal of the author's or at the vet's: "our golden retriever", "notre chatte", "the emergency vet" (not "a vet", who may be a veteran). */
const OWNED_PET = new RegExp(cueRe(String.raw`\b(?:(?:our|my|notre|mon|ma|nos|mes)\s(?:[a-z'-]+\s){0,2}(?:${ANIMAL})|(?:the|emergency)\svet\b|vet (?:clinic|hospital|tech)|animal hospital|clinique veterinaire|chez (?:le|la) veterinaire)`).source);
/** An animal that hurt someone: the story is the person's ("bitten by a neighbour's dog"). */
const HUMAN_HARM = /\b(?:bit|bitten|bite|bites|kicked|mauled|attacked|trampled|gored|mordue?s?|morsures?|attaquee?|pietinee?)\b/;
/** A person of a care story beside the animal ("a 4 yo girl", "un garçon de 8 ans"). */
const HUMAN_PERSON = /\b(?:\d{1,3}[- ]?(?:year[- ]old|yo|y\/o)\s(?:man|woman|boy|girl|kid|child|lady|guy|male|female)|(?:man|woman|boy|girl|kid|child|lady|gentleman|toddler|infant|baby|homme|femme|dame|monsieur|madame|garcon|fillette|enfant|bebe) (?:aged|of|de) \d)/;

/** A farewell, a cheer or a milestone of the staff: a death, a funeral, a retirement, an award, an appointment, a portrait or plaque unveiled. */
// Not "retired": a retired lineman is a patient's former trade.
const TRIBUTE = cuePhrases(String.raw`\b(?:rest in peace|rip|in memoriam|in loving memory|passed away|funeral|visitation|celebration of life|memorial (?:walk|run|service|fund|bench|mass|tree|scholarship|ride)|celebration de la vie|en memoire du?|obituary|funerailles|obseques|salon funeraire|on a perdu|we lost|(?:lost|perdu) (?:a|one of our|un|une|l'un de nos|l'une de nos) (?:colleagues?|collegues?|own)|celebration of (?:his|her|their) life|celebration de (?:sa|leur) vie|nous a quittes|retiring|retires|retire (?:from|after|this|next|on)|retirement(?! (?:home|residence|village|community|facility|lodge))|(?<!\ba la )retraite|(?:said|say|saying|bid) (?:goodbye|farewell) to|farewell|bon depart|congratulat\w*|happy (?:\d{1,3}(?:st|nd|rd|th) )?birthday|joyeux anniversaire|bonne fete|felicitations|award\w*|prix|prize|medal|medaille|order of canada|ordre du canada|honou?r\w*(?<!honou?red)|honou?red(?! (?:that|to share|to tell))|laureate?|in (?:your|our) thoughts|thoughts and prayers|nos pensees|appointment|appointed|nomination|nommee?|promot\w*|welcom(?:e|es|ing)|bienvenue|years of service|ans de service|unveil\w*|devoil\w*|portrait|plaque|named (?:in|after) (?:her|him|them)|en (?:son|leur) honneur|in (?:her|his|their) honou?r)\b`);
/**
 * The one honoured was one of the staff: "respiratory therapist ... for 31 years", "started as a
 * primary care paramedic in Truro", "taught half of us", "inhalothérapeute depuis 28 ans", "34 years as our unit clerk", "founded our palliative care unit". Not "with us for three years" or "on our unit": a long-stay
 * resident was with us too.
 */
/** Our roles, folded: "unit clerk", "préposée", "inhalothérapeute" (not a resident, who may live on the unit). */
const STAFF_ROLES = fold(alt(CLINICAL_STAFF_NOT_RESIDENT, SUPPORT_STAFF, LEAD_ROLES).toLowerCase());
const STAFF_TIE = new RegExp(cueRe(String.raw`\b(?:(?:taught|trained|mentored) (?:us|me|half of us|all of us|so many of us|generations)|nous a (?:tous |toutes )?(?:formee?s?|appris)|(?:therapist|${STAFF_ROLES}|technicienne?)s? (?:(?:chez nous|ici|here|with us|on (?:our|the) (?:unit|floor|ward)) )?(?:for|depuis|pendant) (?:\d{1,2}|[a-z]+) (?:years|ans)|(?:\d{1,2}|[a-z]+) (?:years|ans) (?:as|comme) (?:our|a|an|the|notre|une?|la|le) (?:[a-z'-]+ ){0,2}?(?:${STAFF_ROLES})\b|(?:rn|md|np|rrt|bscn|msn),|(?:joined|joining) (?:our|the) (?:[a-z'-]+ ){0,2}(?:team|unit|ward|icu|er|department|staff|floor|clinic|hospital|program|programme)\b|(?:started|began) (?:(?:her|his|their) career )?(?:as|on) (?:an?|the) (?:[a-z'-]+ ){0,3}?(?:${STAFF_ROLES})s?\b|a commence comme (?:[a-z'-]+ ){0,3}?(?:${STAFF_ROLES})\b|(?:a |ont )?rejoint (?:notre|nos|l'|la|le) ?(?:[a-z'-]+ ){0,2}?(?:equipe|unite|urgence|soins intensifs|clinique|hopital|service|departement|programme)\b|(?:ran|worked|served|volunteered) (?:in |at |on )?(?:the |our )?(?:hospital|unit|ward|clinic|er|icu|or|floor|emergency)\b|(?:retire|retires|retiring) from (?:our|the|this) (?:[a-z'-]+ ){0,2}(?:hospital|unit|ward|clinic|er|icu|floor|department|team|service|program)\b|(?:she|he|they) (?:started|began) (?:here|on (?:our|the|this) (?:unit|floor|ward)) in (?:19|20)\d\d|(?:founded|started|built|opened) (?:our|the|this) (?:[a-z'-]+ ){0,3}(?:hospital|unit|ward|clinic|program|programme|service|department)|a (?:fonde|cree|mis sur pied|ouvert) (?:l'|le |la |notre )(?:[a-z'-]+ ){0,3}?(?:hopital|unite|clinique|programme|service|departement))`).source);
const ROLE = String.raw`(?:[Nn]urse practitioner|[Nn]urse|[Pp]aramedic|[Pp]hysician|[Ss]urgeon|[Pp]harmacist|[Mm]idwife|[Rr]espiratory therapist|[Uu]nit clerk|[Cc]are aide|RN|NP|RT|PSW|[Ii]nfirmière(?:-chef)?|[Ii]nfirmier|[Ii]nhalothérapeute|[Pp]réposée?|[Aa]mbulancière?|[Pp]harmacienne?|[Mm]édecin|[Ss]age-femme|AIC|ASI)`;
/**
 * One of the staff by name: the role before the name ("Nurse practitioner Marc Bélanger"), a
 * plural role before a list of first names ("Charge nurses Riya and Marco", "our RTs Sam and Jo",
 * "les infirmières Julie et Karine"), or in apposition after it ("Karine Dubé, inhalothérapeute à
 * Chicoutimi"); not a former one, which is a patient's past trade ("Mme Roy, retired nurse").
 */
const NAMES_LIST = String.raw`\p{Lu}\p{Ll}+(?:,\s\p{Lu}\p{Ll}+)*,?\s(?:and|&|et)\s\p{Lu}\p{Ll}`;
const STAFF_NAMED = new TwoForms(String.raw`(?:^|[\s(])(?:${ROLE}\s\p{Lu}\p{Ll}+\s\p{Lu}|${ROLE}s\s${NAMES_LIST})|\p{Lu}\p{Ll}+,\s(?:(?:our|notre|an?|une?)\s)?${ROLE}(?![\p{L}])`, 'u');
/**
 * Sentence `i` tells of staff named by their role ("Charge nurses Riya and Marco kept 4 East
 * running through a code"), and of no one else: no patient, title, sex, relative or newcomer.
 * Their shift's codes and admissions are work, not a case.
 */
function staffTold(ctx: RuleContext, i: number): boolean {
  const s = ctx.sentences[i]!;
  return STAFF_NAMED.get(ctx.latin).test(ctx.text.slice(s.start, s.end)) && !has(ctx, i, 'title', 'sex', 'relative') && !bringsSomeoneNew(ctx, i) && !FORMER.test(foldedSentence(ctx, i));
}
/** A title, a name and their role in apposition ("Mme Nadeau, inhalothérapeute,"), not a patient's past trade ("Mme Roy, infirmière retraitée"), nor in a sentence with a patient or an encounter. */
function titledStaff(ctx: RuleContext, i: number): boolean {
  const s = ctx.sentences[i]!;
  return TITLED_STAFF.get(ctx.latin).test(ctx.text.slice(s.start, s.end)) && !patientWord(ctx, i) && !has(ctx, i, 'encounter', 'relative') && !bringsSomeoneNew(ctx, i);
}
const TITLED_STAFF = new TwoForms(String.raw`\b(?:Mr|Mrs|Ms|Mme|M|Monsieur|Madame)\.?\s\p{Lu}\p{Ll}+,\s(?:(?:our|notre|an?|une?)\s)?${ROLE}(?![\p{L}])(?!\s(?:retraitée?|retired|à la retraite))`, 'u');
/**
 * Sentence `i` opens on someone the post made staff ("Our volunteer Agnes knits hats for the NICU.
 * Agnes is 91 and just getting started") and brings in no one else, nor a room, bed or encounter:
 * their age and town are a colleague's.
 */
function staffOpens(ctx: RuleContext, i: number): boolean {
  const staff = introducedStaff(ctx);
  if (!staff.size) return false;
  const s = ctx.sentences[i]!;
  const first = OPENING_NAME.exec(ctx.text.slice(s.start, s.end));
  return first !== null && staff.has(staffToken(first[1]!)) && !has(ctx, i, 'title', 'sex', 'relative', 'unit', 'encounter') && !bringsSomeoneNew(ctx, i);
}
/**
 * Sentence `i` tells of the author's own trainee, teacher or teammate ("My nursing student asked
 * me to share this", "My FY1 came to find me with news", "my preceptor retires Friday") and of
 * no one else (no patient, relative, newcomer or numbered bed): the pronouns that go on about them are theirs (colleagueGoesOn).
 */
function ownStaff(ctx: RuleContext, i: number): boolean {
  return OWN_STAFF.test(foldedSentence(ctx, i)) && !has(ctx, i, 'encounter', 'title', 'patient', 'relative') && !patientWord(ctx, i) && !bringsSomeoneNew(ctx, i) && !numberedBed(ctx, i);
}
/**
 * Sentence `i` introduces one of our staff by a role right before their name ("Shout out to our
 * ward clerk Tasha, who turned 30 this weekend and came in Monday with donuts", "our manager Priya
 * was born on March 1") and no one else: no patient noun, title, relative, newcomer, bed, nor a
 * third person other than the one named. Their coming in and their birthday are theirs; a patient
 * they cared for is told by one of those ("our RN Sam admitted a 67-year-old", "...held his hand").
 */
function staffIntroduced(ctx: RuleContext, i: number): boolean {
  const s = ctx.sentences[i]!;
  const at = staffIntroducedAt(ctx);
  if (!at.some((o) => o >= s.start && o < s.end)) return false;
  const t = foldedSentence(ctx, i);
  if (patientWord(ctx, i) || PATIENTS.test(t) || has(ctx, i, 'title', 'relative', 'sex') || bringsSomeoneNew(ctx, i) || numberedBed(ctx, i) || OTHER_PERSON.test(t)) return false;
  // "...quand Noah Awashish, 12 ans, est arrivé": someone else given an age by name.
  const staff = introducedStaff(ctx);
  for (const m of ctx.text.slice(s.start, s.end).matchAll(NAME_AGED)) if (!staff.has(staffToken(m[1]!))) return false;
  return true;
}
/** A man told by a pronoun, who may be someone the staff member cared for. */
const OTHER_PERSON = /\b(?:him|his|lui)\b/;
const PATIENTS = /\b(?:pts|patients|patientes|clients|clientes)\b/;
const NAME_AGED = /(\p{Lu}\p{Ll}+),\s\d{1,3}\b/gu;
/** Opening the sentence, as its subject: not "so our lab tech Rosa drew his blood", where the child is the story. */
const OWN_STAFF = new RegExp(String.raw`^[\s"“]*(?:my|our|mon|ma|mes|notre|nos)\s(?:[a-z'-]+\s){0,2}?(?:${STAFF_ROLES}|fy[12]|f[12]|sho|registrar|preceptee|mentee|trainee|orientee)s?\b`);
const OPENING_NAME = /^[\s"“]*([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:['’]s)?)(?![\p{L}])/u;
/** A past trade: "Mme Roy, retired nurse", "ancienne infirmière". */
const FORMER = /\b(?:retired|former|ex|ancienne?|retraitee?)[\s-]/;

/**
 * A day of remembrance or an anniversary ("Le 6 décembre, on se souvient des 14 femmes de
 * Polytechnique", "20 years ago today, SARS..."): a public event remembered, no one's care.
 */
function remembrance(ctx: RuleContext, i: number): boolean {
  return REMEMBRANCE.test(foldedSentence(ctx, i));
}
/**
 * Sentence `i` opens on someone by full name with no title and no care anywhere near ("Saku Koivu
 * was diagnosed with Burkitt lymphoma in 2001 and came back to the Canadiens", "Lucien Bouchard a
 * perdu sa jambe..."): someone everyone knows. A patient told by full name comes with the care, in
 * that sentence or beside it ("Ruby Shingoose was born ... in our NICU"; "Jean Tremblay is 84. He came in last night").
 */
function knownByName(ctx: RuleContext, i: number): boolean {
  const t = foldedSentence(ctx, i);
  if (!YEAR.test(t) || !opensOnFullName(ctx, i) || has(ctx, i, 'encounter', 'title', 'sex', 'unit', 'relative') || A_PATIENT.test(t) || OURS.test(t)) return false;
  const s = ctx.sentences[i]!;
  // (A death or a treatment is news too: only a patient noun, an encounter or a title beside it tells care.)
  return !around(ctx, s.start, 1, 'encounter', 'title') && !(i > 0 && patientWord(ctx, i - 1)) && !(i + 1 < ctx.sentences.length && patientWord(ctx, i + 1));
}
/**
 * Sentence `i` writes out a public figure's full name from the list as what it tells of ("Typhoid
 * Mary: Mary Mallon, cook, Long Island, 1906.", "Repose en paix Jean Béliveau..."), not as what
 * someone told before it likes or hears ("She's 92 and loves Anne Murray.", "ils ont écouté Ginette Reno").
 */
function namesPublicFigure(ctx: RuleContext, i: number): boolean {
  const s = ctx.sentences[i]!;
  const said = ctx.text.slice(s.start, s.end);
  CAPITALISED_RUN.lastIndex = 0;
  for (let m; (m = CAPITALISED_RUN.exec(said)) !== null;) {
    const words = m[0].split(/\s+/u);
    for (let a = 0, at = m.index; a + 1 < words.length; at += words[a]!.length + 1, a++) {
      for (let b = a + 2; b <= Math.min(words.length, a + 3); b++) {
        const name = words.slice(a, b).join(' ');
        // A name that ends the sentence or owns what follows keeps its stop or its apostrophe ("... Anne Murray.", "Henrietta Lacks' cells").
        if (!isPublicFullName(name) && !isPublicFullName(name.replace(WORD_END, ''))) continue;
        const from = s.start + at;
        if (!(heldAsObject(ctx, s.start, from) && someoneBefore(ctx, i, from))) return true;
      }
    }
  }
  return false;
}
const WORD_END = /(?:['’]s?|\.+)$/u;
/** Two or more capitalised words in a row ("Maurice Richard", "Typhoid Mary", "Michael J. Fox"). */
const CAPITALISED_RUN = /\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*)+/gu;
/** The news of someone known is dated by its year; a patient's by its day ('tonight', 'lun. 3 mars'). */
const YEAR = /(?<![/\d-])(?:19|20)\d\d(?![/-]\d)/;
/** The author's side told in the sentence: 'coming to us', 'on our unit'. */
const OURS = /\b(?:we|us|our|ours|nous|notre|nos)\b/;
const A_PATIENT = /\b(?:patients?|patientes?|pts?|clients?|clientes?)\b|\b(?:our|the|a|this|notre|la|une|cette)\s(?:residents?|residente?s?)\b/;
/** "Gordie Howe played pro hockey until he was 52": the sentence opens on a full name with no title. */
export function opensOnFullName(ctx: RuleContext, i: number): boolean {
  const s = ctx.sentences[i]!;
  const m = FULL_NAME_OPENING.exec(ctx.text.slice(s.start, Math.min(s.end, s.start + 60)));
  return m !== null && !COMMON_WORDS.has(m[1]!.toLowerCase());
}
const FULL_NAME_OPENING = /^[\s"“(]*(?!(?:Mr|Mrs|Ms|Mx|Miss|Mme|Mlle|Dr|Dre|Monsieur|Madame|Nurse|Pt|Patient|Patiente|Baby|Little|Old|Sir|Saint|St)\b)(\p{Lu}\p{Ll}+)(?:-\p{Lu}\p{Ll}+)?\s\p{Lu}\p{Ll}[\p{L}'’-]*\s\p{Ll}/u;

/** Someone known to all, told as such: "Bob Cole, the voice of HNIC", "a hockey legend", "an Olympian". */
function publicFigure(ctx: RuleContext, i: number): boolean {
  return PUBLIC_FIGURE.test(foldedSentence(ctx, i));
}
const PUBLIC_FIGURE = /\b(?:the (?:voice|face|host|star|founder|creator|captain) of|(?:hockey|music|broadcasting|sports|nhl|cfl) legend|hall of famer|olympian|olympique|la voix de|l'animateur de|l'animatrice de)\b/;
/**
 * A feat cheered in a post with no care around it ("My neighbour's son, 17, won gold at the
 * provincial championship in Regina"): a town's news, not a patient's story.
 */
function feat(ctx: RuleContext, i: number): boolean {
  return FEAT.test(foldedSentence(ctx, i));
}
const FEAT = /\b(?:won (?:gold|silver|bronze|the)|wins (?:gold|silver|bronze|the)|gold medal|championships?|tournament|scholarship|graduated|made the team|a remporte|medaille d'(?:or|argent|bronze)|championnat|tournoi|bourse d'etudes)\b/;
const REMEMBRANCE = new RegExp(cueRe(String.raw`\b(?:we remember|remembering|lest we forget|anniversary of|years ago today|today in (?:1[89]|20)\d\d|on this day in|(?:\d+|[a-z]+) years since|marks (?:\d+|[a-z]+) years|il y a (?:\d+|[a-z]+) ans aujourd'hui|tragedie (?:de|du|d')|tragedy|(?:on|nous) (?:se souvient|nous souvenons)|souvenons-nous|commemor\w*|anniversaire (?:de la|du|des) (?:tragedie|tuerie|drame|deces|catastrophe))\b`).source);
