import { defineRule } from '../define-rule.ts';
import { learnedSpans, unclaimed } from '../learned/tagger.ts';

// A town, neighbourhood or street tied to a patient that the place rule does not reach, read
// by the learned tagger (learned/): a place told in a story in words the place cues miss.
// Off by default: on leave-one-batch-out cross-validation (scripts/train-model.ts --cv) it found
// more patients' places in new writers' posts than the rules alone (+1.5 points pooled), but
// alarmed 4 more ordinary posts of 602, past the bar set before measuring (0.5 point). A policy
// that wants the recall can switch it on. Medium severity: it is a reading, not a match.
export default defineRule({
  id: 'learned-place',
  category: 'location',
  severity: 'medium',
  defaultOff: true,
  languages: ['en', 'fr'],
  description: 'A place the learned model reads as where a patient lives, comes from or was found, in a care story.',
  guidance: 'guidance_learned_place',
  detect(_text, ctx) {
    return unclaimed(ctx, learnedSpans(ctx), 'location')
      .map((s) => ({ start: s.start, end: s.end, confidence: 0.5, reason: 'learned' }));
  },
  examples: {
    flag: [
      'Flew a 62-year-old out of [[Chibougamau]] this morning after the rollover',
      'Le petit gars de [[Sainte-Agathe]] est arrivé hier soir en ambulance',
      'We admitted a trucker out of [[Kapuskasing]] with chest pain on nights',
    ],
    pass: [
      'The conference is in Kapuskasing this year, register by Friday',
      'Our hospital in Timmins is hiring nurses for the ICU',
      'I grew up in Wawa and now I work nights in the ER',
      'Grand-maman vit à Rimouski depuis toujours, elle a 91 ans',
    ],
  },
});
