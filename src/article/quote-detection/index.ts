/**
 * Quote detection and speaker attribution over the paragraphs of one article. Three stages, each linear
 * in the text: pairing quote marks into quotations (marks.ts), classifying each as a statement or a scare
 * quote (classify.ts), and finding the statement's speaker (speaker.ts, anaphora.ts). README.md explains
 * the layout and the performance choices.
 */
import { DetectionError } from '../detection-error';
import { ArticleContext } from './anaphora';
import { classifySpan } from './classify';
import { firstMarkIndex } from './marks';
import { Scratch } from './scratch';
import type { DetectedQuote } from './span';

export type { DetectedQuote } from './span';
export { continuesOnNextLine, quoteMarkIssues, unpairedMarks } from './lines';
export { firstMarkIndex } from './marks';

/** The scratch of the last call, reused by the next one; null while a call is using it. */
let idle: Scratch | null = null;

/**
 * Finds the quotations of each paragraph, outermost only (nested quotes stay inside their outer quote),
 * sorted and non-overlapping. Returns one list per input paragraph, in order. A quote never closed runs to
 * the end of its paragraph; stray marks and empty pairs give nothing. `speaker` is a substring of the
 * article (resolved through pronouns and implied subjects to the latest explicit speaker), or null when
 * unknown and always for scare quotes. Linear in the text's length.
 *
 * No input makes it throw: a throw is a bug in detection, reported as a DetectionError (stage 'quotes',
 * the index of the paragraph being read) with the original error as its cause.
 */
export function detectQuotes(paragraphs: readonly string[], lang: string): DetectedQuote[][] {
  // A call made while another is running (not possible today: nothing here calls back out) gets its own.
  const scratch = idle ?? new Scratch();
  idle = null;
  let units = 0;
  for (let p = 0; p < paragraphs.length; p++) {
    const text = paragraphs[p];
    if (typeof text === 'string') units += text.length;
  }
  scratch.begin(units);
  try {
    return detectAll(scratch, paragraphs, lang);
  } finally {
    scratch.end();
    idle = scratch;
  }
}

function detectAll(scratch: Scratch, paragraphs: readonly string[], lang: string): DetectedQuote[][] {
  const article = new ArticleContext(paragraphs, typeof lang === 'string' ? lang : '', scratch);
  const total = paragraphs.length;
  const out: (DetectedQuote[] | undefined)[] = Number.isInteger(total) && total >= 0 ? scratch.unset<DetectedQuote[]>(total) : [];
  const found = scratch.found;
  for (let p = 0; p < paragraphs.length; p++) {
    let n = 0;
    try {
      const text = paragraphs[p];
      // Most paragraphs hold no quote mark: nothing to find, and their words are only tokenized if a later
      // quote needs them for anaphora.
      if (typeof text === 'string' && firstMarkIndex(text) < 0) {
        out[p] = found.slice(0, 0);
        article.release(p);
        continue;
      }
      const view = article.view(p, true);
      for (let k = 0; k < view.spans.length; k++) {
        const span = view.spans[k]!;
        const cls = classifySpan(article, view, k);
        view.classes[k] = cls;
        view.classified = k + 1;
        if (!cls) continue;
        const speaker = cls.kind === 'statement' ? cls.speaker : null;
        if (cls.kind === 'statement' && speaker) {
          article.lastStatementPara = p;
          article.lastStatementSpeaker = speaker;
        }
        span.kind = cls.kind;
        span.speaker = speaker;
        if (n < found.length) found[n++] = span;
        else n = found.push(span);
      }
    } catch (error) {
      throw new DetectionError('quotes', p, error);
    }
    out[p] = found.slice(0, n);
    article.release(p);
  }
  return out as DetectedQuote[][];
}
