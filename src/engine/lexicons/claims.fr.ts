// Data only: French (Canadian usage) cues for health claims (research/claims.md §3). Matched
// against lower-cased text with accents folded (é -> e) and curly apostrophes made straight,
// so "guérit", "guerit" and "GUÉRIT" are one cue. Bounded quantifiers only.

export const PREDICATES_FR = [
  'guerit', 'guerissent', 'guerir', 'gueri(?:e|s|es)? (?:du|de la|des|de l\'|le|la|les)', 'la guerison (?:du|de la|des|de l\')',
  'previent', 'previennent', 'prevenir', 'empeche(?:nt)?', 'elimine(?:nt)?', 'eradique(?:nt)?', 'detruit', 'detruisent',
  'tue(?:nt)?', 'renverse(?:nt)?', 'inverse(?:nt)?', 'soigne(?:nt)?', 'traite(?:nt)?', 'combat(?:tent)?',
  'protege(?:nt)? (?:contre|de)', 'vient a bout (?:du|de la|des|de l\')', 'viennent a bout', 'fait disparaitre',
  'font disparaitre', 'debarrasse(?:nt)? (?:du|de la|des|de l\')', 'fait fondre', 'est le remede (?:au|a la|aux|contre)',
  'regle(?:nt)?', 'stoppe(?:nt)?', 'arrete(?:nt)?',
];

export const SOFT_PREDICATES_FR = [
  'aider? (?:a|contre|avec)', 'aide(?:nt|rait|raient)?(?: a| contre)?', 'redui(?:t|sent|re|rait|raient)', 'diminue(?:nt|r|rait|raient)?',
  'ameliore(?:nt|r|rait|raient)?', 'soulage(?:nt|r|rait|raient)?', 'protege(?:nt|r|rait|raient)?', 'renforce(?:nt|r|rait|raient)?',
  'prevenir', 'previendrait', 'ralenti(?:t|r|rait|raient)', 'baisse(?:nt|r|rait|raient)?',
];

export const OUTCOMES_FR = [
  'covid(?:-?19)?', 'la covid', 'le covid', 'covid longue', 'coronavirus', 'virus', 'bacteries', 'microbes', 'infections?',
  'grippe', 'rhumes?', 'rougeole', 'cancers?', 'tumeurs?', 'cellules cancereuses', 'leucemie', 'diabete', 'glycemie',
  'arthrite', 'autisme', 'tdah', 'alzheimer', 'demence', 'depression', 'anxiete', 'inflammation', 'maladies? du coeur',
  'maladies? cardiaques?', 'crises? cardiaques?', 'avc', 'hypertension', 'tension arterielle', 'pression', 'cholesterol',
  'obesite', 'gras', 'graisse', 'poids', 'acne', 'eczema', 'psoriasis', 'asthme', 'allergies', 'migraines?', 'maux de tete',
  'douleurs?', 'fibromyalgie', 'lyme', 'vph', 'herpes', 'zona', 'vih', 'sida', 'hepatite', 'infertilite', 'insomnie',
  'toxines', 'parasites', 'candida', 'maladies?', 'sclerose en plaques', 'parkinson', 'crohn', 'calculs renaux',
  'caries', 'osteoporose', 'goutte', 'sinusite', 'pneumonie', 'bronchite', 'vrs', 'le systeme immunitaire',
  'votre systeme immunitaire', 'l\'immunite', 'immunite', 'vieillissement', 'chute des cheveux', 'neuropathie',
  'septicemie', 'sepsis', 'pericardite', 'anomalies du tube neural', 'malformations', 'hospitalisations?',
  'formes? graves?', 'evenements cardiovasculaires', 'fractures', 'chutes', 'thyroide', 'sopk', 'endometriose',
  'apnee du sommeil', 'acouphenes', 'foie gras', 'maladies? (?:du foie|des reins|renales?)', 'cancer du col',
  'coqueluche', 'polio', 'varicelle', 'coliques', 'lupus', 'maladie coeliaque', 'reflux', 'ulceres?', 'nausees',
  'crampes', 'brouillard cerebral', 'schizophrenie', 'bipolarite', 'dependance', 'mortalite', 'deces', 'rechutes?',
  'recidives?', 'symptomes', 'complications', 'rides', 'cellulite', 'ballonnements', 'constipation', 'toux',
  'infections urinaires', 'sante mentale', 'tout', 'toutes les maladies', 'n\'importe quelle maladie',
  'plaque', 'arteres bouchees', 'sarm', 'staphylocoque',
];

