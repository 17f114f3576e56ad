// Common given names in Canada, the US and the UK (English and French), lower-case, accents
// kept. Used to tell "patient John" from "Patient Safety" without running a tagger, and to
// confirm upper-case overlay names ("DOE, JANE"). Coverage, not completeness: the name rule
// also accepts a capitalised word after a strong cue ("her husband Xavi").
const NAMES = `
aaron abby abdul abigail adam adele adrian adrien agathe agnes agnès ahmed aidan aiden aisha alain alan
albert alberta alex alexa alexander alexandra alexandre alexia alexis alfred ali alice alicia aline alison
allan allison alma amanda amber amelia amélie amina amir amy ana anaïs andre andré andrea andrée andrew
angela angèle angelina angie anita ann anna anne annette annie anthony antoine antonio april arianne ariane
arnaud arthur ashley audrey aurélie austin ava avery barbara barry beatrice béatrice becky ben benjamin
benoit benoît bernadette bernard bernice beth bethany betty beverly bill billy blanche bob bobby bonnie
brad bradley brandon brenda brent brian bridget brigitte britney brittany brooke bruce bruno bryan caitlin
caleb cameron camille carl carla carmen carol caroline carolyn carter cassandra catherine cathy cécile
céline chad chantal charles charlie charlotte chelsea cheryl chloe chloé chris christian christiane
christina christine christophe christopher cindy claire clara clarence claude claudette claudia claudine
clément colette colin connie connor constance corinne craig crystal curtis cynthia daisy dale damien
dan dana daniel danielle danny darlene darren dave david dawn dean debbie deborah debra denis denise
dennis derek diana diane dianne dolores dominic dominique don donald donna doreen doris dorothy doug
douglas dwayne dylan earl ed eddie edgar edith edward eileen elaine eleanor eli elias élise elisabeth
élisabeth eliza elizabeth ella ellen ellie elsie émile emilie émilie emily emma emmanuel emmanuelle eric
éric erica erin ernest esther ethan étienne eugene eva evan evelyn fabien fatima félix fernand fernande
fiona florence france frances francine francis francisco franck françois françoise frank frankie
fred frédéric frederick gabriel gabrielle gail gary gaston gavin genevieve geneviève george georges
georgia gerald gérald gérard gertrude ghislain ghislaine gilbert gilles gina ginette gisèle glen glenn
gloria gordon grace graham grant greg gregory guillaume guy gwen hailey haley hannah harold harriet
harry hazel heather hector helen hélène henri henry herbert hilda holly howard hubert hugo hugh hunter
ian ibrahim ida irene irène iris isaac isabel isabella isabelle ivan jack jackie jackson jacob jacqueline
jacques jade jake james jamie jan jane janet janice jasmine jason jean jeanne jeannine jeff jeffrey
jennifer jenny jeremy jérémie jérôme jesse jessica jill jim jimmy joan joanne jocelyn jocelyne joe joel
joël john johnny jon jonathan jordan jose josé joseph josée josh joshua josiane joy joyce juan judith
judy julia julian julie julien juliette june justin karen karine kate katherine kathleen kathryn kathy
katie kayla keith kelly ken kenneth kevin kim kimberly kyle lana larry laura laurence laurent lauren
laurie leah lee leo léo léon leonard léonie leslie lillian lily linda lindsay lisa liam lois lorraine
louis louise lucas luc lucie lucien lucille lucy luke lydia lynn lynne madeleine madison maggie mandy
manon marc marcel marcelle margaret margot maria marianne marie marie-claude marie-ève marie-josée
marie-pier mariette marilyn marion marjorie mark martha martin martine marvin mary mason mathieu
matthew matthieu maude maureen maurice max maxime megan mélanie melissa melvin mia michael michel
michèle michelle mike mildred mohamed mohammed monique morgan muriel myriam nadia nadine nancy naomi
natalie nathalie nathan neil nicholas nick nicolas nicole noah noel noël nora norma norman océane
olivia olivier omar oscar owen paige pamela pascal pascale patricia patrick paul paula pauline
pearl peggy penny peter philip philippe phyllis pierre pierrette priya rachel ralph ramon randy raphaël
raymond rebecca regina réjean rémi renée richard rick rita rob robert roberta robin rochelle roger
roland ron ronald rose rosemary ross roxanne ruby russell ruth ryan sabrina sally sam samantha samuel
sandra sandy sara sarah scott sean sébastien serge shane shannon sharon shawn sheila shelby shirley
simon simone solange sophia sophie stacy stanley stéphane stéphanie stephanie stephen steve steven
sue suzanne susan suzette sydney sylvain sylvie tammy tanya tara ted teresa terry thelma theo théo
theresa thérèse thomas tiffany tim timothy tina todd tom tommy tony tracy travis trevor tristan troy
tyler valérie valerie vanessa vera veronica véronique victor victoria vincent violet virginia vivian
wade walter wanda warren wayne wendy william willie wilfrid xavier yannick yolande yves yvette yvon
yvonne zachary zachari zoé zoe
`;
// Names from more of the communities care posts in Canada speak of (South Asian, West African,
// Arabic, East Asian, Eastern European, Latin American, Irish, older French-Canadian), and
// nicknames that are no ordinary word (Bev, Gord, Hank). Place names (Aurora, Santiago) and
// words (Ebony) are left out.
const MORE = `
aarav abena adaeze adebayo adriana adrienne agnieszka ahmad aiyana akira alejandro aleksandra
alessandro alhassan alina alonso alphonse amandeep amani amara amarjit amit amrit anastasia andrei
angelo anjali ansel antonella anya arjun armand armando arnav aroha asha ashok aurèle ayaan ayesha
aziz baljit balwinder bashir bea beatriz benedict bernie bev bogdan bohdan bonita boris brigid
bronwyn camila candace carlos carmela caterina cedric celestine chandra charmaine chidi chinedu
chioma conrad cyrus darnell darshan deepak deepika delphine delphis demetrius desmond dhruv dimitri
dmitri dominika donat edouard efua elena eleni eliana elif emeka enrique ernie esperanza esteban
eugène ezekiel faisal farah farhan farid fatema fernando filipa fiorella florian folasade fortunat
francesca gaetan gagandeep ganesh gaétan gerhard germaine gert gilberte giorgio giovanni giuseppe
gord gordie greta gurdeep gurpreet habib hamid hana hank hanna harjit harpreet harvinder hassan
hervé hiroshi hormidas huguette hussein idris ifeoma ignacio ilse imani imran inderjit ingrid ioana
irina isidore jagdeep jamal jameela jasleen jaspreet jasveer javier jayden jean-claude jean-guy
jean-louis jean-marc jean-paul jean-pierre jean-yves jeannette jorge josefina josephine juanita
kaitlyn kalinda kamal kamala kareem karim kasia katarzyna kateri kavya kayden keanu kenji khadija
khalid kiran kofi kojo kwabena kwame kyung lakshmi laszlo latoya layla leilani lenny leticia liliana
lise lisette lorenzo luciana lucienne luis lupe léandre léopold magdalena mahmoud maite malik
mandeep manpreet manuel marcelo marg marguerite mariam maricel marie-andrée marie-france
marie-hélène marie-paule marie-thérèse mariela marielle marisol marta maryse mateo matteo mehdi
mehmet mei-ling micheline midge mihai milagros miriam mohamad mohammad mustafa nadeem nakoma nasrin
navdeep navjot neha nkechi normand noura nuala obinna odette odile oksana oleksandr olena olga
oluwaseun omer parminder patrizia patsy paulette pawel pedro philomène piotr pooja preeti priyanka
rafael rafik rahul raj rajesh rajinder rakesh ramesh ramona ranjit rashid ravi raymonde reza rocco
rohan rolande roméo rosaire rosalie rosalind rosario roz rupinder régis sachin sahil salma salvatore
samir sandeep sanjay santiago santosh saoirse seamus sergei sergio shanice shanti sharmila shauna
shirin siddharth simran sinead siobhan sipho sofia soraya stanislaw stu sukhdeep sukhwinder sunil
sunita surinder svetlana sylvio tadeusz taras tatiana tenzin ti-jean ti-paul tomasz tunde usha
valentina vikram vinod virgil vladimir wahid waleed walid wally wilf wojciech xiomara yasmin yasmine
yolanda yousef yuki yuri yusuf yvan zainab zara zeynep zofia zoltan édouard
`;
/** Names our lists lacked, met in care posts from Quebec, Acadia, Nunavut, Ireland, Wales, West Africa and South Asia. */
const WIDER = `
aldéric aldège alphonse alcide anatole armand aurèle aurélien bertrand blandine cyprien dorimène
éloi eudore euclide évariste fabienne firmin florent francis-xavier gédéon germaine ghislain gilberte
gonzague hervé hormidas isidore jean-guy jean-marc jean-paul jean-pierre jean-louis jean-françois
josaphat laurent laurette léandre léon léonie lucien lucienne marc-andré marcel marcelle
marie-claire marie-claude marie-ève marie-france marie-josée marie-pier marie-rose marie-soleil
maurice médard napoléon noémie noëlla odilon onésime ovide philias placide réal rhéal rémi
rita rodrigue romuald rosaire rosanna théo thérèse ulric valère wilfrid yvon yvonne zénon
maëlle maëlys maélie maéva loïc élodie océane léa chloé zoé juliette anaïs mathis émile édith
callum lachlan alun colm eamon eoin niamh ciara cormac declan fergus finlay hamish ailsa morag
seonaid rhys dylan gareth bronwen siân cerys gwen iestyn aled
jeela annie ooleepeeka leetia pauloosie jaaka tagak kanadii qajaq siqua nuvija akalayok
ngozi chiamaka chidi chukwuemeka olufemi oluwadamilare folake funmilayo kehinde taiwo babatunde
adaeze ifeoma emeka uchenna nnamdi kwame kwabena kofi akosua abena adwoa efua
gurpreet harpreet jaspreet manpreet kuldeep balwinder amarjit paramjit jaswinder harjit
aarav arjun ananya divya kavya lakshmi meena nandini pradeep priya sanjeev suresh venkat vijay
thanh huong linh minh quang trang tuan xuan phuong nguyet
ruthanne maryanne lou-ann lorne verna myrtle gladys mildred ethel hazel mavis edna nellie
`;
/**
 * Short forms and pet names families use as the name itself (Vi, Flo, Cy, Babs, Mado, Jojo), and
 * given names of Vietnamese, Chinese, Japanese, Filipino, Arabic, Somali, Persian, Turkish, Haitian,
 * Ukrainian, Polish, Portuguese, Italian, Greek and Punjabi families that the lists above lack.
 * Those that are also ordinary words (Bud, Dot, Will, Hong) are in AMBIGUOUS_GIVEN as well.
 */
const SHORT = `
al vi cy viv babs ern zeke cass ginny jos ric lu ozzie tillie effie trixie vinnie flo
bud dot will reg rod nat lil kit sissy coco birdie sonny dom gab
mado jojo bibi titi nanou zaza didi fifi loulou fanfan momo
anh hoa lan nga binh duc khanh hien thuy tam vinh ming xiu ling hui lei hong fang kwok wai siu kam
chun yee fung aiko yoko keiko takeshi yumi emiko sachiko marites bong lito nene jonalyn
amal yara rami samer ziad tarek nabil hiba rana salim jamil abdi hodan faduma dariush parisa roya
arash babak neda emre murat fritznel widlene nadège guerline fabiola wilner oleh mykola halyna
yulia lyuba vasyl ivanka misha masha dasha kolya vova gosia basia zbigniew bozena joão joao graça
pasquale concetta vincenza nino pina yiannis giorgos kostas dimitra panagiota vasiliki spiros
stavros raju bablu guddu munni sonu monu gurnam kuldip balbir jasbir tejinder harbans pritam kamaljit
`;
export const GIVEN_NAMES: ReadonlySet<string> = new Set(`${NAMES} ${MORE} ${WIDER} ${SHORT}`.split(/\s+/).filter(Boolean));
