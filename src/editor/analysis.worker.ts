/// <reference lib="webworker" />
/**
 * Analyses drafts off the main thread, so typing never waits for parsing, validation, import and
 * lint of a long draft. The article goes back at once; lint and review follow once typing pauses
 * (DETAILS_AFTER_MS), and a newer request cancels them, so a fast typist's superseded drafts cost
 * only their parse. When the page parsed a draft itself (a short one), only lint and review come from here.
 */
import { stagedAnalyser, type AnalysisRequest } from './analysis';

const analyser = stagedAnalyser((response) => self.postMessage(response));

self.onmessage = (event: MessageEvent<AnalysisRequest>) => analyser.analyse(event.data);
