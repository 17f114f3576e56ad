import { describe, expect, test } from 'vitest';
import { cardValid, luhnCheckDigit, luhnValid, ohipValid, sinValid } from './luhn.ts';

describe('luhn', () => {
  test('ISO/IEC 7812 worked example 79927398713', () => {
    expect(luhnValid('79927398713')).toBe(true);
    for (const d of '012456789') expect(luhnValid(`7992739871${d}`)).toBe(false);
    expect(luhnCheckDigit('7992739871')).toBe(3);
  });
  test('check digit 0 is computed as 0, not 10', () => {
    // 1234567897 is the classic OHIP sample; 1000000008 / 2000000006 / 1111111116 exercise other sums.
    expect(luhnCheckDigit('5')).toBe(9);
    expect(luhnCheckDigit('00')).toBe(0);
    expect(luhnValid('000')).toBe(true);
    expect(luhnCheckDigit('123456789')).toBe(7);
    expect(luhnCheckDigit('123456783')).toBe(0);
  });
  test('rejects non-digits and empty input', () => {
    expect(luhnValid('')).toBe(false);
    expect(luhnValid('1234-5678')).toBe(false);
    expect(() => luhnCheckDigit('12a')).toThrow();
  });
});

describe('OHIP', () => {
  test('the usual sample 1234 567 897 passes; changing the check digit fails', () => {
    expect(ohipValid('1234567897')).toBe(true);
    expect(ohipValid('1234567898')).toBe(false);
  });
  test('a number whose check digit is 0 is valid (petalmd bug guard)', () => {
    // Payload 123456783 doubles to a sum that is already a multiple of 10.
    expect(ohipValid('1234567830')).toBe(true);
    expect(ohipValid('1234567831')).toBe(false);
  });
  test('first digit 0 and wrong lengths are rejected', () => {
    expect(ohipValid('0234567897')).toBe(false);
    expect(ohipValid('123456789')).toBe(false);
    expect(ohipValid('12345678970')).toBe(false);
  });
});

describe('SIN / NAS', () => {
  test('Presidio vectors', () => {
    expect(sinValid('130692544')).toBe(true);
    expect(sinValid('130692545')).toBe(false);
    expect(sinValid('435418165')).toBe(true);
    expect(sinValid('435418166')).toBe(false);
    expect(sinValid('046454286')).toBe(false); // Luhn-valid but starts with 0
    expect(sinValid('812345678')).toBe(false);
  });
  test('runs of one digit are not numbers anyone holds', () => {
    expect(sinValid('999999999')).toBe(false);
  });
});

describe('payment cards', () => {
  test('issuer test numbers pass', () => {
    for (const n of ['4111111111111111', '4012888888881881', '371449635398431', '5555555555554444', '30569309025904', '6011000400000000']) {
      expect(cardValid(n), n).toBe(true);
    }
  });
  test('bad checksums and lengths fail', () => {
    expect(cardValid('4012888888881882')).toBe(false);
    expect(cardValid('36168002586008')).toBe(false);
    expect(cardValid('411111111111')).toBe(false);
    expect(cardValid('0000000000000000')).toBe(false);
  });
});
