import { defineRule } from '../define-rule.ts';
import { CHEER, findAges, isPatientAge } from '../context/ages.ts';
import { dateTie, findDates } from '../context/dates.ts';
import { findNames } from '../context/names.ts';
import { findPlaces } from '../context/places.ts';
import { OCCUPATION_ALT } from '../lexicons/occupations.ts';
import { NOT_PLACES } from '../lexicons/places.ts';
import { COMMON_WORDS } from '../lexicons/common-words.ts';
import { aboutClinician, advice, around, cuePhrases, cueRe, firstPersonEncounter, foldedOf, has, lowerSlice, perAnalysis, realEncounter, sentenceIndex, signalsOf, teachingPost, type Signal } from '../pipeline/signals.ts';
import type { RuleContext, Span } from '../types.ts';
import { endsWith, matchAll } from '../pipeline/match.ts';
import { subjectOf } from '../pipeline/subject.ts';
import { firstWord } from '../pipeline/words.ts';

// A story can identify a patient with no name at all: in #ShareAStoryInOneTweet (JMIR
// 2020;22(9):e19746), 2% of care stories named the patient but 32% could be recognised by
// family or friends, mostly from a time frame plus a few details. So this rule scores the
// quasi-identifiers of a sentence or two (exact age, sex, occupation, town or unit, time
// frame, rare condition, relatives, an unusual event) and raises one finding over the
// sentences when together they point at one person. PHIPA and PIPEDA use the same
// "reasonably foreseeable" test (guidance.md C8).

// Alphabetical, so a set's names come out sorted when its bits are read from the lowest.
const QUASI = ['age', 'date', 'decade', 'event', 'known', 'name', 'notable', 'occupation', 'place', 'rare', 'relative', 'room', 'sex', 'time', 'unit'] as const;
type Quasi = (typeof QUASI)[number];
/** A set of details is a bit mask (bit k = QUASI[k]): a post makes thousands of them. */
const Q = Object.fromEntries(QUASI.map((q, k) => [q, 1 << k])) as Record<Quasi, number>;
const FROM_SIGNAL: Partial<Record<Signal, Quasi>> = {
  // Relatives first: "your mom's ring" tells of a family, and the sex is usually said elsewhere.
  // A rarity before relatives: "triplets" or "conjoined twins" are what people remember.
  rare: 'rare', relative: 'relative', sex: 'sex', timeFrame: 'time', event: 'event', unit: 'unit', notable: 'notable',
};
const SIGNAL_QUASI = Object.entries(FROM_SIGNAL) as Array<[Signal, Quasi]>;
/**
 * What makes a story recognisable (corpus convention, after Ahmed et al. 2020): a time frame
 * or a specific event that dates it, plus at least two other details from different groups.
 * Exact age and sex count as one group; a named care unit alone counts for nothing.
 */
const GROUP: Record<Quasi, string | null> = {
  age: 'demo', sex: 'demo', decade: 'demo', occupation: 'occupation', place: 'place', room: null,
  unit: null, rare: 'rare', relative: 'relative', event: 'event', name: 'name', date: null, time: null,
  // The only pharmacist in town, a neighbour, the kindergarten teacher: one person to those who know them.
  notable: 'notable',
  // Someone the author knows outside care ("works at my kid's daycare"): recognisable twice over.
  known: 'known',
};
const GROUP_NAMES = [...new Set(Object.values(GROUP).filter((g): g is string => g !== null))];
/** Each detail's group as one bit (0 for details that count for nothing alone). */
const GROUP_BIT = QUASI.map((q) => (GROUP[q] === null ? 0 : 1 << GROUP_NAMES.indexOf(GROUP[q]!)));
const EVENT_GROUP = 1 << GROUP_NAMES.indexOf('event');
/** Other details needed beside the time frame or event; one more makes it high. */
const NEEDED = 2;
/** Sentences taken together: a tweet's worth, so a story told in two sentences still adds up. */
const WINDOW = 320;

function score(union: number, told: boolean): { dated: boolean; others: number } {
  const dated = told || (union & (Q.time | Q.date | Q.event)) !== 0;
  let groups = 0;
  for (let k = 0; k < QUASI.length; k++) if (union & (1 << k)) groups |= GROUP_BIT[k]!;
  // The event that dates the story does not also count as one of its details.
  if (!told && !(union & (Q.time | Q.date)) && (union & Q.event)) groups &= ~EVENT_GROUP;
  let others = 0;
  for (; groups; groups &= groups - 1) others++;
  return { dated, others };
}

function names(union: number): string {
  const out: string[] = [];
  for (let k = 0; k < QUASI.length; k++) if (union & (1 << k)) out.push(QUASI[k]!);
  return out.join('+');
}

