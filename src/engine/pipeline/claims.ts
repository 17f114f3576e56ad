import type { Lang, RuleContext, Severity, Span, Suggestion } from '../types.ts';
import * as EN from '../lexicons/claims.en.ts';
import * as FR from '../lexicons/claims.fr.ts';
import { findSources, type SourceVerdict } from './sources.ts';
import { matchAll } from './match.ts';
import { factored, perAnalysis } from './signals.ts';
import { Parser, type Item } from './regex-source.ts';

// The four claim rules share one reading of the post: which sentences hold a claim, of what
// kind, whether the post cites a source, and whether the author is asking, quoting or
// debunking rather than asserting (research/claims.md §5). It is computed once per analysis
// and each rule keeps its own kind, so a sentence is never reported twice.

export type ClaimKind = 'efficacy' | 'vaccine' | 'testimonial' | 'promotion';

export interface ClaimSpan extends Span {
  kind: ClaimKind;
}

// ---- compiled cues -------------------------------------------------------------------------

const alt = (list: readonly string[]) => `(?:${list.join('|')})`;
/**
 * Whole words on folded text: a cue never starts or ends inside a word. The start is `\\b`
 * rather than a Unicode lookbehind on purpose: folded text is ASCII letters, and a leading
 * lookbehind stops V8 from skipping ahead to candidate first letters (10 to 60 times slower).
 */
const words = (list: readonly string[], flags = 'gu') =>
  factored(`\\b${alt(list)}(?![\\p{L}\\p{N}'])`, flags);

const PRED = words([...EN.PREDICATES_EN, ...FR.PREDICATES_FR]);
const ANY_PRED = words([...EN.PREDICATES_EN, ...FR.PREDICATES_FR], 'u');
const SOFT = words([...EN.SOFT_PREDICATES_EN, ...FR.SOFT_PREDICATES_FR]);
const OUTCOME = words([...EN.OUTCOMES_EN, ...FR.OUTCOMES_FR], 'u');
const AMPLIFIER = words([...EN.AMPLIFIERS_EN, ...FR.AMPLIFIERS_FR], 'u');
const STANDALONE = words([...EN.STANDALONE_EN, ...FR.STANDALONE_FR]);
const ANY_STANDALONE = words([...EN.STANDALONE_EN, ...FR.STANDALONE_FR], 'u');
const HEDGE = words([...EN.HEDGES_EN, ...FR.HEDGES_FR], 'u');
const NEGATION = words([...EN.NEGATIONS_EN, ...FR.NEGATIONS_FR, 'if', 'whether', 'asked', 'asks', 'wonder(?:ing)?', 'si', 's\'il', 'demande'], 'u');
const DEBUNK = words([...EN.DEBUNKS_EN, ...FR.DEBUNKS_FR], 'u');
const IRONY = factored(`${alt([...EN.IRONY_EN, ...FR.IRONY_FR])}|[\u{1F644}\u{1F643}]`, 'u');
const NOT_CLAIM = words([...EN.NOT_CLAIM_EN, ...FR.NOT_CLAIM_FR], 'u');
const TESTIMONIAL = words([...EN.TESTIMONIALS_EN, ...FR.TESTIMONIALS_FR]);
const VACCINE = words([...EN.VACCINE_TERMS_EN, ...FR.VACCINE_TERMS_FR], 'u');
const VACCINE_HARM = words([...EN.VACCINE_HARMS_EN, ...FR.VACCINE_HARMS_FR]);
const VACCINE_STANDALONE = words([...EN.VACCINE_STANDALONE_EN, ...FR.VACCINE_STANDALONE_FR]);
const PROMOTION = words([...EN.PROMOTIONS_EN, ...FR.PROMOTIONS_FR]);
const PRODUCT = words([...EN.PRODUCT_CONTEXT_EN, ...FR.PRODUCT_CONTEXT_FR], 'u');
/** Conspiracy framing is a claim even in a post that also says "misinformation". */
const CONSPIRACY = /doctors (?:don'?t|do not|won'?t) want|big pharma|they don'?t want you|medecins ne (?:veulent|voudraient)|on vous (?:le )?cache|faites vos propres recherches|do your own research|wake up|reveillez-vous/u;
/**
 * Cheap gate: a post with none of these stems cannot hold any claim cue, and most posts
 * stop here. Every cue above contains at least one of them.
 */
