import type { RuleContext, Severity, Span } from '../types.ts';
import { NON_PHI_LABEL, UNIT_AFTER } from '../lexicons/not-phi-numbers.ts';
import { CREDENTIALS, OWN_CONTACT, OWN_INVITE, PATIENT_OR_KIN, PERSON_CUE, SIGNOFF_ROLE } from '../lexicons/id-cues.ts';
import { cueAnywhere, cueEndsAt, cueNear } from './cue-index.ts';
import { asciiDigits, digitChain, matchAll, matchAllNear } from './match.ts';

// The scoring every identifier rule shares, Presidio's model made stricter for posts:
// pattern -> validator -> context -> confidence. Presidio lets a checksum alone lift a score
// to 1.0; here a checksum only raises confidence, because mod 11 passes one random number in
// eleven and Luhn one in ten. Severity comes from context: a label or a person makes the
// number `high`, a bare but valid number is `low` ("worth a look"), and a bare number that
// no validator vouches for is not reported at all.

export interface IdEvidence {
  /** A checksum or structural validator passed (Luhn, mod 11, a possible birth date). */
  valid: boolean;
  /** A label naming this kind of identifier sits next to it ("OHIP", "MRN", "NAS"). */
  label: boolean;
  /** A patient, relative or personal possession is mentioned nearby. */
  person: boolean;
  /** The number is printed in its official grouping (1234-567-890, 130 692 544). */
  formatted?: boolean;
}

export function scoreId(start: number, end: number, ev: IdEvidence, reason?: string): Span | null {
  let severity: Severity;
  let confidence: number;
  // A failed validator ends it: the label may be real, the number is not one.
  if (!ev.valid) return null;
  if (ev.label) {
    severity = 'high';
    confidence = 0.95;
  } else if (ev.person) {
    severity = 'high';
    confidence = 0.7;
  } else {
    severity = 'low';
    confidence = ev.formatted ? 0.45 : 0.25;
  }
  const why = reason ?? (ev.label ? 'label' : ev.person ? 'context' : 'checksum');
  return { start, end, confidence, severity, reason: why };
}

/**
 * The author's own address or number ("email me at", "call me at", "my cell is"), when no
 * patient or relative is named around it: not a patient's. Asked to be reached ("call me at"),
 * the author means to publish it: listed only (info). Merely stated ("my cell is"), it is worth
 * a look (low): the author may not mean to publish it. Email and phone judge it alike.
 */
export function ownContact(ctx: RuleContext, start: number, end: number): Span | null {
  if (cueNear(ctx, start, end, PATIENT_OR_KIN, 80, 40) || !cueNear(ctx, start, end, OWN_CONTACT, 60, 10)) return null;
  // A relative posting ("my dad is on 4 West... call me at") is giving a relative's number.
  if (cueNear(ctx, start, end, OWN_INVITE, 60, 10) && !cueAnywhere(ctx, PATIENT_OR_KIN)) return { start, end, confidence: 0.3, severity: 'info', reason: 'own' };
  return { start, end, confidence: 0.3, severity: 'low', reason: 'own' };
}

/**
 * A contact in a sign-off: credentials or a job title and a signature's separator shortly
 * before it ("Jane Roy, RN | 613-555-0142", "Clinical Nurse Specialist | 416-...") and no
 * patient or relative around it. A work contact, the author's or a colleague's, not a patient's.
 */
export function signedContact(ctx: RuleContext, start: number, end: number): boolean {
  const signed = cueNear(ctx, start, end, CREDENTIALS, 80, 0) || cueNear(ctx, start, end, SIGNOFF_ROLE, 100, 0)
    || SIGNED_AFTER.test(ctx.text.slice(end, end + 60));
  return signed && !cueNear(ctx, start, end, PATIENT_OR_KIN, 80, 40);
}

/** The signature after the contact: "613-555-0123 (cell) — Jen, unit educator", "... | Marc Roy, inf." */
const SIGNED_AFTER = /^\s*(?:\((?:cell|work|office|bureau|travail|cellulaire)\)\s*)?[—–|•-]\s*\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’.-]*)?,\s(?:[\p{L}-]+\s){0,3}?(?:educator|nurse|manager|coordinator|director|physician|pharmacist|specialist|practitioner|RN|RPN|NP|MD|infirmi[èe]re|inf\.|coordonnat(?:eur|rice)|gestionnaire|conseill[èe]re?|m[ée]decin)(?![\p{L}])/u;

/** Person cues in the same sentence, a little way around the span. */
export function personNear(ctx: RuleContext, start: number, end: number): boolean {
  return cueNear(ctx, start, end, PERSON_CUE, 80, 40);
}

const WS = /\s/;

/**
 * Why a number-shaped span is an ordinary number and not an identifier, or null.
 * Cheap checks first: the characters touching the span, then short windows.
 */
export function ordinaryNumber(ctx: RuleContext, start: number, end: number, labelled = false): string | null {
  const t = ctx.text;
  const prev = t[start - 1];
  if (prev === '@' || prev === '$' || prev === '€' || prev === '£') return 'handle-or-money';
  if (insideUrl(t, start)) return 'url';
  const after = t.slice(end, end + 16);
  if (UNIT_AFTER.test(after)) return 'quantity';
  // With the identifier's own label nearby, "SIN #130..." is that label's "#", not a hashtag,
  // and a word such as "ref" or "no." before the number is part of the label.
  if (labelled) return null;
  // "#4165550132" standing alone is a hashtag.
  if (prev === '#' && (start < 2 || WS.test(t[start - 2]!))) return 'hashtag';
  if (cueEndsAt(ctx, start, NON_PHI_LABEL)) return 'non-phi-label';
  return null;
}

