import { useRef, type ReactNode } from 'react';
import { useScrollEdges } from './use-scroll-edges';
import './side-scroll.css';

type Props = {
  /** What the content is, for the scrolling region's name ("Flavors"). */
  label: string;
  children: ReactNode;
};

/**
 * Content wider than its column (a table of many columns) scrolls sideways inside it, never the
 * page. While it does, a shadow marks each hidden edge and a line above says which way to
 * scroll; the scroller is then a named region a keyboard can focus to scroll it.
 */
export function SideScroll({ label, children }: Props) {
  const area = useRef<HTMLDivElement>(null);
  const { before, after } = useScrollEdges(area);
  const scrolls = before || after;
  return (
    <div
      className="side-scroll"
      data-hidden-before={before ? '' : undefined}
      data-hidden-after={after ? '' : undefined}
    >
      {scrolls && (
        <p className="side-scroll__hint" aria-hidden="true">
          {after ? 'Scroll sideways for more →' : '← Scroll back for the first columns'}
        </p>
      )}
      <div className="side-scroll__frame">
        <div
          ref={area}
          className="side-scroll__area"
          role={scrolls ? 'region' : undefined}
          aria-label={scrolls ? `${label} (scrolls sideways)` : undefined}
          tabIndex={scrolls ? 0 : undefined}
        >
          {children}
        </div>
      </div>
    </div>
  );
}
