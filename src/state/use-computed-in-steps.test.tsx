import { act, render, renderHook } from '@testing-library/react';
import { Component, type ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useComputedInSteps } from './use-computed-in-steps';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('useComputedInSteps', () => {
  it('runs one step per task and gives the results, in order, once the last is done', async () => {
    const ran: number[] = [];
    const steps = [1, 2, 3].map((n) => () => {
      ran.push(n);
      return n * 10;
    });
    const { result } = renderHook(() => useComputedInSteps(steps));
    expect(result.current).toBeNull();
    expect(ran).toEqual([]);
    await act(() => vi.advanceTimersToNextTimerAsync());
    expect(ran).toEqual([1]);
    expect(result.current).toBeNull();
    await act(() => vi.runAllTimersAsync());
    expect(ran).toEqual([1, 2, 3]);
    expect(result.current).toEqual([10, 20, 30]);
  });

  it('abandons a run when the steps change, and never shows the old results for the new steps', async () => {
    const make = (tag: string) => [() => `${tag}1`, () => `${tag}2`];
    const first = make('a');
    const { result, rerender } = renderHook(({ steps }) => useComputedInSteps(steps), { initialProps: { steps: first } });
    await act(() => vi.runAllTimersAsync());
    expect(result.current).toEqual(['a1', 'a2']);
    const second = make('b');
    rerender({ steps: second });
    expect(result.current).toBeNull();
    await act(() => vi.runAllTimersAsync());
    expect(result.current).toEqual(['b1', 'b2']);
  });

  it('has nothing to wait for without steps', () => {
    expect(renderHook(() => useComputedInSteps([])).result.current).toEqual([]);
    expect(renderHook(() => useComputedInSteps(null)).result.current).toBeNull();
  });

  it('throws from the render when a step throws, for the error boundary to show', async () => {
    class Boundary extends Component<{ children: ReactNode }, { error: string | null }> {
      override state = { error: null };
      static getDerivedStateFromError(error: Error) {
        return { error: error.message };
      }
      override render() {
        return this.state.error ? <p>failed: {this.state.error}</p> : this.props.children;
      }
    }
    const steps = [() => 1, (): number => { throw new Error('bad record'); }];
    const Probe = () => <p>{String(useComputedInSteps(steps))}</p>;
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { container } = render(<Boundary><Probe /></Boundary>);
    expect(container.textContent).toBe('null');
    await act(() => vi.runAllTimersAsync());
    expect(container.textContent).toBe('failed: bad record');
    spy.mockRestore();
  });
});
