import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { charClass, FAMILY_OF, findSpans, firstMarkIndex, PUNCT, SPACE, SpanBuffer, WORDCH } from './marks';
import { Tokens, tokenizeInto } from './tokenizer';

/** The quotations findSpans pairs in `text`, as [inner text, opener, closer]. */
function pairs(text: string, buf = new SpanBuffer()): [string, string, string][] {
  const tokens = new Tokens();
  tokenizeInto(text, tokens, 0, FAMILY_OF);
  return findSpans(text, tokens.marks, tokens.markCount, buf).map((s) => [text.slice(s.start + s.open.length, s.end - s.close.length), s.open, s.close]);
}

describe('findSpans: pairing by position, not glyph', () => {
  it.each([
    ['straight marks', 'قال إن "المحصول جيد" اليوم', [['المحصول جيد', '"', '"']]],
    ['curly marks written the Arabic way round', 'قال ”الطريق مفتوح“ أمس', [['الطريق مفتوح', '”', '“']]],
    ['a reversed opener glued to the word before it', 'أن”المياه عادت” أمس', [['المياه عادت', '”', '”']]],
    ['a guillemet pair in either direction', 'قال «نعم» ثم »لا« وخرج', [['نعم', '«', '»'], ['لا', '»', '«']]],
    ['a mismatched pair across double quotes and guillemets', 'قال «المفاوضات مستمرة” أمس', [['المفاوضات مستمرة', '«', '”']]],
    ['a straight opener closed by a curly mark', 'وأضاف أن "العدد تراجع”.', [['العدد تراجع', '"', '”']]],
    ['the damaged entity quot; and &quot;', 'بانquot;القطار الجديدquot;. و&quot;نعم&quot;', [['القطار الجديد', 'quot;', 'quot;'], ['نعم', '&quot;', '&quot;']]],
  ] as [string, string, [string, string, string][]][])('%s', (_name, text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });

  it('does not pair a single quote with a double one: ’ is also an apostrophe', () => {
    expect(pairs('قال ‘نعم" وخرج')).toEqual([['نعم" وخرج', '‘', '']]);
  });

  it('keeps nested quotes inside their outer quote', () => {
    expect(pairs('قال: "هذه قصة ما يسمى بـ‘جيل الانتظار’ في المدن".')).toEqual([['هذه قصة ما يسمى بـ‘جيل الانتظار’ في المدن', '"', '"']]);
  });

  it('runs a quote never closed to the end of the paragraph', () => {
    const text = 'وتابع: “لن نغلق المعبر. الوضع صعب.';
    expect(pairs(text)).toEqual([['لن نغلق المعبر. الوضع صعب.', '“', '']]);
  });

  it('starts a quote with no opener after the colon of its sentence, and gives nothing without one', () => {
    expect(pairs('وقال المدرب: الفريق قدم مباراة كبيرة».')).toEqual([['الفريق قدم مباراة كبيرة', '', '»']]);
    expect(pairs('وأشاد به النقاد في الصحف".')).toEqual([]);
    expect(pairs('انتهى الأمر. ثم قال: نعم. لا شيء»')).toEqual([]);
  });

  it('drops empty pairs and runs of marks', () => {
    expect(pairs('عرضت القناة الفيلم “” مساء أمس، و"«“ ثم')).toEqual([]);
  });

  it('skips Hebrew gershayim and apostrophes inside Latin words', () => {
    expect(pairs('דובר צה"ל אמר כי "הכוחות ימשיכו"')).toEqual([['הכוחות ימשיכו', '"', '"']]);
    expect(pairs("he said ‘we don’t know’ today")).toEqual([['we don’t know', '‘', '’']]);
  });

  it('reuses its buffer: a second paragraph does not see the first one’s spans', () => {
    const buf = new SpanBuffer();
    expect(pairs('"واحد" و"اثنان"', buf)).toHaveLength(2);
    expect(pairs('"ثلاثة"', buf)).toEqual([['ثلاثة', '"', '"']]);
    buf.clear();
    expect(buf.count).toBe(0);
  });

  it('gives sorted, non-overlapping spans inside the text, with their marks as written, for any text', () => {
    const piece = fc.constantFrom('"', '“', '”', '«', '»', '‘', '’', '‹', '›', 'quot;', '&quot;', ':', '.', ' ', 'قال', 'نعم', 'צה"ל', 'ـ', 'a', '\n');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 50 }).map((a) => a.join('')), (text) => {
        const tokens = new Tokens();
        tokenizeInto(text, tokens, 0, FAMILY_OF);
        let prevEnd = 0;
        for (const s of findSpans(text, tokens.marks, tokens.markCount, new SpanBuffer())) {
          expect(s.start).toBeGreaterThanOrEqual(prevEnd);
          expect(s.start + s.open.length).toBeLessThan(s.end - s.close.length);
          expect(s.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(s.start, s.start + s.open.length)).toBe(s.open);
          expect(text.slice(s.end - s.close.length, s.end)).toBe(s.close);
          expect(s).toMatchObject({ kind: 'scare', speaker: null });
          prevEnd = s.end;
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('firstMarkIndex and charClass', () => {
  it('finds the first mark or quot; entity, and -1 when there is none', () => {
    expect(firstMarkIndex('قال «نعم»')).toBe(4);
    expect(firstMarkIndex('بانquot;نعم')).toBe(3);
    expect(firstMarkIndex('quote and quota')).toBe(-1);
  });

  it('classes tatweel as a word character and spaces past either end', () => {
    expect(charClass('بـ«', 1)).toBe(WORDCH);
    expect(charClass('بـ«', 2)).toBe(PUNCT);
    expect(charClass('ب\u00a0', 1)).toBe(SPACE);
    expect(charClass('ب', -1)).toBe(SPACE);
    expect(charClass('ب', 1)).toBe(SPACE);
  });
});

describe('findSpans: marks typed on the wrong side of a space', () => {
  it('closes at an opener-shaped mark after a space with a full stop after it', () => {
    expect(pairs('وقال: “لا أحد يجيب “. ثم غادر.')).toEqual([['لا أحد يجيب ', '“', '“']]);
  });

  it('opens at a single mark glued to the word before it when a word follows the space', () => {
    expect(pairs('حکومت نے شہر پر’ مکمل پابندی’ عائد کی')).toEqual([[' مکمل پابندی', '’', '’']]);
  });

  it('does not read the apostrophe of an English plural possessive as such an opener', () => {
    expect(pairs('The teachers’ union and the nurses’ union met.')).toEqual([]);
  });

  it('gives nothing for such a mark that nothing closes (a stray mark)', () => {
    expect(pairs('وزیر نے کہا’ کل اجلاس ہوگا')).toEqual([]);
  });

  it('closes a single quote at the same glyph glued to the next word', () => {
    expect(pairs('روس کے خلاف ‘سخت پابندیاں ‘عائد کرنے کا مطالبہ')).toEqual([['سخت پابندیاں ', '‘', '‘']]);
  });

  it('reads two single marks in a row as one double mark (Urdu ’’…‘‘)', () => {
    expect(pairs('اسرائیل کو’’مجرم‘‘ قرار دیا')).toEqual([['مجرم', '’’', '‘‘']]);
  });
});

describe('findSpans: a mark after a colon', () => {
  it('opens even with a space after it', () => {
    expect(pairs('وقال الوزير :" نحن قلقون من التصعيد ".')).toEqual([[' نحن قلقون من التصعيد ', '"', '"']]);
  });
});
