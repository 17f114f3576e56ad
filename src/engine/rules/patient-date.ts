import { defineRule } from '../define-rule.ts';
import { dateTie, findDates, suggestDate } from '../context/dates.ts';
import type { Span } from '../types.ts';

// HIPAA Safe Harbor (C): every element of a date tied to an individual except the year.
// A date of birth is a direct identifier (high); admission, visit, surgery or death dates
// are quasi-identifiers (medium). Conference dates and deadlines are not findings at all:
// an "info" note on every event date would teach people to ignore the panel.
// Relative time frames ("last night", "hier soir") are not dates; the case rule weighs them.
export default defineRule({
  id: 'patient-date',
  category: 'date',
  severity: 'medium',
  languages: ['en', 'fr'],
  description: 'A day-and-month date tied to a patient: birth, admission, discharge, visit, surgery or death.',
  guidance: 'guidance_date',
  detect(_text, ctx) {
    const out: Span[] = [];
    for (const hit of findDates(ctx)) {
      const tie = dateTie(ctx, hit);
      if (!tie) continue;
      out.push({
        start: hit.start,
        end: hit.end,
        confidence: tie === 'birth' ? 0.9 : 0.7,
        severity: tie === 'birth' ? 'high' : undefined,
        reason: tie === 'birth' ? 'birth-date' : 'care-date',
        suggestions: suggestDate(hit, tie, ctx.langAt(hit.start)),
      });
    }
    return out;
  },
  examples: {
    flag: [
      'DOB [[1957-03-14]], allergic to penicillin',
      'My patient was born in Moose Jaw on a cold [[Feb 2, 1931]], and still lives alone',
      'She was born [[on March 3rd, 1931]] and still lives alone',
      'Admitted [[on 12/03/2024]] with a hip fracture, discharged [[March 19]]',
      'Née [[le 12 mars 1931]], elle vit encore seule',
      'Mon patient est décédé [[le 4 novembre]] entouré de sa famille',
      'Pt seen [[Oct. 2]] in clinic, biopsy booked',
      'My patient was born in [[March 1948]] and still walks 5 km a day',
      'Mme Roy, née en [[avril 1939]], a fêté ses 85 ans à l\'étage',
      'Pt has been waiting since [[August 2025]] for her knee replacement',
      'Operated [[on 11/14]], the patient is walking already',
      'His last chemo was [[on 5 November]] and he rang the bell',
      'Elle est arrivée chez nous [[le 2 févr.]] avec une pneumonie',
      'He had his CABG [[Feb 2]] and was back on the golf course by Easter, cardiac rehab works',
      'Elle est là depuis [[le 12 janvier]], toujours pas de place en CHSLD',
      'Back in [[January 2024]] she couldn\'t walk to the bathroom; today she did the 5k',
      'Date of admission: [[12-Nov-2025]], still on the ward',
      'Pt seen [[on 3.11]] for follow-up of her cellulitis',
      // Named days and days alone, tied by the care event beside them.
      'She was admitted [[on Christmas Eve]] with a GI bleed and went home yesterday',
      'Le patient est décédé [[le jour de l\'An]], entouré de sa famille',
      'Mme Roy est arrivée à l\'urgence [[la veille de Noël]], confuse et déshydratée',
      'Pt was admitted [[Tuesday the 14th]] and is still on the ward',
      'Elle est arrivée [[le 3]] avec une pneumonie',
      'He was discharged [[on the 21st]] and readmitted two days later',
      'He had his stroke [[on 11/3]] and is in rehab now',
      'Mrs. Singh turned 100 [[on March 2]] and we had cake on the unit',
      'We lost a patient [[on Boxing Day]]. No family, I held her hand.',
      'Last [[Fourth of July]] we had a 24-year-old man lose three fingers to a mortar',
      '[[À Pâques]], on a reçu une dame de 78 ans à l\'urgence',
      '[[On the 14th]], our cath lab team treated a 38-year-old marathoner',
      'He is 95, from Bouctouche, and was admitted [[on December 14]]',
      '[[Feb 2019]], 34F, HELLP at 31 weeks, medevac to the city',
      'Kaitlyn and Josh welcomed Olivia at 12:04 a.m. [[on January 1]], weighing 7 lb',
      '[[La St-Valentin]] à l\'urgence : un couple, 87 et 89 ans, arrivé en ambulance',
      'Mr. Haldane has been in hospital since the [[4th]] and would love a visit from his dog',
      'Mme Bérubé est hospitalisée depuis [[le 9]] pour une pneumonie et s\'ennuie de son chat',
      'She was one of 40 patients we saw [[on March 3]], and the only one who sent a card',
      'Mr. Dubé died [[on March 3]], World Kidney Day, after 20 years on dialysis',
      // A date said alone, then whose it is; a lesson dated from its case.
      '[[June 14, 1929]]. She told the whole unit her birthday again tonight, and we sang.',
      '[[Oct. 2]], 0340. Thirty weeks, 1.2 kg. Today he went home with his parents.',
      'A lesson from [[March 9]]: a 44-year-old roofer came in with \"just a sore back\" and had a dissection.',
      // Days and months by slashes in a care story: a list, a care place, "on" in a patient's sentence.
      'Saw the same toddler [[on 04/10]], [[12/10]] and [[2/11]] for the same cough. Pneumonia.',
      'F/80 back in the ER [[3/12]] with the same chest pain',
      'A 58-year-old roofer sent home with a "muscle strain" [[on 9/14]], came back with a dissection',
      '[[La veille du jour de l\'An]], un homme de 66 ans est arrivé en ambulance, la route étant fermée',
    ],
    pass: [
      'I was born in Moose Jaw on a snowy Feb 2 and have been cold ever since',
      'Join us at the conference on March 3rd, 2025 in Toronto',
      'Abstract deadline: 2025-01-15',
      'Le colloque aura lieu le 12 mars 2025 à Québec',
      'Saw a patient last night with the worst migraine of her life',
      'I was born in 1985 and became a nurse in 2010',
      'Born on March 3, 1990, I am officially the oldest nurse on nights now',
      // Meetings, outages, awareness days and a day's tally are nobody's date.
      'Our patient and family council meets on April 7 in the cafeteria',
      'March 3, 2026. She started her first night shift as an RN and I could not be prouder.',
      'Dec 1, 2025. He started on our unit today, welcome Jake!',
      'Our patient satisfaction survey closes Nov 30, have your say',
      'Since March 2020 we have intubated more people than I can count',
      'Mom passed on May 3, 2019. Today I held a patient\'s hand the way a nurse held hers.',
      'The unit flooded on July 8 and we moved every patient in an hour',
      'Patients admitted before Jan 1 keep the old menu',
      'Vaccine clinic from March 3 to March 7, patients welcome',
      'The patient portal will be down for maintenance on Jan 12',
      'Mark your calendar: Nov 14 is World Diabetes Day, patients welcome at our booth',
      'Le 3 mars, on a vu 52 patients à l\'urgence. Record battu.',
      'Seen in clinic on Nov 3: a lot of RSV. Wash your hands.',
      'Née le 3 mars 1990, je suis officiellement la doyenne de l\'équipe de nuit',
      'You may 3 times a day take it with food',
      'Version 2.1.24 of the app is out',
      'Since March 2020 our clinic has offered virtual visits to everyone',
      'I was born in June 1985 and I still can\'t believe I\'m a nurse manager',
      'Depuis janvier 2025, la clinique offre la vaccination sans rendez-vous',
      'In March 2020 we all learned what PPE meant on this unit',
      'Our CEO announced his retirement on March 3 after 30 years at the hospital',
      'Le congrès des infirmières aura lieu du 3 au 5 mars à Québec',
      'The potassium was 3.11 on the repeat, nothing to worry about',
      'J\'ai eu 45 ans le 2 décembre et mon cadeau, c\'est une fin de semaine sans garde',
      'Join us on Christmas Eve for the staff party in the cafeteria',
      'We saw 40 patients in the ER on Boxing Day, the busiest shift of the year',
      'Working Christmas Day again, merry Christmas to every patient on our unit',
      'Registration closes on the 3rd; abstracts due Nov. 3rd',
      'Le congrès a lieu le mardi 4 à Québec',
      'My daughter turned 5 on March 2 and I missed it for a night shift',
      'Le bureau sera fermé le jour de l\'An et la veille de Noël',
      'Ma fille a eu 5 ans aujourd\'hui. Née le 5 décembre 2021 à 3 h du matin, en pleine tempête.',
      'Portes ouvertes à la Résidence Les Jardins, le samedi 14 mars de 13 h à 16 h. Visite des appartements.',
      'Visiting hours change from March 3 for every patient on the unit',
      'He is 70, on 1/2 tab of metoprolol, and rates his pain on 3/10 now',
      'Our 24-year-old was on 24/7 obs, then stepped down',
      'She is 81, BP on 120/80 and pain 2/10 at rest',
    ],
  },
});
