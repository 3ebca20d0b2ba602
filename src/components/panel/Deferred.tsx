import { useDeferredValue, type ReactNode } from 'react';

/**
 * Renders its children one step behind the page: when the page's data arrive (or a control changes), React first
 * commits what lies outside (the headline figures), then renders these panels in a background pass that yields to
 * the browser between components, so a phone's main thread is never held for the whole page at once.
 *
 * Why a wrapper: the query cache notifies React through `useSyncExternalStore`, whose renders are always
 * synchronous. Deferring the children elements themselves makes the synchronous pass hand React the elements it
 * already committed, which it skips; the new elements follow in a deferred, time-sliced render. No DOM element is
 * added (grid layouts are unchanged), and the panels keep their reserved heights meanwhile, so nothing shifts.
 * A first mount renders at once, as before: only updates are deferred.
 */
export function Deferred({ children }: { readonly children: ReactNode }) {
  return useDeferredValue(children);
}
