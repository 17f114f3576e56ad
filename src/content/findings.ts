import type { Finding, Severity } from '../engine/types.ts';
import type { FindingSummary } from '../shared/messages.ts';
import { t, uiLang } from '../shared/i18n.ts';
import { guidanceFor } from '../shared/guidance.ts';

/** A finding as the content script holds it: the span's text stays here, in the page. */
export interface View {
  key: string;
  finding: Finding;
  /** The flagged text, for our own UI and the allowlist; never sent anywhere else. */
  text: string;
}

export function categoryLabel(f: Finding): string {
  return t(`content_category_${f.category.replace(/-/g, '_')}`);
}

export function severityLabel(s: Severity): string {
  return t(`content_severity_${s}`);
}

/** The rule's own guidance (or its variant for a cited, preprint or hedged claim); custom terms and patterns fall back to their category's. */
export function guidance(f: Finding): string {
  return t(guidanceFor(f, undefined, uiLang()).messageKey);
}

/**
 * The flagged text as lists show it: a case story can be a whole paragraph, and a list entry
 * only has to say which one it is, so long spans keep their start and end around an ellipsis.
 */
export function excerpt(text: string, max = 90): string {
  // By code point, so an emoji is never cut in half.
  const chars = [...text.replace(/\s+/g, ' ')];
  if (chars.length <= max) return chars.join('');
  const head = Math.ceil((max - 1) * 0.6);
  return `${chars.slice(0, head).join('').trimEnd()}…${chars.slice(chars.length - (max - 1 - head)).join('').trimStart()}`;
}

export function suggestionLabel(s: { replacement: string; labelKey?: string }): string {
  return s.labelKey ? t(s.labelKey) : s.replacement;
}

export function summary(v: View): FindingSummary {
  return {
    key: v.key,
    ruleId: v.finding.ruleId,
    category: v.finding.category,
    severity: v.finding.severity,
    ...(v.finding.reason ? { reason: v.finding.reason } : {}),
    suggestions: (v.finding.suggestions ?? []).map((s) => (s.labelKey ? { replacement: s.replacement, labelKey: s.labelKey } : { replacement: s.replacement })),
  };
}

const RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2, info: 3 };

/** The most severe of `severities`, or null when there are none. */
export function worstOf(severities: Iterable<Severity>): Severity | null {
  let best: Severity | null = null;
  for (const sev of severities) if (best === null || RANK[sev] < RANK[best]) best = sev;
  return best;
}

export function countLabel(n: number): string {
  return n === 0 ? t('content_chip_none') : n === 1 ? t('content_chip_one') : t('content_chip_many', n);
}
