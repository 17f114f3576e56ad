import { defineRule } from '../define-rule.ts';
import type { Span } from '../types.ts';
import { BIO_ACCESSION, MRN_LABEL } from '../lexicons/id-labels.ts';
import { matchAll } from '../pipeline/match.ts';

// Record numbers have no standard shape or checksum (phi-anchors.md §4), so the label is the
// evidence: the label, an optional verb or punctuation, then the number (glued or not), with
// an optional letter prefix. The span is the number; the label can stay.
// A lab's accession often puts its site letters in the middle: 26-CH-004417.
const VALUE = String.raw`\d{2,4}-[A-Z]{1,4}-\d{3,10}|(?:[A-Z]{1,3}\d?[- ]?)?\d(?:[ -]?\d){3,13}|[A-Z]{1,3}\d{4,12}`;
const MRN = new RegExp(
  String.raw`(?<![\p{L}\d])(${MRN_LABEL})\s*(?:is\s+|est\s+|:\s*|=\s*|-\s*|\(\s*)?[:#]?\s*(${VALUE})(?![\p{L}\d/]|[.,-]\d)`,
  'giu',
);
// "hospital numbers RX1 448812 and RX1 448821": the label covers a short list.
const MORE = new RegExp(String.raw`^\s*(?:,|and|or|et|ou|&|\/)\s*(${VALUE})(?![\p{L}\d/]|[.,-]\d)`, 'iu');
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
    return out;
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
    ],
  },
});
