import { SEVERITIES, type Finding } from '../types.ts';

const rank = (f: Finding) => SEVERITIES.indexOf(f.severity);
/** A town the gazetteer knows, read after a place cue (patient-place's 'known-town'), against a name on the same word. */
const townOverName = (place: Finding, name: Finding) => place.category === 'location' && place.reason === 'known-town' && name.category === 'name';

/**
 * Removes findings that another finding already covers, so one identifier gets one
 * underline: the more severe wins, then the more confident, then the longer; but a known town
 * after a place cue wins over a name read on the very same word.
 * `case` findings span whole sentences by design and are kept beside what they contain.
 */
export function mergeFindings(findings: Finding[]): Finding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end || rank(a) - rank(b));
  const kept: Finding[] = [];
  for (const f of sorted) {
    if (f.category === 'case' || f.category === 'claim') { kept.push(f); continue; }
    let absorbed = false;
    for (let i = kept.length - 1; i >= 0; i--) {
      const k = kept[i]!;
      if (k.category === 'case' || k.category === 'claim') continue;
      if (k.end <= f.start) break;
      const overlaps = f.start < k.end && k.start < f.end;
      if (!overlaps) continue;
      // "chauffeur d'autobus à Magog": the same word read as a person's name and as a town the
      // gazetteer knows, after a place cue, is the town (the name rules read any capital after "à").
      const placeOverName = f.start === k.start && f.end === k.end && (townOverName(f, k) || townOverName(k, f));
      const better = placeOverName ? townOverName(f, k) : rank(f) < rank(k) || (rank(f) === rank(k) && f.confidence > k.confidence + 0.1);
      if (better) kept[i] = f;
      absorbed = true;
      break;
    }
    if (!absorbed) kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
