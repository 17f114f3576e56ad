import { expect, test } from 'vitest';
import { ssnValid } from './ssn.ts';

test('structurally possible numbers pass', () => {
  for (const n of ['078051121', '078051123', '219091234', '536221234']) expect(ssnValid(n), n).toBe(true);
});

test('never-issued areas, groups and serials fail (SSA rules)', () => {
  for (const n of ['000121234', '666121234', '900121234', '999121234', '078001123', '078050000']) {
    expect(ssnValid(n), n).toBe(false);
  }
});

test('famous samples and repeated digits fail', () => {
  for (const n of ['078051120', '123456789', '987654321', '111111111', '219099999']) expect(ssnValid(n), n).toBe(false);
});

test('ITIN groups (IRS): 50-65, 70-88, 90-92, 94-99', async () => {
  const { itinValid } = await import('./ssn.ts');
  for (const n of ['911701234', '911531234', '911641234', '900501234', '999991234']) expect(itinValid(n), n).toBe(true);
  for (const n of ['911891234', '911931234', '911491234', '811701234']) expect(itinValid(n), n).toBe(false);
});
