import { alt, LEAD_ROLES } from './staff-roles.ts';

// Words that tie a number, phone or place to a person (a patient, a relative, the poster's
// own contact) or, the other way, to an organisation. Data only; see pipeline/id-evidence.ts.

/** Patients and relatives by what they are, and what only happens to a patient, EN and FR. */
const KIN_WORDS = String.raw`patients?|patientes?|pts?|client(?:e|s)?|r[ée]sident(?:e|s)?|b[ée]n[ée]ficiaire|mr|mrs|ms|mme|mlle|husband|wife|son|daughter|mother|father|mom|mum|dad|brother|sister|grandson|granddaughter|grandmother|grandfather|family|famille|mari|[ée]pouse|conjointe?|fils|fille|m[èe]re|p[èe]re|fr[èe]re|s[œo]eur|admitted|discharged|hospitali[sz]ed|hospitalis[ée]e?|bed|room|chambre|lit|dob|born|n[ée]e?\s+le|[1-9]\d{0,2}\s?y\/?o|[1-9]\d{0,2}[mf]`;

/** A patient, a relative, or a personal possession of contact details, EN and FR. */
export const PERSON_CUE = new RegExp(String.raw`(?<![\p{L}\d_])(?:${KIN_WORDS}|his|her|their|hers|him|m\.|wife's|husband's|my\s+(?:cell|phone|number|home)|mon\s+(?:cell|num[ée]ro|t[ée]l[ée]phone)|sa|ses|leur|lui|elle|he|she|admit|admits|admission|readmitted|consult)(?![\p{L}\d_])`, 'iu');

/** A patient or a relative: PERSON_CUE without the bare pronouns, which also point at colleagues. */
export const PATIENT_OR_KIN = new RegExp(String.raw`(?<![\p{L}\d_])(?:${KIN_WORDS})(?![\p{L}\d_])`, 'iu');

/**
 * The author asking to be reached ("email me at", "call me at", "text me on", "écrivez-moi"): a
 * contact published on purpose, so it is only listed, never underlined.
 */
export const OWN_INVITE = /(?<![\p{L}\d_])(?:(?:email|e-mail|write|reach|contact|message|dm|ping|call|text|phone|ring|page)\s+me|(?:[ée]crivez|joignez|appelez|textez|t[ée]l[ée]phonez)[- ]moi)(?![\p{L}\d_])/iu;

/**
 * The author giving their own address or number ("email me at", "my gmail is", "call me at",
 * "my cell is", "my office number"): not a patient's.
 */
export const OWN_CONTACT = /(?<![\p{L}\d_])(?:(?:email|e-mail|write|reach|contact|message|dm|ping|call|text|phone|ring|page)\s+me|my\s+(?:[\p{L}-]+\s+)?(?:email|e-mail|address|gmail|hotmail|inbox|courriel|cell|cellphone|mobile|number|phone|line|pager|extension)|mon\s+(?:adresse\s+)?courriel|mon\s+(?:num[ée]ro|cellulaire|cell|t[ée]l[ée]phone|portable|poste)|ma\s+ligne|(?:[ée]crivez|joignez|appelez|textez|t[ée]l[ée]phonez)[- ]moi)(?![\p{L}\d_])/iu;

/** Staff roles: an address next to one is a colleague's work address. */
export const STAFF_ROLE = new RegExp(String.raw`(?<![\p{L}\d_])(?:${alt(LEAD_ROLES)}|coordonnat(?:eur|rice)|gestionnaire|colleague|coll[èe]gue|[ée]ducat(?:eur|rice)|pr[ée]ceptrice|chair|organi[sz]er|speaker|conf[ée]renci(?:er|[èe]re)|team|[ée]quipe|our|notre|nos)(?![\p{L}\d_])`, 'iu');

/**
 * A sign-off's credentials ("Jane Roy, RN, BScN", "Dr. Amir Haddad, MD, FRCPC"): a number or an
 * address right after them is the author's or a colleague's work contact. Case-sensitive:
 * "rn" and "md" typed in lower case are seldom credentials.
 */
export const CREDENTIALS = /(?<![\p{L}\d_])(?:RN|RPN|LPN|NP|MD|PhD|BScN|BSN|MSN|MN|MSc|BSc|MPH|MHSc|CNE|CCRN|CNL|CPMHN|IBCLC|RRT|RD|PharmD|FRCPC|FRCSC|CCFP|MBBS|MRCP|RGN|RMN|DNP|APRN|CRNA|inf\.|M\.Sc\.|B\.Sc\.|Ph\.D\.|infirmi[èe]re clinicienne|IPS|IPSPL)(?![\p{L}\d_])/u;

