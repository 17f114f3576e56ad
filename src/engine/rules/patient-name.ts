import { defineRule } from '../define-rule.ts';
import { findNames } from '../context/names.ts';
import type { Span } from '../types.ts';

// A person's name in a care story: a patient ("Mr. Tremblay", "my patient Sarah"), a relative
// ("her husband John", "son fils Marc") or initials with a surname ("J. Tremblay"). Public
// figures in the news, the author's own sign-off, clinicians ("Dr. Roy"), eponyms
// ("Parkinson's", "Apgar") and drug names are not findings.
export default defineRule({
  id: 'patient-name',
  category: 'name',
  severity: 'high',
  languages: ['en', 'fr'],
  description: 'A patient\'s or relative\'s name: courtesy titles, patient and family cues, initials with a surname, names in a care story.',
  guidance: 'guidance_name',
  detect(_text, ctx) {
    const out: Span[] = [];
    for (const hit of findNames(ctx)) {
      out.push({
        start: hit.start,
        end: hit.end,
        confidence: hit.kind === 'surname' || hit.kind === 'given' ? 0.6 : 0.85,
        severity: hit.partial && hit.kind !== 'titled' ? 'medium' : undefined,
        reason: hit.kind,
      });
    }
    return out;
  },
  examples: {
    flag: [
      '[[Mr. Tremblay]] in bed 4 keeps asking for his wife',
      'My patient [[Sarah]] finally got her transplant today!',
      'Her husband [[John]] stayed all night at the bedside',
      'Pt [[J. Tremblay]] seen in clinic today for follow-up',
      '[[Mme Gagnon]] est arrivée hier soir à l\'urgence avec son fils [[Marc]]',
      'Patient [[John Smith]], 34M, came in with chest pain',
      'Had to tell [[Maria Lopez]]\'s family the news after she coded on my shift',
      '[[Mme L.]] (ch. 12) refuse ses médicaments depuis hier soir',
      'NOK for bed 4: [[Diane]] (daughter), please call her after rounds',
      'Pt [[Danny R.]] is back for the 5th time this month, same story',
      '[[mrs smith]] in bed 6 told me I look like her grandson',
      "Our sweet [[Mrs. O'Neill]] came back to clinic today with muffins",
      '[[Dorothy]], 88, finally agreed to move into long-term care',
      'Quelqu\'un a trouvé un portefeuille au nom de [[Gilles Bouchard]] à l\'urgence?',
      'Huge thank you to [[Jean]] and his family for letting us share his story of recovery',
      'Merci à [[Mme Tremblay]] et sa fille [[Julie]] pour les chocolats laissés au poste de l\'unité',
      'Thank you to [[Mr. Haddad]] and his wife for the card, he was our longest ICU stay this year',
      'Spoke with [[Tom]] (son) and [[Linda]] (wife) about goals of care for the gentleman in bed 12',
      '[[Lucie]] (fille) veut être appelée avant toute décision pour son père au lit 12',
      'rip [[walter]]. 40 years on dialysis and the funniest man on our unit',
      'Does anyone in the area know [[Gerald MacIsaac]]? He\'s 79 and missed his oncology appointments',
      'Handover: NPO after midnight for ERCP. Daughter [[Marie-Claude]] wants updates',
      'Just got "chart 448120 [[Okafor]] rm 6 K 6.1" on my personal phone, use the secure app',
      'Reçu ce matin « [[Tremblay, Jean]] — NAS 654 108 133 » d\'un partenaire du CLSC',
      'Ambulance to the same house again, third time this week. We all know [[Earl]] by now',
      'Rest easy, [[Tony]]. 30 years of dialysis and you never complained',
      '[[Edna]]\'s daughter called the desk three times last night asking about her mom\'s pain',
      'Merci à la famille [[Bouchard]] pour les fleurs, votre père était un patient adorable',
      'Please keep [[Jerome]] in your thoughts, he\'s going into his third surgery this week',
      'Little [[Xiomara]] rang the bell today after 2 years of chemo!',
      'We lost [[Oluwaseun]] last night on the unit. He was 19',
      'Pt [[Tran]] refused his meds again this morning',
      'J\'ai passé la nuit à l\'urgence avec [[madame Gagnon]] qui avait peur de mourir seule',
      'His wife of 60 years, [[Dolores]], never left his side in the ICU',
      'Notre patient [[Gaétan]] a enfin pu retourner chez lui après sa chirurgie',
      '[[Marguerite]] (92 ans) nous a encore fait rire ce matin pendant sa toilette à l\'étage',
      'Pt [[Glen Fraser]] had his stent placed this morning and is already asking for coffee',
      '[[Mrs. Kaur]] on 6 North keeps asking for her daughter after every dose',
    ],
    pass: [
      'Parkinson\'s and Crohn\'s disease are both named after physicians',
      'Apgar 9 and 9, baby and mom doing well',
      'Started on Ozempic and Jardiance last month',
      'Prime Minister Trudeau announced new health funding today',
      'Great talk by Dr. Anthony Fauci at the conference',
      'Patient Safety Week starts Monday!\n- Sarah Chen, RN',
      'E. coli and S. aureus were both in the culture',
      'La maladie de Parkinson touche plus de 100 000 Canadiens',
      'Thanks to Sarah K. for organising the unit potluck!',
      'Shoutout to Jenna M. on 4 West for precepting our new grads',
      'Dr. Amy T. will present grand rounds on Friday',
      'Thank you Dr. Patel and Jenna for the teaching session on anticoagulants',
      'Merci à Julie et Marc de l\'équipe de nuit pour leur aide avec les patients hier',
      'Thanks to Sarah and her family for hosting the unit barbecue, the nurses loved it',
      'Thank you Kevin from pharmacy for catching that heparin dose on rounds',
      'rip to my old stethoscope, it died on nights after 12 years on the unit',
      'Box 3 of the donated scrubs is in the nurses\' lounge, size S and M. Help yourselves',
      'I met Justin Trudeau at the hospital fundraiser, he was lovely to the nurses',
      'Resus bay 2 is being cleaned, use the ICU overflow for now',
      'Thanks, Sarah, for covering my shift on the unit last night',
      'Scénario de simulation pour demain : « M. Tremblay, 67 ans, se présente pour une douleur thoracique »',
      'Teaching scenario for the sim lab: "Mrs. Patel, 54, presents with chest pain"',
      'Rest easy, Gary. Best paramedic partner I ever had in 20 years on the trucks',
      'Happy birthday, Sarah! Best charge nurse on the unit',
      'Baby Boomers are filling our ERs and the system isn\'t ready',
      'Little Mosque on the Prairie was my favourite show; now I\'m an ICU nurse',
      'Named Employee of the Month on 6 West, so proud of the ICU team!',
      'Bonjour madame la ministre, nos urgences débordent encore ce soir',
      'Gala de l\'unité coronarienne au Château Frontenac, 1, rue des Carrières, Québec',
      'mr clean is the best thing for the ICU floors lol',
    ],
  },
});
