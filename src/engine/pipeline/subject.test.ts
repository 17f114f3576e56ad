import { describe, expect, it } from 'vitest';
import { makeContext } from './context.ts';
import { subjectOf } from './subject.ts';

const subjects = (text: string) => {
  const ctx = makeContext(text, {});
  return ctx.sentences.map((_, i) => subjectOf(ctx, i));
};

describe('subjectOf', () => {
  it('takes a post about the author\'s animal or a vet\'s patient as an animal\'s, pronouns and all', () => {
    expect(subjects('Took Max, our 9-year-old beagle, to the emergency vet in Barrie last night. She had surgery at 2am.')).toEqual(['pet', 'pet']);
    expect(subjects('Patient of the day: Pico, a 12-year-old terrier, in for a dental. #vettech')).toEqual(['pet', 'pet']);
  });
  it('keeps the person when an animal hurt them or is only part of their story', () => {
    expect(subjects('A 6-year-old from Moose Jaw bitten by the family dog yesterday is home.')).toEqual(['care']);
    expect(subjects('Last week I sat with a 23-year-old dad who had lost his flat, a cat in a basket.')).toEqual(['care']);
  });
  it('reads a colleague\'s tribute as a colleague\'s, and a long-stay resident\'s farewell as a patient\'s', () => {
    expect(subjects('Rest in peace, Anne Roy, respiratory therapist for 30 years. She taught half of us.')).toEqual(['colleague', 'colleague']);
    expect(subjects('Rest easy, Walt. He was with us for three years on our unit, a retired miner from Sudbury, and died Tuesday night.')).toEqual(['care', 'care']);
  });
  it('carries the author\'s family, but not from a sentence about a patient', () => {
    expect(subjects('My youngest turned 7 today. Nurse mom win.')).toEqual(['family', 'family']);
    expect(subjects('Ida, 104, is our oldest patient to finish rehab! Ida, you inspire us.')).toEqual(['care', 'care']);
  });
  it('reads the author\'s own teacher, written to or mourned, as someone from their past, unless told in care', () => {
    expect(subjects('Dear Mrs. Kowalski, grade 4 teacher at Riverside School, 1995: you said I\'d make a fine doctor.')[0]).toBe('public');
    expect(subjects('Chère Mme Gagné, institutrice de 3e année à Lévis : vous aviez raison.')[0]).toBe('public');
    expect(subjects('Mr. Ferris, my old chemistry teacher, retired this June.')[0]).toBe('public');
    expect(subjects('Last night I did CPR on my old Grade 6 teacher at the rink.')[0]).toBe('care');
  });
  it('reads the author\'s own stay in care as theirs, patient word and all, unless someone else is brought in', () => {
    expect(subjects('Last spring I was the patient in bed 9 on my own ward. Discharged on day four.')).toEqual(['self', 'self']);
    expect(subjects('Trois mois après ma propre chirurgie, je retourne au bloc.')).toEqual(['self']);
    expect(subjects('I was in room 3 after my own bypass. The man beside me, 88, never slept.')).toEqual(['self', 'care']);
    expect(subjects('My own patient in bed 4 went home today.')).toEqual(['care']);
    expect(subjects('Gord first came to us as a patient in room 2.')).toEqual(['care']);
    // The author's own injury or night in the ER, and what they tell of it after.
    expect(subjects('I rolled my sled near Elliot Lake on Saturday. 46 years old, two cracked ribs.')).toEqual(['self', 'self']);
    expect(subjects('Je me suis pété le poignet en patin dimanche. 44 ans, ergothérapeute, pis je fais mes exercices.')).toEqual(['self', 'self']);
    expect(subjects('Ma propre nuit à l\'urgence : 52 ans, paramédic, entorse de la cheville.')).toEqual(['self']);
    expect(subjects('I broke my wrist running to a code. The man in bed 4, 88, was fine.')).toEqual(['self', 'care']);
    expect(subjects('She broke her hip on the ice in Gander last night.')).toEqual(['care']);
  });
  it('reads a sentence that introduces one of our staff by role and name as theirs, their coming in and birthday included, unless someone else is in it', () => {
    expect(subjects('Big thanks to our unit clerk Marcy, who turned 40 Sunday and still came in with muffins.')).toEqual(['colleague']);
    expect(subjects('Notre préposée Ginette a eu 60 ans hier et elle est arrivée avec des beignes.')).toEqual(['colleague']);
    expect(subjects('Our ward aide Rhoda turns 65 this week.')).toEqual(['colleague']);
    expect(subjects('Thanks to our unit clerk Bev, who caught that two pts had the same name.')).toEqual(['care']);
    expect(subjects('Merci à notre infirmière Julie hier soir quand Léo Gagnon, 9 ans, est arrivé en acidocétose.')).toEqual(['care']);
    expect(subjects('Our nurse Priya held his hand all night when he came in.')).toEqual(['care']);
    // The role after the name: a determiner, "one of our", or "new".
    expect(subjects('Meet Edna, 81, one of our longest-serving volunteers!')).toEqual(['colleague']);
    expect(subjects('Bienvenue à Olena Shevchenko, nouvelle préposée à l\'étage, arrivée de Lviv l\'an passé.')).toEqual(['colleague']);
    expect(subjects('Ida, 104, is our oldest patient to finish rehab!')).toEqual(['care']);
  });
  it('carries a colleague into the next sentence that opens on them by a pronoun, not on someone new', () => {
    expect(subjects('Our Santa this year is Dr. Lapointe from the ER. He\'s 58, from Bouctouche.')).toEqual(['colleague', 'colleague']);
    expect(subjects('Dr. Lapointe saw a 58-year-old fisherman. He\'s from Bouctouche.')[1]).toBe('care');
  });
  it('reads care dated before 1940, or an age told then, as history, but not a patient\'s birth', () => {
    expect(subjects('Penicillin was first given to Anne Miller, age 33, on March 14, 1942 in New Haven.')[0]).toBe('care');
    expect(subjects('The first transfusion here was given to a boy, age 9, on May 2, 1931. History!')[0]).toBe('public');
    expect(subjects('The sanatorium was founded in 1908. Its first patient was 17-year-old Ida Crowe.')).toEqual(['public', 'public']);
    expect(subjects('Mme Roy, née le 4 mai 1931, a été admise chez nous.')[0]).toBe('care');
  });
  it('reads a public figure named as the subject, even ending the sentence, but not one someone told before likes or hears', () => {
    expect(subjects('Repose en paix Jean Béliveau...')[0]).toBe('public');
    expect(subjects('Henrietta Lacks\' cells built half of modern cell biology, and her family was never asked.')[0]).toBe('public');
    expect(subjects('She\'s 92 and loves Anne Murray.')[0]).toBe('care');
    expect(subjects('Arthur, 91, died peacefully with his daughters singing Anne Murray.')[0]).toBe('care');
    expect(subjects('Sa petite-fille est arrivée à 15 h et ils ont écouté Ginette Reno.')[0]).toBe('care');
    expect(subjects('Walt is 94 and wants to walk the hall like Terry Fox.')[0]).toBe('care');
  });
  it('reads a career begun in one of our roles as a colleague\'s, in a cheer', () => {
    expect(subjects('Congratulations to Dana Hill on her new role as our manager. Dana started as a float nurse in Yarmouth in 2006.')).toEqual(['colleague', 'colleague']);
  });
  it('reads an organisation\'s notice (a post to fill, a go-live, a drill, a walk-in service, a clinic\'s days) as nobody\'s care', () => {
    expect(subjects('4 North is recruiting! Come see us, Room 12 of the west tower, Thu 9 Mar.')[1]).toBe('public');
    expect(subjects('The new MRI in Bay 4 goes live Tuesday 3 June.')[0]).toBe('public');
    expect(subjects('Bed 2 evacuation drill tomorrow at 0900 with security.')[0]).toBe('public');
    expect(subjects('Flu shots at the Elks hall on Friday, 1-4. No appointment needed. 22 Main St.')[2]).toBe('public');
    expect(subjects('Notre clinique offre les tests les jeudis, salle 2, de 8 h à midi.')[0]).toBe('public');
    expect(subjects('Our clinic runs Mondays in Room 3. We saw a 70-year-old from Digby there last week.')[1]).toBe('care');
  });
  it('reads the people of a show or a book as characters, unless the post tells an encounter', () => {
    expect(subjects('"Mr. Ramsay never went to the lighthouse." Book club in the 3 East lounge tonight.')[0]).toBe('hypothetical');
    expect(subjects('Best medical drama ever? Dr. Ross saving a 9-year-old in Room 4 in the pilot.')[1]).toBe('hypothetical');
    expect(subjects('Une dame de 90 ans est arrivée hier. Elle a déjà lancé un club de lecture au lit 6.')[1]).toBe('care');
  });
  it('reads a farewell to staff who retire from the unit, or started on it years ago, as a colleague\'s', () => {
    expect(subjects('Today we said goodbye to Lorna Hale after 31 years on 5 West. She started here in 1994. Lorna, 63, is off to Gimli.')).toEqual(['colleague', 'colleague', 'colleague']);
    expect(subjects('Cheers to Sam and Priya, who retire from our dialysis unit this Friday after 30 years each.')).toEqual(['colleague']);
  });
  it('does not take an adjective or a service for a patient', () => {
    expect(subjects('My dad had his hip done today. The nurses were so patient with him.')).toEqual(['family', 'family']);
  });
  it('keeps a condition about someone already told as theirs, and a vignette as nobody\'s', () => {
    expect(subjects('One of our clients needs help with her cat. If you can help, call her daughter.')[1]).toBe('care');
    expect(subjects('Imagine a 34-year-old teacher with chest pain and a cough.')).toEqual(['hypothetical']);
  });
  it('keeps someone brought in by their age as the story\'s own, whoever else the sentence or the post is about', () => {
    expect(subjects('My partner drove. Last night, a 61F retired teacher rolled her truck near Estevan.')[1]).toBe('care');
    expect(subjects('Thanks Dr. Osei for the airway tips: intubated a 120 kg 44yo trucker at 0400.')).toEqual(['care']);
    expect(subjects('Jeudi, une infirmière à la retraite de 79 ans a fait un arrêt au marché de Rimouski.')).toEqual(['care']);
    expect(subjects('En mémoire du Dr Roy, fondateur de notre clinique, décédé à l\'âge de 88 ans.')).toEqual(['colleague']);
    expect(subjects('En 1847, à Boston, un dentiste de 28 ans endort un patient à l\'éther.')).toEqual(['public']);
    expect(subjects('Hier, un étudiant de 20 ans originaire de Gaspé, méningite.')).toEqual(['care']);
    expect(subjects('It has been five years since I met Sam in clinic, a 12-year-old who hated needles.')).toEqual(['care']);
  });
  it('reads the author\'s own trainee or teammate, and the pronouns after, as a colleague', () => {
    expect(subjects('My nursing student passed her boards today. She\'s 38, a former welder from Flin Flon.')).toEqual(['colleague', 'colleague']);
    expect(subjects('Our unit clerk Pat noticed two pts with the same DOB.')).toEqual(['care']);
    expect(subjects('We helped Mrs. Ruel meet her grandson in our ICU family room.')).toEqual(['care']);
  });
  it('reads an encounter inside a condition as the vignette\'s, and a denied or idiomatic frame as no frame', () => {
    expect(subjects('If an 80-year-old comes in with a hot swollen knee, tap it before you blame gout.')).toEqual(['hypothetical']);
    expect(subjects('We admitted a 66-year-old last night, and if you saw him you would laugh.')).toEqual(['care']);
    expect(subjects('Picture my face when the 93yo in bed 7 asked for a rum and coke.')).toEqual(['care']);
    expect(subjects('Imaginez ma surprise quand la dame de 97 ans du lit 2 a demandé une bière.')).toEqual(['care']);
    expect(subjects('Dear Ahmed, if you ever read this: you were the bravest 9-year-old on our floor.')).toEqual(['care']);
    expect(subjects('Ce n\'est pas une question d\'examen : hier, un menuisier de 51 ans est arrivé en arrêt.')).toEqual(['care']);
  });
  it('reads staff named by a plural role as colleagues, unless someone else is in the sentence', () => {
    expect(subjects('Charge nurses Riya and Marco kept 4 East running through a code, two admits and a fire alarm last night.')).toEqual(['colleague']);
    expect(subjects('Our RTs Sam and Jo got us through three codes tonight.')).toEqual(['colleague']);
    expect(subjects('Les infirmières Julie et Karine ont tenu l\'urgence toute la nuit avec deux codes.')).toEqual(['colleague']);
    expect(subjects('Paramedics Dave and Lisa brought in a 24-year-old bike courier from Parkdale at 2am.')).toEqual(['care']);
    expect(subjects('Charge nurses Riya and Marco admitted Mrs. Tremblay to bed 4 last night.')).toEqual(['care']);
  });
  it('reads the author introducing themself as their own, not a patient\'s', () => {
    expect(subjects('Hi, I\'m Sarah, 34, a nurse from Moncton.')).toEqual(['self']);
    expect(subjects('Je m\'appelle Gaétan, 91 ans, de Rimouski.')).toEqual(['self']);
    expect(subjects('Bonjour! Je suis Julie, 42 ans, infirmière à Rimouski.')).toEqual(['care', 'self']);
    expect(subjects('I\'m Sarah, and last night a 34-year-old from Moncton came in with chest pain.')).toEqual(['care']);
    expect(subjects('He told me: I\'m Walter, 91, from Gimli.')).toEqual(['care']);
    expect(subjects('Moi qui travaille à Matane depuis 12 ans, je suis encore « la fille de Gaspé ».')).toEqual(['self']);
    expect(subjects('I grew up in Shediac and I still get lost in Moncton.')).toEqual(['self']);
    expect(subjects('I grew up in Shediac, and last night a 34-year-old from there came in.')).toEqual(['care']);
  });
  it('reads a simulation\'s manikin as nobody, titled or not', () => {
    expect(subjects('Our sim manikin "Mrs. Fenwick" coded twice in the lab today. The students survived.')).toEqual(['hypothetical', 'care']);
    expect(subjects('Le mannequin « M. Tremblay » a fait trois arrêts cardiaques au labo de simulation.')).toEqual(['hypothetical']);
    expect(subjects('Mock code: 61-year-old welder from Estevan, found down at work. Team B runs it at 10:00 in the sim room.')).toEqual(['hypothetical', 'hypothetical']);
    expect(subjects('We ran a mock code last week. Two days later a 44-year-old man arrested in room 518.')[1]).toBe('care');
  });
  it('reads a day of remembrance as a public event', () => {
    expect(subjects('Le 6 décembre, on se souvient des 14 femmes de Polytechnique.')).toEqual(['public']);
  });
});

