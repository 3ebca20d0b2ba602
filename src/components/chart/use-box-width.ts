import { useLayoutEffect, useState, type RefObject } from 'react';

/** The element's width and the window's, kept current with a ResizeObserver (0 until measured, and in jsdom). */
export function useBoxWidth(ref: RefObject<HTMLElement | null>): { width: number; screenWidth: number } {
  const [size, setSize] = useState({ width: 0, screenWidth: 0 });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    const read = () => {
      const width = Math.round(el.getBoundingClientRect().width);
      const screenWidth = window.innerWidth;
      setSize((prev) => (prev.width === width && prev.screenWidth === screenWidth ? prev : { width, screenWidth }));
    };
    read();
    if (typeof ResizeObserver !== 'function') return undefined;
    const observer = new ResizeObserver(read);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}

let canvas: HTMLCanvasElement | null = null;

/** A text's width in the chart font, measured on a canvas; an estimate where there is no canvas (jsdom). */
export function measureText(text: string, fontSize: number): number {
  canvas ??= typeof document === 'undefined' ? null : document.createElement('canvas');
  const ctx = canvas?.getContext('2d');
  if (!ctx) return text.length * fontSize * 0.56;
  ctx.font = `${fontSize}px system-ui, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif`;
  return ctx.measureText(text).width;
}
