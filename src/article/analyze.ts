import { inlineText, textBlocks } from './blocks';
import type { Article, Inline } from './schema';
import { type AnalysisWarning, quotationWarnings } from './warnings';

/** A quoted statement as reported by `article analyze`. */
export interface StatementReport {
  text: string;
  speaker: string | null;
  blockId: string;
}

/** The report printed by `article analyze --json` (see docs/interfaces in README). */
export interface AnalysisReport {
  statements: StatementReport[];
  scareQuotes: { text: string; blockId: string }[];
  blocks: { id: string; type: 'heading' | 'paragraph' | 'list-item' | 'quote'; text: string; threads: string[] }[];
  /** What an editor should look at: marks with no partner, statements with no speaker (see warnings.ts). */
  warnings: AnalysisWarning[];
}

/**
 * Reports the statements, scare quotes and thread tags an article holds, in reading order.
 * A block quote with no quote runs inside counts as one statement by its block speaker.
 */
export function analyzeArticle(article: Article): AnalysisReport {
  const blocks = textBlocks(article.body);
  const report: AnalysisReport = { statements: [], scareQuotes: [], blocks: [], warnings: quotationWarnings(blocks) };
  for (const block of blocks) {
    const before = report.statements.length;
    collectQuotes(block.content, block.id, report);
    if (block.type === 'quote' && report.statements.length === before) {
      report.statements.push({ text: inlineText(block.content).trim(), speaker: block.speaker ?? null, blockId: block.id });
    }
    report.blocks.push({ id: block.id, type: block.type, text: inlineText(block.content), threads: block.threads.map((t) => t.id) });
  }
  return report;
}

function collectQuotes(content: readonly Inline[], blockId: string, report: AnalysisReport): void {
  for (const run of content) {
    if (typeof run === 'string') continue;
    if (run.type === 'quote') {
      const text = inlineText(run.content).trim();
      if (run.kind === 'statement') report.statements.push({ text, speaker: run.speaker ?? null, blockId });
      else report.scareQuotes.push({ text, blockId });
      // Nested quotes stay part of the outer quote's text; they are not reported twice.
      continue;
    }
    collectQuotes(run.content, blockId, report);
  }
}