export const AMPLIFIERS_FR = [
  '100 ?%', 'garanti(?:e|s|es)?', '(?:cliniquement |scientifiquement )?prouve(?:e|s|es)?', 'miracle', 'miraculeu(?:x|se)',
  'revolutionnaire', 'instantanement', 'du jour au lendemain', 'definitivement', 'completement', 'totalement',
  'sans effets? secondaires?', '100 ?% naturel(?:le)?', 'sans produits chimiques', 'a tout coup', 'en \\d{1,3} jours',
];

export const STANDALONE_FR = [
  'remede miracle', '(?:cure|pilule|traitement|produit) miracle', 'remede naturel (?:contre|pour)', 'guerison (?:garantie|naturelle|assuree)',
  'detox(?:ifie(?:nt|r)?)? (?:votre |le |l\'|vos |les )?(?:corps|foie|sang|organisme|reins|intestins)',
  'elimine(?:nt|r)? (?:les |vos |toutes les )?toxines', 'nettoie(?:nt|r)? (?:votre |le |l\'|les )?(?:foie|sang|colon|organisme|corps)',
  '(?:renforce|booste|stimule)(?:nt|r)? (?:votre |le |l\'|vos )?(?:systeme )?immun(?:itaire|ite)',
  'ce que (?:les|vos) medecins ne (?:veulent|voudraient) pas que vous (?:sachiez|sachez)',
  'big pharma (?:vous le |nous le |le )?cache', 'l\'industrie pharmaceutique (?:vous |nous )?cache',
  'on vous (?:le )?cache', 'faites vos propres recherches', 'reveillez-vous',
];

export const HEDGES_FR = [
  'pourrai(?:t|ent)', 'peu(?:t|vent) aider', 'peut-etre', 'possiblement', 'potentiellement', 'semble(?:nt)?',
  'sugger(?:e|ent)', 'associe(?:e|s|es)? a', 'lie(?:e|s|es)? a', 'preliminaires?', 'prometteu(?:r|se|rs|ses)',
  'certaines (?:etudes|donnees)', 'donnees (?:preliminaires|precoces)', 'aiderai(?:t|ent)', 'reduirai(?:t|ent)',
  'previendrai(?:t|ent)', 'probablement',
];

/** French negation wraps the verb: "ne guérit pas", "n'élimine pas". The left half is enough to test. */
export const NEGATIONS_FR = [
  'ne', 'n\'', 'jamais', 'aucun(?:e)?', 'pas', 'sans', 'faux que', 'mythe que', 'pretend(?:re|ent)? que',
  'affirme(?:r|nt)? que', 'croire que',
];

export const DEBUNKS_FR = [
  'mythe', 'mythes', 'faux', 'fausse', 'desinformation', 'fausse nouvelle', 'fausses nouvelles', 'aucune preuve',
  'pas de preuve', 'pas vrai', 'verification des faits', 'demystifi(?:e|ons|er)', 'rumeur', 'charlatan(?:isme)?',
  'poudre de perlimpinpin', 'non, ', 'il n\'existe aucun',
];

export const IRONY_FR = ['ben oui', 'c\'est ca\\.\\.\\.', 'bien sur\\.\\.\\.', 'mais oui,'];

export const NOT_CLAIM_FR = [
  'inscrivez-vous', 'inscription', 'webinaire', 'conference', 'colloque', 'atelier', 'club de lecture', 'faites un don',
  'un don', 'vos dons', 'collecte de fonds', 'levee de fonds', 'amasser des fonds', 'nous recrutons', 'on recrute', 'offre d\'emploi',
  'postulez', 'poste (?:a combler|de)', 'affichage de poste', 'heures d\'ouverture', 'ferme(?:e)? (?:le|pour)', 'balado',
  'en direct', 'recrutement de participants',
];