export const STEM_SOURCE = String.raw`(?:cur|heal|gu[eé]r|revers|pr[eé]v|elimin|élimin|[eé]radi|wipe|rid of|kill|tue|destr|d[eé]tr|stop|treat|trait|soign|fix|fight|combat|prot|melt|shrink|dissol|clear|work|beat|regrow|restor|flush|miracle|100|guarant|garant|prov|prouv|doctor|m[eé]decin|pharma|vacc|vax|jab|shot|mrna|arnm|boost|dna|adn|toxi|detox|d[eé]tox|cleans|nettoi|immun|worked|march|fonctionn|everyone|tout le monde|essayez|since i|depuis que|dm |inbox|code|% off|rabais|bio|order|commande|shop|boutique|achet|buy|plandem|scamdem|help|aid|r[eé]du|lower|baiss|improv|am[eé]lior|ease|soulag|reliev|support|renforc|slow|ralent|benefit|vient [aà] bout|dispara|d[eé]barrass|fond|r[eé]gl|arr[eê]t|inverse|empêch|empech|poison|shedding|injur|bless|st[eé]ril|hoax|get yours|affiliate|my doctor|mon m[eé]decin|ça a|ca a|cela a|renvers|answer|diminu|rem[eè]de|inject|piq[uû]r|rappel|mmr|caus|provoq|autis|want you to know|hiding|cache|recherches|r[eé]veill|message me|limited time|shipping|book|available|[eé]crivez-moi|contactez-moi|livraison|en vente|offre|steril|mort|death|died|dead|vainc|essay|devr|everything|scam)`;
/**
 * The stems spelt out ("gu[eé]r" as "guer", "guér"), filed by their first two
 * characters in the order the pattern tries them. Run as a regex, the pattern was tried at
 * every position of a long paste, slowly once V8 stops optimising regex code; here a position
 * costs a table read, and only the stems that share its first two characters are compared.
 */
const STEM_TABLE = stemTable(STEM_SOURCE);
/**
 * The stems' first two characters, each cut to its low byte: a pair absent here opens no stem,
 * and a byte read costs less than the map lookup at each of a post's positions, most of which
 * open none ("th", "e ", "s,").
 */
const STEM_PAIRS = new Uint8Array(0x10000);
for (const key of STEM_TABLE.keys()) STEM_PAIRS[((key >>> 16) & 0xff) << 8 | (key & 0xff)] = 1;

function stemTable(source: string): Map<number, string[]> {
  const p = new Parser(source);
  const top = p.alternatives();
  const spell = (seq: Item[]): string[] => {
    let out = [''];
    for (const item of seq) {
      const quant = source.slice(item.at + item.src.length, item.end);
      let own: string[];
      if (item.kind === 'char') own = [item.src];
      else if (item.kind === 'class' && !/[\\^-]/.test(item.src.slice(1, -1))) own = [...item.src.slice(1, -1)];
      else if (item.kind === 'group' && item.src.startsWith('(?:')) own = item.alts!.flatMap(spell);
      else throw new Error(`claims: a stem is not plain text: ${item.src}`);
      if (quant === '?') own = [...own, ''];
      else if (quant !== '') throw new Error(`claims: a stem is not plain text: ${item.src}${quant}`);
      out = out.flatMap((a) => own.map((b) => a + b));
    }
    return out;
  };
  const table = new Map<number, string[]>();
  for (const stem of top.flatMap(spell)) {
    if (stem.length < 2) throw new Error(`claims: a stem of one character: ${stem}`);
    const key = stem.charCodeAt(0) * 0x10000 + stem.charCodeAt(1);
    (table.get(key) ?? table.set(key, []).get(key)!).push(stem);
  }
  return table;
}

/** Where the first stem at or after `from` starts in `lower`, and its length: what STEMS would match there. */
interface Stem { index: number; length: number }
export function findStem(lower: string, from: number, to = lower.length): Stem | null {
  let next = lower.charCodeAt(from);
  for (let i = from; i + 1 < to; i++) {
    const c = next;
    next = lower.charCodeAt(i + 1);
    if (STEM_PAIRS[(c & 0xff) << 8 | (next & 0xff)] === 0) continue;
    const list = STEM_TABLE.get(c * 0x10000 + next);
    if (!list) continue;
    for (const stem of list) if (i + stem.length <= to && lower.startsWith(stem, i)) return { index: i, length: stem.length };
  }
  return null;
}

