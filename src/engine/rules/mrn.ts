import { defineRule } from '../define-rule.ts';
import type { Span } from '../types.ts';
import { BIO_ACCESSION, MRN_LABEL, RECORD_WORD, RECORD_WORD_WEAK, STAFF_ID_LABEL, STANDARD_PREFIX } from '../lexicons/id-labels.ts';
import { has, lowerRe, sentenceIndex } from '../pipeline/signals.ts';
import { NON_PHI_LABEL } from '../lexicons/not-phi-numbers.ts';
import { insideUrl, ordinaryNumber, personNear } from '../pipeline/id-evidence.ts';
import { cueEndsAt, cueNear } from '../pipeline/cue-index.ts';
import { digitChain, matchAll } from '../pipeline/match.ts';
import { firstLooked } from '../pipeline/regex-source.ts';

// Record numbers have no standard shape or checksum (phi-anchors.md §4), so the label is the
// evidence: the label, an optional verb or punctuation, then the number (glued or not), with
// an optional letter prefix. The span is the number; the label can stay.
// A lab's accession often puts its site letters in the middle: 26-CH-004417.
const VALUE = String.raw`\d{2,4}-[A-Z]{1,4}-\d{3,10}|(?:[A-Z]{1,3}\d?[- ]?)?\d(?:[ -]?\d){3,13}|[A-Z]{1,3}\d{4,12}`;
const MRN = firstLooked(new RegExp(
  String.raw`(?<![\p{L}\d])(${MRN_LABEL})\s*(?:is\s+|est\s+|:\s*|=\s*|-\s*|\(\s*|,\s*)?[:#]?\s*(${VALUE})(?![\p{L}\d/]|[.,-]\d)`,
  'giu',
));
// "hospital numbers RX1 448812 and RX1 448821": the label covers a short list.
const MORE = new RegExp(String.raw`^\s*(?:,|and|or|et|ou|&|\/)\s*(${VALUE})(?![\p{L}\d/]|[.,-]\d)`, 'iu');
/**
 * A record number's own shape, for when its label is not right before it: capitals glued or
 * dashed to a long digit run (S26-118734, CHT-0093317, A00918237, 26-CH-004417), or a long
 * digit run (0093317, 2026-0441879). Dates and phone numbers are dropped after matching.
 */
