// Surnames of public figures who come up in health talk (politicians, health officials,
// royals, celebrities with public diagnoses), lower-case. A post about them is news, not a
// disclosure by their clinician. Not exhaustive: news cue words (pipeline/signals) do most of the work.
const PUBLIC_FIGURES: ReadonlySet<string> = new Set(`
trudeau carney poilievre legault eby kinew furey
biden trump obama clinton vance pence sanders rfk fauci walensky birx tam njoo
arruda boileau whitty vallance starmer sunak macron camilla
middleton meghan dion swift beyoncé beyonce musk zuckerberg bezos
fox gehrig hawking reeve jolie biles osaka hamlin bieber gomez lovato kardashian oprah winfrey
`.split(/\s+/).filter(Boolean));

/**
 * Full names of people health posts speak of (politicians, founders of medicine and nursing,
 * authors, public health officials, athletes and performers), lower-case: unlike a surname
 * alone ("Douglas", "Lévesque"), the full name is rarely a patient's.
 */
const PUBLIC_FULL_NAMES: ReadonlySet<string> = new Set(`
tommy douglas|rené lévesque|rene levesque|jean chrétien|jean chretien|brian mulroney|stephen harper|pierre trudeau|pierre elliott trudeau|justin trudeau|mark carney|doug ford|françois legault|francois legault|danielle smith|david eby|wab kinew|scott moe|tim houston|jagmeet singh|pierre poilievre|john a. macdonald|lester pearson
meredith grey|derek shepherd|cristina yang|miranda bailey|gregory house|doogie howser|hawkeye pierce|mark greene|doug ross|john carter|shaun murphy|nurse jackie|nurse ratched|frederick banting|fred banting|charles best|norman bethune|wilder penfield|william osler|florence nightingale|mary seacole|clara barton|virginia henderson|jeanne mance|marguerite d'youville|elizabeth blackwell|jonas salk|alexander fleming|louis pasteur|marie curie|hippocrates
henry molaison|phineas gage|henrietta lacks|mary mallon|typhoid mary|david reimer|david vetter|terri schiavo|karen ann quinlan|charlie gard|alfie evans|archie battersbee|jahi mcmath|louise brown|sue rodriguez|gloria taylor|kay carter|brian sinclair|joyce echaquan|ashley smith|jordan river anderson
theresa tam|bonnie henry|horacio arruda|anthony fauci|eileen de villa|david williams
terry fox|rick hansen|wayne gretzky|gordie howe|guy lafleur|maurice richard|jean béliveau|jean beliveau|bobby orr|anne murray|gord downie|leonard cohen|shania twain|ginette reno|joni mitchell|alanis morissette|sidney crosby|connor mcdavid|michael j. fox|lou gehrig|stephen hawking|christopher reeve|selena gomez|céline dion|celine dion|matthew perry|robin williams|patch adams|atul gawande|paul kalanithi|oliver sacks|brené brown|brene brown|jordan peterson|bill gates|elon musk|taylor swift|queen elizabeth|king charles|princess diana|prince harry|kate middleton
`.split(/[|\n]/).map((s) => s.trim()).filter(Boolean));

/** Whether `word` (one word, any case) is a public figure's surname: "Trudeau", "Gehrig". */
export function isPublicSurname(word: string): boolean {
  return PUBLIC_FIGURES.has(word.toLowerCase());
}

/** Whether `name` (any case) is a public figure's full name: "Tommy Douglas", "Terry Fox". */
export function isPublicFullName(name: string): boolean {
  return PUBLIC_FULL_NAMES.has(name.toLowerCase());
}

/**
 * Whether the words at [start, end) sit inside a public figure's full name written out around
 * them: the learned tagger marks "Henry" alone in "Henry Molaison was 27 when…", and the name
 * it belongs to is a famous patient of medical history, not someone the author treated.
 */
export function inPublicFullName(text: string, start: number, end: number): boolean {
  const before = /(?:[\p{Lu}][\p{L}'’.-]*\s){0,2}$/u.exec(text.slice(Math.max(0, start - 40), start))![0];
  const after = /^(?:\s[\p{Lu}][\p{L}'’.-]*){0,2}/u.exec(text.slice(end, end + 40))![0];
  // A name ending the sentence keeps its full stop on the last word: "…taught us, Henry Molaison."
  const words = (s: string) => s.split(/\s/).filter(Boolean).map((w) => w.replace(/[.'’-]+$/u, ''));
  const left = words(before);
  const right = words(after);
  const core = text.slice(start, end);
  for (let i = 0; i <= left.length; i++) {
    for (let j = 0; j <= right.length; j++) {
      if (i + j === 0) continue;
      if (isPublicFullName([...left.slice(left.length - i), core, ...right.slice(0, j)].join(' '))) return true;
    }
  }
  return false;
}
