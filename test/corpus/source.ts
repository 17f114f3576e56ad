// The corpus record, its annotated source format, and loading. Shared by the build script,
// the report script and the corpus tests.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CATEGORIES, type Category } from '../../src/engine/types.ts';

export const SITES = ['x', 'fb', 'li'] as const;
export type Site = (typeof SITES)[number];

/** Text categories only: the image categories cannot be labelled in a text post. */
export const TEXT_CATEGORIES = CATEGORIES.filter(
  (c) => c !== 'image-metadata' && c !== 'image-text' && c !== 'face' && c !== 'claim',
) as readonly Category[];

export interface Expected {
  category: Category;
  /** Exact substring of the post. */
  text: string;
  /** 1-based occurrence of `text` in the post when it is not the first. */
  occurrence?: number;
}

export interface CorpusPost {
  id: string;
  lang: 'en' | 'fr';
  site: Site;
  kind: 'positive' | 'negative';
  text: string;
  expect: Expected[];
  note?: string;
}

export type Split = 'dev' | 'holdout';

// Numbers are three digits, four once a language and site pass 999 (en-x did in train-8).
const HEADER = /^=== ((en|fr)-(x|fb|li)-\d{3,4}) (positive|negative) (dev|holdout)\s*$/;

/**
 * Parses `{{category|text}}` labels, which may nest. Returns the clean text and the labels in
 * order of their start, each with the occurrence number its text has at that position.
 */
export function parseLabels(src: string, where: string): { text: string; expect: Expected[] } {
  let text = '';
  const open: Array<{ category: string; start: number }> = [];
  const spans: Array<{ category: string; start: number; end: number }> = [];
  let i = 0;
  while (i < src.length) {
    if (src.startsWith('{{', i)) {
      const bar = src.indexOf('|', i + 2);
      const category = bar === -1 ? '' : src.slice(i + 2, bar);
      if (!/^[a-z-]+$/.test(category)) throw new Error(`${where}: bad label start near "${src.slice(i, i + 30)}"`);
      open.push({ category, start: text.length });
      i = bar + 1;
    } else if (src.startsWith('}}', i)) {
      const o = open.pop();
      if (!o) throw new Error(`${where}: unmatched }} near "${src.slice(Math.max(0, i - 30), i + 2)}"`);
      spans.push({ category: o.category, start: o.start, end: text.length });
      i += 2;
    } else {
      text += src[i];
      i++;
    }
  }
  if (open.length) throw new Error(`${where}: unclosed {{${open[0]!.category}|`);
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const expect = spans.map((s) => {
    const t = text.slice(s.start, s.end);
    if (!(CATEGORIES as readonly string[]).includes(s.category)) throw new Error(`${where}: unknown category ${s.category}`);
    if (t.trim() !== t || t.length === 0) throw new Error(`${where}: label "${t}" is empty or has outer spaces`);
    let occurrence = 0;
    for (let at = text.indexOf(t); at !== -1 && at <= s.start; at = text.indexOf(t, at + 1)) occurrence++;
    const e: Expected = { category: s.category as Category, text: t };
    if (occurrence > 1) e.occurrence = occurrence;
    return e;
  });
  return { text, expect };
}

export function parseSource(src: string, file: string): Array<{ post: CorpusPost; split: Split }> {
  const out: Array<{ post: CorpusPost; split: Split }> = [];
  const blocks = src.split(/\n(?==== )/);
  for (const block of blocks) {
    const lines = block.split('\n');
    const m = HEADER.exec(lines[0] ?? '');
    if (!m) {
      // Text before the first header is a file comment; a header that does not parse is an error.
      if ((lines[0] ?? '').startsWith('===')) throw new Error(`${file}: bad header "${lines[0]}" (run corpus-build --stamp?)`);
      continue;
    }
    let body = lines.slice(1);
    let note: string | undefined;
    if (body[0]?.startsWith('note: ')) {
      note = body[0].slice(6).trim();
      body = body.slice(1);
    }
    const raw = body.map((l) => l.trimEnd()).join('\n').trim();
    const { text, expect } = parseLabels(raw, `${file} ${m[1]}`);
    const post: CorpusPost = {
      id: m[1]!,
      lang: m[2] as 'en' | 'fr',
      site: m[3] as Site,
      kind: m[4] as 'positive' | 'negative',
      text,
      expect,
    };
    if (note) post.note = note;
    out.push({ post, split: m[5] as Split });
  }
  return out;
}

export function serialize(posts: readonly CorpusPost[]): string {
  return posts.map((p) => JSON.stringify(p)).join('\n') + '\n';
}

export function loadSplit(split: Split): CorpusPost[] {
  const path = fileURLToPath(new URL(`./${split}.jsonl`, import.meta.url));
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      try {
        return JSON.parse(l) as CorpusPost;
      } catch (e) {
        throw new Error(`${split}.jsonl line ${i + 1}: ${(e as Error).message}`);
      }
    });
}

/** [start, end) of an expected span in its post, or undefined when the text is not there. */
export function locate(post: CorpusPost, e: Expected): [number, number] | undefined {
  let at = -1;
  for (let n = 0; n < (e.occurrence ?? 1); n++) {
    at = post.text.indexOf(e.text, at + 1);
    if (at === -1) return undefined;
  }
  return [at, at + e.text.length];
}
