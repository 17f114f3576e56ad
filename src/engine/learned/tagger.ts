// The learned tagger: a linear model over hashed token features (features.ts), trained by
// scripts/train-model.ts as an averaged perceptron on the dev corpus, shipped as data
// (model-data.ts). Per token it scores each category against "nothing"; a category whose
// score passes its threshold labels the token, and neighbouring tokens with the same label
// become one span. The rules learned-*.ts turn the spans into findings.
import type { RuleContext } from '../types.ts';
import { perAnalysis } from '../pipeline/signals.ts';
import { findNames, staffNamed } from '../context/names.ts';
import { findPlaces, isPatientPlace } from '../context/places.ts';
import { featurise, type Featurised } from './features.ts';
import { MODEL_DATA } from './model-data.ts';
import { STRONG_EPONYMS } from '../lexicons/eponyms.ts';
import { DRUGS } from '../lexicons/drugs.ts';
import { inPublicFullName } from '../lexicons/public-figures.ts';

/** The categories the tagger labels, in the order of the weights of each feature. */
export const TAGGED = ['name', 'age', 'location', 'date'] as const;
export type Tagged = (typeof TAGGED)[number];
export const K = TAGGED.length;
/** Weights per feature: one per tagged category, then the post score's. */
export const W = K + 1;

/** The model as stored: see encodeModel in scripts/train-model.ts. */
export interface ModelData {
  /** SHA-256 of the training data (dev.jsonl), so a test notices a stale model. */
  trainedOn: string;
  /** Per category of TAGGED: the score (in weight units) a token needs; null = never labelled. */
  thresholds: ReadonlyArray<number | null>;
  /** The post score (how much the post reads as a care story) a post needs for any span; null = no gate. */
  gate: number | null;
  /** Feature ids ascending, delta-coded as unsigned LEB128, then W int8 weights per feature, base64. */
  keys: string;
  weights: string;
}

/** A decoded model: an open-addressing table from feature id to its K weights. */
export interface Model {
  slots: Int32Array;
  /** Weight row of the feature in slot i: rows[i] * K; -1 = empty slot. */
  rows: Int32Array;
  weights: Int8Array;
  /**
   * The same table for scoreTokens: per slot its key, then its K token weights packed as bytes
   * into one integer (0 when empty), so a probe reads one cache line, not three arrays.
   */
  packed: Int32Array;
  thresholds: Float64Array;
  gate: number;
}

export interface TaggedSpan {
  start: number;
  end: number;
  category: Tagged;
  /** Margin over the threshold of the span's best token, in weight units. */
  margin: number;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 to bytes, written here so the engine needs no browser or Node API. */
export function fromBase64(s: string): Uint8Array {
  const clean = s.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < clean.length; i++) {
    acc = (acc << 6) | B64.indexOf(clean[i]!);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}

export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    s += B64[(n >> 18) & 63]! + B64[(n >> 12) & 63]!;
    s += i + 1 < bytes.length ? B64[(n >> 6) & 63]! : '=';
    s += i + 2 < bytes.length ? B64[n & 63]! : '=';
  }
  return s;
}

export function decodeModel(data: ModelData): Model {
  const keyBytes = fromBase64(data.keys);
  const weights = new Int8Array(fromBase64(data.weights).buffer);
  const count = weights.length / W;
  let size = 16;
  while (size < count * 2) size <<= 1;
  const slots = new Int32Array(size).fill(-1);
  const rows = new Int32Array(size).fill(-1);
  let key = 0;
  let p = 0;
  for (let r = 0; r < count; r++) {
    let delta = 0;
    let shift = 0;
    for (;;) {
      const b = keyBytes[p++]!;
      delta |= (b & 0x7f) << shift;
      if (b < 0x80) break;
      shift += 7;
    }
    key += delta;
    let i = slotOf(key, size);
    while (slots[i] !== -1) i = (i + 1) & (size - 1);
    slots[i] = key;
    rows[i] = r;
  }
  const packed = new Int32Array(2 * size);
  for (let i = 0; i < size; i++) {
    packed[2 * i] = slots[i]!;
    if (rows[i] === -1) continue;
    const w = rows[i]! * W;
    packed[2 * i + 1] = (weights[w]! & 255) | ((weights[w + 1]! & 255) << 8) | ((weights[w + 2]! & 255) << 16) | (weights[w + 3]! << 24);
  }
  return {
    slots,
    rows,
    weights,
    packed,
    thresholds: Float64Array.from(data.thresholds.map((t) => (t === null ? Infinity : t))),
    gate: data.gate ?? -Infinity,
  };
}

