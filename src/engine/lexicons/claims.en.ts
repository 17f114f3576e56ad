// Data only: English cues for health claims (research/claims.md §3). Each entry is a regex
// fragment matched against lower-cased text with accents folded, so fragments use plain
// ASCII letters. Keep quantifiers bounded: these are joined into alternations.

/** Direct-causal or absolute efficacy verbs; a claim when a health outcome follows. */
export const PREDICATES_EN = [
  'cures?', 'cured', 'curing', 'heals?', 'healed', 'reverses?', 'reversed', 'prevents?', 'prevented',
  'eliminates?', 'eradicates?', 'wipes? out', 'gets? rid of', 'kills?', 'destroys?', 'stops?', 'treats?',
  'fixes', 'fights? off', 'protects? (?:you |your \\w{1,12} )?(?:from|against)', 'melts? away', 'shrinks?',
  'dissolves?', 'clears? up', 'works? (?:better than \\w{1,20} )?(?:against|for)', 'beats?', 'is the cure for',
  'is a cure for', 'is the answer to', 'is the only cure for', 'regrows?', 'restores?', 'flush(?:es)? out',
];

/** Verbs that are claims only when a hedge sits before them ("may help with"). */
export const SOFT_PREDICATES_EN = [
  'help(?:s)?(?: (?:with|to|you|against|fight|reduce|prevent|lower|manage|treat|ease))?', 'reduces?', 'lowers?',
  'improves?', 'supports?', 'eases?', 'relieves?', 'protects?', 'boosts?', 'slows?', 'benefits?',
];

/** Health outcomes: diseases, symptoms, body systems people make claims about. */
export const OUTCOMES_EN = [
  'covid(?:-?19)?', 'long covid', 'coronavirus', 'the virus', 'viruses', 'virus', 'bacteria', 'germs', 'infections?',
  'flu', 'influenza', 'colds?', 'measles', 'cancers?', 'tumou?rs?', 'cancer cells', 'leukemia', 'diabetes',
  'type 2', 'insulin resistance', 'blood sugar', 'arthritis', 'autism', 'adhd', 'alzheimer\'?s?', 'dementia',
  'depression', 'anxiety', 'inflammation', 'heart disease', 'heart attacks?', 'strokes?', 'high blood pressure',
  'blood pressure', 'hypertension', 'cholesterol', 'obesity', 'belly fat', 'weight', 'fat', 'acne', 'eczema',
  'psoriasis', 'asthma', 'allergies', 'migraines?', 'headaches?', 'pain', 'chronic pain', 'fibromyalgia',
  'lyme(?: disease)?', 'hpv', 'herpes', 'shingles', 'hiv', 'aids', 'hepatitis', 'infertility', 'insomnia',
  'toxins', 'parasites', 'candida', 'disease', 'diseases', 'illness', 'illnesses', 'sickness', 'ms',
  'multiple sclerosis', 'parkinson\'?s?', 'crohn\'?s?', 'ibs', 'kidney stones', 'cavities', 'tooth decay',
  'osteoporosis', 'gout', 'sinusitis', 'uti', 'utis', 'pneumonia', 'bronchitis', 'rsv', 'strep',
  'the immune system', 'your immune system', 'immunity', 'aging', 'hair loss', 'baldness', 'neuropathy',
  'sepsis', 'pericarditis', 'neural tube defects', 'birth defects', 'hospitali[sz]ations?', 'severe (?:illness|disease)',
  'cardiovascular (?:events|disease)', 'fractures', 'falls', 'thyroid(?: disease)?', 'pcos', 'endometriosis',
  'sleep apnea', 'tinnitus', 'sibo', 'gut', 'leaky gut', 'lung damage', 'kidney disease', 'liver disease', 'fatty liver',
  'cervical cancer', 'shingles', 'rsv', 'whooping cough', 'polio', 'chickenpox', 'mono', 'colic', 'autoimmune(?: disease)?',
  'lupus', 'celiac', 'gerd', 'reflux', 'ulcers?', 'nausea', 'cramps', 'fatigue', 'brain fog', 'mental illness',
  'schizophrenia', 'bipolar', 'ptsd', 'addiction', 'opioid use disorder', 'mortality', 'death', 'deaths', 'relapse',
  'recurrence', 'symptoms', 'complications', 'wrinkles', 'cellulite', 'bloating', 'constipation',
  'mrsa', 'superbugs', 'staph', 'c\\. diff', 'e\\. coli', 'plaque', 'arterial plaque', 'clogged arteries',
  'atherosclerosis', 'everything', 'all diseases', 'any disease', 'most diseases', 'chronic disease',
];

