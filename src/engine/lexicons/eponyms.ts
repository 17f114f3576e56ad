// Surnames that name a disease, sign, score, test or procedure. A capitalised word from this
// list is clinical vocabulary ("Parkinson's", "Apgar 9"), not a person in a post.
// Lower-case, without the possessive.
export const EPONYMS: ReadonlySet<string> = new Set([
  'addison', 'alzheimer', 'apgar', 'asperger', 'babinski', 'baker', 'barrett', 'bartter', 'basedow',
  'battle', 'beck', 'behcet', 'bell', 'berger', 'bouchard', 'bowen', 'braxton', 'broca', 'brown',
  'brugada', 'buerger', 'burkitt', 'caplan', 'charcot', 'chagas', 'cheyne', 'stokes', 'chiari',
  'colles', 'conn', 'cooley', 'creutzfeldt', 'jakob', 'crigler', 'najjar', 'crohn', 'cushing',
  'dandy', 'walker', 'depuytren', 'dupuytren', 'down', 'duchenne', 'ehlers', 'danlos', 'epstein',
  'barr', 'erb', 'ewing', 'fabry', 'fallot', 'fanconi', 'gaucher', 'gilbert', 'glasgow', 'goodpasture',
  'graves', 'guillain', 'barre', 'barré', 'hashimoto', 'heberden', 'henoch', 'schonlein', 'schönlein',
  'hirschsprung', 'hodgkin', 'holter', 'horner', 'huntington', 'kaposi', 'kawasaki', 'kernig',
  'klinefelter', 'korsakoff', 'krabbe', 'kussmaul', 'lyme', 'lou', 'gehrig', 'mallory', 'weiss',
  'marfan', 'mcburney', 'meniere', 'ménière', 'munchausen', 'murphy', 'nissen', 'osgood', 'schlatter',
  'paget', 'parkinson', 'pott', 'prader', 'willi', 'raynaud', 'reye', 'reiter', 'rett', 'rinne',
  'romberg', 'sjogren', 'sjögren', 'tay', 'sachs', 'tourette', 'trendelenburg', 'turner', 'virchow',
  'von', 'willebrand', 'wegener', 'wernicke', 'whipple', 'wilms', 'wilson', 'wolff', 'white',
  'zollinger', 'ellison', 'gleason', 'breslow', 'clark', 'wells', 'centor', 'ranson', 'framingham',
  'child', 'pugh', 'bishop', 'denver', 'ottawa', 'canadian', 'kocher', 'pfannenstiel', 'foley',
  'swan', 'ganz', 'heimlich', 'valsalva', 'epley', 'dix', 'hallpike', 'lachman', 'mcmurray',
  'phalen', 'tinel', 'finkelstein', 'allen', 'homan', 'homans', 'rovsing', 'psoas', 'grey', 'turner',
  'cullen', 'kehr', 'levine', 'austin', 'flint', 'korotkoff', 'starling', 'frank', 'monro',
  'kellie', 'cheyne-stokes', 'guillain-barré', 'guillain-barre', 'wolff-parkinson-white',
  'still', 'sheehan', 'stevens', 'johnson', 'takotsubo', 'tietze', 'whipple', 'zenker', 'meckel',
  'mobitz', 'wenckebach', 'brudzinski', 'murphy', 'markle', 'tzanck', 'gram', 'ziehl', 'neelsen',
  'papanicolaou', 'pap', 'doppler', 'roux', 'billroth', 'hartmann', 'hartmann', 'ivor', 'lewis',
  'bankart', 'salter', 'harris', 'monteggia', 'galeazzi', 'smith', 'barton', 'jones', 'bennett',
  'rolando', 'boxer', 'maisonneuve', 'lisfranc', 'chopart', 'jefferson', 'hangman', 'chance',
  'weber', 'garden', 'schatzker', 'neer', 'hill', 'sachs', 'hoffa', 'baker', 'morton', 'legg',
  'calve', 'perthes', 'kienbock', 'kienböck', 'scheuermann', 'sever', 'sinding', 'larsen',
  'bell', 'ramsay', 'hunt', 'horner', 'argyll', 'robertson', 'adie', 'marcus', 'gunn', 'kayser',
  'fleischer', 'roth', 'janeway', 'osler', 'splinter', 'beau', 'muehrcke', 'terry', 'lindsay',
  'quincke', 'trousseau', 'chvostek', 'virchow', 'sister', 'mary', 'joseph', 'krukenberg',
  'blumer', 'courvoisier', 'charcot', 'reynolds', 'beck', 'kussmaul', 'pemberton', 'kocher',
  'naegele', 'leopold', 'mcroberts', 'woods', 'zavanelli', 'ortolani', 'barlow', 'moro',
  'fontan', 'glenn', 'norwood', 'blalock', 'taussig', 'ross', 'bentall', 'nuss', 'ravitch',
  'eisenmenger', 'ebstein', 'noonan', 'williams', 'digeorge', 'angelman', 'edwards', 'patau',
  'cornelia', 'lange', 'beckwith', 'wiedemann', 'alport', 'denys', 'drash', 'fanconi',
  'lesch', 'nyhan', 'menkes', 'niemann', 'pick', 'pompe', 'hurler', 'hunter', 'sanfilippo',
  'morquio', 'gardner', 'lynch', 'peutz', 'jeghers', 'cowden', 'li', 'fraumeni', 'hippel', 'lindau',
  'sturge', 'weber', 'osler', 'rendu', 'behçet', 'kikuchi', 'castleman', 'waldenstrom',
  'waldenström', 'sezary', 'sézary', 'richter', 'evans', 'bernard', 'soulier', 'glanzmann',
  'hageman', 'christmas', 'factor', 'dressler', 'prinzmetal', 'lown', 'ganong', 'levine',
  'wellens', 'sgarbossa', 'osborn', 'brugada', 'romano', 'ward', 'jervell', 'lange-nielsen',
  'stein', 'leventhal', 'asherman', 'mayer', 'rokitansky', 'kuster', 'hauser', 'meigs',
  'fitz', 'hugh', 'curtis', 'bartholin', 'skene', 'nabothian', 'naboth', 'müller', 'muller',
  'sertoli', 'leydig', 'kallmann', 'klinefelter', 'sheehan', 'simmonds', 'nelson', 'conn',
  'liddle', 'gitelman', 'bartter', 'fahr', 'wilson', 'menetrier', 'ménétrier', 'plummer', 'vinson',
  'boerhaave', 'mallory-weiss', 'barrett', 'schatzki', 'killian', 'spigelian', 'richter',
  'littre', 'amyand', 'petersen', 'grynfeltt', 'petit', 'ogilvie', 'hirschsprung', 'kasai',
  'caroli', 'budd', 'chiari', 'dubin', 'rotor', 'gilbert', 'zieve', 'wernicke', 'korsakoff',
  'marchiafava', 'bignami', 'binswanger', 'pick', 'lewy', 'creutzfeldt', 'gerstmann', 'straussler',
  'friedreich', 'charcot-marie-tooth', 'tooth', 'refsum', 'dejerine', 'sottas', 'miller', 'fisher',
  'bickerstaff', 'lambert', 'eaton', 'todd', 'jackson', 'lennox', 'gastaut', 'west', 'dravet',
  'rasmussen', 'landau', 'kleffner', 'sydenham', 'wallenberg', 'weber', 'benedikt', 'parinaud',
  'millard', 'gubler', 'foville', 'anton', 'balint', 'gerstmann', 'klüver', 'kluver', 'bucy',
  'capgras', 'fregoli', 'cotard', 'ganser', 'stockholm', 'munchausen', 'münchhausen', 'asperger',
  'kanner', 'rett', 'heller', 'tourette', 'apert', 'crouzon', 'pfeiffer', 'treacher', 'collins',
  'pierre', 'robin', 'goldenhar', 'moebius', 'möbius', 'klippel', 'feil', 'trenaunay', 'sprengel',
  'madelung', 'poland', 'holt', 'oram', 'marfan', 'loeys', 'dietz', 'stickler', 'kniest',
  'morquio', 'ollier', 'maffucci', 'mccune', 'albright', 'jaffe', 'lichtenstein', 'ewing',
  'kaposi', 'merkel', 'bowen', 'queyrat', 'buschke', 'lowenstein', 'spitz', 'clark', 'hutchinson',
  'koebner', 'köbner', 'auspitz', 'nikolsky', 'darier', 'hailey', 'grover', 'sweet', 'wiskott',
  'aldrich', 'chediak', 'higashi', 'job', 'bruton', 'digeorge', 'kostmann', 'schwachman',
  'diamond', 'blackfan', 'fanconi', 'gaisböck', 'vaquez', 'osler-vaquez', 'hamman', 'rich',
  'kartagener', 'loffler', 'löffler', 'churg', 'strauss', 'goodpasture', 'wegener', 'caplan',
  'pancoast', 'horner', 'tuffier', 'kerley', 'westermark', 'hampton', 'fleischner', 'mcconnell',
  'kussmaul', 'hering', 'breuer', 'biot', 'stokes', 'adams', 'austin', 'flint', 'graham', 'steell',
  'carey', 'coombs', 'duroziez', 'traube', 'musset', 'becker', 'muller', 'corrigan', 'hill',
  'quincke', 'mayne', 'rosenbach', 'gerhardt', 'lincoln', 'sherman', 'ashman', 'koch', 'lister',
  'pasteur', 'fleming', 'jenner', 'salk', 'sabin', 'nightingale', 'hippocrates', 'galen',
  'harvey', 'laennec', 'laënnec', 'semmelweis', 'seldinger', 'judkins', 'swan-ganz', 'yankauer',
  'ambu', 'macintosh', 'miller', 'magill', 'guedel', 'sengstaken', 'blakemore', 'minnesota',
  'tenckhoff', 'hickman', 'broviac', 'groshong', 'port', 'mediport', 'penrose', 'jackson-pratt',
  'blake', 'hemovac', 'malecot', 'pezzer', 'coude', 'tiemann', 'steri', 'dermabond',
]);

