import { useEffect, useState, useSyncExternalStore } from 'react';

function subscribeOnline(onChange: () => void) {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

/** Whether the browser says it has a connection; re-renders when that changes. */
export function useOnline(): boolean {
  return useSyncExternalStore(
    subscribeOnline,
    () => navigator.onLine,
    () => true,
  );
}

/** After this long a panel stops saying "loading" and says which system it is still waiting for. */
export const SLOW_AFTER_SECONDS = 5;

/** Whole seconds spent waiting while `waiting` is true (0 otherwise), ticking once a second. */
export function useWaitingSeconds(waiting: boolean): number {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    if (!waiting) return undefined;
    const started = Date.now();
    const tick = window.setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 1000);
    return () => {
      window.clearInterval(tick);
      setSeconds(0);
    };
  }, [waiting]);
  return waiting ? seconds : 0;
}
