import {
  ACRONYM_SOURCES, AUTHORITY_HOSTS, JOURNAL_HOSTS, NAMED_SOURCES, PREPRINT_HOSTS, RECOMMENDING_BODIES,
} from '../lexicons/sources.ts';
import { matchAll } from './match.ts';

// Whether a post cites something a reader could check (research/claims.md §4). A link is
// judged by its host alone: the engine has no network, so a shortened or video link cannot be
// followed and does not count. A body named without an attribution frame ("@WHO is lying",
// "the CDC admits") is a mention, not a citation.

export interface SourceVerdict {
  /** A peer-reviewed or authoritative source is cited. */
  credible: boolean;
  /** Only a preprint server is cited. */
  preprint: boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Host of each link or bare domain; bounded labels keep the scan linear. */
const HOST = /\b(?:https?:\/\/)?((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,8}[a-z]{2,24})(?![\w-])/g;
const IDENTIFIER = /\b10\.\d{4,9}\/[^\s"<>]{1,200}|\bpmid\s?:?\s?\d{5,9}\b|\bpmc\d{5,9}\b|\bnct\d{8}\b|\bisrctn\d{8}\b/gu;
/** DOI prefixes of preprint servers: medRxiv/bioRxiv, Research Square, SSRN, Preprints.org, OSF. */
const PREPRINT_DOI = /^10\.(?:1101|21203|2139|20944|31219|31234)\//;

// Named bodies inside an attribution frame. Upper-case acronyms are matched on the original
// case so that "according to who" or "nice try" is not a citation.
const FRAME = String.raw`(?:according to|as per|per|sources?\s?:|via|see|cf\.?|selon|d'apres|voir|from|reports? from|data from|donnees de|tel que (?:rapporte|publie) par)`;
const ARTICLE = String.raw`(?:the |la |le |les |l'|une |a |an |a \d{4} |une? \d{4} )?`;
const VERB = String.raw`(?:recommends?|recommended|advises?|guidance|guidelines?|says|stated|found|finds|concluded|reports?|review found|data show|recommande(?:nt)?|conseille(?:nt)?|indique(?:nt)?|rapporte(?:nt)?|lignes? directrices?|conclut)`;
const ACRONYMS = ACRONYM_SOURCES;
const LONG_NAMES = NAMED_SOURCES.map(escape);
const BODIES = RECOMMENDING_BODIES.map(escape);
const NAMED_LONG = new RegExp(
  String.raw`\b(?:${FRAME}\s+${ARTICLE}(?:${LONG_NAMES.join('|')})(?![\p{L}])|(?:${BODIES.join('|')})\s+${VERB}(?![\p{L}]))`,
  'u',
);
const NAMED_ACRONYM = new RegExp(
  String.raw`(?:\b${FRAME}\s+${ARTICLE}(?:${ACRONYMS.join('|')})(?![\p{L}])|\b(?:${ACRONYMS.join('|')})\s+${VERB}(?![\p{L}])|\((?:${[...ACRONYMS, 'Cochrane', 'Lancet', 'Annals'].join('|')})[\s,]{1,3}(?:19|20)\d\d\))`,
  'giu',
);
const CASED = new RegExp(String.raw`(?<![\p{L}])(?:${ACRONYMS.join('|')})(?![\p{L}])|\((?:Cochrane|Lancet|Annals)`, 'u');

function hostIn(host: string, list: readonly string[]): boolean {
  return list.some((d) => host === d || host.endsWith('.' + d));
}

/**
 * `text` is the normalised post; `folded` the same text lower-cased without accents
 * (same length). Acronyms are read from `text`, everything else from `folded`.
 */
export function findSources(text: string, folded: string): SourceVerdict {
  let credible = false;
  let preprint = false;
  for (const m of matchAll(folded, IDENTIFIER)) {
    if (PREPRINT_DOI.test(m[0])) preprint = true;
    else { credible = true; break; }
  }
  if (!credible) {
    for (const m of matchAll(folded, HOST)) {
      // An email's domain ("x@cdc.gov") or the tail of a longer host is not a link.
      if (m.index > 0 && /[\w@.-]/.test(folded[m.index - 1]!)) continue;
      const host = m[1]!.replace(/^www\./, '');
      if (hostIn(host, PREPRINT_HOSTS)) preprint = true;
      else if (hostIn(host, JOURNAL_HOSTS) || hostIn(host, AUTHORITY_HOSTS)) { credible = true; break; }
    }
  }
  if (!credible) credible = NAMED_LONG.test(folded) || namedAcronym(text, folded);
  return { credible, preprint: preprint && !credible };
}

/** Acronym citations must be upper case in the post; the frame words may be in any case. */
function namedAcronym(text: string, folded: string): boolean {
  for (const m of matchAll(folded, NAMED_ACRONYM)) {
    // "@WHO recommends" is a handle, not a citation.
    if (m.index > 0 && folded[m.index - 1] === '@') continue;
    // Re-check on the original casing: the acronym itself must be written in capitals.
    if (CASED.test(text.slice(m.index, m.index + m[0].length))) return true;
  }
  return false;
}
