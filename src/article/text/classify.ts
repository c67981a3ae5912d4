/**
 * Character classification by script and kind, one UTF-16 code unit at a time: the one place the core
 * decides what is an Arabic letter, a Hebrew letter, a digit of which system, a combining mark or an
 * invisible format character.
 *
 * Every answer is the engine's own Unicode data (property escapes such as `\p{Script=Arabic}`), so the
 * classification cannot drift from the Unicode version the rest of the code's regular expressions use.
 * Asking a regular expression per character would cost more than the scanners that call this, so each
 * unit is classified once, on first use, into a table; later calls are one array load. Building the
 * whole table up front costs about 140 ms, which a page load should not pay for the few hundred
 * distinct units an article uses.
 *
 * Code units, not code points: the scripts and kinds that matter here all lie in the BMP. A surrogate
 * half is classified as {@link CharKind.surrogate} with script {@link Script.other}; a caller that cares
 * about astral characters reads the pair itself.
 */

/** Scripts told apart (Unicode Script property). Values are stable small integers, usable as indexes. */
export const Script = {
  /** \p{Script=Arabic}: Arabic, Persian, Urdu letters, Arabic-Indic digits, most Arabic marks, presentation forms. */
  arabic: 1,
  /** \p{Script=Hebrew}: letters, points, maqaf, geresh/gershayim, presentation forms. */
  hebrew: 2,
  /** \p{Script=Latin}. */
  latin: 3,
  /** \p{Script=Common}: spaces, ASCII digits, most punctuation, tatweel, the Arabic comma. */
  common: 4,
  /** \p{Script=Inherited}: marks used by several scripts, including the Arabic harakat U+064B-U+0655. */
  inherited: 5,
  /** Any other script, unassigned code points and surrogate halves. */
  other: 6,
} as const;
/** One of the {@link Script} values. */
export type Script = (typeof Script)[keyof typeof Script];

/** Kinds of character (from the Unicode General Category and White_Space). */
export const CharKind = {
  /** \p{L}: a letter of any script (tatweel included: it is Lm). */
  letter: 1,
  /** \p{M}: a combining mark (harakat, shadda, Hebrew points, Devanagari vowel signs...). */
  mark: 2,
  /** \p{Nd}: a decimal digit of any system. */
  digit: 3,
  /** \p{Cf}: an invisible format character (ZWNJ, ZWJ, LRM, RLM, ALM, soft hyphen, ZWSP, word joiner, BOM, bidi controls). */
  format: 4,
  /** \p{White_Space} that is not a format character: spaces, tabs, line and paragraph separators. */
  space: 5,
  /** A lone surrogate half (U+D800-U+DFFF). */
  surrogate: 6,
  /** Everything else: punctuation, symbols, other numbers, controls, unassigned. */
  other: 7,
} as const;
/** One of the {@link CharKind} values. */
export type CharKind = (typeof CharKind)[keyof typeof CharKind];

/** The three digit systems of Arabic-script news (see arabic-typography.md, req. 12). */
export type DigitSystem = 'western' | 'arabic-indic' | 'persian';

// Table layout, one Uint16 per code unit: bits 0-2 script, bits 3-5 kind, bit 6 "letter of a
// right-to-left script", bit 7 "number of any kind" (\p{N}), bit 15 "computed" (0 means the unit has not been classified yet).
const SCRIPT_MASK = 0x7;
const KIND_SHIFT = 3;
const KIND_MASK = 0x7 << KIND_SHIFT;
const RTL_BIT = 1 << 6;
const NUMBER_BIT = 1 << 7;
const COMPUTED = 1 << 15;

const table = new Uint16Array(0x10000);

const SCRIPTS: readonly [RegExp, Script][] = [
  [/^\p{Script=Arabic}$/u, Script.arabic],
  [/^\p{Script=Hebrew}$/u, Script.hebrew],
  [/^\p{Script=Latin}$/u, Script.latin],
  [/^\p{Script=Common}$/u, Script.common],
  [/^\p{Script=Inherited}$/u, Script.inherited],
];
const KINDS: readonly [RegExp, CharKind][] = [
  [/^\p{L}$/u, CharKind.letter],
  [/^\p{M}$/u, CharKind.mark],
  [/^\p{Nd}$/u, CharKind.digit],
  [/^\p{Cf}$/u, CharKind.format],
  [/^\p{White_Space}$/u, CharKind.space],
];
// Scripts written right to left that have letters in the BMP (Arabic and Hebrew included).
const NUMBER = /^\p{N}$/u;
const RTL_SCRIPT = /^[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}]$/u;

function compute(c: number): number {
  if (c >= 0xd800 && c <= 0xdfff) return COMPUTED | (CharKind.surrogate << KIND_SHIFT) | Script.other;
  const ch = String.fromCharCode(c);
  let script: Script = Script.other;
  for (const [re, s] of SCRIPTS) {
    if (re.test(ch)) {
      script = s;
      break;
    }
  }
  let kind: CharKind = CharKind.other;
  for (const [re, k] of KINDS) {
    if (re.test(ch)) {
      kind = k;
      break;
    }
  }
  const rtl = kind === CharKind.letter && RTL_SCRIPT.test(ch) ? RTL_BIT : 0;
  const number = NUMBER.test(ch) ? NUMBER_BIT : 0;
  return COMPUTED | number | rtl | (kind << KIND_SHIFT) | script;
}

