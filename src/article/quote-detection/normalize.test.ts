import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold } from '../text/fold';
import { normalizedKey, normalizeForMatch, normalizeSlice } from './normalize';

describe('normalizeForMatch', () => {
  it.each([
    ['أكّدَ', 'اكد'],
    ['إعلان', 'اعلان'],
    ['آمن', 'امن'],
    ['مصطفى', 'مصطفي'],
    ['الوزارة', 'الوزاره'],
    ['قـــال', 'قال'],
    ['قائلاً', 'قايلا'],
    ['تأکید', 'تاكيد'],
    ['Reuters', 'reuters'],
    ['مسؤول', 'مسوول'],
    ['رئيس', 'رييس'],
    ['ﻻ', 'لا'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeForMatch(input)).toBe(expected);
  });

  it('returns the same string when nothing changes', () => {
    const s = 'قال';
    expect(normalizeForMatch(s)).toBe(s);
  });
});

describe('normalizeSlice', () => {
  it('is the text layer’s fold of the slice for any string and range', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.nat(), fc.nat(), (s, x, y) => {
        const [a, b] = [x % (s.length + 1), y % (s.length + 1)].sort((p, q) => p - q) as [number, number];
        return normalizeSlice(s, a, b) === fold(s.slice(a, b));
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

  it('reads a ligature as the letters it folds to', () => {
    expect(normalizedKey('ﻻزم')).toBe(normalizedKey('لازم'));
    expect(normalizedKey('ﷺ')).toBe(normalizedKey(fold('ﷺ')));
  });

  it('is 0 for a range with nothing left to match', () => {
    expect(normalizedKey('ـــ')).toBe(0);
    expect(normalizedKey('')).toBe(0);
  });
});
