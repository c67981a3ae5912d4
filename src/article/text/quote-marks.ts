/**
 * Which quotation marks news in each language uses, for two jobs: drawing marks in house style at
 * render (arabic-typography.md, req. 3: never rewrite the source, never rely on `<q>`), and knowing
 * which marks a detector should accept as opening and closing a quotation in imported text.
 */
import { isHebrewLetter } from './classify';
import { primaryLanguage } from './language';

/** The quotation marks of one language. */
export interface QuoteMarks {
  /** The house style's outer pair, drawn at render: [opening, closing]. */
  readonly house: readonly [string, string];
  /** The pair for a quotation inside a quotation, [opening, closing]. */
  readonly inner: readonly [string, string];
  /** Marks that open a quotation in this language's news as found in the wild, most common first. */
  readonly opening: readonly string[];
  /** Marks that close one, most common first. */
  readonly closing: readonly string[];
}

// Arabic outlets mostly type straight "…"; « » is good Arabic typography and standard in Persian; curly
// marks arrive from word processors, often reversed (”…“) by Arabic keyboards, so each curly mark may
// open or close. ‹ › appear for inner quotations in careful Persian and Arabic typesetting.
const ARABIC_SCRIPT: QuoteMarks = {
  house: ['«', '»'],
  inner: ['‹', '›'],
  opening: ['"', '«', '“', '”', '‹', "'"],
  closing: ['"', '»', '”', '“', '›', "'"],
};

// Hebrew news types straight "…" (the house style keeps it: curly marks face the wrong way in a
// right-to-left run); typeset Hebrew uses „…” as in German, with ‚…’ inside. A " or ' between two Hebrew
// letters is not a quotation mark but gershayim or geresh (see isHebrewWordMark).
const HEBREW: QuoteMarks = {
  house: ['"', '"'],
  inner: ["'", "'"],
  opening: ['"', '„', '“', '”', "'", '‚'],
  closing: ['"', '”', '“', "'", '’'],
};

// English news: “…” with ‘…’ inside; straight marks from plain-text sources. ’ is also the apostrophe.
const ENGLISH: QuoteMarks = {
  house: ['“', '”'],
  inner: ['‘', '’'],
  opening: ['“', '"', '‘', "'"],
  closing: ['”', '"', '’', "'"],
};

const BY_LANGUAGE: Readonly<Record<string, QuoteMarks>> = { ar: ARABIC_SCRIPT, fa: ARABIC_SCRIPT, ur: ARABIC_SCRIPT, he: HEBREW, en: ENGLISH };

/**
 * The quotation marks of the language of BCP 47 tag `lang` (its primary language decides: ar, fa, ur,
 * he, en); English marks for any other language, an empty tag or a value that is not a string. Never throws.
 */
export function quoteMarksOf(lang: unknown): QuoteMarks {
  return BY_LANGUAGE[primaryLanguage(lang)] ?? ENGLISH;
}

/** Gershayim ״ (U+05F4) and geresh ׳ (U+05F3), the Hebrew abbreviation marks, and the " ' ’ typed in their place. */
export const HEBREW_WORD_MARKS: ReadonlySet<number> = new Set([0x22, 0x27, 0x5f3, 0x5f4, 0x2019]);

/**
 * Whether the unit at `index` of `text` is a Hebrew abbreviation mark inside a word rather than a
 * quotation mark: one of {@link HEBREW_WORD_MARKS} with a Hebrew letter on each side (צה"ל, ג'נין).
 * False for any index outside the text. Never throws.
 */
export function isHebrewWordMark(text: string, index: number): boolean {
  return HEBREW_WORD_MARKS.has(text.charCodeAt(index)) && isHebrewLetter(text.charCodeAt(index - 1)) && isHebrewLetter(text.charCodeAt(index + 1));
}
