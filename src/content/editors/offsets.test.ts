import { describe, expect, test } from 'vitest';
import { pieceAt, rebase, spliced, type Piece } from './offsets.ts';

// "ab" + <br> + "cd" + block + "" (empty text node) + "ef"
const pieces: Piece<string>[] = [
  { node: 'ab', start: 0, length: 2, kind: 'text' },
  { node: 'br', start: 2, length: 1, kind: 'break' },
  { node: 'cd', start: 3, length: 2, kind: 'text' },
  { node: 'p', start: 5, length: 1, kind: 'block' },
  { node: 'empty', start: 6, length: 0, kind: 'text' },
  { node: 'ef', start: 6, length: 2, kind: 'text' },
];

describe('pieceAt', () => {
  test('inside a piece', () => {
    expect(pieceAt(pieces, 1, 'start')?.node).toBe('ab');
    expect(pieceAt(pieces, 4, 'end')?.node).toBe('cd');
    expect(pieceAt(pieces, 7, 'start')?.node).toBe('ef');
  });
  test('at a boundary, start affinity takes the later piece and end the earlier', () => {
    expect(pieceAt(pieces, 3, 'start')?.node).toBe('cd');
    expect(pieceAt(pieces, 3, 'end')?.node).toBe('br');
    expect(pieceAt(pieces, 2, 'start')?.node).toBe('br');
    expect(pieceAt(pieces, 2, 'end')?.node).toBe('ab');
    expect(pieceAt(pieces, 6, 'end')?.node).toBe('p');
  });
  test('the ends of the text', () => {
    expect(pieceAt(pieces, 0, 'start')?.node).toBe('ab');
    expect(pieceAt(pieces, 8, 'end')?.node).toBe('ef');
    expect(pieceAt(pieces, 9, 'end')).toBeUndefined();
    expect(pieceAt([], 0, 'start')).toBeUndefined();
  });
  test('an emoji (surrogate pair) counts as two code units like the engine offsets', () => {
    const text = 'hi 🙂 jane@x.ca';
    const ps: Piece<string>[] = [{ node: 't', start: 0, length: text.length, kind: 'text' }];
    expect(pieceAt(ps, text.indexOf('jane'), 'start')?.node).toBe('t');
    expect(text.indexOf('jane')).toBe(6);
  });
});

describe('rebase', () => {
  const spans = [{ start: 0, end: 4, id: 'a' }, { start: 10, end: 14, id: 'b' }];
  const get = (s: { start: number; end: number }) => s;
  const shift = <T extends { start: number; end: number }>(s: T, d: number): T => ({ ...s, start: s.start + d, end: s.end + d });
  test('typing between spans keeps the first and shifts the second', () => {
    const before = 'AAAA  xx  BBBB';
    const after = 'AAAA  xyzx  BBBB';
    expect(rebase(before, after, spans, get, shift)).toEqual([{ start: 0, end: 4, id: 'a' }, { start: 12, end: 16, id: 'b' }]);
  });
  test('an edit inside a span drops it until the next analysis', () => {
    expect(rebase('AAAA  xx  BBBB', 'AXAA  xx  BBBB', spans, get, shift)).toEqual([{ start: 10, end: 14, id: 'b' }]);
  });
  test('unchanged text returns the same spans', () => {
    expect(rebase('same', 'same', spans, get, shift)).toEqual(spans);
  });
  test('deleting everything drops everything', () => {
    expect(rebase('AAAA  xx  BBBB', '', spans, get, shift)).toEqual([]);
  });
});

test('spliced', () => {
  expect(spliced('write to a@b.ca now', 9, 15, '')).toBe('write to  now');
  expect(spliced('Mr. Jones', 4, 9, '[patient]')).toBe('Mr. [patient]');
});
