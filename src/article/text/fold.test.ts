import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMark } from './classify';
import { DROPPED, EXPANDS, fold, foldedForm, foldUnit, foldWithOffsets, originalRange } from './fold';
import { ARABIC_NISBA_SUFFIXES, CORE_ARABIC_NISBA_SUFFIXES, HEBREW_NISBA_SUFFIXES, PERSIAN_NISBA_SUFFIXES } from './nisba';

describe('the folding table, row by row', () => {
  it.each([
    ['alef with hamza above', 'أ', 'ا'],
    ['alef with hamza below', 'إ', 'ا'],
    ['alef with madda', 'آ', 'ا'],
    ['alef wasla', 'ٱ', 'ا'],
    ['alef with wavy hamza above', 'ٲ', 'ا'],
    ['alef with wavy hamza below', 'ٳ', 'ا'],
    ['alef maqsura', 'ى', 'ي'],
    ['Persian yeh', 'ی', 'ي'],
    ['Urdu yeh barree', 'ے', 'ي'],
    ['yeh barree with hamza', 'ۓ', 'ي'],
    ['Pashto yeh', 'ۍ', 'ي'],
    ['Kurdish yeh', 'ێ', 'ي'],
    ['yeh E', 'ې', 'ي'],
    ['yeh with hamza', 'ئ', 'ي'],
    ['waw with hamza', 'ؤ', 'و'],
    ['ta marbuta', 'ة', 'ه'],
    ['heh with yeh above', 'ۀ', 'ه'],
    ['heh goal with hamza', 'ۂ', 'ه'],
    ['ta marbuta goal', 'ۃ', 'ه'],
    ['Urdu heh goal', 'ہ', 'ه'],
    ['heh doachashmee', 'ھ', 'ه'],
    ['ae', 'ە', 'ه'],
    ['Persian kaf', 'ک', 'ك'],
    ['swash kaf', 'ڪ', 'ك'],
    ['noon ghunna', 'ں', 'ن'],
    ['fatha, shadda, sukun dropped', 'مُحَمَّدْ', 'محمد'],
    ['tanween and superscript alef dropped', 'كتابًا هٰذا', 'كتابا هذا'],
    ['Quranic marks dropped', 'قال\u06D6', 'قال'],
    ['tatweel dropped', 'كـوريـا', 'كوريا'],
    ['Arabic-Indic digits', '٠١٢٣٤٥٦٧٨٩', '0123456789'],
    ['Persian digits', '۰۱۲۳۴۵۶۷۸۹', '0123456789'],
    ['ZWNJ dropped', 'می‌شود', 'ميشود'],
    ['ZWJ dropped', 'a\u200Db', 'ab'],
    ['LRM and RLM dropped', '\u200Eغزة\u200F', 'غزه'],
    ['ALM dropped', '\u061C٣', '3'],
    ['soft hyphen dropped', 'news\u00ADpaper', 'newspaper'],
    ['word joiner dropped', 'a\u2060b', 'ab'],
    ['BOM dropped', '\uFEFFنص', 'نص'],
    ['ZWSP dropped', 'a\u200Bb', 'ab'],
    ['bidi isolates dropped', '\u2067نص\u2069', 'نص'],
    ['presentation forms to base letters', '\uFECF\uFEB0\uFE93', 'غزه'],
    ['presentation form with hamza', '\uFE83', 'ا'],
    ['lam-alef ligature expands', '\uFEFB', 'لا'],
    ['Allah ligature expands', '\uFDF2', 'الله'],
    ['isolated harakat form dropped', 'ب\uFE70', 'ب'],
    ['Hebrew presentation form with a point', '\uFB2A', 'ש'],
    ['Latin lower-cased', 'North KOREA', 'north korea'],
    ['accented Latin lower-cased', 'ÉLYSÉE', 'élysée'],
    ['Hebrew finals to medial', 'ךםןףץ', 'כמנפצ'],
    ['Hebrew points dropped', 'שָׁלוֹם', 'שלומ'],
    ['spaces and punctuation kept', 'غزة، (رفح)!', 'غزه، (رفح)!'],
    ['astral characters kept', 'a😀ب', 'a😀ب'],
  ])('%s', (_name, input, expected) => {
    expect(fold(input)).toBe(expected);
  });

  it('returns the same string when nothing folds', () => {
    const s = 'كتب الصحفي 12 خبرا';
    expect(fold(s)).toBe(s);
  });

  it('classifies units as dropped, folded or expanding', () => {
    expect(foldUnit(0x064e)).toBe(DROPPED);
    expect(foldUnit(0x0623)).toBe(0x0627);
    expect(foldUnit(0xfefb)).toBe(EXPANDS);
    expect(foldedForm(0xfefb)).toBe('لا');
    expect(foldedForm(0x0640)).toBe('');
    expect(foldUnit(Number.NaN)).toBe(DROPPED);
    expect(foldUnit(0x10000)).toBe(DROPPED);
  });

  it('folds the nisba endings to distinct keys', () => {
    const folded = [...ARABIC_NISBA_SUFFIXES, ...PERSIAN_NISBA_SUFFIXES.slice(1), ...HEBREW_NISBA_SUFFIXES].map(fold);
    expect(new Set(folded).size).toBe(folded.length);
    expect(CORE_ARABIC_NISBA_SUFFIXES.map(fold)).toEqual(['ي', 'يه', 'يين', 'يون']);
    expect(PERSIAN_NISBA_SUFFIXES.map(fold)).toEqual(['ي', 'يها', 'يهاي']);
  });
});

