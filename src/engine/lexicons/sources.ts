// Data only: what counts as a credible source for a health claim (research/claims.md §4).
// The engine has no network, so a link is judged by its host alone: a shortened or video
// link cannot be checked and therefore does not count. Hosts match on a label boundary
// (`*.canada.ca` yes, `canada.ca.example.com` no).

/** Journals, indexes and publishers of peer-reviewed work. */
export const JOURNAL_HOSTS: readonly string[] = [
  'doi.org', 'dx.doi.org', 'pubmed.ncbi.nlm.nih.gov', 'ncbi.nlm.nih.gov', 'europepmc.org',
  'clinicaltrials.gov', 'isrctn.com', 'cochranelibrary.com', 'cochrane.org',
  'nejm.org', 'thelancet.com', 'bmj.com', 'jamanetwork.com', 'cmaj.ca', 'nature.com', 'science.org',
  'annals.org', 'acpjournals.org', 'plos.org', 'biomedcentral.com', 'cfp.ca', 'jmir.org',
  'academic.oup.com', 'sciencedirect.com', 'onlinelibrary.wiley.com', 'link.springer.com',
  'journals.lww.com', 'ahajournals.org', 'diabetesjournals.org', 'atsjournals.org', 'cell.com',
];

/** Health authorities, guideline bodies, professional societies and academic health centres. */
export const AUTHORITY_HOSTS: readonly string[] = [
  // Canada, federal and national
  'canada.ca', 'gc.ca', 'cda-amc.ca', 'cadth.ca', 'canadiantaskforce.ca', 'choosingwiselycanada.org',
  'blood.ca', 'cma.ca', 'cfpc.ca', 'royalcollege.ca', 'cps.ca', 'caringforkids.cps.ca', 'diabetes.ca',
  'heartandstroke.ca', 'cancer.ca', 'immunize.ca', 'cihi.ca',
  // Canada, provincial
  'ontario.ca', 'publichealthontario.ca', 'hqontario.ca', 'ontariohealth.ca', 'quebec.ca',
  'inspq.qc.ca', 'inesss.qc.ca', 'msss.gouv.qc.ca', 'gouv.qc.ca', 'santemontreal.qc.ca', 'bccdc.ca',
  'healthlinkbc.ca', 'gov.bc.ca', 'albertahealthservices.ca', 'alberta.ca', 'gov.mb.ca',
  'saskatchewan.ca', 'novascotia.ca', 'gnb.ca', 'gov.nl.ca', 'princeedwardisland.ca',
  // Canadian hospitals and universities (institutional pages)
  'uhn.ca', 'sickkids.ca', 'chusj.org', 'chumontreal.qc.ca', 'hopitalmontfort.com', 'sunnybrook.ca',
  'mcgill.ca', 'utoronto.ca', 'umontreal.ca', 'ulaval.ca', 'ubc.ca', 'mcmaster.ca', 'uottawa.ca',
  // International
  'who.int', 'paho.org', 'cdc.gov', 'nih.gov', 'medlineplus.gov', 'fda.gov', 'cancer.gov',
  'nice.org.uk', 'nhs.uk', 'gov.uk', 'ema.europa.eu', 'ecdc.europa.eu', 'has-sante.fr',
  'santepubliquefrance.fr', 'health.gov.au', 'nhmrc.gov.au', 'mayoclinic.org',
  // Fact-checkers: credible for debunks (research/claims.md §4.3)
  'sciencepresse.qc.ca', 'healthfeedback.org', 'factuel.afp.com', 'fullfact.org', 'snopes.com',
];

/** Servers of work that has not been peer reviewed: cited, but with a note. */
export const PREPRINT_HOSTS: readonly string[] = [
  'medrxiv.org', 'biorxiv.org', 'arxiv.org', 'researchsquare.com', 'ssrn.com', 'papers.ssrn.com',
  'preprints.org', 'osf.io',
];

/**
 * Bodies and journals that may be cited by name, without a link, inside an attribution frame
 * ("according to Health Canada", « selon l'INSPQ »). Lower case, accents folded.
 */
export const NAMED_SOURCES: readonly string[] = [
  'health canada', 'sante canada', 'public health agency of canada', 'agence de la sante publique du canada',
  'canadian immunization guide', "guide canadien d'immunisation", 'public health ontario', 'sante publique ontario',
  "canada's drug agency", 'canadian task force', 'choosing wisely', 'diabetes canada', 'diabete canada',
  'canadian cancer society', 'societe canadienne du cancer', 'canadian paediatric society',
  'societe canadienne de pediatrie', 'world health organization', 'organisation mondiale de la sante',
  'centers for disease control', 'cochrane', 'cochrane review', 'revue cochrane', 'the lancet', 'lancet',
  'annals of internal medicine', 'nature medicine', 'new england journal of medicine',
];

/** The same, as acronyms: only counted when written in capitals ("per WHO", not "per who"). */
export const ACRONYM_SOURCES: readonly string[] = [
  'PHAC', 'ASPC', 'NACI', 'CCNI', 'INSPQ', 'INESSS', 'MSSS', 'BCCDC', 'CADTH', 'WHO', 'OMS', 'CDC', 'NIH', 'FDA',
  'NICE', 'NHS', 'EMA', 'HAS', 'USPSTF', 'NEJM', 'BMJ', 'JAMA', 'CMAJ', 'JAMC', 'AHS', 'PHO', 'SPO',
];

/** Long names that, placed before a recommendation verb, are a citation ("Health Canada recommends"). */
export const RECOMMENDING_BODIES: readonly string[] = [
  'health canada', 'sante canada', 'public health agency of canada', 'agence de la sante publique du canada',
  'canadian task force', 'public health ontario', 'sante publique ontario', 'diabetes canada', 'diabete canada',
  'a cochrane review', 'une revue cochrane', 'the cochrane review', 'world health organization',
  'organisation mondiale de la sante',
];
