import { describe, expect, it } from 'vitest';
import { LATIN_MEMBERS, latinLetters, narrowClasses, TwoForms } from './latin.ts';

describe('narrow property classes', () => {
  it('match as the full classes on every character a Latin-1 text can hold, with and without i', () => {
    const forms: Array<[RegExp, RegExp]> = [];
    for (const k of Object.keys(LATIN_MEMBERS)) {
      for (const flags of ['u', 'iu']) {
        for (const src of [`^\\p{${k}}$`, `^[\\p{${k}}'_]$`, `^[^\\p{${k}}_]$`]) forms.push([new RegExp(src, flags), new RegExp(narrowClasses(src, flags), flags)]);
      }
    }
    let checked = 0;
    for (let c = 0; c <= 0x10ffff; c++) {
      const ch = String.fromCodePoint(c);
      if (!latinLetters(ch)) continue;
      checked++;
      for (const [full, narrow] of forms) if (full.test(ch) !== narrow.test(ch)) throw new Error(`${full} and ${narrow} differ on U+${c.toString(16)}`);
    }
    expect(checked).toBeGreaterThan(900_000);
  });

  it('tells Latin-1 texts from the others', () => {
    expect(latinLetters('Mme Bélanger’s daughter 💙 called — “twice”')).toBe(true);
    expect(latinLetters('ma sœur Œdipe ❤️')).toBe(true);
    for (const s of ['Mr. Nguyễn', 'Łukasz', 'Ἀ', '𝐀lice', 'x\u0345', '٣ days']) expect(latinLetters(s)).toBe(false);
  });

  it('rewrites only the four classes, in and out of brackets', () => {
    expect(narrowClasses(String.raw`(?<![\p{L}\p{N}@#_])\p{Lu}[\p{Ll}'’]\P{L}\p{M}\\p{L}`, 'u')).toBe(
      String.raw`(?<![A-Za-zªµºÀ-ÖØ-öø-ÿŒœ0-9²³¹¼-¾@#_])[A-ZÀ-ÖØ-ÞŒ][a-zµß-öø-ÿœ'’]\P{L}\p{M}\\p{L}`,
    );
  });

  it('leaves a pattern without the u flag alone, where \\p{L} is no class', () => {
    expect(narrowClasses(String.raw`\p{L}`, 'g')).toBe(String.raw`\p{L}`);
  });

  it('builds each form on first use and picks it by the text', () => {
    const p = new TwoForms(String.raw`\p{Lu}\p{Ll}+`, 'gu');
    expect(p.get(true).source).not.toContain('\\p');
    expect(p.get(false).source).toContain('\\p{Lu}');
    expect(p.get(true)).toBe(p.get(true));
  });
});
