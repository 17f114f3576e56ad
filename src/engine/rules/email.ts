import { defineRule } from '../define-rule.ts';
import type { RuleContext, Span } from '../types.ts';
import { perAnalysis, sentenceIndex } from '../pipeline/signals.ts';
import { notInCare } from '../pipeline/subject.ts';
import { ORG_PHONE, PATIENT_OR_KIN, PERSON_CUE, PERSONAL_MAIL_DOMAIN, PERSONAL_PHONE, ROLE_MAILBOX_WORDS, STAFF_ROLE } from '../lexicons/id-cues.ts';
import { cueAnywhere, cueNear } from '../pipeline/cue-index.ts';
import { anchored, matchAll } from '../pipeline/match.ts';
import { widthOf } from '../pipeline/regex-source.ts';
import { ownContact, signedContact } from '../pipeline/id-evidence.ts';

// Local part and domain per the practical subset of RFC 5322 that people type. Bounded
// quantifiers keep the match linear; a TLD of letters only excludes version strings.
// On a long text it is tried only within a local part's width before each "@", not at every letter.
const LOCAL_PART = '[A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,62}[A-Za-z0-9_%+-])?';
const EMAIL = anchored(
  new RegExp(`(?<![\\w.+-])${LOCAL_PART}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.){1,8}(?:[A-Za-z]{2,24}|xn--[A-Za-z0-9-]{2,59})(?![\\w-])`, 'g'),
  /@/,
  widthOf(LOCAL_PART, '')!,
);
const STRONG_ROLE = /(?:study|etude|research|recherche|volunteer|benevol|support|info|admin|recrut|recruit|abstract|submission|congres|conference|registration|inscription)/i;

/** A shared mailbox: a role word as a token of the local part, or glued into it (memorystudy@). */
function isRoleBox(local: string): boolean {
  const lower = local.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  for (const token of lower.split(/[._+-]/)) if (ROLE_MAILBOX_WORDS.has(token)) return true;
  return STRONG_ROLE.test(lower);
}

const CLINICIAN = /\b(?:Dr|Dre|Drs|Prof|Professor|Professeure?|Docteure?)\.?\s(?:\p{Lu}[\p{L}'’-]+\s){0,2}(\p{Lu}[\p{L}'’-]{2,})/gu;

const fold = (s: string) => s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');

function clinicianBox(ctx: RuleContext, local: string): boolean {
  // The clinicians' surnames are read once per analysis; most posts name none.
  const surnames = perAnalysis(ctx, 'clinicianSurnames', (c) => [...matchAll(c.text, CLINICIAN)].map((m) => fold(m[1]!)));
  const l = fold(local);
  return surnames.some((s) => l.includes(s));
}