/** True when `offset` falls inside a URL-like token (scheme or www. before it, no space between). */
export function insideUrl(text: string, offset: number): boolean {
  const from = Math.max(0, offset - 300);
  let i = offset - 1;
  while (i >= from && !WS.test(text[i]!)) i--;
  const token = text.slice(i + 1, offset);
  return token.includes('://') || /^(?:www\.|[\w-]+\.[a-z]{2,}\/)/i.test(token) || /[?&=\/]$/.test(token) && token.includes('/');
}

/**
 * Regex sources for the edges of a number: not glued to a word, a decimal, a path or a longer
 * digit group on either side ("3.1234567890", "v1234567890", "120/80", "1234 5678 9012 3456").
 * A leading "#" is allowed so "SIN #130 692 544" matches; ordinaryNumber() drops hashtags.
 */
export const NUM_START = String.raw`(?<![\w.,/+@$€£%-]|\d[ -])`;
export const NUM_END = String.raw`(?![\w/%]|[.,][\dA-Za-z]|[ -]\d)`;

/** Digits of a matched identifier, separators removed. */
export const digitsOf = (s: string): string => s.replace(/\D+/g, '');

/** What may sit between a label and its value: "is", "est", ":", "=", "#", a dash. */
const LABEL_GAP = String.raw`\s*(?:(?:is|est|was|[ée]tait)\s+|[:=-]\s*)?[:#]?\s*`;
/** An identifier value in capitals and digits: chunks joined by one space or dash. */
const TRAILING_WORD = /[ -](?:[A-Z]{4,}|AND|THE|WAS|FOR|ARE|HAS|NOT|ET|EST|OU|DU|DE|LA|LE|LES)$/;
const VALUE = /[A-Z0-9]{1,24}(?:[ -][A-Z0-9]{1,24}){0,4}/y;

export interface LabelledOptions {
  /** Fewest digits the value must hold (plates hold fewer than account numbers). */
  minDigits?: number;
  /** Fewest characters, separators excluded. */
  minLength?: number;
  /** Values to ignore (public accessions, model names). */
  reject?: RegExp;
}

/**
 * Labelled identifiers with no shape of their own (member IDs, licences, serials): the label is
 * found case-blind, then the value is read case-sensitively right after it, so a lower-case
 * word that follows a label ("member ID cards") is never taken for the identifier.
 */
export function labelledValues(labelSource: string, opts: LabelledOptions = {}): (text: string) => Span[] {
  const label = new RegExp(String.raw`(?<![\p{L}\d])${labelSource}${LABEL_GAP}`, 'giu');
  // The label alone: every match of `label` starts with one. Without the leading lookbehind V8
  // skips ahead on the label's first letters, so a post with no label is passed over at half
  // the cost, and `label` runs only from the first one found.
  const bare = new RegExp(labelSource, 'iu');
  const minDigits = opts.minDigits ?? 4;
  const minLength = opts.minLength ?? 4;
  return (text) => {
    const out: Span[] = [];
    // No value can hold more digits than the post: then the label scan is skipped.
    if (asciiDigits(text) < minDigits) return out;
    for (const m of matchAllNear(text, label, bare, 0)) {
      const at = m.index + m[0].length;
      VALUE.lastIndex = at;
      const v = VALUE.exec(text);
      if (!v) continue;
      let value = v[0];
      // Trailing words in capitals ("... 2290 WAS DENIED") are not part of the number.
      while (TRAILING_WORD.test(value)) value = value.replace(TRAILING_WORD, '');
      const next = text[at + value.length];
      if (next !== undefined && /[\p{L}\d]/u.test(next)) continue;
      const bare = value.replace(/[ -]/g, '');
      if (bare.length < minLength || bare.replace(/\D/g, '').length < minDigits) continue;
      if (opts.reject?.test(bare)) continue;
      out.push({ start: at, end: at + value.length, confidence: 0.85, severity: 'high', reason: 'label' });
    }
    return out;
  };
}

export interface CheckedIdRule {
  /** Global regex; group 1 is the separator between digit groups ('' when unformatted). */
  pattern: RegExp;
  /** Fewest digits every match of `pattern` holds in one chain (see digitChain). */
  chain: number;
  /** The check digit or format test, on the digits only. Run first: most candidates fail it. */
  valid(digits: string): boolean;
  /** Whether an identifier label stands close enough to vouch for the number. */
  labelled(ctx: RuleContext, start: number, end: number): boolean;
  /** A rule-specific reason to drop a candidate that passed its check (a look-alike format). */
  skip?(match: RegExpMatchArray, labelled: boolean): boolean;
}

/**
 * The one detection loop of every check-digit identifier (OHIP, SIN, BC PHN, NHS, cards):
 * pattern -> check digit -> label -> ordinary-number guards -> score. Only what differs
 * between identifiers is passed in.
 */
export function checkedIdSpans(text: string, ctx: RuleContext, rule: CheckedIdRule): Span[] {
  const out: Span[] = [];
  // Most posts hold no digit chain that long: then the pattern is not run at all.
  if (digitChain(text) < rule.chain) return out;
  for (const m of matchAll(text, rule.pattern)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!rule.valid(digitsOf(m[0]))) continue;
    const label = rule.labelled(ctx, start, end);
    if (rule.skip?.(m, label)) continue;
    if (ordinaryNumber(ctx, start, end, label)) continue;
    const span = scoreId(start, end, { valid: true, label, person: personNear(ctx, start, end), formatted: m[1] !== '' });
    if (span) out.push(span);
  }
  return out;
}
