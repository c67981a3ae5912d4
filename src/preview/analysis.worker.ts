/// <reference lib="webworker" />
/**
 * Analyses drafts off the main thread, so typing never waits for parsing, validation, import and
 * lint of a long draft. The article goes back at once; lint and review follow once typing pauses
 * (DETAILS_AFTER_MS), and a newer request cancels them, so a fast typist's superseded drafts cost
 * only their parse.
 */
import { analyseArticle, analyseDetails, DETAILS_AFTER_MS, type AnalysisRequest, type AnalysisResponse } from './analysis';

let pending: ReturnType<typeof setTimeout> | undefined;

self.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  const { seq, text } = event.data;
  clearTimeout(pending);
  const article = analyseArticle(text);
  self.postMessage({ seq, stage: 'article', result: article } satisfies AnalysisResponse);
  pending = setTimeout(() => {
    self.postMessage({ seq, stage: 'details', result: analyseDetails(text, article) } satisfies AnalysisResponse);
  }, DETAILS_AFTER_MS);
};
