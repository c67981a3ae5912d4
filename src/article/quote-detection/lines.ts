/**
 * Quote marks seen line by line: quotations across line breaks, and marks that delimit nothing.
 *
 * Quotations across line breaks. Newsroom copy pasted from a web page or a wire is often hard-wrapped,
 * and the importer reads each line as a paragraph: a statement that runs over a line break would be cut
 * in two (an opener never closed, then a closer with nothing open). `continuesOnNextLine` tells the
 * importer when to join two lines into one paragraph instead.
 */
import { charClass, FAMILY_OF, findSpans, firstMarkIndex, isWordInternalMark, SpanBuffer, WORDCH } from './marks';
import type { Span } from './span';
import { Tokens, tokenizeInto } from './tokenizer';

/**
 * True when `line` ends inside a quotation it opened (its marks, paired by position, leave an opener
 * never closed) and the first quote mark of `next` can close one (it is not glued to the word after it).
 * Linear in the two lines; false for lines with no quote mark.
 */
export function continuesOnNextLine(line: string, next: string): boolean {
  const close = firstMarkIndex(next);
  if (close < 0 || FAMILY_OF[next.charCodeAt(close)] === 0 || firstMarkIndex(line) < 0) return false;
  // A mark glued to the word after it opens; any other can close (…الغربية ". as much as …الغربية".).
  if (charClass(next, close + 1) === WORDCH) return false;
  // Only reached for a line pair that looks like a quotation across the break: rare, so no buffers are kept.
  const { found } = pairMarks(line);
  const last = found[found.length - 1];
  return last !== undefined && last.open !== '' && last.close === '';
}

/** The marks of `text` (offsets) and the quotations they pair into. */
function pairMarks(text: string): { tokens: Tokens; found: readonly Span[] } {
  const tokens = new Tokens();
  tokenizeInto(text, tokens, 0, FAMILY_OF);
  return { tokens, found: findSpans(text, tokens.marks, tokens.markCount, new SpanBuffer()) };
}

/**
 * Offsets of the quote marks of `text` that delimit nothing: no partner when paired by position (a
 * closer with nothing open and no colon before it, an opener never closed). Marks that belong to their
 * word (isWordInternalMark) are not quote marks to the pairing, nor here. For text outside the
 * quotations an article marks, where any mark left is stray.
 */
export function unpairedMarks(text: string): number[] {
  return firstMarkIndex(text) < 0 ? [] : unpairedIn(text, pairMarks(text));
}

function unpairedIn(text: string, { tokens, found }: { tokens: Tokens; found: readonly Span[] }): number[] {
  const out: number[] = [];
  let s = 0;
  for (let m = 0; m < tokens.markCount; m++) {
    const at = tokens.marks[m]!;
    if (FAMILY_OF[text.charCodeAt(at)] === 0 || isWordInternalMark(text, at)) continue;
    while (s < found.length && found[s]!.end <= at) s++;
    const span = found[s];
    const inside = span !== undefined && span.start <= at;
    // A quotation that was paired on both sides uses its marks; one missing a side leaves its one mark unpaired.
    if (!inside || ((span.open === '' || span.close === '') && (at === span.start || at === span.end - span.close.length))) out.push(at);
  }
  return out;
}

/**
 * The quote-mark problems of one paragraph of plain text, as offsets: openers never closed (the
 * quotation runs to the paragraph's end), closers of a quotation with no opening mark (read from the
 * colon before it) and marks that pair with nothing.
 */
export function quoteMarkIssues(text: string): { unclosed: number[]; unopened: number[]; stray: number[] } {
  if (firstMarkIndex(text) < 0) return { unclosed: [], unopened: [], stray: [] };
  const paired = pairMarks(text);
  const unclosed = paired.found.filter((q) => q.open !== '' && q.close === '').map((q) => q.start);
  // A closer with no opener, read from the colon before it: the quotation is found, its opening mark is missing.
  const unopened = paired.found.filter((q) => q.open === '' && q.close !== '').map((q) => q.end - q.close.length);
  return { unclosed, unopened, stray: unpairedIn(text, paired).filter((at) => !unclosed.includes(at) && !unopened.includes(at)) };
}
