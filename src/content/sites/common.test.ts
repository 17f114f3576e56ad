import { describe, expect, test } from 'vitest';
import { isSubmitWord } from './common.ts';

describe('publishing words (the generic path\'s tie-break)', () => {
  test('Post, Reply, Send, Share and Next in each UI language we list', () => {
    for (const w of ['post', 'publier', 'veröffentlichen', 'antworten', 'weiter', 'publicar', 'siguiente', 'pubblica', 'rispondi', 'avanti', 'partilhar', 'compartilhar', 'próximo', 'plaatsen', 'versturen', 'volgende']) {
      expect(isSubmitWord(w), w).toBe(true);
    }
  });

  test('tools, dismissals and searches are not publishing words', () => {
    for (const w of ['abbrechen', 'cancelar', 'annulla', 'annuleren', 'suchen', 'buscar', 'fett', 'emoji', 'veröffentlichen jetzt?']) {
      expect(isSubmitWord(w), w).toBe(false);
    }
  });
});
