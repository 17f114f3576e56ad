import { describe, expect, it } from 'vitest';
import { inPublicFullName } from './public-figures.ts';

const at = (text: string, word: string) => {
  const i = text.indexOf(word);
  return inPublicFullName(text, i, i + word.length);
};

describe('inPublicFullName', () => {
  it('reads a first name inside a famous full name written around it, whatever ends the sentence', () => {
    expect(at('Henry Molaison was 27 when his hippocampi were removed', 'Henry')).toBe(true);
    expect(at('Nobody in neuro forgets Henry Molaison. He taught us memory.', 'Henry')).toBe(true);
    expect(at('We read about Phineas Gage today', 'Gage')).toBe(true);
  });
  it('leaves a first name alone when the words around it make no public name', () => {
    expect(at('Henry came in with his wife last night', 'Henry')).toBe(false);
    expect(at('Henry Tremblay, 84, from Amos', 'Henry')).toBe(false);
  });
});
