// Capitalised words that start sentences, headings and hashtags but are not names, EN and FR,
// lower-case. The name rules skip a candidate made of these.
const WORDS = `
a about after again all also an and another any anyway are as at back be because been before being
best both but by can could day did do does done during each even every first for from get go going
good got great had has have he her here hers him his how i if in into is it its just last let like
look lots many may maybe me more most much must my never new next no not now of off oh ok okay on once
one only or other our out over please plus quick quite really remember same says see seen she should
since so some still such sure take than thank thanks that the their them then there these they this
those though thought through to today tomorrow tonight too two under until up update us very was we
well were what when where which while who why will with without would yes yesterday yet you your
patient patients pt pts client resident nurse nurses doctor doctors team staff family friends everyone
safety week weeks month months year years day days night nights care health week-end weekend morning
evening afternoon shift shifts note notes reminder breaking news update thread story stories case cases
er ed icu ccu nicu picu or ems triage code blue trauma resus ward unit floor clinic hospital emergency
emergency department room bed bay pod chart labs vitals history exam plan assessment impression dx ddx
hpi pmh meds allergies social fam hx ros pe a&p s/p sob cp abd neuro cvs resp gi gu msk derm psych
le la les un une des du de et est sont pas avec pour dans sur au aux ce cette ces qui que quoi je tu
il elle on nous vous ils elles mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs très
aussi mais ou où donc or ni car hier aujourd'hui demain ce matin soir nuit semaine mois an ans année
patiente patientes usager usagère infirmière infirmier médecin équipe famille urgence urgences
unité étage chambre lit civière garde quart bonne bon merci rappel attention voici voilà enfin encore joyeux joyeuse
déjà toujours jamais jour journée soirée matinée
monday tuesday wednesday thursday friday saturday sunday january february march april june july august
september october november december jan feb apr jun jul aug sep sept oct nov dec lundi mardi mercredi jeudi vendredi samedi dimanche janvier
février mars avril mai juin juillet août septembre octobre novembre décembre
god jesus lord christmas easter thanksgiving halloween noël pâques covid omicron delta
canada ontario quebec québec english french anglais français
inuk inuit innu cree dene métis metis mohawk mi'kmaq mi'kmaw ojibwe anishinaabe oji-cree acadian acadien acadienne
st ste street ave avenue rd road blvd boulevard lane ln drive crescent cres court ct way place pl hwy highway
rue chemin boul route rang
madame monsieur mademoiselle overnight overnights hallway corridor couloir free target median mean average total born
sorry ah ugh wow omg yikes oops whoa hmm yay woohoo honestly finally sadly luckily apparently actually basically seriously
literally thankfully unfortunately fortunately meanwhile anyway overall currently recently shoutout throwback reminder psa fyi
lunch dinner breakfast coffee snacks potluck bingo handover report audit policy protocol survey poll tip question answer
chu désolée désolé bref ouf oups tsé coudonc malheureusement heureusement finalement honnêtement sérieusement vraiment
`;
export const COMMON_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));

/** Given names that are also ordinary words; alone (without a surname) they are not names. */
export const AMBIGUOUS_GIVEN: ReadonlySet<string> = new Set(`
may june april august will grace joy hope faith frank bill rose dawn hunter victoria florence austin
jordan guy lee max mark sue pat jean nick rob don dean ray jack penny crystal amber ruby pearl lily
violet iris holly daisy chad georgia virginia sandy sunny summer autumn angel art carol gene miles
norman chase page paige drew rich bob ward wade grant earl lance france
constance prudence patience sage skye brook brooke river rain storm destiny harmony melody justice
christian dale glen glenn don van tom tim terry kim robin lynn ivy
grâce espérance clémence victoire aurore céleste félicité marine modeste fleur
bud dot reg rod nat lil kit sissy coco birdie sonny dom gab hong fang siu lan tam duc bong
mercy precious blessing charity ange
`.split(/\s+/).filter(Boolean));
