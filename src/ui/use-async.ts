import { useCallback, useEffect, useState } from 'react';

export type AsyncState<T> = { status: 'loading' } | { status: 'done'; value: T };

/**
 * Runs `load` when `key` changes (or `retry` is called) and returns its state. A result that
 * arrives after the key changed is dropped. `load` must not reject: return failures as values.
 * With `initial`, starts done with that value and does not load.
 */
export function useAsync<T>(key: string, load: () => Promise<T>, initial?: T): [AsyncState<T>, () => void] {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<AsyncState<T>>(initial === undefined ? { status: 'loading' } : { status: 'done', value: initial });
  const skip = initial !== undefined && attempt === 0;
  useEffect(() => {
    if (skip) return;
    let current = true;
    setState({ status: 'loading' });
    void load().then((value) => {
      if (current) setState({ status: 'done', value });
    });
    return () => {
      current = false;
    };
    // `load` is keyed by `key`: a new function with the same key must not reload.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, attempt, skip]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return [state, retry];
}
