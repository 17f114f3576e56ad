import { describe, expect, test } from 'vitest';
import { bcPhnValid, nhsValid } from './mod11.ts';

describe('UK NHS number', () => {
  test('NHS Digital sample 943 476 5919 and Presidio vectors', () => {
    expect(nhsValid('9434765919')).toBe(true);
    expect(nhsValid('4010232137')).toBe(true);
    expect(nhsValid('2213951837')).toBe(true);
    expect(nhsValid('0032698674')).toBe(true);
  });
  test('a wrong check digit fails', () => {
    expect(nhsValid('4010232138')).toBe(false);
    expect(nhsValid('9434765918')).toBe(false);
  });
  test('a payload whose check would be 10 is never valid', () => {
    // 123456789x: sum = 1*10+2*9+...+9*2 = 210, 210 mod 11 = 1, check 10 -> no valid number.
    for (let d = 0; d <= 9; d++) expect(nhsValid(`123456789${d}`)).toBe(false);
  });
  test('wrong lengths and non-digits fail', () => {
    expect(nhsValid('943476591')).toBe(false);
    expect(nhsValid('943 476 5919')).toBe(false);
  });
});

describe('BC PHN', () => {
  test('python-stdnum vectors: 9698 658 215 valid, 9698 648 215 invalid', () => {
    expect(bcPhnValid('9698658215')).toBe(true);
    expect(bcPhnValid('9698648215')).toBe(false);
  });
  test('must start with 9', () => {
    expect(bcPhnValid('8698658215')).toBe(false);
  });
  test('exactly one check digit completes a payload, or none when the check would be 10/11', () => {
    let valid = 0;
    for (let d = 0; d <= 9; d++) if (bcPhnValid(`969865821${d}`)) valid++;
    expect(valid).toBe(1);
  });
});
