import { defineRule } from '../define-rule.ts';
import type { Span } from '../types.ts';
import { around, has, sentenceIndex } from '../pipeline/signals.ts';

// A link is PHI when it carries a person: a query parameter or a path segment that names a
// patient, record, chart, birth date or health number. Links to articles, guidelines and
// organisations are what clinicians share all day and are left alone.
const URL = /(?<![\w@.-])(?:https?:\/\/|www\.|(?:[a-z0-9-]{1,63}\.){1,6}[a-z]{2,24}\/)[^\s<>"'`]{1,2000}/gi;
const URL_AT = new RegExp(URL.source, 'iy');

/** [A-Za-z0-9.-]: what a link's host is made of. */
const hostChar = (c: number) => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || c === 45 || c === 46;
const WWW = /^www\./i;

/**
 * URL's matches. As a regex scan it tries every letter of a post (each may open a host), and on
 * a long post V8 may run that scan unoptimised. A match opens a run of host characters that no
 * "_" or "@" precedes (its lookbehind refuses one inside a run), and the run is "http(s)" before
 * ":", "www." or a host before "/": only such runs are tried, in order, with URL itself deciding.
 */
function links(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const n = text.length;
  let p = 0;
  while (p < n) {
    const c = text.charCodeAt(p);
    if (!hostChar(c) || (p > 0 && hostChar(text.charCodeAt(p - 1)))) { p++; continue; }
    let e = p + 1;
    while (e < n && hostChar(text.charCodeAt(e))) e++;
    const before = p > 0 ? text.charCodeAt(p - 1) : -1;
    const after = e < n ? text.charCodeAt(e) : -1;
    if (c !== 46 && before !== 95 && before !== 64 && (after === 47 || after === 58 || WWW.test(text.slice(p, p + 4)))) {
      URL_AT.lastIndex = p;
      const m = URL_AT.exec(text);
      if (m) {
        out.push(m);
        p += m[0].length;
        continue;
      }
    }
    p = e;
  }
  return out;
}
const PERSON_PARAM = /[?&;#](?:patient|patientid|patient_id|pat_id|pt|ptid|pt_id|pid|mrn|emrn|empi|dob|birthdate|date_of_birth|chart|chartid|chart_id|ssn|sin|nas|nhs|nhsno|ohip|hcn|phn|nam|ramq|encounter|encounterid|enc_id|csn|fin|accession|acc|member|memberid|member_id|subscriber|person|personid|person_id|client|clientid|client_id|dossier|nda|ipp|record|recordid|record_id|visit_id|admission|name|lastname|last_name|firstname|first_name|surname|nom|prenom|prénom|email|phone)=[^&#\s]{2,}/i;
// A person-named resource whose id is in the query (/patient?id=4471930).
const PERSON_RESOURCE = /\/(?:patients?|pts?|dossiers?|charts?|records?|clients?|usagers?)(?:\.\w{2,5})?\?(?:[^#\s]{0,200}&)?(?:id|no|num|n|key)=[A-Za-z0-9_-]*\d/i;
const PERSON_PATH = /\/(?:patients?|pts?|charts?|records?|mrn|dossiers?|persons?|people|clients?|members?|encounters?|admissions?|residents?|beneficiaries|usagers?|visits?|appointments?|consults?)\/[A-Za-z0-9_-]*\d[A-Za-z0-9_-]{2,}/i;
/** Hosts of patient portals, charts and image viewers: a long number in their links is a person's. */
const CARE_HOST = /^(?:https?:\/\/)?(?:[a-z0-9-]+\.)*?(?:[a-z0-9-]*(?:mychart|myhealth|mysante|masante|patient|emr|ehr|pacs|chart|dossier|televisite|telehealth|telesante)[a-z0-9-]*)\.[a-z0-9.-]+(?::\d+)?\//i;
/** Telehealth and portal paths on a general host (app.example.ca/telehealth/join/8830215). */
const CARE_PATH = /\/(?:telehealth|televisit|televisite|telesante|t[ée]l[ée]consultation|video-?visits?|virtual-?visits?|mychart|patient-?portal|portail-?patients?|ehr|emr|pacs|fhir)(?:[\/?#]|$)/i;
/** A user name or login with digits in it names someone ("?user=jdoe1957"). */
const USER_PARAM = /[?&;](?:user|username|userid|user_id|uid|login|identifier)=[^&#\s]*\d/i;
/** Crowdfunding, care-update and memorial pages: a link to one beside a patient is that patient. */
const PERSON_PAGE = /^(?:https?:\/\/)?(?:[a-z0-9-]+\.)*(?:gofundme\.com\/f|fundrazr\.com|gogetfunding\.com|caringbridge\.org\/(?:visit|site)|mealtrain\.com|lotsahelpinghands\.com|legacy\.com\/(?:[a-z-]+\/)?obituaries|echovita\.com)\/[A-Za-z0-9_-]{4,}/i;
const LONG_ID = /[\/=][A-Za-z]{0,3}\d{5,}(?![\d])/;
/** Share and session tokens: whoever holds the link sees the record ("?token=", "&tok="). */
const TOKEN_PARAM = /[?&;](?:token|tok|access_token|share_token|sharetoken|auth|auth_token|session|sid|jeton|pin|pwd|passcode)=[^&#\s]{4,}/i;
/** Document and file sharing links: a patient's scan or letter put where anyone with the link sees it. */
const SHARE_HOST = /^(?:https?:\/\/)?(?:[a-z0-9-]+\.)*(?:drive\.google|docs\.google|dropbox|onedrive\.live|1drv|sharepoint|wetransfer|box|icloud)\.[a-z.]{2,6}\/\S*[A-Za-z0-9_-]{10,}/i;
/** A user's own page on a sharing host ("/u/mhenry-wound", "/~jdoe/"): a patient's when one is near. */
const USER_PAGE = /\/(?:u|user|users|~)\/[A-Za-z][\w.-]{2,}|\/~[A-Za-z][\w.-]{2,}/;
// Punctuation that ends a sentence after a link is not part of it.
const TRAILING = /[.,;:!?)\]}]+$/;

export default defineRule({
  id: 'url-identifier',
  category: 'network',
  severity: 'high',
  languages: ['en', 'fr'],
  description: 'A link whose query or path names a person (patient=, mrn=, pid=, dob=, chart=, /patients/12345...); ordinary links are left alone.',
  guidance: 'guidance_network',
  detect(text, ctx) {
    const out: Span[] = [];
    if (!text.includes('/') && !text.includes('www.')) return out;
    for (const m of links(text)) {
      const url = m[0].replace(TRAILING, '');
      const person = PERSON_PARAM.test(url) || PERSON_PATH.test(url) || PERSON_RESOURCE.test(url)
        || USER_PARAM.test(url)
        || ((CARE_HOST.test(url) || CARE_PATH.test(url)) && (LONG_ID.test(url) || TOKEN_PARAM.test(url)))
        || ((PERSON_PAGE.test(url) || USER_PAGE.test(url)) && around(ctx, m.index, 1, 'patient', 'encounter', 'title', 'relative'));
      // A share link is a patient's only when the sentence is about one ("I shared her scan:").
      if (!person && !(SHARE_HOST.test(url) && has(ctx, sentenceIndex(ctx, m.index), 'patient', 'encounter', 'title'))) continue;
      out.push({ start: m.index, end: m.index + url.length, confidence: 0.9, severity: 'high', reason: 'identifier-in-url' });
    }
    return out;
  },
  examples: {
    flag: [
      'Can someone check [[https://emr.example-hospital.ca/chart?mrn=00482917&view=labs]]? Page is blank',
      'Result link: [[http://pacs.local/viewer?patientId=ZX88123&study=CT]].',
      'Lien du dossier : [[www.portail-sante.example.qc.ca/patients/448291/resume]]',
      'Form prefilled: [[forms.example.org/intake?name=Jane+Doe&dob=1957-03-14]]',
      'Look at this [[https://portal.example.com/records/A7731029]] before rounds',
      'Le lien : [[https://dossier.example.qc.ca/patient?id=4471930]] — supprimez-le',
      'Someone pasted [[https://mychart.example-health.org/visit/3321870?token=a9f2c7]] in the group chat',
      'Her results link [[https://myhealth.example.ca/results?tok=ab81c9f2]] opens for anyone',
      'Viewer: [[pacs.example-hosp.local/study/88302150]] — wrong kid',
      'Put the patient\'s CT on [[https://drive.google.com/file/d/1AbCdEfGh12345/view?usp=sharing]] for the consult',
      'The pt\'s video visit link [[https://app.example-hospital.ca/telehealth/join/8830215?pin=4471]] is in the chat',
      'Check [[www.example-clinic.ca/patient-portal?user=jdoe1957]]: her username is in it',
      'Our patient\'s family set up [[gofundme.com/f/help-jane-doe-after-crash]] after the crash',
      'Her son keeps sending the wound photos from [[https://photos.example.ca/u/jtremblay-leg]] to my work email',
    ],
    pass: [
      'New guideline: https://www.cmaj.ca/content/196/12/E401 worth a read',
      'Study link https://clinicaltrials.gov/study/NCT04368728',
      'https://doi.org/10.1056/NEJMoa2034577',
      'Read more at www.canada.ca/en/public-health.html',
      'Info for patients: https://example.org/patients/guide',
      'Patient handout: https://example.org/patients?lang=fr',
      'Book your flu shot: https://mychart.example-health.org/signup?lang=en',
      'Grant results: https://portal.example-research.ca/funding/2024123',
      'Watch the talk: https://youtu.be/dQw4w9WgXcQ?si=AbCdEf12 and share it',
      'Slides from my talk: https://drive.google.com/file/d/1AbCdEfGh12345/view?usp=sharing',
      'Our unit is raising funds for a bladder scanner: gofundme.com/f/4west-bladder-scanner',
      'Join the webinar at https://zoom.us/j/88302150123?pwd=abcd1234 on Friday',
      'Telehealth guide for clinics: https://example.org/telehealth/setup',
      'My wound care slides are at https://slides.example.ca/u/rn-wound-course for anyone',
    ],
  },
});
