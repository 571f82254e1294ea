import { CHARTS } from '../charts/lazy-charts';
import type { Design } from '../design/design-schema';
import type { Sizing } from '../engine/report/report-types';
import { RackElevationDiagram } from '../diagram/rack-elevation';
import { PRINT_CHART_WIDTH_PX } from './print-layout';

/** The charts at paper width and the racks drawn. */
export function PhysicalSection({ design, sizing }: { design: Design; sizing: Sizing }) {
  return (
    <section className="print-section" aria-labelledby="print-physical">
      <h2 id="print-physical">Physical design</h2>
      <h3>Charts</h3>
      <div className="print-charts">
        {CHARTS.map(({ id, Chart }) => (
          <Chart key={id} design={design} sizing={sizing} width={PRINT_CHART_WIDTH_PX} />
        ))}
      </div>
      <h3>Racks</h3>
      <RackElevationDiagram design={design} sizing={sizing} width={PRINT_CHART_WIDTH_PX} />
    </section>
  );
}
