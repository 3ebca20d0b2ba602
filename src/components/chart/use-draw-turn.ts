import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { createDrawQueue, turnPosition, type DrawTurn } from './draw-queue';

/** A new task, after the browser has had its chance to paint and handle input. */
const newTask = (task: () => void) => void setTimeout(task, 0);

/** The page's one queue: every chart on screen takes its turn from it. */
const drawQueue = createDrawQueue({
  schedule: newTask,
  setTimer: (fn, ms) => {
    const id = setTimeout(fn, ms);
    return () => clearTimeout(id);
  },
  maxTurnMs: 1500,
});

// A printed page shows every chart: whatever still waits draws at once.
if (typeof window !== 'undefined') window.addEventListener('beforeprint', () => drawQueue.flush());

/**
 * Whether the chart in `box` may draw yet, and the callback to call once it has drawn (its first frame is painted):
 * the next chart's turn starts then, in a new task. Unmounting gives the turn up.
 */
export function useDrawTurn(box: RefObject<HTMLElement | null>): { readonly mayDraw: boolean; readonly drawn: () => void } {
  const [mayDraw, setMayDraw] = useState(false);
  const turn = useRef<DrawTurn | null>(null);
  useEffect(() => {
    const position = () => {
      const rect = box.current?.getBoundingClientRect();
      return rect ? turnPosition(rect, window.innerHeight) : { distance: Number.MAX_SAFE_INTEGER, top: 0 };
    };
    const t = drawQueue.request(position, () => setMayDraw(true));
    turn.current = t;
    return () => t.release();
  }, [box]);
  const drawn = useCallback(() => turn.current?.release(), []);
  return { mayDraw, drawn };
}
