import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectLanguage, directionOf, primaryLanguage } from './language';
import { isHebrewWordMark, quoteMarksOf } from './quote-marks';

describe('detectLanguage', () => {
  it.each([
    ['قال المتحدث إن المحادثات كانت مثمرة وستستمر الأسبوع المقبل.', 'ar'],
    ['وزیر امور خارجه گفت که گفتگوها ادامه پیدا می‌کند و نتیجه را اعلام خواهد کرد.', 'fa'],
    ['وزیر خارجہ نے کہا کہ بات چیت جاری رہے گی اور نتیجہ جلد سامنے آئے گا۔', 'ur'],
    ['השר אמר כי השיחות יימשכו בשבוע הבא.', 'he'],
    ['The minister said the talks would continue next week.', 'en'],
    ['قمة APEC في سان فرانسيسكو تناقش التجارة والاستثمار في المنطقة.', 'ar'],
    ['', 'en'],
  ])('%s -> %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });
});

describe('directionOf', () => {
  it.each([
    ['ar', 'rtl'],
    ['fa-IR', 'rtl'],
    ['he', 'rtl'],
    ['ur', 'rtl'],
    ['en-GB', 'ltr'],
    ['az-Arab', 'rtl'],
    ['fr', 'ltr'],
  ])('%s -> %s', (lang, dir) => {
    expect(directionOf(lang)).toBe(dir);
  });
});

describe('detectLanguage on long or unusual text', () => {
  it('reads only the opening of a long text', () => {
    const english = 'The minister said the talks would continue. '.repeat(500);
    const arabic = 'قال المتحدث إن المحادثات كانت مثمرة. '.repeat(2000);
    expect(detectLanguage(english + arabic)).toBe('en');
    expect(detectLanguage(arabic + english)).toBe('ar');
  });

  it('counts characters outside the BMP and lone surrogates as no script', () => {
    expect(detectLanguage('😀😀😀😀 قال المتحدث 😀 \ud800 \udc00')).toBe('ar');
    expect(detectLanguage('𝐀𝐁𝐂𝐃𝐄𝐅 השר אמר')).toBe('he');
  });
});

describe('primaryLanguage', () => {
  it.each([
    ['ar-EG', 'ar'],
    ['AR', 'ar'],
    ['fa_IR', 'fa'],
    [' he ', 'he'],
    ['zh-Hant-TW', 'zh'],
    ['', ''],
    ['-x', ''],
    [undefined, ''],
    [null, ''],
    [42, ''],
  ])('%j -> %j', (tag, primary) => {
    expect(primaryLanguage(tag)).toBe(primary);
  });

  it('never throws, and returns a lower-case prefix of the tag with no separator', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.anything()), (tag) => {
        const primary = primaryLanguage(tag);
        expect(typeof primary).toBe('string');
        expect(primary).not.toMatch(/[-_]/u);
        if (typeof tag === 'string') expect(tag.trim().toLowerCase().startsWith(primary)).toBe(true);
      }),
    );
  });
});

describe('directionOf is total', () => {
  it('gives ltr for anything that is not a tag', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(['rtl', 'ltr']).toContain(directionOf(value));
      }),
    );
    expect(directionOf(undefined)).toBe('ltr');
    expect(directionOf('AR-eg')).toBe('rtl');
  });
});

describe('quoteMarksOf', () => {
  it('gives the house marks per language', () => {
    expect(quoteMarksOf('ar-EG').house).toEqual(['«', '»']);
    expect(quoteMarksOf('fa').house).toEqual(['«', '»']);
    expect(quoteMarksOf('ur').house).toEqual(['«', '»']);
    expect(quoteMarksOf('he').house).toEqual(['"', '"']);
    expect(quoteMarksOf('en-GB').house).toEqual(['“', '”']);
    expect(quoteMarksOf('fr').house).toEqual(['“', '”']);
    expect(quoteMarksOf(undefined).house).toEqual(['“', '”']);
  });

  it('lists the house and inner marks among those a language opens and closes with', () => {
    for (const lang of ['ar', 'fa', 'ur', 'he', 'en']) {
      const marks = quoteMarksOf(lang);
      expect(marks.opening).toContain(marks.house[0]);
      expect(marks.closing).toContain(marks.house[1]);
      expect(marks.opening).toContain(marks.inner[0]);
      expect(marks.closing).toContain(marks.inner[1]);
    }
  });

  it('tells Hebrew gershayim and geresh from quotation marks', () => {
    expect(isHebrewWordMark('צה"ל', 2)).toBe(true);
    expect(isHebrewWordMark('ג\'נין', 1)).toBe(true);
    expect(isHebrewWordMark('צה״ל', 2)).toBe(true);
    expect(isHebrewWordMark('אמר "שלום"', 4)).toBe(false);
    expect(isHebrewWordMark('ab"c', 2)).toBe(false);
    expect(isHebrewWordMark('"', 0)).toBe(false);
    expect(isHebrewWordMark('', 5)).toBe(false);
  });
});
