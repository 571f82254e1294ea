import { CHARTS } from '../charts/lazy-charts';
import type { Design } from '../design/design-schema';
import type { Sizing } from '../engine/report/report-types';
import { FlavorDemandTable } from '../figures/flavor-demand-table';
import { HeadroomTable } from '../figures/headroom-table';
import { PoolsTable } from '../figures/pools-table';
import { RackElevationDiagram } from '../diagram/rack-elevation';
import { PRINT_CHART_WIDTH_PX } from './print-layout';

/** The charts at paper width, the instance, headroom and pool tables, and the racks drawn. */
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
      <h3>
        {sizing.report.storage.pools.length > 0
          ? 'Instances, headroom, storage pools and racks'
          : 'Instances, headroom and racks'}
      </h3>
      <FlavorDemandTable design={design} sizing={sizing} />
      <HeadroomTable design={design} sizing={sizing} />
      <PoolsTable sizing={sizing} figures={false} />
      <RackElevationDiagram design={design} sizing={sizing} width={PRINT_CHART_WIDTH_PX} />
    </section>
  );
}
