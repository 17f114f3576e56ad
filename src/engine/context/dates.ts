import type { Lang, RuleContext, Suggestion } from '../types.ts';
import { dateSuggestions } from '../redact.ts';
import { patientAgeSentences } from './ages.ts';
import { findNames } from './names.ts';
import { anywhere, around, cuePhrases, cueRe, foldedOf, has, lowerRe, patientContext, sentenceIndex, wordRe } from '../pipeline/signals.ts';
import { aboutClinician, patientWord, perAnalysis } from '../pipeline/signals.ts';
import { endsWith, matchAll } from '../pipeline/match.ts';
import { notInCare } from '../pipeline/subject.ts';
import { isDigit } from '../pipeline/words.ts';

// Calendar dates (day and month at least), EN and FR, numeric and written. HIPAA keeps the
// year and drops every other element of a date tied to an individual (birth, admission,
// discharge, death, visit); a year alone, a month alone and "March 2024" are therefore not hits.

export interface DateHit {
  /** Span of the date, with a leading "on"/"le" so that "recently" reads well in its place. */
  start: number;
  end: number;
  /** Start of the date itself, without the preposition or the weekday. */
  dateStart: number;
  /** The span opens on "on"/"le". */
  preposition?: boolean;
  /** A month and year right after a care word ("operated in May 2024"): tied by that word. */
  tied?: boolean;
  month?: number;
  year?: number;
  /**
   * Not a calendar date but a day named by a holiday ("Christmas Eve", "la veille de Noël") or
   * by a weekday and a day alone ("Tuesday the 14th", "le 3"): ordinary talk holds many more
   * of these than calendar dates, so only a care event right beside one ties it to a person.
   */
  named?: boolean;
  /** A date field of an HL7 segment ("PID|1||7730195||DOE^JANE||19480512|F"): PID-7 is the birth date. */
  chart?: 'birth' | 'care';
  /** The date this one follows in a list ("on 03/11, 17/11 and 01/12"): it is dated the same way. */
  listedAfter?: DateHit;
}

const MONTHS_EN = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTHS_FR = ['janv', 'fév', 'mars', 'avr', 'mai', 'juin', 'juil', 'ao', 'sep', 'oct', 'nov', 'déc'];

const EN_MONTH = String.raw`(?:jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|aug(?:ust|\.)?|sep(?:t(?:ember)?)?\.?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)`;
const FR_MONTH = String.raw`(?:janv(?:ier|\.)?|f[ée]v(?:rier|r?\.)?|mars|avr(?:il|\.)?|mai|juin|juil(?:let|\.)?|ao[uû]t|sept(?:embre|\.)?|oct(?:obre|\.)?|nov(?:embre|\.)?|d[ée]c(?:embre|\.)?)`;
const DAY = String.raw`(?:[12]\d|3[01]|0?[1-9])`;
const ORD = String.raw`(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:1[89]\d\d|20\d\d)`;

/**
 * Holidays and named days, EN and FR (Canada first, then the US and UK): each is one day of the
 * year, so "admitted on Christmas Eve" dates an admission as surely as "December 24".
 */
const HOLIDAY = String.raw`(?:christmas|xmas)\s(?:eve|day|morning|night|evening)|boxing day|new year'?s\s(?:eve|day)|canada day|victoria day|labou?r day|civic holiday|family day|thanksgiving(?:\s(?:day|monday|weekend|morning|night|evening))?|remembrance day|armistice day|veterans'? day|memorial day|independence day|(?:the\s)?fourth of july|easter\s(?:sunday|monday|weekend|morning)|good friday|hallowe'?en(?:\snight)?|(?:la\s)?veille de l'hallowe'?en|(?:le\s)?lendemain de l'hallowe'?en|valentine'?s day|mother'?s day|father'?s day|(?:st\.?|saint)\s?patrick'?s day|st\.? paddy'?s(?:\sday)?|super bowl sunday|grey cup sunday|bonfire night|guy fawkes'?s?\snight|burns night|hogmanay|twelfth night|remembrance sunday|(?:st\.?|saint)\s?(?:andrew|david|george)'?s day|april fools'? day|groundhog day|juneteenth|cinco de mayo|(?:martin luther king|mlk)(?:,?\sjr\.?)?\sday|presidents'? day|patriots'? day|louis riel day|islander day|heritage day|natal day|orangemen'?s day|(?:national\s)?indigenous peoples'? day|(?:national\s)?day for truth and reconciliation|shrove tuesday|pancake day|ash wednesday|palm sunday|(?:le\s)?jour des rois|(?:la\s)?fête des rois|(?:l')?épiphanie|(?:la\s)?chandeleur|(?<!\bsur\s)la\s(?:sainte|ste)-catherine|la\stoussaint|(?:la\s)?saint-sylvestre|(?:le\s)?mardi gras|(?:le\s)?mercredi des cendres|(?:la\s)?pentecôte|(?:la\s)?(?:saint|st)-patrick|(?:la\s)?fête de la reine|(?:le\s)?jour du déménagement|(?:le\s)?poisson d'avril|(?:la\s)?veille de no[eë]l|(?:le\s)?(?:jour|soir|matin|lendemain|réveillon) de no[eë]l|(?:la\s)?(?:veille|lendemain) du jour de l'an|(?:le\s)?jour de l'an|(?:le\s)?premier de l'an|(?:le\s)?réveillon du (?:jour de l'an|nouvel an)|(?:la\s)?saint-jean(?:-baptiste)?|(?:la\s)?fête nationale|(?:la\s)?fête du (?:canada|travail|dollard)|(?:la\s)?fête des (?:mères|pères|patriotes)|(?:l')?action de grâces?|(?:le\s)?(?:jour|lundi) de l'action de grâces?|(?:le\s)?jour du souvenir|(?:le\s)?vendredi saint|(?:le\s)?lundi de pâques|(?:le\s)?dimanche de pâques|(?:la\s)?(?:saint|st)-valentin|(?:la\s)?st-jean(?:-baptiste)?|(?:at|on|over|à|pendant|durant)\s(?:christmas|xmas|easter|no[eë]l|p[âa]ques|hanukkah|diwali)(?!\s(?:eve|day|morning|night|evening|sunday|monday|weekend|dinner|party))`;
const WEEKDAY_EN = String.raw`(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|\.)?|wednesday|saturday|thursday|tuesday`;
const WEEKDAY_FR = String.raw`lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche`;
/** After a weekday and a day: not a month (a calendar date) nor a count or a unit. */
const DAY_END = String.raw`(?!\s?(?:of\s)?(?:${EN_MONTH}|${FR_MONTH})\b)(?=\s?[,.;:!?)]|\s(?:and|with|at|in|for|after|when|but|she|he|they|we|et|avec|à|au|pour|après|quand|mais|il|elle|ils|on|nous)\b|$)`;

// Groups: written dates name their parts; numeric ones are checked in code.
const DATE = wordRe([
  // 2024-03-14, 2024/03/14
  String.raw`\b(?<iso>${YEAR}[-/](?:0?[1-9]|1[0-2])[-/]${DAY}|${YEAR}\.(?:0[1-9]|1[0-2])\.(?:0[1-9]|[12]\d|3[01]))\b(?!\.\d)`,
  // 14/03/2024, 03-14-24, 14.03.2024
  String.raw`\b(?<num>${DAY}[/.-]${DAY}[/.-](?:${YEAR}|\d\d))\b(?![.-]\d)`,
  // March 3rd, March 3, 1931, Mar. 3
  String.raw`\b(?<enMD>${EN_MONTH}\s(?:the\s(?=\d{1,2}(?:st|nd|rd|th)))?${DAY}${ORD}(?:,?\s${YEAR})?)\b`,
  // 12-Nov-2025, 12NOV1951: the clinical systems' compact form, always with a year
  String.raw`\b(?<enDMY>${DAY}[-/]?${EN_MONTH}[-/]?(?:${YEAR}|\d\d)|${DAY}-${EN_MONTH}(?![-/]?\d))\b`,
  // 3 March 1931, 3rd of March
  String.raw`\b(?<enDM>${DAY}${ORD}\s(?:of\s)?${EN_MONTH}(?:,?\s${YEAR})?)\b`,
  // 3 mars 1931, le 1er janvier, 12 mars
  // "le 2 févr." ends on the abbreviation's dot, where no word boundary follows.
  String.raw`\b(?<fr>(?:1er|${DAY})\s${FR_MONTH}(?:\s${YEAR})?)(?:\b|(?<=\.))`,
].join('|'), 'giu');
/**
 * Every match of DATE, as matchAll gives them. Each alternative starts on the first digit of a
 * number or on an English month right before one ("March 3", "Mar. the 3rd"), so the pattern
 * is tried (sticky) there only, and only on numbers whose neighbours one of its alternatives
 * reads (see dateMayStart): most numbers in a post are not dates.
 */
