import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { RULES } from '../registry.ts';
import { fold } from '../pipeline/signals.ts';
import { GATES, holdsAny } from './case-description.ts';

// The case rule skips a pattern when the post holds none of its gate words. That is only
// safe if every match holds one of them: checked on the dev posts, every rule example and a
// few texts written to sit at the edge of each gate.
const posts = ['dev', 'claims-dev'].flatMap((s) => readFileSync(new URL(`../../../test/corpus/${s}.jsonl`, import.meta.url), 'utf8').split('\n'))
  .filter(Boolean).map((l) => JSON.parse(l).text as string);
const examples = RULES.flatMap((r) => [...r.examples.flag, ...r.examples.pass]).map((e) => e.replace(/\[\[|\]\]/g, ''));
const edges = [
  'A retired RN, an ex-cop and une ancienne juge.', 'A woman in her late 80s, dans la soixantaine, thirty-something, 40-something.',
  'Worked the mines 40 years; a student at the college; still runs the hardware store; a travaillé 30 ans.',
  'Found outside of Kenora, near Gimli, on Lake Louise, près de Saint-Ours, à l’est de Québec.',
  'A teen showed up; drove himself in; est arrivée; had a nun this week; on a reçu une madame.',
  'Say a 16-year-old collapses. Case of the week: what is your ddx? Réponse demain.',
];

test('every match of a gated case pattern holds one of its gate words', () => {
  for (const text of [...posts, ...examples, ...edges]) {
    const folded = fold(text.toLowerCase());
    for (const { words, re, folded: onFolded } of GATES()) {
      if (holdsAny(folded, words)) continue;
      expect((onFolded ? folded : text).match(re), `${re.source.slice(0, 40)} on: ${text}`).toBeNull();
    }
  }
});

test('the gates are not vacuous: each edge text opens at least one', () => {
  for (const { words } of GATES()) {
    expect(edges.some((t) => holdsAny(fold(t.toLowerCase()), words))).toBe(true);
  }
});
