import { useEffect, useState } from 'react';

/** Runs the next step in a task of its own. */
const later = (run: () => void): (() => void) => {
  const handle = setTimeout(run, 0);
  return () => clearTimeout(handle);
};

const NONE: readonly never[] = [];

type Outcome<R> = { readonly steps: ReadonlyArray<() => R> } & ({ readonly results: readonly R[] } | { readonly error: unknown });

/**
 * The results of `steps`, each computed in a task of its own, or null until the last one is done (and after `steps`
 * changes, until they are again). For work that would otherwise run in one render: ranking eight periods of every
 * unit held a phone's main thread for over half a second at once; one period per task leaves it free to paint and to
 * answer a tap in between. A new `steps` (by identity) abandons the old run. A step that throws makes the render
 * throw, as it would have had it run there, so the panel's error boundary shows it.
 */
export function useComputedInSteps<R>(steps: ReadonlyArray<() => R> | null): readonly R[] | null {
  const [outcome, setOutcome] = useState<Outcome<R> | null>(null);
  useEffect(() => {
    if (!steps || steps.length === 0) return;
    const results: R[] = [];
    let cancel = later(function next() {
      try {
        results.push((steps[results.length] as () => R)());
      } catch (error) {
        setOutcome({ steps, error });
        return;
      }
      if (results.length < steps.length) cancel = later(next);
      else setOutcome({ steps, results });
    });
    return () => cancel();
  }, [steps]);
  if (!steps) return null;
  if (steps.length === 0) return NONE;
  if (!outcome || outcome.steps !== steps) return null;
  if ('error' in outcome) throw outcome.error;
  return outcome.results;
}
