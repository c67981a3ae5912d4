import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * False while prerendering and during hydration, true afterwards. Values that depend on the URL's
 * query or fragment (which the prerendered HTML cannot know) should wait for it: React does not
 * patch attributes that differ at hydration.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
