import { describe, expect, test } from 'vitest';
import { CASES_PATH, loadCases, rate, runAll, table } from './peer-cases.ts';

// Agreement with the peer's published recognizer cases (see RESULTS.md for the figures and the
// disagreements accepted on purpose). The floors are a ratchet: raise them when agreement
// improves (`npx tsx test/conformance/peer-cases.ts --write`), never lower them to get green.
const FLOORS = { high: 0.77, medium: 0.77, low: 0.95 } as const;

const cases = loadCases();

describe.skipIf(!cases)(`peer cases (${CASES_PATH})`, () => {
  const { byEntity, byTier } = runAll(cases ?? []);

  test('prints the agreement table', () => {
    console.log(`${table('relevance', byTier)}\n\n${table('entity', byEntity)}`);
    expect(byTier.size).toBeGreaterThan(0);
  });

  test.each(Object.entries(FLOORS))('relevance %s stays at or above its floor', (tier, floor) => {
    const t = byTier.get(tier);
    expect(t, `tier ${tier} present`).toBeDefined();
    expect(rate(t!)).toBeGreaterThanOrEqual(floor);
  });

  // The identifiers the product exists for must keep their full agreement.
  test.each(['CA_SIN', 'US_MBI', 'UK_POSTCODE', 'UK_NINO', 'PHONE_NUMBER', 'IBAN_CODE', 'MAC_ADDRESS'])('%s positives all agree', (entity) => {
    const t = byEntity.get(entity)!;
    expect(t.posAgree).toBe(t.pos);
  });
});

test.runIf(!cases)('peer cases are absent: conformance skipped', () => {
  console.warn(`peer-case conformance skipped: ${CASES_PATH} not found (clone shared/ beside the repository or set PEER_CASES)`);
});
