// Place words, lower-case. NOT_PLACES: capitalised words that follow "from"/"in" but are
// not towns (entries with _ hold a space; provinces, states and countries are larger than HIPAA's limit; months, units,
// organisations and titles are not places). BIG_PLACES: metropolitan areas of a million
// or more, where a town name alone narrows little; they still count with other details.
const NOT = `
canada ontario quebec québec alberta manitoba saskatchewan nova_scotia new_brunswick nouveau-brunswick
newfoundland labrador terre-neuve prince_edward_island île-du-prince-édouard pei bc british_columbia
colombie-britannique yukon nunavut northwest_territories nord-ouest usa us america united_states
états-unis alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan
minnesota mississippi missouri montana nebraska nevada 
ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington wisconsin
wyoming uk england angleterre scotland écosse wales ireland irlande europe europe asia asie africa
afrique france belgium belgique switzerland suisse germany allemagne italy italie spain espagne
portugal china chine india inde japan japon brazil brésil haiti haïti mexique philippines ukraine
syria syrie iran iraq afghanistan vietnam lebanon liban morocco maroc algeria algérie tunisia
tunisie senegal sénégal cameroon cameroun congo nigeria ghana jamaica jamaïque colombia colombie
venezuela chile chili peru pérou argentina argentine russia russie poland pologne greece grèce
turkey turquie israel israël pakistan bangladesh sri korea corée south_korea australia australie
the a an my our his her their this that le la les un une mon ma notre votre son sa
january february march april may june july august september october november december
janvier février mars avril mai juin juillet août septembre octobre novembre décembre
monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi vendredi samedi dimanche
er ed icu ccu nicu picu or pacu emerg triage ems ambulance hospital hôpital clinic clinique chsld ltc
nord sud est ouest north south east west nord-est nord-ouest sud-est sud-ouest northeast northwest southeast southwest
dr dre doctor docteur prof nurse mr mrs ms mme mlle m god dieu heaven covid google facebook twitter
tiktok instagram youtube reddit amazon netflix walmart costco starbucks tim_hortons mcdonald's
home work school church the-er twitter x bluesky mastodon linkedin threads
i you he she we they it
english french anglais français spanish espagnol emerg peds obs gyn ortho neuro psych cardio onco radiology
icu-step step-down stepdown resus majors minors fast-track fasttrack walk-in cath pacu labour delivery
earl_grey
punjabi panjabi pendjabi hindi urdu gujarati bengali tamil telugu marathi nepali sinhala tagalog filipino ilocano
mandarin cantonese chinese chinois korean coréen japanese japonais vietnamese vietnamien thai khmer
arabic arabe farsi persian persan dari pashto kurdish kurde turkish turc hebrew hébreu
ukrainian ukrainien ukrainienne russian russe polish polonais german allemand italian italien italienne
portuguese portugais greek grec dutch hungarian romanian roumain croatian serbian
somali somalien tigrinya amharic swahili yoruba igbo hausa twi lingala wolof creole créole kreyòl patois
cree cri ojibwe ojibway oji-cree anishinaabemowin inuktitut inuinnaqtun mi'kmaq mi'kmaw innu-aimun atikamekw
gaelic gàidhlig welsh gallois irish latin asl lsq bsl chiac
canadien canadienne canadiens
`;
const words = (s: string) => s.split(/\s+/).filter(Boolean).map((w) => w.replaceAll('_', ' '));
export const NOT_PLACES: ReadonlySet<string> = new Set(words(NOT));

const BIG = `
toronto montreal montréal vancouver calgary edmonton ottawa winnipeg mississauga brampton hamilton
quebec_city laval gatineau surrey london manchester birmingham glasgow liverpool leeds
new_york nyc los_angeles la chicago houston phoenix philadelphia san_antonio san_diego dallas
boston seattle miami atlanta detroit paris
`;
export const BIG_PLACES: ReadonlySet<string> = new Set(words(BIG));

// Neighbourhoods and boroughs of the big cities, where a patient's corner of town narrows far
// more than the city does ("une dame que je suis dans Hochelaga"). GeoNames lists few of them.
// Entries that are also ordinary words are in NEIGHBOURHOODS_WEAK: only after a place word.
const HOODS = `
hochelaga hochelaga-maisonneuve rosemont rosemont-la_petite-patrie la_petite-patrie petite-patrie villeray parc-extension
côte-des-neiges notre-dame-de-grâce ndg verdun saint-henri pointe-saint-charles griffintown outremont ahuntsic
montréal-nord rivière-des-prairies pointe-aux-trembles anjou lachine lasalle saint-michel saint-léonard centre-sud
mercier tétreaultville limoilou saint-roch saint-sauveur vanier beauport charlesbourg sainte-foy sillery
loretteville val-bélair cap-rouge lévis scarborough etobicoke rexdale parkdale leslieville riverdale regent_park
jane_and_finch malvern thorncliffe_park flemingdon_park weston mount_dennis downsview kitsilano strathcona
downtown_eastside east_van marpole transcona st._boniface saint-boniface st._vital fort_rouge orléans barrhaven
centretown kanata nepean gloucester spryfield fairview clayton_park mill_woods forest_lawn bowness montgomery
`;
const HOODS_WEAK = `plateau annex junction beaches mile_end north_end west_end east_end the_glebe glebe village`;
export const NEIGHBOURHOODS: readonly string[] = words(HOODS);
export const NEIGHBOURHOODS_WEAK: readonly string[] = words(HOODS_WEAK);
