import type { ReactNode } from 'react';
import { SideScroll } from '../app/side-scroll';
import type { ChartFigure, ChartTable } from './chart-types';
import './charts.css';

type ChartFrameProps = {
  figure: ChartFigure;
  /** The drawing's width in pixels; without it the drawing fills the frame. */
  width?: number | undefined;
  /** The drawing; left out while it loads, the frame then keeps its place. */
  children?: ReactNode;
};

function NumbersTable({ table }: { table: ChartTable }) {
  const [labelColumn, ...valueColumns] = table.columns;
  return (
    <table className="chart-frame__table">
      <thead>
        <tr>
          <th scope="col">{labelColumn}</th>
          {valueColumns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row) => (
          <tr key={row.key} data-row={row.key} data-emphasis={row.emphasis ? '' : undefined}>
            <th scope="row">{row.label}</th>
            {row.values.map((value, i) => (
              <td key={valueColumns[i] ?? i}>{value}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function frameClass(fixed: boolean, wideTable: boolean): string {
  const classes = ['chart-frame'];
  if (fixed) classes.push('chart-frame--fixed');
  if (wideTable) classes.push('chart-frame--wide-table');
  return classes.join(' ');
}

/**
 * The shared shell of every chart: a one-line caption, the drawing as one image with its numbers
 * read out, and the same numbers as a small table that screen readers and print both use.
 */
export function ChartFrame({ figure, width, children }: ChartFrameProps) {
  return (
    <figure
      data-chart={figure.id}
      className={frameClass(width !== undefined, figure.wideTable === true)}
    >
      <figcaption className="chart-frame__caption">{figure.caption}</figcaption>
      <div
        role="img"
        aria-label={figure.summary}
        // Busy while the drawing's code loads and only the placeholder is there.
        aria-busy={children === undefined ? true : undefined}
        className="chart-frame__plot"
        style={{
          width,
          // Only the placeholder needs the height kept; a drawing brings its own.
          height: children === undefined ? figure.height : undefined,
        }}
      >
        {children}
      </div>
      {/* Many columns (the growth years) scroll inside the frame on a phone. */}
      <SideScroll label={`${figure.caption}: the numbers`}>
        <NumbersTable table={figure.table} />
      </SideScroll>
    </figure>
  );
}
