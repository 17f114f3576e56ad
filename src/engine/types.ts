// The engine's vocabulary. See design.md §2 (taxonomy) and §3 (contracts).
// A Finding holds positions, never a copy of the text: that is what keeps
// user text out of messages, storage and logs by construction.

export const CATEGORIES = [
  'name', 'date', 'age', 'location', 'contact', 'id', 'network', 'room', 'case', 'claim',
  'image-metadata', 'image-text', 'face',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Ordered from most to least serious; `info` is listed in the panel but never underlined. */
export const SEVERITIES = ['high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const LANGS = ['en', 'fr'] as const;
export type Lang = (typeof LANGS)[number];

/** Jurisdiction packs a policy can enable. Rules with no region apply everywhere. */
export const REGIONS = ['ca', 'us', 'uk'] as const;
export type Region = (typeof REGIONS)[number];

export interface Suggestion {
  /** Replacement text for [start, end); '' removes the span. */
  replacement: string;
  /** What the button does, for people: an i18n key when the label is not the replacement itself. */
  labelKey?: string;
  /**
   * A narrower range this fix replaces, inside or at the edge of the finding (same offsets as
   * the finding's); start === end inserts. Absent: the finding's whole [start, end). It lets a
   * fix swap one word or add a caveat without copying the user's text into the suggestion.
   * A removal ('') may reach one space past either edge, so no double space is left behind.
   */
  start?: number;
  end?: number;
}

export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  /** UTF-16 offsets into the text given to analyze(). */
  start: number;
  end: number;
  /** 0..1. Checksums and context words raise it; it never decides alone. */
  confidence: number;
  suggestions?: Suggestion[];
  /** A short machine code explaining why (e.g. 'checksum', 'context', 'over-89'); never user text. */
  reason?: string;
}

/** What a rule's detect() returns: positions in the normalised text the rule was given. */
export interface Span {
  start: number;
  end: number;
  confidence: number;
  /** Overrides the rule's default severity for this span (e.g. an age over 89 is high). */
  severity?: Severity;
  reason?: string;
  suggestions?: Suggestion[];
}

export interface Sentence {
  start: number;
  end: number;
  lang: Lang;
}

export interface RuleContext {
  /** The normalised text (NFKC, zero-width characters removed). Same string detect() receives. */
  readonly text: string;
  /** Lower-cased `text`, same length, computed once per analysis. */
  readonly lower: string;
  /**
   * Every letter and digit of `text` is Latin-1 (or œ, Œ): there a pattern's narrow form
   * (TwoForms, latin.ts) matches as its full one and is cheaper to build. Nearly every post.
   */
  readonly latin: boolean;
  /** The post's dominant language. */
  readonly lang: Lang;
  readonly sentences: readonly Sentence[];
  /** ISO date (YYYY-MM-DD) standing in for "today"; the engine never reads a clock. */
  readonly today: string | undefined;
  /** The sentence that contains `offset` (the last one if past the end). */
  sentenceAt(offset: number): Sentence;
  /** Language of the sentence that contains `offset`. */
  langAt(offset: number): Lang;
  /**
   * True when `pattern` matches within `before` characters before `start` or `after`
   * characters after `end`, without crossing a sentence boundary. `pattern` must not be global.
   */
  near(start: number, end: number, pattern: RegExp, before?: number, after?: number): boolean;
}

export interface RuleExamples {
  /** Each must produce a finding; `[[...]]` marks the expected span (exactly one or more markers). */
  flag: readonly string[];
  /** Near misses: each must produce no finding from this rule. */
  pass: readonly string[];
}

export interface Rule {
  /** = file name in rules/, kebab-case, stable forever. */
  id: string;
  category: Category;
  severity: Severity;
  /** Languages the rule understands; ['en', 'fr'] for most. Language-neutral formats list both. */
  languages: readonly Lang[];
  /** Jurisdiction pack; absent = applies everywhere. */
  region?: Region;
  /** One English sentence for docs, the CLI and the options table. */
  description: string;
  /** i18n key (letters, digits, underscore) of the guidance shown to the poster. */
  guidance: string;
  /** Off unless a policy turns it on (noisy or niche rules). */
  defaultOff?: boolean;
  detect(text: string, ctx: RuleContext): Span[];
  examples: RuleExamples;
}

export type { Policy } from './policy/schema.ts';
