import { defineRule } from '../define-rule.ts';
import { findPlaces, patientAgeInSentence } from '../context/places.ts';
import { clinicalContext, has, patientContext, sentenceIndex, wordRe } from '../pipeline/signals.ts';
import { notInCare } from '../pipeline/subject.ts';
import { placeSuggestions } from '../redact.ts';
import type { Span } from '../types.ts';

// A street address is a direct identifier (HIPAA Safe Harbor B). An organisation's own
// address (a clinic, a venue, a pharmacy) is public and is left alone unless the sentence
// says someone lives there.
/** A third person said to live there: "she lives alone out on", "il habite". */
const THIRD_LIVES = /\b(?:she|he|they|il|elle|ils|elles)\s(?:still\s|now\s|only\s|alone\s|encore\s|toujours\s|seule?\s)*(?:lives|lived|vit|vivait|habite|habitait|demeure|demeurait|reste|restait)\b/u;
const HOME = wordRe(String.raw`\b(?:lives?|living|lived|sleeps|sleeping|dort|dormait|(?:last|current|her|his|their|the patient's|pt's) address|(?:fell|fall|found|died|passed|collapsed|seen|tombée?|trouvée?|décédée?) at home|(?:tombée?|trouvée?|décédée?) à (?:la )?maison|à domicile|at (?:his|her|their|the patient's) (?:home|house|place)|(?:his|her|their) (?:home|house|apartment|condo|basement)|apartment|apt|condo|basement|resides?|found (?:down|at|on|in)|home address|adresse (?:de|du) (?:la )?patiente?|domicile|habite|habitait|vit|vivait|demeure|chez (?:elle|lui|eux)|son logement|son appartement|sa maison|trouvée?|neighbou?rs?|voisins?|kitchen(?: table)?|table de cuisine|home visits?|visite à domicile|front porch|(?:she|he)(?:'s| is) (?:out |up |down )?(?:on|off))\b`, 'iu');
const ORG = wordRe(String.raw`\b(?:clinics?|cliniques?|hall|legion|salle|hospital|hôpital|pharmacy|pharmacie|office|bureau|located|situé|située|visit us|venez|open|ouvert|hours|heures|venue|held at|aura lieu|centre|center|conference|congrès|new location|nouveau local|book|appointments?|rendez-vous|store|magasin|restaurant|café|event|événement|join us|joignez-vous|headquarters|siège|campus|(?<!bus )shelter|refuge|food bank|banque alimentaire|drop-in|hiring|recrute|on recrute|open house|portes ouvertes|ouverte?s?|emploi|jobs?|ask for|demandez|we're at|we’re at|we are at|find us at|meet(?:ing)? at|on se rejoint|opens|walk-ins?|sans rendez-vous|lundi au vendredi|du lundi|mon(?:day)?\s?[-–]\s?fri(?:day)?|cafeteria|cafétéria|union|syndicat|write to|écrivez|mail (?:it|them|to)|share your)\b`, 'iu');

