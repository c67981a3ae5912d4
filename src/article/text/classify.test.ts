import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CharKind,
  digitSystemOf,
  digitValue,
  isArabicLetter,
  isArabicScript,
  isDigit,
  isFormat,
  isHebrewLetter,
  isHebrewScript,
  isLatinLetter,
  isLetter,
  isMark,
  isNumber,
  isRtlLetter,
  isSpace,
  kindOf,
  Script,
  scriptOf,
} from './classify';

const isSurrogate = (c: number) => c >= 0xd800 && c <= 0xdfff;

describe('classification agrees with the engine’s Unicode properties over the whole BMP', () => {
  const checks: [string, RegExp, (c: number) => boolean][] = [
    ['Script=Arabic', /^\p{Script=Arabic}$/u, isArabicScript],
    ['Script=Hebrew', /^\p{Script=Hebrew}$/u, isHebrewScript],
    ['Arabic letters', /^(?=\p{Script=Arabic})\p{L}$/u, isArabicLetter],
    ['Hebrew letters', /^(?=\p{Script=Hebrew})\p{L}$/u, isHebrewLetter],
    ['Latin letters', /^(?=\p{Script=Latin})\p{L}$/u, isLatinLetter],
    ['L', /^\p{L}$/u, isLetter],
    ['Nd', /^\p{Nd}$/u, isDigit],
    ['N', /^\p{N}$/u, isNumber],
    ['M', /^\p{M}$/u, isMark],
    ['Cf', /^\p{Cf}$/u, isFormat],
  ];
  it.each(checks)('%s', (_name, re, predicate) => {
    const disagree: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const expected = !isSurrogate(c) && re.test(String.fromCharCode(c));
      if (predicate(c) !== expected) disagree.push(c.toString(16));
    }
    expect(disagree).toEqual([]);
  });

  it('White_Space that is not Cf is a space', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      const expected = !isSurrogate(c) && /^\p{White_Space}$/u.test(ch) && !/^\p{Cf}$/u.test(ch);
      if (isSpace(c) !== expected) throw new Error(`U+${c.toString(16)}`);
    }
  });

  it('kind and script are one of their values for every unit, and surrogate halves are surrogates', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffff }), (c) => {
        expect(Object.values(CharKind)).toContain(kindOf(c));
        expect(Object.values(Script)).toContain(scriptOf(c));
        expect(kindOf(c) === CharKind.surrogate).toBe(isSurrogate(c));
      }),
    );
  });
});

describe('classification examples', () => {
  it.each([
    ['ا', Script.arabic, CharKind.letter],
    ['پ', Script.arabic, CharKind.letter],
    ['ے', Script.arabic, CharKind.letter],
    ['\uFEFB', Script.arabic, CharKind.letter], // ﻻ lam-alef ligature
    ['\u064E', Script.inherited, CharKind.mark], // fatha: Inherited, not Arabic
    ['\u0640', Script.common, CharKind.letter], // tatweel is Lm, Common
    ['،', Script.common, CharKind.other],
    ['٣', Script.arabic, CharKind.digit],
    ['۳', Script.arabic, CharKind.digit],
    ['3', Script.common, CharKind.digit],
    ['ש', Script.hebrew, CharKind.letter],
    ['\u05B8', Script.hebrew, CharKind.mark], // qamats
    ['K', Script.latin, CharKind.letter],
    ['\u200C', Script.inherited, CharKind.format], // ZWNJ
    ['\u200F', Script.common, CharKind.format], // RLM
    ['\u061C', Script.arabic, CharKind.format], // ALM
    ['\u00AD', Script.common, CharKind.format], // soft hyphen
    [' ', Script.common, CharKind.space],
    ['\u00A0', Script.common, CharKind.space],
  ])('%s', (ch, script, kind) => {
    expect(scriptOf(ch.charCodeAt(0))).toBe(script);
    expect(kindOf(ch.charCodeAt(0))).toBe(kind);
  });

  it('strong right-to-left letters', () => {
    for (const ch of ['ب', 'ی', 'ש', '\uFB2A', '\uFEFB', 'ܐ', 'ހ']) expect(isRtlLetter(ch.charCodeAt(0))).toBe(true);
    for (const ch of ['a', '٣', '\u064E', '\u0640', '،', ' ']) expect(isRtlLetter(ch.charCodeAt(0))).toBe(false);
  });

  it('digit systems and values', () => {
    expect([digitSystemOf(0x37), digitValue(0x37)]).toEqual(['western', 7]);
    expect([digitSystemOf(0x667), digitValue(0x667)]).toEqual(['arabic-indic', 7]);
    expect([digitSystemOf(0x6f7), digitValue(0x6f7)]).toEqual(['persian', 7]);
    expect([digitSystemOf(0x967), digitValue(0x967)]).toEqual([null, -1]); // Devanagari 1
  });

  it('is total: anything that is not a code unit is “other”', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.double()), (c) => {
        if (Number.isInteger(c) && c >= 0 && c <= 0xffff) return;
        expect(scriptOf(c)).toBe(Script.other);
        expect(kindOf(c)).toBe(CharKind.other);
        expect(isLetter(c) || isMark(c) || isDigit(c) || isFormat(c) || isArabicScript(c)).toBe(false);
      }),
    );
  });
});
