import { useEffect, useState } from 'react';

/**
 * `flag`, but turning true only once it has stayed true for `delayMs`; it turns false at once.
 * For busy indicators: work that finishes within the delay never shows (or announces, in a live
 * region) a state that is gone by the time anyone could read it.
 */
export function useDelayedFlag(flag: boolean, delayMs: number): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!flag) {
      setShown(false);
      return;
    }
    const timer = setTimeout(() => setShown(true), delayMs);
    return () => clearTimeout(timer);
  }, [flag, delayMs]);
  return flag && shown;
}
