import { useEffect, useState } from 'react';

/** Whether the viewport is at least this wide; true where matchMedia is missing (tests), so nothing is hidden there. */
export function useWideScreen(minWidth = 720): boolean {
  const query = `(min-width: ${minWidth}px)`;
  const [wide, setWide] = useState(() => (typeof window.matchMedia === 'function' ? window.matchMedia(query).matches : true));
  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return undefined;
    const list = window.matchMedia(query);
    const update = () => setWide(list.matches);
    update();
    list.addEventListener('change', update);
    return () => list.removeEventListener('change', update);
  }, [query]);
  return wide;
}
