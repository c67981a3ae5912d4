/**
 * Languages and direction: the primary language of a BCP 47 tag, the writing direction it implies, and
 * a guess of a text's language from its letters.
 */
import { isArabicScript, isHebrewScript, isLatinLetter } from './classify';

/** Languages the importer can recognise from a text's letters. */
export type DetectedLang = 'ar' | 'fa' | 'ur' | 'he' | 'en';

/**
 * The primary language subtag of a BCP 47 tag, lower-cased: `primaryLanguage('ar-EG') === 'ar'`,
 * `'fa_IR'` → `'fa'` (an underscore, as some systems write locales, separates too), `' HE '` → `'he'`.
 * Total: '' for an empty tag and for anything that is not a string. Never throws.
 */
export function primaryLanguage(tag: unknown): string {
  if (typeof tag !== 'string') return '';
  const trimmed = tag.trim();
  let end = 0;
  while (end < trimmed.length && trimmed[end] !== '-' && trimmed[end] !== '_') end++;
  return trimmed.slice(0, end).toLowerCase();
}

// Languages written right to left whatever their region: Arabic script (Arabic, Persian, Urdu, Pashto,
// Sindhi, Sorani, Uyghur), Hebrew script (Hebrew, Yiddish), Thaana (Dhivehi).
const RTL_LANGS = new Set(['ar', 'fa', 'ur', 'he', 'yi', 'ps', 'sd', 'ckb', 'dv', 'ug']);

/**
 * Writing direction implied by a BCP 47 tag: 'rtl' when its primary language is written right to left,
 * or when its script subtag is Arab or Hebr (`az-Arab`, `pa-Arab`); 'ltr' otherwise, including for an
 * empty tag or a value that is not a string. Never throws.
 */
export function directionOf(lang: unknown): 'rtl' | 'ltr' {
  if (typeof lang !== 'string') return 'ltr';
  if (/-(?:arab|hebr)\b/i.test(lang)) return 'rtl';
  return RTL_LANGS.has(primaryLanguage(lang)) ? 'rtl' : 'ltr';
}

/** Only this many UTF-16 units at the start of a text are looked at: a long article's opening is enough. */
export const SAMPLE_UNITS = 20_000;

/**
 * Guesses the language of a text from its script and the letters only some languages use.
 * Persian has پ چ ژ گ and Persian yeh/kaf; Urdu adds ٹ ڈ ڑ ں ے ہ. Returns 'en' for text with
 * no Arabic-script or Hebrew letters (including empty text). Reads at most {@link SAMPLE_UNITS} units.
 * Never throws.
 */
export function detectLanguage(text: string): DetectedLang {
  const counts = countLetters(text, Math.min(text.length, SAMPLE_UNITS));
  const arabic = counts[ARABIC]!;
  const hebrew = counts[HEBREW]!;
  const latin = counts[LATIN]!;
  const urdu = counts[URDU]!;
  if (hebrew > arabic && hebrew > latin) return 'he';
  if (arabic === 0 || latin > arabic * 2) return hebrew > 0 && hebrew >= latin ? 'he' : 'en';
  if (urdu >= 3 && urdu * 50 > arabic) return 'ur';
  if (counts[PERSIAN]! > counts[ARABIC_ONLY]!) return 'fa';
  return 'ar';
}

// Indexes in the counts of countLetters.
const ARABIC = 0;
const HEBREW = 1;
const LATIN = 2;
const PERSIAN = 3;
const URDU = 4;
const ARABIC_ONLY = 5;
const COUNTS = new Int32Array(6);

/**
 * Counts the units of text[0, n) by script (see the indexes above), in a loop of its own: the decision
 * above runs once per call and would otherwise send the loop's optimized code back to the interpreter.
 * Arabic and Hebrew count every unit of the script (letters, marks, Arabic-Indic digits), Latin only
 * letters. Surrogate halves count as no script.
 */
function countLetters(text: string, n: number): Int32Array {
  let arabic = 0;
  let hebrew = 0;
  let latin = 0;
  let persian = 0;
  let urdu = 0;
  let arabicOnly = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) latin++;
    } else if (isArabicScript(c)) {
      arabic++;
      if (c === 0x0679 || c === 0x0688 || c === 0x0691 || c === 0x06ba || c === 0x06d2 || c === 0x06c1 || c === 0x06be) urdu++;
      else if (c === 0x067e || c === 0x0686 || c === 0x0698 || c === 0x06af || c === 0x06cc || c === 0x06a9) persian++;
      else if (c === 0x0629 || c === 0x0649 || c === 0x064a || c === 0x0643) arabicOnly++;
    } else if (isHebrewScript(c)) hebrew++;
    else if (isLatinLetter(c)) latin++;
  }
  COUNTS[ARABIC] = arabic;
  COUNTS[HEBREW] = hebrew;
  COUNTS[LATIN] = latin;
  COUNTS[PERSIAN] = persian;
  COUNTS[URDU] = urdu;
  COUNTS[ARABIC_ONLY] = arabicOnly;
  return COUNTS;
}

/**
 * The direction a block (a paragraph, a heading, a list item) is written in, from its letters and the
 * direction its source declares, if any; null for
 * a block with no letters (numbers, punctuation), which takes the article's. Left-to-right is every
 * program's default, so it is a weak declaration: a block is right-to-left unless its Latin letters
 * outnumber its Arabic-script and Hebrew ones more than twice (detectLanguage's rule), as when Google
 * Docs declares `ltr` around an Arabic paragraph. A declared `rtl` is a choice and stands whenever the
 * block has a right-to-left letter at all (an Arabic sentence full of English names).
 */
export function blockDirection(text: string, declared: 'rtl' | 'ltr' | 'unknown' = 'unknown'): 'rtl' | 'ltr' | null {
  let rtl = 0;
  let ltr = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) ltr++;
    } else if (isArabicScript(c) || isHebrewScript(c)) {
      // Arabic-Indic digits are no evidence of a direction.
      if (!(c >= 0x0660 && c <= 0x0669) && !(c >= 0x06f0 && c <= 0x06f9)) rtl++;
    } else if (isLatinLetter(c)) ltr++;
  }
  if (rtl === 0 && ltr === 0) return null;
  if (declared === 'rtl' && rtl > 0) return 'rtl';
  return ltr > rtl * 2 ? 'ltr' : 'rtl';
}

/** The language of a block written in `dir`: detected from its letters, those of the other direction left out. */
export function blockLanguage(text: string, dir: 'rtl' | 'ltr'): string {
  const lang = detectLanguage(text);
  if (directionOf(lang) === dir) return lang;
  return dir === 'rtl' ? detectLanguage(text.replace(/[A-Za-z]/gu, '')) : 'en';
}
