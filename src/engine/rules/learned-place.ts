import { defineRule } from '../define-rule.ts';
import { learnedCandidates } from '../learned/tagger.ts';

// A town, neighbourhood or street tied to a patient that the place rule does not reach, read
// by the learned tagger (learned/): a place told in a story in words the place cues miss.
// On because leave-one-batch-out cross-validation (scripts/train-model.ts --cv) showed it finds
// more patients' places (roads, concessions, towns after "near") in new writers' posts than the
// rules alone, within the false-alarm bar set before measuring. Medium severity: it is a
// reading, not a match. Switch it off here (defaultOff) or per policy if a new batch shows harm.
export default defineRule({
  id: 'learned-place',
  category: 'location',
  severity: 'medium',
  languages: ['en', 'fr'],
  description: 'A place the learned model reads as where a patient lives, comes from or was found, in a care story.',
  guidance: 'guidance_learned_place',
  detect: (_text, ctx) => learnedCandidates(ctx, 'location'),
  examples: {
    flag: [
      'Delivered a baby in the back of a truck on [[Crooked Creek Road]] outside Camrose last night',
      'Found him in a ditch on [[Townline Road]], hypothermic but talking, 81yo',
      'Old Wilf from the farm on [[Ridge Road]] came back to see us with his wife',
    ],
    pass: [
      'The conference is in Kapuskasing this year, register by Friday',
      'Our hospital in Timmins is hiring nurses for the ICU',
      'I grew up in Wawa and now I work nights in the ER',
      'Grand-maman vit à Rimouski depuis toujours, elle a 91 ans',
      'Highway 7 is closed east of Perth for the conference traffic',
      'Drop off winter coats at the shelter on Bank Street this Sunday',
    ],
  },
});
