import { defineRule } from '../define-rule.ts';
import type { RuleContext, Span } from '../types.ts';
import { ORG_PHONE, PERSONAL_PHONE, PERSON_CUE, PHONE_WORD } from '../lexicons/id-cues.ts';
import { PUBLIC_LINES, TOLL_FREE } from '../lexicons/public-lines.ts';
import { ID_LABEL_BEFORE, ID_WORD } from '../lexicons/id-labels.ts';
import { ordinaryNumber, ownContact, signedContact } from '../pipeline/id-evidence.ts';
import { cueAnywhere, cueNear } from '../pipeline/cue-index.ts';
import { digitChain, matchAll } from '../pipeline/match.ts';
import { firstLooked } from '../pipeline/regex-source.ts';
import { sentenceIndex } from '../pipeline/signals.ts';
import { notInCare } from '../pipeline/subject.ts';

// Phone and fax numbers: North American (NANP: area and exchange codes start 2-9), UK (01, 02,
// 03, 05, 07, 08 with or without +44) and any +CC international number, each with an optional
// extension (ext, x, poste). Numbers of organisations (clinics, hotlines, studies, toll-free)
// and public lines are left alone: the privacy risk is a patient's or relative's own number.
const EDGE_START = String.raw`(?<![\w+#.\/@$-]|\d[ .-]|\d\))`;
const EXT = String.raw`(?:\s?(?:ext\.?|extension|x|poste|p\.)\s?\d{1,6})?`;
const EDGE_END = String.raw`(?![\w/%]|[.,-]\d|[ .-]\d)`;
// Each opens with firstLooked's lookahead: EDGE_START would otherwise be tried at every position.
const NANP = firstLooked(new RegExp(
  `${EDGE_START}(?:\\+?1[ .-]?)?(?:\\(\\s?([2-9]\\d\\d)\\s?\\)|([2-9]\\d\\d))[ .-]?([2-9]\\d\\d)[ .-]?\\d{4}${EXT}${EDGE_END}`, 'gi'));
const UK = firstLooked(new RegExp(
  `${EDGE_START}(?:\\+44[ -]?(?:\\(0\\)[ -]?)?\\(?|\\(?0)([1-35789]\\d{0,4})\\)?((?:[ -]?\\d){5,9})${EXT}${EDGE_END}`, 'gi'));
const INTL = firstLooked(new RegExp(`${EDGE_START}\\+[1-9](?:[ .-]?\\(?\\d\\)?){6,14}${EXT}${EDGE_END}`, 'gi'));
// Local formats of other countries (090-1234-5678, 09-7625400, 13812345678) only beside a phone word.
const OTHER = firstLooked(new RegExp(`${EDGE_START}(?:\\d{2,5}[ .-]\\d{3,8}(?:[ .-]\\d{3,4}){0,2}|\\d{10,12})${EDGE_END}`, 'g'));

/**
 * Seven digits with no area code ("call her at 555-0147"), as small towns still give a number:
 * a count, a price or a code reads the same, so only where someone asks to be called on it.
 */
