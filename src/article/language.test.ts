import { describe, expect, it } from 'vitest';
import { detectLanguage, directionOf } from './language';

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
