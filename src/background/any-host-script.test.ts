import { describe, expect, test } from 'vitest';
import { ANY_HOST_CHUNKS, ANY_HOST_CONTENT_SCRIPT, isAnyHostChunk } from './any-host-script.ts';

// A content script asks the background to run a file in its page: only the lazy chunks of the
// any-host build may be named, never another file of the extension.
describe('isAnyHostChunk', () => {
  test('names a lazy chunk', () => {
    expect(isAnyHostChunk(`${ANY_HOST_CHUNKS}/runtime-B1Pr03lj.js`)).toBe(true);
    expect(isAnyHostChunk(`${ANY_HOST_CHUNKS}/rolldown-runtime-XKy_Htl9.js`)).toBe(true);
  });
  test('refuses anything else', () => {
    for (const f of [ANY_HOST_CONTENT_SCRIPT, `${ANY_HOST_CHUNKS}/../background.js`, `${ANY_HOST_CHUNKS}/a/b.js`, 'src/options/index.html',
      `${ANY_HOST_CHUNKS}/x.json`, `/${ANY_HOST_CHUNKS}/x.js`, `https://example.com/${ANY_HOST_CHUNKS}/x.js`, 42, null]) {
      expect(isAnyHostChunk(f)).toBe(false);
    }
  });
});
