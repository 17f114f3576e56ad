import { defineRule } from '../define-rule.ts';
import type { Span } from '../types.ts';
import { SERIAL_LABEL } from '../lexicons/id-labels.ts';
import { labelledValues } from '../pipeline/id-evidence.ts';

// Device identifiers and serials (HIPAA (M)): pacemakers, pumps, implants, phones (IMEI), UDIs.
const LABELLED = labelledValues(SERIAL_LABEL, { minDigits: 3, minLength: 5 });

export default defineRule({
  id: 'device-serial',
  category: 'id',
  severity: 'high',
  languages: ['en', 'fr'],
  description: 'A device or implant serial number, IMEI or UDI after its label (S/N, serial no., numéro de série).',
  guidance: 'guidance_id',
  detect(text) {
    return LABELLED(text);
  },
  examples: {
    flag: [
      'Pacemaker S/N [[PJN 714522 H]] interrogated this morning',
      'Serial number: [[RNB4471902]] on the insulin pump we swapped',
      'Her implant serial [[23-0098812]] is in the op note photo',
      'Numéro de série [[SN-88412077]] du stimulateur de la patiente',
      'IMEI [[356938035643809]] of the phone found on him',
    ],
    pass: [
      'Serial killers are rarer than you think',
      'Serial troponins at 0, 3 and 6 h',
      'S/N ratio improved with the new coil',
      'Le numéro de série est sur l\'étiquette',
    ],
  },
});
