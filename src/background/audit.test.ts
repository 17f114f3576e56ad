import { describe, expect, test } from 'vitest';
import { asStore, dayOf, emptyAudit, prune, record, rows, toCsv, toJson, totals } from './audit.ts';

const NOON = new Date(2026, 10, 20, 12, 0, 0).getTime();
const cat = (id: string) => ({ email: 'contact', 'ca-on-ohip': 'id' } as Record<string, string>)[id];

describe('audit counts', () => {
  test('counts one row per rule, per day, site and action', () => {
    const s = emptyAudit();
    record(s, { site: 'x', action: 'warned', ruleIds: ['email', 'ca-on-ohip', 'email'] }, NOON, cat);
    record(s, { site: 'x', action: 'warned', ruleIds: ['email'] }, NOON, cat);
    record(s, { site: 'facebook', action: 'posted-clean', ruleIds: [] }, NOON, cat);
    expect(rows(s)).toEqual([
      { date: '2026-11-20', rule: '-', category: '-', site: 'facebook', action: 'posted-clean', reason: '', count: 1 },
      { date: '2026-11-20', rule: 'ca-on-ohip', category: 'id', site: 'x', action: 'warned', reason: '', count: 1 },
      { date: '2026-11-20', rule: 'email', category: 'contact', site: 'x', action: 'warned', reason: '', count: 2 },
    ]);
  });

  test('keeps the override reason only for overrides, and only from the closed list', () => {
    const s = emptyAudit();
    record(s, { site: 'x', action: 'overridden', ruleIds: ['email'], reason: 'consent' }, NOON, cat);
    record(s, { site: 'x', action: 'fixed', ruleIds: ['email'], reason: 'consent' }, NOON, cat);
    record(s, { site: 'x', action: 'overridden', ruleIds: ['email'], reason: 'Jane Doe said OK' as never }, NOON, cat);
    expect(rows(s).map((r) => [r.action, r.reason, r.count])).toEqual([['fixed', '', 1], ['overridden', '', 1], ['overridden', 'consent', 1]]);
  });

  test('never stores free text: unknown sites, actions and non-id rule names are dropped', () => {
    const s = emptyAudit();
    record(s, { site: 'x', action: 'warned', ruleIds: ['Jane Doe, MRN 00482917', 'OHIP 1234-567-897'] }, NOON, cat);
    record(s, { site: 'jane.doe@example.com' as never, action: 'warned', ruleIds: ['email'] }, NOON, cat);
    record(s, { site: 'x', action: 'posted "hello"' as never, ruleIds: ['email'] }, NOON, cat);
    const json = JSON.stringify(s);
    expect(json).not.toMatch(/Jane|00482917|1234|hello|example/);
    // The event with only bad rule names still counts, as a post with no named rule.
    expect(rows(s)).toEqual([{ date: '2026-11-20', rule: '-', category: '-', site: 'x', action: 'warned', reason: '', count: 1 }]);
  });

  test('an unknown rule id is counted with category "unknown"', () => {
    const s = record(emptyAudit(), { site: 'x', action: 'warned', ruleIds: ['custom-ward'] }, NOON, cat);
    expect(rows(s)[0]!.category).toBe('unknown');
  });

  test('prunes days beyond the retention, today counting as day 1', () => {
    const s = emptyAudit();
    for (let d = 0; d < 10; d++) record(s, { site: 'x', action: 'warned', ruleIds: ['email'] }, NOON - d * 86_400_000, cat);
    prune(s, 7, NOON);
    const days = rows(s).map((r) => r.date);
    expect(days).toHaveLength(7);
    expect(days[0]).toBe(dayOf(NOON - 6 * 86_400_000));
  });

  test('a corrupted store is read as empty or filtered, never trusted', () => {
    expect(asStore(null)).toEqual(emptyAudit());
    expect(asStore({ version: 2, counts: {} })).toEqual(emptyAudit());
    const bad = asStore({ version: 1, counts: { 'free text': 3, '2026-11-20\temail\tcontact\tx\twarned\t': 2, '2026-11-20\temail\tcontact\tx\twarned\tconsent': -1 } });
    expect(bad.counts).toEqual({ '2026-11-20\temail\tcontact\tx\twarned\t': 2 });
  });

  test('exports CSV and JSON with totals that agree', () => {
    const s = emptyAudit();
    record(s, { site: 'x', action: 'warned', ruleIds: ['email', 'ca-on-ohip'] }, NOON, cat);
    record(s, { site: 'reddit', action: 'overridden', ruleIds: ['email'], reason: 'not-patient' }, NOON, cat);
    const list = rows(s);
    expect(toCsv(list)).toBe(
      'date,rule,category,site,action,reason,count\r\n' +
      '2026-11-20,ca-on-ohip,id,x,warned,,1\r\n' +
      '2026-11-20,email,contact,reddit,overridden,not-patient,1\r\n' +
      '2026-11-20,email,contact,x,warned,,1\r\n');
    const json = JSON.parse(toJson(list, 90));
    expect(json.rows).toHaveLength(3);
    expect(json.retentionDays).toBe(90);
    const tot = totals(list);
    expect(tot.total).toBe(3);
    expect(tot.byCategory).toEqual({ id: 1, contact: 2 });
    expect(tot.byAction).toEqual({ warned: 2, overridden: 1 });
  });
});
