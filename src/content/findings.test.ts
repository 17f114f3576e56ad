import { describe, expect, test } from 'vitest';
import { excerpt } from './findings.ts';

describe('excerpt', () => {
  test('a short span is shown whole, with its spacing flattened', () => {
    expect(excerpt('room\n412')).toBe('room 412');
  });

  test('a long story keeps its start and end around one ellipsis, within the limit', () => {
    const story = 'Long night in the ER. '.repeat(5) + 'A 94-year-old retired teacher from Picton came in after a fall.';
    const short = excerpt(story, 60);
    expect([...short].length).toBeLessThanOrEqual(60);
    expect(short.startsWith('Long night in the ER.')).toBe(true);
    expect(short.endsWith('after a fall.')).toBe(true);
    expect(short.split('…')).toHaveLength(2);
  });

  test('an emoji at the cut is never split into half a surrogate pair', () => {
    const text = '😀'.repeat(100);
    const short = excerpt(text, 21);
    expect(short).toBe(`${'😀'.repeat(12)}…${'😀'.repeat(8)}`);
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(short)).toBe(false);
  });
});