describe('the author\'s family, opened on or named in the plural', () => {
  it('takes a post opening on a parent as its subject for the author\'s, not a patient nicknamed Pépère', () => {
    expect(subjects('Dad update for those asking: his bypass went well on November 3. He\'s 74.')).toEqual(['family', 'family']);
    expect(subjects('Dad of the baby in pod 3 asked me to text him.')).toEqual(['care']);
    expect(subjects('Pépère est revenu nous voir avec des beignes, trois semaines après son congé.')).toEqual(['care']);
  });
  it('reads "my parents" as family and carries past a sentence describing the one told', () => {
    expect(subjects('Happy anniversary to my parents, both retired paramedics from Gander!')).toEqual(['family']);
    expect(subjects('My dad got his cataracts done today. He is not an easy man, the nurses were saints.')).toEqual(['family', 'family']);
  });
});

describe('staff named once by their role', () => {
  it('reads a later sentence that opens on them as a colleague\'s, unless it brings in someone else', () => {
    expect(subjects('Our volunteer Agnes knitted 400 hats for the NICU this year. Agnes is 91 and just getting started.')[1]).toBe('colleague');
    expect(subjects('Our porter Idris is a legend. Idris found a 91-year-old man wandering in the lot.')[1]).toBe('care');
  });
});

