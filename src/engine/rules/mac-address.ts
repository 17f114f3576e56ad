import { defineRule } from '../define-rule.ts';
import type { Span } from '../types.ts';
import { cueNear } from '../pipeline/cue-index.ts';
import { PERSON_CUE } from '../lexicons/id-cues.ts';
import { matchAll } from '../pipeline/match.ts';

// A MAC address names one network card, so one device and often one person's phone or pump
// (HIPAA (M), device identifiers). Six hex pairs joined by ":" or "-" (one kind throughout), or
// Cisco's three dotted quads. Dashed and dotted forms need a hex letter: all-digit groups are
// more often dates or references. All-zero and broadcast addresses belong to no device.
const MAC = /(?<![\w:.-])(?:[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(?:\1[0-9A-Fa-f]{2}){4}|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4})(?![\w:-]|\.\w)/g;
/** What every MAC holds ("XX:XX:" twice over, or ".XXXX."): cheap to look for, since it starts on punctuation. */
const MAC_CORE = /[:-][0-9A-Fa-f]{2}[:-]|\.[0-9A-Fa-f]{4}\./;
const LABEL = /(?<![\p{L}\d_])(?:mac|hardware\s+address|physical\s+address|ethernet|wi-?fi|bluetooth|adresse\s+(?:mac|physique)|device|appareil)(?![\p{L}\d_])/iu;

export default defineRule({
  id: 'mac-address',
  category: 'network',
  severity: 'high',
  languages: ['en', 'fr'],
  description: 'A MAC (hardware) address; high beside MAC, device words or a person, low when bare; broadcast and all-zero addresses are ignored.',
  guidance: 'guidance_network',
  detect(text, ctx) {
    const out: Span[] = [];
    if (!MAC_CORE.test(text)) return out;
    for (const m of matchAll(text, MAC)) {
      const s = m[0];
      const hex = s.replace(/[:.-]/g, '').toLowerCase();
      if (/^0+$/.test(hex) || /^f+$/.test(hex)) continue;
      if (m[1] !== ':' && !/[a-f]/.test(hex)) continue;
      const start = m.index;
      const end = start + s.length;
      const label = cueNear(ctx, start, end, LABEL, 40, 20);
      const person = cueNear(ctx, start, end, PERSON_CUE, 80, 40);
      if (label || person) out.push({ start, end, confidence: 0.85, severity: 'high', reason: label ? 'label' : 'context' });
      else out.push({ start, end, confidence: 0.4, severity: 'low', reason: 'format' });
    }
    return out;
  },
  examples: {
    flag: [
      'The pump on the patient\'s IV pole reports MAC [[00:1A:2B:3C:4D:5E]]',
      'Adresse MAC du moniteur de la patiente : [[AA-BB-CC-DD-EE-0F]]',
      'Her phone\'s Wi-Fi address [[0012.3456.789a]] showed up in the log',
    ],
    pass: [
      'Broadcast: FF:FF:FF:FF:FF:FF',
      'Invalid: 00:00:00:00:00:00',
      'Not a MAC: 00:1A:2B:3C:4D',
      'Mixed 10:2F:33-AC-29-C3 separators',
      'Ref 12-34-56-78-90-12 is a form number',
    ],
  },
});
