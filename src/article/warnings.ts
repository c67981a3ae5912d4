/**
 * What an editor should look at in an article's quotations, found from the article alone (so a JSON
 * draft gets them too, not only imported text): the `warnings` of `article analyze --json`. Codes are
 * stable kebab-case names (docs/article-format.md lists them); messages are English; the editor
 * translates by code.
 */
import { inlineText, type TextBlock } from './blocks';
import { firstMarkIndex, unpairedMarks } from './quote-detection';
import type { Inline, QuoteRun } from './schema';

/** The warning codes, in the order a block's warnings are listed. */
export const WARNING_CODES = ['unclosed-quote', 'missing-opening-mark', 'stray-quote-mark', 'no-speaker', 'statement-longer-than-paragraph'] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

/** One warning: the block it concerns, its code and an English message. */
export interface AnalysisWarning {
  blockId: string;
  code: WarningCode;
  message: string;
}

const MESSAGES: Record<WarningCode, (detail: string) => string> = {
  'unclosed-quote': (text) => `A quotation mark is never closed; the quotation runs to the end of the paragraph: ${text}`,
  'missing-opening-mark': (text) => `A quotation has no opening mark; it is read from the colon before it: ${text}`,
  'stray-quote-mark': (mark) => `A quotation mark (${mark}) has no partner and marks no quotation.`,
  'no-speaker': (text) => `No speaker was found for this statement: ${text}`,
  'statement-longer-than-paragraph': (text) =>
    `This statement is never closed and the next paragraph opens with a quotation mark: it seems to run over more than one paragraph, and each paragraph is read on its own: ${text}`,
};

/** The first words of a quotation, for a message. */
function excerpt(content: readonly Inline[]): string {
  const text = inlineText(content).trim().replace(/\s+/gu, ' ');
  return text.length > 60 ? `«${text.slice(0, 60)}…»` : `«${text}»`;
}

/** The warnings of the blocks, in reading order. */
export function quotationWarnings(blocks: readonly TextBlock[]): AnalysisWarning[] {
  const out: AnalysisWarning[] = [];
  blocks.forEach((block, i) => {
    const add = (code: WarningCode, detail: string) => out.push({ blockId: block.id, code, message: MESSAGES[code](detail) });
    const quotes: QuoteRun[] = [];
    let outside = '';
    const walk = (content: readonly Inline[]) => {
      for (const run of content) {
        if (typeof run === 'string') outside += run;
        else if (run.type === 'quote') {
          quotes.push(run);
          outside += ' ';
        } else walk(run.content);
      }
    };
    walk(block.content);
    const next = blocks[i + 1];
    for (const q of quotes) {
      if (q.close === '') {
        const nextText = next === undefined ? '' : inlineText(next.content);
        const nextOpens = firstMarkIndex(nextText) === nextText.length - nextText.trimStart().length;
        add(q.kind === 'statement' && nextOpens ? 'statement-longer-than-paragraph' : 'unclosed-quote', excerpt(q.content));
      }
      if (q.open === '') add('missing-opening-mark', excerpt(q.content));
    }
    for (const at of unpairedMarks(outside)) add('stray-quote-mark', outside[at]!);
    for (const q of quotes) if (q.kind === 'statement' && (q.speaker ?? null) === null) add('no-speaker', excerpt(q.content));
  });
  return out;
}
