import { describe, expect, it } from 'vitest';
import { draftLayout, firstStrongDirection, lineDirection } from './text-direction';

describe('firstStrongDirection', () => {
  it('reads the first letter, whatever neutrals come before it', () => {
    expect(firstStrongDirection('قال الوزير.')).toBe('rtl');
    expect(firstStrongDirection('The minister said.')).toBe('ltr');
    expect(firstStrongDirection('«قال» the minister')).toBe('rtl');
    expect(firstStrongDirection('2024: Geneva talks — محادثات')).toBe('ltr');
    expect(firstStrongDirection('١٢ - محادثات')).toBe('rtl');
  });

  it('knows Persian, Urdu and Hebrew letters as right-to-left', () => {
    expect(firstStrongDirection('پیش از این گفته بود')).toBe('rtl');
    expect(firstStrongDirection('ہم نے کہا')).toBe('rtl');
    expect(firstStrongDirection('אמר השר')).toBe('rtl');
  });

  it('takes the tatweel and the Arabic semicolon and question mark as strong right-to-left, not digits, harakat or the Arabic comma', () => {
    expect(firstStrongDirection('ـــ')).toBe('rtl');
    expect(firstStrongDirection('؟ why')).toBe('rtl');
    expect(firstStrongDirection('، ٣٤ ۱۲ \u064e abc')).toBe('ltr');
  });

  it('skips what an isolate holds (UAX #9 P2) and finds nothing in a line without letters', () => {
    expect(firstStrongDirection('\u2068Reuters\u2069 قالت')).toBe('rtl');
    expect(firstStrongDirection('\u2067\u2066G20\u2069 قمة\u2069 summit')).toBe('ltr');
    expect(firstStrongDirection('')).toBeNull();
    expect(firstStrongDirection('  12:30 — «» ')).toBeNull();
    expect(firstStrongDirection('\u2066abc\u2069')).toBeNull();
  });
});

describe('lineDirection', () => {
  it('gives a line without letters the draft’s direction', () => {
    expect(lineDirection('', 'rtl')).toBe('rtl');
    expect(lineDirection('٢٠٢٤', 'rtl')).toBe('rtl');
    expect(lineDirection('', 'ltr')).toBe('ltr');
    expect(lineDirection('The talks were held in English.', 'rtl')).toBe('ltr');
  });
});

describe('draftLayout', () => {
  it('lays article JSON out as left-to-right code, even with Arabic in it', () => {
    expect(draftLayout(['{', '  "title": "محادثات"'], 'rtl')).toEqual({ code: true, dir: 'ltr' });
    expect(draftLayout(['', '\ufeff  [1, 2]'], 'rtl')).toEqual({ code: true, dir: 'ltr' });
  });

  it('gives plain text the direction of its first letter, and an empty draft the fallback', () => {
    expect(draftLayout(['محادثات في جنيف', '', 'Talks'], 'ltr')).toEqual({ code: false, dir: 'rtl' });
    expect(draftLayout(['', '2024', 'Geneva talks', 'محادثات'], 'rtl')).toEqual({ code: false, dir: 'ltr' });
    expect(draftLayout([], 'rtl')).toEqual({ code: false, dir: 'rtl' });
    expect(draftLayout(['', '   '], 'ltr')).toEqual({ code: false, dir: 'ltr' });
    expect(draftLayout(['12', '—'], 'rtl')).toEqual({ code: false, dir: 'rtl' });
  });

  it('reads no further than the first line that decides', () => {
    let read = 0;
    function* lines() {
      for (const line of ['', 'محادثات', 'never read']) {
        read++;
        yield line;
      }
    }
    expect(draftLayout(lines(), 'ltr').dir).toBe('rtl');
    expect(read).toBe(2);
  });
});
