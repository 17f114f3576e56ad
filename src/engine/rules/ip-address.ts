import { defineRule } from '../define-rule.ts';
import type { Span } from '../types.ts';
import { IP_LABEL } from '../lexicons/id-labels.ts';
import { PERSON_CUE } from '../lexicons/id-cues.ts';
import { ipv4Valid, ipv6Valid } from '../validators/ip.ts';
import { cueNear } from '../pipeline/cue-index.ts';
import { digitChain, matchAll } from '../pipeline/match.ts';
import { firstLooked } from '../pipeline/regex-source.ts';

// Candidates are cut generously and then parsed (validators/ip.ts), which keeps the regexes
// linear and rejects times, ratios, MAC addresses and C++ scopes by structure.
const V4 = firstLooked(/(?<![\w.-])\d{1,3}(?:\.\d{1,3}){3}(?![\w-]|\.\d)/g);
const V6 = /(?<![\w:.])(?=[0-9A-Fa-f:]{0,39}:[0-9A-Fa-f]{0,4}:)[0-9A-Fa-f:]{2,39}(?:\d{1,3}(?:\.\d{1,3}){3})?(?:%[A-Za-z0-9]{1,16})?(?![\w:]|\.[\w:])/g;
/** V6's own lookahead, alone: most posts have no two colons this close, and then V6 is not run. */
const V6_COLONS = /:[0-9A-Fa-f]{0,4}:/;
const OWNED = /(?<![\p{L}\d_])(?:our|notre|nos|hospital'?s?|h[ôo]pital|clinic'?s?|clinique|lab|labo|department|d[ée]partement|ward|unit[ée]?)(?![\p{L}\d_])/iu;
/** Equipment and how-to talk: a router's, a server's or a printer's address belongs to no patient. */
const DEVICE = /(?<![\p{L}\d_])(?:router|routeur|modem|(?:backup|standby|failover) servers?|serveurs? de (?:relève|secours)|default gateway|passerelle par d[ée]faut|wi-?fi|printer|imprimante|admin page|page d'administration|most models)(?![\p{L}\d_])/iu;
// Dotted numbers that are versions, sections or figures, not hosts.
const NUMBERING = /\b(?:version|ver|v|release|build|firmware|update|ios|android|chrome|section|§|table|figure|fig|chapter|step|item|clause|article|art|icd|rule|r[èe]gle|guideline|recommendation|recommandation|level|niveau|grade|stade|stage)\.?\s*$/i;

export default defineRule({
  id: 'ip-address',
  category: 'network',
  severity: 'high',
  languages: ['en', 'fr'],
  description: 'An IPv4 or IPv6 address; high beside network words or a person, low when bare; version and section numbers are left alone.',
  guidance: 'guidance_network',
  detect(text, ctx) {
    const out: Span[] = [];
    if (!text.includes('.') && !text.includes(':')) return out;
    const judge = (start: number, end: number, smallOnly: boolean) => {
      const sentence = ctx.sentenceAt(start);
      if (NUMBERING.test(text.slice(Math.max(sentence.start, start - 24), start))) return;
      const label = cueNear(ctx, start, end, IP_LABEL, 40, 20);
      // 1.2.3.4 with every part under 10 reads as numbering unless someone says it is an address.
      if (smallOnly && !label) return;
      const person = cueNear(ctx, start, end, PERSON_CUE, 80, 40);
      // "Our server at 10.0.0.1 is down": the organisation's own machine, not a person's.
      if (!person && (cueNear(ctx, start, end, OWNED, 40, 20) || cueNear(ctx, start, end, DEVICE, 60, 40))) return;
      if (label || person) out.push({ start, end, confidence: label ? 0.85 : 0.6, severity: 'high', reason: label ? 'label' : 'context' });
      else out.push({ start, end, confidence: 0.4, severity: 'low', reason: 'format' });
    };
    // Four dotted parts are one chain of at least four digits (digitChain).
    for (const m of digitChain(text) >= 4 ? matchAll(text, V4) : []) {
      if (!ipv4Valid(m[0])) continue;
      judge(m.index, m.index + m[0].length, m[0].split('.').every((p) => p.length === 1));
    }
    for (const m of V6_COLONS.test(text) ? matchAll(text, V6) : []) {
      const s = m[0];
      // "::" alone is the unspecified address: no one's.
      if (s === '::' || !ipv6Valid(s)) continue;
      judge(m.index, m.index + s.length, false);
    }
    return out.sort((a, b) => a.start - b.start);
  },
  examples: {
    flag: [
      'The portal logged the patient in from [[192.168.14.77]] twice',
      'Her IP: [[2001:db8::8a2e:370:7334]] shows in the audit',
      'Adresse IP du patient : [[10.42.0.17]]',
      'Requests from [[203.0.113.45]] and [[fe80::1%eth0]]',
    ],
    pass: [
      'Updated to version 1.2.3.4 this morning',
      'See section 4.2.1.3 of the guideline',
      'Shift ends at 12:34:56',
      'MAC aa:bb:cc:dd:ee:ff is not an IP address',
      'The ratio was 1:2:3:4 across arms',
      'std::cout is C++',
      'Invalid 256.256.256.256 address',
      'Our server at 10.0.0.1 is down again, paper charts today',
      'Notre serveur 10.0.0.1 est encore tombé',
      'Maintenance tonight: the backup server (10.40.2.9) takes over from 1 to 4 am.',
      'Update your router: the default admin page is 192.168.0.1 on most models',
      'Si le wifi tombe, redémarrez le routeur (192.168.1.1) avant d\'appeler les TI',
    ],
  },
});
