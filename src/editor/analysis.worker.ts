/// <reference lib="webworker" />
/**
 * Analyzes drafts off the main thread, so typing never waits for parsing, validation, import and
 * lint of a long draft. The article goes back at once; lint and review follow once typing pauses
 * (DETAILS_AFTER_MS), and a newer request cancels them, so a fast typist's superseded drafts cost
 * only their parse. When the page parsed a draft itself (a short one), only lint and review come from here.
 */
import { stagedAnalyzer, type AnalysisRequest } from './analysis';

const analyzer = stagedAnalyzer((response) => self.postMessage(response));

self.onmessage = (event: MessageEvent<AnalysisRequest>) => analyzer.analyze(event.data);