/** The table entry of unit `c`; 0 for anything that is not an integer in 0..0xFFFF. */
function entry(c: number): number {
  const v = table[c];
  if (v === undefined) return 0; // NaN, negative, fractional or past 0xFFFF
  if (v !== 0) return v;
  const computed = compute(c);
  table[c] = computed;
  return computed;
}

/** Script of UTF-16 unit `c` ({@link Script}); {@link Script.other} for surrogates and for anything not in 0..0xFFFF. Never throws. */
export function scriptOf(c: number): Script {
  const v = entry(c);
  return v === 0 ? Script.other : ((v & SCRIPT_MASK) as Script);
}

/** Kind of UTF-16 unit `c` ({@link CharKind}); {@link CharKind.other} for anything not in 0..0xFFFF. Never throws. */
export function kindOf(c: number): CharKind {
  const v = entry(c);
  return v === 0 ? CharKind.other : (((v & KIND_MASK) >> KIND_SHIFT) as CharKind);
}

/** Whether `c` is in \p{Script=Arabic} (letters, Arabic-Indic digits, Arabic-only marks, presentation forms). */
export function isArabicScript(c: number): boolean {
  return (entry(c) & SCRIPT_MASK) === Script.arabic;
}

/** Whether `c` is in \p{Script=Hebrew} (letters, points, punctuation such as maqaf and gershayim). */
export function isHebrewScript(c: number): boolean {
  return (entry(c) & SCRIPT_MASK) === Script.hebrew;
}

/** Whether `c` is an Arabic-script letter (Arabic, Persian, Urdu and others, presentation forms included; not tatweel, which is Common). */
export function isArabicLetter(c: number): boolean {
  return (entry(c) & (SCRIPT_MASK | KIND_MASK)) === (Script.arabic | (CharKind.letter << KIND_SHIFT));
}

/** Whether `c` is a Hebrew letter (finals, Yiddish ligatures and presentation forms included). */
export function isHebrewLetter(c: number): boolean {
  return (entry(c) & (SCRIPT_MASK | KIND_MASK)) === (Script.hebrew | (CharKind.letter << KIND_SHIFT));
}

/** Whether `c` is a Latin letter (ASCII, accented, extended, fullwidth). */
export function isLatinLetter(c: number): boolean {
  return (entry(c) & (SCRIPT_MASK | KIND_MASK)) === (Script.latin | (CharKind.letter << KIND_SHIFT));
}

/** Whether `c` is a letter of any script (\p{L}). */
export function isLetter(c: number): boolean {
  return (entry(c) & KIND_MASK) === CharKind.letter << KIND_SHIFT;
}

/** Whether `c` is a letter of a right-to-left script (Arabic, Hebrew, Syriac, Thaana, N'Ko, Samaritan, Mandaic): a strong right-to-left character. */
export function isRtlLetter(c: number): boolean {
  return (entry(c) & RTL_BIT) !== 0;
}

/** Whether `c` is a combining mark (\p{M}): harakat, shadda, sukun, superscript alef, Hebrew points... */
export function isMark(c: number): boolean {
  return (entry(c) & KIND_MASK) === CharKind.mark << KIND_SHIFT;
}

/** Whether `c` is a decimal digit of any system (\p{Nd}); see {@link digitSystemOf} for the three Arabic-news systems. */
export function isDigit(c: number): boolean {
  return (entry(c) & KIND_MASK) === CharKind.digit << KIND_SHIFT;
}

/**
 * Whether `c` is a number of any kind (\p{N}): decimal digits of every system, and also letter-like and
 * other numbers (Roman numerals, superscripts, fractions such as ½) that are not decimal digits.
 */
export function isNumber(c: number): boolean {
  return (entry(c) & NUMBER_BIT) !== 0;
}

/** Whether `c` is an invisible format character (\p{Cf}): ZWNJ, ZWJ, LRM, RLM, ALM, soft hyphen, ZWSP, word joiner, BOM, bidi controls. */
export function isFormat(c: number): boolean {
  return (entry(c) & KIND_MASK) === CharKind.format << KIND_SHIFT;
}

/** Whether `c` is white space (\p{White_Space}): spaces of every width, tabs, line breaks. */
export function isSpace(c: number): boolean {
  return (entry(c) & KIND_MASK) === CharKind.space << KIND_SHIFT;
}

/** The digit system of `c`: 0-9, Arabic-Indic ٠-٩ (U+0660) or Extended Arabic-Indic ۰-۹ (U+06F0, Persian and Urdu); null for anything else. */
export function digitSystemOf(c: number): DigitSystem | null {
  if (c >= 0x30 && c <= 0x39) return 'western';
  if (c >= 0x660 && c <= 0x669) return 'arabic-indic';
  if (c >= 0x6f0 && c <= 0x6f9) return 'persian';
  return null;
}

/** The code of digit zero of a system: adding a digit's value gives that digit. */
export const DIGIT_ZERO: Readonly<Record<DigitSystem, number>> = { western: 0x30, 'arabic-indic': 0x660, persian: 0x6f0 };

/** The value 0-9 of a digit of one of the three systems ({@link digitSystemOf}); -1 for anything else. */
export function digitValue(c: number): number {
  const system = digitSystemOf(c);
  return system === null ? -1 : c - DIGIT_ZERO[system];
}
