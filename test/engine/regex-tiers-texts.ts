import { readFileSync } from 'node:fs';
import { analyze } from '../../src/engine/index.ts';
import { RULES } from '../../src/engine/registry.ts';

/** Every rule example, a sample of dev posts and texts that once read differently once V8 optimised a pattern. */
export function tierTexts(): string[] {
  const dev = readFileSync(new URL('../corpus/dev.jsonl', import.meta.url), 'utf8').split('\n').filter(Boolean)
    .filter((_, i) => i % 20 === 0).map((l) => (JSON.parse(l) as { text: string }).text);
  const examples = RULES.flatMap((r) => [...r.examples.flag, ...r.examples.pass]).map((e) => e.replace(/\[\[|\]\]/g, ''));
  return [...examples, ...dev, 'My patient, 44, from Portland ME 04101 came in last night with a crush injury.'];
}

export function findingsOf(texts: readonly string[]): string[] {
  return texts.map((t) => JSON.stringify(analyze(t, { today: '2026-11-22' }).map((f) => [f.ruleId, f.start, f.end, f.severity])));
}