export const TESTIMONIALS_FR = [
  'j\'ai (?:gueri|vaincu|elimine|renverse|soigne|regle) (?:de )?(?:mon|ma|mes)', 'j\'ai gueri (?:du|de la|de l\'|d\')',
  '(?:ca|cela) (?:a|m\'a) (?:marche|fonctionne)(?: pour moi)?[,.!]{0,3} (?:essayez|tout le monde|vous devriez|ca va marcher)',
  'mon (?:medecin|docteur|oncologue|specialiste) (?:ne pouvait rien|n\'a rien pu|ne m\'a pas aide|ne pouvait pas m\'aider)',
  '(?:tout le monde|vous) (?:devrait|devriez|doit|devez) (?:essayer|prendre|boire|commencer)',
  'essayez-(?:le|la|les)', 'depuis que je (?:prends|bois|mange|fais|utilise)[^.!?\\n]{0,60}(?:plus de|plus jamais|disparu|gueri)',
];

export const VACCINE_TERMS_FR = [
  'vaccins?', 'vaccination', 'vaccine(?:e|s|es)?', 'piqure', 'piqures', 'injections?', 'doses? de rappel', 'arnm', 'rappels?',
];

export const VACCINE_HARMS_FR = [
  '(?:cause(?:nt)?|provoque(?:nt)?|entraine(?:nt)?|donne(?:nt)?|declenche(?:nt)?|lie(?:e|s)? a) (?:\\S{1,15} ){0,3}(?:l\'autisme|autisme|l\'infertilite|infertilite|la sterilite|sterilite|le cancer|cancers?|turbo-cancer|la mort|morts? subites?|deces|avc|crises? cardiaques?|myocardites?|caillots|fausses couches|paralysie|alzheimer|diabete|tdah)',
  'rend(?:ent)? sterile(?:s)?', 'modifie(?:nt)? (?:votre |notre |l\'|vos )?adn', 'effets secondaires caches',
  'injection experimentale', 'therapie genique', 'l\'immunite naturelle est (?:meilleure|superieure|plus forte)',
  '(?:le gouvernement|ils) nous (?:cache(?:nt)?|ment(?:ent)?)', 'morts? subites?',
  'contien(?:t|nent) (?:du mercure|de l\'aluminium|du formaldehyde|des cellules f(?:oe|œ)tales|des puces|du graphene)',
  'blesse(?:e|s|es)? par (?:le|les) vaccins?', 'poison', 'toxique(?:s)?',
];

export const PROMOTIONS_FR = [
  'ecrivez-moi (?:en prive|en message|pour commander)', 'contactez-moi pour (?:commander|acheter|les prix)',
  'code (?:promo|rabais)', '\\d{1,2} ?% de rabais', 'lien dans (?:ma|la) bio', 'livraison gratuite',
  'commandez(?:-le|-la)? (?:maintenant|aujourd\'hui|ici|en ligne)', 'achetez(?:-le|-la)? (?:maintenant|ici|en ligne)',
  'en vente (?:a ma clinique|dans ma boutique|sur mon site)', 'ma boutique', 'offre (?:d\'une duree limitee|limitee)',
];

export const PRODUCT_CONTEXT_FR = [
  'supplements?', 'vitamines?', 'tisanes?', 'the (?:vert|noir|detox|minceur)', 'huiles?', 'huiles essentielles', 'capsules', 'pilules', 'poudre',
  'protocole', 'cure', 'traitement', 'therapie', 'remede', 'teinture', 'cbd', 'collagene', 'probiotiques?', 'immunite',
  'soluté', 'solute', 'perte de poids', 'douleurs?', 'produits? naturels?',
];

export const VACCINE_STANDALONE_FR = ['plandemie', 'vaccin tueur', 'injection de la mort'];
