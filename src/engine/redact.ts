import type { Finding, Lang, Suggestion } from './types.ts';

// Replacement suggestions in the post's language. A rule may supply its own (an age
// becomes its decade, a date its month and year); these are the category defaults.

const REMOVE: Suggestion = { replacement: '', labelKey: 'fix_remove' };

const BY_CATEGORY: Partial<Record<Finding['category'], Record<Lang, Suggestion[]>>> = {
  name: {
    en: [{ replacement: '[patient]' }, { replacement: 'the patient' }],
    fr: [{ replacement: '[patient]' }, { replacement: 'le patient' }],
  },
  date: { en: [{ replacement: 'recently' }], fr: [{ replacement: 'récemment' }] },
  age: { en: [{ replacement: '90+' }], fr: [{ replacement: '90 ans et plus' }] },
  location: { en: [{ replacement: 'in our region' }], fr: [{ replacement: 'dans notre région' }] },
  contact: { en: [REMOVE], fr: [REMOVE] },
  id: { en: [REMOVE], fr: [REMOVE] },
  network: { en: [REMOVE], fr: [REMOVE] },
  room: { en: [REMOVE], fr: [REMOVE] },
};

export function suggestionsFor(f: Finding, _text: string, lang: Lang): Suggestion[] {
  return BY_CATEGORY[f.category]?.[lang] ?? [];
}
