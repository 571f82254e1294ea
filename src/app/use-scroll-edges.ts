import { useLayoutEffect, useState, type RefObject } from 'react';

/** Whether a sideways scroller hides content before (left of) or after (right of) its view. */
export type ScrollEdges = { before: boolean; after: boolean };

const FITS: ScrollEdges = { before: false, after: false };

/**
 * Follows a scroller's hidden edges as it scrolls, as the window resizes and as its content
 * grows (a flavor added, a longer horizon), measured before the browser paints.
 */
export function useScrollEdges(ref: RefObject<HTMLElement | null>): ScrollEdges {
  const [edges, setEdges] = useState(FITS);
  useLayoutEffect(() => {
    const area = ref.current;
    // Without layout (jsdom) nothing can overflow.
    if (!area || typeof ResizeObserver === 'undefined') return;
    const update = () => {
      // A pixel of slack: zoomed and fractional layouts round widths.
      const before = area.scrollLeft > 1;
      const after = area.scrollLeft + area.clientWidth < area.scrollWidth - 1;
      setEdges((old) => (old.before === before && old.after === after ? old : { before, after }));
    };
    update();
    const resizes = new ResizeObserver(update);
    resizes.observe(area);
    for (const child of area.children) resizes.observe(child);
    area.addEventListener('scroll', update, { passive: true });
    return () => {
      resizes.disconnect();
      area.removeEventListener('scroll', update);
    };
  }, [ref]);
  return edges;
}
