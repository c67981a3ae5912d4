/**
 * Quotations across line breaks. Newsroom copy pasted from a web page or a wire is often hard-wrapped,
 * and the importer reads each line as a paragraph: a statement that runs over a line break would be cut
 * in two (an opener never closed, then a closer with nothing open). `continuesOnNextLine` tells the
 * importer when to join two lines into one paragraph instead.
 */
import { charClass, FAMILY_OF, findSpans, firstMarkIndex, SPACE, SpanBuffer, WORDCH } from './marks';
import { Tokens, tokenizeInto } from './tokenizer';

/**
 * True when `line` ends inside a quotation it opened (its marks, paired by position, leave an opener
 * never closed) and the first quote mark of `next` can only close one (glued to the word before it, not
 * to the word after). Linear in the two lines; false for lines with no quote mark.
 */
export function continuesOnNextLine(line: string, next: string): boolean {
  const close = firstMarkIndex(next);
  if (close < 0 || FAMILY_OF[next.charCodeAt(close)] === 0 || firstMarkIndex(line) < 0) return false;
  if (charClass(next, close - 1) === SPACE || charClass(next, close + 1) === WORDCH) return false;
  // Only reached for a line pair that looks like a quotation across the break: rare, so no buffers are kept.
  const tokens = new Tokens();
  tokenizeInto(line, tokens, 0, FAMILY_OF);
  const found = findSpans(line, tokens.marks, tokens.markCount, new SpanBuffer());
  const last = found[found.length - 1];
  return last !== undefined && last.open !== '' && last.close === '';
}
