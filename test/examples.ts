// Parses rule examples: "[[...]]" marks an expected span. Shared by the engine
// example runner and the docs generator.

export interface ParsedExample {
  text: string;
  spans: Array<[number, number]>;
}

export function parseExample(example: string): ParsedExample {
  const spans: Array<[number, number]> = [];
  let text = '';
  let i = 0;
  while (i < example.length) {
    const open = example.indexOf('[[', i);
    if (open === -1) { text += example.slice(i); break; }
    const close = example.indexOf(']]', open + 2);
    if (close === -1) throw new Error(`unclosed [[ in example: ${example}`);
    text += example.slice(i, open);
    const start = text.length;
    text += example.slice(open + 2, close);
    spans.push([start, text.length]);
    i = close + 2;
  }
  return { text, spans };
}
