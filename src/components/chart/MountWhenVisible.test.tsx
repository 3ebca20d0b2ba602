import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MountWhenVisible } from './MountWhenVisible';

/** A hand-driven IntersectionObserver: the test says when the placeholder comes into view. */
class FakeObserver {
  static last: FakeObserver | null = null;
  constructor(readonly callback: IntersectionObserverCallback) {
    FakeObserver.last = this;
  }
  observe = vi.fn<(target: Element) => void>();
  disconnect = vi.fn<() => void>();
  unobserve = vi.fn<(target: Element) => void>();
  takeRecords = () => [];
  enter(isIntersecting: boolean) {
    act(() => this.callback([{ isIntersecting } as IntersectionObserverEntry], this as unknown as IntersectionObserver));
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeObserver.last = null;
});

describe('MountWhenVisible', () => {
  it('mounts at once where nothing can observe the viewport', () => {
    render(<MountWhenVisible height={200}><p>chart</p></MountWhenVisible>);
    expect(screen.getByText('chart')).toBeInTheDocument();
  });

  it('keeps the height with a placeholder until the spot nears the viewport, then mounts for good', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const { container } = render(<MountWhenVisible height={240}><p>chart</p></MountWhenVisible>);
    expect(screen.queryByText('chart')).toBeNull();
    expect((container.firstChild as HTMLElement).style.height).toBe('240px');
    FakeObserver.last?.enter(false);
    expect(screen.queryByText('chart')).toBeNull();
    FakeObserver.last?.enter(true);
    expect(screen.getByText('chart')).toBeInTheDocument();
  });

  it('mounts everything before printing', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    render(<MountWhenVisible height={240}><p>chart</p></MountWhenVisible>);
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(screen.getByText('chart')).toBeInTheDocument();
  });
});
