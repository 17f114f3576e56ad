import { expect, test } from 'vitest';
import { ibanValid } from './iban.ts';

test('registry examples pass (ISO 13616 / SWIFT registry)', () => {
  for (const s of ['GB29NWBK60161331926819', 'DE89370400440532013000', 'FR1420041010050500013M02606', 'NL91ABNA0417164300', 'BE68539007547034']) {
    expect(ibanValid(s), s).toBe(true);
  }
});

test('a changed digit, a wrong length or a lower-case string fails', () => {
  expect(ibanValid('GB29NWBK60161331926818')).toBe(false);
  expect(ibanValid('GB29NWBK6016133192681')).toBe(false);
  expect(ibanValid('gb29nwbk60161331926819')).toBe(false);
});