const DATE_AT = new RegExp(DATE.source, 'iuy');
const MONTH_BEFORE = new RegExp(String.raw`${EN_MONTH}\s(?:the\s)?$`, 'iu');
interface Numbers {
  dates: RegExpExecArray[];
  /** Four digits in a row: a year, which "March 2024" needs. */
  year: boolean;
  /** A digit, "/" or ".", a digit: what a bare "3/12" needs. */
  slashed: boolean;
}
function dateMatches(text: string): Numbers {
  const out: RegExpExecArray[] = [];
  const n = text.length;
  let next = 0;
  let year = false;
  let slashed = false;
  for (let i = 0; i < n; i++) {
    if (!isDigit(text.charCodeAt(i))) continue;
    let len = 1;
    while (i + len < n && isDigit(text.charCodeAt(i + len))) len++;
    const run = i;
    i += len - 1;
    if (len >= 4) year = true;
    if (!slashed && run + len + 1 < n) {
      const sep = text.charCodeAt(run + len);
      slashed = (sep === 47 || sep === 46) && isDigit(text.charCodeAt(run + len + 1));
    }
    if (run < next) continue;
    const b = run > 0 ? text.charCodeAt(run - 1) : 32;
    if (b === 95 || ((b | 32) >= 97 && (b | 32) <= 122)) continue;
    // "March 3": the month word opens the match.
    if (len <= 2 && (b === 32 || (b >= 9 && b <= 13) || b >= 128)) {
      const month = MONTH_BEFORE.exec(text.slice(Math.max(0, run - 16), run));
      if (month && run - month[0].length >= next) {
        const m = dateAt(text, run - month[0].length);
        if (m) {
          out.push(m);
          next = m.index + m[0].length;
          if (run < next) continue;
        }
      }
    }
    if (!dateMayStart(text, run, len)) continue;
    const m = dateAt(text, run);
    if (m) {
      out.push(m);
      next = m.index + m[0].length;
    }
  }
  return { dates: out, year, slashed };
}
/** Whether a digit follows "the " or "le " in the folded post, as the day alone needs. */
function dayAfterArticle(folded: string): boolean {
  for (let k = 3; k < folded.length; k++) {
    if (!isDigit(folded.charCodeAt(k))) continue;
    const w = folded.charCodeAt(k - 1);
    if (!(w === 32 || (w >= 9 && w <= 13) || (w >= 128 && /\s/.test(folded[k - 1]!)))) continue;
    if (folded.startsWith('le', k - 3) || (k >= 4 && folded.startsWith('the', k - 4))) return true;
  }
  return false;
}
function dateAt(text: string, at: number): RegExpExecArray | null {
  DATE_AT.lastIndex = at;
  return DATE_AT.exec(text);
}
/** The first three letters of every English and French month, lower-cased. */
const MONTH3 = new Set(['jan', 'feb', 'fév', 'fev', 'mar', 'apr', 'avr', 'may', 'mai', 'jun', 'jui', 'jul', 'aug', 'aoû', 'aou', 'sep', 'oct', 'nov', 'dec', 'déc']);
/** A month's first letters at `k` (any other non-ASCII letter is let through: case folding reaches it). */
function monthAt(text: string, k: number): boolean {
  const w = text.slice(k, k + 3).toLowerCase();
  if (MONTH3.has(w)) return true;
  for (let q = 0; q < w.length; q++) if (w.charCodeAt(q) >= 128) return true;
  return false;
}
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}
/** "March", "mars" or "of March" at `k`. */
function monthOrOfAt(text: string, k: number): boolean {
  if (k >= text.length) return false;
  if (text.charCodeAt(k) >= 128) return true;
  if ((text.charCodeAt(k) | 32) === 111 && (text.charCodeAt(k + 1) | 32) === 102) {
    const w = text.charCodeAt(k + 2);
    if (w >= 128 || (isSpace(w) && monthAt(text, k + 3))) return true;
  }
  return monthAt(text, k);
}
const ORDINALS = new Set(['st', 'nd', 'rd', 'th']);
/**
 * Whether a date can start on the run of `len` digits at `i`: a year then "-" or "/"
 * ("2024-03-14"); a day (one or two digits) then "/", "." or "-" and a digit ("14/03/2024"), a
 * month ("12-Nov-2025", "12NOV1951", "3 March", "12 mars", "3 of March") or an ordinal and a
 * month ("3rd March", "1er mars"). Non-ASCII characters are let through (case folding, spaces).
 */
function dateMayStart(text: string, i: number, len: number): boolean {
  const j = i + len;
  if (j >= text.length) return false;
  const a = text.charCodeAt(j);
  if (len === 4) return a === 45 || a === 47 || (a === 46 && isDigit(text.charCodeAt(j + 1)));
  if (len > 2) return false;
  if (a >= 128) return true;
  if (isSpace(a)) return monthOrOfAt(text, j + 1);
  if (a === 46 || a === 45 || a === 47) {
    const b = text.charCodeAt(j + 1);
    return isDigit(b) || (a !== 46 && monthAt(text, j + 1));
  }
  if (monthAt(text, j)) return true;
  const suffix = text.slice(j, j + 2).toLowerCase();
  if (ORDINALS.has(suffix) || (suffix === 'er' && len === 1 && text.charCodeAt(i) === 49)) {
    const w = text.charCodeAt(j + 2);
    return w >= 128 || (isSpace(w) && (suffix === 'er' ? monthAt(text, j + 3) : monthOrOfAt(text, j + 3)));
  }
  for (let q = 0; q < suffix.length; q++) if (suffix.charCodeAt(q) >= 128) return true;
  return false;
}

/** "Christmas Eve", "le jour de l'An"; "Tuesday the 14th", "Sat 14th", "le mardi 4", "mardi le 4". */
// Run on the lower-cased, accent-folded post (cueRe), like the context cues: no Unicode
// boundaries to test at every word of every post.
const NAMED_DAY = cuePhrases([
  String.raw`\b(?:${HOLIDAY})\b`,
  String.raw`\b(?:(?:${WEEKDAY_EN}),?\s(?:the\s)?${DAY}(?:st|nd|rd|th)|(?:${WEEKDAY_FR})\s(?:le\s)?(?:1er|${DAY}))${DAY_END}`,
].join('|'));

/**
 * Month and year: HIPAA keeps only the year of a person's date, so "born in March 1948" and
 * "waiting since August 2025" are dates too; they need a tie right before them.
 */
// A season or a holiday of a year dates a stay as a month does: "who spent Christmas 2025 in our NICU", "in spring 2025 she treated a 58-year-old".
/** Seasons and the holidays that name a time of year, as a month does. */
const SEASONS = String.raw`christmas|xmas|easter|thanksgiving|no[eë]l|p[âa]ques|spring|summer|fall|autumn|winter|printemps|été|automne|hiver`;
const MONTH_YEAR = wordRe(String.raw`\b(?:${EN_MONTH}|${FR_MONTH}|${SEASONS})\s(?:of\s)?${YEAR}\b`, 'giu');
const SEASON = new RegExp(`^(?:${SEASONS})$`, 'iu');
const MONTH_YEAR_TIE = endsWith(wordRe(String.raw`\b(?:(?:his|her|their|son|sa|ses|leur)\s(?:last\s|first\s|dernière?\s|premièr?e?\s)?\p{L}[\p{L}-]{2,20}|back in|finished|started|completed|radiation|chemo|chimio|treatment|traitement|surgery|chirurgie|dialysis|dialyse|rehab|remission|rémission|stroke|AVC|accident|crash|fall|chute|born|née?s?|né\(e\)|since|depuis|admitted|admise?|diagnosed|diagnostiquée?|operated|opérée?|died|passed away|décédée?|discharged|waiting since|en attente depuis|transplant|greffée?|last seen|vue? pour la dernière fois|seen|treated|stayed|who spent|qui a passé|came to us|came to see us|came in|arrived|arrivée?|hospitali[sz]ed|hospitalisée?|soignée?|suivie?)\b[\s:,]*(?:in|en|on|le|au mois d'|au mois de|back in)?\s?$`, 'iu'));
/** A month written out in full, alone (no day, no year after it); English months capitalised, as "may" and "march" are words too. */
const MONTH_ALONE = wordRe(String.raw`(?<=\b(?:in|en|au mois d'|au mois de|since|depuis)\s)(?:January|February|March|April|June|July|August|September|October|November|December|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre)\b(?!\s?(?:of\s)?(?:${YEAR}|\d))`, 'gu');
/**
 * A month told from today: "janvier dernier", "last October", "mid-February", "à la mi-mars",
 * "early March", "fin octobre". It dates a stay to the month as a month and year does, so it
 * needs the same tie: a care word before it, or a patient told or aged in its sentence.
 * English months capitalised, as "may" and "march" are words too.
 */
