import { useId } from 'react';
import type { Design } from '../design/design-schema';
import { NODE_ROLES } from '../engine/logical/node-roles';
import { rackDrawing, type RackDrawing } from '../derivations/rack-drawing';
import type { Sizing } from '../engine/report/report-types';
import { layoutRacks } from './rack-layout';
import { RackLegend } from './rack-legend';
import { RackColumns } from './rack-svg';
import { RackText, rackSummary } from './rack-text';
import { RackTextureDefs, type RackItem } from './rack-textures';
import { plural } from './rack-words';
import './drawing-frame.css';
import './rack-elevation.css';

/**
 * Without `width` the drawing fills its container up to its natural size; with it, it draws at
 * that many pixels, or its natural size if smaller. `text: false` leaves out the visible text, for pages that list it elsewhere.
 */
export type RackElevationProps = {
  design: Design;
  sizing: Sizing;
  width?: number | undefined;
  text?: boolean;
};

/** What the drawing holds, each named once in the legend. */
function legendItems(drawing: RackDrawing): RackItem[] {
  const drawn = (item: RackItem) =>
    drawing.columns.some((c) => c.elevation.slots.some((s) => s.role === item));
  const items: RackItem[] = NODE_ROLES.filter(drawn);
  if (drawn('switch')) items.push('switch');
  if (drawing.columns.some((c) => c.elevation.freeUnits > 0)) items.push('empty');
  return items;
}

/**
 * The racks as a data-centre elevation: each rack a column of units, the switch pair on top, the
 * nodes where the engine placed them. Runs of identical racks in a large cloud are drawn once.
 */
export function RackElevationDiagram({ design, sizing, width, text = true }: RackElevationProps) {
  const { racks } = sizing.report;
  const drawing = rackDrawing(design.racks, racks);
  const items = legendItems(drawing);
  const layout = layoutRacks(drawing, racks.unitsPerRack, items.length, racks.rackLoss.enabled);
  const id = useId();
  const prefix = `${id}-texture`.replace(/:/g, '');
  return (
    <figure data-diagram="racks" className="rack-elevation">
      <figcaption className="rack-elevation__caption">
        Rack elevation: {plural(racks.count, 'rack')} of {racks.unitsPerRack}U, nodes by rack unit
      </figcaption>
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        // Never past its natural size: one rack blown up to a page's width reads no better.
        width={width === undefined ? '100%' : Math.min(width, layout.width)}
        style={width === undefined ? { maxWidth: layout.width } : undefined}
        className="rack-elevation__drawing"
      >
        <title id={`${id}-title`}>Rack elevation</title>
        <desc id={`${id}-desc`}>{rackSummary(racks, drawing)}</desc>
        <RackTextureDefs prefix={prefix} />
        <RackColumns
          prefix={prefix}
          layout={layout}
          racks={racks}
          notDrawn={drawing.racksNotDrawn}
        />
        <RackLegend prefix={prefix} layout={layout} items={items} />
      </svg>
      {text && <RackText racks={racks} drawing={drawing} />}
    </figure>
  );
}
