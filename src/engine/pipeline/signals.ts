import type { RuleContext } from '../types.ts';
import {
  ADVICE, AUTHOR, CLINICAL, CLINICIAN, ENCOUNTER, EVENT, GENERIC, HYPOTHETICAL, KIN_AS_NAME, NEWS, NOTABLE, OWN_FAMILY, PATIENT_CUE, PET,
  RARE, RELATIVE, SEX, TEACHING, TIME_FRAME, UNIT,
} from '../lexicons/cues.ts';
import { factorAlternatives, unicodeBoundaries } from './regex-source.ts';
import { endsWith, matchAll } from './match.ts';
import { PhraseList } from './phrase-list.ts';
import { MEMO, type Memoised } from './context.ts';
import { TwoForms } from './latin.ts';

// Per-sentence context signals shared by the context-dependent rules (names, dates, ages,
// rooms, places, case). Each cue list is scanned once over the whole post, not once per
// sentence or per candidate, so the cost stays linear in the text however many rules ask.

export const SIGNALS = ['patient', 'clinical', 'encounter', 'news', 'generic', 'hypothetical', 'title',
  'timeFrame', 'sex', 'relative', 'event', 'rare', 'unit', 'ownFamily', 'clinician', 'notable', 'pet'] as const;
// Up to 32 signals fit the Uint32Array bit set.
export type Signal = (typeof SIGNALS)[number];

/** Every pattern compiled by wordForms, so a test can hold each against the naive boundary. */
export const WORD_RE_SOURCES: Array<{ source: string; flags: string }> = [];
/**
 * JavaScript's \b only knows ASCII letters, so "\bopéré\b" never matches "opéré ". Every
 * lexicon pattern is compiled with a Unicode-aware word boundary instead (word-boundary.ts
 * makes it cheap where the pattern allows), in two forms (latin.ts), nothing built before first use.
 */
export function wordForms(src: string, flags = 'giu'): TwoForms {
  WORD_RE_SOURCES.push({ source: src, flags });
  return factoredForms(unicodeBoundaries(src), flags);
}
/**
 * wordForms for a long list run on lower-cased text only. Without the i flag V8 skips the Unicode
 * case closure of every letter, which is most of what a long list costs to compile on its first
 * use (the content script's warm-up meets that cost as one long task). The source must hold no
 * capital, so that it means the same as with i on lower-cased text.
 */
export function lowerForms(src: string, flags = 'u'): TwoForms {
  if (/[A-ZÀ-Þ]|\\[A-OQ-Z]/u.test(src.replace(/\\[pP]\{[^}]*\}/gu, ''))) throw new Error(`lowerForms: a capital in ${src.slice(0, 60)}`);
  return wordForms(src, flags);
}
/** The full form of `p`, built now: for a pattern that is run whatever a post's letters are. */
function full(p: TwoForms): RegExp {
  return p.get(false);
}
export function wordRe(src: string, flags?: string): RegExp {
  return full(wordForms(src, flags));
}
export function lowerRe(src: string, flags?: string): RegExp {
  return full(lowerForms(src, flags));
}
/** text.slice(start, end) lower-cased, for a lowerRe pattern: ctx.lower's slice when lower-casing kept the length. */
export function lowerSlice(ctx: RuleContext, start: number, end: number): string {
  return ctx.lower !== ctx.text ? ctx.lower.slice(start, end) : ctx.text.slice(start, end).toLowerCase();
}

/** Every lexicon pattern before its alternatives were grouped, so a test can hold each against its grouped form. */
export const FACTORED_SOURCES: Array<{ source: string; flags: string }> = [];
/** A lexicon pattern with its alternatives grouped by first character (factorAlternatives, under `flags`), run with `runFlags`. */
function factoredForms(source: string, flags: string, runFlags = flags): TwoForms {
  FACTORED_SOURCES.push({ source, flags });
  return new TwoForms(factorAlternatives(source, flags), runFlags);
}
export function factored(source: string, flags: string): RegExp {
  return full(factoredForms(source, flags));
}

