/**
 * Everything the preview computes from a draft's text, in two stages so the preview never waits
 * for the slower extras: first the article core's verdict (the article to show, or its problems),
 * then the typography lint and the list of detections to review. The worker (or, without workers,
 * the page itself) runs both.
 */
import { reviewItems, type ReviewItems } from '../article/review';
import { lintDraft, type LintWarning } from '../article/lint';
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
  /** The page analyzed the article itself: answer with lint and review only. */
  articleHere?: boolean;
}

export type AnalysisResponse = { seq: number; stage: 'article'; result: ArticleStage } | { seq: number; stage: 'details'; result: DetailStage };

/** The draft's article stage (parse, or import of plain text) and how long it took; never throws for bad input. */
export function runArticleStage(text: string): ArticleStage {
  const start = performance.now();
  return { ...analyzeDraft(text), ms: performance.now() - start };
}

/** The draft's review of detected quotes and threads (JSON drafts) and its typography warnings, with their cost. */
export function runDetailStage(text: string, analysis: DraftAnalysis): DetailStage {
  const start = performance.now();
  const review = analysis.kind === 'json' && analysis.article ? reviewItems(text, analysis.article) : null;
  // A broken JSON draft is linted once it parses again: its problems come first.
  const warnings = analysis.kind === 'text' || analysis.article ? lintDraft(text, { lang: analysis.article?.lang }) : [];
  return { review, warnings, ms: performance.now() - start };
}

/** Something that analyzes drafts and answers through a callback: the worker's proxy, or the stages run here. */
export interface Analyzer {
  analyze(request: AnalysisRequest): void;
  dispose(): void;
}

/**
 * Runs the stages of each request, wherever it runs (the worker, or the page without one): the
 * article at once (unless the page did it), lint and review once typing pauses; a newer request
 * cancels the pending stage.
 */
export function stagedAnalyzer(post: (response: AnalysisResponse) => void): Analyzer {
  let pending: ReturnType<typeof setTimeout> | undefined;
  return {
    analyze({ seq, text, articleHere }) {
      clearTimeout(pending);
      let article: ArticleStage | null = null;
      if (!articleHere) {
        article = runArticleStage(text);
        post({ seq, stage: 'article', result: article });
      }
      pending = setTimeout(() => post({ seq, stage: 'details', result: runDetailStage(text, article ?? analyzeDraft(text)) }), DETAILS_AFTER_MS);
    },
    dispose: () => clearTimeout(pending),
  };
}

/**
 * The page parses a draft itself, in the keystroke's own task, when that is expected to take at
 * most this long: the preview then changes in the same frame as the editor. Longer drafts (or a
 * slower device) go to the worker, where parsing costs the typist nothing but a frame or two of delay.
 */
export const ANALYSE_HERE_MS = 6;

/** A change of at most this many characters is an edit whose cost the text before it predicts (a keystroke, a word). */
export const SMALL_EDIT_CHARS = 256;

/** What an article stage cost, for the length of the text it was run on. */
export interface StageCost {
  length: number;
  ms: number;
}

/** How many recent costs the estimate looks at. */
export const COSTS_KEPT = 5;

/** Texts up to this long cost about the same to analyze (the fixed part dominates); longer ones, in proportion to their length. */
const FIXED_COST_CHARS = 1024;

/**
 * Whether a draft's article stage runs on the page: only for a small edit of the text last
 * analyzed, when the expected cost fits ANALYSE_HERE_MS. The expected cost is the lowest of the
 * recent costs, each scaled to the new length: a slow stage (a garbage collection, code not yet
 * compiled, a worker starting) says little about the next one, while a machine or a draft that is
 * slow throughout makes every cost high. A paste or an opened file (whatever its size) goes to the
 * worker, and its cost counts for the keystrokes that follow. `recent`: the latest costs, oldest first.
 */
export function analyzeHere(length: number, recent: readonly StageCost[]): boolean {
  const last = recent.at(-1);
  if (!last || Math.abs(length - last.length) > SMALL_EDIT_CHARS) return false;
  const expected = Math.min(...recent.slice(-COSTS_KEPT).map((c) => (c.ms * Math.max(length, FIXED_COST_CHARS)) / Math.max(c.length, FIXED_COST_CHARS)));
  return expected <= ANALYSE_HERE_MS;
}
