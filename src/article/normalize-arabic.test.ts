import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  foldAt,
  foldCode,
  foldForMatching,
  FoldedWords,
  foldWords,
  IGNORABLE,
  wordHash,
  OTHER_SEPARATOR,
  separatorClass,
  SENTENCE_END,
  SEPARATOR,
  WORD_GAP,
} from './normalize-arabic';

describe('foldForMatching', () => {
  it.each([
    ['hamza and madda seats on alef', 'أحمد إبراهيم آمال ٱلله', 'احمد ابراهيم امال الله'],
    ['alef maqsura and ya', 'مستشفى مصطفى', 'مستشفي مصطفي'],
    ['ta marbuta and ha', 'مدينة غزة', 'مدينه غزه'],
    ['diacritics and superscript alef', 'إِسْرَائِيلُ هٰذا', 'اسرائيل هذا'],
    ['tatweel', 'كـوريـا', 'كوريا'],
    ['Persian yeh and kaf', 'کره شمالی', 'كره شمالي'],
    ['Urdu heh goal, yeh barree and noon ghunna', 'غزہ کے فلسطینیوں', 'غزه كي فلسطينيون'],
    ['ZWNJ joins a Persian word', 'کره‌ای', 'كرهاي'],
    ['Hebrew final letters', 'ירושלים ולבנון', 'ירושלימ ולבנונ'],
    ['gershayim inside a Hebrew word', 'צה"ל', 'צהל'],
    ['Latin case', 'North KOREA', 'north korea'],
    ['separator runs collapse and trim', '  غزة،  ( رفح )  ', 'غزه رفح'],
    ['digits are separators', '374فردا', 'فردا'],
  ])('%s', (_name, input, expected) => {
    expect(foldForMatching(input)).toBe(expected);
  });

  it('keeps hamza on other seats (ئ ؤ are not alef variants)', () => {
    expect(foldForMatching('سيئول سيؤول')).toBe('سيئول سيؤول');
  });

  it('folds Arabic presentation forms to their base letters', () => {
    // ﻏ (U+FECF, ghain initial form) and ﺰ (U+FEB0, zain final form)
    expect(foldForMatching('\uFECF\uFEB0')).toBe('غز');
  });
});

describe('foldCode / foldAt', () => {
  it('classifies code units', () => {
    expect(foldCode('ـ'.charCodeAt(0))).toBe(IGNORABLE);
    expect(foldCode(0x064e)).toBe(IGNORABLE); // fatha
    expect(foldCode(' '.charCodeAt(0))).toBe(SEPARATOR);
    expect(foldCode('أ'.charCodeAt(0))).toBe('ا'.charCodeAt(0));
  });

  it('is total: lone surrogates, NUL and out-of-range values are separators', () => {
    expect(foldCode(0xd800)).toBe(SEPARATOR);
    expect(foldCode(0)).toBe(SEPARATOR);
    expect(foldCode(-5)).toBe(SEPARATOR);
    expect(foldCode(Number.NaN)).toBe(SEPARATOR);
    expect(foldAt('ab', 7)).toBe(SEPARATOR);
  });

  it('treats a quote mark as part of a word only between two Hebrew letters', () => {
    expect(foldAt('כ"ץ', 1)).toBe(IGNORABLE);
    expect(foldAt('אמר "חמאס', 4)).toBe(SEPARATOR);
  });
});

/** What foldWords' codes must be, one code unit at a time through foldAt: the reference the fast loop is checked against. */
function foldOneByOne(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const folded = foldAt(text, i);
    if (folded === IGNORABLE) continue;
    out.push(folded === SEPARATOR ? separatorClass(text.charCodeAt(i)) : folded);
  }
  return out;
}

describe('folded codes', () => {
  it('are folded letters and separator classes, ignorables dropped', () => {
    const into = new FoldedWords();
    foldWords('أَ-ب. ج،د', into);
    expect(Array.from(into.codes.subarray(0, into.length))).toEqual([
      'ا'.charCodeAt(0),
      WORD_GAP,
      'ب'.charCodeAt(0),
      SENTENCE_END,
      WORD_GAP,
      'ج'.charCodeAt(0),
      OTHER_SEPARATOR,
      'د'.charCodeAt(0),
    ]);
  });

  it('agree with foldForMatching on every string', () => {
    const into = new FoldedWords();
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        foldWords(s, into);
        const letters = Array.from(into.codes.subarray(0, into.length), (c) => (c > OTHER_SEPARATOR ? String.fromCharCode(c) : ' '))
          .join('')
          .replace(/ +/gu, ' ')
          .trim();
        expect(letters).toBe(foldForMatching(s));
      }),
    );
  });
});

describe('foldWords', () => {
  it('folds one code unit at a time as foldAt does and finds the runs of letters and the sentence ends before them', () => {
    const into = new FoldedWords();
    const unit = fc.constantFrom('ا', 'أ', 'ب', 'ـ', '\u064e', ' ', '-', '.', '؟', '،', '\n', '1', 'א', '"', 'ב', 'a', 'Z', '\ud800', '\u200c');
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.array(unit, { maxLength: 80 }).map((a) => a.join(''))), (s) => {
        foldWords(s, into);
        const codes = Uint16Array.from(foldOneByOne(s));
        const n = codes.length;
        expect(Array.from(into.codes.subarray(0, into.length))).toEqual(Array.from(codes));
        const words: [number, number, number][] = [];
        let stop = 0;
        for (let i = 0; i < n; ) {
          if (codes[i]! > OTHER_SEPARATOR) {
            let j = i;
            while (j < n && codes[j]! > OTHER_SEPARATOR) j++;
            words.push([i, j, stop]);
            stop = 0;
            i = j;
          } else {
            if (codes[i] === SENTENCE_END) stop = 1;
            i++;
          }
        }
        const found = Array.from({ length: into.words }, (_, k) => [into.starts[k]!, into.ends[k]!, into.stops[k]!]);
        expect(found).toEqual(words);
        for (let k = 0; k < into.words; k++) expect(into.hashes[k]).toBe(wordHash(codes, into.starts[k]!, into.ends[k]!));
      }),
      { numRuns: 2000 },
    );
  });

  it('grows its buffers for a long text', () => {
    const into = new FoldedWords();
    foldWords('كلمة '.repeat(5000), into);
    expect(into.words).toBe(5000);
    expect(into.length).toBe(25_000);
  });
});