/** Accented Latin letters folded to ASCII, one character for one so offsets stay valid. */
const FOLD: Readonly<Record<string, string>> = {
  à: 'a', â: 'a', ä: 'a', á: 'a', ã: 'a', å: 'a', ç: 'c', é: 'e', è: 'e', ê: 'e', ë: 'e', î: 'i', ï: 'i',
  í: 'i', ì: 'i', ô: 'o', ö: 'o', ó: 'o', ò: 'o', õ: 'o', œ: 'o', û: 'u', ù: 'u', ü: 'u', ú: 'u', ÿ: 'y',
  ñ: 'n', '\u2019': "'",
};
// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7F]/g;
export function fold(s: string): string {
  return s.replace(NON_ASCII, (c) => FOLD[c] ?? c);
}
/**
 * Cue lists run on the lower-cased, accent-folded post, where ASCII \b is a correct word
 * boundary. That keeps V8's fast paths (no Unicode lookarounds at every position), which
 * matters: a dozen long alternations run over every keystroke's text.
 */
export function cueRe(src: string): RegExp {
  return full(cueForms(src));
}
/** `flags` replaces cueRe's own ('g', or 'gu' with a property class) where a caller wants another. */
export function cueForms(src: string, flags?: string): TwoForms {
  const own = cueFlags(src);
  return factoredForms(fold(src), own, flags ?? own);
}
const cueFlags = (src: string) => (/\\p\{/.test(src) ? 'gu' : 'g');
/** The post lower-cased and accent-folded, computed once per analysis. */
export function foldedOf(ctx: RuleContext): string {
  return perAnalysis(ctx, 'folded', (c) => fold(c.lower));
}
/**
 * A cue list as a PhraseList: its plain phrases looked up by the post's words, the rest of it
 * a smaller regex; the same matches as cueRe(src).
 */
export function cuePhrases(src: string): PhraseList {
  const flags = cueFlags(src);
  return new PhraseList(fold(src), flags, (rest) => factored(rest, flags));
}
const re = cuePhrases;
const PATTERNS: Record<Exclude<Signal, 'title'>, PhraseList> = {
  patient: re(PATIENT_CUE),
  clinical: re(CLINICAL),
  encounter: re(ENCOUNTER),
  news: re(NEWS),
  generic: re(GENERIC),
  hypothetical: re(HYPOTHETICAL),
  timeFrame: re(TIME_FRAME),
  sex: re(SEX),
  relative: re(RELATIVE),
  event: re(EVENT),
  rare: re(RARE),
  unit: re(UNIT),
  ownFamily: re(OWN_FAMILY),
  clinician: re(CLINICIAN),
  notable: re(NOTABLE),
  pet: re(PET),
};
/**
 * Courtesy titles before a capitalised word. Case-sensitive on purpose: "MS" is multiple
 * sclerosis and "5 ms" a duration, while "Ms. Lee" and "Mme Roy" are people.
 */
const TITLE = new TwoForms(String.raw`\b(?:Mr|Mrs|Ms|Mx|Miss|Mme|Mlle|Mmes|M|Monsieur|Madame|Mademoiselle)\.?\s{1,3}(?=\p{Lu})`, 'gu');
/** Signals that need the capitals, read on the original text (as well as the folded one, for ownFamily). */
const CASED: Partial<Record<Signal, TwoForms>> = { title: TITLE, ownFamily: wordForms(KIN_AS_NAME, 'gu') };

export interface PostSignals {
  /** bit set per sentence index: bit k = SIGNALS[k] (only the signals already asked for are set) */
  readonly bits: Uint32Array;
  /** Offsets of every match, per signal, in text order (for the case rule's spans). */
  readonly hits: Readonly<Record<Signal, ReadonlyArray<readonly [number, number]>>>;
}

/** Scans the post once per signal; cached per analysis so every rule shares the work. */
export function signalsOf(ctx: RuleContext): PostSignals {
  return lazySignals(ctx);
}

/**
 * Scans the signals that every analysis reads (the case rule and the names scan ask for them
 * on every post), as a stage of its own: otherwise the first scan to ask pays for them, and
 * on the engine's first run, where each of these long lists is compiled, that made the names
 * step the longest pause of the content script's warm-up. The same work, done earlier.
 */
export function scanCommonSignals(ctx: RuleContext): void {
  lazySignals(ctx).need(EVERY_POST);
}

// The signals and the sentence index are asked for thousands of times on a long post: they
// sit in their own slots on the context rather than in the memo's map.
const SIGNALS_SLOT: unique symbol = Symbol('signals');
const INDEXER_SLOT: unique symbol = Symbol('sentence indexer');
type Slots = RuleContext & { [SIGNALS_SLOT]?: LazySignals; [INDEXER_SLOT]?: (offset: number) => number };

function lazySignals(ctx: RuleContext): LazySignals {
  return ((ctx as Slots)[SIGNALS_SLOT] ??= new LazySignals(ctx));
}

/**
 * Each signal is scanned the first time a rule asks for it, not all sixteen up front: a
 * post without a candidate age, name or place never asks for most of them.
 */
class LazySignals implements PostSignals {
  readonly bits: Uint32Array;
  readonly hits: Record<Signal, ReadonlyArray<readonly [number, number]>>;
  private scanned = 0;
  private readonly lists: Array<Array<readonly [number, number]>> = [];

  constructor(private readonly ctx: RuleContext) {
    this.bits = new Uint32Array(ctx.sentences.length);
    this.hits = new HitsView(this) as unknown as Record<Signal, ReadonlyArray<readonly [number, number]>>;
  }

  /** The bit sets, with every signal of `m` scanned. */
  need(m: number): Uint32Array {
    if ((this.scanned & m) !== m) for (let k = 0; k < SIGNALS.length; k++) if (m & (1 << k)) this.list(k);
    return this.bits;
  }

  list(k: number): Array<readonly [number, number]> {
    if (this.scanned & (1 << k)) return this.lists[k]!;
    const { ctx } = this;
    const name = SIGNALS[k]!;
    const list: Array<readonly [number, number]> = [];
    if (name !== 'title') {
      const folded = foldedOf(ctx);
      for (const [start, end] of PATTERNS[name].scan(folded)) {
        // French "son" is a possessive ("son fils"), not a son.
        if (name === 'relative' && end - start === 3 && folded.startsWith('son', start) && ctx.langAt(start) === 'fr') continue;
        // "the nurses were so patient", "un chum ben patient": the adjective, not someone in care.
        if (name === 'patient' && folded.startsWith('patient', start) && end - start <= 8 && PATIENT_ADJECTIVE(folded.slice(Math.max(0, start - 16), start))) continue;
        if (name === 'hypothetical' && notAFrame(folded, start, end)) continue;
        if (name === 'ownFamily' && quoted(ctx, start)) continue;
        this.push(list, k, start, end);
      }
    }
    const cased = CASED[name];
    if (cased) {
      const n = list.length;
      for (const m of matchAll(ctx.text, cased.get(ctx.latin))) if (!(name === 'ownFamily' && quoted(ctx, m.index))) this.push(list, k, m.index, m.index + m[0].length);
      if (n > 0 && list.length > n) list.sort((a, b) => a[0] - b[0]);
    }
    this.lists[k] = list;
    this.scanned |= 1 << k;
    if (name === 'ownFamily') this.carryFamily(k);
    return list;
  }

  /** A method, not a closure per list: seventeen lists a post, each closure named under the bench's loader. */
  private push(list: Array<readonly [number, number]>, k: number, start: number, end: number): void {
    list.push([start, end]);
    this.bits[sentenceIndex(this.ctx, start)]! |= 1 << k;
  }

  /**
   * A family story goes on past the sentence that names the relative ("Mon père a fait un AVC
   * dimanche à Rimouski. 74 ans. Il récupère bien."): a sentence right after one about the
   * author's family, which goes on about someone by a pronoun or in a few words, is about them
   * too, until a patient, an encounter, a title, a colleague or the news brings in someone else.
   */
  private carryFamily(k: number): void {
    const { ctx } = this;
    const stop = BIT.encounter | BIT.title | BIT.news | BIT.clinician;
    const bits = this.need(stop);
    const folded = foldedOf(ctx);
    for (let i = 1; i < bits.length; i++) {
      // A sentence about a patient carries no family ("Dorothy, 104, is our oldest patient"), nor
      // one that brought in someone else ("Visiting Dad on 4B and the woman in the next bed, Irene...").
      if (!(bits[i - 1]! & (1 << k)) || bits[i]! & ((1 << k) | stop) || patientWord(ctx, i - 1) || bringsSomeoneNew(ctx, i - 1)) continue;
      const s = ctx.sentences[i]!;
      const text = folded.slice(s.start, s.end);
      if (PATIENT_WORD.test(text) || NEW_SOMEONE.test(text) || AGED_NEWCOMER.test(text) || !(GOES_ON.test(text) || text.trim().split(/\s+/u).length <= 6)) continue;
      bits[i]! |= 1 << k;
    }
  }
}
/**
 * `at` lies inside a quotation opened in its sentence or the one before ("« Je veux aller à la
 * pêche avec mon petit-fils Mathis. »"): the kin there are the speaker's, a patient's, not the author's.
 */
function quoted(ctx: RuleContext, at: number): boolean {
  const i = sentenceIndex(ctx, at);
  const from = ctx.sentences[Math.max(0, i - 1)]!.start;
  const t = ctx.text.slice(from, at);
  let open = 0;
  let straight = 0;
  for (let j = 0; j < t.length; j++) {
    const c = t[j]!;
    if (c === '«' || c === '“') open++;
    else if ((c === '»' || c === '”') && open > 0) open--;
    else if (c === '"') straight++;
  }
  return open > 0 || straight % 2 === 1;
}
/**
 * A frame word that frames nothing: denied ("C'est pas une question d'examen : hier soir...",
 * "this is not a hypothetical"), or an idiom of a real moment ("imagine my surprise when the
 * 96yo in bed 4...", "imaginez ma face"). What follows happened.
 */
export function notAFrame(folded: string, start: number, end: number): boolean {
  return DENIED_BEFORE(folded.slice(Math.max(0, start - 24), start)) || (/^imagine/.test(folded.slice(start, end)) && OWN_REACTION.test(folded.slice(end, end + 12)));
}
const DENIED_BEFORE = endsWith(/(?:\b(?:not|no|pas)|n't)\s(?:(?:just|only|juste|seulement|simplement)\s)?(?:a|an|un|une|des|de|d'|some|my|ma|mon|votre|your)?\s?$/);
const OWN_REACTION = /^z?\s(?:my|our|ma|mon|mes|notre|nos|the look on)\b/;
/**
 * Sentence `i` tells an encounter that happened, not one inside a condition or a supposition
 * ("if a 70-year-old comes in with back pain, ...": the coming in is the vignette's).
 */
export function realEncounter(ctx: RuleContext, i: number): boolean {
  if (!has(ctx, i, 'encounter')) return false;
  if (!has(ctx, i, 'hypothetical')) return true;
  const s = ctx.sentences[i]!;
  const folded = foldedOf(ctx);
  const frames = signalsOf(ctx).hits.hypothetical.filter(([a]) => a >= s.start && a < s.end);
  // Within the frame's clause: no stop or comma between the frame word and the encounter.
  return signalsOf(ctx).hits.encounter.some(([a]) => a >= s.start && a < s.end && !frames.some(([fa, fb]) => fa < a && !/[.,;:!?]/.test(folded.slice(fb, a))));
}
/** Words that make a following "patient" the adjective ("so patient", "ben patient"), folded; read by PATIENT_ADJECTIVE and PATIENT_WORD. */
const DEGREE = 'so|very|be|being|been|more|most|really|too|is|was|are|were|tres|trop|si|plus|ben|bien|assez|vraiment|tellement|soyez|sois';
export const PATIENT_ADJECTIVE = endsWith(new RegExp(String.raw`\b(?:${DEGREE}|extremely|incredibly|super)\s$`));
/**
 * Someone new brought in by one of `articles` (folded text), as an age or a person:
 * "I told her about the 7-year-old from Gimli", "une dame de 88 ans"; `nouns` adds to the persons.
 * Not after "is" or "not": "he is not an easy man" describes the one already told.
 */
export const broughtIn = (articles: string, nouns = '') =>
  String.raw`\b(?<!\b(?:is|was|not|pas|est|etait|c'est)\s)(?:${articles})\s(?:[a-z'-]+\s)?(?:\d{1,3}(?:[- ]year[- ]old|\s?yo|\s?y\/o)|man|woman|lady|guy|gent|gentleman|boy|girl|kid|teen|baby|toddler|dame|homme|femme|monsieur|madame|garcon|fille|enfant|bebe|gars|ado${nouns})\b`;
const NEW_SOMEONE = new RegExp(broughtIn('a|an|the|this|un|une|le|la|ce|cette'));
/** Sentence `i` brings in someone by an article ("the woman in the next bed", "une dame de 88 ans"). */
export function bringsSomeoneNew(ctx: RuleContext, i: number): boolean {
  return NEW_SOMEONE.test(foldedSentence(ctx, i)) || agedNewcomer(ctx, i);
}
/**
 * Sentence `i` brings in someone new by their age: "a 54M fisherman", "a 140 kg 36yo bush pilot",
 * "un camionneur de 52 ans", "une sage-femme à la retraite de 81 ans". Someone told so is the
 * story's own person, whoever else (a colleague thanked, the post's notice or tribute, the
 * author's partner) the sentence or the post is about; not the author ("I was a 34-year-old resident").
 */
export function agedNewcomer(ctx: RuleContext, i: number): boolean {
  return AGED_NEWCOMER.test(foldedSentence(ctx, i));
}
// (Folded French "à" is "a": "à l'âge de 89 ans" brings in no one, so "de N ans" needs "un" or "une".)
const AGED_NEWCOMER = /\b(?<!\b(?:is|was|i'm|am|not|pas|est|etait|suis|c'est)\s)(?:(?:a|an|un|une)\s(?:[a-z0-9'.-]+\s){0,2}?\d{1,3}(?:[- ]years?[- ]old|\s?yo|\s?y\/o|[mf])|(?:un|une)\s(?:[a-z'-]+\s){1,5}?de\s\d{1,3}\sans)\b/;
/** A sentence that goes on about someone already named: a pronoun, or an age alone at its start. */
const GOES_ON = /\b(?:he|she|he's|she's|his|her|him|they|il|elle|lui|ils|elles)\b|^\s*\d/;

/** `hits.patient` and the like, each scanned on first read. */
class HitsView {
  constructor(readonly of: LazySignals) {}
}
SIGNALS.forEach((name, k) => {
  Object.defineProperty(HitsView.prototype, name, { get(this: HitsView) { return this.of.list(k); }, enumerable: true });
});

function sentenceIndexer(ctx: RuleContext): (offset: number) => number {
  // Built once per analysis: rules ask for sentence indexes thousands of times on long posts.
  return ((ctx as Slots)[INDEXER_SLOT] ??= buildIndexer(ctx));
}

function buildIndexer(ctx: RuleContext): (offset: number) => number {
  const starts = ctx.sentences.map((s) => s.start);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
}

/** Index of the sentence holding `offset`. */
export function sentenceIndex(ctx: RuleContext, offset: number): number {
  return sentenceIndexer(ctx)(offset);
}

const BIT = Object.fromEntries(SIGNALS.map((s, k) => [s, 1 << k])) as Record<Signal, number>;
const EVERY_POST = mask(['timeFrame', 'event', 'unit', 'patient', 'clinical', 'encounter', 'title']);
/** The bits of `signals` as one mask (rules ask with the same few lists thousands of times). */
function mask(signals: readonly Signal[]): number {
  let m = 0;
  for (const s of signals) m |= BIT[s];
  return m;
}

/** Whether sentence `i` has any of `signals`. */
export function has(ctx: RuleContext, i: number, ...signals: Signal[]): boolean {
  const m = mask(signals);
  return ((lazySignals(ctx).need(m)[i] ?? 0) & m) !== 0;
}

/** Whether any sentence of the post has any of `signals`. */
export function anywhere(ctx: RuleContext, ...signals: Signal[]): boolean {
  const m = mask(signals);
  for (const b of lazySignals(ctx).need(m)) if ((b & m) !== 0) return true;
  return false;
}

/** Whether the sentence at `offset`, or one of its `radius` neighbours, has any of `signals`. */
export function around(ctx: RuleContext, offset: number, radius: number, ...signals: Signal[]): boolean {
  const i = sentenceIndex(ctx, offset);
  const n = ctx.sentences.length;
  const m = mask(signals);
  const bits = lazySignals(ctx).need(m);
  for (let k = Math.max(0, i - radius); k <= Math.min(n - 1, i + radius); k++) {
    if ((bits[k]! & m) !== 0) return true;
  }
  return false;
}

/**
 * The usual test for "this token is about a patient": a patient cue, an encounter or a
 * courtesy title in the sentence or next to it, and the sentence is not news.
 */
export function patientContext(ctx: RuleContext, offset: number): boolean {
  const i = sentenceIndex(ctx, offset);
  if (has(ctx, i, 'news')) return false;
  return around(ctx, offset, 1, 'patient', 'encounter', 'title');
}

/** A clinical post at all: clinical, patient or encounter words within two sentences. */
export function clinicalContext(ctx: RuleContext, offset: number): boolean {
  return around(ctx, offset, 2, 'patient', 'encounter', 'clinical', 'title');
}

const AUTHOR_RE = wordForms(AUTHOR, 'iu');
const MY_PATIENT = wordForms(String.raw`\b(?:my|mon|ma|mes|our|notre|nos)\s(?:\p{L}+\s)?(?:patients?|patientes?|pts?|clients?|clientes?|résidente?s?|residents?)\b`, 'iu');
/** The few words before `start` make the author the subject ("I turned", "j'ai", "my 40th"). */
export function authorBefore(ctx: RuleContext, start: number, window = 16): boolean {
  const s = ctx.sentenceAt(start);
  const from = Math.max(s.start, start - window);
  const slice = ctx.lower.slice(from, start);
  const { latin } = ctx;
  if (!AUTHOR_RE.get(latin).test(slice) || MY_PATIENT.get(latin).test(slice)) return false;
  // "I saw a 34-year-old": an article opens someone else's noun phrase, unless the author
  // is what it describes ("I was a 34-year-old resident", "je suis une femme de 40 ans").
  return !ARTICLE_END.get(latin).test(slice) || SELF_ARTICLE.get(latin).test(slice);
}
const ARTICLE_END = wordForms(String.raw`\b(?:a|an|un|une|this|that|ce|cette|the|le|la)\s$`, 'iu');
const SELF_ARTICLE = wordForms(String.raw`\b(?:i was|i'm|i am|i became|as|when i was|j'étais|je suis|j'suis|comme|en tant que)\s(?:just\s)?(?:a|an|un|une|the|la|le)\s$`, 'iu');

/**
 * Sentence `i` of the folded text, cut once per analysis: the sentence-level cue tests (a patient
 * word, someone new, the subject's cues) read the same sentences many times each.
 */
export function foldedSentence(ctx: RuleContext, i: number): string {
  return perAnalysis(ctx, 'foldedSentences', (c) => {
    const folded = foldedOf(c);
    return c.sentences.map((s) => folded.slice(s.start, s.end));
  })[i]!;
}

const memos = new WeakMap<RuleContext, Map<string, unknown>>();
/**
 * Computes `fn(ctx)` once per analysis: several rules (and the case rule) share the same
 * candidate lists, and the engine stays pure because the cache is keyed by the context.
 */
export function perAnalysis<T>(ctx: RuleContext, key: string, fn: (ctx: RuleContext) => T): T {
  let m = (ctx as Memoised)[MEMO] ?? memos.get(ctx);
  if (!m) { m = new Map(); memos.set(ctx, m); }
  const got = m.get(key);
  if (got !== undefined || m.has(key)) return got as T;
  const v = fn(ctx);
  m.set(key, v);
  return v;
}

// "Manager of Patient Flow", "Patient Relations at 905-...": the word names a service, not someone.
// Nor is "so patient with him" someone: the adjective.
// "Two visitors per patient" is anyone's rule, not someone.
const PATIENT_WORD = new RegExp(String.raw`\b(?<!\b(?:per|par|each|chaque|every|${DEGREE}) )(?:patient|patiente|pt|client|cliente|resident|residente)\b(?!\s(?:flow|safety|experience|relations|engagement|portal|navigat\w*|advis\w*|partners?|satisfaction|registration|services|ombudsman|liaison|week|day)\b)`);
/** Sentence `i` literally speaks of a patient (not just of dying, admitting or operating). */
export function patientWord(ctx: RuleContext, i: number): boolean {
  // The subject's judges and the rules ask it of the same few sentences many times (nine asks
  // of a four-sentence tweet): each sentence is read once per analysis.
  const known = perAnalysis(ctx, 'patientWords', (c) => new Int8Array(c.sentences.length));
  if (!(i >= 0 && i < known.length)) return PATIENT_WORD.test(foldedSentence(ctx, i));
  if (known[i] === 0) known[i] = PATIENT_WORD.test(foldedSentence(ctx, i)) ? 1 : -1;
  return known[i] === 1;
}

/**
 * Sentence `i` tells of an animal and of no patient: a vet's patient "came in" like anyone's, but
 * "6yo bitten by the family dog" is an event and "Mr. Roy's dog" has a title.
 */
export function aboutPet(ctx: RuleContext, i: number): boolean {
  return has(ctx, i, 'pet') && !has(ctx, i, 'title', 'event') && !patientWord(ctx, i);
}

/** A colleague or a clinician is the subject, and no patient is mentioned. */
export function aboutClinician(ctx: RuleContext, i: number): boolean {
  return has(ctx, i, 'clinician') && !has(ctx, i, 'encounter', 'title') && !patientWord(ctx, i) && !numberedBed(ctx, i) && !agedNewcomer(ctx, i) && !CARE_OF_ANOTHER.test(foldedSentence(ctx, i));
}
/**
 * "Dr. Ahmed told Gerald his biopsy was benign", "Dre Roy a annoncé à Ginette que sa chirurgie
 * était reportée": the clinician is named, but a third person's test, operation or treatment
 * says someone in their care is told of too (folded text).
 */
const CARE_OF_ANOTHER = /\b(?:his|her|their|sa|son|ses|leur|leurs)\s(?:(?:new|last|first|next|follow-up|repeat|nouvelle?|derniere?|premiere?|prochaine?)\s)?(?:biops(?:y|ies)|biopsies?|scans?|ct|mri|irm|x-?rays?|radiographies?|results?|resultats?|diagnosis|diagnostic|chemo|chimio|radiation|radiotherapie|surgery|chirurgie|operation|tumou?rs?|tumeurs?|fractures?|bloodwork|labs|prise de sang|stitches|sutures?|cast|platre|dressings?|pansements?|wounds?|plaies?|iv|soluté|solute|prognosis|pronostic|transplant|greffe|dialysis|dialyse|discharge|congé|conge)\b/;
/** Sentence `i` names a numbered bed or room, someone's in care. */
export function numberedBed(ctx: RuleContext, i: number): boolean {
  return NUMBERED_BED.test(foldedSentence(ctx, i));
}
/** "Our charge nurse Tamsin ran the code in bed 6": the clinician is named, but the bed is a patient's. */
const NUMBERED_BED = /\b(?:room|rm|bed|bay|chambre|lit|civiere|stretcher|cubicle) #?\d{1,4}[a-z]?\b/;

/** TEACHING as phrases looked up by the post's words (the signals' lists read the same folded text), not a regex tried at every position. */
const TEACHING_LIST = cuePhrases(TEACHING);
const FIRST_PERSON = /\b(?:i|we|my|our|j'ai|on a|nous|notre|mon|ma)\b/;
/** The author tells an encounter in sentence `j` ("we had", "j'ai vu"): a real story, whatever teaching or news words sit beside it. */
export function firstPersonEncounter(ctx: RuleContext, j: number): boolean {
  if (!has(ctx, j, 'encounter')) return false;
  return FIRST_PERSON.test(foldedSentence(ctx, j));
}
/**
 * The post is a teaching case, an exam question or a simulation, and tells no encounter of the
 * author's: its people are nobody in particular. Decided once per post, read by the age and case steps.
 */
export function teachingPost(ctx: RuleContext): boolean {
  return perAnalysis(ctx, 'teachingPost', (c) => {
    const folded = foldedOf(c);
    return TEACHING_LIST.scan(folded).some(([a, b]) => !notAFrame(folded, a, b)) && !c.sentences.some((_, j) => firstPersonEncounter(c, j) || datedEncounter(c, j));
  });
}
/**
 * Sentence `j` tells an encounter on a day gone by ("hier soir, une enseignante de 32 ans ... est
 * arrivée", "last night a 45yo came in"): a vignette happens in no particular night.
 */
function datedEncounter(ctx: RuleContext, j: number): boolean {
  return has(ctx, j, 'encounter') && PAST_DAY.test(foldedSentence(ctx, j));
}
const PAST_DAY = /\b(?:last (?:night|week|weekend|month|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|yesterday|the other (?:day|night)|overnight|avant-hier|hier|la nuit (?:derniere|passee)|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) (?:dernier|passe)|la semaine (?:derniere|passee)|\d{1,2} (?:days|weeks) ago|il y a \d{1,2} (?:jours|semaines))\b/;

const ADVICE_RE = new RegExp(cueRe(ADVICE).source);
/** Sentence `i` gives advice or announces something (only asked of the few generic sentences). */
export function advice(ctx: RuleContext, i: number): boolean {
  return ADVICE_RE.test(foldedSentence(ctx, i));
}