/** Certainty and hype amplifiers; they stop a hedge from softening the verdict. */
export const AMPLIFIERS_EN = [
  '100 ?%', 'guaranteed', 'guarantee', '(?:clinically |scientifically )?proven', 'miracle', 'miraculous',
  'breakthrough', 'instantly', 'overnight', 'permanently', 'completely', 'totally', 'no side effects',
  'all[- ]natural', 'chemical[- ]free', 'every time', 'always works', 'in days', 'in \\d{1,3} days',
];

/** Claims that stand on their own, without an outcome word. */
export const STANDALONE_EN = [
  'miracle (?:cure|pill|remedy|treatment|supplement|drug)', 'natural cure', 'cure[- ]all',
  'detox(?:es|ify|ifies)? (?:your |the )?(?:body|liver|blood|system|kidneys|gut|cells)',
  'flush(?:es)? (?:out )?(?:the |your |all )?toxins', 'cleanses? (?:your |the )?(?:liver|blood|colon|body)',
  'boosts? (?:your |the )?immun(?:e system|ity)', 'supercharges? (?:your )?immun(?:e system|ity)',
  'doctors (?:don\'?t|do not|won\'?t) want you to know', 'what (?:your )?doctors? (?:won\'?t|don\'?t) tell you',
  '(?:big pharma|the pharmaceutical industry) (?:is hiding|hides|doesn\'?t want|does not want|won\'?t tell|buried)',
  'they don\'?t want you to know', 'the cure (?:they|big pharma) (?:are|is) hiding', 'suppressed cure',
  'kills? (?:99(?:\\.9)?|100) ?% of (?:germs|viruses|bacteria)',
  'cures? what (?:doctors|drugs|medicine|chemo|pharma) (?:can\'?t|cannot|could not|couldn\'?t)',
];

/** Hedges: lower certainty, still a claim (research/claims.md §3.6). */
export const HEDGES_EN = [
  'may', 'might', 'could', 'can help', 'possibly', 'potentially', 'appears? to', 'seems? to', 'suggests?',
  'associated with', 'linked (?:to|with)', 'preliminary', 'early (?:evidence|data|results|research|studies)',
  'promising', 'some evidence', 'some studies', 'likely',
];

/** Negation right before the verb turns a claim into a denial ("does not cure"). */
export const NEGATIONS_EN = [
  'not', 'never', 'no longer', 'cannot', 'can\'?t', 'won\'?t', 'doesn\'?t', 'don\'?t', 'isn\'?t', 'aren\'?t',
  'didn\'?t', 'wasn\'?t', 'weren\'?t', 'nothing', 'no', 'neither', 'nor', 'zero evidence', 'without',
  'unproven that', 'false that', 'myth that', 'claim that', 'claims that', 'claiming', 'believe that',
];

/** Markers of a debunk or correction anywhere in the post. */
export const DEBUNKS_EN = [
  'myth', 'myths', 'false', 'fake', 'misinformation', 'disinformation', 'debunk(?:ed|ing)?', 'no evidence',
  'not true', 'isn\'?t true', 'fact[- ]?check', 'is wrong', 'not supported', 'stop sharing',
  'no good evidence', 'no proof', 'there is no cure', 'not a cure', 'no such thing', 'snake oil', 'quackery',
];

/** Irony and mockery (research/claims.md §3.7). */
// Each entry opens with a letter or a slash (what comes before is a lookbehind), so the
// pattern is only tried where one of those first characters stands.
export const IRONY_EN = ['yeah right', 'sure,(?<=(?:^|[.!?]\\s{1,3})sure,)', '/s(?=\\s|$)(?<=\\s/s)', 'lol sure', 'because of course', 'right\\.\\.\\.'];

/** Posts that are events, fundraisers, jobs or service notices, not efficacy claims. */
export const NOT_CLAIM_EN = [
  'join us', 'register', 'registration', 'webinar', 'grand rounds', 'symposium', 'conference', 'workshop',
  'journal club', 'lecture', 'rsvp', 'tickets', 'donate', 'donation', 'fundraiser', 'fundraising',
  'raise (?:money|funds)', 'raised', 'find a cure', 'we\'?re hiring', 'we are hiring', 'hiring', 'job posting',
  'apply (?:now|by|here|today)', 'now recruiting', 'recruiting participants', 'study participants',
  'clinic hours', 'closed (?:on|for)', 'walk-in', 'tune in', 'podcast episode', 'livestream',
];

