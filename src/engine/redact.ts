import type { Finding, Lang, Suggestion } from './types.ts';

// Replacement suggestions in the post's language. Rules that know more than the category
// (an age's decade, a date's month and year) build theirs with the helpers below; the
// category defaults cover the rest.

const REMOVE: Suggestion = { replacement: '', labelKey: 'fix_remove' };

const BY_CATEGORY: Partial<Record<Finding['category'], Record<Lang, Suggestion[]>>> = {
  name: {
    en: [{ replacement: '[patient]' }, { replacement: 'the patient' }],
    fr: [{ replacement: '[patient]' }, { replacement: 'le patient' }],
  },
  date: { en: [{ replacement: 'recently' }], fr: [{ replacement: 'récemment' }] },
  age: { en: [{ replacement: '90+' }], fr: [{ replacement: '90 ans et plus' }] },
  location: { en: [{ replacement: 'in our region' }], fr: [{ replacement: 'dans notre région' }] },
  contact: { en: [REMOVE], fr: [REMOVE] },
  id: { en: [REMOVE], fr: [REMOVE] },
  network: { en: [REMOVE], fr: [REMOVE] },
  room: { en: [REMOVE], fr: [REMOVE] },
};

export function suggestionsFor(f: Finding, _text: string, lang: Lang): Suggestion[] {
  return BY_CATEGORY[f.category]?.[lang] ?? [];
}

const MONTHS: Record<Lang, readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
};
const DECADES_FR: Readonly<Record<number, string>> = {
  2: 'dans la vingtaine', 3: 'dans la trentaine', 4: 'dans la quarantaine', 5: 'dans la cinquantaine',
  6: 'dans la soixantaine', 7: 'dans la soixante-dizaine', 8: 'dans les quatre-vingts ans',
};

/**
 * An age as its decade (HIPAA keeps ages under 90; the decade keeps the clinical point and
 * drops the identifying precision), or "90+" for any age over 89 (Safe Harbor C).
 * `adjective`: the age was written "34-year-old", so "30-something" fits in its place.
 */
export function ageSuggestions(value: number, lang: Lang, adjective = false): Suggestion[] {
  if (value > 89) return [{ replacement: lang === 'fr' ? '90 ans et plus' : '90+' }];
  const d = Math.floor(value / 10);
  if (lang === 'fr') {
    if (value < 13) return [{ replacement: 'un jeune enfant' }];
    if (value < 20) return [{ replacement: 'un adolescent' }];
    return [{ replacement: DECADES_FR[d]! }];
  }
  if (value < 10) return [{ replacement: 'a young child' }];
  if (value < 13) return [{ replacement: 'a preteen' }];
  if (value < 20) return [{ replacement: 'a teenager' }];
  const decade = { replacement: `in their ${d * 10}s` };
  return adjective ? [{ replacement: `${d * 10}-something` }, decade] : [decade];
}

/**
 * A date as "recently" or its month and year ("in March 2024"); a birth date keeps only the
 * year, the one element HIPAA allows. `withPreposition`: the span includes "on"/"le".
 */
export function dateSuggestions(lang: Lang, opts: { month?: number; year?: number; birth?: boolean; withPreposition?: boolean }): Suggestion[] {
  const { month, year, birth, withPreposition } = opts;
  const inYear = (y: number) => (withPreposition || !birth ? (lang === 'fr' ? `en ${y}` : `in ${y}`) : String(y));
  if (birth) return year ? [{ replacement: inYear(year) }, REMOVE] : [REMOVE];
  const out: Suggestion[] = [{ replacement: lang === 'fr' ? 'récemment' : 'recently' }];
  if (month) {
    const name = MONTHS[lang][month - 1]!;
    const tail = year ? ` ${year}` : '';
    out.push({ replacement: lang === 'fr' ? `en ${name}${tail}` : `in ${name}${tail}` });
  } else if (year) {
    out.push({ replacement: inYear(year) });
  }
  return out;
}

/** A town, street or workplace generalised to the region. */
export function placeSuggestions(lang: Lang): Suggestion[] {
  return BY_CATEGORY.location![lang];
}

// Spaces a removal may take with it: the ordinary ones a post's words are separated by (French
// puts a no-break space before : ; ! ?). Line breaks stay: they are the post's layout.
const GAP = /[ \t\u00a0\u202f]/;
const CLOSING = /[.,;:!?)\]}»”’…]/;

/**
 * The range a removal should cover so the post reads right afterwards: removing "X" from
 * "write to X today" leaves "write to today", not a double space, and from "call X." leaves
 * "call.", not a space before the full stop. Extends [start, end) over at most one adjacent
 * space; anything else (a removal inside a word, between brackets) is left as it is.
 */
export function removalRange(text: string, start: number, end: number): [number, number] {
  const before = start > 0 ? text[start - 1]! : '\n';
  const after = end < text.length ? text[end]! : '\n';
  const gapBefore = GAP.test(before);
  const gapAfter = GAP.test(after);
  // A no-break space after is French typography before : ; ! ? and stays; the one before goes.
  if (gapBefore && gapAfter && (after === '\u00a0' || after === '\u202f')) return [start - 1, end];
  if (gapAfter && (gapBefore || before === '\n')) return [start, end + 1];
  if (gapBefore && (after === '\n' || CLOSING.test(after))) return [start - 1, end];
  return [start, end];
}

/** A removal's suggestion with its range widened by removalRange(); other suggestions as they are. */
export function tidyRemoval(sg: Suggestion, text: string, findingStart: number, findingEnd: number): Suggestion {
  if (sg.replacement !== '') return sg;
  const s = sg.start ?? findingStart;
  const e = sg.end ?? findingEnd;
  if (e <= s) return sg;
  const [start, end] = removalRange(text, s, e);
  return start === s && end === e ? sg : withRange(sg, start, end);
}

/**
 * `{ ...sg, start, end }`, built with Object.assign: on a suggestion without a range of its own
 * V8 (Node 20) takes a slow path for that spread, about 0.9 µs a copy against 0.06 µs, which
 * was a measurable share of a tweet's analysis. Same own properties in the same order.
 */
function withRange(sg: Suggestion, start: number, end: number): Suggestion {
  return Object.assign({}, sg, { start, end });
}
