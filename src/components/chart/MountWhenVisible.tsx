import { useEffect, useRef, useState, type ReactNode } from 'react';

export interface MountWhenVisibleProps {
  /** Height (px) the placeholder keeps, the same as what mounts: nothing below moves when it arrives. */
  readonly height: number;
  readonly children: ReactNode;
  /** How far below (and above) the viewport to start mounting, so a chart is drawn before it scrolls in. */
  readonly margin?: string;
}

/** Mount at once where there is no IntersectionObserver (jsdom, very old browsers): correctness first. */
const canObserve = () => typeof window !== 'undefined' && 'IntersectionObserver' in window;

/**
 * Renders `children` only once the spot they will fill comes near the viewport, and keeps them from then on.
 * A theme page holds eight to twelve charts; mounting them all as their data arrive blocks a phone's main
 * thread for a second or more, while only two or three are on screen. Printing mounts everything first, so a
 * printed page never shows an empty box.
 */
export function MountWhenVisible({ height, children, margin = '300px 0px' }: MountWhenVisibleProps) {
  const [visible, setVisible] = useState(() => !canObserve());
  const spot = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (visible || !spot.current) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setVisible(true);
    }, { rootMargin: margin });
    observer.observe(spot.current);
    const show = () => setVisible(true);
    window.addEventListener('beforeprint', show);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', show);
    };
  }, [visible, margin]);

  if (visible) return children;
  return <div ref={spot} className="chart-placeholder" style={{ height }} aria-hidden="true" />;
}
