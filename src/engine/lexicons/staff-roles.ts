// Staff roles, teams and departments, EN and FR: the words that make a person named beside
// them one of us (a colleague, a volunteer, the unit's cat) or an office, not a patient or a
// relative. Regex source, one entry a word or phrase (a few carry their own `e?`); the
// patterns that read them are case-insensitive unless they say otherwise. Each reader takes
// the groups it needs: where one reader needs a word the others must not see, the word is
// that reader's own, named there, rather than a change to a shared group.

/** A title held on a unit, said before where it is held: "charge nurse on 6 East", "infirmière-chef de l'unité". */
export const UNIT_TITLES: readonly string[] = [
  'charge nurse', 'nurse manager', 'unit manager', 'unit clerk', 'ward clerk', 'clinical educator', 'nurse educator',
  'head nurse', 'infirmière-chef', 'infirmière chef', 'assistante infirmière-chef', "chef d'unité",
  'RN', 'NP', 'RPN', 'LPN', 'MD', 'PA',
];

/** Clinicians and learners: "Christine, our educator", "Marc, notre inhalothérapeute". */
export const CLINICAL_STAFF: readonly string[] = [
  'nurse', 'nurses', 'np', 'rn', 'md', 'doctor', 'physician', 'surgeon', 'intensivist', 'hospitalist', 'resident',
  'student', 'intern', 'pharmacist', 'physio', 'physiotherapist', 'social worker', 'therapist',
  'dietitian', 'tech', 'technician', 'technologist', 'medic', 'paramedic', 'chaplain',
  'infirmière', 'infirmier', 'médecin', 'pharmacienne?', 'stagiaire', 'externe', 'résidente', 'inhalothérapeute',
  'ergo', 'nutritionniste', 'ambulancière?', 'aumônier', 'préposée?',
];

/** The clinicians who are always staff: a resident may be a doctor in training or live on the unit. */
export const CLINICAL_STAFF_NOT_RESIDENT: readonly string[] = CLINICAL_STAFF.filter((r) => !/^r[eé]sident/u.test(r));

/** The unit's clerks, volunteers and support staff. */
export const SUPPORT_STAFF: readonly string[] = [
  'clerk', 'unit clerk', 'ward clerk', 'secretary', 'receptionist', 'housekeeper', 'porter', 'volunteer',
  'bénévole', 'commis', 'agente?', 'secrétaire', 'assistante?', 'aide',
  'admin', 'administrator', 'navigator', 'patient navigator', 'navigatrice', 'navigateur',
];

/** Those who lead or teach staff, shared with the contact-address cues (id-cues STAFF_ROLE). */
export const LEAD_ROLES: readonly string[] = ['manager', 'educator', 'coordinator', 'preceptor', 'director', 'directeur', 'directrice', 'gestionnaire'];

/** More leads and teachers, for a name's apposition only. */
export const MORE_LEADS: readonly string[] = [
  'coordonnatrice', 'boss', 'chef', 'cheffe', 'charge', 'mentor', 'teacher', 'professor', 'prof',
  'team lead', 'lead', 'supervisor', 'superviseure?', 'executive',
];

/**
 * Public offices held before a name ("Grand Chief Alvin ...", "la conseillère Sophie ...", "Mayor
 * Ruth ..."): someone named so speaks in public, not from a bed.
 */
export const PUBLIC_OFFICES: readonly string[] = [
  'grand chief', 'national chief', 'regional chief', 'chief', 'councillor', 'councilor', 'mayor', 'deputy mayor', 'reeve',
  'senator', 'minister', 'premier', 'mp', 'mpp', 'mla', 'mna',
  'conseillère', 'conseiller', 'conseillère municipale', 'conseiller municipal', 'maire', 'mairesse', 'député', 'députée',
  'ministre', 'sénateur', 'sénatrice', 'chef', 'grand chef',
];

/** Peers: "Ginette, my colleague", "Sam, our friend from nights". */
export const PEERS: readonly string[] = ['colleague', 'collègue', 'friend', 'ami', 'amie'];

/**
 * Animals someone's story can be about, EN and FR: the one list behind the pet signal and the
 * unit's animals. Not "lab" (a laboratory far more often than a labrador).
 */
