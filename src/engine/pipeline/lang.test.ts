import { describe, expect, test } from 'vitest';
import { langScore, langScoreIn } from './lang.ts';

// langScoreIn reads a sentence inside the lower-cased post; it must score exactly what
// lower-casing the sentence on its own and scoring it gives.
describe('langScoreIn', () => {
  const post = "L'ÉQUIPE a vu qu'il était là. The patient's wife, HER son and l' d'' qu'x c'est 🙂 𝐀𝐁 ok!\n" +
    "Aujourd'hui: très bien, n'est-ce pas? Yesterday was long.  Où est-il? j's'l'";
  const lower = post.toLowerCase();
  const edges = [0, 30, 31, 95, 96, 140, post.length];
  test.each(edges.slice(1).map((e, i) => [edges[i]!, e]))('slice %i-%i', (s, e) => {
    expect(langScoreIn(lower, s, e)).toEqual(langScore(post.slice(s, e)));
  });
  test('the whole post', () => {
    expect(langScoreIn(lower, 0, lower.length)).toEqual(langScore(post));
    expect(langScore("qu'il l'a dit")[0]).toBe(4);
    expect(langScore("q'il qu' l'")).toEqual([0, 0]);
  });
});
