import { defineRule } from '../define-rule.ts';
import { findAges, isPatientAge, suggestAge } from '../context/ages.ts';
import type { Span } from '../types.ts';

// HIPAA Safe Harbor, 45 CFR 164.514(b)(2)(i)(C): every age over 89 is an identifier and is
// aggregated into "90 or older", because so few people are that old in any one community.
export default defineRule({
  id: 'age-over-89',
  category: 'age',
  severity: 'high',
  languages: ['en', 'fr'],
  description: 'The exact age of a patient over 89 ("94-year-old", "patiente de 92 ans"); suggests "90+".',
  guidance: 'guidance_age',
  detect(_text, ctx) {
    const out: Span[] = [];
    for (const hit of findAges(ctx)) {
      if (hit.value <= 89 || !isPatientAge(ctx, hit)) continue;
      out.push({ start: hit.start, end: hit.end, confidence: 0.85, reason: 'over-89', suggestions: suggestAge(hit, ctx.langAt(hit.start)) });
    }
    return out;
  },
  examples: {
    flag: [
      "Une dame de [[quatre-vingt-quinze ans]] m'a dit que l'IRM, c'est bruyant.",
      // Past 89, the author writing is not whose age it is; a birthday told in the imperfect or opening a line.
      'Finished my rounds with my [[96 y/o]] gentleman from Estevan, who asked for his harmonica.',
      'Madame fêtait ses [[101 ans]] hier midi et elle a demandé du vin rouge avec son gâteau au CHSLD.',
      '[[103]] today and she wants fish and chips for her birthday lunch on the ward.',
      'Room 412, [[94 y/o]], fall at home overnight',
      'Lovely chat with a [[96-year-old]] veteran on our ward today',
      'Pt is a [[101yo]] lady admitted for pneumonia',
      'Une patiente de [[92 ans]] est arrivée hier soir à l\'urgence',
      'Mme Roy, [[93]], transférée au CHSLD ce matin',
      'Triage note: [[91F]] with delirium',
      '[[101]] today!! Our longest-stay resident had cake at breakfast #LTC',
      'Our oldest resident celebrated [[104]] yesterday',
      'Chatted on rounds with a lady who turns [[100]] next week, she credits whisky',
      'À [[92 ans]], elle vit encore seule à Rimouski et elle est arrivée en ambulance',
      'She\'s turning [[90]] on Sunday and wants cake on the unit',
      'Mr. Tremblay ([[ninety]]) was transferred to the ICU',
      'Admitted a lady at [[101]] with pneumonia last night',
      'Notre patiente est décédée à [[94 ans]], entourée des siens',
      'Mrs. Florence Abernathy turned [[105]] on Tuesday and our staff threw her a party',
      'Mme Tremblay-Roy du lit 12 a eu [[100 ans]] hier',
      'The gentleman in 12 asked me to dance at 3 am on our unit. [[ninety-two]]. I said yes.',
      'Pépère est revenu nous voir avec des beignes, trois semaines après son congé. [[Quatre-vingt-douze ans]], pis il conduit encore.',
      'Our [[92-year-young]] resident beat us all at bingo on the unit today',
      // After an emoji, which ends a tweet's sentence as a stop does.
      'The gentleman in 318 is [[97]] and asked for a whisky with his supper',
      'Mme Gagnon de la chambre 12 a encore caché ses lunettes dans sa pantoufle 👓 [[93 ans]] pis plus rusée que nous autres',
      // An age set beside a lone first name is that person's, care words or not (HIPAA: any age over 89).
      'Gaétan, [[91 ans]], ancien bûcheron, est reparti chez lui ce matin',
      'Archie, [[94]], still flirting with every nurse on 5 West',
      'Bernie, [[97]], asked for a beer with his cake',
      'Ti-Guy, notre doyen de [[96 ans]], a soufflé ses bougies hier au CHSLD',
      'Notre doyenne a fêté ses [[94]] printemps mardi avec un gâteau aux fraises',
      'À [[92 ans]], Gaétan conduit encore son tracteur jusqu\'au CHSLD',
      'Mr. B (Bernie) turned [[97]] today and asked for a beer with his cake',
      'Lady in bay 4 bed 2 is [[ninety-one]] and just did her own obs',
      'Our oldest ever cataract patient had her second eye done at the age of [[ninety-eight]]',
      'Rest easy, Flo, our resident elder since 2017, who passed on Monday at [[94]]',
      'Wishing a very happy [[100th]] birthday to Mr. Fenwick from all of us on the unit',
      'On a fêté les [[100 ans]] de Mme Thérèse Bouchard à l\'unité!',
      // Told with a verb of being, of a name, a title in a shouted line, someone spoken to; wished or celebrated.
      'Our resident Winnie turns [[101]] tomorrow and wants a sherry',
      'MR. DESROCHES IS [[99]] TODAY AND HE WANTS PIE',
      'Ethel, you are [[96]] and you cannot climb the step stool',
      'Happy [[100th]] to Irene in room 4, who still does the crossword in pen',
      'Joyeux [[100e]] anniversaire à notre résidente de la chambre 6!',
      'L\'équipe a souligné les [[100 ans]] d\'une ancienne couturière de Rimouski',
      'Visited a gentleman of [[94]] this morning who fixes his own tractor',
      'Our resident in room 14, [[96]], still reads the paper cover to cover every morning',
      // A first name alone, then the age alone: the telegraphic tweet.
      'Night shift memory. Winifred. [[93]]. Taught me to play euchre at 4 am.',
      // A news word in a sentence that tells our patient is their trade or part of their story, not the news.
      'Our [[94 yo]] resident from Gimli, a retired Lutheran minister, blesses every porter on the unit.',
      'This morning I sent home a gentleman of [[92]], a former MP from Yarmouth, with his new walker.',
      'Notre résidente Mme Côté, chambre 208, a eu [[102 ans]] et a reçu une lettre du premier ministre.',
      'Mme Girard, en chambre 310, a fêté ses [[103 ans]] ce midi et le premier ministre lui a écrit.',
      // Told with where or when it came true; a patient noun with its adjective; "qui a" after a titled patient.
      'She turned [[104]] here on Tuesday, and the whole unit sang to her at supper.',
      "Ma patiente préférée a [[99 ans]] aujourd'hui et elle veut du gâteau des anges.",
      'Un gros merci à Mme Roy de la chambre 12, qui a [[97 ans]] pis qui montre le crochet aux stagiaires.',
      // Candles blown out by someone else: a birthday told of them.
      // A first name opening its sentence with its age; "À 96 ans." said alone after what the person did.
      'Ruby a [[99 ans]] pis elle veut encore faire son lit toute seule.',
      'Elle a monté les trois marches de la physio sans aide ce matin. À [[96 ans]]. Chapeau.',
      // An age said as a hashtag, in a post that tells of care.
      'Our resident in room 9 got a card from the mayor and read it aloud to the whole floor. #[[101yearsyoung]]',
      'Mme Pelletier a soufflé ses [[102]] bougies ce midi au CHSLD, entourée de ses arrière-petits-enfants.',
    ],
    pass: [
      'Adults over 90 need a different dosing approach',
      // The author's kin written as a name opening the sentence with their birthday, whoever "the man" is after.
      'Dad turns 90 this weekend and the man still splits his own firewood.',
      // A threshold written with a sign; the author's own grandmother's hashtag.
      'Reminder for the ward: patients >90 years old get a delirium screen at admission.',
      'Happy birthday to my Nana, still sharper than me. #95yearsyoung',
      'Flu shots are free for everyone 90+ this fall',
      'Temp 102F overnight, cultures sent',
      'Our hospital is a 100-year-old building and it shows',
      'Les personnes de 90 ans et plus sont prioritaires pour le vaccin',
      'My grandpa turned 95 today and still golfs!',
      'Glucose was 91 this morning, insulin held',
      '40 today! Night shift cake 🎂',
      'We celebrated 100 years of the hospital today',
      'Queen Elizabeth died at 96 at Balmoral, and the hospital flag flew at half mast',
      // The news, with no patient of ours told in the sentence.
      'The singer, 91, was admitted to hospital in Nashville, her publicist told reporters.',
      'Le premier ministre a souligné les 100 ans de la doyenne du Québec en conférence de presse.',
      'My grandma is ninety-two and still beats me at cards',
      'Even an invented line like "the 94-year-old in room 12 who ran the bakery" can point to a patient',
      'My grandmother is a marvel. She was 94 and still gardening every morning',
      'The man in 4B is 95 percent sure he left his glasses at home',
      'Willie Nelson is 92 and still out-tours every resident on the unit',
      'Mme Gisèle, 94 ans, bénévole à l\'accueil depuis 30 ans, prend sa retraite',
      'Our volunteer Jean, 92, knits hats for every baby born in our NICU',
      'Never post ages. Even “a 94-year-old from a small town” can be enough to identify someone',
      'Gordie Howe, 92, was a legend on the ice',
      'Happy birthday Dad, 91 today and still golfing!',
      'Ma grand-mère Gisèle, 94 ans, fait encore ses confitures',
      'Le doyen de la faculté prend sa retraite après 31 ans',
      'Happy 100th birthday to the hospital foundation!',
      'Nous sommes fiers d\'annoncer que notre hôpital fêtera ses 100 ans en 2027!',
      'My dad died on the farm at 92 and I still miss him',
      'Happy 100th to our legion branch, founded in 1926!',
      'Joyeux 100e anniversaire à notre hôpital, fondé en 1926',
      'Betty White is 99 and still funnier than the whole night shift',
      // An institution's or a unit's birthday, and its centenary named by the word that also names a centenarian.
      'La clinique du village fête ses 100 ans en mai; souper du centenaire à la salle paroissiale, billets au comptoir',
      'Our unit at St. Brigid\'s turns 95 this spring and every former nurse is invited for cake',
      'Le 100e anniversaire de notre hôpital régional sera souligné par une messe et un gala',
    ],
  },
});
