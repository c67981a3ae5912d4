import { describe, expect, it } from 'vitest';
import { createI18n, digitsFormatter, tWithDigits, withDigits } from './index';

describe('digitsFormatter', () => {
  it('writes numbers in the chosen digits, without grouping', () => {
    expect(digitsFormatter('ar', 'arab')(16000)).toBe('١٦٠٠٠');
    expect(digitsFormatter('ar', 'arab')(5.1)).toBe('٥٫١');
    expect(digitsFormatter('ar', 'latn')(48)).toBe('48');
    expect(digitsFormatter('en', 'latn')(16000)).toBe('16000');
    expect(digitsFormatter('en', 'arab')(12)).toBe('١٢');
  });
});

describe('withDigits', () => {
  const digits = digitsFormatter('ar', 'arab');

  it('writes the numbers for interpolation only, keeping the numbers themselves', () => {
    const options = { line: 5, column: 48, name: 'تقرير 2.txt', count: 3 };
    expect(withDigits(options, digits)).toEqual({ ...options, replace: { line: '٥', column: '٤٨', name: 'تقرير 2.txt', count: '٣' } });
  });

  it('returns options without numbers, and no options, as they are', () => {
    const options = { name: 'a.txt', n: '٤' };
    expect(withDigits(options, digits)).toBe(options);
    expect(withDigits(undefined, digits)).toBeUndefined();
  });
});

describe('tWithDigits', () => {
  it('interpolates numbers in the digits given, the plural form still chosen by the number', () => {
    const i18n = createI18n('ar');
    i18n.addResourceBundle('ar', 'translation', { probe: { items_few: '{{count}} مقاطع', items_many: '{{count}} مقطعًا', items_other: '{{count}} مقطع' } }, true, true);
    const arab = tWithDigits(i18n.t, digitsFormatter('ar', 'arab'));
    const latn = tWithDigits(i18n.t, digitsFormatter('ar', 'latn'));
    expect(arab('problems.at', { line: 5, column: 48 })).toBe('السطر ٥، العمود ٤٨');
    expect(latn('problems.at', { line: 5, column: 48 })).toBe('السطر 5، العمود 48');
    expect(arab('probe.items', { count: 3 })).toBe('٣ مقاطع');
    expect(arab('probe.items', { count: 11 })).toBe('١١ مقطعًا');
    expect(arab('probe.items', { count: 100 })).toBe('١٠٠ مقطع');
  });
});