const SHAPED = firstLooked(/(?<![\p{L}\d_@#$€£.\/+-])(?:\d{2,4}-[A-Z]{1,4}-\d{3,10}|[A-Z]{1,4}\d{0,3}[- ]?\d{5,10}(?:-\d{1,4})?|\d{2,6}(?:[- ]\d{2,8}){1,3}|\d{6,12})(?![\p{L}\d_\/]|[.,-]\d)/gu);
/** Shapes that are something else: dates, phone numbers, year ranges, counts in thousands (1 200 000). */
const NOT_RECORD = /^(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}-\d{1,2}-\d{2,4}|\d{3}[ -]\d{3}[ -]\d{4}|\d{3}[ -]\d{4}|(?:19|20)\d\d[ -](?:19|20)\d\d|[1-9]\d{0,2}(?: \d{3})+)$/;
/** A record label after the number: "CHT-0093317 (her chart number)", "0784521 est son no de dossier". */
const LABEL_AFTER = lowerRe(
  String.raw`^\s*(?:[,(:—–-]\s*)?(?:(?:is|was|being|as|est|était|c'est)\s+)?(?:(?:the|her|his|their|its|a|an|our|my|le|la|son|sa|leur|mon|ma|du|de\s+la|de\s+son|de\s+sa)\s+)?(?:(?:patient|pt|patiente|client|cliente)(?:'s|’s)?\s+)?(?:${MRN_LABEL})(?![\p{L}\d])`,
);
const SPACED_LABEL = /^(?:MRN?|NDA|IPP|NHS|PHN|SIN|NAS|ID|PT|FIN|CSN|ACC|HCN|OHIP|RAMQ|NAM|ULI|SSN|CHI|DOB|NO|NUM) /;
const REQUISITION_BEFORE = /(?:requisition|r[ée]quisition|req)\s*[:#.]?\s*$/iu;
const JOB = /(?<![\p{L}])(?:job|jobs|hiring|posting|position|career|careers|emploi|poste|postes|carri[èe]re)(?![\p{L}])/iu;
/** Labels that are also ordinary words: only with a long number (not "chart 2", "dossier 2024"). */
const WEAK = /^(?:chart|dossier|fin)$/i;

export default defineRule({
  id: 'mrn',
  category: 'id',
  severity: 'high',
  languages: ['en', 'fr'],
  description: 'A medical record, chart, hospital, accession, encounter or patient ID number after its label (MRN, MR#, chart #, n° de dossier, NDA...), glued or spaced.',
  guidance: 'guidance_id',
  detect(text, ctx) {
    const out: Span[] = [];
    // Both patterns need three digits in one chain (26-CH-004417 the fewest): most posts have none.
    if (digitChain(text) < 3) return out;
    // MRN opens on its label's words, so matchAll tries it only where one of them starts.
    for (const m of matchAll(text, MRN)) {
      const label = m[1]!;
      let value = m[2]!;
      // The letter prefix is matched case-blind with the label; a lower-case one is a word
      // ("patient ID was 1234...") and is left out of the span.
      const prefix = /^([A-Za-z]{1,3})[- ]?/.exec(value);
      if (prefix && prefix[1] !== prefix[1]!.toUpperCase()) value = value.slice(prefix[0].length);
      if (!/^(?:[A-Z]{1,3}\d?[- ]?)?\d/.test(value) || value.replace(/\D/g, '').length < 4) continue;
      if (WEAK.test(label.trim())) {
        // "FIN" is Cerner's financial number only in capitals ("fin" is French for "end").
        if (/^fin$/i.test(label) && label !== 'FIN') continue;
        if (value.replace(/\D/g, '').length < 6) continue;
      }
      // "NDA" is the French admission number, but in English it is a drug application or a contract.
      if (/^nda$/i.test(label) && ctx.langAt(m.index) !== 'fr') continue;
      if (BIO_ACCESSION.test(value)) continue;
      // "the unit number is 613-555-0190": a phone's 3-3-4 shape is the phone rule's to judge.
      if (/^[2-9]\d\d[ .-][2-9]\d\d[ .-]\d{4}$/.test(value)) continue;
      // "the wristband says 1952": after a label that reads out, a bare year is a year.
      if (/^(?:19|20)\d\d$/.test(value) && /\s(?:says|reads|shows|has|indique|dit|affiche|porte)$/iu.test(label)) continue;
      let start = m.index + m[0].length - value.length;
      out.push({ start, end: start + value.length, confidence: 0.9, severity: 'high', reason: 'label' });
      // Follow a short list after the label.
      let at = start + value.length;
      for (let k = 0; k < 3; k++) {
        const more = MORE.exec(text.slice(at, at + 40));
        if (!more) break;
        const v = more[1]!;
        start = at + more[0].length - v.length;
        out.push({ start, end: start + v.length, confidence: 0.85, severity: 'high', reason: 'label' });
        at = start + v.length;
      }
    }
    // The number's own shape with its label a few words away, or after it, or (capitals and
    // digits only) in a sentence about a patient.
    const taken = (a: number, b: number) => out.some((o) => a < o.end && o.start < b);
    for (const m of matchAll(text, SHAPED)) {
      // "MR 00448120": a label in capitals before a space is the label, not part of the number.
      const lead = SPACED_LABEL.exec(m[0])?.[0].length ?? 0;
      const start = m.index + lead;
      const end = m.index + m[0].length;
      const value = m[0].slice(lead);
      if (taken(start, end) || NOT_RECORD.test(value) || value.replace(/\D/g, '').length < 6 || BIO_ACCESSION.test(value) || STANDARD_PREFIX.test(value)) continue;
      if (insideUrl(text, start)) continue;
      // "Lot 2024001", "ticket INC-0048812" are not people's; a requisition is, unless a job's.
      if (cueEndsAt(ctx, start, NON_PHI_LABEL) && !(REQUISITION_BEFORE.test(text.slice(Math.max(0, start - 16), start)) && !JOB.test(text.slice(ctx.sentenceAt(start).start, ctx.sentenceAt(start).end)))) continue;
      // "Her badge number E-0044812", "his licence RN-0044812": a colleague's number.
      if (STAFF_ID_LABEL.test(text.slice(Math.max(0, start - 30), start))) continue;
      const lettered = /[A-Z]/.test(value);
      const patient = () => has(ctx, sentenceIndex(ctx, start), 'patient', 'encounter', 'title');
      const label = cueNear(ctx, start, end, RECORD_WORD, 40, 0) || LABEL_AFTER.test(text.slice(end, end + 48).toLowerCase())
        || (cueNear(ctx, start, end, RECORD_WORD_WEAK, 40, 0) && patient());
      if (!label && !(lettered && patient())) continue;
      if (ordinaryNumber(ctx, start, end, true)) continue;
      out.push({ start, end, confidence: label ? 0.8 : 0.65, severity: 'high', reason: label ? 'label' : 'context' });
    }
    return out.sort((a, b) => a.start - b.start);
  },
  examples: {
    flag: [
      'MRN [[00482917]] still visible in the corner of the X-ray',
      'Pt ID: [[A-20931847]] — can someone re-page ortho?',
      'MRN[[00910452]] (copied from the label)',
      'Chart #[[7734 2210]] is the one with the mix-up',
      'Accession number [[CT2291834]] shows the finding nicely',
      'N° de dossier : [[0048 2917]], chambre 12',
      'Son numéro de dossier est [[2023-118374]]',
      'NDA [[104 557 802]] pour la patiente de ce matin',
      'Hospital no. [[K1234567]] on the wristband',
      'Two hospital numbers ([[RX1 448812]] and [[RX1 448821]]) were merged',
      'MRN: [[A00918273]] but the chart says [[A00918237]]',
      'Le bracelet indique dossier [[00918273]]',
      'FIN [[88120455]], pharmacy needs a call back',
      'Fax had the wrong pt on it: acc# [[26-CH-004417]], not mine',
      'Specimen # [[S26-118204]] didn\'t match the requisition',
      'Requisition no. [[4471 2290]] came back with someone else\'s name',
      'Numéro d\'usager [[00 448 192]] sur la mauvaise étiquette',
      // Labels a few words away, after the number, or only a patient in the sentence.
      'Pathology specimen [[S26-118734]] was labelled at the nursing station',
      'I found Mrs. Lam\'s chart number, [[CHT-0093317]], on a whiteboard',
      'The accession on the slide was [[S26-118734]], not hers',
      '[[0784521]] est son numéro de dossier, pas le sien',
      'Her MRN is [[A00123456]] and the band says otherwise',
      'Mrs. Cho\'s bloods went out under [[HX-7730192]] by mistake',
      '# de dossier [[123-456]] : mauvais patient',
      'Requisition [[4471-2290]] had someone else\'s name on it',
      'Sticker said [[CHT 0093317]] — wrong patient entirely',
      'Her hospital card number is [[0044812]], please update the system',
      'Numéro de visite [[2026-0441879]] pour M. Roy',
      'Dossier no [[123-456]] à corriger',
    ],
    pass: [
      'MRN 12 is too short to be a record number',
      'Accession GSE12345 has the public RNA-seq data',
      'The FDA approved NDA 021234 in 2003',
      'Chart review of 1200 patients found no signal',
      'Le dossier de santé numérique arrive en 2025',
      'Visit #2 went well',
      'Chart 2 of the audit is late',
      'La fin 2024 du projet approche',
      'Dossier 2025 : les priorités du comité',
      'DOB 03/04/51 on the requisition but the wristband says 1952',
      'Lab # 4 is closed for renovation until 2026',
      'Sample ID formats changed in version 2.1 of the LIS',
      'Our lab is accredited to ISO-15189 and her team to ISO-9001',
      'Specimen volumes of 2026-11-20 were down 4 percent',
      'Grant MOP-123456 funded the whole cohort, thanks to her team',
      'Her ticket INC-0048812 to IT is still open',
      'Job requisition 4471-2290: night nurse, apply by Friday',
      'Her badge number E-0044812 stopped working at the parking gate',
      'His employee ID EMP-448120 was in the staff newsletter',
      'She got her nursing licence RN-0044812 today, so proud of her!',
      'The thesis was submitted as file 2024-118734 at the registrar',
      'The chart review covered 1200 records from 2019 to 2024',
      'Her daughter asked about visiting; the unit number is 613-555-0190',
    ],
  },
});
