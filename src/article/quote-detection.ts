/**
 * Quote detection and speaker attribution over the paragraphs of one article.
 * (Placeholder contract; the detector itself is being written.)
 */

/** One top-level quotation found in a paragraph. Offsets are UTF-16 indices into that paragraph. */
export interface DetectedQuote {
  /** Offset of the opening delimiter (of the first quoted character when the opener is missing). */
  start: number;
  /** Offset just past the closing delimiter; the paragraph's length for a quote never closed. */
  end: number;
  /** The opening delimiter exactly as written ('' when missing). */
  open: string;
  /** The closing delimiter exactly as written ('' when the quote is never closed). */
  close: string;
  /** 'statement' for attributed speech or a quoted sentence; 'scare' for names, titles and terms. */
  kind: 'statement' | 'scare';
  /** The speaker as the text names them, resolved through pronouns; null when unnamed or for scare quotes. */
  speaker: string | null;
}

/**
 * Finds the quotations of each paragraph, outermost only (nested quotes stay inside their outer quote),
 * sorted and non-overlapping. Never throws; linear in the text's length.
 */
export function detectQuotes(paragraphs: readonly string[], _lang: string): DetectedQuote[][] {
  return paragraphs.map(() => []);
}
