/** The result type of quote detection and the object that carries it through detection. */

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
 * A quotation of a paragraph. Created by the mark pairing as a scare quote with no speaker; classifying it
 * fills in kind and speaker, and the span itself is then returned as the DetectedQuote (no second object
 * per quote). A class: see README.md, "Class instances".
 */
export class Span implements DetectedQuote {
  // Declared in the order of DetectedQuote, which is the order of the keys in JSON.
  start: number;
  end: number;
  open: string;
  close: string;
  kind: 'statement' | 'scare';
  speaker: string | null;

  constructor(start: number, end: number, open: string, close: string) {
    this.start = start;
    this.end = end;
    this.open = open;
    this.close = close;
    this.kind = 'scare';
    this.speaker = null;
  }
}

/** A span that delimits nothing: what the emptied entries of reused span lists hold. */
export const EMPTY_SPAN = new Span(0, 0, '', '');

/** The class of a span once classified: statement or scare quote, and the statement's speaker. */
export class Classified {
  constructor(
    readonly kind: 'statement' | 'scare',
    /** The speaker as written in the article; always null for a scare quote. */
    readonly speaker: string | null,
  ) {}
}

/** The class of every scare quote (they have no speaker): shared, never changed. */
export const SCARE = new Classified('scare', null);