const slotOf = (key: number, size: number) => Math.imul(key, 0x9e3779b1) >>> 0 & (size - 1);

/** The weight row (times W) of feature `key`, or -1 when the model does not hold it. */
function rowOf(model: Model, key: number): number {
  const { slots } = model;
  const mask = slots.length - 1;
  for (let i = slotOf(key, slots.length); ; i = (i + 1) & mask) {
    const s = slots[i]!;
    if (s === key) return model.rows[i]! * W;
    if (s === -1) return -1;
  }
}

/**
 * Per token, the K category scores (token k's at k * K), in `into` when the caller lends one
 * (at least f.n * K long; the tagger's, as a typed array made per post cost more than its scoring).
 */
export function scoreTokens(model: Model, f: Featurised, into?: Float64Array): Float64Array {
  const scores = into ?? new Float64Array(f.n * K);
  // rowOf written out, on the packed table in a local: this loop looks up every feature of every
  // token (over a thousand on a tweet), and the call and the model's fields cost more than the probe.
  const { packed } = model;
  const size = packed.length >> 1;
  const mask = size - 1;
  const { feats, offsets } = f;
  for (let k = 0; k < f.n; k++) {
    // The weights are small integers: their sums are exact in any order.
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    const end = offsets[k + 1]!;
    for (let j = offsets[k]!; j < end; j++) {
      const key = feats[j]!;
      let i = slotOf(key, size);
      let s = packed[2 * i]!;
      while (s !== key && s !== -1) {
        i = (i + 1) & mask;
        s = packed[2 * i]!;
      }
      if (s === -1) continue;
      const w = packed[2 * i + 1]!;
      s0 += (w << 24) >> 24;
      s1 += (w << 16) >> 24;
      s2 += (w << 8) >> 24;
      s3 += w >> 24;
    }
    scores[k * K] = s0;
    scores[k * K + 1] = s1;
    scores[k * K + 2] = s2;
    scores[k * K + 3] = s3;
  }
  return scores;
}
// scoreTokens sums four categories by name.
if (K !== 4) throw new Error('scoreTokens expects four tagged categories');

/** How much the post as a whole reads as a care story (the gate's score). */
export function scorePost(model: Model, post: Int32Array): number {
  let score = 0;
  for (const key of post) {
    const w = rowOf(model, key);
    if (w !== -1) score += model.weights[w + K]!;
  }
  return score;
}

/** Characters that may sit between two tokens of one span: "GAGNON, Réjeanne", "n. thibault". */
const JOIN = /^[\s.,'’-]{1,3}$/;

/** Labels tokens by score and threshold, and joins neighbours with the same label into spans. */
export function decode(model: Model, text: string, f: Featurised, scores: Float64Array): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  let open: TaggedSpan | undefined;
  let openSentence = -1;
  for (let k = 0; k < f.n; k++) {
    let best = -1;
    let margin = 0;
    for (let c = 0; c < K; c++) {
      const m = scores[k * K + c]! - model.thresholds[c]!;
      if (m > margin) { margin = m; best = c; }
    }
    if (best === -1) { open = undefined; continue; }
    const category = TAGGED[best]!;
    const start = f.starts[k]!;
    if (open && open.category === category && openSentence === f.sentence[k] && JOIN.test(text.slice(open.end, start))) {
      open.end = f.ends[k]!;
      open.margin = Math.max(open.margin, margin);
      continue;
    }
    open = { start, end: f.ends[k]!, category, margin };
    openSentence = f.sentence[k]!;
    out.push(open);
  }
  return out;
}