export const ANIMALS: readonly string[] = [
  'dog', 'dogs', 'cat', 'cats', 'kitty', 'kitten', 'kittens', 'puppy', 'puppies', 'pup', 'pups', 'dachshund', 'terrier',
  'retriever', 'labrador', 'beagle', 'poodle', 'collie', 'husky', 'chihuahua', 'pug', 'spaniel', 'german shepherd',
  'hamster', 'guinea pig', 'rabbit', 'bunny', 'parrot', 'budgie', 'goldfish', 'horse', 'pony',
  'chien', 'chiens', 'chienne', 'chiennes', 'chiot', 'chiots', 'chat', 'chats', 'chatte', 'chattes', 'chaton', 'chatons',
  'minou', 'lapin', 'cheval', 'perroquet', 'cochon d\'inde', 'caniche', 'bouledogue', 'teckel', 'berger allemand',
];

/** Animals that live on a unit: "Maggie, our unit cat". */
export const UNIT_ANIMALS: readonly string[] = [...ANIMALS, 'mascot', 'mascotte'];

/** Those one works beside, near a memorial or a farewell: "best paramedic partner I ever had". */
export const WORKMATES: readonly string[] = [
  'partner', 'partenaire', 'colleague', 'collègue', 'coworker', 'co-worker', 'teammate', 'mentor', 'preceptor',
  'charge nurse', 'paramedic', 'medic', 'retired', 'retraite',
];

/** A clinical team, service or shift someone is "from": "Kevin from pharmacy", "Marc de l'équipe de nuit". */
export const CLINICAL_TEAMS: readonly string[] = [
  'pharmacy', 'physio', 'PT', 'OT', 'RT', 'respiratory', 'respiratory therapy', 'resp', 'ortho tech', 'social work',
  'spiritual care', 'chaplaincy', 'palliative team', 'the ethics team', 'ethics', 'wound care', 'IV team', 'PICC team',
  'the lab', 'radiology', 'ultrasound', 'porters?', 'dietary', 'nutrition', 'admin', 'IT', 'lab', 'imaging', 'team',
  'nights', 'days', 'evenings',
  'inhalothérapie', 'physiothérapie', 'ergothérapie', 'travail social', 'radiologie', 'pharmacie', 'équipe', 'nuit',
  'soir', 'jour', 'unité', 'service',
];

/** Offices of a hospital or a body that employ someone, in English (read case-sensitively): "Cecilia from the foundation". */
export const DEPARTMENTS_EN: readonly string[] = [
  'foundation', 'security', 'housekeeping', 'HR', 'human resources', 'finance', 'payroll', 'the union',
  'volunteer services', 'communications', 'marketing', 'legal', 'quality', 'infection control', 'education', 'dietary',
  'kitchen', 'maintenance', 'facilities', 'switchboard', 'registration', 'admitting', 'bed flow', 'patient flow',
  'the ministry', 'the college', 'the board', 'biomed', 'biomedical engineering', 'transport', 'portering',
  'environmental services', 'EVS', 'laundry', 'stores',
];

/** The same in French (read case-sensitively): "Mme Tremblay de la RAMQ", "Julie de la fondation". */
export const DEPARTMENTS_FR: readonly string[] = [
  'fondation', 'sécurité', 'paie', 'syndicat', 'bénévoles', 'communications', 'qualité', 'prévention des infections',
  'cuisine', 'maintenance', 'ministère', 'ordre', 'OIIQ', 'direction', 'entretien ménager', 'hygiène et salubrité',
  'buanderie', 'génie biomédical', 'biomédical',
];

/** Colleagues named beside an age: "Priya, 29, our newest nurse" (read with the occupations). */
export const AGE_STAFF: readonly string[] = [
  'rn', 'np', 'lpn', 'rpn', 'md', 'doc', 'colleague', 'collègue', 'coworker', 'co-worker', 'grad', 'new grad', 'student',
  'stagiaire', 'intern', 'manager', 'gestionnaire', 'volunteer', 'bénévole', 'team member', 'teammate',
];

/** One alternation of regex-source entries. */
export function alt(...groups: ReadonlyArray<readonly string[]>): string {
  return groups.flat().join('|');
}
