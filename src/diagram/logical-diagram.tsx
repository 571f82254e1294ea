import { useId } from 'react';
import type { Design } from '../design/design-schema';
import { placeServices } from '../engine/logical/placement';
import type { Sizing } from '../engine/report/report-types';
import { layoutDiagram } from './diagram-layout';
import { DiagramDrawing } from './diagram-svg';
import { DiagramText, diagramSummary } from './diagram-text';
import './drawing-frame.css';
import './logical-diagram.css';

/**
 * Without `width` the drawing fills its container; with it, it draws at that many pixels.
 * `text: false` leaves out the visible text alternative, for pages that list the same in tables.
 */
export type LogicalDiagramProps = {
  design: Design;
  sizing: Sizing;
  width?: number | undefined;
  text?: boolean;
};

/**
 * The book's logical-design figure drawn from the live design: each node role as a box with its
 * count and services, and the physical networks as buses with a line to every role they reach.
 */
export function LogicalDiagram({ design, sizing, width, text = true }: LogicalDiagramProps) {
  const placement = placeServices(design, sizing.report.nodes);
  const layout = layoutDiagram(placement);
  const id = useId();
  return (
    <figure data-diagram="logical" className="logical-diagram">
      <figcaption className="logical-diagram__caption">
        Logical design: node roles, the services on them and the physical networks
      </figcaption>
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        width={width ?? '100%'}
        className="logical-diagram__drawing"
      >
        <title id={`${id}-title`}>Logical design</title>
        <desc id={`${id}-desc`}>{diagramSummary(placement)}</desc>
        <DiagramDrawing layout={layout} />
      </svg>
      {text && <DiagramText placement={placement} />}
    </figure>
  );
}