describe('staff, named and honoured', () => {
  it('reads an award or a get-well to a named clinician as a colleague\'s', () => {
    expect(subjects('Nurse practitioner Marc Bélanger, 58, of Sept-Îles received the Order of Canada yesterday.')).toEqual(['colleague']);
    expect(subjects('Félicitations à Karine Dubé, inhalothérapeute à Chicoutimi, qui a reçu le prix Florence hier soir.')).toEqual(['colleague']);
  });
  it('keeps a patient whose old trade was care', () => {
    expect(subjects('Mme Roy, retired nurse, 91, was admitted last night with a hip fracture. Congratulations to our team.')[0]).toBe('care');
  });
  it('lets a sentence that brings in someone else beside the author\'s family be theirs', () => {
    expect(subjects('Visiting Dad on 4B and the woman in the next bed, Irene, has had no visitors. She is 92.')).toEqual(['care', 'care']);
    expect(subjects('Took Dad (83) to his cardiology appointment today. His nurse was an angel.')).toEqual(['family', 'family']);
  });
});

describe('an organisation\'s notice', () => {
  it('reads a job post, a move or a fundraiser as public, not a child\'s fundraiser after an admission', () => {
    expect(subjects('Le CLSC déménage : nouvelle adresse au 22, rue Lafontaine. Le numéro reste le même.')).toEqual(['public', 'public']);
    expect(subjects('Job posting: PSW, full-time. Apply by email or drop off a CV at 150 Elm Street.')).toEqual(['public', 'public']);
    expect(subjects('Fundraiser for little Aiden, 4, admitted to our PICU last night. Donate at the desk.')).toEqual(['care', 'care']);
  });
  it('reads a colleague\'s promotion or memorial as a colleague\'s', () => {
    expect(subjects('Huge congratulations to Dr. Amara Osei, our new Chief of Paediatrics at CHEO, 401 Smyth Rd.')).toEqual(['colleague']);
    expect(subjects('En mémoire du Dr Marcel Thériault, décédé le 1er décembre. Une célébration de la vie aura lieu le 12 décembre.')).toEqual(['colleague', 'colleague']);
  });
});