/**
 * A sign-off's job title ("Clinical Nurse Specialist | 416-...", "inf. clinicienne, 819-..."):
 * read only when a separator of a signature line (| — – • or a line break) follows it.
 */
export const SIGNOFF_ROLE = /(?<![\p{L}\d_])(?:nurse|physician|specialist|educator|manager|coordinator|practitioner|pharmacist|director|professor|physiotherapist|physio|dietitian|social worker|therapist|midwife|clinician|navigator|infirmi[èe]re|infirmier|m[ée]decin|pharmacien(?:ne)?|conseill[èe]re?|gestionnaire|clinicien(?:ne)?|sage-femme|nutritionniste|travailleu(?:r|se) social(?:e)?|physioth[ée]rapeute|coordonnat(?:eur|rice)|infirmi[èe]re praticienne)(?![\p{L}\d_])[^.!?\n|—–•]{0,40}[,|—–•\n]/iu;

/** Phone words: enough on their own for the generic (non-NANP, non-UK) phone pattern. */
export const PHONE_WORD = /(?<![\p{L}\d_])(?:phone|ph|tel|t[ée]l|telephone|t[ée]l[ée]phone|cell|cellphone|cellulaire|mobile|portable|fax|t[ée]l[ée]copieur|call|text|sms|whatsapp|appel(?:er|ez|le)?|joindre|rejoindre)(?![\p{L}\d_])/iu;

/** Relatives and the people who speak for a patient: whose number a story gives. */
const KIN = String.raw`(?:husband|wife|spouse|partner|son|daughter|mother|father|mom|mum|dad|brother|sister|grandson|granddaughter|grandmother|grandfather|grandma|grandpa|granny|nana|niece|nephew|aunt|auntie|uncle|cousin|neighbou?r|friend|caregiver|sdm|poa|nok|next\s+of\s+kin|family|mari|[ée]pouse|conjointe?|fils|fille|m[èe]re|p[èe]re|fr[èe]re|s[œo]eur|grand-m[èe]re|grand-p[èe]re|ni[èe]ce|neveu|tante|oncle|cousine?|voisine?|amie?|proche|mandataire|famille)`;
const OWNER = String.raw`(?:my|his|her|their|patient'?s?|pt'?s?|mom'?s?|dad'?s?|mon|son|sa|leur|ma|${KIN}(?:'s|’s)?)`;

/**
 * The number is the poster's or a person's own: "my number", "his sister Claudette's old number",
 * "call his daughter at", "the pt's wife is at", "calling from ... asking about Grandpa".
 */
export const PERSONAL_PHONE = new RegExp(String.raw`(?<![\p{L}\d_])${OWNER}\s+(?:[\p{L}'’-]+\s+){0,3}(?:number|#|phone|cell|cellphone|mobile|home|work|num[ée]ro|t[ée]l[ée]phone|cellulaire|portable)(?![\p{L}\d_])|(?<![\p{L}\d_])(?:call|text|reach|page|contact|phone|ring)\s+(?:me|him|her|them|(?:(?:the|his|her|their)\s+)?(?:(?:pt|patient)(?:'s|’s)?\s+)?(?:pt|patient|${KIN})(?:'s)?)(?![\p{L}\d_])|(?<![\p{L}\d_])(?:${KIN}|pt|patient)\s+(?:is|'s|can\s+be\s+reached|est|sera)\s+(?:at|on|au|joignable)(?![\p{L}\d_])|(?<![\p{L}\d_])(?:asking|asks|asked|calling|called)\s+(?:about|for|after)\s+(?:(?:her|his|their|my|the|our)\s+)?(?:pt|patient|mr|mrs|ms|mme|${KIN})(?![\p{L}\d_])|(?<![\p{L}\d_])(?:appelle[rz]?|textez?|rejoindre|joindre)[- ](?:moi|le|la|les|lui)|(?:appelez|joignez)-(?:moi|le|la|les|lui)(?![\p{L}\d_])|(?<![\p{L}\d_])(?:r?appel(?:le|les|er|ez|ée?)|joindre|texter|[ée]crire\s+[àa])\s+(?:(?:sa|son|ses|leur|la|le|les|lui)\s+)?${KIN}(?![\p{L}\d_])|(?<![\p{L}\d_])(?:next\s+of\s+kin|emergency\s+contact|contact\s+d'urgence|guardian|tuteur|tutrice)(?![\p{L}\d_])`, 'iu');

