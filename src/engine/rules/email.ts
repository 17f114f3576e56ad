import { defineRule } from '../define-rule.ts';

// Local part and domain per the practical subset of RFC 5322 that people type. Bounded
// quantifiers keep the match linear; a TLD of letters only excludes version strings.
const EMAIL = /(?<![\w.+-])[A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,62}[A-Za-z0-9_%+-])?@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,8}[A-Za-z]{2,24}(?![\w-])/g;

/** Shared role mailboxes of organisations are contact points, not personal data. */
const ROLE_BOX = /^(?:info|contact|media|press|communications|comms|privacy|admin|support|help|hello|office|inquiries|enquiries|feedback|webmaster|noreply|no-reply|careers|jobs|research|studies|recrutement|recruitment)@/i;

export default defineRule({
  id: 'email',
  category: 'contact',
  severity: 'high',
  languages: ['en', 'fr'],
  description: 'An email address, unless it is an organisation\'s shared mailbox (info@, privacy@...).',
  guidance: 'guidance_contact',
  detect(text) {
    const out = [];
    for (const m of text.matchAll(EMAIL)) {
      if (ROLE_BOX.test(m[0])) continue;
      out.push({ start: m.index, end: m.index + m[0].length, confidence: 0.9 });
    }
    return out;
  },
  examples: {
    flag: [
      'His daughter said to write to [[jane.tremblay72@gmail.com]] with updates',
      'pt email: [[d.okafor@hotmail.co.uk]]',
      'Envoyez le rapport à [[m.gagnon@videotron.ca]] svp',
    ],
    pass: [
      'Questions? Write to info@hospital.ca',
      'Upgrade to v2.3.1@latest before the demo',
      'Follow @DrSmith for updates',
    ],
  },
});
