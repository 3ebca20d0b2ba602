/**
 * Charts take turns to draw. Creating an ECharts instance and drawing its first option costs a phone 50–150 ms of
 * main thread per chart; a theme page mounts several at once when its data arrive, and drawn together they make one
 * long task (the browser cannot paint or answer a tap until all are done). Here each chart waits for its turn, the
 * one nearest the viewport first, and the next turn starts in a new task once the chart before it has drawn.
 *
 * Pure turn-taking: what "a new task" and "a timer" are is given by the caller (the browser's in `chart-turns.ts`,
 * a fake in the tests).
 */

/** Where a chart sits against the viewport when a turn is handed out: the nearest draws first. */
export interface TurnPosition {
  /** 0 when any part of the chart is in the viewport, else the pixels between the chart and the viewport. */
  readonly distance: number;
  /** Top of the chart, against the viewport's top: among charts in view, the upper draws first. */
  readonly top: number;
}

/** A chart's place in the queue. */
export interface DrawTurn {
  /** Done drawing (or gone): the next chart may start. Safe to call more than once, and before the turn came. */
  release(): void;
}

export interface DrawQueueOptions {
  /** Runs `task` in a new task of the event loop (not a microtask): the browser may paint and handle input first. */
  readonly schedule: (task: () => void) => void;
  /** A timer, cancelled by the function it returns. */
  readonly setTimer: (fn: () => void, ms: number) => () => void;
  /** A chart that never says it has drawn (hidden, failed) gives its turn up after this long. */
  readonly maxTurnMs: number;
}

export interface DrawQueue {
  /** Queues a chart: `start` is called when its turn comes; `position` is read then, as the page may have scrolled. */
  request(position: () => TurnPosition, start: () => void): DrawTurn;
  /** Starts every waiting chart at once (printing: the printed page must show every chart). */
  flush(): void;
  /** Charts waiting and drawing, for tests and diagnostics. */
  readonly size: { readonly waiting: number; readonly drawing: number };
}

/** Distance and top of a box (client coordinates) against a viewport of the given height. */
export function turnPosition(box: { readonly top: number; readonly bottom: number }, viewportHeight: number): TurnPosition {
  const distance = box.bottom < 0 ? -box.bottom : box.top > viewportHeight ? box.top - viewportHeight : 0;
  return { distance, top: box.top };
}

/** Nearest the viewport first; in view, the upper first; then the one that asked first. */
export function compareTurns(a: TurnPosition & { readonly seq: number }, b: TurnPosition & { readonly seq: number }): number {
  return a.distance - b.distance || a.top - b.top || a.seq - b.seq;
}

interface Waiting {
  readonly seq: number;
  readonly position: () => TurnPosition;
  readonly start: () => void;
}

export function createDrawQueue({ schedule, setTimer, maxTurnMs }: DrawQueueOptions): DrawQueue {
  let seq = 0;
  const waiting = new Map<number, Waiting>();
  let drawing: { readonly seq: number; readonly cancelTimer: () => void } | null = null;
  let pickScheduled = false;

  const finish = (s: number) => {
    if (drawing?.seq !== s) return;
    drawing.cancelTimer();
    drawing = null;
    schedulePick();
  };

  function pick() {
    pickScheduled = false;
    if (drawing || waiting.size === 0) return;
    const next = [...waiting.values()].map((w) => ({ ...w.position(), seq: w.seq, w })).sort(compareTurns)[0];
    if (!next) return;
    waiting.delete(next.seq);
    const s = next.seq;
    drawing = { seq: s, cancelTimer: setTimer(() => finish(s), maxTurnMs) };
    next.w.start();
  }

  // Always in a new task: the charts mounted by one render all ask before the first is chosen, and a chart that
  // has drawn lets the browser paint before the next one starts.
  function schedulePick() {
    if (pickScheduled || drawing || waiting.size === 0) return;
    pickScheduled = true;
    schedule(pick);
  }

  return {
    request(position, start) {
      const s = ++seq;
      waiting.set(s, { seq: s, position, start });
      schedulePick();
      return {
        release() {
          if (waiting.delete(s)) return;
          finish(s);
        },
      };
    },
    flush() {
      const all = [...waiting.values()].sort((a, b) => a.seq - b.seq);
      waiting.clear();
      for (const w of all) w.start();
    },
    get size() {
      return { waiting: waiting.size, drawing: drawing ? 1 : 0 };
    },
  };
}
