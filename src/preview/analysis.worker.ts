/// <reference lib="webworker" />
/**
 * Analyses drafts off the main thread, so typing never waits for parsing, validation, import and
 * lint of a long draft. Each request carries a sequence number; the page drops answers to requests
 * it has already superseded.
 */
import { runAnalysis, type AnalysisRequest, type AnalysisResponse } from './analysis';

self.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  const { seq, text } = event.data;
  const response: AnalysisResponse = { seq, result: runAnalysis(text) };
  self.postMessage(response);
};
