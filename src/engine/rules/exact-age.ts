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
      // A kin word's age in brackets, like a patient's.
      'Our unit cared for three generations after the crash: a grandfather ([[71]]) in room 208 and his daughter ([[44]]) in room 210.',
      // A child's one-digit age after the name; a life told as a list, ending on the age now.
      'Our NICU grad came back to visit. Today little Noor is [[5]], loves dinosaurs and wants to be a surgeon.',
      'Mr. Dube told me his whole story on nights: fished out of Canso for 40 years, [[79]] now.',
      // An age opening a telegraphic line, then a place between commas; a trade "à vélo".
      'Pulled a splinter out of a palm tonight. [[8]], Gimli, first time at the woodpile with his grandpa.',
      'Ce matin, un livreur à vélo de [[31 ans]] contre une auto dans Limoilou. Casque fendu.',
      // A trade with its complement, or a role, before "de N ans".
      'Vu en clinique ce matin une guide de chasse de [[44 ans]], fiévreuse depuis une semaine.',
      'Hier soir un arbitre de [[57 ans]] a fait un malaise à l\'aréna.',
      'M. Caron a reçu un nouveau cœur en 2024. Dimanche, à [[58 ans]], cet ancien pompier a couru son premier demi-marathon',
      // An age between commas with the person told after it; a trade before it, whatever advice words follow.
      'Hit-and-run in Parkdale, came in 2am Sunday, [[24]], bike courier',
      'Worked with a "retired" carpenter, [[82]], this week who built his own grab bars before I could even recommend them',
      'Flew a [[6 wk old]] from Rankin Inlet to Winnipeg today with RSV in a King Air',
      'Our [[3-month]] baby in bed 4 is finally feeding well',
      'Triage: [[M80]]. Fall at home, hip pain.',
      'Mon [[88 ans]] du bed 6 m\'a dit que j\'étais la plus belle infirmière de l\'hôpital',
      'Harjit, [[58]], a school bus driver from Surrey, had a stroke at the wheel with 22 kids on board',
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
      'Our patient Dave, [[58]], a retired porter, came in with chest pain',
      'We saw a [[67-year-old]] last night with flash pulmonary edema. What would you do first with no BiPAP on the truck?',
      'To my classmates doing the case study: the pt is [[71]], chart 55-2014, admitted Nov 2. Stop posting the chart!',
      // An age said alone once the story has set the person up.
      'The little guy from Fort Chipewyan we flew out on Sunday is eating again. [[Six]]. He wants his dog.',
      'She fell off the hay wagon on Tuesday and drove herself in. [[Seventy-three]]. Unreal.',
      'Le petit gars de Matagami qu\'on a intubé samedi respire tout seul. [[Trois ans]]. Sa mère pleure de joie.',
      '[[Five]]. [[Five years old]], and he told the paramedics exactly which pills he swallowed on Saturday.',
      'He finally walked the hall after his hip surgery this morning. [[67]]. Stubborn as a mule.',
      // A name's age in brackets, a birthday wished on rounds, "a N ans pis", "à N ans, ... cette".
      'Doris ([[84]]) beat me at cribbage again. Her discharge is Friday.',
      'Wished Mr. Singh a happy [[80th]] on rounds and he asked for cake for the whole unit.',
      'Mme Cormier a [[84 ans]] pis a m\'a demandé si j\'étais mariée, trois fois pendant sa prise de sang.',
      'Son histoire : à [[22 ans]], en juin 2023, cette apprentie menuisière a reçu un rein.',
      'Last night we flew out a [[57-year-old]] volunteer at the ski hill with a broken femur',
      'We saw a [[52-year-old]] last night who had watched every episode of ER and knew his own rhythm',
      'Harold Smith, [[81]], came in by ambulance after a fall at home',
      'Both admitted this week. Vera Kowalski is [[79]] and sharp as a tack',
      'Jean Tremblay is [[84]]. He came in last night with chest pain and went straight to the cath lab',
      'My patient died at [[67]], far too young, after a long fight',
      'Toddler, [[19 months]], swallowed a button battery in the ER waiting room',
      'My patient is only [[nineteen]] and already on dialysis',
      'Mrs. K ([[88]]) fell in the bathroom overnight',
      'Je cherche Steve, [[41 ans]], qu\'on suit au CLSC pour son pansement',
      'Visite à domicile : une dame de [[84 ans]] que je suis depuis l\'automne est tombée',
      'Mon pt de [[88 ans]] m\'a raconté toute sa carrière cette nuit à l\'urgence',
      'Called to the arena last night for a [[12-year-old]] goalie who took a puck to the throat',
      'On a reçu une dame de [[soixante-dix-huit ans]], agricultrice, après une chute à la ferme',
      'Intubé un [[H 34]] ce soir, tombé d\'un toit',
      'Un couple de Sept-Îles, [[87]] et [[89 ans]], arrivé en ambulance avec des maux de tête',
      'A [[46-year-old]] school bus driver arrived at our ED with stroke symptoms',
      'A [[30-year-old]] nurse came in to our ED with chest pain after a night shift',
      'Our [[6-year-old]] patient in bed 3 finally ate his breakfast',
      'Meet Raj, [[8]], who spent his birthday in our dialysis unit',
      // Told through a pronoun, a trade before "de N ans", a trade after the age, a shift's possessive.
      'Our patient with the hip fracture went home today. She turned [[84]] in there and the nurses sang',
      'Un bûcheron de [[47 ans]] de Kapuskasing, la jambe coupée par sa scie, est arrivé ce matin',
      'Un pêcheur de [[38 ans]] s\'est fait prendre la main dans le treuil hier soir',
      'Tonight\'s [[52-year-old]] mechanic from Kenora with the crushed thumb went to Winnipeg by air',
      'Today on the ward I got a bear hug from a [[61-year-old]]. She had just learned her scan was clear.',
      // A trade with its complement before the age.
      'Mardi soir, une gardienne de sécurité de [[63 ans]] a glissé sur la glace du stationnement',
      'Réanimé un joueur de hockey de [[16 ans]] sur la glace de l\'aréna samedi',
      // The patient noun after the age; a former office is a past trade, not news.
      'My [[88 yr old]] COPD pt asked me to call her son again today',
      'Jean Tremblay came in last night after a fall, he was [[84]] and lived alone',
      'Le monsieur de la chambre 214, [[87 ans]], ancien maire du village, nous a chanté une chanson ce matin',
      // The age then what the person still is; spelled out between commas; beside a place in brackets; chart shorthand.
      'Mr. Doiron finally walked the whole hall with his walker this morning. [[84]] and unstoppable.',
      'Rounding on little Theo this morning and he handed me a drawing of my stethoscope. [[5]] and already an artist.',
      'Mme Fortin a marché tout le corridor ce matin avec sa marchette. [[83 ans]] et pas une plainte.',
      'Samuel, [[seven]], from Peguis, came to our ER with a broken wrist',
      'Today Mila ([[8]], Norway House) rang the end-of-chemo bell',
      '[[2y4m]] with croup, third visit this week',
      'The tiniest [[3/52]] baby in our NICU went home today',
      '[[H 68]] de Limoilou arrivé pour une douleur thoracique. STEMI.',
      // "Mont-Royal" is a neighbourhood, not the news.
      'A [[47-year-old]] tattoo artist from Plateau-Mont-Royal came in with an infected tattoo last week',
      // A French person noun in the plural or of speech, an infant and their town, an age opening a line beside a trade, a bed that "a N mois".
      'Cette nuit, un bambin de [[18 mois]] de Matane est arrivé à l\'urgence après avoir avalé une pile bouton',
      'Samedi, une de nos résidentes de [[86 ans]] a gagné le tournoi de cribbage de l\'étage',
      // A plural patient noun as the subject of a told age.
      'Two of our patients turned [[80]] today on the ward, and the kitchen made one cake for both.',
      // A relative's first name, the age closing the sentence.
      'Brought in after the crash: Mr. Okafor, [[66]], and his granddaughter Amara, [[7]]. Both stable.',
      '[[66 ans]], camionneur retraité de Rimouski, arrivé samedi avec une douleur thoracique.',
      'Lit 8 a [[3 mois]] pis une bronchiolite, sa mère dort sur la chaise',
      // Died at an age, told in a patient's story over several sentences.
      'Mr. Tanaka taught me to fold cranes during his dialysis. He died on Sunday, at [[84]], with his daughter beside him.',
      // A chart's sex and age in brackets or opening a line; a baby's age told with a verb; an age opening a line on the person.
      'Rash on both palms at clinic today ([[F, 58]]), no new meds. Secondary syphilis?',
      'Overnight: [[72 M]] retired welder from Sudbury with a GI bleed',
      'Le bébé de la chambre 3 a [[5 jours]] pis il boit comme un champion',
      'The twins in our NICU are [[6 weeks]] and finally off CPAP',
      // A nursery's telegraphic line; someone on their way home.
      'NICU bed 2: [[9 days]], jaundice, under the lights since noon',
      // An age alone after a bed's story; a count said after it is of something else.
      'Cubicle 4 has waited two days for a CT slot. [[81]]. Two days.',
      'Big hug at the door from a [[7-year-old]] heading home after her cast came off',
      // Ages said as a list: one unit for all, a couple or siblings, brackets alike.
      'Deux frères de Matane, [[8]] et [[11 ans]], sont arrivés en motoneige avec des engelures aux pieds.',
      'A couple from Souris, [[78]] and [[81]], both came in after the furnace leaked overnight.',
      'Same driveway, same ice: the grandfather ([[77]]), his daughter ([[52]]) and her boy ([[10]]).',
      // A first name and its age between commas, or a first name opening its sentence with its age.
      'Élodie, [[5 ans]], a choisi un pansement mauve pour sa prise de sang.',
      'Tobias is [[12]] and has decided our IV pole is his skateboard.',
      // A telegraphic line's age after its colon, words about the person after it.
      'Night shift, bay 6 at 0230: [[67]], found on the kitchen floor by his neighbour.',
      "Cette nuit : [[29 ans]], de Val-d'Or, chute de vélo sur la glace.",
      // An age between commas, then the person's town between commas: a telegraphic line.
      'Veille de Noël, [[6 ans]], Chicoutimi, tombée de la galerie en allant voir le père Noël.',
      // An age said as a hashtag, in a post that tells of care.
      'Discharged from our NICU after 98 days, wearing a onesie bigger than her. #[[4monthsold]]',
      'Ended my shift with a hug from a patient. 81, born on a ship, raised nine kids, told me to go home and sleep.'.replace('81', '[[81]]'),
    ],
    pass: [
      // After a colon, a list, a street number, the author's own age; a pet or a colleague by first name; the author's own "À 45 ans.".
      'Guesses at the station: 35, 42, 50 and 61.',
      'Clinique de Rimouski : 150, avenue Rouleau, porte 2.',
      'Marathon update: 42, and my knees hate me.',
      'Longest-serving porter on 4 West: 68, still beats us all up the stairs.',
      'Winston is 14 and still steals muffins from our break room, best unit cat ever.',
      'Notre collègue Annie, 52 ans, court son premier marathon dimanche.',
      "J'ai recommencé à courir cette année. À 45 ans. Jamais trop tard.",
      // An emergency department's birthday; the age of the evidence.
      'Our A&E in Leeds turns 50 this month and now sees 300 patients a day.',
      'The evidence behind this protocol is 15 years old and our patients deserve better.',
      // "N-year-old me at...": the author then and now.
      '22yo me at my first code vs 40yo me now: same shaking hands.',
      // A threshold written with a sign; a hashtag that repeats an institution's years.
      'Ondansetron ODT is fine in our ED for kids >2 y/o; below that, call pharmacy.',
      'Notre clinique fête ses 50 ans cette année, merci à toutes! #50ans',
      // An institution's birthday: the CLSC, the unit, the team are the subject of the age.
      // An institution named at length or by its own hyphenated name; its years of history.
      "L'unité de soins intensifs de Trois-Rivières fête ses 40 ans samedi, anciennes collègues bienvenues.",
      'Le pavillon Saint-Joseph a 60 ans cette année! Venez voir les photos au hall.',
      "Notre résidence souligne ses 45 ans d'histoire avec un souper au sous-sol.",
      // Statistics: a decimal age, a mean stay, a target after a median.
      'Âge moyen des patients en réadaptation cette année : 71,4 ans. On vieillit.',
      'La durée moyenne de séjour est maintenant de 14 mois dans nos deux étages.',
      'Our median door-to-needle time was 38 minutes last quarter. Target is 30.',
      // The author's parent told by a pronoun a sentence or two on; a class of patients.
      "Mon père a eu sa hanche mardi. Désolée pour le silence. Il a 81 ans pis il veut déjà marcher.",
      "Dans dix ans, qui va soigner nos patientes de 95 ans? Parlons relève.",
      // A statistic's age; a building's; "qui a" after no patient.
      'The median age of our ICU admissions was 67 this year, two years older than in 2019.',
      "L'édifice a 107 ans en octobre; visite guidée gratuite pour tous.",
      'Mon chum, qui a 45 ans, a couru son premier marathon dimanche.',
      // The author's own candles.
      "J'ai soufflé mes 40 bougies hier sur mon quart de nuit à l'urgence.",
      // The author's own child, by name, the age closing the sentence.
      'My son Liam, 9. Best helper at our unit bake sale, again.',
      'Notre CLSC, qui a eu 40 ans mardi, invite la population à un café au salon du rez-de-chaussée',
      'Our ICU at the General turns 35 this week and we found the original 1991 staff photo',
      // A composite is nobody: its age is no one's.
      'Teaching story, a composite: a 58-year-old fishing boat captain from Lunenburg comes in with chest pain.',
      // A number in brackets after a lower-case word is a count or a wait, not a name's age.
      'CTAS in one line: 3 urgent (30), 4 less urgent (60), 5 non-urgent (120).',
      'Flu clinic tally on the unit: staff (30), residents (112), visitors who asked (4).',
      // A statistic's age, one word after the average: "median patient age", "mean maternal age".
      'Across 3,000 calls last year, median patient age 61 and 58% male.',
      'We were at 12 admissions by noon, 14 now.',
      'Magnesium is 1, replace it per protocol in the ICU.',
      'Two, maybe three, patients asked about it tonight.',
      'We had a busy night. 3, Main St, the usual crowd.',
      // A diagnosis code's letter and digits before its decimals ("M80.031A", "F32.1") are no sex and age.
      'Coding q: a fragility fracture of the radius as S52.501A plus M80.031A, or just the S code?',
      'Billing reminder: F32.1 needs the severity documented in the note',
      // A span made a modifier qualifies the noun after it, not a person.
      '1,214 pts across 14 sites, 30-day delirium 11.2% vs 15.8%.',
      'Pt on a 7-day course of amoxicillin, 3-month follow-up booked',
      'Our 90-day readmission rate for pts over 80 dropped again',
      'Dimanche, à 18 h, venez célébrer avec nous les 40 ans de la clinique',
      'Journées annuelles de santé publique, 24 et 25 novembre 2026, Centre des congrès de Québec',
      'Mon père a eu 88 ans dimanche, toute la famille était là',
      'Our King Air turned 40 this year and still flies every medevac',
      "Elle a fait une carrière d'infirmière de 30 ans avant de prendre sa retraite",
      'Notre gala aura lieu au Château Frontenac, 1, rue des Carrières, à Québec',
      'The patient died on the unit at 3 in the morning',
      'Happy 40th birthday to Sarah, best charge nurse on the unit!',
      'On a fêté les 25 ans de l\'unité hier avec un gâteau',
      // The author's relative, carried past the sentence that names them; a teaching case.
      'Mon père a fait un AVC dimanche à Rimouski. 74 ans. Il récupère bien, merci pour vos messages.',
      'Last night my husband cut his hand on the table saw. 44 years old and still no guard on that thing.',
      "Case of the week: a 67-year-old man presents with crushing chest pain. What's your next step?",
      'Exemple de cas : une femme de 45 ans consulte pour une douleur abdominale. Quel est votre diagnostic?',
      'Un mariage de 60 ans, et il lui a tenu la main jusqu\'au bout',
      'Screening is recommended for adults 18-65',
      'Everyone over 65 should get the RSV vaccine this fall',
      'I turned 40 last week and my knees know it',
      'Kids under 5 should not have whole grapes',
      'Les enfants de 6 à 11 ans peuvent recevoir le vaccin',
      'J\'ai 34 ans d\'expérience en soins infirmiers',
      'Our 50-year-old hospital is getting a new wing',
      'Our 30-year-old CT scanner finally died on Tuesday. RIP to a legend.',
      'Gordie Howe played pro hockey until he was 52. Legend.',
      'The 15-year-old pager system goes offline at midnight, finally',
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
      'Shoutout to Dave, 58, our porter, for carrying a tray of coffees through a code',
      'Our volunteer Jean, 72, knits hats for every baby born in our NICU',
      'Ginette, 64 ans, bénévole à l\'accueil depuis 30 ans, prend sa retraite vendredi',
      'Sarah, 34, from our comms team, ran the marathon for the hospital foundation',
      'Congrats to Jenna, 24, who passed her NCLEX on our unit!',
      'Our old cat Mortimer, 19, crossed the rainbow bridge on Sunday',
      'Notre chatte Pilule, 16 ans, a eu son détartrage chez le vétérinaire',
      'Biscotte, 14 ans, notre vieille chatte d\'unité, a encore volé un muffin',
      'Moose, 11, our clinic dog, had his teeth cleaned today',
      'A&E performance in England was 74.2% in October and the ward is full',
      // Television: its patients are characters.
      'Binge-watching Grey\'s again: the 52-year-old in bed 3 got a new heart in one episode',
      'Dans la série, le patient de 60 ans sort des soins intensifs le lendemain. Si seulement.',
      // Teaching cases put to the reader.
      'Case study for students: a 67-year-old man with CHF presents with dyspnea. What is your first action?',
      'NCLEX review: A 45-year-old client is admitted with DKA. Which order do you question?',
      'Étude de cas : une femme de 52 ans consulte pour une dyspnée. Quelle est votre première action?',
      // Numbers said alone that are not a patient's age: a count, an echoed duration, a list, the author.
      'She has been waiting for her knee surgery since last spring. 14. Months.',
      'How many codes tonight? Four. Four codes before midnight.',
      'Forty. I turned forty on nights and the unit got me a cake.',
      'Il est revenu nous voir trois semaines après sa sortie, avec des beignes pour le poste',
      'Happy 40th to my work wife Jen! Night shift cake at 2',
      'Sarah (34) from our team ran the marathon for the foundation',
      'À 40 ans, je suis retournée aux études en soins infirmiers.',
      'Happy 75th birthday to our hospital auxiliary, founded by nurses in 1951!',
      'A 5-year-old could chart better than this new EMR',
      'Our 75-year-old volunteer knits hats for the NICU every week',
      'My old preceptor Janet, 66, just finished her first marathon',
      'RIP to our beloved charge nurse Linda, 61, who taught half this unit to start an IV',
      'Notre préposée de 61 ans court encore plus vite que nous',
      'Mon père s\'est mis au vélo. À 71 ans, il fait des triathlons.',
      'Our checklist for the ED:\n1. Wash your hands.\n2. Gloves on.',
      'She retired on Friday after 38 years on the unit. Thirty-eight. What a career.',
      'Four and a half hours in triage tonight. Patients, we see you.',
      'Ti-Jean a enfin eu son congé!! 5 mois chez nous.',
      'Discharged our longest stay today. 6 weeks with us and not one complaint.',
      'Our unit turned 40 this year. 40 and still the best team.',
      'My son turned 5 this week. 5 and already bossing everyone around.',
      'Priya, twenty-nine, our newest nurse, starts Monday.',
      'My daughter (6, Grade 1) lost her first tooth',
      'Presenting complaint: 6 months of back pain, worse at night',
      'Entre 87 et 89 ans, le risque de chute double',
      'Across the registry, the patient was 58 on average at diagnosis',
      'My sister is a marvel. She was 64 and still running marathons',
      'My marathon buddy has the resting heart rate of a 25-year-old.',
      'Our intake ticket #2231 is now three years old and nobody has touched it',
      'Exemple pour la formation sur la confidentialité : « Mme Roy, 84 ans, lit 12 » identifie la patiente',
      // A full name with no title and no care story: a public figure.
      'Willie Nelson turns 80 this year and still out-tours every nurse I know',
      'Willie Nelson is 88 and still out-tours every resident on the unit',
      'Ginette Reno a 78 ans et chante encore mieux que toute l\'équipe de nuit',
      'Guy Lafleur est mort à 70 ans d\'un cancer du poumon. On en parle encore dans nos ateliers.',
      'Our patient stories matter. Gordie Howe died at 88 and hockey still misses him.',
      // A pregnancy's term, a count explained, a stay: not an age.
      'She is 38 weeks and her pressure is up again, sending her to L&D',
      '12, that is how many admissions we had before midnight',
      'Fever: 3 days, no rash, eating and drinking well',
      'Beds 12, 24, 36 and 48 move to the new wing tonight',
      'He was 3 days in hospital and went home on Friday',
      // A family's profile for a gift drive, a count on a wait-list.
      'Our unit adopted a family for the holidays: two parents, three kids (ages 2, 5 and 9).',
      'Our patients: 45 and 60 percent were readmitted within a year.',
    ],
  },
});
