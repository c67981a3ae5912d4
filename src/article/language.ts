/** Languages the importer can recognise from a text's letters. */
export type DetectedLang = 'ar' | 'fa' | 'ur' | 'he' | 'en';

const RTL_LANGS = new Set(['ar', 'fa', 'ur', 'he', 'yi', 'ps', 'sd', 'ckb', 'dv', 'ug']);

/** Writing direction implied by a BCP 47 tag's primary language ('rtl' for Arabic script and Hebrew). */
export function directionOf(lang: string): 'rtl' | 'ltr' {
  const primary = lang.toLowerCase().split('-')[0] ?? '';
  if (/-arab\b/i.test(lang) || /-hebr\b/i.test(lang)) return 'rtl';
  return RTL_LANGS.has(primary) ? 'rtl' : 'ltr';
}

/** Only this many UTF-16 units at the start of a text are looked at: a long article's opening is enough. */
export const SAMPLE_UNITS = 20_000;

/**
 * Guesses the language of a text from its script and the letters only some languages use.
 * Persian has پ چ ژ گ and Persian yeh/kaf; Urdu adds ٹ ڈ ڑ ں ے ہ. Returns 'en' for text with
 * no Arabic-script or Hebrew letters (including empty text).
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
 * Counts the letters of text[0, n) by script (see the indexes above), in a loop of its own: the decision
 * above runs once per call and would otherwise send the loop's optimized code back to the interpreter.
 */
function countLetters(text: string, n: number): Int32Array {
  let arabic = 0;
  let hebrew = 0;
  let latin = 0;
  let persian = 0;
  let urdu = 0;
  let arabicOnly = 0;
  // Code units rather than code points: every range counted lies in the BMP, and the two halves of a
  // surrogate pair (like a lone half) fall in none of them, so the counts are the same without building
  // a string per character.
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x0590 && c <= 0x05ff) hebrew++;
    else if ((c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff)) {
      arabic++;
      if (c === 0x0679 || c === 0x0688 || c === 0x0691 || c === 0x06ba || c === 0x06d2 || c === 0x06c1 || c === 0x06be) urdu++;
      else if (c === 0x067e || c === 0x0686 || c === 0x0698 || c === 0x06af || c === 0x06cc || c === 0x06a9) persian++;
      else if (c === 0x0629 || c === 0x0649 || c === 0x064a || c === 0x0643) arabicOnly++;
    } else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
  }
  COUNTS[ARABIC] = arabic;
  COUNTS[HEBREW] = hebrew;
  COUNTS[LATIN] = latin;
  COUNTS[PERSIAN] = persian;
  COUNTS[URDU] = urdu;
  COUNTS[ARABIC_ONLY] = arabicOnly;
  return COUNTS;
}
