import { useSyncExternalStore } from 'react';

/** When the data kept for offline use was last saved (or restored from), for the offline notice. */
let savedAt: number | null = null;
const listeners = new Set<() => void>();

export function setSavedAt(value: number | null): void {
  savedAt = value;
  for (const listener of listeners) listener();
}

export function useSavedAt(): number | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => savedAt,
    () => null,
  );
}