describe('teaching cases, grandparents, anniversaries', () => {
  it('reads a teaching case\'s titled patient as nobody, but a real chart in a case-study post as a patient', () => {
    expect(subjects('Exemple de cas : Mme L., 82 ans, de Trois-Rivières, chute à domicile dimanche. Quelles sont vos priorités?')).toEqual(['hypothetical', 'hypothetical']);
    expect(subjects('For my friends doing the case study: the pt is 67, admitted Oct 30.')).toEqual(['care']);
  });
  it('takes a grandparent opening the post for the author\'s', () => {
    expect(subjects('Grandpa (92!) was discharged today after his pneumonia. He told the nurses off.')).toEqual(['family', 'family', 'family']);
  });
  it('reads the anniversary of a public tragedy as public', () => {
    expect(subjects('Il y a 10 ans aujourd\'hui, la tragédie de Lac-Mégantic.')).toEqual(['public']);
  });
});

describe('short posts: pets by emoji and tag, kids by age, history, public figures', () => {
  it('reads them as not in care', () => {
    expect(subjects('RIP Coco 🐶 15 yrs, best girl. Put to sleep at the vet this am.')).toEqual(['pet', 'pet']);
    expect(subjects('Update on Biscuit: the ultrasound at Rideau Valley Vet showed a mass. He is 10. 🐾')).toEqual(['pet', 'pet', 'pet']);
    expect(subjects('My 14yo broke her wrist at the skatepark in Airdrie yesterday.')).toEqual(['family']);
    expect(subjects('Today in 1985: the first Canadian heart transplant in a child, Toronto.')).toEqual(['public']);
    expect(subjects('Bob Cole, the voice of HNIC, died at 90 in St. John\'s.')).toEqual(['public']);
  });
  it('keeps a unit\'s "our 89-year-old" and a patient with a pet emoji in care', () => {
    expect(subjects('We lost Gerald last night, our 89-year-old from Pictou.')).toEqual(['care']);
    expect(subjects('Our patient Mr. Roy, 84, got a visit from his cat 🐈 on 3 West today.')).toEqual(['care']);
  });
});