/**
 * Eponyms that almost never stand for a patient in a post, so they are dropped even without a
 * following "disease"/"syndrome". The rest of EPONYMS (Smith, Bell, Wilson...) are common
 * surnames and only count as eponyms next to an eponym head (EPONYM_HEAD_EN/FR).
 */
export const STRONG_EPONYMS: ReadonlySet<string> = new Set([
  'alzheimer', 'apgar', 'asperger', 'babinski', 'brugada', 'buerger', 'burkitt', 'chiari', 'crohn',
  'creutzfeldt', 'cushing', 'dupuytren', 'duchenne', 'ehlers', 'danlos', 'fallot', 'gaucher',
  'glasgow', 'gleason', 'guillain', 'barré', 'barre', 'hashimoto', 'hirschsprung', 'hodgkin',
  'huntington', 'kaposi', 'kawasaki', 'korsakoff', 'marfan', 'meniere', 'ménière', 'munchausen',
  'parkinson', 'raynaud', 'sjogren', 'sjögren', 'tourette', 'trendelenburg', 'wernicke',
  'willebrand', 'wolff-parkinson-white', 'guillain-barré', 'guillain-barre', 'cheyne-stokes',
  'takotsubo', 'heimlich', 'valsalva', 'epley', 'framingham', 'centor', 'papanicolaou', 'seldinger',
  'kussmaul', 'korotkoff', 'mobitz', 'wenckebach', 'sgarbossa', 'wellens', 'doppler', 'holter',
  'foley', 'lyme', 'ebola', 'zika', 'covid', 'hiv', 'epstein-barr', 'lewy', 'klinefelter',
  'prader-willi', 'tay-sachs', 'legg-calvé-perthes', 'osgood-schlatter', 'charcot-marie-tooth',
  // Scores and scales known by their acronym: in a list of them ("HEART, TIMI, CHADS") a
  // capitalised one reads like a name to the learned tagger. Acronyms that are also given names
  // (GRACE, HOPE) are left out.
  'timi', 'chads', 'chads2', 'cha2ds2', 'cha2ds2-vasc', 'has-bled', 'perc', 'sofa', 'qsofa',
  'apache', 'nihss', 'meld', 'pesi', 'mews', 'pews', 'ciwa', 'mmse', 'moca', 'ecog', 'abcd2',
  'curb-65', 'crb-65', 'phq-9', 'gad-7', 'audit-c',
]);

/** Words that turn a preceding surname into an eponym: "Bell's palsy", "Smith fracture". */
export const EPONYM_HEAD_EN = /^(?:'s)?\s+(?:disease|syndrome|sign|signs|test|score|criteria|fracture|palsy|maneuver|manoeuvre|reflex|triad|classification|scale|lymphoma|sarcoma|tumou?r|ulcer|nodes?|esophagus|oesophagus|phenomenon|procedure|operation|repair|drain|catheter|tube|line|blade|bag|law|rules?|dementia|chorea|cyst|diverticulum|hernia|node|disorder|anomaly|deformity|contracture|thyroiditis|encephalopathy|ataxia|dystrophy|position|pouch|space|solution|formula|equation|method|technique|stain)\b/i;
/** "maladie de Parkinson", "syndrome de Down", "signe de Murphy". */
export const EPONYM_HEAD_FR = /\b(?:maladie|syndrome|signe|test|score|critères|fracture|paralysie|manœuvre|manoeuvre|réflexe|triade|classification|échelle|lymphome|sarcome|tumeur|ulcère|procédure|opération|loi|règle|règles|kyste|hernie|position|solution|formule|méthode|technique|coloration)s?\s+(?:de\s+|d')$/i;