let scoreScratch = new Float64Array(0);
/** The tagger's spans for one model (training and cross-validation pass their own). */
export function tag(ctx: RuleContext, model: Model): TaggedSpan[] {
  const f = featurise(ctx, (post) => scorePost(model, post) >= model.gate, true);
  if (f.feats.length === 0) return [];
  if (scoreScratch.length < f.n * K) scoreScratch = new Float64Array(Math.max(f.n * K, 2 * scoreScratch.length));
  return decode(model, ctx.text, f, scoreTokens(model, f, scoreScratch));
}

/**
 * A learned finding's confidence: below every rule's, so where a rule finds the same words its
 * finding (and its explanation) is the one kept when overlapping findings are merged.
 */
export const LEARNED_CONFIDENCE = 0.3;

/**
 * The spans of `category` that no hand-written rule's candidate already covers: the learned
 * rules report only what the rules missed, so a name the name rule found keeps that rule's
 * finding, its confidence and its explanation.
 */
export function unclaimed(ctx: RuleContext, spans: readonly TaggedSpan[], category: Tagged): TaggedSpan[] {
  const claimed: ReadonlyArray<{ start: number; end: number }> =
    category === 'name' ? findNames(ctx)
      : category === 'location' ? findPlaces(ctx).filter((h) => isPatientPlace(ctx, h))
        : [];
  return spans.filter((s) => s.category === category && !claimed.some((c) => c.start < s.end && s.start < c.end));
}

/**
 * What a learned rule reports: the shipped model's spans of `category` that no rule claimed,
 * as candidates at LEARNED_CONFIDENCE (every learned rule's detect is this, for its category).
 */
export function learnedCandidates(ctx: RuleContext, category: Tagged): Array<{ start: number; end: number; confidence: number; reason: string }> {
  return reported(ctx, learnedSpans(ctx), category)
    .map((s) => ({ start: s.start, end: s.end, confidence: LEARNED_CONFIDENCE, reason: 'learned' }));
}

/**
 * The spans of `category` a learned rule reports: unclaimed, and for names not a clinician's,
 * an eponym or a public figure's (cross-validation reads the same, so it measures what ships).
 */
export function reported(ctx: RuleContext, spans: readonly TaggedSpan[], category: Tagged): TaggedSpan[] {
  return unclaimed(ctx, spans, category)
    .filter((s) => category !== 'name' || !(staffNamed(ctx, s.start, s.end) || STRONG_EPONYMS.has(ctx.text.slice(s.start, s.end).toLowerCase())
      || inPublicFullName(ctx.text, s.start, s.end) || notSpeltAsName(ctx.text, s.start, s.end)));
}

/**
 * Words no one names a person with: a digit ("NEWS2", "rm 204": scores, rooms, vertebrae), a
 * lower-case prefix ("ex-RCAF"), a drug or an eponym ("Benadryl", "Parkinson's"), or only a title or an endearment ("Baby
 * came up to visit"), which the model learnt as the first word of "Baby Boisvert" or "Mr. Roy".
 */
function notSpeltAsName(text: string, start: number, end: number): boolean {
  const w = text.slice(start, end).toLowerCase();
  if (/\d/u.test(w)) return true;
  if (/^\p{Ll}+-\p{Lu}/u.test(text.slice(start, end))) return true;
  const words = w.split(/[\s.,]+/u).filter(Boolean).map((x) => x.replace(/['’]s$/u, ''));
  return words.every((x) => TITLE_ALONE.has(x))
    || (words.length === 1 && (words[0]!.length === 1 || DRUGS.has(words[0]!) || STRONG_EPONYMS.has(words[0]!)));
}
const TITLE_ALONE: ReadonlySet<string> = new Set(['baby', 'bébé', 'little', 'petit', 'petite', 'mr', 'mrs', 'ms', 'mme', 'm', 'madame', 'monsieur', 'sir', 'lady', 'miss']);

let shipped: Model | undefined;
/** The shipped model's spans, once per analysis (every learned rule reads them). */
export function learnedSpans(ctx: RuleContext): TaggedSpan[] {
  return perAnalysis(ctx, 'learnedSpans', (c) => tag(c, (shipped ??= decodeModel(MODEL_DATA))));
}