describe('feats and memorial events', () => {
  it('reads a feat with no care around it as public, and a memorial walk for a doctor as a tribute', () => {
    expect(subjects('My neighbour\'s son, 17, won gold at the provincial wrestling championship in Regina yesterday!')).toEqual(['public']);
    expect(subjects('Memorial walk for Dr. Ahmed, who died in the crash near Cochrane last spring, is this Sunday.')).toEqual(['colleague']);
  });
  it('keeps a patient hurt at a tournament', () => {
    expect(subjects('A 16-year-old from Brandon collapsed at the provincial volleyball championship last night; bystander CPR saved him.')).toEqual(['care']);
  });
});

describe('a family story told on past its first sentence', () => {
  it('keeps the author\'s relative as the subject of the sentences that go on about them, named or not', () => {
    expect(subjects('My father had his knee replaced Monday. Home by Wednesday, complaining already. Gord does not do rest.')).toEqual(['family', 'family', 'family']);
    expect(subjects('Pop Walter\'s sats are 97 after his valve surgery and he is bragging about it. My grandfather is 88 and unbearable.')).toEqual(['family', 'family']);
  });
  it('stops where a sentence brings in someone else', () => {
    expect(subjects('My mom is a nurse too. Last night a 34-year-old from Moncton came in with chest pain.')).toEqual(['family', 'care']);
    expect(subjects('My sister had her baby Sunday. Then Mrs. Lavoie in bed 4 asked for her daughter.')).toEqual(['family', 'care']);
    expect(subjects('My father is doing well. Home Tuesday. Gord is 79. I spent today with Nadia Haddad, whose mother Samira is 91.')).toEqual(['family', 'family', 'family', 'care']);
  });
  it('does not reach back over a patient\'s bed or someone the author cared for by name', () => {
    expect(subjects('Stretcher 12 waited nine hours for a bed and never once complained. Went up at midnight. Then I went home and hugged my son.')).toEqual(['care', 'care', 'family']);
    expect(subjects('Pendant deux ans, je soignais Réjean en hémodialyse. Il est parti dimanche. Ce soir, j\'ai serré mes filles fort.')).toEqual(['care', 'care', 'family']);
  });
  it('does not start one from the unit\'s "our"', () => {
    expect(subjects('Our first baby of the year is here! Priya and Dev of Orillia welcomed Asha at 12:09.')[1]).toBe('care');
  });
});

