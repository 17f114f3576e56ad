import { describe, expect, test } from 'vitest';
import { placeKey, wordKey } from './place-key.ts';
import { GAZETTEER_BIG, GAZETTEER_TOWNS, GAZETTEER_WEAK } from '../lexicons/gazetteer.ts';
import { NOT_PLACES } from '../lexicons/places.ts';

describe('placeKey', () => {
  test('spellings of one town share a key', () => {
    expect(placeKey('Sault Ste. Marie')).toBe(placeKey('Sault-Sainte-Marie'));
    expect(placeKey('Rivière-du-Loup')).toBe('riviere du loup');
    expect(placeKey('St. John’s')).toBe("saint john's");
    expect(placeKey('Mt. Pearl')).toBe('mount pearl');
  });
  test('"Pt" stays a patient, not a point', () => {
    expect(placeKey('Pt')).toBe('pt');
  });
});

describe('gazetteer', () => {
  const all = [GAZETTEER_TOWNS, GAZETTEER_WEAK, GAZETTEER_BIG].flatMap((l) => l.split('|'));
  test('keys are written as placeKey writes them, once each', () => {
    for (const k of all) expect(placeKey(k)).toBe(k);
    expect(new Set(all).size).toBe(all.length);
  });
  test('holds the towns of the issue and none of the words that are not places', () => {
    const towns = new Set(GAZETTEER_TOWNS.split('|'));
    for (const t of ['Kapuskasing', 'Chibougamau', "Val-d'Or", 'Sudbury', 'Timmins', 'Niagara-on-the-Lake']) expect(towns.has(placeKey(t))).toBe(true);
    const weak = new Set(GAZETTEER_WEAK.split('|'));
    for (const w of ['Hope', 'Mission', 'Victoria', 'Regina']) expect(weak.has(placeKey(w))).toBe(true);
    for (const k of all) expect(NOT_PLACES.has(k)).toBe(false);
  });
});

describe('wordKey', () => {
  test('a word spelled like an Object property is still a word', () => {
    expect(wordKey('Constructor')).toBe('constructor');
    expect(wordKey('Tostring')).toBe('tostring');
  });
  test('abbreviations and accents as placeKey has them', () => {
    for (const w of ['St', 'Ste', 'Mt', 'Ft', 'Rivière', 'Lévis', 'Pt']) expect(wordKey(w)).toBe(placeKey(w));
  });
});

test('a capitalised "Constructor" or "Hasownproperty" in a post does not stop the engine', async () => {
  const { analyze } = await import('../index.ts');
  for (const t of ['Constructor crews from Kenora came in last night.', 'Our patient is from Hasownproperty, 54, seen today.']) {
    expect(() => analyze(t)).not.toThrow();
  }
});