const LOCAL = firstLooked(new RegExp(`${EDGE_START}[2-9]\\d\\d[ .-]\\d{4}${EXT}${EDGE_END}`, 'g'));
const CALL_THEM_FR = /(?:\b(?:l|la|le|les)['’\s]\s?(?:appeler|rappeler|joindre|rejoindre|texter)|\b(?:appelez|rappelez|joignez)\s(?:sa|son|ses|la|le)\s[\p{L}-]+)\s(?:au|à)\s?$/iu;

/** The author's own number ("my Israeli number is"): a phone even in a foreign format. */
const OWN_NUMBER = /(?<![\p{L}\d_])(?:my|mon|ma)\s+(?:[\p{L}'’-]+\s+){0,2}(?:number|num[ée]ro)(?![\p{L}\d_])/iu;

/** A call made on the number just before it: the number is a phone, whatever file it sits in. */
const CALLED_BEFORE = /(?<![\p{L}\d_])(?:called|call|phoned|rang|texted|dialled|dialed|appel[ée]|t[ée]l[ée]phon[ée])\s(?:the\s|le\s)?(?:number|num[ée]ro)\b[^.!?\d]{0,30}$/iu;

const EXTENSION_AFTER = /^,?\s?(?:ext\.?|extension|poste|p\.|x)\s?\d{1,5}\b/iu;

type Kind = 'nanp' | 'uk' | 'intl' | 'other' | 'local';

function judge(ctx: RuleContext, start: number, end: number, kind: Kind, digits: string): Span | null {
  if (PUBLIC_LINES.has(digits) || PUBLIC_LINES.has(digits.replace(/^1/, ''))) return null;
  // "NHS number 485 777 3456", "file number, 2025-004417": the identifier rules judge it.
  // Unless someone was called on it: "I called the number on his file, 705-555-0143".
  if (ID_LABEL_BEFORE.test(ctx.text.slice(Math.max(0, start - 32), start)) && !CALLED_BEFORE.test(ctx.text.slice(Math.max(0, start - 40), start))) return null;
  // "The pt's wife is at 905-555-0111; our switchboard is 905-555-0100": the organisation
  // named right before a number owns it, whoever was named earlier in the sentence.
  const personal = cueNear(ctx, start, end, PERSONAL_PHONE, 80, 30)
    && !(cueNear(ctx, start, end, ORG_PHONE, 24, 0) && !cueNear(ctx, start, end, PERSONAL_PHONE, 24, 0));
  const person = personal || cueNear(ctx, start, end, PERSON_CUE, 80, 40);
  if (!personal) {
    if (ordinaryNumber(ctx, start, end)) return null;
    // "Jane Roy, RN, BScN | 613-555-0142": a sign-off's work number.
    if (signedContact(ctx, start, end)) return null;
    // "appelez l'unité au 418 555-0100, poste 2240", "Security, 416-555-0100, ext. 2": a number
    // with an extension is a switchboard's; a patient's or a relative's own line has none.
    if (EXTENSION_AFTER.test(ctx.text.slice(end, end + 14))) return null;
    if (cueNear(ctx, start, end, ORG_PHONE, 60, 30)) return null;
    if (kind === 'nanp' && TOLL_FREE.test(digits.replace(/^1/, '').slice(0, 3))) return null;
    // A post that recruits, advertises a clinic or announces a line is about an organisation:
    // its numbers are the organisation's unless a person is named beside one.
    if (!person && cueAnywhere(ctx, ORG_PHONE)) return null;
    // An office's notice, a colleague's news, the author's family: a number in it that no
    // person is named beside is not a patient's.
    if (!person && notInCare(ctx, sentenceIndex(ctx, start))) return null;
  }
  // A foreign local format is only a phone beside a phone word or someone's own number; a
  // patient or relative nearby is not enough ("the patient's file 2025-004417").
  if ((kind === 'other' || kind === 'local') && !cueNear(ctx, start, end, PHONE_WORD, 60, 20) && !(cueNear(ctx, start, end, OWN_NUMBER, 60, 0) && !cueNear(ctx, start, end, ID_WORD, 40, 0))) return null;
  // The author's own number ("call me at", "my cell is") is only worth a look, as their email is.
  if (person) return ownContact(ctx, start, end) ?? { start, end, confidence: personal ? 0.9 : 0.75, severity: 'high', reason: 'context' };
  return { start, end, confidence: kind === 'other' ? 0.3 : 0.4, severity: 'low', reason: 'format' };
}

export default defineRule({
  id: 'phone',
  category: 'contact',
  severity: 'high',
  languages: ['en', 'fr'],
  description: 'A phone or fax number (North American, UK, +international, with extensions); high when it belongs to a patient or relative, low when it is the author\'s own ("my cell is"), listed only when the author asks to be called on it ("call me at"), skipped for clinics, studies, job posts, hotlines, public lines and sign-offs with credentials.',
  guidance: 'guidance_contact',
  detect(text, ctx) {
    const out: Span[] = [];
    // Every pattern below needs at least five digits joined by brackets, spaces, dots or dashes.
    if (digitChain(text, true) < 5) return out;
    // Characters already judged by an earlier, more specific pattern (NANP before UK before +CC).
    // Made at the first candidate: most posts have none.
    let claimed: Uint8Array | undefined;
    const add = (s: number, e: number, kind: Kind, digits: string) => {
      claimed ??= new Uint8Array(text.length);
      for (let i = s; i < e; i++) if (claimed[i]) return;
      claimed.fill(1, s, e);
      const span = judge(ctx, s, e, kind, digits);
      if (span) out.push(span);
    };
    for (const m of matchAll(text, NANP)) {
      if (/^[2-9]11$/.test(m[1] ?? m[2]!) || /^[2-9]11$/.test(m[3]!)) continue;
      add(m.index, m.index + m[0].length, 'nanp', m[0].replace(/(?:ext\.?|extension|x|poste|p\.)\s?\d+$/i, '').replace(/\D/g, ''));
    }
    for (const m of matchAll(text, UK)) {
      const national = (m[1]! + m[2]!).replace(/\D/g, '');
      if (national.length < 9 || national.length > 10) continue;
      add(m.index, m.index + m[0].length, 'uk', national);
    }
    for (const m of matchAll(text, INTL)) {
      const n = m[0].replace(/(?:ext\.?|extension|x|poste|p\.)\s?\d+$/i, '').replace(/\D/g, '');
      if (n.length < 8 || n.length > 15) continue;
      add(m.index, m.index + m[0].length, 'intl', n);
    }
    // The candidates first: most posts hold none, and then the phone words need no scan.
    const others = matchAll(text, OTHER);
    if (others.length && (cueAnywhere(ctx, PHONE_WORD) || cueAnywhere(ctx, PERSONAL_PHONE))) {
      for (const m of others) {
        const n = m[0].replace(/\D/g, '');
        if (n.length < 9 || n.length > 12) continue;
        add(m.index, m.index + m[0].length, 'other', n);
      }
    }
    for (const m of /\d{3}[ .-]\d{4}/.test(text) ? matchAll(text, LOCAL) : []) {
      const s = m.index;
      const e = s + m[0].length;
      if (!cueNear(ctx, s, e, PERSONAL_PHONE, 60, 10) && !CALL_THEM_FR.test(text.slice(Math.max(0, s - 40), s))) continue;
      add(s, e, 'local', m[0].replace(/\D/g, ''));
    }
    return out.sort((a, b) => a.start - b.start);
  },
  examples: {
    flag: [
      'Her daughter asked us to call her at [[(416) 555-0132]] after rounds',
      'Pt\'s cell [[416.555.0199 ext 22]] — please update the chart',
      'My US number is [[(415) 555-0132]], and my international one is [[+1 415 555 0132]]',
      'Son fils: [[514 555-0147 poste 3]], il attend un appel',
      'Her husband\'s mobile is [[07700 900123]]',
      'Next of kin: [[+44 20 7946 0018]]',
      'My Japanese number is [[090-1234-5678]]',
      'My Israeli number is [[09-7625400]]',
      'Brazil: [[+55 11 98456 5666]]',
      'His sister Claudette\'s old number, [[902-555-0117]], is out of service; please call the hospital switchboard',
      'Please call his daughter at [[416-555-0132]] after the scan, the clinic line is busy',
      'To whoever keeps calling from [[416-555-0109]] asking about Grandpa: we can\'t give updates by phone',
      'Appelez sa fille au [[514-555-0123]], la ligne de la clinique ne répond pas',
      'The pt\'s wife is at [[905-555-0111]]; our switchboard is 905-555-0100',
      'His son in Haifa, cell [[04-8123456]], wants a call tonight',
      // Seven digits with no area code, where someone asks to be called on them.
      'Her son asked us to call him at [[555-0199]] after the scan',
      "Sa fille nous a demandé de l'appeler au [[555-0166]] ce soir",
      // The author's own number is flagged low (worth a look), as the author's own email is;
      // asked to be called on it ("call me at"), only listed (info).
      'Questions about the protocol? Call me at [[613-555-0142]] after 4',
      'Mon numéro est le [[514-555-0177]], appelez-moi ce soir',
      'Jane Roy, RN. Her daughter\'s cell is [[613-555-0187]] if the desk needs it',
      'The nurse told me her daughter\'s cell is [[613-555-0187]], so I called',
      'He left his cane here. I called the number on his file, [[613-555-0164]], and it rang out.',
      'Her son\'s number, [[902-555-0171]], is out of service; can someone reach the family?',
    ],
    pass: [
      'Call the clinic at 555-0100 to book your flu shot.',
      'Lot 555-0147 of the flu vaccine arrived today.',
      'Call Health811 at 811 or Telehealth 1-866-797-0000 any time',
      'In crisis? Call or text 9-8-8, or 911 in an emergency',
      'Our clinic line is 416-555-0100 for appointments',
      'Questions about your stay? Call Patient Experience at 613-555-0190, weekdays.',
      'Study recruiting! Call 613-555-0177 to enroll',
      'BP 120/80, HR 88, RR 16, sats 98% on RA',
      'Toll-free 1-800-555-0199 for information',
      'Dose 1500 mg then 2500 mg, PMID 31234567',
      'Appelez Info-Santé au 811 ou le 1 866 277-3553',
      'Our clinic line is 416-555-0100 for appointments, or ask his office',
      'Call our study coordinator at 613-555-0177 with her consent questions',
      'Family members asking about visiting hours can call 613-555-0190',
      'Families: the ICU waiting room phone is 902-555-0123',
      'The patient\'s file number, 2025-004417, was on the fax',
      'Mr. Hamid\'s NHS number 485 777 3456 was on the form',
      'Her card number 4471 22903 118 was read out at the desk',
      'The number on his file, 2025-004417, was wrong',
      // A sign-off's work number, and a job post's team line.
      'Happy to share the slides. Jane Roy, RN, BScN, Clinical Educator | 613-555-0142',
      'Dr. Amir Haddad, MD, FRCPC — 416-555-0190',
      'Band 5 staff nurse vacancy on our stroke unit. Ring the ward on 0113 496 0121 for a chat',
      'Poste d\'infirmière en santé mentale : appelez l\'équipe au 418-555-0133',
      'Sarah M., Clinical Nurse Specialist, Wound Care | 416-555-0177',
      'Infos : Julie Tremblay, inf. clinicienne, 819-555-0112',
      'Fax referrals to 613-555-0150 before noon',
      'Reach out: 613-555-0123 (cell) — Jen, unit educator',
      'Book a flu shot: 905-555-0123 or online',
    ],
  },
});
