import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cliticVariants, normalizedKey, normalizedWord, nounVariants, normalizeForMatch, normalizeSlice, tokenize } from './arabic-text';

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

  it('keys the words of a text as their normalised forms', () => {
    const text = 'قـــال أكّدَ والوزارة، ه';
    for (const w of tokenize(text)) expect(normalizedKey(text, w.start, w.end)).toBe(normalizedKey(normalizeForMatch(text.slice(w.start, w.end))));
  });
});

describe('tokenize', () => {
  const words = (text: string) => tokenize(text).map((w) => text.slice(w.start, w.end));

  it('splits Arabic words on spaces and punctuation, keeping hyphenated names', () => {
    expect(words('وقال “كون يونغ-سيه”، إن الوضع (هادئ).')).toEqual(['وقال', 'كون', 'يونغ-سيه', 'إن', 'الوضع', 'هادئ']);
  });

  it('keeps Hebrew gershayim inside acronyms but splits a glued quote mark', () => {
    expect(words('דובר צה"ל אמר כ"ץ')).toEqual(['דובר', 'צה"ל', 'אמר', 'כ"ץ']);
    expect(words('ה"מבצע" החל')).toEqual(['ה', 'מבצע', 'החל']);
  });

  it('never puts the damaged entity quot; inside a word', () => {
    expect(words('يانquot;اعادة التوحيدquot;.')).toEqual(['يان', 'اعادة', 'التوحيد']);
  });

  it('returns ordered, non-overlapping offsets for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        let prev = 0;
        for (const w of tokenize(text)) {
          expect(w.start).toBeGreaterThanOrEqual(prev);
          expect(w.end).toBeGreaterThan(w.start);
          expect(w.end).toBeLessThanOrEqual(text.length);
          prev = w.end;
        }
      }),
    );
  });
});

describe('clitics', () => {
  it('strips conjunctions and the ل of a present verb', () => {
    expect(cliticVariants(normalizeForMatch('وقال'))).toContain('قال');
    expect(cliticVariants(normalizeForMatch('لتقول'))).toContain('تقول');
    expect(cliticVariants('ששאל')).toContain('שאל');
  });

  it('reaches the bare noun under prepositions and the article', () => {
    expect(nounVariants(normalizeForMatch('للسفينة'))).toContain('سفينه');
    expect(nounVariants(normalizeForMatch('لوكالة'))).toContain('وكاله');
    expect(nounVariants(normalizeForMatch('وزير'))).toContain('وزير');
  });
});

describe('normalizedWord', () => {
  const unit = fc.constantFrom('ا', 'أ', 'ى', 'ي', 'ة', 'ه', 'ـ', '\u064e', '\u200c', 'A', 'a', 'ק', '\uffff', ' ', '\ud83d', '\ude00');
  const text = fc.array(unit, { maxLength: 60 }).map((a) => a.join(''));

  it('equals normalizeSlice, however often a word is asked for', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
        const start = t.length ? a % (t.length + 1) : 0;
        const end = start + (t.length - start ? b % (t.length - start + 1) : 0);
        const expected = normalizeSlice(t, start, end);
        return normalizedWord(t, start, end) === expected && normalizedWord(t, start, end) === expected;
      }),
      { numRuns: 2000 },
    );
  });

  it('stays right when the table fills and is emptied', () => {
    const words: string[] = [];
    for (let i = 0; i < 20_000; i++) words.push(`كلمة${i.toString(36)}أ`);
    const expected = words.map((w) => normalizeSlice(w, 0, w.length));
    for (let round = 0; round < 2; round++) {
      expect(words.map((w) => normalizedWord(w, 0, w.length))).toEqual(expected);
    }
  });
});
