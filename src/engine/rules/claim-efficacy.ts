import { defineRule } from '../define-rule.ts';
import { findClaims } from '../pipeline/claims.ts';

// A treatment or exposure + an effect verb + a health outcome ("turmeric cures arthritis"),
// or a claim that stands alone ("detoxes your liver", "doctors don't want you to know").
// The verdict follows research/claims.md §5: no source -> medium; hedged -> low with a caveat
// fix; a credible source -> info ("check that it supports the claim"); only a preprint -> info
// with reason 'preprint'. Questions, debunks, irony and event/job/fundraising posts are not claims.
export default defineRule({
  id: 'claim-efficacy',
  category: 'claim',
  severity: 'medium',
  languages: ['en', 'fr'],
  description: 'A health claim that something cures, prevents, reverses or boosts, made without a credible source.',
  guidance: 'guidance_claim',
  detect: (_text, ctx) => findClaims(ctx).filter((c) => c.kind === 'efficacy'),
  examples: {
    flag: [
      '[[Turmeric cures arthritis, 100%!]] My aunt swears by it.',
      'Long day. [[Zinc lozenges wipe out a cold in a day.]]',
      '[[This tea detoxes your liver]] https://youtu.be/abc123',
      '[[Early evidence suggests melatonin may help with anxiety.]]',
      "[[L'ivermectine guerit la covid, on vous le cache.]]",
      '[[Le jeûne de 3 jours renforce votre système immunitaire.]]',
      '[[Doctors don\'t want you to know that baking soda shrinks tumors.]]',
      '[[Shingrix prevents shingles in most adults over 50.]] Source: https://www.nejm.org/doi/full/10.1056/NEJMoa1501184',
      '[[Metformin may lower the risk of long covid]] https://www.medrxiv.org/content/10.1101/2022.06.02.22275910',
      '[[Studies show cinnamon reverses insulin resistance.]]',
    ],
    pass: [
      'No, vitamin C does not cure COVID. Please stop sharing that post.',
      'Is it true that turmeric cures arthritis? A patient asked me today.',
      'Had my flu shot today! Quick and easy.',
      'Join us Thursday for grand rounds on how exercise prevents falls. Register at the link.',
      'Our foundation is raising funds to find a cure for childhood leukemia.',
      'Sure, bleach cures everything 🙄',
      'Non, la vitamine C ne guérit pas la covid.',
      'There is no evidence that ivermectin cures COVID.',
      'Exercise reduces the risk of falls.',
    ],
  },
});