const OCCUPATION = cuePhrases(String.raw`\b(?:${OCCUPATION_ALT})(?:s|es|e)?\b`);
/** "retired organist", "ex-Mountie", "ancienne juge": a former trade narrows as much as a current one. */
// Habits and roles are no trade: "ex-smoker", "ancienne fumeuse", "a former patient".
const NOT_A_TRADE = String.raw`(?:smokers?|fumeuses?|fumeurs?|drinkers?|users?|patients?|patientes?|this|that|last|in|on|at|after|before|from|to|and|or|but|the|a|an|early|yesterday|today|recently|now|with|his|her|their|my|our|since|because|when|year|years|month|months|de|du|des|la|le|les|et|ou|en|il|elle|cette|ce)\b`;
const FORMER = cueRe(String.raw`\b(?:retired|former|ex-|semi-retired|ancien|ancienne)\s?(?:rn|md|np|lpn|rt|pt|cop|vet|mp|(?!${NOT_A_TRADE})[a-z][a-z'-]{2,})`);
/** "déneigeur retraité" (folded): the trade before the word, found from the word (rare) backwards. */
const RETIRED_FR = /\bretraitee?\b(?<=\b(?!(?:est|etait|bonne|prend|prendre|pris|depart|pour|sera|suis|heureuse|heureux|une|sa|leur|votre|notre|future?)\s)[a-z][a-z'-]{2,}\sretraitee?)/g;
const CARE_ROLE = /^(?:resident|residente|intern|nurse|infirmiere|paramedic|ambulanciere?|prepose|preposee|surgeon|pharmacist|pharmacienne?|technician)/;
/** "every resident I know", "tous les infirmiers": a kind of people, not one person's trade. */
const ANY_BEFORE = endsWith(/\b(?:every|each|any|all|no|chaque|tous les|toutes les|aucune?)\s(?:[a-z-]+\s)?$/);
const STAFF_BEFORE = endsWith(/\b(?:our|my|his|her|their|notre|nos|mon|ma|ses|leurs?)\s(?:[a-z-]+\s)?$/);
const SELF_BEFORE = endsWith(new RegExp(cueRe(String.raw`\b(?:i'm|i am|i was|as an?|je suis|j'étais|en tant que|comme)\s(?:an?\s|un\s|une\s)?(?:[a-z0-9'-]+\s){0,2}$`).source));
const DECADE = cueRe(String.raw`\b(?:in (?:his|her|their) (?:early |mid |late |mid-|early-|late-)?\d0s|[1-9]0s(?=,)(?<=, (?:early |mid |late )?[1-9]0s)|dans la (?:vingtaine|trentaine|quarantaine|cinquantaine|soixantaine)|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty)-something|\d0-something|teenager|teen|ado|adolescente?|toddler|newborn|nouveau-née?|infant|nourrisson|(?:kid|child|little one|enfant|bambin)(?<=\b(?:a|the|this|un|une|le|la|ce|cette) (?:little |young |petit |petite )?(?:kid|child|little one|enfant|bambin)))\b`);
/**
 * A trade told loosely: "worked the mines 40 years", "drove school bus for 30 years",
 * "a travaillé 40 ans à la caisse", "still runs the hardware store". Years on the job or a
 * business of one's own narrow a small town down as much as the trade's name.
 */
const LOOSE_TRADE = cueRe(String.raw`\b(?:(?:worked|drove|farmed|fished|taught|logged|mined|trucked|preached|coached|nursed|served|spent|a travaille|a enseigne|a conduit|a peche|a ete|travaillait)\b[^.,;!?]{0,40}?\b(?:\d{1,2}|twenty|thirty|forty|fifty|sixty|vingt|trente|quarante|cinquante|soixante) (?:years|yrs|ans)|(?:kid|student|girl|guy|boy|etudiante?|jeune) (?:at|from|a|au|de) (?:the |la |le |l')?(?:college|university|high school|cegep|polyvalente|universite)|(?:still )?(?:runs|ran|owns|owned|tient|tenait) (?:the|a|his|her|la|le|l'|un|une|sa|son) (?:[a-z'-]+ )?(?:store|shop|diner|restaurant|bakery|garage|farm|dairy|motel|pub|hardware store|gas station|marina|campground|daycare|depanneur|casse-croute|ferme|boulangerie|epicerie|magasin|quincaillerie|garderie|salon|cantine))\b`);
/**
 * Landmarks of a small place ("collapsed at the curling club", "au dépanneur"): to the people
 * who go there, as telling as the town's name.
 */
// The place's noun first and its preposition behind it: "a " and "on " alone are everywhere.
const LANDMARK = cueRe(String.raw`\b(?:legion|rink|arena|curling club|co-op|coop|mill|mine|harbour|harbor|wharf|marina|dock|pier|church|convent|post office|hardware store|tim'?s|tim hortons|casino|bingo hall|motel|campground|ski hill|golf course|ball diamond|dam|bridge|falls|canal|quarry|gravel pit|fairgrounds|fall fair|legion hall|community hall|town hall|band office|bus shelter|bus stop|bus station|train station|laundromat|food bank|shelter|soup kitchen|beach|arena|legion|quai|marina|eglise|couvent|polyvalente|caisse pop(?:ulaire)?|depanneur|quincaillerie|moulin|barrage|pont|chute|salle paroissiale|salle communautaire|club de curling|terrain de golf|bingo|abribus|arret d'autobus|gare|banque alimentaire|refuge)\b(?<=\b(?:(?:at|by|near|behind|outside|on|to|in front of) the (?:[a-z]+ )?(?:legion|rink|arena|curling club|co-op|coop|mill|mine|harbour|harbor|wharf|marina|dock|pier|church|convent|post office|hardware store|tim'?s|tim hortons|casino|bingo hall|motel|campground|ski hill|golf course|ball diamond|dam|bridge|falls|canal|quarry|gravel pit|fairgrounds|fall fair|legion hall|community hall|town hall|band office|bus shelter|bus stop|bus station|train station|laundromat|food bank|shelter|soup kitchen|beach)|(?:a|au|pres de|devant|derriere) (?:la |le |l')?(?:arena|legion|quai|marina|eglise|couvent|polyvalente|caisse pop(?:ulaire)?|depanneur|quincaillerie|moulin|barrage|pont|chute|salle paroissiale|salle communautaire|club de curling|terrain de golf|bingo|abribus|arret d'autobus|gare|banque alimentaire|refuge)))`);
const KNOWN = /\b(?:my|mon|ma|mes)\b/;
/**
 * Words one of which every match of a pattern holds (checked on the folded post): a pattern
 * that cannot be scanned by its opening words (match.ts) is not run over a post that holds none
 * of them. The patterns that can be are run as they are: the word index their scan reads is
 * built once per text, where a gate's alternation would read the whole post again.
 */
// One alternation of literals: one pass over the post, where an includes() per word read it once per word.
const gate = (words: readonly string[]) => new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
export const holdsAny = (text: string, g: RegExp) => g.test(text);
/** Runs `re` over the folded post only when the post holds one of the words its matches need. */
const gatedMatches = (folded: string, words: RegExp, re: RegExp) => (holdsAny(folded, words) ? matchAll(folded, re) : []);
const FORMER_WORDS = gate(['retired', 'former', 'ex-', 'ancien']);
/** AREA runs on the text as written; its lead words, folded and lower-cased, are in the folded post. */
const AREA_WORDS = gate(['outside', 'near', 'north of', 'south of', 'east of', 'west of', 'on lake', 'pres de', 'au nord de', 'au sud de', "a l'est de", "a l'ouest de", 'sur le lac', 'originaire de', 'native of']);
/** "outside Swift Current", "près de Saint-Ours": where it happened, which narrows like a hometown. */
// (\b reads ASCII words only, so it cannot come before "à".)
const AREA_NAME = String.raw`\s(\p{Lu}[\p{L}'’-]{2,30}(?:[\s-]\p{Lu}[\p{L}'’-]{1,30}){0,2})`;
const AREA_WORDS_RE = String.raw`\b(?:outside(?: of)?|near|north of|south of|east of|west of|on Lake|près de|au nord de|au sud de|sur le lac|originaire de|native of)`;
const AREA_FRENCH_RE = String.raw`(?<![\p{L}\p{N}_])à l['’](?:est|ouest) de`;
const AREA = new RegExp(`(?:${AREA_WORDS_RE}|${AREA_FRENCH_RE})${AREA_NAME}`, 'gu');
// AREA's two openings read words differently (ASCII "\b", Unicode lookbehind), so as one pattern it
// cannot be scanned by its words and is tried at every position of a long post. Apart, each can.
const AREA_SPLIT = [new RegExp(AREA_WORDS_RE + AREA_NAME, 'gu'), new RegExp(AREA_FRENCH_RE + AREA_NAME, 'gu')] as const;

/**
 * AREA's matches, from its two halves. They open on different characters, so where no match of
 * one overlaps a match of the other, AREA's own scan finds exactly both halves' matches, in order;
 * otherwise (text no one writes: "Saint-près de X") AREA itself is run.
 */
function areaMatches(text: string): RegExpExecArray[] {
  const [a, b] = AREA_SPLIT.map((re) => matchAll(text, re)) as [RegExpExecArray[], RegExpExecArray[]];
  if (!b.length) return a;
  if (!a.length) return b;
  const all = [...a, ...b].sort((x, y) => x.index - y.index);
  for (let i = 1; i < all.length; i++) if (all[i]!.index < all[i - 1]!.index + all[i - 1]![0].length) return matchAll(text, AREA);
  return all;
}
const ROOM = cueRe(String.raw`\b(?:room|rm|bed|bay|box|pod|cubicle|stretcher|chambre|lit|civière)\s?#?\s?(?:\d{1,4}[a-z]?|[a-z]\d{1,3})\b`);

/**
 * Arriving, or being met, told of one person: "a retired teacher showed up with...", "had a nun
 * this week with...", "Réanimé un joueur de 16 ans". With no care word in the post these still tell an encounter.
 */
const ARRIVAL = cueRe(String.raw`\b(?:showed up|turned up|came by|dropped (?:in|by)|came through the door|rolled up|drove (?:himself|herself|themselves) in|came back in|got called out|called out (?:to|for)|drove out to|est (?:arrivee?|passee?|venue?)|s'est pointee?|(?:a|est) debarquee?|(?:resuscitated|revived|reanimee?) (?:a|an|this|une?|cette|ce) |(?:had|got|met|treated|attended|j'ai eu|on a eu|j'ai rencontre|on a recu|j'ai recu) (?:a|an|this|une?|cette|ce) (?:[a-z'-]+ )?(?:${OCCUPATION_ALT}|\d{1,3}-year-old|man|woman|lady|guy|gent|gentleman|kid|child|boy|girl|teen|teenager|toddler|baby|mom|mum|dad|grandma|grandpa|grandmother|grandfather|couple|chap|lad|lass|bloke|fella|monsieur|madame|dame|femme|homme|gars|jeune|ado|enfant|bebe|fille|garcon|couple))\b`);
/** "a young mum", "un monsieur": an article before a person word points at one person. */
const ONE_BEFORE = endsWith(/\b(?:a|an|the|this|that|un|une|le|la|ce|cette)\s(?:[a-z'-]+\s)?$/);
/** A cue list for .test(): without the global flag, so no lastIndex is carried between posts. */
const testRe = (src: string) => { const re = cueRe(src); return new RegExp(re.source, re.flags.replace('g', '')); };
const FORMER_CARE = /\b(?:retired|former|ex-|ancienne?)\s(?:family\s|de famille\s)?(?:doctor|physician|surgeon|nurse|gp|medecin|chirurgien(?:ne)?|infirmiere|md|rn)\b/;
const STREET_BEFORE = endsWith(/\b(?:rue|avenue|av|boulevard|boul|chemin|ch|route|rang|place|montee|cote)\s$/);
const OURS_BEFORE = endsWith(/\b(?:our|notre|nos)\s$/);
const WORD_AFTER = /^\s?[a-z]/;
/** "my 4-year-old": the author's own child. */
const MINE_BEFORE = endsWith(/\b(?:my|our|mon|ma|mes|notre|nos)\s$/);
/** Each gated pattern with its words, for the test that holds every match to its gate. */
export const GATES = (): Array<{ words: RegExp; re: RegExp; folded: boolean }> => [
  { words: FORMER_WORDS, re: FORMER, folded: true },
  { words: AREA_WORDS, re: AREA, folded: false },
];
/** The author describing themself ("when I was a 20-year-old student from Brandon"). */
const SELF_DESC = testRe(String.raw`\b(?:i was|i'm|i am|when i was|as a young|j'etais|je suis|quand j'etais)\s(?:a|an|un|une|just a|juste une?)\s`);

/** "my patient" names whose story it is; "came in", "we saw", "brought in" tell an encounter. */
const POSSESSIVE_ONLY = /^(?:my|our|mon|ma|mes|nos|notre)\s/;
function tells(ctx: RuleContext, j: number): boolean {
  return perAnalysis(ctx, 'caseTells', tellingSentences).has(j);
}
function tellingSentences(ctx: RuleContext): Set<number> {
  const out = new Set<number>();
  const folded = foldedOf(ctx);
  for (const [a, b] of signalsOf(ctx).hits.encounter) if (!POSSESSIVE_ONLY.test(folded.slice(a, b))) out.add(sentenceIndex(ctx, a));
  for (const m of arrivals(ctx)) out.add(sentenceIndex(ctx, m.index));
  return out;
}

function arrivals(ctx: RuleContext): RegExpExecArray[] {
  return perAnalysis(ctx, 'caseArrivals', (c) => matchAll(foldedOf(c), ARRIVAL));
}
const arrivalIn = (ctx: RuleContext, j: number) => {
  const s = ctx.sentences[j]!;
  return arrivals(ctx).some((m) => m.index >= s.start && m.index < s.end);
};


function quasiBySentence(ctx: RuleContext): { sets: Int32Array; first: number[]; last: number[]; single: boolean[]; board: boolean[]; aged: boolean[] } {
  const n = ctx.sentences.length;
  // One particular person: an age, a name, a room, a town tied to them, one worker (not "nurses").
  const single = new Array<boolean>(n).fill(false);
  const one = (start: number) => { single[sentenceIndex(ctx, start)] = true; };
  const sets = new Int32Array(n);
  const first = new Array<number>(n).fill(Infinity);
  const last = new Array<number>(n).fill(-1);
  const seen = new Set<number>();
  const note = (q: Quasi, start: number, end: number) => {
    // One word is one detail: "mom" is a sex or a relative, not both.
    if (seen.has(start)) return;
    seen.add(start);
    const i = sentenceIndex(ctx, start);
    sets[i]! |= Q[q];
    first[i] = Math.min(first[i]!, start);
    last[i] = Math.max(last[i]!, end);
  };
  const sig = signalsOf(ctx);
  for (const [name, q] of SIGNAL_QUASI) {
    for (const [s, e] of sig.hits[name]) note(q, s, e);
  }
  // "a family of five", "une famille de cinq": one particular household.
  for (const [s, e] of sig.hits.relative) if (/^(?:family|famille) (?:of|de) /.test(foldedOf(ctx).slice(s, e))) one(s);
  const folded = foldedOf(ctx);
  for (const [start, end] of OCCUPATION.scan(folded)) {
    // "#paramédic" is the post's topic; "rue Principale" a street.
    if (folded[start - 1] === '#' || STREET_BEFORE(folded.slice(Math.max(0, start - 12), start))) continue;
    const before = folded.slice(Math.max(0, start - 24), start);
    if (SELF_BEFORE(before)) continue;
    // "our outreach nurse", "l'infirmière de nuit": the staff, not a patient's trade.
    if (CARE_ROLE.test(folded.slice(start, end)) && STAFF_BEFORE(before)) continue;
    if (ANY_BEFORE(before)) continue;
    note('occupation', start, end);
    if (folded[end - 1] !== 's') one(start);
  }
  const former = gatedMatches(folded, FORMER_WORDS, FORMER);
  if (folded.includes('retraite')) for (const m of matchAll(folded, RETIRED_FR)) former.push(m);
  for (const m of former) {
    if (SELF_BEFORE(folded.slice(Math.max(0, m.index - 24), m.index))) continue;
    // "our retired chief of surgery", "notre ancienne infirmière-chef": a colleague, not a patient's trade.
    if (OURS_BEFORE(folded.slice(Math.max(0, m.index - 8), m.index))) continue;
    note('occupation', m.index, m.index + m[0].length);
    one(m.index);
  }
  for (const m of matchAll(folded, DECADE)) { note('decade', m.index, m.index + m[0].length); one(m.index); }
  for (const m of matchAll(folded, LOOSE_TRADE)) { note('occupation', m.index, m.index + m[0].length); one(m.index); }
  for (const m of matchAll(folded, LANDMARK)) note('place', m.index, m.index + m[0].length);
  // A sentence naming two rooms or more is a board round ("box 3 has a toddler with croup, box 5
  // a hockey dad..."): its details belong to different patients and add up to no one.
  const board = new Array<boolean>(n).fill(false);
  const aged = new Array<boolean>(n).fill(false);
  let lastRoomSentence = -1;
  for (const m of matchAll(folded, ROOM)) {
    const i = sentenceIndex(ctx, m.index);
    if (i === lastRoomSentence) board[i] = true;
    lastRoomSentence = i;
    note('room', m.index, m.index + m[0].length);
    one(m.index);
  }
  // An age said of a person ("un pêcheur de 38 ans", "Last night's 44-year-old") is one of a
  // story's details even with no care word beside it: the sentence verdicts below judge whose
  // story it is (news, the author, their family, a colleague, a vignette).
  for (const a of findAges(ctx)) {
    const patients = isPatientAge(ctx, a);
    // The age step found the care context around this age: the sentence is a patient's story.
    if (patients) aged[sentenceIndex(ctx, a.start)] = true;
    // (Past a human age, "the 150-year-old barn" is a building's.)
    // An invitation or a lesson ("Join retired teacher Mary, 79, for our walk") is no one's story.
    const told = (a.bound || a.adjective) && !a.weak && a.value <= 115 && !MINE_BEFORE(folded.slice(Math.max(0, a.start - 8), a.start))
      && !has(ctx, sentenceIndex(ctx, a.start), 'generic', 'hypothetical');
    if (!(patients || a.shorthand || told)) continue;
    note('age', a.start, a.end);
    one(a.start);
    // A hundredth birthday is known to the whole town ("a 102-year-old.", "a eu 100 ans"; not
    // "our 101-year-old town hall", where the age goes before a thing).
    // A hundredth birthday told or wished as the day's news ("MRS. K IS 102 TODAY") is not itself an event of care.
    if (a.value >= 100 && a.value <= 115 && !a.greeting && (a.bound || !a.adjective || !WORD_AFTER.test(folded.slice(a.end, a.end + 3)))) sets[sentenceIndex(ctx, a.start)]! |= Q.notable;
  }
  // A metropolis narrows little alone, but with an exact age and a night it is one of the details.
  for (const p of findPlaces(ctx)) {
    note('place', p.start, p.end);
    // An address may be a clinic's; a town after a person ("a farmer from Perth") is theirs.
    if (p.kind === 'town') one(p.start);
  }
  for (const m of holdsAny(folded, AREA_WORDS) ? areaMatches(ctx.text) : []) {
    const name = m[1]!.toLowerCase();
    const first = firstWord(name, true);
    const last = name.slice(name.search(/[^\s-]+$/u));
    // "near Christmas" is a season, but "outside Much Wenlock" a place: a common first word
    // is let through when the name goes on with a word that is no common one.
    if (NOT_PLACES.has(name) || NOT_PLACES.has(first) || (COMMON_WORDS.has(first) && (last === first || COMMON_WORDS.has(last) || NOT_PLACES.has(last)))) continue;
    const at = m.index + m[0].length - m[1]!.length;
    note('place', at, at + m[1]!.length);
  }
  for (const d of findDates(ctx)) if (dateTie(ctx, d)) note('date', d.start, d.end);
  for (const nm of findNames(ctx)) { note('name', nm.start, nm.end); one(nm.start); }
  for (const [s, e] of sig.hits.notable) {
    one(s);
    if (KNOWN.test(folded.slice(s, e))) {
      const i = sentenceIndex(ctx, s);
      sets[i]! |= Q.known;
    }
  }
  // Last, so that only sentences not yet known to hold one person pay for the look back.
  for (const name of ['sex', 'relative'] as const) {
    for (const [s] of sig.hits[name]) if (!single[sentenceIndex(ctx, s)] && ONE_BEFORE(folded.slice(Math.max(0, s - 24), s))) one(s);
  }
  return { sets, first, last, single, board, aged };
}

/** Details that tell a story (a trade, an event, a rarity, a standing in town), not just who and where. */
const STORIED = Q.occupation | Q.event | Q.rare | Q.notable;
// What each sentence brings to a story, judged once per sentence (a window visits each several times).
const NEWS = 1;
const SKIP = 2;
const STORY = 4;
const TOLD = 8;
const SEEN = 16;
const CUED = 32;
const SPECIFIC = 64;
function verdicts(ctx: RuleContext, single: readonly boolean[], board: readonly boolean[], aged: readonly boolean[], sets: Int32Array): Uint8Array {
  const n = ctx.sentences.length;
  const out = new Uint8Array(n);
  const folded = foldedOf(ctx);
  for (let j = 0; j < n; j++) {
    const { start, end } = ctx.sentences[j]!;
    // News, or a call to write one's MPP: the sentence tells nothing of a patient, and
    // without a care cue in the window the whole story is taken for news.
    // A first-person encounter is not news, whoever else the sentence names ("I had a former mayor").
    if (has(ctx, j, 'news') && !firstPersonEncounter(ctx, j)) { out[j] = NEWS; continue; }
    // A retired doctor in bed 4 is a patient whose former trade is one of the details.
    if ((aboutClinician(ctx, j) && !FORMER_CARE.test(folded.slice(start, end))) || board[j]) { out[j] = SKIP; continue; }
    // Whose story the sentence tells: a former clinician in bed 4 is still a patient.
    const subject = subjectOf(ctx, j);
    if (subject !== 'care' && !(subject === 'colleague' && FORMER_CARE.test(folded.slice(start, end)))) { out[j] = SKIP; continue; }
    const cue = has(ctx, j, 'encounter', 'patient', 'title');
    // The author's own past ("when I was a 20-year-old student from Brandon") is theirs to tell.
    if (!cue && SELF_DESC.test(folded.slice(start, end))) { out[j] = SKIP; continue; }
    const specific = single[j]!;
    // A patient cue says this is someone's story; so does one specific person in a post
    // about care (the clinical words may sit a sentence or two away).
    // An age the age step judged a patient's tells a story when something happened to that
    // person or sets them apart ("pulled out of the lake", "a 101-year-old"), or when the
    // sentence dates it ("Saturday night: 24M from Dartmouth"), the way a handover opens;
    // not in a cheer ("Shout out to the 70-year-old from Gimli who ran the 5K on Sunday").
    const story = cue || (aged[j]! && ((sets[j]! & STORIED) !== 0 || ((sets[j]! & (Q.time | Q.date)) !== 0 && !CHEER.test(lowerSlice(ctx, start, end)))))
      || (specific && (around(ctx, start, 2, 'clinical', 'unit', 'patient', 'encounter', 'title') || arrivalIn(ctx, j)));
    // Teaching, research and hypotheticals describe nobody in particular; a generic word
    // ("everyone", "kids") beside one specific person does not make the story generic.
    if (has(ctx, j, 'hypothetical') && !realEncounter(ctx, j)) { out[j] = SKIP; continue; }
    // Advice after a dated story about one person ("This morning's STEMI was a 41-year-old
    // carpenter; everyone should know the signs") does not make the story generic.
    if (has(ctx, j, 'generic') && !has(ctx, j, 'encounter') && (!specific || (advice(ctx, j) && !has(ctx, j, 'timeFrame')))) { out[j] = SKIP; continue; }
    // Telling the encounter with one particular person ("a lady, 93, came in with...") is
    // what the story is about, and it dates it as well as "last night" would.
    // A teaching vignette tells no one's encounter ("if a 34-year-old teacher came in...").
    // Nor does a colleague's first shift ("our new nurse, a former paramedic, came in for...").
    const real = !has(ctx, j, 'hypothetical') && !has(ctx, j, 'clinician');
    let f = 0;
    if (story) f |= STORY;
    if (real && specific && tells(ctx, j)) f |= TOLD;
    if (real && specific) f |= SEEN;
    if (cue) f |= CUED;
    if (specific) f |= SPECIFIC;
    out[j] = f;
  }
  return out;
}


/**
 * The stories told in the post, found once per analysis: the case rule's findings, and what
 * the place and age rules read to know that a town or an age named inside one is that person's.
 */
export function caseStories(ctx: RuleContext): readonly Span[] {
  return perAnalysis(ctx, 'caseStories', findStories);
}

function findStories(ctx: RuleContext): Span[] {
  const out: Span[] = [];
  // A finding needs a story that is dated (a time frame, an event, a date tied to care or
  // an encounter told): without any of them the other details need not be gathered at all.
  const sig = signalsOf(ctx);
  // (A description with three details needs no date, but it needs a care word somewhere, or
  // an age the age step already judged a patient's.)
  if (sig.hits.timeFrame.length === 0 && sig.hits.event.length === 0 && sig.hits.encounter.length === 0
    && sig.hits.patient.length === 0 && sig.hits.clinical.length === 0 && sig.hits.unit.length === 0
    && !findDates(ctx).some((d) => dateTie(ctx, d)) && !findAges(ctx).some((a) => isPatientAge(ctx, a))) return out;
  const folded = foldedOf(ctx);
  // A teaching case, real or made up, is nobody's story.
  if (teachingPost(ctx)) return out;
  const n = ctx.sentences.length;
  const { sets, first, last, single, board, aged } = quasiBySentence(ctx);
  // Every window's details are a subset of the post's: a post short of two groups has no story.
  let all = 0;
  for (let k = 0; k < n; k++) all |= sets[k]!;
  if (score(all, true).others < NEEDED) return out;
  const v = verdicts(ctx, single, board, aged, sets);
  let i = 0;
  while (i < n) {
    const startSentence = ctx.sentences[i]!;
    let union = 0;
    let anchored = false;
    let news = false;
    let cued = false;
    let told = false;
    let specificSeen = false;
    let lo = Infinity;
    let hi = -1;
    // A story with no one sentence about one person ("Twins born at 26 weeks on the ferry")
    // spans every sentence that holds its details.
    let anyLo = Infinity;
    let anyHi = -1;
    let j = i;
    for (; j < n && (ctx.sentences[j]!.end - startSentence.start <= WINDOW || j === i); j++) {
      const f = v[j]!;
      if (f & NEWS) { news = true; continue; }
      if (f & SKIP) continue;
      anchored ||= (f & STORY) !== 0;
      told ||= (f & TOLD) !== 0;
      specificSeen ||= (f & SEEN) !== 0;
      cued ||= (f & CUED) !== 0;
      union |= sets[j]!;
      // The span is the telling of the encounter: a sentence with no one in it ("Keep button
      // batteries locked up") adds its time or event to the story but not its words to the span.
      if (sets[j] && (f & (SPECIFIC | STORY))) { lo = Math.min(lo, first[j]!); hi = Math.max(hi, last[j]!); }
      if (sets[j]) { anyLo = Math.min(anyLo, first[j]!); anyHi = Math.max(anyHi, last[j]!); }
    }
    if (hi < 0) { lo = anyLo; hi = anyHi; }
    const { dated, others } = score(union, told);
    const blocked = news && !cued;
    // With no care word at all, three details and a date still describe one person.
    // A named patient is already flagged by name; the case finding is for stories that
    // identify without one, so a name raises the bar by one detail.
    const needed = union & Q.name ? NEEDED + 1 : NEEDED;
    const enough = anchored ? others >= needed : !news && others > needed;
    // Three details of one person in a care story identify them with no date at all
    // ("the 62-year-old fisherman from Twillingate with a hook through his eyelid").
    // One of them must tell a story (a trade, an event, a rarity, a standing in town): age,
    // town and a daughter on her way are a handover's logistics, not yet a story.
    // Relatives at the bedside are logistics too: they count only in a dated story.
    const storied = (union & STORIED) !== 0;
    const described = anchored && specificSeen && storied && others - (union & Q.relative ? 1 : 0) > needed;
    if (!blocked && (dated || described) && enough && hi > lo) {
      const from = ctx.sentenceAt(lo);
      const to = ctx.sentenceAt(hi - 1);
      const [s, e] = trim(ctx.text, from.start, to.end);
      out.push({
        start: s,
        end: e,
        confidence: Math.min(0.95, 0.5 + others / 10),
        severity: others > NEEDED ? 'high' : undefined,
        reason: `case-${names(union)}`.slice(0, 80),
      });
      i = sentenceIndex(ctx, to.start) + 1;
    } else {
      i++;
    }
  }
  return out;
}

export default defineRule({
  id: 'case-description',
  category: 'case',
  severity: 'medium',
  languages: ['en', 'fr'],
  description: 'A case told with enough details (age, sex, job, town or unit, time, rare condition, family, event) to recognise the patient.',
  guidance: 'guidance_case',
  detect(_text, ctx) {
    return [...caseStories(ctx)];
  },
  examples: {
    flag: [
      '[[The 34-year-old teacher from Kingston we saw last night in our ER is stable now.]]',
      '[[We had a farmer in this morning after a tractor rollover, his wife found him in the field.]]',
      '[[Une enseignante de 34 ans de Rimouski est arrivée hier soir à notre urgence après un accident de motoneige.]]',
      'Long night. [[67M, retired pilot, brought in by his daughter after a house fire on Elm St.]]',
      '[[My patient with rabies, a hunter from Smiths Falls, was admitted yesterday.]] Wild.',
      '[[Ma patiente de 92 ans, ancienne enseignante, est décédée cette nuit.]]',
      '[[Our patient, the best-known baker in the village, came in this morning with a burn to both hands.]]',
      "[[J'ai vu cette semaine une patiente qui travaille à la garderie de ma fille.]]",
      'Grosse nuit. [[Un camionneur de Rivière-du-Loup, 45 ans, après un face-à-face sur la 20.]] Il va s\'en sortir.',
      '[[Had a patient this week who coaches my son\'s hockey team.]] So awkward.',
      '[[Our patient from the pharmacy robbery on Main St last week is recovering well.]]',
      '[[A teen from Gimli was brought in over the long weekend after a trampoline fall.]]',
      '[[Un chasseur de Maniwaki de 58 ans, amené il y a deux jours après une chute d\'un arbre.]]',
      '[[Update for everyone asking: the 6-year-old from Gimli who was airlifted on Saturday is off the ventilator.]]',
      // Three details of one person need no date; an encounter told dates two.
      '[[The 62-year-old fisherman from Twillingate who came off his boat with a hook through his eyelid is going to see fine.]]',
      '[[A sweet lady, 93, the retired organist at the church in Souris, came in with pneumonia.]]',
      '[[Farmer, 58, arm caught in a grain auger outside Swift Current.]] STARS flew him to us.',
      '[[Un pêcheur de homard de Shippagan, 62 ans, est arrivé avec un hameçon dans la paupière.]]',
      '[[We responded to a call for a retired teacher, 79, found on her kitchen floor in Pictou.]]',
      '[[Une cliente est venue au comptoir, une jeune maman de Nicolet avec un bébé de 4 mois couvert de plaques.]]',
      "[[Yesterday the mayor's mother-in-law came into our clinic with a fishhook through her thumb.]]",
      '[[The teen who wrecked his dirt bike near Grand Forks on Saturday is out of the ICU.]] Helmets save lives.',
      '[[A couple married 68 years were both admitted to our unit this week. Harold is 91 and Vera is 89.]]',
      '[[Remember the farmer who lost his arm in the baler last fall?]] He came to say thanks.',
      '[[We finally sent home our longest stay, a retired priest from Bathurst, after 214 days.]]',
      '[[La dame de Causapscal qui a 11 chats est encore venue pour une morsure.]]',
      '[[A family of five came in after a CO leak at their cabin last night.]] All okay.',
      '[[The bride who fainted at her own wedding yesterday is fine, just dehydrated.]]',
      '[[Twins born at 26 weeks on the ferry to Digby last month are home today!]]',
      '[[Deux frères de Lac-Etchemin sont passés à travers la glace en motoneige hier soir.]]',
      '[[The woman who delivered in our parking lot on Christmas Eve brought the baby back to meet us.]]',
      // No care word, first person, a trade or a family told loosely.
      '[[Got a call this morning about a guy who worked the mines 40 years, now he can\'t catch his breath.]]',
      "[[J'ai eu une madame hier soir, 88 ans, qui a travaillé 40 ans à la caisse populaire du village.]]",
      '[[Tuesday a young mum on the ward with triplets, her partner is deployed.]]',
      '[[I had a woman in her 80s yesterday, a former mayor of our town, with a hip fracture.]]',
      '[[Tonight a kid who fell through the ice at the pond, his older brother pulled him out.]]',
      '[[This morning a retired cop collapsed at the curling club, his wife did CPR.]]',
      '[[Cette nuit, un monsieur qui a gagné le gros lot la semaine passée, avec son frère jumeau.]]',
      "[[This morning's STEMI was a 41-year-old carpenter from Truro; everyone should know the signs.]]",
      '[[The elderly man found near the bus shelter this morning, 80s, in a Leafs jacket, if anyone knows his family please call.]]',
      '[[Kids from Dryden, the 9-year-old who broke his arm at the rink on Friday says thanks for the cards.]]',
      '[[Called to the arena in Estevan last night for a 12-year-old goaltender who took a skate to the calf.]] He is fine.',
      '[[27M tree planter from Smithers this morning, degloved two fingers on the truck winch.]] Gloves, people.',
      'Still shaking. [[18, first-year student at the college, found in a snowbank on Pine Rd after the bar closed last night.]]',
      '[[A retired surgeon, 88, from Cobourg, with a hip fracture last night, kept correcting the resident.]]',
      "[[The lady in 4B, 97, a former MP's wife from Almonte, told us stories all night.]]",
      '[[In the middle of the night a young dad from Wawa, 29, came in with his twin after a moose hit their truck.]]',
      // The age step found a patient's age: the story needs no care word beside it.
      '[[A 58-year-old from Kenora was pulled out of the lake when his canoe tipped.]]',
      // ... or dated by its own sentence, as a handover opens.
      '[[Sunday morning: 31F from Canmore, over the handlebars on the ridge trail.]]',
      '[[Hier soir, une femme de 27 ans de Matane, tombée de sa planche à neige dans le sous-bois.]]',
      // A care act told of one person is an encounter.
      '[[Attended a 91-year-old retired farmer in Rosetown this morning, found in the barn.]]',
      '[[Réanimé une skieuse de 23 ans de Beaupré au pied des pentes ce matin.]]',
      // A police officer or a club's president is a trade; a trade "à la retraite" a former one.
      '[[Saturday night a 29-year-old RCMP constable from Hay River came in after a rollover.]]',
      '[[Hier soir, le président du club de curling de Matane, 71 ans, a fait un arrêt cardiaque.]]',
      '[[Ce matin, un camionneur à la retraite de 77 ans de Rimouski est arrivé avec une fracture.]]',
      // The patient's colleagues are not the author's.
      "[[Un mécanicien de 52 ans de Sept-Îles a fait un arrêt cardiaque au garage mardi, ses collègues l'ont réanimé.]]",
      "[[Une dame de 84 ans de Cap-Chat, veuve depuis l'automne passé, est venue pour sa jambe.]]",
      '[[Cette soudeuse de 31 ans de Caraquet a reçu un nouveau rein en mai; ce mois-ci elle est retournée au travail.]]',
      '[[Today a 103-year-old, a former bush pilot, told me about landing on the lake in 1958.]]',
      '[[Got to meet the 101-year-old from Cap-Pelé who still bakes bread every morning.]]',
      '[[Shot through the hand on his first hunt: a 14-year-old from Inuvik.]]',
      // Paged or dispatched somewhere is an encounter told; midnight dates it like "last night".
      "[[Paged to the ski hill in Rossland this morning: a lift operator, 58, caught his arm in the bullwheel.]] He'll keep it.",
      '[[Caught a baby in a snowbank outside Rocky Mountain House right around midnight; dad was still parking the truck.]]',
      "[[Agriculteur pris dans une vis à grain à l'est de Lloydminster hier soir.]]",
      '[[Une apicultrice de 52 ans de Saint-Gédéon, piquée des dizaines de fois hier quand une ruche est tombée.]]',
      '[[Second pacemaker check this month for the retired welder from Espanola who keeps fixing his own microwave.]]',
      // A colleague who came in to see the patient is not part of the patient's story.
      '[[Mme Roy, 91 ans, ancienne institutrice de Matane, nous a chanté une chanson hier soir.]] Julie est venue la voir après son quart.',
    ],
    pass: [
      // The author's family, carried past the sentence that names them.
      'Our son was in the NICU for 94 days. Today he turned 5 and ran his first race in Guelph.',
      'Patients over 65 with diabetes should get their feet checked every year.',
      'If a 34-year-old teacher came in with chest pain, what would you do?',
      'A 45-year-old man from Kingston was killed in a crash last night, police said.',
      'Busy night in our ER, please get your flu shot.',
      'Une étude sur 1 200 femmes de 40 à 60 ans montre une baisse du risque.',
      'Saw a patient last night with the flu.',
      'As a nurse and a mom of two, I got my booster yesterday.',
      'Our unit clerk, the best-known face in the hospital, retired this week after 41 years.',
      'Avis aux usagers : la seule pharmacie du village sera fermée samedi.',
      'Reminder for everyone: kids from Gimli can get their flu shot at the school on Saturday.',
      'Our new grad nurse from Timmins started on the unit yesterday, welcome Jess!',
      'A 45-year-old truck driver from Rivière-du-Loup died in a head-on crash last night, police said.',
      'Please write your MPP: rural transport in this province is broken.',
      'Ours was a quiet night; please bear with us while we restock the carts.',
      'Happy Halloween from the night shift! Stay safe out there, kids.',
      'If a retired teacher, 71, came in with chest pain, what would you do?',
      'My dad, 71, a retired welder from Espanola, came in to get his flu shot.',
      'Retired teachers from Sudbury came in for the flu clinic.',
      'Our new grad nurse, a former paramedic from Timmins, came in for her first shift.',
      'I saw a 45-year-old man with chest pain.',
      'Our charge nurse, a former paramedic from Gander, 52, ran the code like a boss last night.',
      'Join retired teacher Mary, 79, from Pictou, for our fundraising walk on Sunday!',
      'I was a 16-year-old hockey player from Swift Current when I took a skate to the neck.',
      'Congrats to my parents, married 50 years this weekend!',
      'Farmers who lose an arm in a baler need a trauma centre within the hour.',
      'Families of five or more qualify for the CO detector program this winter.',
      'My brothers and I went ice fishing last weekend, best trip ever.',
      'Ma mère est encore venue pour une morsure de chat hier, elle a 11 chats à Causapscal!',
      'This week in 1998 I was a 20-year-old student from Brandon who had never seen an ICU.',
      'Great talk today by a retired surgeon from Winnipeg on rural trauma systems.',
      'Three hours into a night shift: box 3 has a toddler with croup, box 5 a hockey dad with a puck to the eye.',
      'My grandpa, 84, fell through the ice last winter and his brother pulled him out.',
      'Lottery winners often say the money made them sick with worry, a study found this week.',
      'Case of the week: 34F teacher from Kingston, 3 days of fever after a camping trip. Answers Friday!',
      'Quiz time! A 45-year-old fisherman from Gaspé presents with a hook in his eye after a boat trip yesterday. Next step?',
      'Cas clinique : un camionneur de 58 ans de Lévis, douleur thoracique depuis hier. Votre diagnostic?',
      'Say a 16-year-old hockey player collapses at practice tonight. Would your rink have an AED?',
      'Grandpa turned 95 on Sunday, still the best fisherman in Lunenburg. Love you!',
      "Grandma's 90th was Saturday in Digby, four generations of nurses and one big cake.",
      'With heavy hearts: Joan Pelletier, charge nurse on 4 West for 30 years, passed away on Sunday.',
      'Portes ouvertes à la résidence du 45, rue Principale, samedi de 13 h à 16 h. Bienvenue à tous!',
      'Nineteen years on the road and some calls stay with you. #paramedic #firstresponder',
      'Spent last night in the ER with my 6-year-old, croup again, she is fine.',
      'The 150-year-old barn outside Brandon burned down last night.',
      '58, female, ex-smoker, seen this morning with a cough.',
      'Every resident I know in Moncton worked a double last week.',
      'Notre collègue Julie, 34 ans, de Rimouski, a couru le marathon de Québec dimanche.',
      'A 58-year-old from Kenora was pulled out of the lake when his canoe tipped, OPP said.',
      'Shout out to the 70-year-old from Gimli who ran the 5K on Sunday, what a legend.',
      'A 32-year-old Toronto man was charged Tuesday after a crash on the 401.',
      'Un homme de 45 ans de Rimouski a été accusé hier après une collision sur la 20.',
      'Paged to the cafeteria at midnight for a code drill: great job, team.',
      'Shift change is at midnight on the ward, please be on time.',
      'Beekeepers: check your hives for mites before the first frost.',
      'Pacemaker clinic is closed this Friday for the holiday; call the main line to rebook.',
      // The author's own family, whatever the kin.
      "My uncle, 82, a retired miner from Timmins, fell through the ice last night. He's okay.",
      'Ma belle-mère, 84 ans, ancienne enseignante de Matane, est tombée hier dans son escalier.',
      "Ma mémère a eu 92 ans samedi à Matane et elle fait encore son jardin.",
    ],
  },
});

function trim(text: string, s: number, e: number): [number, number] {
  while (s < e && /\s/u.test(text[s]!)) s++;
  while (e > s && /\s/u.test(text[e - 1]!)) e--;
  return [s, e];
}
