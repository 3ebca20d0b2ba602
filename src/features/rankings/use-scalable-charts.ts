import { useEffect, type RefObject } from 'react';

/**
 * ECharts' live SVG has a pixel width and height but no viewBox, so a printed page narrower than the screen cuts the
 * chart off. Giving each chart's SVG a viewBox equal to its own size changes nothing on screen and lets print CSS
 * scale it to the printed column. Kept in step when the chart redraws at another size.
 */
export function useScalableCharts(root: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const el = root.current;
    if (!el) return;
    const fit = () => {
      for (const svg of el.querySelectorAll<SVGSVGElement>('.echart svg')) {
        const w = svg.getAttribute('width');
        const h = svg.getAttribute('height');
        const box = w && h ? `0 0 ${w} ${h}` : null;
        if (box && svg.getAttribute('viewBox') !== box) svg.setAttribute('viewBox', box);
      }
    };
    fit();
    const observer = new MutationObserver(fit);
    observer.observe(el, { subtree: true, childList: true, attributes: true, attributeFilter: ['width', 'height'] });
    return () => observer.disconnect();
  }, [root]);
}
