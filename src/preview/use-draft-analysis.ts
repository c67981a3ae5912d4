import { useEffect, useRef, useState } from 'react';
import type { Article } from '../article/schema';
import { analyseArticle, analyseDetails, type AnalysisResponse, type ArticleStage, type DetailStage } from './analysis';
// Vite's `?worker&url` gives the bundled worker's address as the default export (a virtual module).
// oxlint-disable-next-line import/default
import workerUrl from './analysis.worker.ts?worker&url';
import { shareUnchanged } from './share-unchanged';

export interface DraftState {
  /** The article core's verdict on the latest text answered so far (null before the first answer). */
  result: ArticleStage | null;
  /** The text `result` belongs to. */
  analysedText: string | null;
  /** Lint and review of `detailsText` (they may lag behind `result`). */
  details: DetailStage | null;
  detailsText: string | null;
  /** The last article that was valid: shown, marked stale, while the draft is broken. */
  lastGood: Article | null;
  /** True while the article on show is not the current text's (the draft is invalid now). */
  stale: boolean;
}

type Analyser = { analyse(seq: number, text: string): void; dispose(): void };

/** Both stages on the main thread: for browsers where the worker cannot start. */
function analyseHere(seq: number, text: string, onResult: (r: AnalysisResponse) => void) {
  const article = analyseArticle(text);
  onResult({ seq, stage: 'article', result: article });
  setTimeout(() => onResult({ seq, stage: 'details', result: analyseDetails(text, article) }), 0);
}

interface TrustedTypesLike {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): { createScriptURL(url: string): unknown };
}
let workerPolicy: { createScriptURL(url: string): unknown } | null | undefined;

/**
 * The worker's address as the Content-Security-Policy requires it (Trusted Types: script URLs only
 * through a named policy). The policy admits nothing but same-origin addresses.
 */
function trustedWorkerUrl(url: string): string | URL {
  const tt = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (!tt) return url;
  workerPolicy ??= tt.createPolicy('sahifa-worker', {
    createScriptURL(candidate) {
      if (new URL(candidate, location.href).origin !== location.origin) throw new TypeError('The analysis worker must come from this site.');
      return candidate;
    },
  });
  return workerPolicy.createScriptURL(url) as string;
}

/** A worker when the browser allows one; otherwise the same analysis on the main thread. */
function createAnalyser(onResult: (r: AnalysisResponse) => void): Analyser {
  try {
    const worker = new Worker(trustedWorkerUrl(workerUrl), { type: 'module' });
    let failed = false;
    let last: { seq: number; text: string } | null = null;
    worker.onmessage = (e: MessageEvent<AnalysisResponse>) => onResult(e.data);
    worker.onerror = (e) => {
      // A worker that cannot start (blocked, old browser): the main thread takes over for good.
      e.preventDefault();
      failed = true;
      worker.terminate();
      if (last) analyseHere(last.seq, last.text, onResult);
    };
    return {
      analyse(seq, text) {
        last = { seq, text };
        if (failed) analyseHere(seq, text, onResult);
        else worker.postMessage(last);
      },
      dispose: () => worker.terminate(),
    };
  } catch {
    return { analyse: (seq, text) => analyseHere(seq, text, onResult), dispose() {} };
  }
}

const EMPTY: DraftState = { result: null, analysedText: null, details: null, detailsText: null, lastGood: null, stale: false };

/**
 * Keeps an analysis of `text` up to date. Answers to superseded texts are dropped, so a slow
 * analysis never overwrites a newer one. A new article shares every unchanged part with the one
 * before, so the preview re-renders only what the edit touched.
 */
export function useDraftAnalysis(text: string): DraftState {
  const [state, setState] = useState<DraftState>(EMPTY);
  const seqRef = useRef(0);
  const textsRef = useRef(new Map<number, string>());
  const analyserRef = useRef<Analyser | null>(null);

  useEffect(() => {
    const texts = textsRef.current;
    const analyser = createAnalyser((response) => {
      if (response.seq !== seqRef.current) return;
      const answered = texts.get(response.seq) ?? null;
      if (response.stage === 'details') {
        setState((prev) => ({ ...prev, details: response.result, detailsText: answered }));
        return;
      }
      const result = response.result;
      setState((prev) => {
        const article = result.article ? shareUnchanged(prev.lastGood, result.article) : null;
        const lastGood = article ?? (result.kind === 'empty' ? null : prev.lastGood);
        return {
          ...prev,
          result: article === result.article ? result : { ...result, article },
          analysedText: answered,
          lastGood,
          stale: !article && result.kind !== 'empty' && lastGood !== null,
        };
      });
    });
    analyserRef.current = analyser;
    return () => {
      analyser.dispose();
      analyserRef.current = null;
    };
  }, []);

  useEffect(() => {
    const seq = ++seqRef.current;
    const texts = textsRef.current;
    // Only the latest request can still be answered usefully.
    texts.clear();
    texts.set(seq, text);
    analyserRef.current?.analyse(seq, text);
  }, [text]);

  return state;
}
