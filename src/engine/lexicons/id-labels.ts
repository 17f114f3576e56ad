// Label words that name an identifier, in English and Canadian French. Data only: the rules
// decide how near a label must be. Each is a non-global, case-insensitive pattern tested on a
// short window before (and sometimes after) a candidate, as Presidio's context words are,
// but with French and with phrases (Presidio only compares single lemmas).

/** Ontario health card. "HCN" and "version code" are how clinic staff write it. */
export const OHIP_LABEL = /(?<![\p{L}\d_])(?:ohip|hcn|health[ -]?card|health\s+(?:card\s+)?(?:no|number|#)|ontario\s+health|version\s+code|carte[- ]sant[ée]|num[ée]ro\s+d'assurance[- ]maladie|assurance[- ]maladie)(?![\p{L}\d_])/iu;

/** Quebec NAM. "carte soleil" is the everyday name of the card. */
export const RAMQ_LABEL = /(?<![\p{L}\d_])(?:ramq|nam|carte[- ]soleil|carte\s+(?:d'assurance[- ]maladie|de\s+la\s+ramq)|assurance[- ]maladie|health[ -]?card|quebec\s+health|num[ée]ro\s+d'assurance[- ]maladie)(?![\p{L}\d_])/iu;

/** Provincial personal health numbers (BC, AB, SK, MB, NS, NB, NL, PE, and the territories). */
export const PHN_LABEL = /(?<![\p{L}\d_])(?:phn|personal\s+health\s+(?:no|number|#)|uli|ahcip|alberta\s+health(?:\s+care)?(?:\s+(?:no|number|#))?|phin|hsn|health\s+services?\s+(?:no|number|#)|(?:nova\s+scotia|ns)\s+health\s+card|medicare\s+(?:no|number|#)|mcp(?:\s+(?:no|number|#))?|msp(?:\s+(?:no|number|#))?|care\s*card|bc\s+services\s+card|health\s*card|carte[- ]sant[ée]|carte\s+d'assurance[- ]maladie|num[ée]ro\s+d'assurance[- ]maladie)(?![\p{L}\d_])/iu;

/** Canadian SIN / NAS. The short forms only in capitals ("sin" is an English word). */
export const SIN_LABEL_CS = /(?<![\p{L}\d_])(?:SIN|NAS)(?![\p{L}\d_])|(?<![\p{L}\d_])S\.I\.N\./u;
export const SIN_PHRASE = /(?<![\p{L}\d_])sin\s*(?:#|no(?![\p{L}\d_])|number(?![\p{L}\d_]))|(?<![\p{L}\d_])social\s+insurance|(?<![\p{L}\d_])num[ée]ro\s+d'assurance\s+sociale|(?<![\p{L}\d_])assurance\s+sociale/iu;

export const SSN_LABEL = /(?<![\p{L}\d_])(?:itin|tax\s+id|taxpayer\s+id(?:entification)?)(?![\p{L}\d_])|(?<![\p{L}\d_])(?:ssn|ssns|ss\s*#|soc(?:ial)?\.?\s+sec(?:urity)?(?:\s+(?:no|number|#))?)(?![\p{L}\d_])|(?<![\p{L}\d_])social\s+security/iu;

export const MBI_LABEL = /(?<![\p{L}\d_])(?:mbi|medicare(?:\s+(?:beneficiary|id|number|no|card))?|beneficiary\s+(?:id|identifier|number))(?![\p{L}\d_])/iu;

export const NHS_LABEL = /(?<![\p{L}\d_])(?:nhs|chi|national\s+health\s+service|health\s+(?:service|authority)|hospital\s+(?:no|number))(?![\p{L}\d_])/iu;

/** Payment card words. */
export const CARD_LABEL = /(?<![\p{L}\d_])(?:credit|debit|card|visa|mastercard|master\s+card|amex|american\s+express|discover|diners|jcb|cc\s*#|carte\s+(?:de\s+)?(?:cr[ée]dit|d[ée]bit)|carte)(?![\p{L}\d_])/iu;

export const IP_LABEL = /(?<![\p{L}\d_])(?:ip|ipv4|ipv6|ip\s+address|adresse\s+ip|logged\s+(?:in\s+)?from|connect(?:ed|ing)?\s+(?:from|to)|server|host|gateway|subnet|router|dns)(?![\p{L}\d_])/iu;

/**
 * Medical record and visit labels (no standard number exists: the label is the evidence).
 * EN: MRN, MR#, medical record, chart #, hospital no., unit no., patient ID, EMPI, account,
 * accession, encounter, visit, CSN. FR: n° de dossier, numéro de dossier, dossier n°, NDA, IPP.
 */
export const MRN_LABEL = String.raw`(?:(?:chart|dossier(?:\s+papier)?|(?:wrist)?band|bracelet|label|[ée]tiquette|sticker)\s+(?:says|said|reads|read|shows|showed|has|had|indique|indiquait|dit|disait|affiche|affichait|porte|portait)|hospital\s+numbers?|fin|chart|dossier|m\.?r\.?n\.?|mr\s*(?:#|no(?![\p{L}\d_])\.?|n[°º])|medical\s+record(?:\s+(?:no(?![\p{L}\d_])\.?|number|#|id))?|record\s+(?:no(?![\p{L}\d_])\.?|number|#)|chart\s*(?:#|no(?![\p{L}\d_])\.?|number|n[°º]|id(?![\p{L}\d_]))|hospital\s*(?:#|no(?![\p{L}\d_])\.?|numbers?|id(?![\p{L}\d_]))|hosp\s*(?:#|no(?![\p{L}\d_])\.?)|hospital\s+card(?:\s*(?:#|no(?![\p{L}\d_])\.?|number))?|unit\s+(?:no(?![\p{L}\d_])\.?|number|#)|patient\s*(?:id(?![\p{L}\d_])|#|no(?![\p{L}\d_])\.?|number)|pt\s*(?:id(?![\p{L}\d_])|#|no(?![\p{L}\d_])\.?)|empi|acct\s*(?:#|no(?![\p{L}\d_])\.?)|account\s*(?:#|no(?![\p{L}\d_])\.?|number)|accession\s*(?:#|no(?![\p{L}\d_])\.?|number|n[°º])?|acc\s*#|encounter\s*(?:#|no(?![\p{L}\d_])\.?|number|id(?![\p{L}\d_]))|visit\s*(?:#|no(?![\p{L}\d_])\.?|number|id(?![\p{L}\d_]))|csn|specimen\s*(?:#|no(?![\p{L}\d_])\.?|number|id(?![\p{L}\d_]))|sample\s*(?:#|id(?![\p{L}\d_]))|requisition\s*(?:#|no(?![\p{L}\d_])\.?|number)|lab\s*(?:#|no(?![\p{L}\d_])\.?|number|id(?![\p{L}\d_]))|client\s*(?:#|no(?![\p{L}\d_])\.?|number|id(?![\p{L}\d_]))|resident\s*(?:#|no(?![\p{L}\d_])\.?|id(?![\p{L}\d_]))|id\s+band|(?:n[°º]|no\.?|num[ée]ro)\s+(?:de\s+|d')?(?:usager|bracelet|r[ée]quisition|sp[ée]cimen|[ée]chantillon|carte d'h[ôo]pital)|n[°º]\s*(?:de\s+)?dossier(?:\s+m[ée]dical)?|#\s*(?:de\s+)?dossier(?:\s+m[ée]dical)?|no\.?\s+(?:de\s+)?dossier(?:\s+m[ée]dical)?|num[ée]ro\s+(?:de\s+)?dossier(?:\s+m[ée]dical)?|dossier\s*(?:#|n[°º]|no(?![\p{L}\d_])\.?|num[ée]ro)|dossier\s+m[ée]dical|num[ée]ro\s+(?:de\s+patient|d'h[ôo]pital)|no\.?\s+d'h[ôo]pital|ipp|nda)`;

/**
 * Words naming a record, a specimen or its paperwork, a few words before a record-shaped number
 * ("pathology specimen S26-118734", "chart number on the board: 0093317"). Only with a number
 * of a record's own shape (mrn.ts), never with a bare short number.
 */
export const RECORD_WORD = /(?<![\p{L}\d_])(?:mrn|mr#|chart|charts|dossier|ipp|specimens?|requisitions?|accessions?|encounters?|wrist\s?band|arm\s?band|id\s+band|bracelet|pr[ée]l[èe]vements?|[ée]chantillons?|sp[ée]cimens?|r[ée]quisitions?|#\s*(?:de\s+)?dossier|unit\s+(?:no|number)|usagers?|health\s+record|medical\s+record)(?![\p{L}\d_])/iu;
/** Record words that also name ordinary things (a thesis file, a visit, a label): only with a patient in the sentence. */
export const RECORD_WORD_WEAK = /(?<![\p{L}\d_])(?:records?|files?|visits?|visites?|episodes?|[ée]pisodes?|samples?|slides?|blocks?|tubes?|labels?|stickers?|[ée]tiquettes?|requ[êe]tes?|lames?)(?![\p{L}\d_])/iu;
/** Staff, student and licence numbers: the person is a colleague, not a patient. */
export const STAFF_ID_LABEL = /(?<![\p{L}\d_])(?:badge|employee|staff|emp|licen[cs]e|licen[cs]ed|registration|reg|membership|permit|parking|cpso|cpsbc|oiiq|cno|college|student|[ée]tudiant|course|cours|thesis|th[èe]se|matricule|permis|employ[ée]e?|payroll|paie)(?:\s+(?:id|no\.?|number|#|num[ée]ro))?\s*[:#]?\s*$/iu;

/** Any identifier's name: near a number in a foreign local format, it is that identifier and not a phone. */
export const ID_WORD = /(?<![\p{L}\d_])(?:nhs|chi|ohip|hcn|phn|uli|ramq|nam|sin|nas|ssn|mrn|health\s+card|card|carte|insurance|assurance|member|policy|account|acct|licen[cs]e|passport|passeport|permis|plate|serial|chart|file|dossier|record|accession|specimen|requisition|encounter|visit)(?![\p{L}\d_])/iu;

/**
 * An identifier's label ending right before a number ("NHS number 485 777 3456", "file number,
 * 2025-004417"): the number is that identifier, not a phone, whoever's it is.
 */
export const ID_LABEL_BEFORE = /(?:(?<![\p{L}\d_])(?:nhs|chi|ohip|hcn|phn|uli|ramq|nam|sin|nas|ssn|mrn|health\s+card|carte[- ]sant[ée]|carte\s+soleil|accession|specimen|requisition|encounter)(?:\s*(?:#|number|no\.?|n[°º]|num[ée]ro|id))?|(?<![\p{L}\d_])(?:mr|chart|file|dossier|record|member|policy|account|acct|visit|patient|pt|client|usager|bracelet|wristband)\s*(?:#|number|no\.?|n[°º]|num[ée]ro|id))\s*(?:is\s+|est\s+|:\s*|,\s*|=\s*)?$/iu;

/**
 * Prefixes of standards, literature and code ids that share a record number's shape
 * (ISO-15189, NCT-04368728, ICD-10, MOP-123456 grants are labelled elsewhere).
 */
export const STANDARD_PREFIX = /^(?:ISO|IEC|EN|CSA|ANSI|ASTM|NFPA|IEEE|UL|DIN|BS|NF|RFC|CVE|NCT|DOI|PMID|PMC|ICD|CPT|NDC|NPN|ORCID|ISBN|ISSN|HL|ATC|CAS|CE|FDA|MOP|PJT|FDN|CIHR|NIH|R01|U01|CAN|HC|SOR|LOINC)-?\d/;

/** Public database accessions that follow "accession" but identify a sequence, not a person. */
export const BIO_ACCESSION = /^(?:GSE|GSM|GPL|GDS|SRR|SRX|SRP|SRS|ERR|ERX|ERP|DRR|PRJ|NM|NR|NC|NG|NP|XM|XP|NT|NW|RS|PDB|EMD|CID|SID|NCT|ISRCTN|PMC|PMID)/iu;

/** Health plan and insurer member numbers (HIPAA (I)), EN and FR. */
export const INSURANCE_LABEL = String.raw`(?:member\s*(?:id(?![\p{L}\d_])|#|no(?![\p{L}\d_])\.?|number)|subscriber\s*(?:id(?![\p{L}\d_])|#|no(?![\p{L}\d_])\.?|number)|policy\s*(?:#|no(?![\p{L}\d_])\.?|number)|group\s*(?:#|no(?![\p{L}\d_])\.?|number)|insurance\s*(?:id(?![\p{L}\d_])|#|no(?![\p{L}\d_])\.?|number|card)|insured'?s?\s+id|plan\s*(?:id(?![\p{L}\d_])|#|no(?![\p{L}\d_])\.?|number)|health\s+plan\s*(?:id(?![\p{L}\d_])|#|no(?![\p{L}\d_])\.?|number)?|medicaid\s*(?:id(?![\p{L}\d_])|#|no(?![\p{L}\d_])\.?|number)?|blue\s+cross\s*(?:id(?![\p{L}\d_])|#|no(?![\p{L}\d_])\.?|number)?|certificate\s*(?:#|no(?![\p{L}\d_])\.?|number)|beneficiary\s*(?:id(?![\p{L}\d_])|#|no(?![\p{L}\d_])\.?|number)|wsib\s*(?:claim\s*)?(?:#|no(?![\p{L}\d_])\.?|number)?|claim\s*(?:#|no(?![\p{L}\d_])\.?|number)|num[ée]ro\s+(?:de\s+)?(?:membre|police|certificat|contrat|adh[ée]rent|r[ée]clamation|b[ée]n[ée]ficiaire)|n[°º]\s*(?:de\s+)?(?:membre|police|certificat|contrat|adh[ée]rent|r[ée]clamation)|no\.?\s+(?:de\s+)?(?:membre|police|certificat|contrat|adh[ée]rent)|cnesst\s*(?:#|n[°º]|no(?![\p{L}\d_])\.?)?)`;

/** Driver's and other personal licences (HIPAA (K)), EN and FR. */
export const LICENCE_LABEL = String.raw`(?:passport\s*(?:#|no\b\.?|number|n[°º])?|passeport(?:\s*(?:#|n[°º]|no\b\.?|num[ée]ro))?|driver'?s?\s+licen[cs]e(?:\s*(?:#|no(?![\p{L}\d_])\.?|number))?|driving\s+licen[cs]e(?:\s*(?:#|no(?![\p{L}\d_])\.?|number))?|licen[cs]e\s*(?:#|no(?![\p{L}\d_])\.?|number|n[°º])|dl\s*(?:#|no(?![\p{L}\d_])\.?)|permis\s+de\s+conduire(?:\s*(?:#|n[°º]|no(?![\p{L}\d_])\.?|num[ée]ro))?|(?:n[°º]|no\.?|num[ée]ro)\s+(?:de\s+)?permis|permis\s*(?:#|n[°º]|no(?![\p{L}\d_])\.?|num[ée]ro))`;

/** Vehicle plates (HIPAA (L)), EN and FR. */
export const PLATE_LABEL = String.raw`(?:licen[cs]e\s+plates?|number\s+plates?|plates?(?:\s*(?:#|no(?![\p{L}\d_])\.?|number))?|reg(?:istration)?\s*(?:#|no(?![\p{L}\d_])\.?|number|plate)|car\s+reg(?:istration)?|vehicle\s+reg(?:istration)?|plaques?(?:\s+d'immatriculation)?|immatricul[ée]e?|immatriculation)`;

/** Device and implant serials (HIPAA (M)), EN and FR. */
export const SERIAL_LABEL = String.raw`(?:s\/n|sn\s*[:#]|serial\s*(?:#|no(?![\p{L}\d_])\.?|number|n[°º])?|imei|udi|device\s+id(?![\p{L}\d_])|(?:n[°º]|no\.?|num[ée]ro)\s+de\s+s[ée]rie)`;
