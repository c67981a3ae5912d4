/**
 * Everything the preview computes from a draft's text, in one call the worker (or, without
 * workers, the page itself) runs: the article core's verdict and the typography lint.
 */
import { reviewItems, type ReviewItems } from '../article/review';
import { lintDraft, type LintWarning } from '../article/typography-lint';
import { analyzeDraft, type DraftAnalysis } from './analyze-draft';

export interface AnalysisResult extends DraftAnalysis {
  /** Detected quotes and thread tags to review (JSON drafts only: they are what review edits). */
  review: ReviewItems | null;
  /** Typography warnings, each with its position and, where safe, its fix. */
  warnings: LintWarning[];
  /** How long the analysis took, in milliseconds (shown to nobody; read by the benchmark). */
  ms: number;
}

export interface AnalysisRequest {
  seq: number;
  text: string;
}

export interface AnalysisResponse {
  seq: number;
  result: AnalysisResult;
}

export function runAnalysis(text: string): AnalysisResult {
  const start = performance.now();
  const analysis = analyzeDraft(text);
  const review = analysis.kind === 'json' && analysis.article ? reviewItems(text, analysis.article) : null;
  // A broken JSON draft is linted once it parses again: its problems come first.
  const warnings = analysis.kind === 'text' || analysis.article ? lintDraft(text, { lang: analysis.article?.lang }) : [];
  return { ...analysis, review, warnings, ms: performance.now() - start };
}
