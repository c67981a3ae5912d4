/**
 * Sentence punctuation of the scripts the core reads, one list for quote detection and thread tagging:
 * the full stop, question and exclamation marks, the Arabic question mark ؟ (U+061F), the Urdu full stop
 * ۔ (U+06D4), the Hebrew sof pasuq ׃ (U+05C3) and the ellipsis. Clause punctuation (; ؛) is not a
 * sentence end here: each user decides what it does with it.
 */
export const SENTENCE_END_UNITS: readonly number[] = [0x2e, 0x21, 0x3f, 0x61f, 0x6d4, 0x5c3, 0x2026];

const IS_END = new Uint8Array(0x10000);
for (const c of SENTENCE_END_UNITS) IS_END[c] = 1;

/** The UTF-16 unit `c` ends a sentence (see SENTENCE_END_UNITS). */
export function isSentenceEnd(c: number): boolean {
  return IS_END[c] === 1;
}