/** Testimonials offered as evidence: first person, an outcome, a push to others. */
export const TESTIMONIALS_EN = [
  'i (?:have |\'ve )?(?:cured|healed|reversed|beat|beaten|got rid of|eliminated|kicked|fixed|cleared) my',
  'i (?:have |\'ve )?(?:cured|healed|reversed|beat|beaten) (?:my )?(?:own )?(?:cancer|diabetes|arthritis|autism|depression|anxiety|covid)',
  '(?:it|this|that|they) (?:worked|works) (?:wonders |miracles )?for me[,.!]? (?:so |and )?(?:it|they|this) (?:will|can|should) (?:work )?for you',
  '(?:it|this|that) (?:worked|works) (?:wonders |miracles )?for me[,.!]{0,3} (?:everyone|you|try it|you should|you need)',
  'my (?:doctors?|dr|gp|oncologist|specialist|rheumatologist) (?:couldn\'?t|could not|didn\'?t|did not|can\'?t|cannot) (?:help|do anything|fix|cure)[^.!?\\n]{0,80}but',
  '(?:everyone|everybody|you all|y\'?all|you guys|every mom|every parent) (?:should|must|needs? to|has to|have to) (?:try|take|start|use|get|be taking|drink)',
  'since i started (?:taking|using|drinking|eating|doing)[^.!?\\n]{0,60}(?:no more|never|haven\'?t had|gone|cured|disappeared)',
  '(?:my|our) (?:son|daughter|kids?|child|husband|wife|mom|dad)\'?s? (?:\\w{1,20} )?(?:was|were|is|are) (?:cured|healed|gone|reversed) (?:by|with|after|thanks to)',
];

/** Vaccine words, for the vaccine-harm tropes. */
export const VACCINE_TERMS_EN = [
  'vaccines?', 'vaccinations?', 'vaccinated', 'vax', 'vaxx', 'vaxxed', 'jabs?', 'shots?', 'mrna',
  'boosters?', 'flu shot', 'covid shot', 'mmr', 'hpv vaccine', 'injections?',
];

/** Harm claims that, tied to a vaccine in the same clause, are the tropes of Kata 2012. */
export const VACCINE_HARMS_EN = [
  '(?:cause|causes|caused|causing|linked to|leads? to|led to|triggers?|triggered|gave|gives|give) (?:\\w{1,15} ){0,3}(?:autism|sids|infertility|sterility|adhd|eczema|allergies|autoimmune|turbo cancer|cancer|sudden death|deaths|strokes?|heart attacks?|myocarditis|blood clots|miscarriages?|paralysis|seizures|alzheimer\'?s?|diabetes|brain damage|the disease|covid|narcolepsy|guillain-barre|gbs|bell\'?s palsy|tics|asthma|the flu|shingles|aids|hiv|infections?|chronic illness|cot death)',
  '(?:alters?|changes?|rewrites?|modif(?:y|ies)|damages?) (?:your |our |human )?dna', 'shedding', 'died suddenly',
  'depopulation',
  'experimental (?:gene therapy|injection|jab|shot)', 'gene therapy',
  'contains? (?:mercury|aluminum|aluminium|formaldehyde|fetal (?:cells|tissue)|aborted|microchips?|graphene|nanobots?|tracking)',
  'too many,? too soon', 'natural immunity is (?:better|superior|stronger)', 'vaccine[- ]injur(?:y|ed|ies)',
  'not anti-?vaxx?,? (?:i\'?m |just )?pro-?safe', 'pro[- ]safe[- ]vaccines?', 'poison(?:ous)?', 'toxic',
  '(?:is|are) (?:killing|maiming|injuring) (?:people|children|kids|our)', 'hiding the (?:data|deaths|injuries)',
  'covid (?:is|was) a hoax',
];

/** Calls to buy: what turns a post into promotion of a treatment or product. */
export const PROMOTIONS_EN = [
  'dm (?:me )?(?:to|for) (?:order|orders|buy|pricing|prices|info|details|a consult|more|yours)',
  'message me (?:to|for) (?:order|buy|pricing|details)', 'inbox me', 'use (?:my )?(?:code|coupon)\\s+[a-z0-9]{3,20}',
  'promo code', 'discount code', 'coupon code', '\\d{1,2} ?% off', 'link in (?:my )?bio', 'shop now',
  'order (?:now|today|yours|here)', 'buy now', 'limited time offer', 'free shipping',
  'book (?:your|a) (?:iv|detox|cleanse|drip|session)', 'available (?:at|in) my (?:clinic|shop|store)',
  'my (?:online )?(?:shop|store)', 'affiliate link', 'get yours',
];

/** Words that make a call to buy about health rather than a bake sale. */
export const PRODUCT_CONTEXT_EN = [
  'supplements?', 'vitamins?', 'tea', 'oils?', 'essential oils?', 'gummies', 'capsules', 'pills', 'powder',
  'protocol', 'iv', 'drips?', 'cleanse', 'detox', 'kit', 'treatment', 'therapy', 'remedy', 'tincture', 'cbd',
  'collagen', 'probiotics?', 'immune', 'immunity', 'cure', 'cures', 'heal', 'heals', 'pain', 'weight loss',
  'tonic', 'elixir', 'formula', 'shake',
];

/** Tropes that name the vaccine themselves, so no vaccine word is needed beside them. */
export const VACCINE_STANDALONE_EN = ['clot shot', 'kill shot', 'death shot', 'plandemic', 'scamdemic'];