const URL_START = /(?:https?:\/\/|www\.)/;
/** Clause edges inside a sentence: a claim's span stops at them. */
const CLAUSE_EDGE = /[;:](?=\s|$)|[\u2014\u2013]|\s-\s|\s\|\s/g;

// ---- folding ---------------------------------------------------------------------------------

/** Lower case without accents, same length, so offsets carry over to the real text. */
function fold(lower: string): string {
  // Only the non-ASCII characters are visited, each decomposed once per process: building the
  // string a character at a time cost more than the rest of a claim-free tweet's reading.
  const out = lower.replace(NON_ASCII, foldChar);
  return out.length === lower.length ? out : lower;
}
// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7F]/gu;
const FOLDED = new Map<string, string>();
/** An accented letter's ASCII base; anything else (a symbol, an astral character) as it is. */
function foldChar(ch: string): string {
  let f = FOLDED.get(ch);
  if (f === undefined) {
    const base = ch.length === 1 ? ch.normalize('NFD')[0]! : ch;
    f = base.charCodeAt(0) < 0x80 ? base : ch;
    // A paste of another script must not grow the table without bound.
    if (FOLDED.size < 4096) FOLDED.set(ch, f);
  }
  return f;
}

// ---- suggestions -----------------------------------------------------------------------------

/** A predicate swapped for a hedged one: ours, so no user text travels in the suggestion. */
const HEDGED_EN: Array<[RegExp, string]> = [
  [/^(?:cur|heal|is (?:the|a|the only) cure|is the answer)/, 'may help with'],
  [/^prevent/, 'may lower the risk of'],
  [/^(?:revers|restor|regrow)/, 'may improve'],
  [/^(?:eliminat|eradicat|kill|destroy|wipe|get|melt|shrink|dissolv|clear|flush)/, 'may reduce'],
  [/^(?:treat|fix|beat|stop|work)/, 'may help with'],
  [/^fight/, 'may help fight'],
  [/^protect/, 'may help protect against'],
];
const HEDGED_FR: Array<[RegExp, string, string]> = [
  [/^(?:gueri|soign|trait|regl|est le remede|la guerison)/, 'pourrait aider à traiter', 'pourraient aider à traiter'],
  [/^(?:prev|empech)/, 'pourrait aider à prévenir', 'pourraient aider à prévenir'],
  [/^(?:renvers|invers)/, 'pourrait améliorer', 'pourraient améliorer'],
  [/^(?:elimin|eradiq|detrui|tue|fait|font|debarrass|vien|stopp|arret)/, 'pourrait réduire', 'pourraient réduire'],
  [/^combat/, 'pourrait aider à combattre', 'pourraient aider à combattre'],
  [/^proteg/, 'pourrait aider à protéger contre', 'pourraient aider à protéger contre'],
];

function hedgeFor(cue: string, original: string, lang: Lang): string | undefined {
  let rep: string | undefined;
  if (lang === 'fr') {
    const hit = HEDGED_FR.find(([re]) => re.test(cue));
    // French verbs agree with a plural subject: "préviennent" -> "pourraient".
    if (hit) rep = /(?:ent|nt)(?:\s|$)/.test(cue.split(' ')[0]! + ' ') ? hit[2] : hit[1];
  } else {
    rep = HEDGED_EN.find(([re]) => re.test(cue))?.[1];
  }
  if (rep && /^\p{Lu}/u.test(original)) rep = rep[0]!.toUpperCase() + rep.slice(1);
  return rep;
}

const TEXT = {
  en: {
    opinion: 'In my opinion: ',
    caveat: ' (early evidence, not yet confirmed)',
    source: ' (source: )',
    anecdote: ' (my own experience; it is not evidence that it works for others)',
    disclose: 'Disclosure: I have a financial interest in this product. ',
  },
  fr: {
    opinion: 'À mon avis : ',
    caveat: ' (données préliminaires, à confirmer)',
    source: ' (source : )',
    anecdote: " (mon expérience personnelle; ce n'est pas une preuve que ça fonctionne pour d'autres)",
    disclose: "Divulgation : j'ai un intérêt financier dans ce produit. ",
  },
} as const;

// ---- the analysis ----------------------------------------------------------------------------

