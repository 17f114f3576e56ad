import { defineRule } from '../define-rule.ts';
import { findAges, isPatientAge, suggestAge } from '../context/ages.ts';
import type { Span } from '../types.ts';

// An exact age is a quasi-identifier: with a sex, a town or a time frame it narrows a story
// down to one person (Sweeney 2000). Ranges, thresholds and the author's own age are left
// alone; the case rule weighs the age together with the rest.
export default defineRule({
  id: 'exact-age',
  category: 'age',
  severity: 'medium',
  languages: ['en', 'fr'],
  description: 'The exact age of a patient ("34-year-old", "34M", "F/34", "âgée de 34 ans"); suggests the decade.',
  guidance: 'guidance_age',
  detect(_text, ctx) {
    const out: Span[] = [];
    for (const hit of findAges(ctx)) {
      if (hit.value > 89 || !isPatientAge(ctx, hit)) continue;
      out.push({ start: hit.start, end: hit.end, confidence: hit.shorthand ? 0.8 : 0.7, reason: 'exact-age', suggestions: suggestAge(hit, ctx.langAt(hit.start)) });
    }
    return out;
  },
  examples: {
    flag: [
      'The [[34-year-old]] teacher we saw last night in our ER is doing better',
      '[[67M]] brought in by EMS after a fall, GCS 14',
      'Triage: [[F/34]], abdo pain x 2 days',
      'Pt is a [[45 y/o]] with new onset seizures',
      'Patiente [[âgée de 34 ans]] admise à l\'unité hier',
      'Un homme de [[58 ans]] est arrivé à l\'urgence cette nuit',
      'I saw a [[34-year-old]] man last night with chest pain',
      'The [[six-year-old]] who swallowed a magnet is going home today',
      'Un garçon de [[sept ans]] est arrivé cette nuit avec une fracture',
      'My patient ([[41]]) finally got her transplant call today',
      'Our patient died [[at the age of 67]] surrounded by family',
      'Triage: [[F, 34]], abdo pain since this morning',
      '[[34yoF]] with RUQ pain, Murphy\'s positive',
      // An age in apposition to a trade or a person, with no care word needed.
      'Farmer, [[58]], arm caught in a grain auger outside Swift Current',
      '[[71]], retired pilot, crashed his ultralight into a canola field',
      'Pt [[67 m]], ex-miner, foot crushed under his own quad',
      'Triage: [[F 34]], 28 weeks, abdo pain',
      '[[H 67]], ancien mineur, pied écrasé sous son VTT',
      'Le [[70 ans]] du lit 4 veut qu\'on appelle sa blonde',
      'Chair 14 is [[29]], second trimester, first trip to the ER',
      // Infant shorthand, a name and an age, an age closing what someone still does.
      'Paeds pals: [[2/12 old]], projectile vomiting, hungry after feeds',
      'Both admitted this week. Harold is [[81]] and Vera is [[79]].',
      'She is only [[34]] and has stage 4 colon cancer',
      'The dad ([[41]]) was the driver',
      'Lady, [[eighty-two]], came in after a fall',
      'At [[88]] he still cuts his own wood, so the hip fracture surprised him',
      'My patient still drives herself to every appointment at [[86]].',
      'Rancher from out past Maple Creek, [[71]], kicked by a cow on Thursday',
      '[[M45]] with chest pain in bay 3',
      'Femme [[82 ans]], chute, fracture de la hanche',
      'Pt [[45]], male, chest pain',
      '[[45 y old]] female with sepsis',
      'Il a eu [[80 ans]] hier, à l\'hôpital',
      'Monsieur [[74 ans]], AVC, thrombolysé',
      // Ages told in a phrase rather than a form.
      'We saw a man of [[58]] with a STEMI this morning',
      'Gord, [[67]], came in to our ER with a crushed hand',
      'My patient died at [[67]], far too young, after a long fight',
      'Toddler, [[19 months]], swallowed a button battery in the ER waiting room',
      'My patient is only [[nineteen]] and already on dialysis',
      'Mrs. K ([[88]]) fell in the bathroom overnight',
    ],
    pass: [
      'Screening is recommended for adults 18-65',
      'Everyone over 65 should get the RSV vaccine this fall',
      'I turned 40 last week and my knees know it',
      'Kids under 5 should not have whole grapes',
      'Les enfants de 6 à 11 ans peuvent recevoir le vaccin',
      'J\'ai 34 ans d\'expérience en soins infirmiers',
      'Our 50-year-old hospital is getting a new wing',
      'I was 31, had a 2-year-old at home, and thought my life was over',
      'At 65, you should ask your doctor about the shingles vaccine',
      'Quand j\'avais 16 ans, je voulais devenir vétérinaire',
      'Survey respondents by sex: F, 54, M, 46, other, 3',
      'My dad, 71, got his snowblower stuck in the ditch again',
      'Seat F 34, gate 12, on my way to the conference',
      '12, that is how many admissions we had tonight',
      'Le 70 ans de l\'hôpital sera souligné en mai',
      'Our oldest nurse is 71 and still runs circles around the new grads',
      'Sodium is 131 and Glucose was 81 this morning',
      'The deadline is 3/12 for abstracts',
      'I was 40 when I started nursing and I still love nights at 52.',
      'Bonne retraite à Ginette, 35 ans à l\'urgence de Rimouski!',
      'Took the M25 to the hospital, traffic was awful',
      'Homme 45 ans de carrière en chirurgie, bravo Dr Roy!',
      'À 65 ans, vous devriez demander le vaccin contre le zona',
      'J\'ai eu 40 ans hier, à l\'hôpital en plus',
      'Mean age 58 (SD 12), 54% female',
      'I have a 3-year-old at home and a husband on nights too',
      'Terry Fox died at 22 and his run still raises millions for cancer patients',
      'Dad died at 58 of a heart attack he ignored; patients, please don\'t ignore chest pain',
      'Meet Priya, 29, our newest nurse on the unit',
      'Sarah, 34, from our comms team, ran the marathon for the hospital foundation',
      'Congrats to Jenna, 24, who passed her NCLEX on our unit!',
    ],
  },
});