// Strings weighted towards what news text holds: Arabic letters and variants, marks, tatweel, format
// characters, digits of three systems, presentation forms, Hebrew, Latin, spaces, surrogates.
const unit = fc.oneof(
  fc.integer({ min: 0x0600, max: 0x06ff }),
  fc.integer({ min: 0x0590, max: 0x05ff }),
  fc.integer({ min: 0xfb00, max: 0xfeff }),
  fc.constantFrom(0x20, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x061c, 0xad, 0x2060, 0xfeff, 0x0640, 0x41, 0x61, 0xc9, 0x30),
  fc.integer({ min: 0xd800, max: 0xdfff }),
  fc.integer({ min: 0, max: 0xffff }),
);
const newsText = fc.array(unit, { maxLength: 40 }).map((units) => String.fromCharCode(...units));
const anyText = fc.oneof(newsText, fc.string({ unit: 'binary' }));

describe('folding properties', () => {
  it('is idempotent', () => {
    fc.assert(fc.property(anyText, (s) => {
        expect(fold(fold(s))).toBe(fold(s));
      }), { numRuns: 2000 });
  });

  it('every unit of the BMP folds to units that fold to themselves', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const form = foldedForm(c);
      if (fold(form) !== form) throw new Error(`U+${c.toString(16)} folds to ${form}, which folds further`);
    }
  });

  it('drops every combining mark', () => {
    for (let c = 0; c <= 0xffff; c++) if (isMark(c)) expect(foldUnit(c)).toBe(DROPPED);
  });

  it('commutes with concatenation (it is out of context)', () => {
    fc.assert(fc.property(anyText, anyText, (a, b) => {
        expect(fold(a + b)).toBe(fold(a) + fold(b));
      }));
  });
});

describe('foldWithOffsets', () => {
  it('maps each folded unit to the unit it came from', () => {
    const f = foldWithOffsets('أَحْمَد ﻻ');
    expect(f.text).toBe('احمد لا');
    expect([...f.offsets]).toEqual([0, 2, 4, 6, 7, 8, 8, 9]);
  });

  it('maps a folded range back to whole original characters, marks included', () => {
    const source = 'قالَ مُحَمَّدٌ\u200F اليوم';
    const f = foldWithOffsets(source);
    const at = f.text.indexOf('محمد');
    const { start, end } = originalRange(f, at, at + 4);
    expect(source.slice(start, end)).toBe('مُحَمَّدٌ\u200F');
  });

  it('takes a ligature whole and never splits a surrogate pair', () => {
    const f = foldWithOffsets('x\uFEFBy😀z');
    expect(originalRange(f, 1, 2)).toEqual({ start: 1, end: 2 });
    const g = foldWithOffsets('a😀\u064Eb');
    expect(originalRange(g, 1, 2)).toEqual({ start: 1, end: 4 });
    expect(originalRange(g, 2, 3)).toEqual({ start: 1, end: 4 });
  });

  it('gives dropped units before the first kept one to it, and maps empty ranges to a point', () => {
    const f = foldWithOffsets('\u200F\u064Eبت');
    expect(originalRange(f, 0, 1)).toEqual({ start: 0, end: 3 });
    expect(originalRange(f, 1, 1)).toEqual({ start: 3, end: 3 });
    expect(originalRange(f, 2, 2)).toEqual({ start: 4, end: 4 });
  });

  it('throws a RangeError for a range outside the folded text', () => {
    const f = foldWithOffsets('abc');
    expect(() => originalRange(f, 2, 1)).toThrow(RangeError);
    expect(() => originalRange(f, -1, 1)).toThrow(RangeError);
    expect(() => originalRange(f, 0, 4)).toThrow(RangeError);
    expect(() => originalRange(f, 0.5, 1)).toThrow(RangeError);
  });

  it('folds as fold does, with monotonic offsets that point at a unit folding to the folded unit', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const f = foldWithOffsets(s);
        expect(f.text).toBe(fold(s));
        expect(f.offsets.length).toBe(f.text.length + 1);
        expect(f.offsets[f.text.length]).toBe(s.length);
        for (let i = 0; i < f.text.length; i++) {
          const o = f.offsets[i]!;
          expect(o).toBeGreaterThanOrEqual(0);
          expect(o).toBeLessThan(s.length);
          expect(o).toBeLessThanOrEqual(f.offsets[i + 1]!);
          expect(foldedForm(s.charCodeAt(o))).toContain(f.text[i]);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('maps every folded range to whole original characters whose fold contains it', () => {
    const textAndRange = anyText.chain((s) => {
      const n = fold(s).length;
      return fc.tuple(fc.constant(s), fc.integer({ min: 0, max: n }), fc.integer({ min: 0, max: n }));
    });
    fc.assert(
      fc.property(textAndRange, ([s, a, b]) => {
        const f = foldWithOffsets(s);
        const [from, to] = a <= b ? [a, b] : [b, a];
        const { start, end } = originalRange(f, from, to);
        expect(0 <= start && start <= end && end <= s.length).toBe(true);
        expect(fold(s.slice(start, end))).toContain(f.text.slice(from, to));
        // Boundaries fall between characters: never inside a pair, never before a dropped unit.
        const splitsPair = (at: number) => at > 0 && at < s.length && /[\ud800-\udbff]/u.test(s[at - 1]!) && /[\udc00-\udfff]/u.test(s[at]!);
        if (from < to) {
          expect(splitsPair(start) || splitsPair(end)).toBe(false);
          if (end < s.length) expect(foldUnit(s.charCodeAt(end))).not.toBe(DROPPED);
          if (start > 0) expect(foldUnit(s.charCodeAt(start))).not.toBe(DROPPED);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
