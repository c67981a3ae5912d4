/**
 * From walked blocks to the draft: the article, its JSON as the editor shows it, and the report. No DOM:
 * this part of an import may run in the editor's analysis worker while the walk (which needs the DOM)
 * runs on the page.
 */
import { importBlocks } from '../../article/import-blocks';
import type { Article } from '../../article/schema';
import { keptCounts, type ImportReport } from './report';
import type { WalkResult } from './walk';

export interface ImportResult {
  /** The article JSON, pretty-printed as the editor shows JSON drafts (as draftAsJson writes it). */
  text: string;
  article: Article;
  report: ImportReport;
}

/** The article JSON as the editor shows it (as draftAsJson writes it). */
export function articleJson(article: Article): string {
  return `${JSON.stringify(article, null, 2)}\n`;
}

/**
 * The draft of a walked document: null when it holds no text. Throws DetectionError as importText does
 * (a bug in detection, never bad input). With `detect` false, quotes and threads are not detected (it
 * then never throws): the blocks and their formatting only, as the preview shows a pasted story at once
 * while detection runs after.
 */
export function fromWalk(walked: WalkResult, extra: Partial<Pick<Article, 'byline' | 'source'>> = {}, detect = true): ImportResult | null {
  const blocks = walked.blocks;
  if (!blocks.some((b) => b.text.trim() !== '')) return null;
  const article = importBlocks(blocks, { status: 'draft', detect });
  if (extra.byline) article.byline = extra.byline;
  if (extra.source) article.source = extra.source;
  return { article, text: articleJson(article), report: { kept: keptCounts(article, blocks), dropped: walked.dropped } };
}

