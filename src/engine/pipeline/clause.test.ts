import { describe, expect, it } from 'vitest';
import { makeContext } from './context.ts';
import { heldAsObject, someoneBefore } from './clause.ts';

const at = (text: string, word: string) => {
  const ctx = makeContext(text, {});
  const k = text.indexOf(word);
  return { object: heldAsObject(ctx, 0, k), someone: someoneBefore(ctx, 0, k) };
};

describe('heldAsObject and someoneBefore', () => {
  it('reads a mention after a verb or a preposition as an object, after whoever the sentence told first', () => {
    expect(at('She\'s 92 and loves Anne Murray.', 'Anne')).toEqual({ object: true, someone: true });
    expect(at('Ils ont écouté Ginette Reno.', 'Ginette')).toEqual({ object: true, someone: true });
    expect(at('Our walk was inspired by the late Terry Fox.', 'Terry')).toEqual({ object: true, someone: false });
    expect(at('Arthur, 91, hums along to the great Gordie Howe story.', 'Gordie')).toEqual({ object: true, someone: true });
  });
  it('reads a mention opening the sentence or a clause as a subject', () => {
    expect(at('Terry Fox ran 5,373 km on one leg.', 'Terry').object).toBe(false);
    expect(at('On this day in 1848, Phineas Gage survived.', 'Phineas')).toEqual({ object: false, someone: false });
    expect(at('Repose en paix Jean Béliveau...', 'Jean').object).toBe(false);
  });
});
