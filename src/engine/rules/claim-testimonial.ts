import { defineRule } from '../define-rule.ts';
import { findClaims } from '../pipeline/claims.ts';

// A personal story offered as proof for others: first person + an outcome + a push to copy it
// (research/claims.md §3.4). Testimonials are barred from Ontario physician advertising because
// they are selected and cannot be verified. A plain report ("feeling better after physio") is not one.
export default defineRule({
  id: 'claim-testimonial',
  category: 'claim',
  severity: 'medium',
  languages: ['en', 'fr'],
  description: 'A personal health story offered as evidence that a treatment works for others.',
  guidance: 'guidance_claim_testimonial',
  detect: (_text, ctx) => findClaims(ctx).filter((c) => c.kind === 'testimonial'),
  examples: {
    flag: [
      '[[I cured my psoriasis with a gluten-free diet.]] Everyone with psoriasis should try it!',
      '[[My doctor couldn\'t help with my fibromyalgia but CBD oil did.]] Don\'t give up!',
      '[[Since I started taking collagen I have no more knee pain.]]',
      "[[J'ai guéri mon eczéma avec cette huile.]] Essayez-la!",
      '[[Depuis que je prends du collagène, plus de douleurs aux genoux.]]',
    ],
    pass: [
      'Feeling so much better after physio this week, thanks team!',
      'Had COVID last week, finally testing negative.',
      "J'ai reçu mon vaccin contre la grippe aujourd'hui!",
      'Did it work for you? Asking because a patient mentioned it.',
    ],
  },
});