interface Gates {
  readonly sources: SourceVerdict;
  readonly debunk: boolean;
  readonly irony: boolean;
  readonly notClaim: boolean;
  readonly conspiracy: boolean;
  readonly productContext: boolean;
}

/** Each post-wide gate is read the first time a sentence needs it: most posts need few. */
class LazyGates implements Gates {
  private memo: Partial<Record<keyof Gates, unknown>> = {};
  constructor(private readonly text: string, private readonly folded: string) {}
  private once<K extends keyof Gates>(k: K, f: () => Gates[K]): Gates[K] {
    if (!(k in this.memo)) this.memo[k] = f();
    return this.memo[k] as Gates[K];
  }
  get sources() { return this.once('sources', () => findSources(this.text, this.folded)); }
  get debunk() { return this.once('debunk', () => DEBUNK.test(this.folded)); }
  get irony() { return this.once('irony', () => IRONY.test(this.folded)); }
  get notClaim() { return this.once('notClaim', () => NOT_CLAIM.test(this.folded)); }
  get conspiracy() { return this.once('conspiracy', () => CONSPIRACY.test(this.folded)); }
  get productContext() { return this.once('productContext', () => PRODUCT.test(this.folded)); }
}

/** Every claim in the post, memoised per analysis. */
export function findClaims(ctx: RuleContext): ClaimSpan[] {
  return perAnalysis(ctx, 'claims', (c) => analyseClaims(c, true));
}

/**
 * The first stem of `lower` at or after `start`, as the stems' regex run from `start` would find it, or
 * null when the post holds no more. `hit` is the one found for an earlier sentence: while it
 * still lies ahead it is that answer (the stems are plain text, so where a match starts does
 * not depend on where the search began), and the post is read once, not once per sentence.
 * It must be kept even when it lies past the sentence that asked: dropping it made every
 * sentence without a stem read on to the next stem, quadratic in a long paste's quiet stretches.
 */
function nextStem(lower: string, start: number, hit: Stem | null | undefined): Stem | null {
  if (hit && hit.index >= start) return hit;
  return findStem(lower, start);
}

