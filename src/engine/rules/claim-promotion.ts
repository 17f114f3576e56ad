import { defineRule } from '../define-rule.ts';
import { findClaims } from '../pipeline/claims.ts';

// A call to buy a health product or treatment ("DM me to order", "use code HEAL20"). Ontario
// physicians may not associate their name with a product (O. Reg. 114/94), so a source does not
// lower this one: a citation does not cancel a conflict of interest (research/claims.md §5).
export default defineRule({
  id: 'claim-promotion',
  category: 'claim',
  severity: 'medium',
  languages: ['en', 'fr'],
  description: 'Promotion of a health product or treatment: a call to order, a discount code, a shop link.',
  guidance: 'guidance_claim_promotion',
  detect: (_text, ctx) => findClaims(ctx).filter((c) => c.kind === 'promotion'),
  examples: {
    flag: [
      'My immune-boosting tea blend is back in stock! [[Use code HEAL20 for 20% off 🍵]]',
      'Struggling with joint pain? My turmeric gummies help. [[DM me to order.]]',
      'New detox kit available. [[Link in bio to shop now.]]',
      'Mon mélange de tisanes est de retour! [[Code promo SANTE15 pour 15 % de rabais.]]',
      'Our joint formula is clinically tested. [[Use code KNEE10!]] Study: https://doi.org/10.7326/M20-0990',
    ],
    pass: [
      "We're hiring two RNs for the cardiac unit. DM me for details.",
      'Bake sale for the unit on Friday, 20% off everything after 2 pm!',
      'Looking for volunteers for our vaccine confidence study. DM me for details.',
      'Faites un don à la fondation, lien dans la bio.',
    ],
  },
});
