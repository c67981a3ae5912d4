import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isHebrewLetter, isLatinLetter, normalizedKey, normalizeForMatch, normalizeSlice } from './normalize';

describe('normalizeForMatch', () => {
  it.each([
    ['أكّدَ', 'اكد'],
    ['إعلان', 'اعلان'],
    ['آمن', 'امن'],
    ['مصطفى', 'مصطفي'],
    ['الوزارة', 'الوزاره'],
    ['قـــال', 'قال'],
    ['قائلاً', 'قائلا'],
    ['تأکید', 'تاكيد'],
    ['Reuters', 'reuters'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeForMatch(input)).toBe(expected);
  });

  it('returns the same string when nothing changes', () => {
    const s = 'قال';
    expect(normalizeForMatch(s)).toBe(s);
  });
});

describe('normalizeSlice', () => {
  it('equals normalizeForMatch of the slice for any string and range', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.nat(), fc.nat(), (s, x, y) => {
        const [a, b] = [x % (s.length + 1), y % (s.length + 1)].sort((p, q) => p - q) as [number, number];
        return normalizeSlice(s, a, b) === normalizeForMatch(s.slice(a, b));
      }),
    );
  });
});

describe('normalizedKey', () => {
  it('keys a slice as its normalised form, without building it', () => {
    const text = 'وأكّدَ قـــال';
    expect(normalizedKey(text, 0, 6)).toBe(normalizedKey('واكد'));
    expect(normalizedKey(text, 7)).toBe(normalizedKey('قال'));
    expect(normalizedKey('قال')).not.toBe(normalizedKey('قالت'));
  });

  it('equals the key of normalizeForMatch for any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => normalizedKey(s) === normalizedKey(normalizeForMatch(s))));
  });

  it('is 0 for a range with nothing left to match', () => {
    expect(normalizedKey('ـــ')).toBe(0);
    expect(normalizedKey('')).toBe(0);
  });
});

describe('script tests', () => {
  it('tells Hebrew and Latin letters from Arabic ones and from punctuation', () => {
    expect(['א', 'ת', 'װ'].map((c) => isHebrewLetter(c.charCodeAt(0)))).toEqual([true, true, true]);
    expect(['ا', '"', 'a'].map((c) => isHebrewLetter(c.charCodeAt(0)))).toEqual([false, false, false]);
    expect(['a', 'Z', 'é'].map((c) => isLatinLetter(c.charCodeAt(0)))).toEqual([true, true, true]);
    expect(['×', '÷', 'ق', "'"].map((c) => isLatinLetter(c.charCodeAt(0)))).toEqual([false, false, false, false]);
    expect(isLatinLetter(-1)).toBe(false);
  });
});