export default defineRule({
  id: 'street-address',
  category: 'location',
  severity: 'high',
  languages: ['en', 'fr'],
  description: 'A street address tied to a person (123 Elm St, 45 rue Saint-Denis); an organisation\'s public address is left alone.',
  guidance: 'guidance_location',
  detect(text, ctx) {
    const out: Span[] = [];
    for (const hit of findPlaces(ctx)) {
      if (hit.kind !== 'address' && hit.kind !== 'street') continue;
      const i = sentenceIndex(ctx, hit.start);
      // Whose story the sentence tells: a colleague's new post, an office's move, the news.
      if (notInCare(ctx, i)) continue;
      const s = ctx.sentenceAt(hit.start);
      const around = text.slice(Math.max(s.start, hit.start - 60), Math.min(s.end, hit.end + 40));
      const home = HOME.test(around);
      if (!home && ORG.test(around)) continue;
      // A street or numbered road with no house number: where the patient lives, or where
      // their crash or delivery happened on a given day ("in the ambulance on Hwy 17 on Tuesday").
      // "Stabbing on Jane St near Finch this afternoon, 16M": a patient's age makes it their story.
      const aged = patientAgeInSentence(ctx, hit.start);
      const dated = has(ctx, i, 'event', 'timeFrame') && (patientContext(ctx, hit.start) || aged || (clinicalContext(ctx, hit.start) && has(ctx, i, 'sex', 'relative')));
      // "She's 80, lives on Route 105": where someone lives, in a post about their care.
      // "She lives alone out on the Boundary Road": a third person's home, whoever's story the sentence is not (family, colleague, news).
      const lives = home && (patientContext(ctx, hit.start) || (clinicalContext(ctx, hit.start) && !has(ctx, i, 'ownFamily')) || THIRD_LIVES.test(around.toLowerCase()));
      if (hit.kind === 'street' && !lives && !dated) continue;
      // Outside a care post, an age and an event still make it someone's story, but "on the
      // Gravel Rd" then names a kind of road more than a place.
      const story = dated && aged && !/\bthe\s$/iu.test(text.slice(Math.max(0, hit.start - 4), hit.start));
      if (!home && !clinicalContext(ctx, hit.start) && !story) continue;
      const lang = ctx.langAt(hit.start);
      out.push({
        start: hit.start,
        end: hit.end,
        confidence: home ? 0.85 : 0.6,
        severity: hit.kind === 'street' || !home ? 'medium' : undefined,
        reason: hit.kind,
        suggestions: placeSuggestions(lang),
      });
    }
    return out;
  },
  examples: {
    flag: [
      // A home visit's kitchen table, "she's on": where someone lives, with no house number.
      'Home med review today: we sat down at the kitchen table on [[Dufferin St]] to sort out her pill box.',
      "She's on [[Mill Rd]] in Wakefield, if anyone can drive her to her cataract surgery.",
      // A third person's home road, told without a care word.
      'She lives alone out on the [[Boundary Road]] past the dump and nobody checks on her',
      'Il habite seul sur le [[chemin du Lac-Caché]] et personne ne passe le voir',
      'Elle vit seule dans le [[rang 4]] passé Saint-Côme pis personne va la voir',
      'Found down at home at [[123 Elm St]], EMS called by a neighbour',
      'Pt lives at [[4-1200 Bank Street East]], daughter visits daily',
      'La patiente habite au [[45 rue Saint-Denis]] avec son fils',
      'Le patient vit seul au [[12 chemin du Lac]] depuis le décès de sa femme',
      'My patient who lives on [[Maple Crescent]] fell again',
      'Visite à domicile au [[250, boulevard des Laurentides]] pour Mme Roy',
      'The young mom who delivered in the ambulance on [[Hwy 17]] on Tuesday sent us a photo',
      'Pt was the driver in the [[Highway 6]] crash this morning, burns to both hands',
      'Ma patiente a 80 ans, vit seule sur le [[rang 3]] et a manqué ses dialyses',
      'She\'s 80, lives on [[Route 105 past Keswick Ridge]] and missed her last three dialysis runs',
      'Ortho on call: 85F, mechanical fall at home on [[Lakeshore Rd]], OR tomorrow',
      'Stabbing on [[Weston Rd]] this afternoon, 16M, his little sister was the one who called it in',
      'Il dort d\'habitude sous le viaduc du [[boulevard Charest]], sa plaie à la jambe est infectée',
      'Arrêt cardiaque au [[4e rang]] cette nuit : un producteur laitier de 45 ans, massage par sa fille',
      'We are trying to reach his family: his last address was on [[Barrington St]], he is in our ICU',
      'Man of about 70 brought to our ER on Saturday, found near the [[Maple Avenue]] bus shelter, please share',
      'My patient lives on [[Range Road 232 north of Leduc]] and has no phone',
      // A street set off by a comma, where the visit took place.
      "Visite à domicile chez M. Fortin, 84 ans, sa table de cuisine couverte de pilules, [[rue des Pins]].",
    ],
    pass: [
      "Notre clinique, rue Saint-Denis, est ouverte du lundi au vendredi, sans rendez-vous.",
      'The kitchen on Elm St closes at 8 for the staff potluck.',
      'My mom lives alone out on the Boundary Road past the dump',
      'Dr. Patel lives on Boundary Road and bikes in every day',
      'The premier says she lives on Boundary Road like everyone else',
      'Our new clinic is open at 123 Elm St, book online',
      'Flu clinic Saturday at the community centre, 45 rue Saint-Denis',
      'The conference is held at 255 Front St W in Toronto',
      'Joignez-vous à nous au 1200 boulevard René-Lévesque pour le colloque',
      'Read chapter 12 Main Concepts before class',
      'I moved to 22 Oak Avenue last year and love the neighbourhood trees',
      'Highway 400 is closed northbound at Barrie after a crash, OPP said',
      'Take Route 105 past the bridge to reach the new clinic',
      'My sister lives on Maple Crescent and brought soup to the whole night shift at the hospital',
      'Working from home on Lakeshore Rd today, charting never ends',
      'Road closure on Weston Rd this afternoon for the parade, avoid the area',
      'Our clinic\'s address is 14 Main St, walk-ins welcome for flu shots',
      'Le 4e rang est fermé ce matin pour travaux, passez par la route 132',
      'Flu shot clinics at the Legion Hall, 22 Queen St, Fridays through November, bring your health card',
      'The shelter on Queen St is open all night on Saturday for the cold snap, our ER staff donated blankets',
      // Where to find an organisation: "we're at", a meeting point, its hours, a mailing address.
      "We're at 1200 Main St, Billings. Valet is free for cancer center patients.",
      'New nursing station for our patients: walk-ins Mon–Fri 9–4, 14 Ministik Rd.',
      "Nurses' hike Sunday! Meet at the trail parking lot, 5234 Kelso Rd, at 8:30, carpool from the hospital",
      'Home care nurses, share your stories with the union: 103 Woodside Lane, Fredericton',
      'Gâteau à la cafétéria vendredi midi pour les patients et le personnel, 713, chemin Montréal',
    ],
  },
});
