import { useCallback, useEffect, useRef, useState } from 'react';
import type { Article } from '../article/schema';
import { stagedAnalyser, type Analyser, type AnalysisResponse, type ArticleStage, type DetailStage } from './analysis';
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
    let fallback: Analyser | null = null;
    let last: { seq: number; text: string } | null = null;
    worker.onmessage = (e: MessageEvent<AnalysisResponse>) => onResult(e.data);
    worker.onerror = (e) => {
      // A worker that cannot start (blocked, old browser): the main thread takes over for good.
      e.preventDefault();
      worker.terminate();
      fallback = stagedAnalyser(onResult);
      if (last) fallback.analyse(last.seq, last.text);
    };
    return {
      analyse(seq, text) {
        last = { seq, text };
        if (fallback) fallback.analyse(seq, text);
        else worker.postMessage(last);
      },
      dispose() {
        worker.terminate();
        fallback?.dispose();
      },
    };
  } catch {
    // No worker here: both stages on the main thread.
    return stagedAnalyser(onResult);
  }
}

const EMPTY: DraftState = { result: null, analysedText: null, details: null, detailsText: null, lastGood: null, stale: false };

export interface DraftAnalysisHandle {
  state: DraftState;
  /**
   * Starts analysing `text` now, before React renders it: an editor's change handler calls this so
   * the worker parses while the page re-renders. Texts not submitted are analysed after rendering.
   */
  submit(text: string): void;
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
  const analyserRef = useRef<Analyser | null>(null);

  const submit = useCallback((value: string) => {
    if (latest.current?.text === value) return;
    latest.current = { seq: (latest.current?.seq ?? 0) + 1, text: value };
    analyserRef.current?.analyse(latest.current.seq, value);
  }, []);

  useEffect(() => {
    const analyser = createAnalyser((response) => {
      const asked = latest.current;
      if (!asked || response.seq !== asked.seq) return;
      if (response.stage === 'details') {
        setState((prev) => ({ ...prev, details: response.result, detailsText: asked.text }));
        return;
      }
      const result = response.result;
      setState((prev) => {
        const article = result.article ? shareUnchanged(prev.lastGood, result.article) : null;
        const lastGood = article ?? (result.kind === 'empty' ? null : prev.lastGood);
        return {
          ...prev,
          result: article === result.article ? result : { ...result, article },
          analysedText: asked.text,
          lastGood,
          stale: !article && result.kind !== 'empty' && lastGood !== null,
        };
      });
    });
    analyserRef.current = analyser;
    // A text submitted before the analyser existed (or by an earlier one, under StrictMode) is asked again.
    if (latest.current) analyser.analyse(latest.current.seq, latest.current.text);
    return () => {
      analyser.dispose();
      analyserRef.current = null;
    };
  }, []);

  useEffect(() => submit(text), [submit, text]);

  return { state, submit };
}
