/**
 * Everything the preview computes from a draft's text, in two stages so the preview never waits
 * for the slower extras: first the article core's verdict (the article to show, or its problems),
 * then the typography lint and the list of detections to review. The worker (or, without workers,
 * the page itself) runs both.
 */
import { reviewItems, type ReviewItems } from '../article/review';
import { lintDraft, type LintWarning } from '../article/typography-lint';
import { analyzeDraft, type DraftAnalysis } from './analyze-draft';

export interface ArticleStage extends DraftAnalysis {
  /** How long the stage took, in milliseconds. */
  ms: number;
}

export interface DetailStage {
  /** Detected quotes and thread tags to review (JSON drafts only: they are what review edits). */
  review: ReviewItems | null;
  /** Typography warnings, each with its position and, where safe, its fix. */
  warnings: LintWarning[];
  ms: number;
}

/**
 * Lint and review wait for a pause in typing this long: they are the slower stage, and while keys
 * come faster than this, computing them would only compete with the preview for the CPU.
 */
export const DETAILS_AFTER_MS = 250;

export interface AnalysisRequest {
  seq: number;
  text: string;
}

export type AnalysisResponse = { seq: number; stage: 'article'; result: ArticleStage } | { seq: number; stage: 'details'; result: DetailStage };

export function analyseArticle(text: string): ArticleStage {
  const start = performance.now();
  return { ...analyzeDraft(text), ms: performance.now() - start };
}

export function analyseDetails(text: string, analysis: DraftAnalysis): DetailStage {
  const start = performance.now();
  const review = analysis.kind === 'json' && analysis.article ? reviewItems(text, analysis.article) : null;
  // A broken JSON draft is linted once it parses again: its problems come first.
  const warnings = analysis.kind === 'text' || analysis.article ? lintDraft(text, { lang: analysis.article?.lang }) : [];
  return { review, warnings, ms: performance.now() - start };
}

/** Something that analyses drafts and answers through a callback: the worker's proxy, or the stages run here. */
export interface Analyser {
  analyse(seq: number, text: string): void;
  dispose(): void;
}

/**
 * Runs both stages for each request, wherever it runs (the worker, or the page without one): the
 * article at once, lint and review once typing pauses; a newer request cancels the pending stage.
 */
export function stagedAnalyser(post: (response: AnalysisResponse) => void): Analyser {
  let pending: ReturnType<typeof setTimeout> | undefined;
  return {
    analyse(seq, text) {
      clearTimeout(pending);
      const article = analyseArticle(text);
      post({ seq, stage: 'article', result: article });
      pending = setTimeout(() => post({ seq, stage: 'details', result: analyseDetails(text, article) }), DETAILS_AFTER_MS);
    },
    dispose: () => clearTimeout(pending),
  };
}