export default defineRule({
  id: 'email',
  category: 'contact',
  severity: 'high',
  languages: ['en', 'fr'],
  description: 'An email address of a person: high at a consumer provider or beside a patient or relative, low otherwise; shared mailboxes (info@, etude@...) and addresses in organisations\' announcements are left alone.',
  guidance: 'guidance_contact',
  detect(text, ctx) {
    const out: Span[] = [];
    if (!text.includes('@')) return out;
    for (const m of matchAll(text, EMAIL)) {
      const at = m[0].indexOf('@');
      if (isRoleBox(m[0].slice(0, at))) continue;
      const start = m.index;
      const end = start + m[0].length;
      // "Thanks to Dr. Amara Osei... slides: a.osei@...": the clinician's own address, named in the post.
      if (clinicianBox(ctx, m[0].slice(0, at))) continue;
      // A patient's or relative's address is the risk. The author's own ("email me at", "my
      // gmail is") is only worth a look; a colleague's ("our coordinator is m.roy@...") is not.
      // "email our patient relations office at relations@...": the office named right before owns
      // it. Not a personal mailbox: "Question from jane.t72@gmail.com" is a person writing.
      const personalBox = PERSONAL_MAIL_DOMAIN.test(m[0].slice(at + 1));
      if (!personalBox && cueNear(ctx, start, end, ORG_PHONE, 30, 0) && !cueNear(ctx, start, end, PERSONAL_PHONE, 30, 0) && !cueNear(ctx, start, end, PATIENT_OR_KIN, 24, 0)) continue;
      const own = ownContact(ctx, start, end);
      if (own) { out.push(own); continue; }
      const kin = cueNear(ctx, start, end, PATIENT_OR_KIN, 80, 40);
      if (!kin && (cueNear(ctx, start, end, STAFF_ROLE, 60, 0) || signedContact(ctx, start, end))) continue;
      const person = kin || cueNear(ctx, start, end, PERSONAL_PHONE, 80, 30) || cueNear(ctx, start, end, PERSON_CUE, 80, 40);
      if (person) { out.push({ start, end, confidence: 0.9, severity: 'high', reason: 'context' }); continue; }
      if (personalBox) { out.push({ start, end, confidence: 0.8, severity: 'high', reason: 'personal-domain' }); continue; }
      // A work address in a post about an organisation (a study, a clinic, a job) is its contact point.
      if (cueNear(ctx, start, end, ORG_PHONE, 80, 30) || cueAnywhere(ctx, ORG_PHONE)) continue;
      // Nor is one in a sentence told of no one in care: an organisation's notice (a CPR course,
      // a fundraiser), a colleague's news or a public figure's.
      if (notInCare(ctx, sentenceIndex(ctx, start))) continue;
      out.push({ start, end, confidence: 0.4, severity: 'low', reason: 'format' });
    }
    return out;
  },
  examples: {
    flag: [
      'His daughter said to write to [[jane.tremblay72@gmail.com]] with updates',
      'pt email: [[d.okafor@hotmail.co.uk]]',
      // An office word before a personal mailbox is not the office's: a person wrote.
      'Question from [[r.bouchard58@gmail.com]], can anyone on days call back?',
      'Envoyez le rapport à [[m.gagnon@videotron.ca]] svp',
      'Sa fille demande qu\'on lui écrive à [[lise.b@cgi-conseil.ca]]',
      'Forwarding to [[k.wong@sympatico.ca]] as asked',
      'Son adresse : [[marie@exemple.xn--p1ai]] (domaine internationalisé)',
      'Dr. Osei forwarded me [[gary.fields@shaw.ca]] for the follow-up call',
      'Dre Lévesque a demandé d\'écrire à [[p.gagnon@videotron.ca]] pour le suivi',
    ],
    pass: [
      'Questions? Write to info@hospital.ca',
      'Upgrade to v2.3.1@latest before the demo',
      'Follow @DrSmith for updates',
      'Recrutement : écrivez à etude.diabete@chum.qc.ca',
      'Report bugs to it.support@lhsc.on.ca',
      'Contact the research coordinator at memorystudy@alzheimer.mb.ca',
      'Huge thanks to Dr. Amara Osei for grand rounds! Slides on request: a.osei@med-example.ca',
      'Merci à la Dre Lévesque pour sa conférence, ses diapos : marie.levesque@cisss.qc.ca',
      'Prof. Jane Whitfield will answer questions after the talk: jwhitfield@uni.ac.uk',
      'Our new grad coordinator is m.roy@chus.qc.ca, she\'s lovely',
      'Send your abstracts to abstracts2026@cna-example.ca by Friday',
      'First aid course Saturday at the Legion hall, $60. Email firstaid@legion-example.ca to sign up.',
      'Slides from today are up. Priya Nair, RN, MN | priya.nair@uhn-example.ca',
      'Marie-Ève Roy, IPSPL | me.roy@cisss-example.qc.ca',
      'Sarah M., Clinical Nurse Specialist, Wound Care | sarah.m@example-health.ca',
      'Family members with questions can email our patient relations office at relations.west@example-hosp.ca',
      'Families, write to the unit office at 4west.office@example-hosp.ca for visiting passes',
    ],
  },
});
