import { defineRule } from '../define-rule.ts';
import { bigWithAge, findPlaces, isKnownTown, isPatientPlace, pastSetting, storyPlaces } from '../context/places.ts';
import { caseStories } from './case-description.ts';
import { findAges } from '../context/ages.ts';
import { placeSuggestions } from '../redact.ts';
import { anywhere, sentenceIndex } from '../pipeline/signals.ts';
import type { Span } from '../types.ts';

// A town, a school or a workplace tied to a patient (HIPAA: any place smaller than a state;
// CPSO: area of residence). "A farmer from Smiths Falls" identifies someone to the whole
// town; a metropolis of a million narrows little on its own, so it is only noted (info)
// and left to the case rule to weigh with the other details, unless the patient's exact age
// sits beside it ("a 28yo from Leeds"): then it is worth a look (low).
export default defineRule({
  id: 'patient-place',
  category: 'location',
  severity: 'medium',
  languages: ['en', 'fr'],
  description: 'A town, school or workplace tied to a patient ("a farmer from Smiths Falls", "vit à Rimouski").',
  guidance: 'guidance_location',
  detect(_text, ctx) {
    const out: Span[] = [];
    // Every way isPatientPlace says yes needs one of these cues, or an age, somewhere in the post.
    // ("unit": a neighbour's "she's on our unit" ties a town to a patient by a pronoun.)
    // (A third person's home told as such, "she lives out past Vulcan", needs none of them.)
    if (!anywhere(ctx, 'patient', 'encounter', 'title', 'clinical', 'timeFrame', 'event', 'unit') && findAges(ctx).length === 0 && !findPlaces(ctx).some((h) => h.home)) return out;
    for (const hit of findPlaces(ctx)) {
      if (hit.kind === 'address' || hit.kind === 'street') continue;
      if (!isPatientPlace(ctx, hit)) continue;
      const narrowed = bigWithAge(ctx, hit);
      const known = isKnownTown(ctx, hit);
      out.push({
        start: hit.start,
        end: hit.end,
        // A town the gazetteer knows outweighs the same word read as a name ("past Neepawa").
        confidence: hit.big ? (narrowed ? 0.5 : 0.4) : known ? 0.8 : 0.7,
        severity: hit.big ? (narrowed ? 'low' : 'info') : undefined,
        // The merge reads 'known-town': a word the gazetteer knows, after a place cue, is a place where a name rule read a person.
        reason: known ? 'known-town' : hit.kind,
        suggestions: placeSuggestions(ctx.langAt(hit.start)),
      });
    }
    // A town inside a told story is that person's, cue or not; a metropolis is narrowed by the
    // story's other details ("a 28yo from Leeds"), so it is worth a look.
    for (const story of caseStories(ctx)) {
      for (const hit of storyPlaces(ctx, story.start, story.end)) {
        if (out.some((o) => hit.start < o.end && o.start < hit.end)) continue;
        if (pastSetting(ctx, sentenceIndex(ctx, hit.start))) continue;
        out.push({
          start: hit.start,
          end: hit.end,
          confidence: hit.big ? 0.5 : 0.6,
          severity: hit.big ? 'low' : undefined,
          reason: 'story',
          suggestions: placeSuggestions(ctx.langAt(hit.start)),
        });
      }
    }
    return out;
  },
  examples: {
    flag: [
      'Bed 12 wants to go home to [[Dryden]] at 4am.',
      'To Mrs. Kowal and family: your husband was one of the kindest men we cared for, and we are so glad he made it home to [[Transcona]] for Christmas.',
      // A small town tagged on a patient's story; not a region tagged after the story's own town.
      'Little Ava (14 mo) has roseola, not measles, and her mom hugged me. Small clinic, big relief. #FamilyMedicine #[[Baddeck]]',
      'He lives alone up past [[Dryden]] in a trailer',
      // Another person's home and where it is, told without a care word.
      'Her farm out past [[Vulcan]] was cut off by the snow for three days before she called',
      'She lives alone out past [[Vulcan]] and nobody checks on her',
      'Sa ferme près de [[Saint-Côme]] a été coupée du monde trois jours pendant la tempête',
      'We saw a 67-year-old farmer from [[Smiths Falls]] last night after a tractor rollover',
      'Ma patiente vit à [[Rimouski]] et fait 3 heures de route pour ses traitements',
      'The patient is a grade 9 student at [[Lisgar Collegiate Institute]], mom at bedside',
      'Un homme originaire de [[Baie-Comeau]] est arrivé à l\'urgence hier',
      'Pt works at [[Kemptville Feed Mill]], injured his hand on shift',
      'My patient, a teacher at [[École Saint-Joseph]], came in with chest pain',
      'A family from [[Kenora]] spent the night with us after a carbon monoxide scare',
      'Deux frères de [[Baie-Saint-Paul]] ont été amenés en ambulance hier soir',
      'The woman who gave birth in the parking lot in [[Truro]] yesterday is on our floor',
      'My patient lives alone on a farm between [[Neepawa]] and [[Minnedosa]] and still drives',
      'A retired trucker from up near [[Kapuskasing]] came in for his dressing change today',
      'Quelqu\'un connaît Mme Ginette à [[Saint-Ubalde]]? Elle a manqué ses trois dernières dialyses',
      'Avis aux gens de [[Hearst]] : si vous connaissez M. Lalonde, il a été transféré hier soir',
      'Drove out to [[Bobcaygeon]] for a home visit with my palliative patient this morning',
      'A farmer outside [[Lloydminster]] came in after his tractor rolled on Saturday',
      'Pêcheur de homard de [[Shippagan]], 62 ans, un hameçon dans la paupière en sortant du bateau',
      'Mom of five, 39, from the only farm outside [[Biggar]], delivered baby six in her truck',
      'Anyone in the [[Pictou]] area know Gerald MacIsaac? He\'s 79 and missed his oncology appointments',
      'Just stitched up a 12-year-old who fell down the stairs of her grandma\'s cottage on [[Lake Muskoka]]',
      'Rancher from out past [[Maple Creek]], 71, kicked by a cow on Thursday. Eight ribs',
      'The teen who wrecked his dirt bike near [[Grand Forks]] on Saturday is out of the ICU',
      'Our dialysis patient drives 3 hours each way from [[Chibougamau]], three times a week',
      'Un homme de 45 ans trouvé inconscient sur le [[Plateau]] hier soir, hypothermique',
      'Our patient from the [[Tyendinaga]] reserve finally got his new kidney',
      'Ma patiente demeure dans un petit village près de [[Trois-Pistoles]] et n\'a pas de voiture',
      'A [[Kapuskasing]] farmer, 58, came in last night with a chainsaw cut to the thigh',
      'Our [[Sudbury]] patient finally got the call for his new kidney today',
      'Drove out to see my palliative patient out near [[Tweed]] yesterday, roads were awful',
      'Hier, une patiente du coin de [[Val-d\'Or]] est arrivée en hypothermie',
      'Seen today: [[Sault Ste. Marie]] teen, 16, with a rare cardiac tumour',
      'Une adolescente de [[Saint-Jean-sur-Richelieu]], 15 ans, admise cette nuit pour une acidocétose',
      'Two [[Saskatoon]] brothers admitted after a CO exposure last night',
      'A&E tonight: a 28yo from [[Leeds]] who fell in the canal on a dare',
      'Samedi soir, accident de motoneige dans le coin d\'[[Amos]] : un gars de 19 ans, pas de casque',
      'Pt discharged home to [[Gananoque]] this morning with home care twice a day',
      'Discharged Mrs. Okafor home to [[Gananoque]] today after three weeks with us',
      'Cette nuit, un papa de [[Granby]] a accouché sa conjointe dans l\'auto devant l\'urgence',
      'Ma patiente de 79 ans qui vit seule dans [[Rosemont]] a fait une chute mardi',
      'Ma patiente habite [[Gaspé]] et elle a manqué ses trois derniers rendez-vous',
      'Elderly [[Dartmouth]] woman found on her floor after two days; she is stable now',
      'An older man fainted at the bus stop in [[Espanola]] this morning. He is stable on our unit now',
      'My patient, 88, still splits her own wood. Her neighbours in [[Wawa]] check on her every morning',
      'Discharged after six weeks on our ward: going home to [[Bobcaygeon]] with his daughter today',
      'A [[Kashechewan]] elder, 81, was flown out last night with pneumonia',
      'Someone found an old man asleep on a bench in [[Ravensholt]]. He is warming up on our unit now',
      'My patient lives in the [[North End]] and walks to dialysis three times a week',
      'Our patient was found collapsed outside of [[Wawa]] last night, 84 and alone in the cold',
      "Accouchement dans une roulotte à [[Lac-Etchemin]] pendant la tempête de jeudi, tout s'est bien passé",
      'Our patient in bed 9 keeps asking to go home to [[Kapuskasing]] before the first snow',
      // The return after a stay, however it is said.
      'Mrs. Okoye left us this morning, 71 and stubborn, back to [[Gillam]] after five weeks on the ward',
      "Mme Caron du lit 6 nous quitte, retour à [[Chibougamau]] après un mois avec nous",
      'After the transplant clinic found him a night slot, he could fly home to [[Rankin Inlet]] between runs of dialysis',
      "Did a postpartum check at home in [[Perth-Andover]] this morning, mom's bleeding had settled and baby was feeding well",
      'Caught a baby in the cab of a snowplow outside [[Wetaskiwin]] on Sunday. Seven pounds, screaming.',
      "Our patient's nana turned 95 in [[Pictou]] last week and came to visit",
      // Inside a told story, a town needs no cue of its own.
      'Thirty years a lineman and never fell off a pole; on Saturday he fell off a stepladder in his own kitchen in [[Melfort]]. Sixty-six.',
      "Réanimé un joueur de hockey de 16 ans sur la glace de l'aréna de [[Matane]] samedi.",
      'The guy who crashed his snowmobile on [[Lake Nipissing]] Saturday is out of the ICU.',
      'Called to a 98-year-old this morning. Retired fiddler, [[Cheticamp]] born and bred, fell off his porch step.',
      // A former trade is the patient's, not the author's role; a home visitor's town is the client's.
      'A retired nurse from [[Truro]], 84, was admitted overnight with pneumonia',
      'Un ancien infirmier de [[Gaspé]], 80 ans, admis cette nuit pour une pneumonie',
      // A return after a stay: addressed to the patient, or told with their discharge.
      'Bernice, the whole 3 West crew misses your singing. Hope the new hip treats you well back home in [[Sault Ste. Marie]]',
      "Pépère Lionel a eu son congé aujourd'hui après 41 jours chez nous : retour à [[Hearst]], sa fille au volant.",
      // An event's site, its casualty told next by age; a relative's town, the patient told next by a possessive.
      'Grain bin call near [[Rosetown]] this afternoon. 14M, helping his grandpa, went under to the chest in canola.',
      'Does anyone know a Gail Morrison from [[Truro]]? Her husband was a patient on our unit and left his ring in the bedside table.',
      "Nos jumeaux de 24 semaines de [[Hearst]] sont rentrés à la maison aujourd'hui après 118 jours avec nous",
      // A town run together in a tag after a patient's story; a venue's town in a told story.
      '70M curler collapsed mid-sweep at the bonspiel tonight in #[[FlinFlon]], ROSC after 2 shocks from the rink AED.',
      'Our 12-year-old patient, hit by a snowplow on his way to school on Monday, is awake. #[[Tatamagouche]]strong',
      'Lightning strike on the 14th green at the [[Antigonish]] golf club this afternoon: 67 yo retired Mountie, ROSC after 2 shocks',
      // A noun right before the cue still ties the town, listed or guessed by its ending.
      'Our 81-year-old retired shipyard welder from [[Walker]] went home today',
      'Home care nurse in [[Antigonish]]. This week my client, an 84-year-old retired fisherman, asked me to help him write to his brother.',
      // History in an old year is no one's in care; the patient told after it is.
      'Dionne quints were born near Callander in 1934. Last night we delivered triplets to a mom from [[Callander]], 31 weeks, all three breathing on their own.',
      // An old year in a patient's own story: told right after them, or by someone old enough to have lived it.
      'My patient today turned 103. Born March 2, 1923 in [[Moose Jaw]], she drove a grain truck until she was 80.',
      'La dame de la chambre 14 a 99 ans pis elle m\'a raconté la grande tempête de 1947 à [[Lamèque]].',
    ],
    pass: [
      // A journal, a national body or cited authors after a cue, in a post that speaks of patients.
      'Our audit of 300 patients seen after hours is now out in Rural Nursing Review.',
      'Patients waited less after triage changes, per a new paper in Pediatrics Open this week.',
      "Selon l'article de Tremblay et coll. (2024), les patients âgés attendent plus longtemps à l'urgence.",
      'Our unit passed its survey by Accreditation Canada, thanks to every nurse and patient partner.',
      'I finally made it home to Gimli after my night shift.',
      'Our whole unit ran the foundation 5k this morning, in the rain! #Baddeck',
      'Flu clinic this Saturday, bring your health card! #Baddeck',
      'My mom lives alone out past Vulcan and I worry about her all winter',
      'Her cottage near Wasaga is the team\'s favourite retreat',
      'Joni Mitchell grew up in Saskatoon and her house near Fort Macleod is a museum now',
      'Dr. Patel lives out past Vulcan and bikes in every day',
      'Le chum de Carole a appelé trois fois cette nuit pour savoir si elle avait mangé',
      "My dad had his knee replaced last week. He's 81 and was back in his garden in Gimli by Friday.",
      'Ma mère a été opérée hier. Elle a 79 ans et elle habite encore seule à Matane.',
      'Heads up to anyone in the Whitby paramedic group: the man in his 60s from the crash this morning was a retired medic from our own service.',
      'Last night a 44-year-old trucker was flown to Winnipeg after a rollover on the highway.',
      "Hier soir, sur le chemin du Lac-Brûlé, une agricultrice de 53 ans piétinée par sa vache en pleine traite.",
      "Grandma's 90th was Saturday in Pictou with the whole clan, three generations of nurses",
      'Our new birth centre in Leduc opens Sunday',
      "Notre nouvelle salle d'accouchement à Gatineau ouvre lundi",
      'Working from home in Wakefield this morning, the river is frozen solid',
      'Bonne St-Valentin à toute l\'équipe de l\'urgence, on vous aime',
      'I want to go home to Kapuskasing for Christmas this year',
      'I live in the West End and the bakeries are the best part.',
      "Mon grand-père a eu 96 ans dimanche à Bouctouche et toute la parenté est venue au sous-sol de l'église.",
      "Poste d'infirmière praticienne, Centre hospitalier régional de Rimouski, temps plein.",
      'Greetings from Halifax! Great conference so far',
      'The patient was transferred from ICU to the ward',
      'Patients from Ontario can call Health811 for advice',
      'Results from Kingston General Hospital\'s study are out today',
      'La ministre de la Santé était à Rimouski hier pour une annonce',
      'I grew up in Perth and still miss the river',
      "Autoroute 20 fermée à la hauteur de Drummondville en raison d'une collision, selon la SQ",
      'Our patient was flown to Winnipeg on Sunday and is doing well',
      'Measles cases confirmed in Winnipeg and Brandon this week, check your vaccination status',
      'Our new clinic in Kapuskasing opens Monday, walk-ins welcome for flu shots',
      'Merci aux équipes de Gaspé et de Matane pour leur travail à l\'hôpital pendant la tempête',
      'Dr. Singh from Thunder Bay gave a great talk on sepsis in the ICU today',
      'Heading to the rural health conference in Banff, presenting our results from Fort McMurray',
      'Mme Cormier, 76 ans, attend son transfert à Moncton depuis hier',
      'Nurses in the Pictou area: the new clinic is hiring, DM me',
      'I was 24 when I moved to Shippagan for my first nursing job',
      'Bonne retraite à Ginette, 35 ans à l\'urgence de Rimouski! On va s\'ennuyer de ses muffins',
      'The nurse who started the outreach clinic near Grand Forks retired on Friday',
      'Sur le Plateau, la nouvelle clinique sans rendez-vous ouvre lundi',
      'Health Canada is funding new clinics in the Fraser Valley region this year',
      'Here at Sudbury Regional we saw 400 patients in the ER this week',
      'Toronto Raptors fans: our ER is staffed up for tonight\'s game injuries',
      'A Sudbury nurse won the national award for rural care today',
      'Heading to Moncton for the rural medicine conference, presenting our patient outcomes',
      'Mon mari m\'a organisé une fête hier à la salle paroissiale de Saint-Georges pour mes 50 ans, 28 ans de soins',
      'Dr. Regina Chan from Kamloops gave a great talk on sepsis in the ICU today',
      'Our ER in Timmins saw a rare reaction last night; the case report is out in CMAJ',
      'Heading home to Kingston after a 12h shift, 3 patients coded tonight',
      'After 25 years at the bedside, I start as Director of Nursing at our regional hospital on Monday',
      'Notre chien Biscuit, 14 ans, a vu le vétérinaire à Saint-Jérôme aujourd\'hui, il boude',
      'Night shift à Montfort : trois patients en attente de lit, merci à toute l\'équipe',
      'I live in Gaspé and commute 45 minutes to the hospital every day',
      'Kenora Health Centre is hiring two RNs for nights, DM me',
      'A new clinic opens in Espanola next week. She will run it with two nurses from Sudbury',
      'My patient, 88, still splits her own wood. I drove through Wawa on my way to the conference',
      "I'm going home to Kapuskasing for Christmas after three night shifts on the ward",
      "So glad to be back to Timmins after the conference, and straight into nights on the ward with our patients",
      "Back to Timmins tomorrow after the conference, then nights with our patients",
      'Our patient drove his 1988 Buick to the ER himself last night',
      // The author's own role before the place: where they work, not where a patient lives.
      "I'm a community nurse in Argyll and the ferries failed our patients again this week",
      'ICU nurse in Buffalo. During the blizzard we admitted a 64-year-old man with frostbite.',
      'Retiring after 31 years as a rural pharmacist in Swift Current. Thank you to every patient who trusted me.',
      "Coup de gueule d'infirmière à Rimouski : ma patiente de 80 ans attend son rendez-vous depuis trois mois",
      'Je suis infirmière à Gaspé et ma patiente de 80 ans attend son transport depuis hier',
      'A new bench went up by the lake in Ravensholt. She says it is for her late husband',
      // History: a year before anyone's care now, told at the age they had then.
      "Stompin' Tom Connors was born in Saint John in 1936 and hitchhiked across Canada; we played him on the unit all night",
      "Cours d'éthique cette semaine : l'histoire de l'enfant martyre de Fortierville morte en 1920, et le silence de tout un village.",
      'In January 1922 in Toronto, 14-year-old Leonard Thompson became the first person to receive insulin.',
      // A language is not a place.
      'Mr. Dhaliwal in cubicle 6 sang me "For He\'s a Jolly Good Fellow" in Punjabi while I took out his IV',
      'Her sister walked in and said one sentence in Igbo, and our patient went straight to CT',
      // Where a patient is taken or treated is a hospital's town, not theirs.
      'Un chasseur de 71 ans nous est arrivé en hélico à Saint-Boniface, 140 points de suture au cuir chevelu',
      'Mme Séguin, 74 ans, fait 250 km pour chaque traitement de radiothérapie à Sudbury',
      '#FlinFlonStrong fundraiser for the new rink this Saturday, bring your skates',
      // In a told story, after "du" or "au" a name the gazetteer does not know is a thing's: a store, a game, a festival.
      'Hier à la clinique de pression du Provigo, un producteur de bleuets de 47 ans avait 228/126',
      'Mme Rose-Aimée a eu 99 ans ce matin au lit 12B, et elle a battu la préposée au Skip-Bo',
      // An event with no casualty told after it.
      'Grain bin safety night near Rosetown this Thursday. Farmers, bring your kids.',
      // A shouted post: every word is a capital, and a name is a place only when the gazetteer knows it.
      'JOYEUX 25 ANS DE CARRIÈRE À GINETTE BOUCHARD, NOTRE ASSISTANTE DE NUIT À L\'URGENCE!!! Gâteau au poste à 3 h',
      'BABY FRIENDLY INITIATIVE DESIGNATION FOR OUR BIRTHING UNIT!!! Thanks to every nurse and patient',
      // A noun guessed by its ending ("siffler", "dentier") ties nothing a few words on.
      "Céleste, la perruche de la salle commune du CHSLD, a appris à siffler l'air de Passe-Partout avec nos résidents",
      "Mme Bélanger au lit 9, 88 ans, a caché son dentier dans la boîte de Kleenex",
    ],
  },
});
