import { useEffect, useRef, useState } from 'react';
import type { Article } from '../article/schema';
import { runAnalysis, type AnalysisResponse, type AnalysisResult } from './analysis';

export interface DraftState {
  /** Analysis of the latest text answered so far (null before the first answer). */
  result: AnalysisResult | null;
  /** The text `result` belongs to. */
  analysedText: string | null;
  /** The last article that was valid: shown, marked stale, while the draft is broken. */
  lastGood: Article | null;
  /** True while the article on show is not the current text's (the draft is invalid now). */
  stale: boolean;
}

type Analyser = { analyse(seq: number, text: string): void; dispose(): void };

/** A worker when the browser allows one; otherwise the same analysis on the main thread. */
function createAnalyser(onResult: (r: AnalysisResponse) => void): Analyser {
  try {
    const worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
    let failed = false;
    worker.onmessage = (e: MessageEvent<AnalysisResponse>) => onResult(e.data);
    worker.onerror = (e) => {
      // A worker that cannot start (blocked, old browser): fall back to the main thread for good.
      e.preventDefault();
      failed = true;
      worker.terminate();
    };
    let last: { seq: number; text: string } | null = null;
    return {
      analyse(seq, text) {
        last = { seq, text };
        if (failed) onResult({ seq, result: runAnalysis(text) });
        else worker.postMessage(last);
      },
      dispose: () => worker.terminate(),
    };
  } catch {
    return { analyse: (seq, text) => onResult({ seq, result: runAnalysis(text) }), dispose() {} };
  }
}

/**
 * Keeps an analysis of `text` up to date. Answers to superseded texts are dropped, so a slow
 * analysis never overwrites a newer one.
 */
export function useDraftAnalysis(text: string): DraftState {
  const [state, setState] = useState<DraftState>({ result: null, analysedText: null, lastGood: null, stale: false });
  const seqRef = useRef(0);
  const textsRef = useRef(new Map<number, string>());
  const analyserRef = useRef<Analyser | null>(null);

  useEffect(() => {
    const texts = textsRef.current;
    const analyser = createAnalyser(({ seq, result }) => {
      if (seq !== seqRef.current) {
        texts.delete(seq);
        return;
      }
      const analysedText = texts.get(seq) ?? null;
      texts.clear();
      setState((prev) => {
        const lastGood = result.article ?? (result.kind === 'empty' ? null : prev.lastGood);
        return { result, analysedText, lastGood, stale: !result.article && result.kind !== 'empty' && lastGood !== null };
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
    textsRef.current.set(seq, text);
    analyserRef.current?.analyse(seq, text);
  }, [text]);

  return state;
}
