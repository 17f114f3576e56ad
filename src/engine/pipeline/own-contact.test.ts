import { expect, test } from 'vitest';
import { analyze } from '../index.ts';

// The author's own address or number is worth a look (low), and only listed (info) when the
// author asks to be reached on it; a patient's or relative's is the risk (high): phone and
// email judge it with the same cues (ownContact in id-evidence.ts).
const severityOf = (text: string, ruleId: string, value: string) => {
  const f = analyze(text, { only: [ruleId] }).find((x) => text.slice(x.start, x.end) === value);
  return f?.severity;
};
const expectAll = (ruleId: string, severity: string, cases: Array<[text: string, value: string]>) => {
  for (const [text, value] of cases) expect(severityOf(text, ruleId, value), text).toBe(severity);
};

test('the author\'s own phone number is low, in EN and FR', () => {
  expectAll('phone', 'low', [
    ['Texting is easiest, my cell is 902-555-0188', '902-555-0188'],
    ['My office number is 416-555-0123 if you need the slides', '416-555-0123'],
    ['Mon cellulaire : 418-555-0166, pour les collègues', '418-555-0166'],
    ['Mon numéro est le 514-555-0177, appelez-moi ce soir', '514-555-0177'],
    // A relative asking to be called, a sentence away from whom they speak for: still worth a look.
    ['My dad is on 4 West since Monday. Nurses, if anything changes, call me at 613-555-0142', '613-555-0142'],
  ]);
});

test('a number the author asks to be called on is only listed, in EN and FR', () => {
  expectAll('phone', 'info', [
    ['Questions about the protocol? Call me at 613-555-0142 after 4', '613-555-0142'],
    ['Reach me at (415) 555-0132 this week', '(415) 555-0132'],
    ['Text me on 07700 900134 if you want the rota', '07700 900134'],
    ['Pour le covoiturage, appelez-moi au 514-555-0177 ce soir', '514-555-0177'],
  ]);
});

test('a relative\'s or patient\'s number stays high beside the same words', () => {
  expectAll('phone', 'high', [
    ['Please call his daughter at 416-555-0132 after the scan', '416-555-0132'],
    ['Call me about your mother, or her cell 902-555-0188', '902-555-0188'],
    ['Appelez sa fille au 514-555-0123 ce soir', '514-555-0123'],
  ]);
});

test('email keeps its own rule: the author\'s address low, a relative\'s high', () => {
  expect(severityOf('My gmail is jroy.rn@gmail.com, for the slides', 'email', 'jroy.rn@gmail.com')).toBe('low');
  expect(severityOf('Email me at jroy.rn@gmail.com for the slides', 'email', 'jroy.rn@gmail.com')).toBe('info');
  expect(severityOf('Call me or write to me at jroy.rn@gmail.com', 'email', 'jroy.rn@gmail.com')).toBe('info');
  expect(severityOf('Her daughter asked us to write to jane.t72@gmail.com with updates', 'email', 'jane.t72@gmail.com')).toBe('high');
});
