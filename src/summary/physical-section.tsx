import { CHARTS } from '../charts/lazy-charts';
import type { Design } from '../design/design-schema';
import { billOfMaterials } from '../engine/bom/bill-of-materials';
import type { Sizing } from '../engine/report/report-types';
import { FlavorDemandTable } from '../figures/flavor-demand-table';
import { HeadroomTable } from '../figures/headroom-table';
import { PoolsTable } from '../figures/pools-table';
import { ReportTables } from '../figures/report-tables';
import { RackElevationDiagram } from '../diagram/rack-elevation';
import { BomTable } from './bom-table';
import { figureApplies } from './left-out-services';
import { PRINT_CHART_WIDTH_PX } from './print-layout';

/** The sizing figure by figure, the charts at paper width, and what to buy per node role. */
export function PhysicalSection({ design, sizing }: { design: Design; sizing: Sizing }) {
  return (
    <section className="print-section" aria-labelledby="print-physical">
      <h2 id="print-physical">Physical design</h2>
      <h3>Sizing, figure by figure</h3>
      <ReportTables sizing={sizing} show={(key) => figureApplies(key, design)} />
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
      <h3>Bill of materials</h3>
      {billOfMaterials(design, sizing).map((row) => (
        <BomTable key={row.role} row={row} />
      ))}
    </section>
  );
}
