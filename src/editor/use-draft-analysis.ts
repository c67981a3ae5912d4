import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Article } from '../article/schema';
import { runArticleStage, analyzeHere, COSTS_KEPT, stagedAnalyzer, type Analyzer, type AnalysisRequest, type AnalysisResponse, type ArticleStage, type DetailStage, type StageCost } from './analysis';
// Vite's `?worker&url` gives the bundled worker's address as the default export (a virtual module).
// oxlint-disable-next-line import/default
import workerUrl from './analysis.worker.ts?worker&url';
import { trustedWorkerUrl } from '../ui/trusted-worker-url';
import { shareUnchanged } from './share-unchanged';

export interface DraftState {
  /** The article core's verdict on the latest text answered so far (null before the first answer). */
  result: ArticleStage | null;
  /** The text `result` belongs to. */
  analyzedText: string | null;
  /** Lint and review of `detailsText` (they may lag behind `result`). */
  details: DetailStage | null;
  detailsText: string | null;
  /** The last article that was valid: shown, marked stale, while the draft is broken. */
  lastGood: Article | null;
  /** True while the article on show is not the current text's (the draft is invalid now). */
  stale: boolean;
}

/**
 * A worker when the browser allows one; otherwise the same analysis on the main thread.
 * `onResult` learns whether an answer came from the worker (in a task of its own) or from here (during the request).
 */
function createAnalyzer(onResult: (r: AnalysisResponse, fromWorker: boolean) => void): Analyzer {
  const here = (r: AnalysisResponse) => onResult(r, false);
  try {
    const worker = new Worker(trustedWorkerUrl(workerUrl), { type: 'module' });
    let fallback: Analyzer | null = null;
    let last: AnalysisRequest | null = null;
    worker.onmessage = (e: MessageEvent<AnalysisResponse>) => onResult(e.data, true);
    worker.onerror = (e) => {
      // A worker that cannot start (blocked, old browser): the main thread takes over for good.
      e.preventDefault();
      worker.terminate();
      fallback = stagedAnalyzer(here);
      if (last) fallback.analyze(last);
    };
    return {
      analyze(request) {
        last = request;
        if (fallback) fallback.analyze(request);
        else worker.postMessage(request);
      },
      dispose() {
        worker.terminate();
        fallback?.dispose();
      },
    };
  } catch {
    // No worker here: both stages on the main thread.
    return stagedAnalyzer(here);
  }
}

const EMPTY: DraftState = { result: null, analyzedText: null, details: null, detailsText: null, lastGood: null, stale: false };

export interface DraftAnalysisHandle {
  state: DraftState;
  /**
   * Starts analyzing `text` now, before React renders it: the editor's change handler calls this.
   * A keystroke in a draft that parses fast enough (see `analyzeHere`) is parsed right here and the
   * preview rendered in the same task, so it changes in the same frame as the editor; otherwise the
   * worker parses while the page re-renders. Texts not submitted are analyzed after rendering.
   * `alongside` holds the caller's own state updates for the new text: made in the same render as
   * the answer when it is immediate (the page never shows a text with another text's analysis),
   * else in a transition.
   */
  submit(text: string, alongside: () => void): void;
  /**
   * Shows `article` at once as the analysis of `text`, which is known to be that article's JSON (an
   * import made it), rendering it before returning; the analyzer still checks `text` as usual, and its
   * answer replaces this one (sharing every unchanged part, so little renders again). With `text` null
   * the article is only shown (a first look at an import whose JSON is still to come), not checked.
   */
  adopt(text: string | null, article: Article): void;
}

/**
 * Keeps an analysis of `text` up to date. Answers to superseded texts are dropped, so a slow
 * analysis never overwrites a newer one. A new article shares every unchanged part with the one
 * before, so the preview re-renders only what the edit touched.
 */
export function useDraftAnalysis(text: string): DraftAnalysisHandle {
  const [state, setState] = useState<DraftState>(EMPTY);
  // The latest request: only its answers are still useful.
  const latest = useRef<{ seq: number; text: string } | null>(null);
  const analyzerRef = useRef<Analyzer | null>(null);
  // What the latest article stages cost, wherever they ran: they decide where the next one runs.
  const costs = useRef<StageCost[]>([]);

  /** Shows the article stage of the latest request, `asked`, and notes its cost unless it was not `measured`. */
  const showArticle = useCallback((asked: { text: string }, result: ArticleStage, measured = true) => {
    if (measured) costs.current = [...costs.current.slice(1 - COSTS_KEPT), { length: asked.text.length, ms: result.ms }];
    setState((prev) => {
      const article = result.article ? shareUnchanged(prev.lastGood, result.article) : null;
      const lastGood = article ?? (result.kind === 'empty' ? null : prev.lastGood);
      return {
        ...prev,
        result: article === result.article ? result : { ...result, article },
        analyzedText: asked.text,
        lastGood,
        stale: !article && result.kind !== 'empty' && lastGood !== null,
      };
    });
  }, []);

  /** Applies an answer from the analyzer, if it is to the latest request; `now` (an answer from the worker, in a task of its own) renders the article before returning. */
  const accept = useCallback(
    (response: AnalysisResponse, now: boolean) => {
      const asked = latest.current;
      if (!asked || response.seq !== asked.seq) return;
      if (response.stage === 'details') setState((prev) => ({ ...prev, details: response.result, detailsText: asked.text }));
      else if (now) flushSync(() => showArticle(asked, response.result));
      else showArticle(asked, response.result);
    },
    [showArticle],
  );

  /**
   * Asks for an analysis of `value`. `alongside`: given by the editor's change handler (outside
   * React's rendering), the caller's updates that go with the new text.
   */
  const ask = useCallback(
    (value: string, alongside?: () => void) => {
      if (latest.current?.text === value) {
        if (alongside) startTransition(alongside);
        return;
      }
      const asked = { seq: (latest.current?.seq ?? 0) + 1, text: value };
      latest.current = asked;
      const here = analyzeHere(value.length, costs.current);
      if (here) {
        const result = runArticleStage(value);
        if (alongside)
          flushSync(() => {
            alongside();
            showArticle(asked, result);
          });
        else showArticle(asked, result);
      } else if (alongside) startTransition(alongside);
      analyzerRef.current?.analyze({ seq: asked.seq, text: value, articleHere: here });
    },
    [showArticle],
  );

  useEffect(() => {
    // The worker's article arrives in a task of its own: rendered there and then, not in a later task.
    const analyzer = createAnalyzer(accept);
    analyzerRef.current = analyzer;
    // A text submitted before the analyzer existed (or by an earlier one, under StrictMode) is asked again.
    if (latest.current) analyzer.analyze({ ...latest.current });
    return () => {
      analyzer.dispose();
      analyzerRef.current = null;
    };
  }, [accept]);

  const submit = useCallback((value: string, alongside: () => void) => ask(value, alongside), [ask]);
  useEffect(() => ask(text), [ask, text]);

  const adopt = useCallback(
    (value: string | null, article: Article) => {
      const asked = { seq: (latest.current?.seq ?? 0) + 1, text: value ?? '' };
      latest.current = asked;
      // No cost noted: nothing was parsed, so it says nothing of where the next keystroke's text should be.
      flushSync(() => showArticle(asked, { kind: 'json', article, problems: [], ms: 0 }, false));
      if (value !== null) analyzerRef.current?.analyze({ seq: asked.seq, text: value, articleHere: false });
    },
    [showArticle],
  );

  return { state, submit, adopt };
}
