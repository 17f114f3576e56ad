import { defineRule } from '../define-rule.ts';
import { findClaims } from '../pipeline/claims.ts';

// The recurring anti-vaccine tropes described by Kata (Vaccine 2012): vaccines cause autism or
// infertility, alter DNA, "shed", are toxic; "too many, too soon". A denial ("vaccines do not
// cause autism") or a debunk is not a claim of harm.
export default defineRule({
  id: 'claim-vaccine-harm',
  category: 'claim',
  severity: 'medium',
  languages: ['en', 'fr'],
  description: 'A vaccine-harm claim (causes autism, alters DNA, shedding, toxic ingredients) without a credible source.',
  guidance: 'guidance_claim_vaccine_harm',
  detect: (_text, ctx) => findClaims(ctx).filter((c) => c.kind === 'vaccine'),
  examples: {
    flag: [
      '[[The MMR vaccine causes autism, the data has been hidden for years.]]',
      '[[mRNA shots alter your DNA.]] Think before you let them inject your kids.',
      '[[Flu shots contain mercury and formaldehyde.]] Why would anyone inject that?',
      "[[Les vaccins causent l'autisme, faites vos propres recherches.]]",
      "[[L'ARNm modifie votre ADN.]] Ne laissez pas vos enfants recevoir cette injection.",
    ],
    pass: [
      'Vaccines do not cause autism. This has been studied in millions of children.',
      'Myth: the flu shot gives you the flu. Fact: it contains no live virus.',
      'My grandfather died suddenly last year and I still miss him.',
      'Les vaccins ne rendent pas stérile, c\'est une rumeur.',
      'Got my COVID and flu shots today, both arms sore!',
    ],
  },
});
