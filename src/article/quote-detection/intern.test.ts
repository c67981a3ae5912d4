import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Interner } from './intern';
import { normalizeSlice } from './normalize';

describe('Interner', () => {
  const unit = fc.constantFrom('ا', 'أ', 'ى', 'ي', 'ة', 'ه', 'ـ', '\u064e', '\u200c', 'A', 'a', 'ק', '\uffff', ' ', '\ud83d', '\ude00');
  const text = fc.array(unit, { maxLength: 60 }).map((a) => a.join(''));

  it('gives normalizeSlice, however often a word is asked for', () => {
    const interner = new Interner();
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
        const start = t.length ? a % (t.length + 1) : 0;
        const end = start + (t.length - start ? b % (t.length - start + 1) : 0);
        const expected = normalizeSlice(t, start, end);
        return interner.normalizedWord(t, start, end) === expected && interner.normalizedWord(t, start, end) === expected;
      }),
      { numRuns: 2000 },
    );
  });

  it('stays right when the table fills and is emptied, starting a new epoch', () => {
    const interner = new Interner();
    const words: string[] = [];
    for (let i = 0; i < 20_000; i++) words.push(`كلمة${i.toString(36)}أ`);
    const expected = words.map((w) => normalizeSlice(w, 0, w.length));
    for (let round = 0; round < 2; round++) {
      expect(words.map((w) => interner.normalizedWord(w, 0, w.length))).toEqual(expected);
    }
    expect(interner.epoch).toBeGreaterThan(0);
  });

  it('answers the same slot for the same units within an epoch, and -1 for empty or long words', () => {
    const interner = new Interner();
    const slot = interner.internSlot('وقال الوزير', 0, 4);
    expect(interner.internSlot('فقال وقال', 5, 9)).toBe(slot);
    expect(interner.word(slot)).toBe('وقال');
    expect(interner.internSlot('abc', 1, 1)).toBe(-1);
    expect(interner.internSlot('x'.repeat(41), 0, 41)).toBe(-1);
  });
});
