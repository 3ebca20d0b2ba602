import { describe, expect, it } from 'vitest';
import { compareTurns, createDrawQueue, turnPosition, type TurnPosition } from './draw-queue';

/** A fake event loop: tasks run only when the test says so, timers only when the test advances the clock. */
function fakeLoop() {
  const tasks: (() => void)[] = [];
  let timers: { at: number; fn: () => void; id: number }[] = [];
  let now = 0;
  let ids = 0;
  return {
    schedule: (task: () => void) => void tasks.push(task),
    setTimer: (fn: () => void, ms: number) => {
      const id = ++ids;
      timers.push({ at: now + ms, fn, id });
      return () => {
        timers = timers.filter((t) => t.id !== id);
      };
    },
    /** Runs the tasks queued so far, one by one; returns how many ran. */
    runTasks() {
      let n = 0;
      while (tasks.length) {
        tasks.shift()?.();
        n++;
      }
      return n;
    },
    pendingTasks: () => tasks.length,
    advance(ms: number) {
      now += ms;
      const due = timers.filter((t) => t.at <= now);
      timers = timers.filter((t) => t.at > now);
      for (const t of due) t.fn();
    },
  };
}

const at = (distance: number, top = 0): (() => TurnPosition) => () => ({ distance, top });

describe('turnPosition', () => {
  it('is 0 for a chart any part of which is in the viewport', () => {
    expect(turnPosition({ top: 100, bottom: 420 }, 800).distance).toBe(0);
    expect(turnPosition({ top: -300, bottom: 20 }, 800).distance).toBe(0);
    expect(turnPosition({ top: 700, bottom: 1020 }, 800).distance).toBe(0);
  });
  it('counts the pixels to the viewport for a chart below or above it', () => {
    expect(turnPosition({ top: 1100, bottom: 1420 }, 800)).toEqual({ distance: 300, top: 1100 });
    expect(turnPosition({ top: -900, bottom: -500 }, 800)).toEqual({ distance: 500, top: -900 });
  });
});

describe('compareTurns', () => {
  it('puts the nearest first, then the upper, then the first to ask', () => {
    const turns = [
      { distance: 300, top: 1100, seq: 1 },
      { distance: 0, top: 400, seq: 2 },
      { distance: 0, top: 100, seq: 3 },
      { distance: 0, top: 100, seq: 4 },
    ];
    expect(turns.toSorted(compareTurns).map((t) => t.seq)).toEqual([3, 4, 2, 1]);
  });
});

describe('createDrawQueue', () => {
  it('starts one chart per task, the next only after the one before has drawn', () => {
    const loop = fakeLoop();
    const queue = createDrawQueue({ ...loop, maxTurnMs: 1000 });
    const started: string[] = [];
    const a = queue.request(at(0, 10), () => started.push('a'));
    const b = queue.request(at(0, 400), () => started.push('b'));
    // Asking starts nothing in the same task: the charts of one render all ask before the first is chosen.
    expect(started).toEqual([]);
    loop.runTasks();
    expect(started).toEqual(['a']);
    expect(queue.size).toEqual({ waiting: 1, drawing: 1 });
    // Nothing more runs until `a` has drawn.
    expect(loop.runTasks()).toBe(0);
    a.release();
    expect(started).toEqual(['a']);
    loop.runTasks();
    expect(started).toEqual(['a', 'b']);
    b.release();
    expect(queue.size).toEqual({ waiting: 0, drawing: 0 });
  });

  it('hands the turn to the chart nearest the viewport when the turn comes, not when it asked', () => {
    const loop = fakeLoop();
    const queue = createDrawQueue({ ...loop, maxTurnMs: 1000 });
    const started: string[] = [];
    let belowDistance = 900;
    const first = queue.request(at(0), () => started.push('first'));
    queue.request(at(200), () => started.push('near'));
    queue.request(() => ({ distance: belowDistance, top: 1700 }), () => started.push('scrolled-to'));
    loop.runTasks();
    // The user scrolled while the first chart drew: the far one is now in view.
    belowDistance = 0;
    first.release();
    loop.runTasks();
    expect(started).toEqual(['first', 'scrolled-to']);
  });

  it('gives the turn up after maxTurnMs when a chart never says it has drawn', () => {
    const loop = fakeLoop();
    const queue = createDrawQueue({ ...loop, maxTurnMs: 1000 });
    const started: string[] = [];
    queue.request(at(0), () => started.push('silent'));
    queue.request(at(10), () => started.push('next'));
    loop.runTasks();
    loop.advance(999);
    loop.runTasks();
    expect(started).toEqual(['silent']);
    loop.advance(1);
    loop.runTasks();
    expect(started).toEqual(['silent', 'next']);
  });

  it('forgets a chart that goes away before its turn, and moves on when the drawing one goes away', () => {
    const loop = fakeLoop();
    const queue = createDrawQueue({ ...loop, maxTurnMs: 1000 });
    const started: string[] = [];
    const a = queue.request(at(0), () => started.push('a'));
    const gone = queue.request(at(5), () => started.push('gone'));
    queue.request(at(10), () => started.push('c'));
    gone.release();
    loop.runTasks();
    a.release();
    a.release();
    loop.runTasks();
    expect(started).toEqual(['a', 'c']);
  });

  it('a late release of an earlier turn does not end the current one', () => {
    const loop = fakeLoop();
    const queue = createDrawQueue({ ...loop, maxTurnMs: 100 });
    const started: string[] = [];
    const a = queue.request(at(0), () => started.push('a'));
    queue.request(at(1), () => started.push('b'));
    queue.request(at(2), () => started.push('c'));
    loop.runTasks();
    loop.advance(100); // a timed out; b's turn
    loop.runTasks();
    a.release(); // a says it has drawn, late
    loop.runTasks();
    expect(started).toEqual(['a', 'b']);
    expect(queue.size.drawing).toBe(1);
  });

  it('flush starts every waiting chart at once, for printing', () => {
    const loop = fakeLoop();
    const queue = createDrawQueue({ ...loop, maxTurnMs: 1000 });
    const started: string[] = [];
    queue.request(at(0), () => started.push('a'));
    queue.request(at(500), () => started.push('b'));
    queue.request(at(900), () => started.push('c'));
    loop.runTasks();
    queue.flush();
    expect(started).toEqual(['a', 'b', 'c']);
    expect(queue.size.waiting).toBe(0);
  });
});