describe('an organisation\'s notice, a commemoration, an animal by its face', () => {
  it('reads a notice of a move, a number or a gift as the organisation\'s, its own care words included', () => {
    expect(subjects('Notre pharmacie déménage! Dès le 2 février : 40, rue King Ouest.')).toEqual(['public', 'public']);
    expect(subjects('Heads up: our office has a new fax number and the old one goes dead on March 3. Update your forms.')).toEqual(['public', 'public']);
    expect(subjects('Our clinic is moving on March 3. Last week we saw a 34-year-old from Gimli who could not find us.')).toEqual(['care', 'care']);
  });
  it('reads a case said to be invented as nobody\'s', () => {
    expect(subjects('Cas fictif pour vos stagiaires : une femme de 38 ans se présente à 32 semaines avec des céphalées.')).toEqual(['hypothetical']);
    expect(subjects('Teaching case (made up): a 52-year-old roofer from Brandon with chest pain after lunch.')).toEqual(['hypothetical']);
  });
  it('reads an event the organisation holds as its own, its school, town and room included', () => {
    expect(subjects('Health fair at Glenlawn Collegiate in St. Vital on Thursday! Our nurses will do BP checks in Room 114 from 9 to noon.')).toEqual(['public', 'public']);
    expect(subjects('Journée carrière à l\'école secondaire de Matane mardi : nos infirmières seront au local 203.')).toEqual(['public']);
    expect(subjects('Flu clinic this Saturday at the Legion. Last week a 34-year-old from Gimli came in with pneumonia.')).toEqual(['care', 'care']);
    expect(subjects('Our wound clinic is relocating to the Brandon campus, Room 3-104, as of May 2. Same hours, same number.')).toEqual(['public', 'public']);
    expect(subjects('AVIS : la clinique est maintenant au 45, rue Principale, à Rimouski. Heures : 8 h à 16 h.')).toEqual(['public', 'public']);
    expect(subjects('Hours: 8 to 4. Last night a 34-year-old from Gimli came in with chest pain.')).toEqual(['care', 'care']);
  });
  it('reads a farewell to one who served in one of our roles as a colleague\'s', () => {
    expect(subjects('Rest in peace, Gerry. 34 years as our unit clerk on 5 North. Visitation Friday in Truro.')).toEqual(['colleague', 'colleague', 'colleague']);
  });
  it('reads a cheer or a death of one who joined our team as a colleague\'s, age and home town included', () => {
    expect(subjects('Proud of Dana Whitford, 31, a paramedic from Selkirk who joined our team in 2019: she won the provincial award.')).toEqual(['colleague']);
    expect(subjects('Our unit lost a colleague this week. Lucie Bérubé died on March 3 at 52.')).toEqual(['colleague', 'colleague']);
    expect(subjects('Repose en paix, Lucie. Une habituée qui disait à chaque infirmière qu\'elle était la meilleure. Décédée le 3 mars.')).not.toContain('colleague');
    expect(subjects('Mr. Gauthier joined our ward in May and won everyone over.')).toEqual(['care']);
    expect(subjects('Notre patiente Lucie Bérubé est décédée le 3 mars à 52 ans.')).toEqual(['care']);
  });
  it('reads a death or a founding long past, or a birth before anyone alive, as history, and a patient\'s birth year as care', () => {
    expect(subjects('Dr. Emily Stowe\'s rival, Jennie Trout, was born in Scotland in 1841. She died in Los Angeles in 1921 at age 79.')).toEqual(['public', 'public']);
    expect(subjects('Notre hôpital a été fondé en 1873 par les Soeurs Grises. La première patiente avait 16 ans.')).toEqual(['public', 'public']);
    expect(subjects('Edna, 101, still talks about Walter, who died at sea in 1958. She knits for the whole floor.')).toEqual(['care', 'care']);
    expect(subjects('Harold Pike, DOB 03/04/1951, time of death 0340.')).toEqual(['care']);
    expect(subjects('A 94 yo veteran from Truro whose brother was killed at Dieppe in 1942 asked me to read him the names.')).toEqual(['care']);
    expect(subjects('Evelyn, 97, told me today her brother died at Dieppe in 1942.')).toEqual(['care']);
    expect(subjects('My patient was born in 1931 and her husband died in 1969. She lives in Gimli.')).toEqual(['care', 'care']);
  });
  it('reads a founder honoured as one of ours', () => {
    expect(subjects('Soeur Gabrielle Roy a fondé notre clinique en 1961. On dévoile une plaque en son honneur demain.')).toEqual(['colleague', 'colleague']);
  });
  it('reads an animal\'s face with no person of a care story as the animal\'s post', () => {
    expect(subjects('Biscuit ate a whole sock this morning. Four months old, 18 kg, zero regrets. 🐾')).toEqual(['pet', 'pet', 'pet']);
    expect(subjects('The little girl in 12 drew a horse for each nurse. Six years old. 🐴')[1]).toBe('care');
    expect(subjects('Maple is sulking after her spay. Five months old and already stealing socks.')).toEqual(['pet', 'pet']);
    expect(subjects('Update on Pepper: the vet says the lump was nothing. She is 11 and sulking.')).toEqual(['pet', 'pet']);
    expect(subjects('Notre vétérinaire dit que Moka, 12 ans, peut rentrer demain.')).toEqual(['pet']);
    expect(subjects('The vet says his knee is shot. Our patient in bed 4, 81, from Truro.')).not.toContain('pet');
    expect(subjects('Winnie is home from surgery. Nine years old and furious. The vet team at Westside were amazing.')).toEqual(['pet', 'pet', 'pet']);
    expect(subjects('A fax went to the vet clinic next door by mistake. Jo Bell, PHN 9477 420 888, med list and all.')[1]).toBe('care');
  });
});
