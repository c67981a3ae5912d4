import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizedKey, normalizeForMatch } from './normalize';
import { isWordCode, tokenizeInto, Tokens } from './tokenizer';

/** The words of `text` as [start, end) pairs. */
function offsets(text: string): [number, number][] {
  const into = new Tokens(4);
  const count = tokenizeInto(text, into, 0, null);
  return Array.from({ length: count }, (_, i) => [into.starts[i]!, into.ends[i]!]);
}

const words = (text: string) => offsets(text).map(([s, e]) => text.slice(s, e));

describe('tokenizeInto', () => {
  it('splits Arabic words on spaces and punctuation, keeping hyphenated names', () => {
    expect(words('وقال “كون يونغ-سيه”، إن الوضع (هادئ).')).toEqual(['وقال', 'كون', 'يونغ-سيه', 'إن', 'الوضع', 'هادئ']);
  });

  it('keeps Hebrew gershayim inside acronyms but splits a glued quote mark', () => {
    expect(words('דובר צה"ל אמר כ"ץ')).toEqual(['דובר', 'צה"ל', 'אמר', 'כ"ץ']);
    expect(words('ה"מבצע" החל')).toEqual(['ה', 'מבצע', 'החל']);
  });

  it('leaves out tatweel standing alone, a dash some newsrooms type, but keeps it inside words', () => {
    expect(words('وقال المقداد ـ في تصريحات ــ إن بـ«')).toEqual(['وقال', 'المقداد', 'في', 'تصريحات', 'إن', 'بـ']);
  });

  it('never puts the damaged entity quot; inside a word', () => {
    expect(words('يانquot;اعادة التوحيدquot;.')).toEqual(['يان', 'اعادة', 'التوحيد']);
  });

  it('keys the words of a text as their normalised forms', () => {
    const text = 'قـــال أكّدَ والوزارة، ه';
    for (const [s, e] of offsets(text)) expect(normalizedKey(text, s, e)).toBe(normalizedKey(normalizeForMatch(text.slice(s, e))));
  });

  it('appends after the words already held, growing the buffers and keeping those words', () => {
    const into = new Tokens(1);
    const first = tokenizeInto('واحد اثنان ثلاثة', into, 0, null);
    const second = tokenizeInto('أربعة خمسة', into, first, null);
    expect([first, second]).toEqual([3, 2]);
    expect(Array.from(into.starts.subarray(0, 5))).toEqual([0, 5, 11, 0, 6]);
  });

  it('reports the flagged units between words and each quot; entity, in order', () => {
    const table = new Uint8Array(0x10000);
    table['"'.charCodeAt(0)] = 1;
    table['.'.charCodeAt(0)] = 1;
    const into = new Tokens();
    tokenizeInto('قال "نعم". quot;لاquot; צה"ל', into, 0, table);
    expect(Array.from(into.marks.subarray(0, into.markCount))).toEqual([4, 8, 9, 11, 18]);
  });

  it('returns ordered, non-overlapping offsets for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        let prev = 0;
        for (const [start, end] of offsets(text)) {
          expect(start).toBeGreaterThanOrEqual(prev);
          expect(end).toBeGreaterThan(start);
          expect(end).toBeLessThanOrEqual(text.length);
          prev = end;
        }
      }),
    );
  });
});

describe('isWordCode', () => {
  it('counts letters, marks, digits and joiners of any script, and nothing else', () => {
    expect([...'اa٣ـ\u064e\u200c'].map((c) => isWordCode(c.charCodeAt(0)))).toEqual([true, true, true, true, true, true]);
    expect([...' "،.'].map((c) => isWordCode(c.charCodeAt(0)))).toEqual([false, false, false, false]);
    expect([0xd800, Number.NaN, -1, 0x10000].map(isWordCode)).toEqual([false, false, false, false]);
  });
});