const FULL_EN = 'January|February|March|April|May|June|July|August|September|October|November|December';
const FULL_FR = 'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre';
const RELATIVE_MONTH = wordRe(String.raw`\b(?:(?:[Ll]ast|[Tt]his past|[Mm]id|[Ee]arly|[Ll]ate)(?:\s|-)(?:${FULL_EN})|(?:${FULL_FR})\s(?:dernier|passé)|(?:[Àà] la\s)?[Mm]i-(?:${FULL_FR})|(?:[Aa]u\s)?(?:[Dd]ébut|[Ff]in)\s(?:(?:de\s|d')?(?:${FULL_FR})))\b`, 'gu');
const IN_BEFORE = endsWith(/(?:^|\s)(?:in|en|since|depuis|of|until|till|jusqu'en)\s$/iu);
/**
 * "She's been non-verbal since August", "Faith has been on the unit since October", "il est ici
 * depuis octobre": a patient's state or stay dated by a month. Not "we've been short since March".
 */
const SINCE_STATE = endsWith(wordRe(String.raw`(?:\b(?:she|he|they)(?:['’]s|\s(?:has|had|is|was))\s(?:been\s)?|\b(?:has|had)\sbeen\s(?=on\s|at\s|here\b|with us\b|in\s(?:hospital|our|the\s(?:unit|icu|ward|hospital)))|\b(?:il|elle)\s(?:est|était)\s)[^.!?;]{0,40}\s(?:since|depuis)\s$`, 'iu'));
const SINCE_ONLY = endsWith(wordRe(String.raw`(?:^|[^\p{L}\s]\s*|\s)(?:since|depuis)\s?$`, 'iu'));
/** Day/month without a year: only dated by a strong cue right before it ("DOB 3/12"). */
// (Not before a percent sign: "3.8%" is a rate.)
const SHORT_NUM = /(?<![\d/.])(?:[12]\d|3[01]|0?[1-9])[/.](?:[12]\d|3[01]|0?[1-9])(?![\d/%]|\.\d|\s%)/g;

/** A care event right before a bare day ("Operated on 11/14", "discharged on the 21st", "arrivée le 3"). */
const CARE_RIGHT_BEFORE = endsWith(wordRe(String.raw`\b(?:adm|admit|d/c|dc'd|d/c'd|d/c'ed|dc'ed|disch|admitted|discharged|died|passed away|passed|admis|admise|décédée?|congé|operated|operated on|seen|surgery|op|opérée?|vue?|back|readmitted|transferred|transférée?|came in|brought in|arrived|arrivée?|presented|(?:op|surgery|surgical|admission|admit|discharge|transplant|delivery) (?:day|date)(?:\s(?:was|is))?|fell|tombée?|coded|intubated|intubée?|extubated|extubée?|delivered|accouchée?|born|née?|diagnosed|diagnostiquée?|sent home|went home|home|rentrée?|sortie?|(?:had|has|got|fait|subi|eu)\s(?:(?:a|an|her|his|their|un|une|son|sa)\s)?(?:stroke|heart attack|mi|stemi|surgery|fall|seizure|avc|infarctus|chute|chirurgie|opération|crise)|(?:his|her|their|son|sa|ses)\s(?:last\s|first\s|dernière?\s)?(?:stroke|surgery|op|operation|fall|chemo|dialysis|biopsy|scan|visit|appointment|appt|discharge|admission|transfer|delivery|transplant|avc|chirurgie|opération|chute|chimio|dialyse|biopsie|rendez-vous|rdv|visite|congé|admission|transfert|accouchement|greffe)|(?:in hospital|in the hospital|on the unit|on our unit|in the icu|with us|hospitalisée?|à l'hôpital|sur l'unité|aux soins intensifs|chez nous)\s(?:since|depuis))\b(?:\s(?:in|to|at|into|à|aux?)\s(?:(?:our|the|la|le)\s|l')?(?:ed|er|emerg|clinic|icu|ward|urgence|urgences|clinique|usi)\b)?(?:\s(?:again|de nouveau))?\.?[\s:,]*(?:on|le|on the|the)?\s?(?:(?:${WEEKDAY_EN}|${WEEKDAY_FR}),?\s)?$`, 'iu'));
/** A third person's own care event right before a day: "his discharge on the", "sa chirurgie le". */
const THEIR_CARE_BEFORE = endsWith(wordRe(String.raw`\b(?:his|her|their|son|sa|ses)\s(?:last\s|first\s|next\s|dernière?\s|prochaine?\s)?(?:stroke|surgery|op|operation|fall|chemo|dialysis|biopsy|scan|discharge|admission|transfer|delivery|transplant|avc|chirurgie|opération|chute|chimio|dialyse|biopsie|congé|sortie|transfert|accouchement|greffe)\s(?:on\s(?:the\s)?|le\s)$`, 'iu'));
/** A day of the month alone after "on the"/"le": "on the 3rd", "le 21", "le 1er". */
const DAY_ALONE = cueRe(String.raw`(?<=\b(?:the|le)\s)(?:(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)|1er(?!\s?(?:${FR_MONTH})\b)|(?:[12]\d|3[01]|[1-9])(?![\p{L}\p{N}%°/:-]|[.,]\d|\s?(?:${FR_MONTH}|${EN_MONTH}|h|x|mg|kg|ml|fois|ans|mois|jours|semaines|heures|minutes|sur|à|au(?!\s(?:soir|matin))|et|ou|or|and|to|de|du|des|patients?|lits?)\b))(?!\s?(?:of\s)?(?:${EN_MONTH}|${FR_MONTH})\b)`);

/**
 * "an inferior STEMI on 11/14", "seen on 3/12, then": a day and month by slashes after "on"/"le",
 * standing alone (not "on 1/2 tab", "on 24/7 call", "3/10 pain"), in a sentence that tells a
 * patient's care (an age, a care word) is dated like any other date of that story.
 */
function storyDay(ctx: RuleContext, m: RegExpExecArray): boolean {
  const { text } = ctx;
  if (!m[0].includes('/') || m[0] === '24/7') return false;
  if (!ON_BEFORE(text.slice(Math.max(0, m.index - 20), m.index))) return false;
  if (!SHORT_END.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) return false;
  // "scored on 12/15", "pain on 7/10": a score.
  if (SCORE_BEFORE.test(text.slice(Math.max(0, m.index - 25), m.index))) return false;
  const s = ctx.sentenceAt(m.index);
  const i = sentenceIndex(ctx, m.index);
  if (notInCare(ctx, i)) return false;
  // "On 11/02 I did CPR on my old teacher": a sentence opening on the day tells what happened then.
  const opens = /^\s*(?:on|le)\s$/iu.test(text.slice(s.start, m.index));
  return withPatientAge(ctx, m.index) || TIE.test(text.slice(Math.max(s.start, m.index - 50), m.index).toLowerCase()) || (opens && TIE.test(text.slice(m.index, Math.min(s.end, m.index + 60)).toLowerCase())) || has(ctx, i, 'patient', 'encounter', 'title');
}
/**
 * "was in our ED on the 6th", "her birthday, the 4th", "before the 19th", "qu'on a réanimé le 14":
 * a day alone in a sentence that tells a patient's care (their age or title, a patient word or a care
 * word just before) is a day of that story, when the day ends its clause. In English only the ordinal form ("the 6th") is
 * read so, as "the 6" is rarely a day.
 */
function dayInStory(ctx: RuleContext, m: RegExpExecArray, lead: string): boolean {
  if (!/\d(?:st|nd|rd|th)$/u.test(m[0]) && !/(?:^|\s)le\s$/iu.test(lead)) return false;
  // "the 3rd floor", "the 14th time": an ordinal of something else.
  if (!SHORT_END.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 12))) return false;
  const i = sentenceIndex(ctx, m.index);
  if (notInCare(ctx, i)) return false;
  const s = ctx.sentenceAt(m.index);
  return withPatientAge(ctx, m.index) || has(ctx, i, 'title') || patientWord(ctx, i) || TIE.test(ctx.text.slice(Math.max(s.start, m.index - 40), m.index).toLowerCase());
}
const ON_BEFORE = endsWith(wordRe(String.raw`(?:^|\s)(?:(?:on|le|du|since|depuis)\s(?:(?:${WEEKDAY_EN}|${WEEKDAY_FR}),?\s)?|(?:${WEEKDAY_EN}|${WEEKDAY_FR}),?\s)$`, 'iu'));
const SCORE_BEFORE = /\b(?:scor\w*|rated?|rating|gcs|moca|mmse|apgar|pain|douleur|cot[ée]e?|note|marks?|grade)\b/iu;
const FRACTION_AFTER = /^\s?(?:of|de|des|du|d'|tabs?|tablets?|pills?|caps?|doses?|mg|mcg|ml|cups?|pain|strength|comprimés?|douleur)\b/iu;
/** Between two days of one list or one range: "03/11, 17/11 and 01/12", "12/3 to 12/5", "du 3/12 au 5/12". */
const LIST_NEXT = /^(?:,\s?|\s(?:and|et|&|or|ou|to|till|until|through|thru|au|à|jusqu'au)\s|,\s(?:and|et)\s|\s?[-–]\s?)$/u;
/** A range's connector and second day and month, to read what follows it: " to 3/4", " au 5/12". */
const RANGE_TO_SHORT = /^\s?(?:to|through|au|à|[-–])\s?\d{1,2}[/.]\d{1,2}/u;
/** What may follow a bare day and month: the end of a clause, a conjunction or a pronoun, not a count's noun. */
const SHORT_END = /^(?:\s?[,.;:!?)]|\s(?:and|with|at|in|for|after|when|but|then|because|so|car|parce|she|he|they|we|i|et|avec|à|au|pour|après|quand|mais|puis|il|elle|ils|on|nous|j'ai)\b|\s?$)/iu;

/** 19480512: year, month and day run together, as charts and interface messages write them. */
const COMPACT = /(?<![\p{L}\p{N}])(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:\d{4}(?:\d\d)?)?(?![\p{L}\p{N}])/gu;
const HL7_SEGMENT = /(?:^|[\s|])(PID|PV1|PV2|NK1|OBR|ORC|EVN)\|/gu;
/** Which date a field of an HL7 patient segment holds, if the date is one: PID-7 is the birth date. */
function hl7Field(text: string, start: number, end: number): DateHit['chart'] {
  if (text[start - 1] !== '|' || !/^(?:[|^~\r\n\s]|$)/u.test(text.slice(end, end + 1))) return undefined;
  const line = text.lastIndexOf('\n', start) + 1;
  const head = [...text.slice(line, start).matchAll(HL7_SEGMENT)].at(-1);
  if (!head) return undefined;
  const fields = text.slice(line + head.index + head[0].length, start).split('|').length;
  return head[1] === 'PID' && fields === 7 ? 'birth' : 'care';
}

/** Words that tie a date to a person's life or care. */
const TIE_WORDS = String.raw`\b(?:born|b\.|dob|adm|admit|d/c|dc'd|disch|d\.o\.b\.?|birth|birthday|birthdate|date of birth|né|née|nés|nées|né\(e\)|naissance|ddn|admitted|admission|admis|admise|hospitali[sz]ed|hospitalisée?|discharged|discharge|congé|sortie?|died|death|dead|passed away|passed|said (?:our |my )?goodbyes? to|dit au revoir à|fait (?:nos|mes) adieux à|deceased|expired|décédée?|décès|morte?|seen|saw|visit|visited|visite|consulted|consultation|consulte|presented|came in|brought in|arrived|arrivée?|operated|operation|surgery|opérée?|chirurgie|opération|intervention|vue?|injured|blessée?|accident|fell|fall|chute|tombée?|transferred|transférée?|intubated|intubée?|delivered|accouchée?|accouchement|diagnosed|diagnostiquée?|diagnosis|diagnostic|coded|arrest|arrêt|overdose|surdose|incident|event|visit date|chemo|chimio|dialysis|dialyse|biopsy|biopsie|rang the bell|brought to|rushed to|came to our|amenée? à|missing since|waiting since|en attente depuis|disparue? depuis|in hospital since|on the unit since|à l'étage depuis|date of (?:service|admission|discharge|death|visit|injury)|dos|doa|dod|nous a quittée?s?|left us|lost (?:him|her)|lost (?:a|our|my|one of (?:our|my)) (?:\p{L}+ )?(?:patient|pt|resident|client|baby)|on l'a perdue?|(?:with us|here|there|chez nous|ici|là|on the unit|on our unit|in hospital|à l'hôpital|à l'étage|sur l'unité|en chsld|in ltc|in the icu|aux soins intensifs) (?:since|depuis)|appointment|appt|rendez-vous|rdv|follow-up|suivi|check-up|anniversaire|fête|ses \d{1,3} ans|turns? \d{1,3}|turned \d{1,3}|turning \d{1,3}|\d{1,3}(?:st|nd|rd|th) birthday|went home|gone home|sent home|walked out|left (?:the )?(?:hospital|unit|icu|ward|floor)|rentrée? (?:chez (?:elle|lui|eux|nous)|à la maison)|retournée? (?:chez (?:elle|lui|eux)|à la maison)|extubated|extubée?|stroke|avc|heart attack|infarctus|crise cardiaque|coded|rang the bell|finished (?:chemo|radiation|treatment)|last (?:dose|round|treatment)|dernier traitement|arrested|welcomed|called to|were called|got called|received|a reçu|on a reçu|delivery|delivered|caught (?:a |the |our |their )?(?:baby|babies|twins)|cpr|rcr|resuscitated|réanimée?|op (?:day|date)|(?:his|her|their|son|sa|leur) (?:stay|séjour|hospitali[sz]ation))\b`;
const TIE = lowerRe(TIE_WORDS);
const TIE_EACH = new RegExp(TIE.source, TIE.flags.includes('g') ? TIE.flags : `${TIE.flags}g`);
/**
 * A care word that names what a unit, a team or a course is for ("the dialysis unit", "cardiac
 * surgery team", "CPR recert", "fall protection"), or the author's own ("mon congé", "my surgery"):
 * it says nothing of a patient's day.
 */
const TIE_AS_MODIFIER = /^\s(?:units?|teams?|dep(?:artmen)?ts?|services?|programs?|programmes?|protection|prevention|prévention|recerts?|recertification|courses?|class(?:es)?|training|certification|suite|wing|lounge|staff|nurses?|planners?|coordinators?|navigators?|équipes?|unités?|cours|formations?|awareness|week|month|semaine|mois)\b/u;
const AUTHOR_OWN = /(?:^|\s)(?:my|mon|ma|mes)\s(?:own\s|propre\s)?$/u;
/** A care word after the unit it names: "l'unité de chirurgie cardiaque", "the department of surgery", "service de dialyse". */
const UNIT_OF = /(?:^|[\s'’])(?:units?|unité|department|département|dept|service|clinic|clinique|program|programme|bloc|division|team|équipe)\s(?:of\s|de\s(?:la\s)?|d'|du\s|des\s)$/u;
/** Whether a care word in `local` (lower-cased) ties a date to someone's care, not to a unit's name or the author's own leave. */
function tiedLocally(local: string): boolean {
  TIE_EACH.lastIndex = 0;
  for (let m = TIE_EACH.exec(local); m; m = TIE_EACH.exec(local)) {
    const after = local.slice(m.index + m[0].length, m.index + m[0].length + 20);
    if (TIE_AS_MODIFIER.test(after)) continue;
    if (UNIT_OF.test(local.slice(Math.max(0, m.index - 20), m.index))) continue;
    if (AUTHOR_OWN.test(local.slice(Math.max(0, m.index - 12), m.index)) && !/^(?:adm|admit|delivery|delivered)$/u.test(m[0])) continue;
    return true;
  }
  return false;
}
/**
 * Whose a date is, by its clause: an organisation, a season or an event that opens, starts,
 * turns a year older or is on that day ("Our new unit opens on March 3", "La saison du crabe
 * commence le 1er avril", "Our hospital turns 100 on March 2", "Green Shirt Day is April 7"),
 * the author's own leave or appointment ("Mon congé commence le 8 janvier", "ma coloscopie est
 * bookée pour le 8 janvier"), or a colleague's retirement ("Raj retires on March 31").
 */
const OTHER_SUBJECT = lowerRe(String.raw`^(?:(?:our|the|this|this year's|notre|nos|la|le|les|ce|cette|cet|mon|ma|my|new|nouvelle?|nouveau|\p{L}+'s)\s|l['’]\s?)*(?:[\p{L}'’-]+\s){0,4}?(?:hospital|hôpital|unit|unité|program|programme|centre|center|clinic|clinique|chsld|foundation|fondation|department|département|service|wing|aile|season|saison|run|walk|marche|gala|period|période|office|bureau|pharmacy|pharmacie|lab|laboratoire|site|school|école|day|journée|week|semaine|congé|leave|vacation|vacances|coloscopie|colonoscopy|mammogram|mammographie|contract|contrat|orientation)\b[^.!?:;]{0,40}?\b(?:opens?|opened|opening|launch(?:es|ed)?|starts?|started|begins?|began|commencer?a?|a commencé|démarre|a démarré|ouvre|ouvrira|a ouvert|inaugurée?|turns|turned|celebrates?|célèbre|fête|ends|closes?|ferme|aura lieu|runs|moves|déménage|booked|bookée?|scheduled|prévue?|planned)\b|^(?:(?:our|the|this|this year's|notre|la|le|ce|cette|\p{L}+'s)\s|l['’]\s?)*(?:[\p{L}'’-]+\s){0,3}?(?:run|walk|marche|gala|day|journée|week|semaine|season|saison|period|période|festival)\s(?:is|est|sera|will be)\b`);
const STAFF_EVENT = endsWith(lowerRe(String.raw`\b(?:inaugur[ée]e?s?|inaugurated|fondée?s?|founded|established|a ouvert ses portes|opened its doors|retires|retiring|will retire|retired|prend sa retraite|prendra sa retraite|part à la retraite|graduates|graduated|graduating|se marie|gets married)\s(?:on|le|this|ce)?\s?$`));
/** The author's own leave, shift or procedure, their own or a colleague's schedule ("mes nuits", "I had my own ACL repaired on", "deux infirmières pour le 24"). */
const AUTHOR_THING = lowerRe(String.raw`(?:\b(?:i|i'll|i will|i'm|je|j')\b[^.!?]{0,30}\b(?:(?:parental|maternity|paternity|medical|sick|mat)\sleave|congé (?:de maternité|parental|de paternité|de maladie))\b[^.!?]{0,40}$|\b(?:my|mon|ma|mes)\s(?:own\s|propre\s)?(?:[\p{L}-]+\s)?(?:congé|leave|vacation|vacances|coloscopie|colonoscopy|mammogram|mammographie|acl|shifts?|quarts?|nights?|nuits?|garde)\b[^.!?]{0,40}$|^(?:nuits|nights|night shifts?|quarts?|shifts?|working|on call|de garde)\b|\b(?:nurses?|infirmières?|infirmiers?|staff|préposée?s?|volunteers?|bénévoles?)\s(?:pour|for)\s(?:(?:le|the)\s)?(?:\d{1,2}(?:er|st|nd|rd|th)?(?:,\s|\s(?:et|and|&)\s)(?:(?:le|the)\s)?)*$)`);
/** An event held on the day, whatever it is: "La remise des prix aura lieu à Fredericton le 10 décembre", "the vigil will be held on". */
const EVENT_HELD = lowerRe(String.raw`\b(?:aura lieu|a lieu|se tiendra|se tient|se déroulera|will take place|takes place|will be held|is being held|is held|will run)\b`);
const DATE_IS_EVENT = lowerRe(String.raw`^,?\s(?:c'est|is|was|sera|will be|était)\s(?:(?:la|le|l'|the|our|notre)\s?)?(?:fête|journée|semaine|festival|\p{L}+\s(?:day|week))\b`);
function otherOwner(ctx: RuleContext, s: { start: number; end: number }, hit: DateHit): boolean {
  // ctx.lower keeps the text's offsets (the context leaves it as the text where lower-casing would
  // change its length); a fresh toLowerCase() of the whole text would not, and is work per date.
  const { lower } = ctx;
  const head = lower.slice(clauseStart(lower, s.start, hit.start), hit.start);
  const lead = head.trim();
  // "Le 14 novembre, l'unité de soins palliatifs fête ses 30 ans": the clause after a date that opens the sentence.
  const opening = lead === '' || /^(?:on|le|the)$/u.test(lead) ? /^,\s(.*)$/su.exec(lower.slice(hit.end, s.end))?.[1] : undefined;
  const clause = head.trimStart();
  if ((EVENT_HELD.test(clause) || (opening !== undefined && EVENT_HELD.test(opening))) && !tiedLocally(clause)) return true;
  return OTHER_SUBJECT.test(clause) || (opening !== undefined && OTHER_SUBJECT.test(opening)) || STAFF_EVENT(head) || AUTHOR_THING.test(clause) || DATE_IS_EVENT.test(lower.slice(hit.end, Math.min(s.end, hit.end + 40)));
}
/** The start of the clause holding `at`: the sentence's start, or after a colon, semicolon or dash. */
function clauseStart(lower: string, from: number, at: number): number {
  for (let k = at - 1; k >= from; k--) {
    const c = lower[k];
    if (c === ':' || c === ';' || c === '—' || c === '–') return k + 1;
    // "J'ai eu 50 ans hier et ma coloscopie est bookée pour le 8 janvier": the second clause.
    if (c === ' ' && k >= from + 5 && /\p{L} (?:et|and|but|mais)$/u.test(lower.slice(k - 6, k))) return k + 1;
  }
  return from;
}
/** "his CABG Feb 2", "sa greffe le 3 mars": a dated thing that belongs to someone. */
const POSSESSED_BEFORE = endsWith(wordRe(String.raw`\b(?:his|her|their|pt's|patient's|son|sa|ses|leur)\s(?:last\s|first\s|next\s|dernière?\s|première?\s|prochaine?\s)?\p{L}[\p{L}-]{1,20}(?:\s(?:was|is|on|the|le|du|était|est|a eu lieu))*\s$`, 'iu'));
const BIRTH = endsWith(wordRe(String.raw`\bborn\s(?:at|in|à)\s[^.!?\d]{0,30}\s(?:on|le)(?:\s(?:a|an|un|une)\s[\p{L}-]+)?\s$|\b(?:born|b\.|dob|d\.o\.b\.?|birth|birthdate|date of birth|né|née|né\(e\)|nés|nées|naissance|ddn)\b[\s:,.-]*(?:on|le|the|en|in)?\s?$`, 'iu'));
const SELF_AGE = endsWith(wordRe(String.raw`\b(?:j'ai eu|j'ai fêté|je fête|je célèbre|i turned|i turn|i'll be|i will be|i celebrated|my birthday|mon anniversaire|my \d{1,3}(?:st|nd|rd|th))\b[^.!?]{0,24}$`, 'iu'));
const AUTHOR_AFTER = /^[,;]?\s?(?:i|i'm|i’m|i've|i’ve|je|j'|j’)(?=[\s'’])/iu;
const BARE_BIRTH = /^\s*(?:born|née?)\b/iu;
const AUTHOR_TURNED = /^(?:(?:i|i've|i have)\s)?(?:just\s)?(?:turned|turn|turning)\s\d{1,3}\b|^(?:i'm|i am)\s\d{1,3}\stoday\b|^(?:j'ai|je viens d'avoir)\s(?:eu\s|fêté\s(?:mes\s)?)?\d{1,3}\sans\b/iu;
const SELF_BIRTH = wordRe(String.raw`\b(?:i was|i'm|i am|je suis|j'suis|j'étais|my|ma|mon)\b`, 'iu');
const MY_PATIENT_LEAD = wordRe(String.raw`\b(?:my|mon|ma|mes)\s(?:\p{L}+\s)?(?:patients?|patientes?|pts?|clients?|clientes?|résidente?s?|residents?)\b`, 'iu');
/** Dates of events, deadlines and publications: not about a person. ("Three times a week until March" is a patient's routine, not Nursing Week.) */
const NOT_PERSONAL = lowerRe(String.raw`\b(?:visiting hours|visitor policy|heures de visite|survey|sondage|poll|closes|ferme le|meets|will meet|council|conseil|committee|comité|maintenance|down for|outage|panne|training|formation|in-service|conference|congress|congrès|colloque|symposium|summit|webinar|webinaire|workshop|atelier|meeting|réunion|session|seminar|séminaire|course|cours|lecture|talk|conférence|deadline|date limite|due|échéance|register|registration|inscription|inscrivez|abstracts?|submissions?|published|publiée?|publication|posted|updated|mis à jour|effective|en vigueur|launch|lancement|rollout|roll-out|go-live|déploiement|deployment|mise en œuvre|event|événement|évènement|festival|gala|fundraiser|fun run|walkathon|charity (?:walk|run)|marche-bénéfice|course-bénéfice|award ceremony|ceremony|cérémonie|remise de prix|campaign|campagne|awareness|sensibilisation|day of|journée|(?<!\b(?:a|per|par|times a|fois par|every|each|chaque)\s)(?<!\d[\s-])(?:week|semaine|month|mois)(?![\s-]old\b)|clinic day|vaccination clinic|flu clinic|open house|portes ouvertes|potluck|bbq|barbecue|repas partagé|cinq à sept|5 à 7|staff party|party de noël|semaine du|\d{1,2}(?:er)? au|closed|fermée?|holiday|férié|exam|examen|election|élection|sale|anniversary|anniversaire de fondation)\b`);

/** "World Hospice Day", "National Nursing Week", "Journée mondiale du diabète", "Semaine de la santé mentale". */
const AWARENESS_DAY = wordRe(String.raw`\b(?:(?:World|National|International|Global)\s(?:[\p{L}'’-]+\s){0,4}(?:Day|Week|Month)|(?:Journée|Semaine|Mois)\s(?:mondiale|nationale|internationale|de\sla|du|des|de\sl')\s)`, 'u');
const PRONOUN = wordRe(String.raw`\b(?:she|he|her|his|him|elle|il(?!\s(?:fait|y a|faut))|lui)\b`, 'iu');
/** A count of patients or visits, or a lot of a condition: a day's tally, not a person's date. */
const PATIENT_COUNT = lowerRe(String.raw`\b(?:(?:we had|we've had|we saw|on a eu|on en a eu|nous avons eu)\s\d+\s(?:on|le)\s|\d+\s(?:patients|pts|visits|visites|admissions|cases|cas|kids|enfants|babies|bébés|deliveries|accouchements|consults|calls|appels|injuries|blessures|falls|chutes|burns|brûlures|overdoses|surdoses|fractures|bites|morsures|births|naissances|hospitali[sz]ations|transfers|transferts)|(?:we|on a|nous avons|our (?:\p{L}+\s){0,2}(?:saw|treated))\s(?:saw|treated|vu|traité)\s\d+\s(?:\p{L}+\s)?\p{L}+s\b|(?:a lot of|lots of|so many|tons of|plenty of|beaucoup de|plein de|tellement de)\s(?:\p{L}+\s)?(?:rsv|flu|covid|grippe|vrs|gastro|strep|patients|cases|cas|kids|enfants|fractures|falls|chutes)|more (?:people|patients) than|hundreds of|dozens of|des centaines de|des dizaines de|every patient|all (?:our|the) patients|tous (?:les|nos) patients|chaque patient|patients (?:admitted|seen|born|discharged|transferred)|(?:les )?patients (?:admis|vus|nés|transférés))\b`);
const OWN_KIN_OPEN = /^(?:Mom|Mum|Dad|Mama|Papa|Maman|Grandma|Grandpa|Nana|Granny|Gramps|Mémère|Pépère|Grand-maman|Grand-papa)\b(?!\s\p{Lu})/u;
/** Gatherings announced at the head of a sentence: an event's date unless a patient is told in the sentence ("Au repas partagé, Mme Roy, 91 ans, ..."). */
const GATHERING_HEAD = wordRe(String.raw`\b(?:dîner-causerie|causerie|lunch[- ](?:and|&)[- ]learns?|town hall|blood drive|collecte de sang|repas partagé|potluck)\b`, 'iu');
const EVENT_HEAD = wordRe(String.raw`\b(?:portes ouvertes|open house|conference|congrès|colloque|symposium|webinar|webinaire|gala|fundraiser|collecte de fonds|job fair|salon de l'emploi|info session|séance d'information)\b`, 'iu');
/** A story dated by its day: "a lesson from January 14", "l'histoire du 3 mars", "a call from Feb 2". */
const STORY_FROM = endsWith(wordRe(String.raw`\b(?:lesson|story|case|memory|call|shift|night|photo|picture|note|leçon|histoire|cas|souvenir|appel|garde|nuit)s?\s(?:from|du)\s(?:(?:the|le)\s)?$`, 'iu'));
/** A patient's stay or visiting ban runs until the date: "on our unit until Nov 21", "no visitors until Monday the 7th". */
const STAY_UNTIL = endsWith(wordRe(String.raw`\b(?:no visitors|no visits|no visiting|pas de visites?|aucune visite|on (?:our|the) (?:unit|ward|floor)|in (?:room|bed) \d+|in hospital|in the hospital|in the icu|with us|sur (?:l'unité|l'étage)|à l'étage|chez nous|aux soins intensifs|hospitalisée?)\s(?:until|till|before|jusqu'au|avant)\s(?:(?:the|le)\s)?$`, 'iu'));
/** A stay's first day: "during his stay on 7 East from October 3 to October 17", "les soins reçus au 7 Est du 3 octobre". */
const STAY_FROM = endsWith(wordRe(String.raw`\b(?:stay|stayed|séjour|hospitali[sz]ation|hospitalisée?|admitted|admise?|soins reçus|care (?:she|he|they) received)\b[^.!?]{0,30}\s(?:from|du)\s(?:(?:the|le)\s)?$`, 'iu'));
const CARE_OF = endsWith(new RegExp(String.raw`(?:${wordRe(TIE_WORDS, 'iu').source})\sdu\s$`, 'iu'));
const RANGE_START = endsWith(wordRe(String.raw`\b(?:from|until|till|through|starting|starts|effective|jusqu'au|à partir du|à compter du|dès le|du)\s(?:(?:the|le)\s)?$`, 'iu'));
const NAMED_NOT_PATIENT = lowerRe(String.raw`\b(?:work|working|worked|works|shift|shifts|on call|de garde|quart|quarts|travaille|travaillé|travailler|merry|happy|joyeux|joyeuse|joyeuses|bonne|bon|wishing|souhaite|potluck|party|closed|fermée?|hours|heures d'ouverture|busiest|\d+\s(?:patients|pts|visits|admissions|visites|admissions))\b`);

/**
 * A day named like an awareness or a feast day, right beside the date it falls on: "Green Shirt Day
 * is April 7", "March 12, World Kidney Day", "le 8 mars, Journée internationale des droits des
 * femmes". English names are capitalised, as proper names are.
 */
const DAY_NAME_AFTER = wordRe(String.raw`^,?\s(?:(?:is|was|will be|c'est|est|sera|était)\s)?(?:(?:the|la|le|l')\s?)?(?:(?:\p{Lu}[\p{L}'’-]*|of|for|and)\s){1,6}(?:Day|Week|Month)\b|^,?\s(?:(?:c'est|est|sera|était)\s)?(?:la\s|le\s)?(?:[Jj]ournée|[Ss]emaine|[Mm]ois)\s(?:mondiale|nationale|internationale|de\sla|de\sl'|du|des)\b`, 'u');
const DAY_NAME_BEFORE = wordRe(String.raw`(?:\p{Lu}[\p{L}'’-]*\s(?:(?:\p{Lu}[\p{L}'’-]*|of|for|and)\s){0,5})(?:Day|Week|Month)(?:,\s|\s(?:is|was|will be|falls on|this year is|is on|on)\s)(?:on\s)?$|(?:[Jj]ournée|[Ss]emaine)\s(?:mondiale|nationale|internationale|de|du|des)\b[^,.!?;:]{0,50}(?:,\s|\s(?:est|sera|aura lieu|a lieu|tombe)\s)(?:le\s)?$`, 'u');
/** A deadline named at the head of the sentence, then its date: "Date limite pour les candidatures : 15 février", "Registration deadline is March 3". */
const DEADLINE_HEAD = wordRe(String.raw`\b(?:deadline|date limite|due date|échéance|last day to (?:apply|register)|dernier jour pour|inscriptions?|registration|candidatures?|applications?|submissions?|soumissions?)\b[^.!?]{0,70}(?:[:–—-]\s?|\s(?:is|est|sera|closes|ferme|:)\s(?:on\s|le\s)?)$`, 'iu');
/** A policy's first day: "As of January 1, our obstetrical units adopt a new policy". */
const AS_OF = endsWith(wordRe(String.raw`\bas of\s(?:the\s)?$`, 'iu'));
/** A run of days after the date: "the van will be in the lot November 4 to 8", "du 3 au 7 mars" reads as an event's days. */
const DAYS_RUN_AFTER = /^\s?(?:to|through|thru|[-–]|au)\s?(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d/]|[.:]\d|\s?(?:h(?:\b|\d)|am\b|pm\b|a\.m|p\.m|times\b|fois\b|kg\b|lbs?\b|mg\b|patients?\b|days?\b|jours?\b|weeks?\b|semaines?\b|\p{L}+\s(?:patients?|lits?|beds?)\b))/iu;
/** A deadline: "drop it at the gift shop before December 20\", "apply by March 3", "inscription avant le 15 mars". */
// "By March 3 she was walking" is a patient's progress: "by" is a deadline only after an ask.
const DEADLINE_BEFORE = wordRe(String.raw`(?:\b(?<!\b(?:day|night|morning|evening|weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s)(?:before|no later than|not later than|avant|d'ici|au plus tard)|\b(?:apply|applications?|register|registration|submit(?:ted)?|sign up|rsvp|book|due|complet(?:e|ed)|return(?:ed)?|send|drop|donate|order|respond|reply|enrol|enroll|nominate|vote|renew(?:ed)?)\b[^.!?]{0,40}\bby)\s(?:(?:the|le)\s)?$`, 'iu');
/**
 * A post about history: "became the first person to receive insulin", "#histoire", "anniversaire
 * posthume". With a date of long ago, it dates a figure of history, not a patient.
 */
const HISTORY = lowerRe(String.raw`(?:#\p{L}*(?:history|histoire)\p{L}*|\b(?:history of medicine|medical history buffs?|our history|notre histoire|leur histoire|histoire (?:de la médecine|médicale|de notre|du québec|de l'hôpital)|chapitre sombre|dark chapter|posthumous|posthume|on this day in|in memoriam|first (?:person|human|patient|woman|man|baby|child)s? (?:ever |in (?:the world|history|canada|north america) )?to (?:receive|survive|be given|be treated)|premi(?:er|ère)s? (?:\p{L}+\s){0,3}à (?:survivre|recevoir))\b)`);
/** A population's births, not a person's: "about 1 in 1,461 people are born on Feb 29". */
const POPULATION_BIRTH = wordRe(String.raw`\b(?:people|babies|kids|children|persons|canadians|personnes|bébés|enfants|gens)\s(?:(?:are|were|get|who are|who were|sont|qui sont)\s)?(?:born|nés|nées)\s(?:on|le)\s$`, 'iu');

/** A month's name in either language: the French spellings English does not share pick French. */
const monthOfName = (word: string) => monthIndex(word, /^(?:janv|f[ée]v|avr|mai|juin|juil|ao|d[ée]c)/iu.test(word) ? 'fr' : 'en');
function monthIndex(token: string, lang: Lang): number | undefined {
  const t = token.toLowerCase().normalize('NFC');
  const list = lang === 'fr' ? MONTHS_FR : MONTHS_EN;
  for (let i = 0; i < 12; i++) if (t.startsWith(list[i]!)) return i + 1;
  if (lang === 'fr' && t.startsWith('fe')) return 2;
  if (lang === 'fr' && t.startsWith('de')) return 12;
  if (lang === 'fr' && t.startsWith('ju') && t.includes('l')) return 7;
  return undefined;
}

function parse(m: RegExpMatchArray): { month?: number; year?: number } | null {
  const g = m.groups!;
  if (g.iso) {
    const [y, mo] = g.iso.split(/[-/.]/).map(Number);
    return { year: y, month: mo };
  }
  if (g.num) {
    const [a, b, c] = g.num.split(/[/.-]/);
    const x = Number(a);
    const y = Number(b);
    if (x > 12 && y > 12) return null;
    if (/\./.test(g.num) && c!.length === 2) return null; // 1.2.24 reads like a version
    const year = c!.length === 4 ? Number(c) : undefined;
    // Both orders are in use in Canada; the month is only certain when one part exceeds 12.
    const month = x > 12 ? y : y > 12 ? x : undefined;
    return { year, month };
  }
  const txt = (g.enMD ?? g.enDM ?? g.enDMY ?? g.fr)!;
  const lang: Lang = g.fr ? 'fr' : 'en';
  const word = txt.match(/\p{L}{3,}/u)?.[0] ?? '';
  const month = monthIndex(word === 'of' ? (txt.match(/of\s(\p{L}+)/u)?.[1] ?? '') : word, lang);
  const year = txt.match(/\d{4}/)?.[0];
  return { month, year: year ? Number(year) : undefined };
}

/** Every day-and-month date in the text (tie not checked). */
export function findDates(ctx: RuleContext): DateHit[] {
  return perAnalysis(ctx, 'dates', scan);
}

function scan(ctx: RuleContext): DateHit[] {
  const { text } = ctx;
  const out: DateHit[] = [];
  const numbers = dateMatches(text);
  for (const m of numbers.dates) {
    const p = parse(m);
    if (!p) continue;
    const g = m.groups!;
    // "may 3 patients" is not a date: the modal verb is lower-case and followed by a count.
    if (g.enMD && /^may\s/.test(g.enMD) && !/\d{4}|(?:st|nd|rd|th)\b/.test(g.enMD)) {
      if (!/\b(?:on|of|since|until|by|from|le)\s$/i.test(text.slice(Math.max(0, m.index - 6), m.index)) && /^\s\p{Ll}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2))) continue;
    }
    out.push(withPreposition(text, m.index, m.index + m[0].length, p));
  }
  for (const [start, end] of NAMED_DAY.scan(foldedOf(ctx))) {
    // "L'Anse-Saint-Jean", "Saint-Jean-sur-Richelieu": a feast day inside a town's hyphenated name.
    if (text[start - 1] === '-' || text[end] === '-') continue;
    const hit = withPreposition(text, start, end, {});
    hit.named = true;
    out.push(hit);
  }
  if (numbers.year) {
    for (const m of matchAll(text, MONTH_YEAR)) {
      if (out.some((d) => m.index < d.end && d.dateStart < m.index + m[0].length)) continue;
      const lead = text.slice(Math.max(0, m.index - 30), m.index);
      const tied = MONTH_YEAR_TIE(lead);
      // "came to our clinic in June 2019": left to the sentence's patient cues (judged below).
      // "Feb 2019, 34F, an ICU nurse herself", "en octobre 2025, un pêcheur ... âgé de 44 ans": the
      // month of that patient's story.
      // "Evelyn Marsh, who stayed in our cardiac unit in April 2026": the month of the named patient's stay.
      const word = m[0].match(/\p{L}{3,}/u)?.[0] ?? '';
      // A season or a holiday is said of a unit's year as often as of a stay: only a tie word, the patient's name or age dates it.
      const season = SEASON.test(word);
      if (!tied && !(IN_BEFORE(lead) && !season && has(ctx, sentenceIndex(ctx, m.index), 'patient', 'encounter', 'title')) && !(IN_BEFORE(lead) && namedInSentence(ctx, m.index)) && !withPatientAge(ctx, m.index)) continue;
      const y = Number(m[0].match(/\d{4}/u)![0]);
      const hit = withPreposition(text, m.index, m.index + m[0].length, { year: y, month: monthOfName(word) });
      // "since"/"depuis" alone also opens a clinic's news ("since March 2020 we offer").
      hit.tied = tied && !SINCE_ONLY(lead);
      out.push(hit);
    }
  }
  // "had her stroke in August", "qui a fait son AVC en août", "born in March": a month alone,
  // when a care or birth word right before makes it the month of that event.
  for (const m of matchAll(text, MONTH_ALONE)) {
    if (out.some((d) => m.index < d.end && d.dateStart < m.index + m[0].length)) continue;
    const lead = text.slice(Math.max(0, m.index - 30), m.index);
    const since = /(?:since|depuis)\s$/iu.test(lead);
    if (since ? !SINCE_STATE(text.slice(Math.max(ctx.sentenceAt(m.index).start, m.index - 60), m.index)) : !MONTH_YEAR_TIE(lead) || SINCE_ONLY(lead)) continue;
    const hit = withPreposition(text, m.index, m.index + m[0].length, { month: monthOfName(m[0]) });
    hit.tied = true;
    out.push(hit);
  }
  for (const m of /(?:ast|past|id|arly|ate)[\s-]\p{Lu}|\p{Ll}\s(?:dernier|passé)\b|mi-\p{Ll}|(?:ébut|[Ff]in)\s/u.test(text) ? matchAll(text, RELATIVE_MONTH) : []) {
    if (out.some((d) => m.index < d.end && d.dateStart < m.index + m[0].length)) continue;
    const i = sentenceIndex(ctx, m.index);
    const tied = MONTH_YEAR_TIE(text.slice(Math.max(0, m.index - 30), m.index));
    if (notInCare(ctx, i) || !(tied || has(ctx, i, 'patient', 'encounter', 'title') || namedInSentence(ctx, m.index) || withPatientAge(ctx, m.index))) continue;
    const hit = withPreposition(text, m.index, m.index + m[0].length, { month: monthOfName(m[0].match(/\p{L}+$/u)![0]) });
    hit.tied = tied;
    out.push(hit);
  }
  for (const m of numbers.year ? matchAll(text, COMPACT) : []) {
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    const chart = hl7Field(text, m.index, m.index + m[0].length);
    if (!chart && !BIRTH(before)) continue;
    if (out.some((d) => m.index < d.end && d.dateStart < m.index + m[0].length)) continue;
    const hit = withPreposition(text, m.index, m.index + m[0].length, { year: Number(m[0].slice(0, 4)), month: Number(m[0].slice(4, 6)) });
    hit.chart = chart;
    out.push(hit);
  }
  let last: DateHit | undefined;
  const slashed: DateHit[] = [];
  const unread: RegExpExecArray[] = [];
  for (const m of numbers.slashed ? matchAll(text, SHORT_NUM) : []) {
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    // "Saw him on 03/11, 17/11 and 01/12": the list goes on from a date already read.
    // "back again, 12/3 to 12/5", "du 3/12 au 5/12": a range's end is dated as its start.
    const listed = last && LIST_NEXT.test(text.slice(last.end, m.index)) ? last : undefined;
    // "admitted 2/3 of the patients", "discharged on 1/2 tab": a fraction, not a day.
    // "1/2 to 3/4 of the patients": the bounds of a fraction.
    const tail = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
    if (FRACTION_AFTER.test(tail) || FRACTION_AFTER.test(tail.replace(RANGE_TO_SHORT, ''))) continue;
    if (out.some((d) => m.index >= d.dateStart && m.index < d.end)) continue;
    if (!BIRTH(before) && !CARE_RIGHT_BEFORE(before) && !listed && !storyDay(ctx, m)) {
      if (!SCORE_BEFORE.test(text.slice(Math.max(0, m.index - 25), m.index))) unread.push(m);
      continue;
    }
    const hit = withPreposition(text, m.index, m.index + m[0].length, {});
    hit.listedAfter = listed;
    out.push(hit);
    slashed.push(hit);
    last = hit;
  }
  // "4/2 adm, 4/3 scope, 4/5 home", "adm 11/02 → OR 11/03 → ICU till 11/05": a day-and-month written
  // the same way a few words from one read as a care date is the next step of the same stay.
  for (let grew = slashed.length > 0; grew;) {
    grew = false;
    for (let k = 0; k < unread.length; k++) {
      const m = unread[k]!;
      const end = m.index + m[0].length;
      if (!slashed.some((h) => (h.end <= m.index && chained(text.slice(h.end, m.index))) || (end <= h.dateStart && chained(text.slice(end, h.dateStart))))) continue;
      const hit = withPreposition(text, m.index, end, {});
      out.push(hit);
      slashed.push(hit);
      unread.splice(k--, 1);
      grew = true;
    }
  }
  // "discharged on the 21st", "arrivée le 3": a day alone, dated only by the care event before it.
  const folded = foldedOf(ctx);
  for (const m of dayAfterArticle(folded) ? matchAll(folded, DAY_ALONE) : []) {
    const lead = text.slice(Math.max(0, m.index - 30), m.index);
    // "On the 14th, our cath lab team treated a 38-year-old": judged as a named day (below).
    if (!CARE_RIGHT_BEFORE(lead) && !/(?:^|[.!?\n]\s{0,3})(?:on|le)\s(?:the\s)?$/iu.test(lead) && !dayInStory(ctx, m, lead)) continue;
    if (out.some((d) => m.index >= d.start && m.index < d.end)) continue;
    const hit = withPreposition(text, m.index, m.index + m[0].length, {});
    hit.named = true;
    out.push(hit);
  }
  return out.sort((a, b) => a.start - b.start);
}

function withPreposition(text: string, start: number, end: number, p: { month?: number; year?: number }): DateHit {
  // "on Sunday, Nov 29", "le lundi 14 mars": the weekday is part of the date to hide.
  const day = WEEKDAY_BEFORE.exec(text.slice(Math.max(0, start - 12), start));
  const from = day ? start - day[0].length : start;
  const prep = /(?:^|[\s(])((?:on|le|on the)\s)$/iu.exec(text.slice(Math.max(0, from - 8), from));
  const s = prep ? from - prep[1]!.length : from;
  return { start: s, end, dateStart: start, month: p.month, year: p.year, preposition: prep !== null };
}
// "Mon. Mar 3", "lun. 3 mars": a chart's or a card's short weekday is part of the date too.
const WEEKDAY_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun|lun|mar|mer|jeu|ven|sam|dim)\.?),?\s$`, 'iu');

export type DateTie = 'birth' | 'care' | null;

/** Whether a date belongs to a person: a birth or care word near it, or a patient sentence. */
export function dateTie(ctx: RuleContext, hit: DateHit): DateTie {
  // The date rule and the case rule ask about the same hits: judged once per analysis.
  return judgedOnce(ctx, 'dateTie', hit, () => judgeDate(ctx, hit) ?? (inCareChain(ctx, hit) ? 'care' : null));
}

/** Each date's own judgement, before any chain: what a timeline's dates lend each other. */
function ownTie(ctx: RuleContext, hit: DateHit): DateTie {
  return judgedOnce(ctx, 'dateOwnTie', hit, () => judgeDate(ctx, hit));
}

/**
 * `judge`'s answer for `hit`, kept per analysis under `key`. A date listed after another asks that
 * one, whose chain may ask this one back ("Aunty L., 58, back again, 12/3 to 12/5"): while it is
 * being judged it counts as untied.
 */
function judgedOnce(ctx: RuleContext, key: string, hit: DateHit, judge: () => DateTie): DateTie {
  const memo = perAnalysis(ctx, key, () => new Map<DateHit, DateTie>());
  let v = memo.get(hit);
  if (v === undefined) {
    memo.set(hit, null);
    v = judge();
    memo.set(hit, v);
  }
  return v;
}
/**
 * A timeline: "Op date Nov 2. Home Nov 4. Back to curling Dec 1.", "Jan 8: arrives in ED / Jan 10:
 * finally upstairs", "turned ninety-five on November 3, went home on November 10". Dates written
 * the same way one after the other, a few words apart, tell one stay: when one of them is a
 * patient's, the others are too, unless the sentence tells someone else's story or an event.
 */
function inCareChain(ctx: RuleContext, hit: DateHit): boolean {
  if (hit.named || hit.chart) return false;
  const dates = findDates(ctx);
  const k = dates.indexOf(hit);
  if (k < 0 || notInCare(ctx, sentenceIndex(ctx, hit.dateStart))) return false;
  const s = ctx.sentenceAt(hit.dateStart);
  const local = (ctx.text.slice(Math.max(s.start, hit.dateStart - 45), hit.dateStart) + ' ' + ctx.text.slice(hit.end, Math.min(s.end, hit.end + 30))).toLowerCase();
  if (NOT_PERSONAL.test(local)) return false;
  for (const step of [-1, 1]) {
    for (let j = k + step, prev = hit; j >= 0 && j < dates.length; prev = dates[j]!, j += step) {
      const d = dates[j]!;
      const [a, b] = step < 0 ? [d, prev] : [prev, d];
      if (d.named || d.chart || (d.month === undefined) !== (hit.month === undefined) || !chained(ctx.text.slice(a.end, b.dateStart))) break;
      if (ownTie(ctx, d)) return true;
    }
  }
  return false;
}
/** What lies between two dates of one timeline: a few words, a line break or an arrow, not a paragraph. */
function chained(gap: string): boolean {
  return gap.length <= 45 && !gap.includes('\n\n') && !/\d/u.test(gap);
}

function judgeDate(ctx: RuleContext, hit: DateHit): DateTie {
  if (hit.listedAfter) return dateTie(ctx, hit.listedAfter);
  if (hit.chart) return hit.chart;
  const s = ctx.sentenceAt(hit.dateStart);
  const before = ctx.text.slice(Math.max(s.start, hit.dateStart - 60), hit.dateStart);
  const after = ctx.text.slice(hit.end, Math.min(s.end, hit.end + 40));
  const i = sentenceIndex(ctx, hit.dateStart);
  // Whose story the sentence tells (the author's family, a pet, a colleague, the news, a vignette).
  if (notInCare(ctx, i)) return null;
  // "Les quintuplées Dionne, nées le 28 mai 1934 ... #histoire": a figure of history's date.
  if (hit.year !== undefined && hit.year < 1950 && HISTORY.test(ctx.lower) && !has(ctx, i, 'encounter', 'title')) return null;
  // "1 in 1,461 people are born on Feb 29": everyone's birthday.
  if (POPULATION_BIRTH.test(before)) return null;
  // "Turned 40 today on a night shift. Born here on December 6, 1986": a birth with no subject
  // after the author's own birthday is the author's.
  if (BARE_BIRTH.test(ctx.text.slice(s.start, hit.dateStart)) && i > 0 && AUTHOR_TURNED.test(ctx.text.slice(ctx.sentences[i - 1]!.start, ctx.sentences[i - 1]!.end).trimStart())) return null;
  if (BIRTH(ctx.text.slice(Math.max(s.start, hit.dateStart - 56), hit.dateStart))) {
    // "I was born on March 3, 1986": the author's own birthday.
    const lead = ctx.text.slice(Math.max(s.start, hit.dateStart - 40), hit.dateStart);
    if (SELF_BIRTH.test(lead) && !MY_PATIENT_LEAD.test(lead)) return null;
    // "Born on March 3, 1990, I am officially a senior nurse": the clause's subject is the author.
    if (AUTHOR_AFTER.test(after)) return null;
    // "Ma fille a eu 5 ans aujourd'hui. Née le 5 décembre 2021": the author's own child.
    return around(ctx, hit.dateStart, 1, 'ownFamily') && !patientWord(ctx, i) && !has(ctx, i, 'encounter', 'title') ? null : 'birth';
  }
  // "J'ai eu 45 ans le 2 décembre", "I turned 40 on March 3": the author's own birthday.
  if (SELF_AGE(before.slice(-40))) return null;
  // "Mom passed on May 3, 2019": a sentence opening on a bare kin word is about the author's own.
  if (OWN_KIN_OPEN.test(ctx.text.slice(s.start, Math.min(s.end, s.start + 20)).trimStart()) && !patientWord(ctx, i) && !has(ctx, i, 'encounter', 'title')) return null;
  // Lower-cased for the word lists (lowerRe), as are the slices below.
  const local = (before.slice(-40) + ' ' + after.slice(0, 30)).toLowerCase();
  // "from March 3 to 7", "jusqu'au 12 mars": the bounds of an event's dates; "Portes ouvertes à
  // la Résidence ..., le samedi 14 mars": an event named at the head of its sentence.
  // "from March 3 to 7" bounds an event; "a lesson from January 14: a 38-year-old..." does not.
  // A range in a patient's sentence is their stay ("Mr. Roy's follow-up moved from 3 March to
  // 17 March"); "du" right after a care word is "of", not "from" ("son infarctus du 8 janvier").
  // "aux petites heures du jour de l'An": before a holiday, "du" is "of the", unless a bound follows ("du réveillon au 2 janvier").
  const range = RANGE_START(before) && !STORY_FROM(before) && !STAY_UNTIL(before) && !STAY_FROM(before) && !CARE_OF(before) && !(hit.named && DU_BEFORE.test(before) && !BOUND_AFTER.test(after));
  if ((range && (hit.named || (!has(ctx, i, 'title') && !inPatientSentence(ctx, s, i)))) || EVENT_HEAD.test(ctx.text.slice(s.start, hit.dateStart))) return null;
  // "Oct 12 is World Hospice Day", "j'ai vu 40 patients le 3 mars", "a lot of RSV": a named
  // day or a tally, not one patient's date, unless a patient is named, aged or a pronoun's
  // ("she was one of 40 patients that day") in that sentence.
  const said = ctx.text.slice(s.start, s.end);
  if ((AWARENESS_DAY.test(said) || (PATIENT_COUNT.test(said.toLowerCase()) && !PRONOUN.test(said))) && !inPatientSentence(ctx, s, i)) return null;
  if (!has(ctx, i, 'title') && !hit.tied && otherOwner(ctx, s, hit) && !inPatientSentence(ctx, s, i)) return null;
  // "Green Shirt Day is April 7, honouring Logan Boulet": the day's own date, whoever it honours.
  // "had her laryngectomy here on March 8, International Women's Day": the day a named or aged patient's care fell on.
  if (((DAY_NAME_AFTER.test(after) && !inPatientSentence(ctx, s, i)) || DAY_NAME_BEFORE.test(before)) && !tiedLocally(local)) return null;
  // Gatherings, deadlines and runs of days are nobody's unless a care word ties the date, a titled
  // person is in the sentence or the sentence tells a patient's story. Asked lazily, in that order.
  const nobodysDay = () => !tiedLocally(local) && !has(ctx, i, 'title') && !inPatientSentence(ctx, s, i);
  if (GATHERING_HEAD.test(ctx.text.slice(s.start, hit.dateStart)) && nobodysDay()) return null;
  // "drop it at the gift shop before December 20": a deadline, unless a patient's care is told by it.
  if ((DEADLINE_HEAD.test(ctx.text.slice(s.start, hit.dateStart)) || ((DAYS_RUN_AFTER.test(after) || AS_OF(before)) && !PRONOUN.test(said))) && nobodysDay()) return null;
  if (DEADLINE_BEFORE.test(before) && !STAY_UNTIL(before) && nobodysDay()) return null;
  // "Caught a baby in the back of a taxi on Bonfire Night", "Priya was born January 1 at 00:04",
  // "Bébé fille attrapée à 4 h 12 le 1er décembre": a birth told in the sentence dates that baby.
  // (A holiday stays a care date: it names the day, not the birth date written out.)
  if (birthStory(ctx, s, hit, before, after)) return hit.named ? 'care' : 'birth';
  if (hit.named) {
    // "Working Christmas Eve again", "we saw 40 patients on Boxing Day", "Happy Canada Day":
    // the day of the staff or of everyone, not of one patient.
    if (NOT_PERSONAL.test((before.slice(-45) + ' ' + after.slice(0, 30)).toLowerCase())) return null;
    // "every Christmas Eve", "the Christmas Eve service", "Halloween shift bingo", "Mother's Day on
    // our unit:": a day that comes back each year, an occasion's name, or the unit's day, not one stay's.
    // A meal or a party is where a patient's story may start ("Mother's Day brunch gone wrong: F/81"): only with no patient told.
    if (EVERY_BEFORE(before) || OCCASION_AFTER.test(after) || (MEAL_AFTER.test(after) && !inPatientSentence(ctx, s, i)) || (UNIT_DAY_AFTER.test(after) && /^\s*(?:on\s|le\s)?$/iu.test(ctx.text.slice(s.start, hit.start)))) return null;
    // "Last Fourth of July we had a 24-year-old man from Bemidji": the day of that patient's
    // story, whatever else the sentence holds ("the road was closed").
    if (inPatientSentence(ctx, s, i)) return 'care';
    if (NAMED_NOT_PATIENT.test(ctx.text.slice(s.start, s.end).toLowerCase())) return null;
    // "Monique est sortie des soins intensifs. Pas de visite avant le lundi 14": the stay of the
    // person named just before.
    if (STAY_UNTIL(before) && (TIE.test(local) || findNames(ctx).some((h) => { const k = sentenceIndex(ctx, h.start); return k === i || k === i - 1; }))) return 'care';
    if (!tiedLocally(local)) return null;
    // "before his discharge on the 12th", "sa chirurgie le 3": the day of someone's own care event.
    if (THEIR_CARE_BEFORE(before)) return 'care';
    return has(ctx, i, 'patient', 'encounter', 'title') || patientContext(ctx, hit.dateStart) ? 'care' : null;
  }
  // "my 2026-11-30 lap chole lady", "our Nov 3 hip gentleman": the date names the patient by their surgery or admission.
  if (/(?:^|\s)(?:my|our|mon|ma|notre)\s$/iu.test(before) && DATE_AS_LABEL.test(after)) return 'care';
  const personal = hit.tied === true || tiedLocally(local) || (POSSESSED_BEFORE(before.slice(-40)) && anywhere(ctx, 'patient', 'encounter', 'clinical', 'title') && !has(ctx, i, 'ownFamily'));
  // "dans la nuit du 14 au 15 janvier": one night, not a run of an event's days.
  const eventy = NOT_PERSONAL.test((before.slice(-45) + ' ' + after.slice(0, 30)).toLowerCase()) && !NIGHT_OF(before);
  if (personal && !eventy) return 'care';
  if (eventy) return null;
  // A day and month in or next to a patient's sentence is theirs unless it names an event.
  if (patientContext(ctx, hit.dateStart) && (has(ctx, i, 'patient', 'encounter', 'title') || hit.month !== undefined)) return 'care';
  if (inPatientSentence(ctx, s, i)) return 'care';
  // A calendar date in the sentence right after or before one that names or ages a patient
  // tells their story ("Tomasz is 7 today. December 6 is Tomasz Day on 4 West").
  if (hit.month !== undefined && (careStorySentence(ctx, i - 1) || careStorySentence(ctx, i + 1))) return 'care';
  return dateAlone(ctx, hit, i) ? 'care' : null;
}

const EVERY_BEFORE = endsWith(/(?:^|\s)(?:every|each|chaque|tous les|toutes les)\s(?:year\s(?:on\s)?|année\s)?$/iu);
const MEAL_AFTER = /^\s(?:dinners?|soupers?|party|parties|potluck|brunch|lunch|luncheon|réveillon)\b/iu;
const OCCASION_AFTER = /^\s(?:services?|mass|messe|concerts?|parade|défilé|shifts?|bingo|menu|fireworks|market|marché|specials?|sales?|traditions?|cards?|movies?|films?|episodes?|decorations?|décorations?|costumes?|contest|concours)\b/iu;
const UNIT_DAY_AFTER = /^\s(?:on|at|in|sur|à|au|dans)\s(?:our|the|notre|nos|l'|la|le)\s?(?:[\p{L}-]+\s){0,2}?(?:unit|ward|floor|hospital|department|unité|étage|hôpital|département|service)\s?[:—–-]/iu;
const NIGHT_OF = endsWith(/\b(?:nuit|night)\s(?:du|of(?:\sthe)?)\s(?:[12]\d|3[01]|0?[1-9])(?:er|st|nd|rd|th)?\s(?:au|to|-)\s$/iu);
const DU_BEFORE = /(?:^|\s)du\s$/iu;
const BOUND_AFTER = /^\s?(?:au|à|jusqu)/iu;
/** A birth told: a delivery verb and a baby (or its mother) in one sentence. */
const BIRTH_VERB = wordRe(String.raw`\b(?:caught|catch|catching|delivered|delivering|born|gave birth|into the world|arrived|accouchée?|accouchement|a accouché|attrapée?|attrapé|née?|nés|nées|naissance|au monde|est arrivée?)\b`, 'iu');
const BABY = wordRe(String.raw`\b(?:baby|babies|newborn|twins|triplets|bébés?|nouveau-née?|jumeaux|jumelles|triplés|apgars?|placenta)\b`, 'iu');
/** The author's own delivery: "j'ai moi-même accouché", "I gave birth", "I was born". */
const SELF_DELIVERY = wordRe(String.raw`\b(?:i\s(?:gave birth|delivered my|was born|had my)|j'ai (?:moi-même\s)?accouché|je suis née?|j'ai donné naissance)\b`, 'iu');
function birthStory(ctx: RuleContext, s: { start: number; end: number }, hit: DateHit, before: string, after: string): boolean {
  const said = ctx.text.slice(s.start, s.end);
  if (!BIRTH_VERB.test(said) || !BABY.test(said) || SELF_DELIVERY.test(said)) return false;
  // An event's or a class's date in a birth centre's news is still no one's.
  return !NOT_PERSONAL.test((before.slice(-45) + ' ' + after.slice(0, 30)).toLowerCase());
}
const DATE_AS_LABEL = /^\s(?:[\p{L}-]+\s){0,3}(?:lady|gentleman|gent|man|woman|guy|patient|pt|kid|baby|boy|girl|admit|post-op|dame|monsieur|madame|patiente?|bébé)\b/iu;
/** Someone the next sentence is about, by a pronoun. */
const PRONOUN_NEXT = wordRe(String.raw`\b(?:she|he|her|his|him|she's|he's|elle|il|lui|sa|son)\b`, 'iu');
/**
 * A full date said as a sentence of its own, then the story of whose it is: "Feb 29, 1932. She
 * told us her birthday four times tonight", "Nov. 30, 0217. Twenty-six weeks, 740 g. Today
 * she's 2.1 kg and going home". Only a day with its month, the sentence holding little else (a
 * time), and a person in the sentence after, in a care story.
 */
function dateAlone(ctx: RuleContext, hit: DateHit, i: number): boolean {
  if (hit.month === undefined || hit.named || i + 1 >= ctx.sentences.length) return false;
  const s = ctx.sentences[i]!;
  const rest = ctx.text.slice(s.start, hit.start) + ctx.text.slice(hit.end, s.end);
  if (rest.replace(/[\s.,:;!?\d-]/gu, '').length > 0) return false;
  const next = ctx.sentences[i + 1]!;
  const after = ctx.text.slice(next.start, Math.min(ctx.text.length, ctx.sentences[Math.min(ctx.sentences.length - 1, i + 2)]!.end));
  if (STAFF_NEXT.test(after) || has(ctx, i + 1, 'ownFamily', 'clinician')) return false;
  return PRONOUN_NEXT.test(after) && around(ctx, next.start, 2, 'patient', 'encounter', 'clinical', 'title', 'timeFrame', 'event', 'sex');
}
/** A colleague's first shift or first day, not a patient's date: "March 3. She started her first night shift as an RN". */
const STAFF_NEXT = wordRe(String.raw`\b(?:rn|rpn|lpn|np|md|nurse|nurses|shifts?|welcome|welcomed|hired|new grad|orientation|retired|retires|retirement|colleague|coworker|co-worker|infirmière|infirmier|quart|bienvenue|collègue|embauchée?|retraite|graduated|diplômée?)\b`, 'iu');

/** A patient's age in the sentence at `offset`. */
function withPatientAge(ctx: RuleContext, offset: number): boolean {
  return patientAgeSentences(ctx).has(sentenceIndex(ctx, offset));
}

/** A patient's name in the sentence at `offset`. */
function namedInSentence(ctx: RuleContext, offset: number): boolean {
  const s = ctx.sentenceAt(offset);
  return findNames(ctx).some((h) => h.start >= s.start && h.start < s.end);
}

/** A date in the same sentence as a patient's age or name is that patient's date. */
/** Whether sentence j exists, is not about someone outside care, and names or ages a patient. */
function careStorySentence(ctx: RuleContext, j: number): boolean {
  return j >= 0 && j < ctx.sentences.length && !notInCare(ctx, j) && inPatientSentence(ctx, ctx.sentences[j]!, j);
}
function inPatientSentence(ctx: RuleContext, s: { start: number; end: number }, i: number): boolean {
  return patientAgeSentences(ctx).has(i) || findNames(ctx).some((h) => h.start >= s.start && h.start < s.end);
}

/** "recently" and the month with the year; a birth date keeps only its year (HIPAA). */
export function suggestDate(hit: DateHit, tie: DateTie, lang: Lang): Suggestion[] {
  return dateSuggestions(lang, { month: hit.month, year: hit.year, birth: tie === 'birth', withPreposition: hit.preposition === true });
}
