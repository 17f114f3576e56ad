import nlp from 'compromise';

// compromise's own word list (about 3,000 given names, 900 surnames, countries and regions),
// used as a lookup table: a full compromise parse costs milliseconds per sentence, a lookup
// nothing. Keys are lower-case words; values are compromise tags.
const LEX = (nlp.model() as { one: { lexicon: Record<string, string | string[] | undefined> } }).one.lexicon;

const tagOf = (w: string): string => {
  const t = LEX[w];
  return Array.isArray(t) ? t.join(',') : (t ?? '');
};

export const isGivenNameTag = (w: string): boolean => /(?:^|,)(?:MaleName|FemaleName|FirstName)(?:,|$)/.test(tagOf(w));
export const isSurnameTag = (w: string): boolean => /(?:^|,)LastName(?:,|$)/.test(tagOf(w));
/** Countries and regions (provinces, states) are larger than HIPAA's geographic limit. */
export const isLargeAreaTag = (w: string): boolean => /(?:^|,)(?:Country|Region)(?:,|$)/.test(tagOf(w));
