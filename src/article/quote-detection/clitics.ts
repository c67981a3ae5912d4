/** Clitic stripping for lexicon look-ups: the stems a normalised word may stand for. */

const YEH = 0x064a;

/**
 * Candidate stems of a normalised word for lexicon look-up: the word itself, then without a leading
 * conjunction clitic (و، ف; Hebrew ו، ש، וש، כש), then without a following ل (Arabic لتقول, ليؤكد).
 * Hebrew כ alone is not stripped: too many words start with it. Clitics are only stripped from words long
 * enough that the rest can still be a word. The word itself always comes first.
 */
export function cliticVariants(norm: string): string[] {
  const out = [norm];
  let rest = norm;
  const first = rest.charCodeAt(0);
  if (rest.length > 3 && (first === 0x0648 || first === 0x0641)) {
    rest = rest.slice(1);
    out.push(rest);
  } else if (rest.length > 2 && (first === 0x05d5 || first === 0x05e9)) {
    // Hebrew ו (and), ש (that/who), וש.
    rest = rest.slice(1);
    out.push(rest);
    if (rest.length > 2 && rest.charCodeAt(0) === 0x05e9) out.push(rest.slice(1));
  } else if (rest.length > 3 && first === 0x05db && rest.charCodeAt(1) === 0x05e9) {
    // Hebrew כש (when).
    out.push(rest.slice(2));
  }
  if (rest.length > 3 && rest.charCodeAt(0) === 0x0644 && (rest.charCodeAt(1) === YEH || rest.charCodeAt(1) === 0x062a)) {
    out.push(rest.slice(1));
  }
  return out;
}

/**
 * Possible bare nouns of a normalised Arabic word, for set look-up: the word, and the word with its
 * proclitics (و ف, then ب ل ك) and article ال removed, so للسفينة, والصحيفة, لوكالة and صحيفة all
 * reach their stem. Several candidates because a leading و or ل may belong to the noun (وزير، لقاء).
 * The word itself always comes first; no candidate is shorter than two units.
 */
export function nounVariants(norm: string): string[] {
  const out = [norm];
  const bases = [norm];
  if (norm.length > 3 && (norm.startsWith('و') || norm.startsWith('ف'))) bases.push(norm.slice(1));
  for (const b of bases) {
    addVariant(out, b);
    addWithoutArticle(out, b);
    if (b.startsWith('لل') && b.length > 4) addVariant(out, b.slice(2));
    if (b.length > 3 && (b.startsWith('ب') || b.startsWith('ل') || b.startsWith('ك'))) {
      addVariant(out, b.slice(1));
      addWithoutArticle(out, b.slice(1));
    }
  }
  return out;
}

function addVariant(out: string[], s: string): void {
  if (s.length >= 2 && !out.includes(s)) out.push(s);
}

function addWithoutArticle(out: string[], s: string): void {
  if (s.startsWith('ال') && s.length > 3) addVariant(out, s.slice(2));
}
