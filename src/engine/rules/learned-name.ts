import { defineRule } from '../define-rule.ts';
import { learnedCandidates, LEARNED_CONFIDENCE } from '../learned/tagger.ts';
import { learnedNeighbours } from '../context/names.ts';

// A person's name that the hand-written name rule does not reach, read by the learned tagger
// (learned/): phrasings like a surname written first, a lower-case "mrs n. thibault" or a
// nickname in a care story. The tagger was trained on the dev corpus and only switched on
// because leave-one-batch-out cross-validation showed it finds more names in new writers'
// posts than the rules alone (scripts/train-model.ts --cv). Medium severity: it is a reading,
// not a match. Switch it off here (defaultOff) or per policy if a new batch shows harm.
export default defineRule({
  id: 'learned-name',
  category: 'name',
  severity: 'medium',
  languages: ['en', 'fr'],
  description: 'A word the learned model reads as a patient\'s or relative\'s name in a care story, where the name rule found none.',
  guidance: 'guidance_learned_name',
  detect(_text, ctx) {
    const read = learnedCandidates(ctx, 'name');
    if (!read.length) return read;
    const more = learnedNeighbours(ctx, read).map((s) => ({ ...s, confidence: LEARNED_CONFIDENCE, reason: 'learned' }));
    return more.length ? [...read, ...more].sort((a, b) => a.start - b.start) : read;
  },
  examples: {
    flag: [
      '[[ottilie]] wants everyone on the ward to know she is not leaving without her cat',
      'Found old [[Marcel]] in a ditch on Concession 4 near Ayr, hypothermic but talking, 81yo',
      '[[Gideon]] kept asking for his dog all night after his fall on the unit',
    ],
    pass: [
      'Dr. Lavoie presented the new sepsis protocol at grand rounds',
      'Thanks to Priya and the night crew for covering the unit',
      'Horace Smith will speak at the conference on Tuesday',
      'Merci à Julie et Marc de l\'équipe de nuit pour leur aide',
      'Congrats to Wendell on his retirement after 30 years as our unit clerk',
      'Apgar, APACHE II, SOFA, NIHSS, HEART, TIMI, CHADS, MELD... which score do you use most?',
      'Henry Molaison was 27 when his hippocampi were removed in 1953, and we still learn from him',
    ],
  },
});