function analyseClaims(ctx: RuleContext, gated = false): ClaimSpan[] {
  const out: ClaimSpan[] = [];
  let hit: Stem | null | undefined;
  if (gated) {
    // A post with none of the stems cannot hold any claim cue: most posts stop here.
    hit = findStem(ctx.lower, 0);
    if (hit === null) return out;
  }
  const folded = fold(ctx.lower);
  const g: Gates = new LazyGates(ctx.text, folded);
  let testified = false;
  for (const sentence of ctx.sentences) {
    // The gate that holds for the post holds for each sentence: every cue lies in one sentence
    // and holds a stem, so a sentence without one has no claim (and no promotion) to find.
    if (gated) {
      hit = nextStem(ctx.lower, sentence.start, hit);
      if (hit === null) break;
      if (hit.index >= sentence.end) continue;
      // A stem that runs over the sentence's end may have a shorter alternative that ends inside
      // it: then the sentence itself is asked, as the gate was first written.
      if (hit.index + hit.length > sentence.end && !findStem(ctx.lower, sentence.start, sentence.end)) continue;
    }
    const s = folded.slice(sentence.start, sentence.end);
    const lang = sentence.lang;
    const base = sentence.start;
    const trimmed = s.trimEnd();
    // Questions ask; they do not assert (research/claims.md §3.7).
    const question = /\?["')\]]*$/.test(trimmed) || /^\s*(?:is it true|does anyone|do you know|anyone know|est-ce que|est-ce vrai|quelqu'un sait)/.test(s);

    // Promotion stands even beside a source: a citation does not cancel a conflict of interest.
    // Its cue first: the post-wide gates are long patterns most sentences never need.
    const promotion = firstMatch(s, PROMOTION);
    if (promotion && !g.notClaim && (g.productContext || ANY_PRED.test(s))) {
      const m = promotion;
      const clause = clauseAround(ctx.text, sentence.start, sentence.end, base + m.index, base + m.index + m[0].length);
      const t = TEXT[lang];
      out.push({
        kind: 'promotion', ...clause, confidence: 0.8, severity: 'medium', reason: 'promotion',
        suggestions: [
          { replacement: '', labelKey: 'fix_claim_remove_promotion', start: base + m.index, end: base + m.index + m[0].length },
          { replacement: t.disclose, labelKey: 'fix_claim_disclose', start: clause.start, end: clause.start },
        ],
      });
    }
    if (question) continue;

    const claim = vaccineClaim(s, g) ?? (testified ? undefined : testimonialClaim(s)) ?? efficacyClaim(s, g);
    // Irony holds for the whole post, so it is read only once a sentence makes a claim.
    if (!claim || g.irony) continue;
    // One testimonial per post: "I cured my eczema with it. Everyone should try it!" is one story.
    if (claim.kind === 'testimonial') testified = true;
    const cueStart = base + claim.cueStart;
    const cueEnd = base + claim.cueEnd;
    const clause = clauseAround(ctx.text, sentence.start, sentence.end, cueStart, cueEnd);
    const clauseText = folded.slice(clause.start, clause.end);
    const amplified = AMPLIFIER.test(clauseText) || ANY_STANDALONE.test(clauseText);
    const hedged = claim.hedged || (claim.kind === 'efficacy' && HEDGE.test(clauseText) && !amplified);
    const t = TEXT[lang];
    let severity: Severity;
    let reason: string;
    const suggestions: Suggestion[] = [];
    if (g.sources.credible) { severity = 'info'; reason = 'source'; }
    else if (g.sources.preprint) { severity = 'info'; reason = 'preprint'; }
    else if (hedged) {
      severity = 'low';
      reason = 'hedged';
      suggestions.push({ replacement: t.caveat, labelKey: 'fix_claim_caveat', ...insertAt(ctx.text, clause.end) });
      suggestions.push({ replacement: t.source, labelKey: 'fix_claim_add_source', ...insertAt(ctx.text, clause.end) });
    } else {
      severity = 'medium';
      reason = claim.kind === 'efficacy' ? 'no-source' : claim.kind === 'vaccine' ? 'trope' : 'testimonial';
      if (claim.kind === 'efficacy') {
        const hedge = hedgeFor(s.slice(claim.cueStart, claim.cueEnd), ctx.text.slice(cueStart, cueEnd), lang);
        if (hedge) suggestions.push({ replacement: hedge, labelKey: 'fix_claim_hedge', start: cueStart, end: cueEnd });
      }
      if (claim.kind === 'testimonial') {
        suggestions.push({ replacement: t.anecdote, labelKey: 'fix_claim_anecdote', ...insertAt(ctx.text, clause.end) });
      } else {
        suggestions.push({ replacement: t.opinion, labelKey: 'fix_claim_opinion', start: clause.start, end: clause.start });
      }
      suggestions.push({ replacement: t.source, labelKey: 'fix_claim_add_source', ...insertAt(ctx.text, clause.end) });
    }
    out.push({
      kind: claim.kind, ...clause, severity, reason,
      confidence: amplified ? 0.9 : hedged ? 0.6 : 0.75,
      ...(suggestions.length ? { suggestions } : {}),
    });
  }
  return out;
}

/** `matchAll(s, re)[0]`, without finding the matches after it. */
function firstMatch(s: string, re: RegExp): RegExpExecArray | null {
  re.lastIndex = 0;
  const m = re.exec(s);
  re.lastIndex = 0;
  return m;
}

/**
 * `matchAll(s, re)` one match at a time: the cue loops below stop at their first good match,
 * and on a long paste finding every later match first was most of the claim rules' time.
 * The lists never match the empty string, so each search starts where the last match ended.
 */
function* lazyMatches(s: string, re: RegExp): Generator<RegExpExecArray> {
  let from = 0;
  for (;;) {
    re.lastIndex = from;
    const m = re.exec(s);
    re.lastIndex = 0;
    if (m === null) return;
    yield m;
    from = m.index + Math.max(1, m[0].length);
  }
}

interface Cue { kind: ClaimKind; cueStart: number; cueEnd: number; hedged?: boolean }

/** True when a negation or a reporting frame sits just before `at` in the same clause. */
function negatedBefore(s: string, at: number): boolean {
  const windowStart = Math.max(0, at - 40);
  let from = windowStart;
  for (const m of matchAll(s.slice(windowStart, at), CLAUSE_EDGE)) from = windowStart + m.index + m[0].length;
  return NEGATION.test(s.slice(from, at));
}

function vaccineClaim(s: string, g: Gates): Cue | undefined {
  for (const m of lazyMatches(s, VACCINE_STANDALONE)) {
    return { kind: 'vaccine', cueStart: m.index, cueEnd: m.index + m[0].length };
  }
  if (!VACCINE.test(s)) return undefined;
  for (const m of lazyMatches(s, VACCINE_HARM)) {
    if (negatedBefore(s, m.index)) continue;
    if (g.debunk && !g.conspiracy) continue;
    return { kind: 'vaccine', cueStart: m.index, cueEnd: m.index + m[0].length };
  }
  return undefined;
}

function testimonialClaim(s: string): Cue | undefined {
  for (const m of lazyMatches(s, TESTIMONIAL)) {
    return { kind: 'testimonial', cueStart: m.index, cueEnd: m.index + m[0].length };
  }
  return undefined;
}

function efficacyClaim(s: string, g: Gates): Cue | undefined {
  const cue = efficacyCue(s, g);
  if (!cue) return undefined;
  // An event, fundraiser or job post talks about health without claiming; only hype overrides.
  // Read once a cue is found: the post-wide patterns are long and most sentences have no cue.
  const gated = (g.notClaim && !AMPLIFIER.test(s)) || (g.debunk && !g.conspiracy);
  return gated ? undefined : cue;
}

function efficacyCue(s: string, g: Gates): Cue | undefined {
  for (const m of lazyMatches(s, STANDALONE)) {
    if (negatedBefore(s, m.index)) continue;
    return { kind: 'efficacy', cueStart: m.index, cueEnd: m.index + m[0].length };
  }
  for (const m of lazyMatches(s, PRED)) {
    if (negatedBefore(s, m.index)) continue;
    if (outcomeAfter(s, m.index + m[0].length)) return { kind: 'efficacy', cueStart: m.index, cueEnd: m.index + m[0].length };
  }
  for (const m of lazyMatches(s, SOFT)) {
    // "May help with anxiety": a soft verb is a claim only when hedged, or conditional in French.
    const conditional = /rai(?:t|ent)$/.test(m[0]);
    const hedgeWindow = s.slice(Math.max(0, m.index - 30), m.index);
    // In a post that cites a source, "reduces the risk of" is a cited claim worth a note.
    if (!conditional && !HEDGE.test(hedgeWindow) && !g.sources.credible) continue;
    if (negatedBefore(s, m.index)) continue;
    if (outcomeAfter(s, m.index + m[0].length)) return { kind: 'efficacy', cueStart: m.index, cueEnd: m.index + m[0].length, hedged: conditional || HEDGE.test(hedgeWindow) };
  }
  return undefined;
}

/** A health outcome within a few words after the verb, in the same clause. */
function outcomeAfter(s: string, at: number): boolean {
  let window = s.slice(at, at + 70);
  const edge = window.search(/[;:\u2014\u2013,]\s|\s-\s|\bbut\b|\bmais\b/);
  if (edge >= 0) window = window.slice(0, edge);
  return OUTCOME.test(window);
}

/** The clause of `text` around [cueStart, cueEnd), inside the sentence, trimmed, without a trailing link. */
function clauseAround(text: string, sStart: number, sEnd: number, cueStart: number, cueEnd: number): { start: number; end: number } {
  let start = sStart;
  let end = sEnd;
  for (const m of matchAll(text.slice(sStart, sEnd), CLAUSE_EDGE)) {
    const at = sStart + m.index;
    if (at + m[0].length <= cueStart) start = at + m[0].length;
    else if (at >= cueEnd) { end = at; break; }
  }
  const url = text.slice(cueEnd, end).search(URL_START);
  if (url >= 0) end = cueEnd + url;
  while (start < end && /[\s"'«(]/.test(text[start]!)) start++;
  while (end > start && /[\s"'»(]/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** An insertion point at the end of a clause, before its closing punctuation. */
function insertAt(text: string, end: number): { start: number; end: number } {
  let at = end;
  while (at > 0 && /[.!?…]/.test(text[at - 1]!)) at--;
  return { start: at, end: at };
}
/** The analysis without the cheap gates (post and sentences), for the test that proves they never hide a claim. */
export function findClaimsUnfiltered(ctx: RuleContext): ClaimSpan[] {
  return analyseClaims(ctx);
}