/** The number belongs to an organisation: a clinic line, a hotline, a study, a switchboard, a service ("Patient Relations at"). */
export const ORG_PHONE = /(?<![\p{L}\d_])(?:clinic|clinique|office|relations|experience|ombudsman|liaison|navigators?|registration|admitting|intake|records|bureau|hospital|h[ôo]pital|cent(?:re|er)|line|ligne|hotline|helpline|help\s+line|crisis|info(?:rmation)?|appointments?|rendez-vous|rdv|bookings?|booking|reception|r[ée]ception|switchboard|standard|main|toll[- ]free|sans\s+frais|call\s+us|contact\s+us|contactez[- ]nous|appelez[- ]nous|joignez[- ]nous|reach\s+us|our|notre|nos|(?:call|ring|phone|contact|text|reach)\s+(?:the|our)\s+(?:[\p{L}-]+\s+)?team|(?:appelez|contactez|joignez)\s+l'[ée]quipe|vacanc(?:y|ies)|hiring|referrals?|r[ée]f[ée]rences?|renseignements|infos|book|r[ée]servez|jobs?|careers?|carri[èe]res?|emplois?|postulez|apply|study|studies|[ée]tude|trial|essai|research|recherche|coordinator|coordonnat(?:eur|rice)|volunteers?|b[ée]n[ée]voles?|foundation|fondation|donate|donner|register|inscrivez|contact(?:ez)?\s+(?:the|our|la|le|l'|notre|nos)|recruit(?:ing|ment)?|recrutement|enrol(?:l|ling|ment)?|inscription|participants?|volunteers?|b[ée]n[ée]voles?|pharmacy|pharmacie|lab|laboratoire|waiting\s+room|salle\s+d'attente|front\s+desk|desk|department|d[ée]partement|(?<!out of |hors )service|program(?:me)?|programme|registration|questions?|inquiries|enqu[êe]tes?|media|press|presse|dial|composez|24\/7|24h|hours?|heures?)(?![\p{L}\d_])/iu;

/**
 * A place or venue rather than a person's home: conference, clinic address, our office, and
 * where a course, a ride or a hike meets ("start line at", "stationnement du sentier"): people
 * give an outing's meeting point to be found there, never a patient's.
 */
export const ORG_PLACE = /(?<![\p{L}\d_])(?:conference|conf[ée]rence|congr[èe]s|symposium|summit|venue|workshop|atelier|webinar|event|[ée]v[ée]nement|clinic|clinique|hospital|h[ôo]pital|cent(?:re|er)|campus|office|bureau|pharmacy|pharmacie|visit\s+us|find\s+us|located|situ[ée]e?|our|notre|nos|headquarters|si[èe]ge|courses?|training|formation|ride|race|hike|randonn[ée]e|d[ée]fi|(?:start(?:ing)?|finish)\s+line|ligne\s+(?:de\s+d[ée]part|d'arriv[ée]e)|trailhead|parking|stationnement|meet(?:ing)?\s+(?:at|point|us)|point\s+de\s+(?:rencontre|rendez-vous)|rassemblement)(?![\p{L}\d_])/iu;

/** Home and residence words: the place is where a person lives. */
export const HOME_CUE = /(?<![\p{L}\d_])(?:lives?|living|lived|resides?|home|house|address|adresse|domicile|habite|demeure|r[ée]side|vit|found\s+(?:at|near)|trouv[ée]e?|scene|located\s+at)(?![\p{L}\d_])/iu;

/** Words in an email's local part that mark a shared mailbox (info@, etude.diabete@, it.support@). */
export const ROLE_MAILBOX_WORDS: ReadonlySet<string> = new Set(('info infos information contact contacts media press presse ' +
  'communications comms communication privacy confidentialite admin administration support soutien help aide hello bonjour ' +
  'office bureau inquiries enquiries feedback webmaster noreply no-reply careers jobs emplois carrieres rh hr research ' +
  'recherche study studies etude etudes essai trial trials recruitment recrutement volunteer volunteers benevoles benevolat ' +
  'reception accueil appointments rendezvous rdv booking bookings referrals referral triage intake clinic clinique ' +
  'pharmacy pharmacie lab labo team equipe secretariat service services dispatch billing facturation donations dons ' +
  'foundation fondation events evenements relations patientrelations ombudsman ombuds plaintes complaints commissaire experience patientexperience it helpdesk servicedesk ops abstracts abstract submissions conference congres registration inscription inscriptions editor editorial journal newsletter').split(' '));

/** Consumer mail providers and ISPs: an address there belongs to a person, not an office. */
export const PERSONAL_MAIL_DOMAIN = /(?:^|\.)(?:gmail|googlemail|hotmail|outlook|live|msn|yahoo|ymail|icloud|me|mac|aol|proton|protonmail|pm|gmx|mail|yandex|zoho|fastmail|tutanota|videotron|sympatico|bell|rogers|shaw|telus|cogeco|eastlink|xplornet|btinternet|btopenworld|sky|talktalk|virginmedia|orange|free|laposte|sfr|wanadoo|comcast|verizon|att|sbcglobal|cox|charter|qq|163)\.[a-z.]{2,12}$/i;
